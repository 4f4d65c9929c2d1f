"""Cleaning a file again: its new copy replaces the earlier one, and the app says where.

The case from issue 15: a photo is cleaned, then its face is covered in the editor and
Clean is pressed again. The copy with the face showing must not stay behind.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factories import camera_exif, dirty_jpeg
from oracle import assert_clean
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.items import BatchItem
from gui.mainwindow import MainWindow
from scrubber.model import Outcome
from scrubber.redact import Region

pytestmark = pytest.mark.exiftool

ASTRONAUT = Path(__file__).parent.parent / "data" / "astronaut.jpg"
FACE = (170, 40, 280, 190)  # where the face is (tests/data/README.md)


@pytest.fixture
def portrait(tmp_path: Path) -> Path:
    """A phone-named portrait carrying camera EXIF (GPS, serial numbers)."""
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "IMG_20240611_143207.jpg"
    with Image.open(ASTRONAUT) as im:
        im.save(path, "JPEG", quality=92, exif=camera_exif())
    return path


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file())


def clean_and_wait(qtbot: QtBot, w: MainWindow) -> None:
    with qtbot.waitSignal(w.runner.finished, timeout=60_000):
        qtbot.mouseClick(w.clean_button, Qt.MouseButton.LeftButton)


def face_difference(copy: Path, original: Path) -> float:
    """Mean absolute difference of the face area, 0-255, against the original's pixels."""
    with Image.open(copy) as a, Image.open(original) as b:
        assert a.size == b.size
        diff = ImageChops.difference(a.convert("RGB").crop(FACE), b.convert("RGB").crop(FACE))
        return sum(ImageStat.Stat(diff).mean) / 3


def cover_faces_in_the_editor(qtbot: QtBot, w: MainWindow) -> None:
    """Open the real editor, wait for its face detection, and accept what it found."""
    from gui.editor import RedactionEditor

    seen: list[RedactionEditor] = []

    def accept_when_ready() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RedactionEditor) or dialog.busy():
            QTimer.singleShot(50, accept_when_ready)
            return
        seen.append(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, accept_when_ready)
    w.open_editor()
    assert len(seen) == 1


def clean_once(qtbot: QtBot, window: MainWindow, photo: Path) -> tuple[BatchItem, Path, Path]:
    """Add `photo`, clean it into the default folder: its item, that folder, the copy."""
    (item,) = window.add_paths([photo])
    qtbot.waitUntil(lambda: item.report is not None, timeout=20_000)
    clean_and_wait(qtbot, window)
    out = photo.parent / "Scrubbed"
    (first,) = files(out)
    return item, out, first


def test_covering_a_face_after_cleaning_replaces_the_uncovered_copy(
    qtbot: QtBot, window: MainWindow, portrait: Path
) -> None:
    item, out, first = clean_once(qtbot, window, portrait)
    assert face_difference(first, portrait) < 3  # lossless: the face is there
    assert window.last_output == out

    window.view.setCurrentIndex(window.model.index(0, 0))
    cover_faces_in_the_editor(qtbot, window)
    assert [r.source for r in item.regions] == ["detector"]
    # Before the second clean the window already names the folder that holds the copy.
    assert "“Scrubbed”" in window.output_box.output_label.text()
    assert "Scrubbed-2" not in window.output_box.output_label.text()
    clean_and_wait(qtbot, window)

    assert item.result is not None and item.result.outcome is Outcome.CLEANED
    # Only the covered copy is left, under the earlier copy's name; no second folder.
    assert sorted(p.name for p in portrait.parent.iterdir()) == [portrait.name, "Scrubbed"]
    assert files(out) == [first]
    assert item.result.output == first
    assert face_difference(first, portrait) > 40  # covered with solid black
    with Image.open(first) as im:
        middle = im.convert("RGB").crop((200, 90, 250, 140))
        assert max(high for _, high in middle.getextrema()) < 30
    assert_clean(first)
    assert window.last_output == out
    summary = window.summary.text().splitlines()
    assert summary[:2] == ["1 cleaned.", f"Clean copies are in: {out}"]
    assert "Scrubbed-2" not in window.output_box.output_label.text()


def test_a_copy_changed_by_the_user_is_left_alone(
    qtbot: QtBot, window: MainWindow, portrait: Path
) -> None:
    item, out, first = clean_once(qtbot, window, portrait)
    edited = first.read_bytes() + b"\0"  # the user worked on it: it is theirs now
    first.write_bytes(edited)

    item.regions = [Region("rect", 10, 10, 50, 50)]
    item.status, item.result = item.status.READY, None
    clean_and_wait(qtbot, window)

    assert first.read_bytes() == edited
    (second,) = set(files(out)) - {first}
    assert item.result is not None and item.result.output == second
    assert_clean(second)


def test_a_copy_made_into_a_chosen_folder_removes_the_earlier_one(
    qtbot: QtBot, window: MainWindow, portrait: Path, tmp_path: Path
) -> None:
    second_photo = dirty_jpeg(portrait.with_name("beach.jpg"), size=(120, 90))
    window.add_paths([portrait, second_photo])
    qtbot.waitUntil(lambda: all(i.report for i in window.model.items), timeout=20_000)
    clean_and_wait(qtbot, window)
    out = portrait.parent / "Scrubbed"
    assert len(files(out)) == 2
    beach_copy = out / "beach.jpg"

    chosen = tmp_path / "for the ad"
    chosen.mkdir()
    window.output_dir = chosen
    item = window.model.items[0]
    item.regions = [Region("rect", *FACE[:2], FACE[2] - FACE[0], FACE[3] - FACE[1])]
    item.status, item.result = item.status.READY, None
    clean_and_wait(qtbot, window)

    (moved,) = files(chosen)
    assert files(out) == [beach_copy]  # the uncovered portrait copy is gone
    assert face_difference(moved, portrait) > 40
    lines = window.summary.text().splitlines()
    assert lines[1] == f"Clean copies are in: {chosen}"
    assert window.last_output == chosen
    shutil.rmtree(chosen)


def test_adding_the_folder_again_skips_our_own_copies(
    qtbot: QtBot, window: MainWindow, portrait: Path
) -> None:
    album = portrait.parent
    (album / "day 2").mkdir()
    dirty_jpeg(album / "day 2" / "beach.jpg", size=(80, 60))
    window.add_paths([album])
    qtbot.waitUntil(lambda: all(i.report for i in window.model.items), timeout=20_000)
    clean_and_wait(qtbot, window)
    assert len(files(album / "Scrubbed")) == 2
    (album / "Scrubbed-3" / "old").mkdir(parents=True)  # an earlier run's, one level down
    shutil.copyfile(portrait, album / "Scrubbed-3" / "old" / "x.jpg")
    (album / "Scrubbed photos").mkdir()  # the user's own folder, only named alike
    shutil.copyfile(portrait, album / "Scrubbed photos" / "mine.jpg")

    window.clear_list()
    window.add_paths([album])
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)

    listed = sorted(str(i.path.relative_to(album)) for i in window.model.items)
    assert listed == ["IMG_20240611_143207.jpg", "Scrubbed photos/mine.jpg", "day 2/beach.jpg"]
    # Dropped on its own, our folder is what the user asked for: it is listed.
    window.add_paths([album / "Scrubbed"])
    assert len(window.model.items) == 5
