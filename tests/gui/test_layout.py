"""The main window on small and zoomed screens, in the longest languages, and by keys alone.

Screens are given by their free area (QScreen.availableGeometry): 1024x600, 1366x768 and
a 1080p screen at 200 % (960x540 logical pixels), less a panel. The window must fit with
its frame, and the controls a user needs must be whole and inside it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from factories import dirty_jpeg
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui import fit, i18n, paths
from gui.batchview import Column
from gui.details import ElidedLabel
from gui.items import Status
from gui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
LONGEST = [c for c in ("pt", "es", "fr", "ru", "de", "ar") if c in i18n.LANGUAGES]
PANEL = 32  # a desktop's panel takes this much of the screen's height
SCREENS = {"1024x600": QSize(1024, 600), "1366x768": QSize(1366, 768), "200%": QSize(960, 540)}
FEW = 8  # characters a shortened label keeps at least

pytestmark = [pytest.mark.exiftool, pytest.mark.usefixtures("english_after")]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled into a private folder (the build's may be stale)."""
    out = tmp_path_factory.mktemp("qm")
    for ts in sorted((ROOT / "assets" / "translations").glob("scrubber_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return out


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A phone photo full of data, a second one and a damaged file."""
    folder = tmp_path_factory.mktemp("in")
    first = dirty_jpeg(folder / "IMG_20240611_143207.jpg", size=(320, 240))
    second = dirty_jpeg(folder / "IMG_20240612_090115.jpg", size=(240, 320))
    broken = folder / "Screenshot_2024-06-12-09-02-33.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    return [first, second, broken]


def on_screen(monkeypatch: pytest.MonkeyPatch, screen: QSize) -> QSize:
    """Make every screen report this free area; returns what a window can fill."""
    free = QRect(0, 0, screen.width(), screen.height() - PANEL)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: free)
    return QSize(free.width() - fit.FRAME.width(), free.height() - fit.FRAME.height())


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def whole_and_inside(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and window.rect().contains(rect_in(widget, window))


def key_widgets(w: MainWindow) -> dict[str, QWidget]:
    return {
        "Add files": w.add_files_button,
        "Add folder": w.add_folder_button,
        "list": w.view,
        "details": w.details,
        "More options": w.more_options_button,
        "output folder": w.output_box.output_label,
        "Choose": w.output_box.choose_button,
        "Clean": w.clean_button,
        "Open output folder": w.open_output_button,
        "language": w.language_combo,
        "guide": w.guide_button,
    }


def cut_labels(w: MainWindow) -> list[str]:
    """Visible texts drawn narrower than they need: a cut button or label, or one
    shortened to fewer than FEW characters."""
    cut = []
    for widget in w.findChildren(QWidget):
        if not widget.isVisible() or not w.rect().intersects(rect_in(widget, w)):
            continue
        if isinstance(widget, ElidedLabel):
            shown = widget.text().replace("…", "")
            if shown != widget.full_text() and len(shown) < FEW:
                cut.append(widget.full_text())
        elif isinstance(widget, QAbstractButton | QLabel) and widget.text():
            wraps = isinstance(widget, QLabel) and widget.wordWrap()
            if not wraps and widget.width() < widget.minimumSizeHint().width():
                cut.append(widget.text())
    return cut


def details_cut(w: MainWindow) -> list[str]:
    """Texts of the details pane that reach past its visible width (it scrolls down, never
    sideways: "— will be removed" out of sight is a promise unseen)."""
    area = next(a for a in w.details.findChildren(QScrollArea) if a.isVisible())
    visible = area.viewport().rect().adjusted(0, -100_000, 0, 100_000)
    return [
        label.text()
        for label in area.widget().findChildren(QLabel)
        if label.isVisibleTo(area) and label.text()
        if not visible.contains(rect_in(label, area.viewport()))
    ]


def status_fits(w: MainWindow, row: int) -> bool:
    """The row's status whole, on at most the two lines a row has room for."""
    text = w.model.index(row, Column.STATUS).data()
    width = w.view.horizontalHeader().sectionSize(Column.STATUS) - 12
    flags = int(Qt.TextFlag.TextWordWrap)
    need = w.view.fontMetrics().boundingRect(QRect(0, 0, width, 1000), flags, text)
    return need.width() <= width and need.height() <= w.view.rowHeight(row) - 4


def shown_name(w: MainWindow, row: int) -> str:
    """The file name as the list draws it (shortened in the middle to its column)."""
    header = w.view.horizontalHeader()
    room = header.sectionSize(Column.NAME) - w.view.iconSize().width() - 16
    name = w.model.items[row].path.name
    return w.view.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, room)


@pytest.mark.parametrize("screen", list(SCREENS), ids=list(SCREENS))
@pytest.mark.parametrize("lang", ["en", *LONGEST])
def test_every_key_control_is_whole_and_on_screen(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    built: Path,
    files: list[Path],
    lang: str,
    screen: str,
) -> None:
    monkeypatch.setattr(paths, "translations", lambda: built)
    room = on_screen(monkeypatch, SCREENS[screen])
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_language(lang)
    w.show()
    assert w.width() <= room.width() and w.height() <= room.height()  # sized from the screen
    w.resize(room)  # the smallest the screen can show, and the window can be that small
    assert w.size() == room, (w.minimumSize(), room)
    w.add_paths(files)
    qtbot.waitUntil(lambda: all(i.status is not Status.INSPECTING for i in w.model.items))
    qtbot.waitUntil(lambda: not w.loading, timeout=20_000)
    w.view.setCurrentIndex(w.model.index(0, 0))
    QApplication.processEvents()

    for name, widget in key_widgets(w).items():
        assert whole_and_inside(widget, w), (name, rect_in(widget, w), w.size())
    assert w.view.viewport().height() >= 3 * w.view.rowHeight(0)  # several rows show
    assert w.details.width() >= 260 and w.details.height() >= 200
    for row in range(len(files)):
        assert len(shown_name(w, row).replace("…", "")) >= 16, shown_name(w, row)
        assert status_fits(w, row), w.model.index(row, Column.STATUS).data()
    assert cut_labels(w) == []
    assert details_cut(w) == []

    # Unfolded: Clean and the list stay on screen; Tab brings each option into view.
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.more_options_button.setFocus()
    QTest.keyClick(w.more_options_button, Qt.Key.Key_Space)
    QApplication.processEvents()
    viewport = w.options_box.area.viewport()
    for check in w.options_box.checks():
        QTest.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
        assert w.focusWidget() is check
        assert viewport.rect().contains(rect_in(check, viewport)), check.text()
        assert w.rect().contains(rect_in(viewport, w))
    assert whole_and_inside(w.clean_button, w)
    assert whole_and_inside(w.view, w)
    assert cut_labels(w) == []
    w.more_options_button.setChecked(False)


@pytest.mark.parametrize("screen", list(SCREENS), ids=list(SCREENS))
def test_the_guide_and_its_close_button_fit_the_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, screen: str
) -> None:
    room = on_screen(monkeypatch, SCREENS[screen])
    w = MainWindow()
    qtbot.addWidget(w)
    w.show_guide()
    guide = w._guide
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.width() <= room.width() and guide.height() <= room.height()
    close = guide.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert whole_and_inside(close, guide)
    guide.close()


def test_more_options_is_folded_at_first_says_what_is_on_and_is_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    box = window.options_box
    assert not box.unfolded() and not box.body.isVisible()
    assert not any(c.isVisible() for c in box.checks())
    window.pdf_check.setChecked(True)
    assert box.state_label.text() == "(1 on)"  # a choice made earlier is never hidden
    QTest.keyClick(window.more_options_button, Qt.Key.Key_Space)
    assert box.unfolded() and all(c.isVisible() for c in box.checks())
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.options_box.unfolded()  # remembered


def focus_walk(w: MainWindow, key: Qt.Key, steps: int) -> list[QWidget]:
    seen = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        QTest.keyClick(widget, key)
    return seen


def test_tab_reaches_every_control_once_and_leaves_every_pane(
    qtbot: QtBot, window: MainWindow, files: list[Path]
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.add_paths(files)  # as the Add files dialog would
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(0, 0))
    window.view.selectRow(0)
    QApplication.processEvents()

    forward = focus_walk(window, Qt.Key.Key_Tab, 60)
    cycle = forward[: forward[1:].index(forward[0]) + 1]  # once round, back at the list
    names = [w.accessibleName() for w in cycle]
    assert all(names), [type(w).__name__ for w, n in zip(cycle, names, strict=True) if not n]
    assert len(set(cycle)) == len(cycle)  # each control once
    assert forward[len(cycle) : 2 * len(cycle)] == cycle  # and round again the same way
    wanted = [
        window.add_files_button,
        window.add_folder_button,
        window.view,
        window.redact_button,
        window.remove_button,
        window.clear_button,
        window.more_options_button,
        window.output_box.choose_button,
        window.clean_button,
        window.language_combo,
        window.guide_button,
    ]
    for widget in wanted:
        assert widget in cycle, widget.accessibleName()
    details = [w for w in cycle if window.details.isAncestorOf(w)]
    assert details  # the details are reached, and left: the options come after them
    after = cycle.index(details[-1]) + 1
    assert cycle[after] is window.more_options_button
    assert cycle.index(window.view) < cycle.index(details[0])
    assert cycle.index(window.clean_button) > cycle.index(window.more_options_button)

    window.view.setFocus()
    backward = focus_walk(window, Qt.Key.Key_Backtab, len(cycle) + 1)
    assert backward == [cycle[0], *reversed(cycle[1:]), cycle[0]]

    # Unfolded, each option is a stop between More options and the output folder, and
    # every control a key can reach has a name for screen readers.
    window.more_options_button.setFocus()
    QTest.keyClick(window.more_options_button, Qt.Key.Key_Space)
    focusable = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(focusable) > len(cycle)
    assert [type(w).__name__ for w in focusable if not w.accessibleName()] == []
    order = focus_walk(window, Qt.Key.Key_Tab, len(window.options_box.checks()) + 2)
    assert order[1:-1] == window.options_box.checks()
    assert order[-1] is window.output_box.choose_button
    QTest.keyClick(window.more_options_button, Qt.Key.Key_Space)


def test_keys_alone_go_from_the_list_to_clean_and_press_it(
    qtbot: QtBot, window: MainWindow, files: list[Path]
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.add_paths(files[:2])
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Down)  # the second file, its details shown
    assert window.details.item() is window.model.items[1]
    for _ in range(40):
        if QApplication.focusWidget() is window.clean_button:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.clean_button
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        QTest.keyClick(window.clean_button, Qt.Key.Key_Space)
    assert all(i.result is not None and i.result.outcome.ok for i in window.model.items)
    out = window.model.items[0].result
    assert out is not None and out.output is not None and out.output.is_file()


@pytest.mark.parametrize(("size", "zoom", "lang"), [("1024x600", 1, "pt"), ("1920x1080", 2, "en")])
def test_screenshot_at_a_size_draws_that_many_pixels(
    tmp_path: Path, files: list[Path], size: str, zoom: int, lang: str
) -> None:
    width, height = map(int, size.split("x"))
    config = tmp_path / "screen.json"
    screens = [{"name": "s", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}]
    config.write_text(json.dumps({"screens": screens}))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=str(zoom),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    shot = tmp_path / "main.png"
    command = [sys.executable, "-m", "gui.app", "--screenshot", str(shot), "--size", size]
    command += ["--lang", lang, *map(str, files)]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # 3 would say the window cannot be that small
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (width, height)
    small = image.scaled(64, 36)
    assert len({small.pixel(x, y) for x in range(64) for y in range(36)}) > 20  # not blank


def test_enter_lands_on_the_findings_and_tab_follows_the_technical_lists(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # A PDF cannot be opened in the editor: Enter on its row goes to what it gives away.
    from factories import dirty_pdf

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.add_paths([dirty_pdf(tmp_path / "flyer.pdf")])
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(0, 0))
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.details.findings()

    # Shown, the technical lists sit below their button: Tab goes down the pane in order.
    button = window.details._tech_button
    button.setChecked(True)
    qtbot.waitUntil(lambda: window.details._before_tree.isVisible())
    QApplication.processEvents()
    button.setFocus()
    walk = focus_walk(window, Qt.Key.Key_Tab, 4)
    pane = [w for w in walk if window.details.isAncestorOf(w)]
    tops = [w.mapTo(window.details, QPoint(0, 0)).y() for w in pane]
    assert pane[0] is button and len(pane) >= 2, [type(w).__name__ for w in walk]
    assert tops == sorted(tops)
