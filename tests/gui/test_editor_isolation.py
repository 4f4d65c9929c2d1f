"""The redaction editors decode in the app's worker processes: the picture is exactly the
one redact() covers, and a decoder that crashes or hangs on a stranger's photo or clip
costs the editor its picture (one plain line), never the app.

Real worker processes (isolation.Processes), not the in-process stand-in the other GUI
tests use; a spy in this process proves the decoding does not happen here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import crashy
import pytest
from clips import make_clip, mean_difference
from factories import dirty_jpeg
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from test_heic import phone_heic
from test_video_redact import TOLERANCE

from gui import words
from gui.editor import RedactionEditor
from gui.editor_clip import ClipEditor
from gui.editor_work import shown_copy
from gui.items import Status
from gui.mainwindow import MainWindow
from gui.thumbs import to_qimage
from scrubber import isolation
from scrubber.redact import pipeline, video


@pytest.fixture
def pool() -> Iterator[isolation.Processes]:
    work = isolation.Processes(keep=2)
    yield work
    work.close()


@pytest.fixture
def no_decoding_here(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files decoded in this process (none, if the workers do it all)."""
    decoded: list[Path] = []

    def spy(decode: Callable[..., object]) -> Callable[..., object]:
        def spied(path: Path, *args: object, **kwargs: object) -> object:
            decoded.append(path)
            return decode(path, *args, **kwargs)

        return spied

    monkeypatch.setattr(pipeline, "load_shown", spy(pipeline.load_shown))
    monkeypatch.setattr(video, "picture_at", spy(video.picture_at))
    return decoded


def opened(qtbot: QtBot, editor: RedactionEditor) -> RedactionEditor:
    qtbot.addWidget(editor)
    editor.resize(900, 650)
    editor.show()
    qtbot.waitUntil(lambda: not editor.busy(), timeout=60_000)
    return editor


def rgb(image: QImage) -> bytes:
    """The RGB bytes of a QImage, row by row (without the rows' padding)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    row = image.width() * 3
    data = bytes(image.constBits())
    return b"".join(
        data[y * image.bytesPerLine() : y * image.bytesPerLine() + row]
        for y in range(image.height())
    )


def responds(qtbot: QtBot) -> None:
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2_000)


def scrub(qtbot: QtBot, editor: ClipEditor, index: int) -> None:
    """Move the slider to `index` and wait for that frame (or its failure)."""
    ask(editor, index)
    qtbot.waitUntil(lambda: not editor.busy(), timeout=60_000)


def ask(editor: ClipEditor, index: int) -> None:
    """The slider moved to `index` and rested (its timer's work, done at once)."""
    editor.timeline.setValue(index)
    editor._scrub.stop()
    editor._show_frame()
    assert editor._frame_busy


def portrait_jpeg(folder: Path) -> Path:
    # Turned by EXIF (6: a phone held upright): shown 480x640, as redact() covers it.
    return dirty_jpeg(folder / "upright.jpg", size=(640, 480), orientation=6, with_exiftool=False)


def portrait_heic(folder: Path) -> Path:
    with Image.open(Path(__file__).parent.parent / "data" / "astronaut.jpg") as im:
        picture = im.convert("RGB").resize((320, 240))
    return phone_heic(folder / "upright.heic", picture, orientation=6)


@pytest.mark.parametrize("make", [portrait_jpeg, portrait_heic], ids=["jpeg", "heic"])
def test_the_editor_shows_exactly_the_pixels_redact_covers_decoded_in_a_worker(
    qtbot: QtBot,
    tmp_path: Path,
    pool: isolation.Processes,
    no_decoding_here: list[Path],
    make: Callable[[Path], Path],
) -> None:
    photo = make(tmp_path)
    expected = pipeline.load_shown(photo)  # what redact() covers (the spy hears this one)
    assert no_decoding_here == [photo]
    w, h = expected.size
    assert h > w  # the rotation is applied: a test of it, not of an upright picture

    editor = opened(qtbot, RedactionEditor(photo, [], pool=pool))

    assert no_decoding_here == [photo]  # the editor's decode ran in a worker, not here
    im = editor._image
    assert im is not None
    assert (im.mode, im.size) == (expected.mode, expected.size)
    assert im.tobytes() == expected.tobytes()
    assert editor.canvas.size_ == expected.size
    pixmap = editor.canvas.photo.pixmap().toImage()
    assert rgb(pixmap) == rgb(to_qimage(shown_copy(expected)))  # on the screen, too
    assert editor.status.text().startswith("Draw over anything")


@pytest.mark.parametrize("decoder", ["crash", "hang"])
def test_a_decoder_crash_or_hang_in_the_editor_costs_the_photo_not_the_app(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    pool: isolation.Processes,
    monkeypatch: pytest.MonkeyPatch,
    decoder: str,
) -> None:
    photo = dirty_jpeg(tmp_path / "photo.jpg", size=(320, 240), with_exiftool=False)
    window.inspector.work = window.runner.work = pool
    window.add_paths([photo])
    qtbot.waitUntil(lambda: window.model.items[0].status is Status.READY, timeout=30_000)
    bad = crashy.decode_crashing if decoder == "crash" else crashy.decode_hanging
    monkeypatch.setattr(isolation, "shown_picture", bad)
    monkeypatch.setattr(isolation, "PICTURE", isolation.TimeLimit(1.0))  # for the hang
    seen: dict[str, object] = {}

    def drive(editor: RedactionEditor) -> int:
        """The user's part, instead of a modal loop: wait for the photo, then cancel."""
        opened(qtbot, editor)
        seen["status"] = editor.status.text()
        seen["ok"] = editor.ok_button.isEnabled()
        seen["canvas"] = editor.canvas.isEnabled()
        editor.reject()
        return editor.result()

    monkeypatch.setattr(RedactionEditor, "exec", drive)
    window.view.setCurrentIndex(window.model.index(0, 0))
    window.open_editor()

    expected = words.error("crash" if decoder == "crash" else "timeout")
    assert seen == {"status": expected, "ok": False, "canvas": False}
    assert "\n" not in expected
    # The app goes on: its window, its list, and its worker processes.
    assert window.isVisible()
    responds(qtbot)
    (item,) = window.model.items
    assert item.status is Status.READY and item.report is not None and item.regions == []
    report, error, _ = pool.call(isolation.inspect_file, photo, limit_s=60)
    assert error is None and report is not None and report.findings


def test_the_clip_editor_decodes_its_frames_in_a_worker(
    qtbot: QtBot, tmp_path: Path, pool: isolation.Processes, no_decoding_here: list[Path]
) -> None:
    clip = make_clip(tmp_path / "phone.mov", frames=24, rotation=90, sound=None)
    editor = opened(qtbot, ClipEditor(clip.path, [], pool=pool))
    assert isinstance(editor, ClipEditor)
    assert editor.canvas.size_ == (240, 320)  # as displayed: the rotation applied
    assert editor.timeline.maximum() == 23
    first = editor._image
    assert first is not None
    assert first.tobytes() == video.picture_at(clip.path, 0)[0].tobytes()  # exactly
    assert mean_difference(first, clip.shown[0], clip.boxes[0]) < TOLERANCE
    # Scrubbing on while a frame is being decoded: the last frame asked for is shown
    # (the slider's rest is skipped, so the second asks while the first is decoding).
    ask(editor, 5)
    ask(editor, 12)
    qtbot.waitUntil(lambda: not editor.busy(), timeout=60_000)
    assert editor._image is not None
    assert editor._image.tobytes() == video.picture_at(clip.path, 12)[0].tobytes()
    assert mean_difference(editor._image, clip.shown[12], clip.boxes[12]) < TOLERANCE
    assert no_decoding_here == [clip.path, clip.path]  # only this test's own two reads


def test_a_crash_on_a_later_frame_keeps_the_clip_editor_and_says_so_in_one_line(
    qtbot: QtBot, tmp_path: Path, pool: isolation.Processes, monkeypatch: pytest.MonkeyPatch
) -> None:
    clip = make_clip(tmp_path / "clip.mp4", frames=12, sound=None)
    monkeypatch.setattr(isolation, "clip_frame", crashy.frame_crashing_after_first)
    editor = opened(qtbot, ClipEditor(clip.path, [], pool=pool))
    assert isinstance(editor, ClipEditor)
    shown = editor._image
    assert shown is not None and editor.timeline.isEnabled()
    scrub(qtbot, editor, 6)
    assert editor.status.text() == words.error("crash")
    assert editor._image is shown  # the frame before stays
    assert editor.timeline.isEnabled()
    scrub(qtbot, editor, 0)  # the first frame still decodes, in a fresh worker
    assert editor.status.text().startswith("Draw over anything")
    assert editor._image is not shown and editor._image is not None
    assert editor._image.tobytes() == shown.tobytes()


def test_a_clip_whose_decoder_hangs_is_stopped_at_its_time_limit(
    qtbot: QtBot, tmp_path: Path, pool: isolation.Processes, monkeypatch: pytest.MonkeyPatch
) -> None:
    clip = make_clip(tmp_path / "clip.mp4", frames=6, sound=None, with_face=False)
    monkeypatch.setattr(isolation, "clip_frame", crashy.decode_hanging)
    monkeypatch.setattr(isolation, "FRAME", isolation.TimeLimit(1.0))
    editor = opened(qtbot, ClipEditor(clip.path, [], pool=pool))
    assert editor.status.text() == words.error("timeout")
    assert isinstance(editor, ClipEditor) and not editor.timeline.isEnabled()
    assert not editor.ok_button.isEnabled()
    responds(qtbot)
