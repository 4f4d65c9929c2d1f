"""JPEG photos of the usual shape are copied by the kernel and searched in the copy: the
result must be exactly what the general rebuild (from the bytes in memory) writes, and
the picture data must never pass through Python's memory."""

from __future__ import annotations

import io
import os
import struct
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import (
    camera_exif,
    custom_icc,
    decoded,
    dirty_jpeg,
    jfif_with_thumbnail,
    motion_photo_trailer,
    mpf_jpeg,
    pattern,
)
from oracle import CANARY, assert_clean
from PIL import Image

from scrubber import CleanOptions, ColourProfile, Orientation, Outcome, clean
from scrubber.formats.jpeg import JPEGCleaner
from scrubber.model import Report


def restarts(path: Path) -> Path:
    pattern((96, 64)).save(path, "JPEG", restart_marker_blocks=2, exif=camera_exif())
    return path


def glued(path: Path) -> Path:
    """A Motion Photo whose end marker is missing: the video is glued into the picture."""
    data = dirty_jpeg(path, with_exiftool=False).read_bytes()
    path.write_bytes(data[:-2] + motion_photo_trailer())
    return path


def long_headers(count: int) -> Callable[[Path], Path]:
    """Comments of 60 KB each before the picture: headers longer than one read."""

    def make(path: Path) -> Path:
        data = dirty_jpeg(path).read_bytes()
        comment = CANARY.encode() + bytes(60_000)
        segment = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
        path.write_bytes(data[:2] + segment * count + data[2:])
        return path

    return make


def cut_off(path: Path) -> Path:
    path.write_bytes(path.read_bytes()[:-300])
    return path


def noisy(path: Path) -> Path:
    """About 1 MB of picture data: big enough that reading it would show in memory."""
    im = Image.effect_noise((1200, 900), 60).convert("RGB")
    im.save(path, "JPEG", quality=95, exif=camera_exif())
    return path


PHOTOS: dict[str, Callable[[Path], Path]] = {
    "phone": lambda p: dirty_jpeg(p, icc=custom_icc(), trailer=motion_photo_trailer()),
    "rotated": lambda p: dirty_jpeg(p, orientation=6),
    "greyscale": lambda p: dirty_jpeg(p, mode="L"),
    "cmyk": lambda p: dirty_jpeg(p, mode="CMYK", with_exiftool=False),
    "restart markers": restarts,
    "second image after the end": mpf_jpeg,
    "JFIF thumbnail": jfif_with_thumbnail,
    "180 KB of headers": long_headers(3),
    # Shapes the copy does not take: the general path cleans or refuses them.
    "progressive": lambda p: dirty_jpeg(p, progressive=True),
    "cut off": lambda p: cut_off(dirty_jpeg(p)),
    "glued video": glued,
    "1.2 MB of headers": long_headers(20),
}
OPTIONS = {
    "default": CleanOptions(),
    "no profile": CleanOptions(colour_profile=ColourProfile.REMOVE),
    "bake": CleanOptions(orientation=Orientation.BAKE),
}


def general(src: Path, options: CleanOptions) -> tuple[bytes, Report] | str:
    """The rebuild from the bytes in memory, as files inside documents get it."""
    out = io.BytesIO()
    try:
        report = JPEGCleaner().clean(src.read_bytes(), out, options)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return out.getvalue(), report


def on_disk(src: Path, target: Path, options: CleanOptions) -> tuple[bytes, Report] | str:
    """The cleaner on a file, writing to a real file as the core's temp file is."""
    try:
        with open(target, "w+b") as out:
            report = JPEGCleaner().clean(src, out, options)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return target.read_bytes(), report


def summary(result: tuple[bytes, Report] | str) -> object:
    if isinstance(result, str):
        return result
    data, report = result
    found = sorted((f.key, str(f.value)) for f in report.findings)
    kept = sorted((f.key, str(f.value)) for f in report.kept)
    return data, found, kept, [str(w) for w in report.warnings]


@pytest.mark.parametrize("option", OPTIONS)
@pytest.mark.parametrize("shape", PHOTOS)
def test_file_on_disk_is_cleaned_exactly_as_the_bytes_in_memory(
    tmp_path: Path, shape: str, option: str
) -> None:
    src = PHOTOS[shape](tmp_path / "src.jpg")
    options = OPTIONS[option]
    assert summary(on_disk(src, tmp_path / "out.jpg", options)) == summary(general(src, options))


@pytest.mark.exiftool
@pytest.mark.parametrize("shape", ["phone", "rotated", "restart markers", "180 KB of headers"])
def test_copied_photo_is_clean_and_shows_the_same_picture(tmp_path: Path, shape: str) -> None:
    src = PHOTOS[shape](tmp_path / "IMG_0001.jpg")
    result = clean(src, tmp_path / "out" / "photo.jpg")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean(result.output)
    assert decoded(result.output) == decoded(src)
    assert result.output.read_bytes().endswith(b"\xff\xd9")  # the trailer went


def peak_memory(src: Path, target: Path) -> int:
    tracemalloc.start()
    try:
        result = clean(src, target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.outcome is Outcome.CLEANED, result.error
    return peak


def test_picture_data_of_a_photo_never_passes_through_python(tmp_path: Path) -> None:
    src = noisy(tmp_path / "photo.jpg")
    size = src.stat().st_size
    assert size > 800_000
    assert peak_memory(src, tmp_path / "out" / "photo.jpg") < size // 3
    # The measure can tell: a progressive photo takes the general path, read whole.
    with Image.open(src) as im:
        exif = camera_exif()
        im.save(tmp_path / "progressive.jpg", "JPEG", quality=95, progressive=True, exif=exif)
    assert peak_memory(tmp_path / "progressive.jpg", tmp_path / "out" / "p.jpg") > size // 2


def test_what_is_removed_never_reaches_the_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the kernel copies into the output folder is the picture data only, never the
    Motion Photo video after it, even for a moment."""
    src = dirty_jpeg(tmp_path / "PXL_0001.MP.jpg", trailer=motion_photo_trailer() * 50)
    out_dir = tmp_path / "out"
    sent: list[int] = []
    sendfile, copy_file_range = os.sendfile, os.copy_file_range

    def into_output(fd: int, n: int) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(out_dir)):
            sent.append(n)
        return n

    def spy_sendfile(out_fd: int, in_fd: int, offset: int | None, count: int) -> int:
        return into_output(out_fd, sendfile(out_fd, in_fd, offset, count))

    def spy_copy(src: int, dst: int, count: int, *args: Any) -> int:
        return into_output(dst, copy_file_range(src, dst, count, *args))

    monkeypatch.setattr(os, "sendfile", spy_sendfile)
    monkeypatch.setattr(os, "copy_file_range", spy_copy)
    result = clean(src, out_dir / "photo.jpg")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert sent  # the picture data went by the kernel
    assert sum(sent) < result.output.stat().st_size < src.stat().st_size - 50_000
    assert_clean(result.output)


@pytest.mark.exiftool
def test_fill_bytes_before_kept_segments_are_dropped(tmp_path: Path) -> None:
    """0xFF fill bytes before a marker are legal, and viewers skip them; ExifTool warns of
    them in a copy ("Skipped unknown bytes"), and their count is a trace of the original."""
    data = dirty_jpeg(tmp_path / "a.jpg").read_bytes()
    for marker in (b"\xff\xc0", b"\xff\xda"):  # the main picture's frame and scan headers
        at = data.rfind(marker)  # (the first ones are the EXIF thumbnail's)
        data = data[:at] + b"\xff" * 37 + data[at:]
    src = tmp_path / "fill.jpg"
    src.write_bytes(data)
    assert decoded(src) == decoded(tmp_path / "a.jpg")
    result = clean(src, tmp_path / "out" / "fill.jpg")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    copy = result.output.read_bytes()
    assert b"\xff" * 3 not in copy[: copy.find(b"\xff\xda") + 2]  # no fill in the headers
    assert_clean(result.output)  # no ExifTool warning either
    assert decoded(result.output) == decoded(src)
