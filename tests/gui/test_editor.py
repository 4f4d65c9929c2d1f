"""The redaction editor on real photos: what the user draws is what redact() covers."""

from __future__ import annotations

import re
from pathlib import Path

import face_canvas
import pytest
import shiboken6
from factories import dirty_jpeg, pattern
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt, QThreadPool, QTranslator
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QColorDialog
from pytestqt.qtbot import QtBot

from gui.editor import RedactionEditor
from gui.editor_canvas import Tool
from scrubber.errors import DetectorUnavailable
from scrubber.model import Outcome
from scrubber.redact import Region, redact

ASTRONAUT = Path(__file__).parent.parent / "data" / "astronaut.jpg"
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def open_editor(
    qtbot: QtBot, path: Path, regions: list[Region] | None = None, fast_faces: bool = False
) -> RedactionEditor:
    editor = RedactionEditor(path, regions or [], fast_faces=fast_faces)
    qtbot.addWidget(editor)
    editor.resize(900, 650)
    editor.show()
    qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
    return editor


def screen(editor: RedactionEditor, x: float, y: float) -> QPoint:
    """Where photo pixel (x, y) is on the canvas's viewport."""
    return editor.canvas.mapFromScene(QPointF(x, y))


def drag(editor: RedactionEditor, *points: tuple[float, float]) -> None:
    viewport = editor.canvas.viewport()
    first, *rest = (screen(editor, x, y) for x, y in points)
    QTest.mousePress(viewport, LEFT, NO_KEYS, first)
    for p in rest:
        QTest.mouseMove(viewport, p)
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, rest[-1] if rest else first)


def manual(editor: RedactionEditor) -> list[Region]:
    return [r for r in editor.regions() if r.source == "manual"]


def shown_pixel(editor: RedactionEditor, x: int, y: int) -> tuple[int, int, int]:
    """The colour the canvas shows for photo pixel (x, y)."""
    pixmap = editor.canvas.photo.pixmap()
    assert editor.canvas.size_ is not None
    sx = pixmap.width() / editor.canvas.size_[0]
    sy = pixmap.height() / editor.canvas.size_[1]
    c = pixmap.toImage().pixelColor(int(x * sx), int(y * sy))
    return c.red(), c.green(), c.blue()


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    return dirty_jpeg(tmp_path / "photo.jpg", size=(640, 480), with_exiftool=False)


def test_a_drawn_rectangle_is_covered_in_the_written_file(
    qtbot: QtBot, photo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, photo)
    assert editor.canvas.size_ == (640, 480)
    editor.canvas.zoom(1.25)  # not the fitted scale: coordinates must still be photo pixels
    editor.canvas.centerOn(200, 140)
    scale = editor.canvas.scale_now()
    assert scale != pytest.approx(1.0)

    drag(editor, (120, 80), (200, 120), (300, 200))

    [rect] = manual(editor)
    slack = 1 / scale + 1  # one screen pixel, then snapped outward to whole pixels
    assert rect.kind == "rect"
    assert rect.x == pytest.approx(120, abs=slack) and rect.y == pytest.approx(80, abs=slack)
    assert rect.x + rect.w == pytest.approx(300, abs=slack)
    assert rect.y + rect.h == pytest.approx(200, abs=slack)

    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor(200, 30, 60))
    qtbot.mouseClick(editor.color_button, LEFT)
    assert editor.color() == (200, 30, 60)
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert editor.result() == RedactionEditor.DialogCode.Accepted
    assert editor.mode() == "fill"

    result = redact(photo, tmp_path / "out.jpg", manual(editor), editor.mode(), editor.color())
    assert result.outcome is Outcome.CLEANED and result.output is not None
    with Image.open(result.output) as out, Image.open(photo) as original:
        assert out.size == (640, 480)
        got, was = out.convert("RGB").load(), original.convert("RGB").load()
        assert got is not None and was is not None
        inside = [got[x, y] for x in range(124, 296, 4) for y in range(84, 196, 4)]
        outside = [(x, y) for x in range(0, 640, 8) for y in (40, 240, 400) if not 116 < x < 304]
        assert all(_near(c, (200, 30, 60), 4) for c in inside)
        assert all(_near(got[p], was[p], 12) for p in outside)  # the rest is the photo


def _near(a: tuple[int, ...], b: tuple[int, ...], slack: int) -> bool:
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) <= slack


def test_coordinates_are_pixels_of_the_photo_as_displayed(qtbot: QtBot, tmp_path: Path) -> None:
    # Stored 160x120 and rotated 90° by EXIF: shown 120x160, and areas must say so.
    src = dirty_jpeg(tmp_path / "turned.jpg", size=(160, 120), orientation=6, with_exiftool=False)
    editor = open_editor(qtbot, src)
    assert editor.canvas.size_ == (120, 160)
    drag(editor, (20, 120), (100, 150))
    [rect] = manual(editor)
    assert rect.y + rect.h > 140  # below 120: only possible in the upright picture
    result = redact(src, tmp_path / "out.jpg", [rect], "fill", (0, 0, 0))
    assert result.output is not None
    with Image.open(result.output) as out:
        assert out.size == (120, 160)
        assert out.convert("RGB").getpixel((60, 135)) == pytest.approx((0, 0, 0), abs=4)


def test_a_detected_face_is_an_area_that_can_be_switched_off_and_on(qtbot: QtBot) -> None:
    editor = open_editor(qtbot, ASTRONAUT)
    faces = [r for r in editor.regions() if r.source == "detector"]
    assert len(faces) == 1
    x0, y0, x1, y1 = faces[0].box()
    assert x0 < 170 and y0 < 40 and x1 > 280 and y1 > 190  # the face at x 170-280, y 40-190
    assert "Face" in editor.area_list.item(0).text()
    assert "check every face yourself" in editor.note.text()

    editor.area_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: editor.regions() == [])
    assert len(editor.all_areas()) == 1  # still listed, only left uncovered

    # The box at the face's corner switches it back on from the picture.
    [face] = editor.all_areas()
    assert face.mark is not None
    corner = editor.canvas.mapFromScene(face.mark.scenePos()) + QPoint(8, 8)
    qtbot.mouseClick(editor.canvas.viewport(), LEFT, NO_KEYS, corner)
    assert [r.source for r in editor.regions()] == ["detector"]
    assert editor.area_list.item(0).checkState() == Qt.CheckState.Checked

    editor.undo_action.trigger()
    assert editor.regions() == []


def test_the_thorough_search_runs_unless_the_quick_one_was_chosen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Faces 25 px wide in a 3 MP photo: only the thorough search finds them.
    im, faces = face_canvas.crowd((25,), size=(2000, 1500))
    path = tmp_path / "crowd.jpg"
    im.save(path, quality=92)
    editor = open_editor(qtbot, path)
    found = [r.box() for r in editor.regions() if r.source == "detector"]
    assert len(found) == len(faces) == 2
    for face in faces:  # each known face box lies inside one covered area
        x0, y0, x1, y1 = face.box
        assert any(a <= x0 and b <= y0 and c >= x1 and d >= y1 for a, b, c, d in found)
    assert not editor.small_faces.isEnabled()  # nothing smaller left to look for
    quick = open_editor(qtbot, path, fast_faces=True)
    assert [r for r in quick.regions() if r.source == "detector"] == []
    assert quick.small_faces.isEnabled()


def test_find_small_faces_adds_no_second_copy_of_a_known_face(qtbot: QtBot) -> None:
    editor = open_editor(qtbot, ASTRONAUT, fast_faces=True)
    assert editor.ok_button.isEnabled()
    qtbot.mouseClick(editor.small_faces, LEFT)
    assert editor.busy()
    assert not editor.ok_button.isEnabled()  # no confirming while faces are looked for
    qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
    assert editor.ok_button.isEnabled()
    assert len([r for r in editor.regions() if r.source == "detector"]) == 1


def test_undo_removes_the_added_rectangle_and_redo_restores_it(qtbot: QtBot, photo: Path) -> None:
    editor = open_editor(qtbot, photo)
    drag(editor, (50, 50), (150, 120))
    [drawn] = manual(editor)

    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    QTest.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert manual(editor) == []
    assert editor.area_list.count() == 0
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(editor.canvas, Qt.Key.Key_Z, ctrl_shift)
    assert manual(editor) == [drawn]


def test_brush_strokes_become_brush_areas(qtbot: QtBot, photo: Path) -> None:
    editor = open_editor(qtbot, photo)
    editor.tool_actions[Tool.BRUSH].trigger()
    editor.brush_width.setValue(30)
    drag(editor, (100, 100), (150, 110), (200, 140), (260, 150))
    [stroke] = manual(editor)
    assert stroke.kind == "brush"
    assert len(stroke.points) >= 3
    xs = [p[0] for p in stroke.points]
    assert min(xs) == pytest.approx(100, abs=2) and max(xs) == pytest.approx(260, abs=2)
    assert stroke.width == pytest.approx(30 / editor.canvas.scale_now(), rel=0.05)
    assert "Brush" in editor.area_list.item(0).text()


def test_delete_removes_the_selected_area(qtbot: QtBot, photo: Path) -> None:
    editor = open_editor(qtbot, photo)
    drag(editor, (50, 50), (150, 120))
    editor.tool_actions[Tool.ELLIPSE].trigger()
    drag(editor, (300, 200), (400, 300))
    assert [r.kind for r in manual(editor)] == ["rect", "ellipse"]

    editor.area_list.item(0).setSelected(True)  # choose the rectangle in the list
    editor.area_list.item(1).setSelected(False)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    QTest.keyClick(editor.area_list, Qt.Key.Key_Delete)
    assert [r.kind for r in manual(editor)] == ["ellipse"]
    editor.undo_action.trigger()
    assert sorted(r.kind for r in manual(editor)) == ["ellipse", "rect"]


def test_select_tool_moves_an_area_by_dragging_and_by_arrow_keys(qtbot: QtBot, photo: Path) -> None:
    editor = open_editor(qtbot, photo)
    drag(editor, (100, 100), (200, 160))
    [before] = manual(editor)
    editor.tool_actions[Tool.SELECT].trigger()
    drag(editor, (150, 130), (200, 180), (250, 230))
    [after] = manual(editor)
    slack = 1 / editor.canvas.scale_now() + 0.5
    assert after.x - before.x == pytest.approx(100, abs=slack)
    assert after.y - before.y == pytest.approx(100, abs=slack)
    assert (after.w, after.h) == (before.w, before.h)

    editor.canvas.setFocus()
    QTest.keyClick(editor.canvas, Qt.Key.Key_Left)
    QTest.keyClick(editor.canvas, Qt.Key.Key_Left)
    [nudged] = manual(editor)
    step = editor.canvas.key_step()  # ten screen pixels, in photo pixels
    assert step == round(10 / editor.canvas.scale_now())
    assert nudged.x == pytest.approx(after.x - 2 * step)
    editor.undo_action.trigger()  # both key presses are one step
    assert manual(editor) == [after]
    editor.undo_action.trigger()
    assert manual(editor) == [before]


def test_moves_stop_at_the_edge_of_the_photo(qtbot: QtBot, photo: Path) -> None:
    editor = open_editor(qtbot, photo)
    drag(editor, (500, 400), (600, 460))
    editor.tool_actions[Tool.SELECT].trigger()
    drag(editor, (550, 430), (640, 480))  # as far right and down as the view allows
    [rect] = manual(editor)
    assert rect.x + rect.w <= 640 and rect.y + rect.h <= 480


def test_preview_shows_the_covered_pixels(qtbot: QtBot, photo: Path) -> None:
    editor = open_editor(qtbot, photo)
    drag(editor, (100, 100), (300, 250))
    assert shown_pixel(editor, 200, 170) != (0, 0, 0)

    editor.preview_action.setChecked(True)
    qtbot.waitUntil(lambda: not editor.busy())
    assert shown_pixel(editor, 200, 170) == (0, 0, 0)
    assert shown_pixel(editor, 400, 400) != (0, 0, 0)
    assert not editor.all_areas()[0].isVisible()  # outlines hidden: only what is written

    editor.mode_radio["mosaic"].click()
    assert editor.mode() == "mosaic"
    qtbot.waitUntil(lambda: not editor.busy())
    assert shown_pixel(editor, 200, 170) != (0, 0, 0)
    editor.undo_action.trigger()
    assert editor.mode() == "fill" and editor.mode_radio["fill"].isChecked()

    editor.preview_action.setChecked(False)
    assert shown_pixel(editor, 200, 170) != (0, 0, 0)
    assert editor.all_areas()[0].isVisible()


def test_given_areas_come_back_unchanged(qtbot: QtBot, photo: Path) -> None:
    given = [Region("ellipse", 10, 20, 30, 40), Region("brush", points=((5, 5), (60, 70)), width=8)]
    editor = open_editor(qtbot, photo, given)
    assert editor.regions() == given
    assert editor.area_list.count() == 2


def test_an_unreadable_file_says_so_in_one_line(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    editor = open_editor(qtbot, broken)
    text = editor.status.text()
    assert text == "This file is damaged or incomplete."  # plain and translatable
    assert editor.status.textFormat() == Qt.TextFormat.PlainText
    assert not editor.ok_button.isEnabled()


def test_without_a_detector_areas_are_still_marked_by_hand(
    qtbot: QtBot, photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*args: object, **kwargs: object) -> list[Region]:
        raise DetectorUnavailable("face detection is not installed")

    monkeypatch.setattr("scrubber.redact.detect.detect_faces", missing)
    editor = open_editor(qtbot, ASTRONAUT)
    assert "its files are missing or damaged" in editor.detect_status.text()
    assert "installed" not in editor.detect_status.text()  # the core's words are English
    assert not editor.small_faces.isEnabled()
    drag(editor, (100, 100), (200, 200))
    assert len(editor.regions()) == 1


class Shouting(QTranslator):
    """A stand-in language: every editor string in capitals, {placeholders} kept."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "RedactionEditor":
            return ""
        parts = re.split(r"(\{\w+\})", source)
        return "".join(p if p.startswith("{") else p.upper() for p in parts)

    def isEmpty(self) -> bool:  # Qt skips translators that say they are empty
        return False


def test_a_language_change_retranslates_the_editor(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a photo")
    editor = open_editor(qtbot, broken)
    assert editor.ok_button.text() == "&Use these areas"
    shouting = Shouting()
    qapp.installTranslator(shouting)
    try:
        qtbot.waitUntil(lambda: editor.ok_button.text() == "&USE THESE AREAS")
        assert editor.tool_actions[Tool.RECT].text() == "RECTANGLE"
        assert editor.mode_radio["blur"].text().startswith("B&LUR (WIPED FIRST")
    finally:
        qapp.removeTranslator(shouting)
    qtbot.waitUntil(lambda: editor.ok_button.text() == "&Use these areas")


def test_zoom_with_ctrl_wheel_and_buttons_then_fit(qtbot: QtBot, photo: Path) -> None:
    editor = open_editor(qtbot, photo)
    fitted = editor.canvas.scale_now()
    viewport = editor.canvas.viewport()
    where = QPointF(viewport.width() / 2, viewport.height() / 2)

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(
            where,
            viewport.mapToGlobal(where),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)

    wheel(Qt.KeyboardModifier.ControlModifier)
    assert editor.canvas.scale_now() == pytest.approx(fitted * 1.25)
    wheel(Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls, it does not zoom
    assert editor.canvas.scale_now() == pytest.approx(fitted * 1.25)
    editor.zoom_in_action.trigger()
    assert editor.canvas.scale_now() == pytest.approx(fitted * 1.25**2)
    editor.zoom_out_action.trigger()
    editor.zoom_out_action.trigger()
    editor.zoom_out_action.trigger()
    assert editor.canvas.scale_now() == pytest.approx(fitted / 1.25)
    editor.fit_action.trigger()
    assert editor.canvas.scale_now() == pytest.approx(fitted)


def test_space_drag_pans_instead_of_drawing(qtbot: QtBot, photo: Path) -> None:
    editor = open_editor(qtbot, photo)
    editor.canvas.zoom(4)
    bar = editor.canvas.horizontalScrollBar()
    before = bar.value()
    viewport = editor.canvas.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() // 2)
    QTest.keyPress(editor.canvas, Qt.Key.Key_Space)
    QTest.mousePress(viewport, LEFT, NO_KEYS, start)
    QTest.mouseMove(viewport, start + QPoint(60, 0))
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, start + QPoint(120, 0))
    QTest.keyRelease(editor.canvas, Qt.Key.Key_Space)
    assert bar.value() < before  # dragged right: the view moved left
    assert manual(editor) == []
    drag(editor, (100, 100), (160, 140))  # Space released: the rectangle tool draws again
    assert len(manual(editor)) == 1


def test_closing_the_editor_while_a_12_mp_photo_is_worked_on_raises_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    big = tmp_path / "big.jpg"
    pattern().resize((4000, 3000)).save(big, quality=85)  # 12 MP: slow to load and scan
    with qtbot.captureExceptions() as raised:
        editor = RedactionEditor(big, [])
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.busy(), timeout=5_000)  # pool work started
        editor.reject()
        # When the app quits, PySide deletes every parentless QObject, even a relay that
        # a running job still holds: the job's late result must then vanish quietly.
        relay = editor._relay
        shiboken6.delete(relay)
        assert QThreadPool.globalInstance().waitForDone(60_000)
        QApplication.processEvents()
    assert raised == []
