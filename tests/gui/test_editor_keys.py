"""The editors by keyboard alone: every control is a named Tab stop, areas are drawn,
moved, resized, picked, deleted and undone by keys, and the written copy shows it.

Keys go to whichever widget has the focus (as a keyboard would send them); the result
is judged by the pixels of the copy the app writes, compared with the original.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from clips import decoded, make_clip
from factories import dirty_jpeg
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from test_editor import ASTRONAUT, open_editor
from test_video_redact import BOTTOM, TOLERANCE, covered_fraction

from gui.editor import RedactionEditor
from gui.editor_clip import ClipEditor
from gui.guide import SafetyGuide
from gui.items import Status
from gui.mainwindow import MainWindow
from scrubber.model import Outcome
from scrubber.redact import Region

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def press(key: Key, mods: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
    """A key pressed on the keyboard: it goes to the widget with the focus."""
    for _ in range(times):
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        QTest.keyClick(target, key, mods)


def tab_to(widget: QWidget, limit: int = 40) -> int:
    """Press Tab until `widget` has the focus; how many presses it took."""
    for count in range(1, limit + 1):
        press(Key.Key_Tab)
        if QApplication.focusWidget() is widget:
            return count
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """The main window active again once the editor closed (a real modal loop hands the
    focus back; the tests run the editor without one)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    if QApplication.focusWidget() is None:
        window.view.setFocus()


def name_of(widget: QWidget) -> str:
    """The name a screen reader says (Qt's accessibility interface, not our property)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def tab_stops(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab should stop at: focusable, shown, enabled; of a group of radio
    buttons only the checked one (the arrow keys move inside the group)."""
    stops = []
    for w in dialog.findChildren(QWidget):
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
            continue
        if not (w.isVisible() and w.isEnabled()):
            continue
        if isinstance(w, QRadioButton) and w.autoExclusive() and not w.isChecked():
            continue
        stops.append(w)
    return stops


def walk(start: QWidget, key_mods: Qt.KeyboardModifier) -> list[QWidget]:
    """Tab (or Shift+Tab) from `start` once round: the widgets visited, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = [start]
    for _ in range(60):
        press(Key.Key_Tab if key_mods == NONE else Key.Key_Backtab, key_mods)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError("Tab never came back: " + ", ".join(name_of(w) for w in seen[:12]))


def check_focus_chain(qtbot: QtBot, editor: RedactionEditor) -> None:
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    # No widget that could take the focus goes unnamed; separators never take it.
    for w in editor.findChildren(QWidget):
        if w.metaObject().className() == "QToolBarSeparator":
            assert w.focusPolicy() == Qt.FocusPolicy.NoFocus
        elif w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.focusProxy() is None:
            assert name_of(w).strip(), f"unnamed focusable {w.metaObject().className()}"
    forward = walk(editor.canvas, NONE)
    assert len(forward) == len(set(forward)), "a widget is visited twice in one round"
    assert set(forward) == set(tab_stops(editor))
    backward = walk(editor.canvas, SHIFT)
    assert backward == [forward[0], *reversed(forward[1:])]
    # Reading order: the bar above the photo, the tools, the photo, the panel, the buttons.
    expected = [w for w in editor._tab_chain() if w in forward]
    at = forward.index(expected[0])
    assert forward[at:] + forward[:at] == expected
    # The other ways of covering are reached with the arrow keys from the checked one.
    editor.mode_radio["fill"].setFocus(Qt.FocusReason.TabFocusReason)
    press(Key.Key_Down)
    assert QApplication.focusWidget() is editor.mode_radio["mosaic"]
    press(Key.Key_Up)
    assert editor.mode() == "fill"


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    return dirty_jpeg(folder / "market.jpg", size=(640, 480), with_exiftool=False)


def test_every_control_of_the_photo_editor_is_one_named_tab_stop(qtbot: QtBot, photo: Path) -> None:
    editor = open_editor(qtbot, photo, fast_faces=True)  # "Find small faces" is enabled
    editor.canvas.setFocus()
    press(Key.Key_N)  # something to undo, so Undo is a stop too
    press(Key.Key_B)  # the brush: its width slider is a stop too
    assert editor.undo_action.isEnabled() and editor.brush_width.isEnabled()
    assert editor.small_faces.isEnabled()
    check_focus_chain(qtbot, editor)
    toolbar_buttons = {editor.toolbar.widgetForAction(a) for a in editor.toolbar.actions()}
    viewbar_buttons = {editor.viewbar.widgetForAction(a) for a in editor.viewbar.actions()}
    forward = walk(editor.canvas, NONE)
    for action in (*editor.tool_actions.values(), editor.add_action, editor.delete_action):
        assert editor.toolbar.widgetForAction(action) in forward
    for action in (editor.undo_action, editor.zoom_in_action, editor.fit_action):
        assert editor.viewbar.widgetForAction(action) in forward
    assert {editor.canvas, editor.ok_button, editor.cancel_button} <= set(forward)
    assert toolbar_buttons & viewbar_buttons == set()


def region_of(editor: RedactionEditor) -> Region:
    selected = editor.canvas.selected()
    assert len(selected) == 1
    return selected[0].region()


def test_the_whole_photo_flow_by_keys_covers_what_the_keys_drew(
    qtbot: QtBot, window: MainWindow, photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (item,) = window.add_paths([photo])
    qtbot.waitUntil(lambda: item.status is Status.READY, timeout=20_000)
    seen: dict[str, Region] = {}

    def drive(editor: RedactionEditor) -> int:
        """The user's part by keys, instead of a modal loop."""
        editor.show()
        editor.activateWindow()
        qtbot.waitUntil(lambda: editor.isActiveWindow() and not editor.busy(), timeout=30_000)
        press(Key.Key_Tab)  # off the photo, and round again to it
        assert QApplication.focusWidget() is not editor.canvas
        assert tab_to(editor.canvas) > 3
        canvas = editor.canvas
        step = canvas.key_step()
        assert step >= 1

        press(Key.Key_N)  # a rectangle in the middle of the view
        first = region_of(editor)
        assert first.kind == "rect"
        assert first.x + first.w / 2 == pytest.approx(320, abs=1)
        assert first.y + first.h / 2 == pytest.approx(240, abs=1)
        press(Key.Key_Right, times=3)
        press(Key.Key_Down, times=2)
        press(Key.Key_Right, SHIFT)  # five steps at once
        press(Key.Key_Right, CTRL, times=2)  # wider
        press(Key.Key_Down, CTRL)  # taller
        press(Key.Key_Left, CTRL)  # a little narrower again
        a = region_of(editor)
        assert (a.x, a.y) == (first.x + 8 * step, first.y + 2 * step)
        assert (a.w, a.h) == (first.w + step, first.h + step)

        press(Key.Key_E)  # the ellipse tool: N adds an ellipse
        press(Key.Key_N)
        b = region_of(editor)
        assert b.kind == "ellipse" and (b.x, b.y) == (first.x, first.y)
        press(Key.Key_Left, SHIFT, times=2)
        press(Key.Key_Up)
        b = region_of(editor)
        assert b.x == first.x - 10 * step and b.y == first.y - step

        press(Key.Key_R)
        press(Key.Key_N)  # a third area, deleted in the end
        c = region_of(editor)
        press(Key.Key_Delete)
        assert len(editor.all_areas()) == 2
        press(Key.Key_Z, CTRL)  # back
        assert len(editor.all_areas()) == 3
        assert canvas.selected() == []
        press(Key.Key_BracketRight)  # nothing selected: the first area
        assert region_of(editor) == a
        press(Key.Key_BracketRight)
        assert region_of(editor) == b
        press(Key.Key_BracketRight)
        assert region_of(editor) == c
        press(Key.Key_BracketRight)  # round to the first again
        assert region_of(editor) == a
        press(Key.Key_BracketLeft)  # and back to the last
        assert region_of(editor) == c
        press(Key.Key_Delete)
        press(Key.Key_Z, CTRL)
        press(Key.Key_Z, CTRL | SHIFT)  # redo: deleted again
        assert [r.kind for r in editor.regions()] == ["rect", "ellipse"]

        press(Key.Key_BracketRight)
        press(Key.Key_Down, times=4)  # a move, then undone in one step
        press(Key.Key_Z, CTRL)
        assert region_of(editor) == a
        press(Key.Key_Right, CTRL)
        press(Key.Key_Z, CTRL)  # a resize is undone too
        assert region_of(editor) == a
        press(Key.Key_Escape)  # the first Escape only lets go of the area
        assert editor.isVisible() and canvas.selected() == []
        seen.update(a=a, b=b, c=c)
        press(Key.Key_Return)  # the default button: use these areas
        return editor.result()

    monkeypatch.setattr(RedactionEditor, "exec", drive)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(0, 0))
    press(Key.Key_Return)  # opens the editor for the selected photo
    assert item.regions == [seen["a"], seen["b"]]
    back_to(qtbot, window)
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        press(Key.Key_Return, CTRL)  # clean
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    assert item.result.output is not None

    with Image.open(item.result.output) as out, Image.open(photo) as orig:
        got = np.asarray(out.convert("RGB"), np.int16)
        was = np.asarray(orig.convert("RGB"), np.int16)
    covered = np.zeros(got.shape[:2], bool)
    a, b, c = seen["a"], seen["b"], seen["c"]
    # Inside the rectangle (a pixel in from its edges) and the ellipse's middle: black.
    inside_a = got[int(a.y) + 2 : int(a.y + a.h) - 2, int(a.x) + 2 : int(a.x + a.w) - 2]
    cx, cy, rx, ry = b.x + b.w / 2, b.y + b.h / 2, b.w / 4, b.h / 4
    inside_b = got[int(cy - ry) : int(cy + ry), int(cx - rx) : int(cx + rx)]
    for inside in (inside_a, inside_b):
        assert inside.size and inside.max() < 24
    was_a = was[int(a.y) + 2 : int(a.y + a.h) - 2, int(a.x) + 2 : int(a.x + a.w) - 2]
    assert was_a.mean() > 40  # the photo there was not black: the check can fail
    # Outside both (with a margin for JPEG's 8x8 blocks) the photo is unchanged, which
    # includes where the first area started, and the deleted third one.
    for r in (a, b):
        covered[int(r.y) - 8 : int(r.y + r.h) + 8, int(r.x) - 8 : int(r.x + r.w) + 8] = True
    assert np.abs(got - was)[~covered].max(axis=1).mean() < 4
    assert np.percentile(np.abs(got - was)[~covered].max(axis=1), 99.9) < 24
    c_only = ~covered[int(c.y) : int(c.y + c.h), int(c.x) : int(c.x + c.w)]
    assert c_only.sum() > 100  # part of the deleted area lies outside the others ...
    diff_c = np.abs(got - was)[int(c.y) : int(c.y + c.h), int(c.x) : int(c.x + c.w)]
    assert diff_c[c_only].max(axis=1).mean() < 4  # ... and shows the photo there


def test_a_found_face_is_picked_moved_and_resized_by_keys(qtbot: QtBot) -> None:
    editor = open_editor(qtbot, ASTRONAUT)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.canvas.setFocus()
    (face,) = editor.all_areas()
    assert face.is_face and not face.isSelected()
    before = face.region()
    press(Key.Key_BracketRight)
    assert face.isSelected()
    assert editor.area_list.item(0).isSelected()  # the side list follows
    step = editor.canvas.key_step()
    press(Key.Key_Right, times=2)
    press(Key.Key_Down, CTRL)
    after = face.region()
    assert after.source == "detector"
    assert (after.x, after.y, after.w, after.h) == (
        before.x + 2 * step,
        before.y,
        before.w,
        before.h + step,
    )
    assert face.mark is not None  # the on/off box stays at the corner
    assert (face.mark.scenePos().x(), face.mark.scenePos().y()) == after.box()[:2]
    press(Key.Key_Z, CTRL)
    press(Key.Key_Z, CTRL)
    assert face.region() == before
    # Leaving a face uncovered, by keys: Tab to the list, Space on its row.
    tab_to(editor.area_list)
    press(Key.Key_Space)
    qtbot.waitUntil(lambda: not face.enabled)
    assert editor.regions() == []
    press(Key.Key_Z, CTRL)
    assert face.enabled


def test_the_clip_editor_draws_and_moves_by_keys_and_the_clip_is_covered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    clip = make_clip(folder / "walk.mp4", frames=12, sound=None)
    (item,) = window.add_paths([clip.path])
    qtbot.waitUntil(lambda: item.status is Status.READY, timeout=20_000)
    seen: dict[str, Region] = {}

    def drive(editor: ClipEditor) -> int:
        editor.show()
        editor.activateWindow()
        qtbot.waitUntil(lambda: editor.isActiveWindow() and not editor.busy(), timeout=30_000)
        check_focus_chain(qtbot, editor)
        assert {editor.timeline, editor.from_here, editor.whole_clip} <= set(
            walk(editor.canvas, NONE)
        )
        editor.ok_button.setFocus(Qt.FocusReason.TabFocusReason)
        tab_to(editor.canvas)
        step = editor.canvas.key_step()
        press(Key.Key_Insert)  # the other key for a new area
        first = region_of(editor)
        press(Key.Key_Left, SHIFT, times=2)
        press(Key.Key_Up, SHIFT)
        press(Key.Key_Right, CTRL | SHIFT)
        area = region_of(editor)
        assert (area.x, area.y) == (first.x - 10 * step, first.y - 5 * step)
        assert (area.w, area.h) == (first.w + 5 * step, first.h)
        seen["area"] = area
        press(Key.Key_Return)
        return editor.result()

    monkeypatch.setattr(ClipEditor, "exec", drive)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(0, 0))
    press(Key.Key_Return)
    assert item.regions == [seen["area"]]
    back_to(qtbot, window)
    with qtbot.waitSignal(window.runner.finished, timeout=120_000):
        press(Key.Key_Return, CTRL)
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    assert item.result.output is not None
    a = seen["area"]
    box = (int(a.x) + 2, int(a.y) + 2, int(a.x + a.w) - 2, int(a.y + a.h) - 2)
    frames = decoded(item.result.output)
    assert len(frames) == 12
    for index, (picture, drawn) in enumerate(zip(frames, clip.shown, strict=True)):
        assert covered_fraction(picture, box) > 0.99, f"area showing in frame {index}"
        assert covered_fraction(drawn, box) < 0.5  # it was not black before
        below = np.asarray(picture.crop(BOTTOM), np.int16) - np.asarray(drawn.crop(BOTTOM))
        assert np.abs(below).mean() < TOLERANCE  # outside the area: the picture


def test_the_safety_guide_is_two_named_tab_stops(qtbot: QtBot) -> None:
    guide = SafetyGuide()
    qtbot.addWidget(guide)
    guide.show()
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    stops = tab_stops(guide)
    assert len(stops) == 2
    assert all(name_of(w) for w in stops)
    start = QApplication.focusWidget()
    assert start in stops
    assert set(walk(start, NONE)) == set(stops)


def test_with_nothing_selected_arrows_scroll_and_n_leaves_the_preview(
    qtbot: QtBot, photo: Path
) -> None:
    editor = open_editor(qtbot, photo)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.canvas.setFocus()
    press(Key.Key_Plus, times=3)  # zoomed in past the window: there is room to scroll
    bar = editor.canvas.horizontalScrollBar()
    assert bar.maximum() > 0
    before = bar.value()
    press(Key.Key_Right, times=3)
    assert bar.value() > before and editor.all_areas() == []
    press(Key.Key_P)
    qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
    assert editor.preview_action.isChecked()
    press(Key.Key_N)
    assert not editor.preview_action.isChecked()
    (area,) = editor.all_areas()
    assert area.isVisible() and area.isSelected()


def test_escape_pressed_twice_does_not_throw_the_areas_away(qtbot: QtBot, photo: Path) -> None:
    # Esc deselects; with areas drawn, the next Esc only warns, and Enter still uses them.
    editor = open_editor(qtbot, photo)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.canvas.setFocus()
    press(Key.Key_N, times=2)
    press(Key.Key_Escape)  # lets go of the selected area
    press(Key.Key_Escape)  # warns
    assert editor.isVisible() and len(editor.all_areas()) == 2
    assert "Esc" in editor.status.text()
    press(Key.Key_Return)
    assert editor.result() == QDialog.DialogCode.Accepted and len(editor.regions()) == 2

    editor = open_editor(qtbot, photo)  # a third Esc closes without the changes, as asked
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.canvas.setFocus()
    press(Key.Key_N)
    press(Key.Key_Escape, times=3)
    assert not editor.isVisible() and editor.result() == QDialog.DialogCode.Rejected
