"""Clips in the app: areas chosen for a clip are covered in every frame by the batch,
the row shows how far it is, and Cancel stops it with no file left.

The clips are made here (tests/clips.py); the copies are judged by PyAV's frames
compared with the pictures drawn, and by ExifTool.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from clips import decoded, make_clip, mean_difference
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from test_video import video_leaks
from test_video_redact import BOTTOM, TOLERANCE, covered_fraction

from gui.batchview import Column
from gui.editor_clip import ClipEditor
from gui.items import BatchItem, Status
from gui.mainwindow import MainWindow
from scrubber.model import Outcome
from scrubber.redact import Region, masks
from scrubber.safe_output import TEMP_PREFIX

pytestmark = pytest.mark.exiftool

AREA = (20, 40, 120, 100)  # x, y, width, height in the 240x320 picture as displayed


def add_clip(qtbot: QtBot, window: MainWindow, path: Path) -> BatchItem:
    window.add_paths([path])
    qtbot.waitUntil(
        lambda: all(i.status is Status.READY for i in window.model.items), timeout=20_000
    )
    (item,) = window.model.items
    return item


def test_an_area_set_on_a_clip_is_covered_in_every_frame(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    clip = make_clip(folder / "walk.mp4", frames=20)
    item = add_clip(qtbot, window, clip.path)
    item.regions = [Region("rect", *AREA)]
    seen: list[str] = []

    def watch(uid: int, percent: int) -> None:
        seen.append(window.model.data(window.model.index(0, Column.STATUS)))

    window.runner.itemProgress.connect(watch)
    with qtbot.waitSignal(window.runner.finished, timeout=120_000):
        qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    assert "Cleaning… 100%" in seen and any(s.startswith("Cleaning… ") for s in seen[:-1])
    out = item.result.output
    assert out is not None and out.parent == folder / "Scrubbed" and out.suffix == ".mp4"
    assert not video_leaks(out), video_leaks(out)
    x, y, w, h = AREA
    box = (x, y, x + w, y + h)
    frames = decoded(out)
    assert len(frames) == 20
    for index, (picture, drawn) in enumerate(zip(frames, clip.shown, strict=True)):
        assert covered_fraction(picture, box) > 0.99, f"area showing in frame {index}"
        assert mean_difference(drawn, picture, box) > 30  # the original showed something
        assert mean_difference(picture, drawn, BOTTOM) < TOLERANCE  # the rest as drawn
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temp files


def test_cancel_stops_a_clip_promptly_and_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    clip = make_clip(folder / "long.mp4", frames=300, sound=None, with_face=False)
    item = add_clip(qtbot, window, clip.path)
    item.regions = [Region("rect", 0, 0, 40, 40)]
    window.runner.itemProgress.connect(lambda uid, percent: percent >= 5 and window.cancel())
    with qtbot.waitSignal(window.runner.finished, timeout=120_000) as finished:
        qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]  # cancelled
    assert item.result is not None and item.result.outcome is Outcome.CANCELLED, item.result
    assert item.result.output is None
    out = folder / "Scrubbed"
    left = list(out.rglob("*")) if out.exists() else []
    assert not left, left  # neither the copy nor a temp file
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(TEMP_PREFIX)]


def test_the_cover_faces_option_covers_faces_in_clips_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    clip = make_clip(folder / "walk.mov", frames=15, sound=None)
    item = add_clip(qtbot, window, clip.path)
    window.faces_check.setChecked(True)
    with qtbot.waitSignal(window.runner.finished, timeout=120_000):
        qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    assert item.result.output is not None
    frames = decoded(item.result.output)
    assert len(frames) == 15
    for index, (picture, box) in enumerate(zip(frames, clip.boxes, strict=True)):
        assert covered_fraction(picture, box) > 0.99, f"face showing in frame {index}"


def test_the_editor_opens_a_clip_scrubs_it_and_its_area_is_covered_by_the_batch(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    clip = make_clip(folder / "phone.mov", frames=24, rotation=90, sound=None)
    item = add_clip(qtbot, window, clip.path)
    seen: dict[str, object] = {}

    def drive(editor: ClipEditor) -> int:
        """The user's part, instead of a modal loop: scrub, draw, preview, accept."""
        editor.resize(900, 650)
        editor.show()
        qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
        assert editor.canvas.size_ == (240, 320)  # as displayed: the rotation applied
        assert editor.timeline.maximum() == 23
        assert editor._image is not None
        seen["first"] = mean_difference(editor._image, clip.shown[0], clip.boxes[0])
        editor.timeline.setValue(12)
        qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
        seen["twelfth"] = mean_difference(editor._image, clip.shown[12], clip.boxes[12])
        seen["not first"] = mean_difference(editor._image, clip.shown[0], clip.boxes[0])
        # The face the writer's search sees is outlined where it is in this frame, but
        # it is a hint, not an area: nothing is covered unless drawn (or the option is on).
        (outline,) = editor.face_outlines
        fx0, fy0, fx1, fy1 = clip.boxes[12]
        assert outline.rect().contains((fx0 + fx1) / 2, (fy0 + fy1) / 2)
        assert not outline.rect().contains((clip.boxes[0][0] + 5), clip.boxes[0][1] + 5)
        assert editor.regions() == []
        assert "Faces seen in this frame (dashed outlines): 1." in editor.detect_status.text()
        viewport = editor.canvas.viewport()
        x0, y0, x1, y1 = clip.boxes[12]
        start, end = (editor.canvas.mapFromScene(x, y) for x, y in ((x0, y0), (x1, y1)))
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(viewport, end)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        (area,) = editor.regions()
        editor.preview_action.setChecked(True)
        qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
        shown = editor.canvas.photo.pixmap().toImage()
        expected = masks.apply(editor._image, [area], masks.Mode.FILL, (0, 0, 0))
        cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
        assert shown.pixelColor(cx, cy).getRgb()[:3] == expected.getpixel((cx, cy)) == (0, 0, 0)
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
        seen["area"] = area
        return editor.result()

    monkeypatch.setattr(ClipEditor, "exec", drive)
    window.view.setCurrentIndex(window.model.index(0, 0))
    window.open_editor()
    assert seen["first"] < TOLERANCE and seen["twelfth"] < TOLERANCE  # the frames as drawn
    assert seen["not first"] > 30  # frame 12 is really another frame: the face moved
    assert item.regions == [seen["area"]]
    with qtbot.waitSignal(window.runner.finished, timeout=120_000):
        qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    assert item.result.output is not None
    assert not video_leaks(item.result.output)
    area = seen["area"]
    assert isinstance(area, Region)
    box = (area.x + 1, area.y + 1, area.x + area.w - 1, area.y + area.h - 1)
    frames = decoded(item.result.output)
    assert len(frames) == 24
    for index, (picture, drawn) in enumerate(zip(frames, clip.shown, strict=True)):
        assert covered_fraction(picture, box) > 0.99, f"area showing in frame {index}"
        assert mean_difference(picture, drawn, BOTTOM) < TOLERANCE  # upright, as drawn


def test_an_area_given_a_time_range_in_the_editor_covers_only_those_frames(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    clip = make_clip(folder / "walk.mp4", frames=24, sound=None)
    item = add_clip(qtbot, window, clip.path)
    x0, y0, x1, y1 = 20, 40, 140, 140
    previews: dict[int, tuple[int, ...]] = {}

    def drive(editor: ClipEditor) -> int:
        editor.resize(900, 650)
        editor.show()
        qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
        viewport = editor.canvas.viewport()
        start, end = (editor.canvas.mapFromScene(x, y) for x, y in ((x0, y0), (x1, y1)))
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(viewport, end)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        editor.canvas.select_only(editor.all_areas())
        editor.preview_action.setChecked(True)
        for index, button in ((6, editor.from_here), (14, editor.until_here), (20, None)):
            editor.timeline.setValue(index)
            qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
            if button is not None:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
            colour = editor.canvas.photo.pixmap().toImage().pixelColor(30, 50)
            previews[index] = colour.getRgb()[:3]
        assert "0.2 to 0.5 s" in editor.area_list.item(0).text()
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
        return editor.result()

    monkeypatch.setattr(ClipEditor, "exec", drive)
    window.view.setCurrentIndex(window.model.index(0, 0))
    window.open_editor()
    # The preview follows the range: covered at frames 6 and 14, not at 20.
    assert previews[6] == previews[14] == (0, 0, 0) and previews[20] != (0, 0, 0)
    assert len(item.regions) == 1 and item.spans == [pytest.approx((5.5 / 30, 14.5 / 30))]
    with qtbot.waitSignal(window.runner.finished, timeout=120_000):
        qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)
    assert item.result is not None and item.result.outcome is Outcome.CLEANED, item.result
    assert item.result.output is not None
    inner = (x0 + 1, y0 + 1, x1 - 1, y1 - 1)
    frames = decoded(item.result.output)
    assert len(frames) == 24
    for index, (picture, drawn) in enumerate(zip(frames, clip.shown, strict=True)):
        if 6 <= index <= 14:
            assert covered_fraction(picture, inner) > 0.99, f"area showing in frame {index}"
        else:
            assert mean_difference(picture, drawn, inner) < TOLERANCE, f"frame {index} covered"


def test_a_clip_that_cannot_be_decoded_says_so_in_one_line(qtbot: QtBot, tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4", frames=6, sound=None, with_face=False)
    broken = tmp_path / "broken.mp4"
    data = clip.path.read_bytes()
    broken.write_bytes(data[:32] + bytes(len(data) - 32))  # the header, then zeros
    editor = ClipEditor(broken, [])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
    text = editor.status.text()
    assert text and "\n" not in text and "Traceback" not in text
    assert not editor.ok_button.isEnabled() and not editor.timeline.isEnabled()
