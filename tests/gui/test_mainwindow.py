"""The main window on real files: drop, clean, cancel, close mid-batch, settings, screenshot."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from factories import dirty_jpeg, pattern
from oracle import assert_clean
from PIL import Image
from PySide6.QtCore import QMimeData, QObject, QPointF, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from gui import app as gui_app
from gui import dialogs, messages, settings
from gui.batchview import Column
from gui.items import Status
from gui.mainwindow import MainWindow
from scrubber.messages import Message
from scrubber.model import Outcome
from scrubber.redact import Region
from scrubber.safe_output import TEMP_PREFIX

pytestmark = pytest.mark.exiftool


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """One phone-like photo full of identifying data (planted canaries)."""
    folder = tmp_path / "in"
    folder.mkdir()
    return dirty_jpeg(folder / "beach.jpg", size=(320, 240))


def copies(src: Path, count: int) -> list[Path]:
    """Many dirty photos, cheaply: byte copies of one (ExifTool runs once)."""
    out = []
    for i in range(count):
        dst = src.with_name(f"photo-{i:03d}.jpg")
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def drop(w: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = w.view.viewport()
    center = target.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(center, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(center), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, dropped)
    assert dropped.isAccepted()
    assert dropped.dropAction() == Qt.DropAction.CopyAction  # never a move of originals


def names(w: MainWindow) -> list[str]:
    return [item.path.name for item in w.model.items]


def wait_inspected(qtbot: QtBot, w: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: all(i.status in (Status.READY, Status.UNREADABLE) for i in w.model.items),
        timeout=20_000,
    )


def clean_and_wait(qtbot: QtBot, w: MainWindow) -> None:
    with qtbot.waitSignal(w.runner.finished, timeout=60_000):
        qtbot.mouseClick(w.clean_button, Qt.MouseButton.LeftButton)


def outputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file())


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(TEMP_PREFIX)]


def test_dropping_files_and_a_folder_fills_the_list(
    qtbot: QtBot, window: MainWindow, photo: Path, tmp_path: Path
) -> None:
    loose = tmp_path / "loose.png"
    pattern().save(loose)
    folder = tmp_path / "album"
    (folder / "day 2").mkdir(parents=True)
    shutil.copyfile(photo, folder / "a.jpg")
    shutil.copyfile(photo, folder / "day 2" / "b.jpg")
    shutil.copyfile(photo, folder / ".hidden.jpg")
    (folder / "Thumbs.db").write_bytes(b"junk")
    (folder / ".git").mkdir()
    (folder / ".git" / "c.jpg").write_bytes(photo.read_bytes())
    (folder / "outside.jpg").symlink_to(photo)  # links may lead out of the folder
    (folder / "elsewhere").symlink_to(photo.parent, target_is_directory=True)

    drop(window, [photo, loose, folder])

    # Links are listed, to say they were not followed; junk and hidden files are not.
    listed = ["beach.jpg", "loose.png", "a.jpg", "elsewhere", "outside.jpg", "b.jpg"]
    assert names(window) == listed
    wait_inspected(qtbot, window)
    first = window.model.index(0, Column.REVEALS)
    assert "location" in str(window.model.data(first))
    assert window.model.data(window.model.index(1, Column.REVEALS)) == "nothing found"
    for row in (3, 4):
        assert window.model.items[row].link and window.model.items[row].report is None
        assert window.model.data(window.model.index(row, Column.STATUS)) == "Link: not followed"
    # The same files dropped again are not listed twice.
    drop(window, [folder])
    assert len(window.model.items) == len(listed)


def test_clean_writes_clean_copies_and_leaves_originals(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    second = dirty_jpeg(photo.with_name("other.jpg"), orientation=6)
    before = photo.read_bytes()
    window.add_paths([photo, second])
    wait_inspected(qtbot, window)

    clean_and_wait(qtbot, window)

    out = photo.parent / "Scrubbed"
    written = outputs(out)
    assert [p.name for p in written] == ["beach.jpg", "other.jpg"]
    for path in written:
        assert_clean(path)
    assert photo.read_bytes() == before
    for item in window.model.items:
        assert item.status is Status.DONE
        assert item.result is not None and item.result.outcome is Outcome.CLEANED
        assert item.after is not None  # the re-check of the copy, shown in the details
    assert window.summary.text() == f"2 cleaned.\nClean copies are in: {out}"
    assert window.last_output == out
    assert window.open_output_button.isEnabled()


def test_second_clean_goes_to_a_new_default_folder(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    (photo.parent / "Scrubbed").mkdir()  # taken by an earlier run
    window.add_paths([photo])
    clean_and_wait(qtbot, window)
    assert [p.name for p in outputs(photo.parent / "Scrubbed-2")] == ["beach.jpg"]


def test_random_names_hide_the_camera_file_name(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    window.random_names_check.setChecked(True)
    window.add_paths([photo])
    clean_and_wait(qtbot, window)
    (written,) = outputs(photo.parent / "Scrubbed")
    assert "beach" not in written.name and written.suffix == ".jpg"
    assert len(written.stem) == 16
    assert_clean(written)


def test_damaged_file_shows_its_error_while_others_succeed(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    broken = photo.with_name("broken.jpg")
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    window.add_paths([photo, broken])
    wait_inspected(qtbot, window)
    bad = window.model.items[1]
    assert bad.status is Status.UNREADABLE and bad.error
    assert window.model.data(window.model.index(1, Column.STATUS)) == "Could not be read"

    clean_and_wait(qtbot, window)

    good = window.model.items[0]
    assert good.result is not None and good.result.outcome is Outcome.CLEANED
    assert bad.result is not None and bad.result.outcome is Outcome.FAILED
    assert [p.name for p in outputs(photo.parent / "Scrubbed")] == ["beach.jpg"]
    assert_clean(photo.parent / "Scrubbed" / "beach.jpg")
    # One sentence per line; the reason in plain words, not the core's English detail.
    assert bad.result.error is not None and bad.result.error.code == "corrupt"
    lines = window.summary.text().splitlines()
    assert lines == [
        "1 cleaned.   1 could not be cleaned.",
        f"Clean copies are in: {photo.parent / 'Scrubbed'}",
        "broken.jpg: This file is damaged or incomplete.",
    ]
    assert bad.result.error.message not in window.summary.text()
    # The details pane gives the plain reason first and the core's message (by its id, in
    # the app's words and language) as a detail.
    window.view.setCurrentIndex(window.model.index(1, 0))
    shown = [w.text() for w in window.details.findChildren(QLabel) if w.isVisible()]
    assert "This file is damaged or incomplete." in shown
    assert isinstance(bad.result.error.message, Message)
    assert f"Details: {messages.text(bad.result.error.message)}" in shown


def test_file_names_with_markup_show_literally(
    window: MainWindow, tmp_path: Path, photo: Path
) -> None:
    odd = photo.with_name("<b>me<b>&amp;.jpg")
    shutil.copyfile(photo, odd)
    window.add_paths([odd])
    assert window.model.data(window.model.index(0, Column.NAME)) == "<b>me<b>&amp;.jpg"
    tip = str(window.model.data(window.model.index(0, Column.NAME), Qt.ItemDataRole.ToolTipRole))
    assert "<b>me" not in tip and "&lt;b&gt;me&lt;b&gt;&amp;amp;.jpg" in tip


def test_cancel_stops_a_long_batch(qtbot: QtBot, window: MainWindow, photo: Path) -> None:
    files = copies(photo, 80)
    window.add_paths(files)
    out = photo.parent / "Scrubbed"

    with qtbot.waitSignal(window.runner.finished, timeout=60_000) as finished:
        window.clean()
        assert window.cancel_button.isEnabled()
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]

    outcomes = [i.result.outcome for i in window.model.items if i.result]
    assert len(outcomes) == len(files)  # every file has a result: done or cancelled
    done = outcomes.count(Outcome.CLEANED)
    assert done < len(files) and outcomes.count(Outcome.CANCELLED) == len(files) - done
    assert not leftovers(photo.parent)
    written = outputs(out) if out.exists() else []
    assert len(written) == done
    for path in written:  # each copy is whole and clean
        with Image.open(path) as im:
            im.load()
        assert_clean(path)
    assert "Cancelled." in window.summary.text()
    assert not window.cancel_button.isEnabled() and window.clean_button.isEnabled()


def test_closing_during_a_batch_leaves_no_half_written_files(qtbot: QtBot, photo: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    files = copies(photo, 60)
    w.add_paths(files)
    w.clean()
    assert w.runner.running

    w.close()

    assert w.runner.pool.activeThreadCount() == 0  # nothing still writing
    assert not leftovers(photo.parent)
    out = photo.parent / "Scrubbed"
    written = outputs(out) if out.exists() else []
    assert len(written) < len(files)
    for path in written:
        with Image.open(path) as im:
            im.load()
        assert_clean(path)


def test_in_place_is_off_by_default_and_never_remembered(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, photo: Path
) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    assert not first.in_place_check.isChecked()

    monkeypatch.setattr(MainWindow, "confirm_in_place", lambda self: False)
    first.in_place_check.setChecked(True)
    assert not first.in_place_check.isChecked()  # the warning was declined

    monkeypatch.setattr(MainWindow, "confirm_in_place", lambda self: True)
    first.in_place_check.setChecked(True)
    assert first.in_place_check.isChecked()
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.in_place_check.isChecked()


def test_in_place_replaces_the_original_with_a_clean_one(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, photo: Path
) -> None:
    monkeypatch.setattr(MainWindow, "confirm_in_place", lambda self: True)
    window.in_place_check.setChecked(True)
    window.add_paths([photo])
    clean_and_wait(qtbot, window)
    assert_clean(photo)
    assert outputs(photo.parent) == [photo]


def test_settings_hold_no_paths_after_a_clean(
    qtbot: QtBot, window: MainWindow, photo: Path, tmp_path: Path
) -> None:
    window.output_dir = tmp_path / "chosen"
    window.profile_check.setChecked(True)
    window.set_language("fr")
    window.set_language("en")
    window.add_paths([photo])
    clean_and_wait(qtbot, window)
    assert outputs(tmp_path / "chosen")
    window.close()

    assert settings.load().remove_colour_profile
    assert settings.language() == "en"
    store = QSettings(str(settings.settings_file()), QSettings.Format.IniFormat)
    values = {key: str(store.value(key)) for key in store.allKeys()}
    assert values  # the file read is the one the app wrote
    for key, value in values.items():
        assert os.sep not in value and "IMG" not in value and tmp_path.name not in value, key
    assert not any("place" in key or "output" in key or "recent" in key for key in values)


def test_remove_and_clear(qtbot: QtBot, window: MainWindow, photo: Path) -> None:
    files = copies(photo, 3)
    window.add_paths(files)
    window.view.selectRow(1)
    qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)
    assert names(window) == ["photo-000.jpg", "photo-002.jpg"]
    qtbot.mouseClick(window.clear_button, Qt.MouseButton.LeftButton)
    assert names(window) == []
    assert not window.clean_button.isEnabled()


def test_each_cell_paints_its_own_data(qtbot: QtBot, window: MainWindow, photo: Path) -> None:
    """Cells are painted from one model call each (multiData); Qt hands the same role
    buffer from cell to cell, so nothing may leak from the file cell to the next."""
    window.add_paths([photo])
    wait_inspected(qtbot, window)
    qtbot.waitUntil(lambda: window.model.items[0].thumbnail is not None)
    delegate = window.view.itemDelegate()
    shown = {}
    for column in Column:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, window.model.index(0, column))
        shown[column] = (option.text, option.icon.isNull())
    assert shown[Column.NAME] == ("beach.jpg", False)  # with its thumbnail
    assert shown[Column.TYPE] == ("JPEG", True)
    assert shown[Column.STATUS] == ("Ready", True)


def test_many_files_fit_in_the_list_without_a_widget_each(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    window.add_paths(copies(photo, 500))
    assert window.model.rowCount() < 500  # the rest follow from the event loop
    qtbot.waitUntil(lambda: window.model.rowCount() == 500, timeout=20_000)
    wait_inspected(qtbot, window)
    assert window.view.indexWidget(window.model.index(0, 0)) is None
    # Only rows that were painted asked for a thumbnail.
    qtbot.waitUntil(lambda: not window.inspector.busy, timeout=20_000)
    with_thumbs = sum(isinstance(i.thumbnail, QImage) for i in window.model.items)
    assert 0 < with_thumbs < 100


def test_screenshot_writes_a_picture_of_the_window(
    qtbot: QtBot, photo: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "shots" / "main.png"
    assert gui_app.main(["--screenshot", str(shot), str(photo)]) == 0
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    small = image.scaled(64, 48)
    colours = {small.pixel(x, y) for x in range(64) for y in range(48)}
    assert len(colours) > 20  # not blank: widgets, text and the thumbnail


def test_many_qt_calls_do_not_abort_the_interpreter() -> None:
    # PySide6 6.12.0 on Python 3.11 loses a reference to None per void call and one to
    # True per emit(), which aborts the process (pyproject.toml pins below it). This
    # catches a PySide6 with the same fault before a user's batch does.

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    for _ in range(100_000):  # far more than their natural reference counts
        probe.ping.emit()
        probe.setObjectName("probe")
    assert sys.getrefcount(True) > 1_000 and sys.getrefcount(None) > 1_000


def activate(qtbot: QtBot, w: MainWindow) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5_000)


def test_keyboard_alone_adds_cleans_and_cancels(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, photo: Path
) -> None:
    files = copies(photo, 60)
    monkeypatch.setattr(dialogs, "open_files", lambda *a, **k: files)
    activate(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(window.model.items) == 60

    with qtbot.waitSignal(window.runner.finished, timeout=60_000) as finished:
        qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert window.runner.running
        qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert finished.args == [True]
    assert any(i.result and i.result.outcome is Outcome.CANCELLED for i in window.model.items)

    window.view.setCurrentIndex(window.model.index(0, 0))
    window.view.selectRow(0)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert len(window.model.items) == 59


class FakeEditor:
    """Stands in for the redaction dialog: the user drew one rectangle and pressed OK."""

    opened: ClassVar[list[tuple[Path, list[Region], str]]] = []
    fast: ClassVar[list[bool]] = []
    pools: ClassVar[list[object]] = []

    def __init__(
        self,
        path: Path,
        regions: list[Region],
        mode: str,
        color: object,
        parent: object,
        fast_faces: bool = False,
        pool: object = None,
    ):
        FakeEditor.opened.append((path, regions, mode))
        FakeEditor.fast.append(fast_faces)
        FakeEditor.pools.append(pool)

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted

    def regions(self) -> list[Region]:
        return [Region("rect", 10, 20, 40, 30)]

    def mode(self) -> str:
        return "fill"

    def color(self) -> tuple[int, int, int]:
        return (255, 0, 255)


def test_enter_on_a_photo_opens_the_editor_and_its_areas_are_covered(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, photo: Path
) -> None:
    import gui.editor

    monkeypatch.setattr(gui.editor, "RedactionEditor", FakeEditor)
    FakeEditor.opened.clear()
    FakeEditor.fast.clear()
    FakeEditor.pools.clear()
    (item,) = window.add_paths([photo])
    wait_inspected(qtbot, window)
    activate(qtbot, window)
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(0, 0))
    assert window.redact_button.isEnabled()

    qtbot.keyClick(window.view, Qt.Key.Key_Return)

    assert FakeEditor.opened == [(photo, [], "fill")]
    assert FakeEditor.fast == [False]  # the thorough search unless the quick one is chosen
    assert FakeEditor.pools == [window.inspector.work]  # decoded where the files are read
    assert item.regions == [Region("rect", 10, 20, 40, 30)]
    assert window.model.data(window.model.index(0, Column.STATUS)) == "Ready; areas to cover: 1"
    assert settings.load().redact_color == (255, 0, 255)  # the next photo starts with it
    clean_and_wait(qtbot, window)
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    (written,) = outputs(photo.parent / "Scrubbed")
    assert_clean(written)
    with Image.open(written) as im:
        r, g, b = im.convert("RGB").getpixel((30, 35))  # type: ignore[misc]
    assert r > 230 and g < 25 and b > 230  # JPEG keeps a solid fill within a few levels


def test_the_real_editor_opens_for_the_selected_photo(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    from gui.editor import RedactionEditor

    (item,) = window.add_paths([photo])
    wait_inspected(qtbot, window)
    window.view.setCurrentIndex(window.model.index(0, 0))
    seen: list[RedactionEditor] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RedactionEditor)
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.open_editor()
    assert len(seen) == 1 and item.regions == []  # cancelled: nothing changes


def test_language_choice_retranslates_the_window_and_is_remembered(
    window: MainWindow, photo: Path
) -> None:
    window.add_paths([photo])
    english = window.clean_button.text(), window.model.headerData(0, Qt.Orientation.Horizontal)
    spanish = window.language_combo.findData("es_419")
    try:
        window.language_combo.activated.emit(spanish)
        QApplication.processEvents()  # LanguageChange reaches the widgets
        assert window.language == "es_419" and settings.language() == "es_419"
        assert window.language_actions["es_419"].isChecked()
        now = window.clean_button.text(), window.model.headerData(0, Qt.Orientation.Horizontal)
        assert now[0] != english[0] and now[1] != english[1]
    finally:
        window.set_language("en")
        QApplication.processEvents()
    assert window.clean_button.text() == english[0]


def test_why_this_matters_opens_the_safety_guide(qtbot: QtBot, window: MainWindow) -> None:
    from gui.guide import SafetyGuide

    activate(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    guides = [w for w in QApplication.topLevelWidgets() if isinstance(w, SafetyGuide)]
    assert any(g.isVisible() for g in guides)


def test_pdf_option_is_remembered_and_turns_pages_into_pictures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import pikepdf
    from factories import dirty_pdf

    assert not window.pdf_check.isChecked()  # off by default: text stays selectable
    window.pdf_check.setChecked(True)
    assert settings.load().flatten_pdf
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.pdf_check.isChecked()

    (tmp_path / "in").mkdir()
    source = dirty_pdf(tmp_path / "in" / "flyer.pdf", incremental=False)
    window.add_paths([source])
    clean_and_wait(qtbot, window)
    (item,) = window.model.items
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    with pikepdf.open(tmp_path / "in" / "Scrubbed" / "flyer.pdf") as pdf:
        for page in pdf.pages:
            assert set(page.Resources.keys()) == {"/XObject"}  # a picture, no fonts
            assert b"BT" not in page.Contents.read_bytes()  # no text left to select


def test_add_files_offers_what_the_core_cleans_by_kind(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scrubber import registry

    seen: list[list[str]] = []

    def dialog(parent: object, title: str, filters: list[str]) -> list[Path]:
        seen.append(filters)
        return []

    monkeypatch.setattr(dialogs, "open_files", dialog)
    window.add_files_dialog()
    filters = seen[0]
    everything = filters[0]
    assert everything.startswith("Files Scrubber can clean (")
    for ext in registry.supported_extensions():  # from the registry: new formats show up
        assert f"*{ext} *{ext.upper()}" in everything
    kinds = {f.split(" (")[0]: f for f in filters[1:]}
    assert "*.jpg" in kinds["Photos and pictures"] and "*.pdf" not in kinds["Photos and pictures"]
    assert "*.pdf" in kinds["Documents"]
    assert "*.mp3" in kinds["Sound recordings"] and "*.flac" in kinds["Sound recordings"]
    assert filters[-1] == "All files (*)"
    # Every format the core cleans is in exactly one kind.
    listed = [p for f in filters[1:-1] for p in f[f.index("(") + 1 : -1].split()]
    assert sorted(set(listed)) == sorted(everything[everything.index("(") + 1 : -1].split())


def test_summary_has_counts_on_one_line_and_names_at_most_five_problems(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    broken = []
    for i in range(7):
        path = photo.with_name(f"broken-{i}.jpg")
        path.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
        broken.append(path)
    window.add_paths([photo, *broken])
    wait_inspected(qtbot, window)
    clean_and_wait(qtbot, window)
    lines = window.summary.text().splitlines()
    assert lines[0] == "1 cleaned.   7 could not be cleaned."  # the counts share a line
    named = [line for line in lines if line.startswith("broken-")]
    assert len(named) == 5
    assert lines[-1] == "…and 2 more: see the list."
    # Second, so the summary's few visible lines never cut it off.
    assert lines[1] == f"Clean copies are in: {photo.parent / 'Scrubbed'}"


def test_cover_faces_option_covers_each_photo_and_the_details_say_how_many(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import face_canvas

    # Two faces 25 px wide in a 3 MP photo: found by the (default) thorough search only.
    im, faces = face_canvas.crowd((25,), size=(2000, 1500))
    (tmp_path / "in").mkdir()
    src = tmp_path / "in" / "party.jpg"
    im.save(src, quality=92)
    assert not window.faces_check.isChecked() and not window.fast_faces_check.isChecked()
    window.faces_check.setChecked(True)
    assert settings.load().cover_faces and not settings.load().fast_faces
    (item,) = window.add_paths([src])
    wait_inspected(qtbot, window)
    clean_and_wait(qtbot, window)
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    assert item.result.faces_covered == 2 and item.result.face_search == "thorough"
    written = tmp_path / "in" / "Scrubbed" / "party.jpg"
    assert_clean(written)
    assert face_canvas.uncovered(src, written, faces, (0, 0, 0)) == []
    window.view.setCurrentIndex(window.model.index(0, 0))
    window.details.show_item(item)
    assert "Faces found and covered: 2." in window.details._after_message.text()

    window.fast_faces_check.setChecked(True)  # the quick search, by choice: misses them
    assert settings.load().fast_faces
    again = src.with_name("party-again.jpg")
    shutil.copyfile(src, again)
    (second,) = window.add_paths([again])
    qtbot.waitUntil(lambda: second.status is Status.READY, timeout=20_000)
    clean_and_wait(qtbot, window)  # only the new file: the first is done
    assert second.result is not None and second.result.faces_covered == 0
    assert second.result.face_search == "fast"


def test_copies_of_camera_named_files_get_neutral_names(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    camera = dirty_jpeg(photo.with_name("IMG_20240611_143207.jpg"))
    chat = dirty_jpeg(photo.with_name("WhatsApp Image 2024-06-11 at 14.32.07.jpeg"))
    window.add_paths([photo, camera, chat])
    wait_inspected(qtbot, window)
    # What the name gives away is among the findings before anything is cleaned.
    report = window.model.items[2].report
    assert report is not None
    assert {"name:date", "name:app"} <= {f.key for f in report.findings}
    assert not window.keep_names_check.isChecked()  # neutral names by default

    clean_and_wait(qtbot, window)

    out = photo.parent / "Scrubbed"
    written = sorted(re.sub("-[0-9a-f]{8}[.]", "-*.", p.name) for p in outputs(out))
    assert written == ["beach.jpg", "photo-*.jpeg", "photo-*.jpg"]  # random names: any order
    for path in outputs(out):
        assert_clean(path)
    for item in window.model.items[1:]:
        assert item.result is not None and item.result.outcome is Outcome.CLEANED
        assert "name:date" in {f.key for f in item.result.removed}
        assert item.after is not None
    assert window.model.items[0].result is not None
    assert not [f for f in window.model.items[0].result.removed if f.key.startswith("name:")]


def test_keep_names_option_keeps_them_says_so_and_is_remembered(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    camera = dirty_jpeg(photo.with_name("PXL_20240611_143207123.jpg"))
    window.keep_names_check.setChecked(True)
    assert settings.load().keep_names
    window.random_names_check.setChecked(True)  # random names win over kept ones
    assert not window.keep_names_check.isEnabled()
    window.random_names_check.setChecked(False)
    assert window.keep_names_check.isEnabled()
    window.add_paths([camera])
    wait_inspected(qtbot, window)

    clean_and_wait(qtbot, window)

    (written,) = outputs(photo.parent / "Scrubbed")
    assert written.name == camera.name
    assert_clean(written)
    (item,) = window.model.items
    assert item.result is not None and item.result.outcome is Outcome.CLEANED
    assert any("(the name was kept)" in w for w in item.result.warnings)
    assert item.after is not None and not item.after.findings  # the content re-check passed


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_a_private_photo_gives_a_private_copy(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    photo.chmod(0o600)
    window.add_paths([photo])
    clean_and_wait(qtbot, window)
    (written,) = outputs(photo.parent / "Scrubbed")
    assert written.stat().st_mode & 0o777 == 0o600
    assert_clean(written)


def test_links_in_a_dropped_folder_are_reported_not_followed(
    qtbot: QtBot, window: MainWindow, photo: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "private"
    secret.mkdir()
    dirty_jpeg(secret / "me.jpg")
    before = (secret / "me.jpg").read_bytes()
    album = tmp_path / "album"
    album.mkdir()
    shutil.copyfile(photo, album / "a.jpg")
    (album / "me.jpg").symlink_to(secret / "me.jpg")
    drop(window, [album])
    wait_inspected(qtbot, window)
    link = window.model.items[1]
    window.view.setCurrentIndex(window.model.index(1, 0))
    qtbot.wait(200)
    assert window.details.preview_state("before") != "image"  # the link is never read

    clean_and_wait(qtbot, window)

    out = album / "Scrubbed"
    assert [p.name for p in outputs(out)] == ["a.jpg"]
    assert_clean(out / "a.jpg")
    assert (secret / "me.jpg").read_bytes() == before
    assert sorted(p.name for p in secret.iterdir()) == ["me.jpg"]
    assert link.result is not None and link.result.outcome is Outcome.REFUSED
    assert link.result.error is not None and link.result.error.code == "link"
    assert window.summary.text().splitlines() == [
        "1 cleaned.   1 could not be cleaned.",
        f"Clean copies are in: {out}",
        "me.jpg: This is a link to another file or folder; it was not followed.",
    ]


def test_hidden_content_option_is_remembered_and_removes_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from office_cases import pptx_with_hidden
    from oracle import canary_in_package

    check = window.options_box.hidden_check
    assert not check.isChecked()  # off by default: hidden slides are the user's own
    check.setChecked(True)
    assert settings.load().remove_hidden
    (tmp_path / "in").mkdir()
    source = pptx_with_hidden(tmp_path / "in" / "deck.pptx")
    window.add_paths([source])
    clean_and_wait(qtbot, window)
    (item,) = window.model.items
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    assert canary_in_package(tmp_path / "in" / "Scrubbed" / "deck.pptx") == []
