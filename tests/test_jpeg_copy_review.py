"""Review of the JPEG copy path (jpeg._clean_in_copy): odd shapes and odd places.

A file on disk must come out exactly as the general rebuild writes the same bytes held in
memory (bytes, findings, kept, warnings, or the same error), leave no temp file and no
canary, and clean where the general path can.
"""

from __future__ import annotations

import errno
import io
import mmap
import os
import resource
import signal
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import camera_exif, motion_photo_trailer, pattern
from oracle import CANARY, assert_clean
from PIL import Image
from test_jpeg_copy import OPTIONS, general, on_disk, summary

from scrubber import CleanOptions, Outcome, clean
from scrubber.safe_output import TEMP_PREFIX

CAN = CANARY.encode()


def seg(marker: int, payload: bytes) -> bytes:
    return b"\xff" + bytes((marker,)) + struct.pack(">H", len(payload) + 2) + payload


def photo(exif: bool = True) -> bytes:
    buf = io.BytesIO()
    params: dict[str, object] = {"quality": 90, "exif": camera_exif()} if exif else {}
    pattern((96, 64)).save(buf, "JPEG", **params)
    return buf.getvalue()


def find(data: bytes, marker: int) -> int:
    """Offset of the first top-level segment with `marker` (not one inside the EXIF)."""
    pos = 2
    while data[pos + 1] != marker:
        pos += 2 + struct.unpack_from(">H", data, pos + 2)[0]
    return pos


def segment_at(data: bytes, pos: int) -> bytes:
    return data[pos : pos + 2 + struct.unpack_from(">H", data, pos + 2)[0]]


def scan_data(data: bytes) -> int:
    return find(data, 0xDA) + len(segment_at(data, find(data, 0xDA)))


def headers_ending_at(end: int) -> Callable[[bytes], bytes]:
    """Comments (canary first) after SOI so that the scan header ends exactly at `end`:
    around the 64 KB and 1 MB reads of _headers."""

    def make(data: bytes) -> bytes:
        need, comments = end - scan_data(data), b""
        while need:
            size = min(need, 65537)
            if 0 < need - size < 4:
                size -= 4
            comments += seg(0xFE, (CAN + bytes(size))[: size - 4])
            need -= size
        made = data[:2] + comments + data[2:]
        assert scan_data(made) == end
        return made

    return make


def relabel_frame(marker: int, precision: int = 8) -> Callable[[bytes], bytes]:
    def make(data: bytes) -> bytes:
        out = bytearray(data)
        sof = find(data, 0xC0)
        out[sof + 1], out[sof + 4] = marker, precision
        return bytes(out)

    return make


def noisy() -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((400, 300), 60).convert("RGB").save(
        buf, "JPEG", quality=95, exif=camera_exif()
    )
    return buf.getvalue()


SHAPES: dict[str, Callable[[], bytes]] = {
    "scan header ends at 65535": lambda: headers_ending_at(65535)(photo()),
    "scan header ends at 65536": lambda: headers_ending_at(65536)(photo()),
    "scan header ends at 65537": lambda: headers_ending_at(65537)(photo()),
    "scan header ends at 1 MB": lambda: headers_ending_at(1 << 20)(photo()),
    "scan header ends 1 byte past 1 MB": lambda: headers_ending_at((1 << 20) + 1)(photo()),
    "scan header at the very end": lambda: photo()[: scan_data(photo())],
    "empty scan, then a trailer": lambda: photo()[: scan_data(photo())] + b"\xff\xd9" + CAN,
    "fill bytes before EOI, then a trailer": lambda: (
        photo()[:-2] + b"\xff" * 20 + b"\xff\xd9" + CAN
    ),
    "restart marker right before EOI": lambda: photo()[:-2] + b"\xff\xd0\xff\xff\xd9",
    "trailer starting with FF D9": lambda: photo() + b"\xff\xd9" + CAN,
    "file ends after the FF of EOI": lambda: photo()[:-1],
    "DNL after the scan": lambda: photo()[:-2] + seg(0xDC, b"\x00\x40") + b"\xff\xd9",
    "comment after the scan": lambda: photo()[:-2] + seg(0xFE, CAN) + b"\xff\xd9",
    "second SOI after the scan": lambda: photo()[:-2] + b"\xff\xd8" + CAN,
    "scan header again after EOI": lambda: photo() + photo()[find(photo(), 0xDA) :],
    "damaged scan data, then a trailer": lambda: photo()[:-10] + b"\xff\x05" + photo()[-8:] + CAN,
    "stray bytes before the frame": lambda: (
        photo()[: find(photo(), 0xC0)] + CAN + photo()[find(photo(), 0xC0) :]
    ),
    "two frame headers": lambda: (
        photo(exif=False)[: find(photo(exif=False), 0xC0)]
        + segment_at(photo(exif=False), find(photo(exif=False), 0xC0))
        + photo(exif=False)[find(photo(exif=False), 0xC0) :]
    ),
    "arithmetic frame (SOF9)": lambda: relabel_frame(0xC9)(photo()),
    "12-bit frame (SOF1)": lambda: relabel_frame(0xC1, 12)(photo()),
    "trailer full of glued signatures": lambda: (
        photo() + b"ftypisom<x:xmpmeta>SEFHSEF" + CAN + b"SEFT"
    ),
    "video glued 60 KB before EOI": lambda: (
        noisy()[: -2 - 60_000] + b"ftypisom" + CAN + noisy()[-2 - 60_000 :]
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_odd_shapes_on_disk_are_cleaned_as_in_memory(tmp_path: Path, shape: str) -> None:
    data = SHAPES[shape]()
    src = tmp_path / "src.jpg"
    src.write_bytes(data)
    for option in OPTIONS.values():
        expected = summary(general(src, option))
        assert summary(on_disk(src, tmp_path / "out.jpg", option)) == expected
    result = clean(src, tmp_path / "out" / "photo.jpg")
    assert src.read_bytes() == data
    assert not [p for p in (tmp_path / "out").glob(f"{TEMP_PREFIX}*")]
    if result.output is not None:
        assert CAN not in result.output.read_bytes()


@pytest.mark.exiftool
@pytest.mark.parametrize(
    "shape",
    ["scan header ends at 65536", "empty scan, then a trailer", "trailer starting with FF D9"],
)
def test_odd_shapes_copied_are_clean_for_exiftool(tmp_path: Path, shape: str) -> None:
    src = tmp_path / "src.jpg"
    src.write_bytes(SHAPES[shape]())
    result = clean(src, tmp_path / "out" / "photo.jpg")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean(result.output)


# --- defects -------------------------------------------------------------------------------

LIMITED = """
import sys
from pathlib import Path
from scrubber import clean
result = clean(Path(sys.argv[1]), Path(sys.argv[2]))
print(result.outcome.value, result.error.message if result.error else "")
"""


def test_a_big_trailer_needs_no_room_in_the_output_folder(tmp_path: Path) -> None:
    """A Motion Photo whose video is bigger than the room left for the copy (here: the
    largest file the process may write) is cleaned: only the picture is written. (An
    early copy path copied the trailer into the temp file before cutting it off, and
    failed with "File too large", ENOSPC on a nearly full disk.)"""
    picture = noisy()
    src = tmp_path / "PXL_0001.MP.jpg"
    src.write_bytes(picture + motion_photo_trailer() + bytes(8_000_000))
    target = tmp_path / "out" / "photo.jpg"
    limit = 4_000_000  # ten times the cleaned photo, half the video

    def limit_writes() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    run = subprocess.run(
        [sys.executable, "-c", LIMITED, str(src), str(target)],
        preexec_fn=limit_writes,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[0] == Outcome.CLEANED.value, run.stdout
    expected = general(src, CleanOptions())
    assert not isinstance(expected, str)
    assert target.read_bytes() == expected[0]


def test_output_folder_that_cannot_be_mapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FUSE file systems opened with direct_io (bindfs -o direct_io, mergerfs, rclone, ...)
    refuse mmap with ENODEV before Linux 6.6: reproduced with `bindfs -o direct_io`, where
    `scrubber clean -o MOUNT photo.jpg` fails every JPEG ("No such device") while PNG and
    WebP clean. The copy path maps the temp file and the re-check always maps it; both
    could read it instead. Simulated here: mapping a file in the output folder fails."""
    out_dir = tmp_path / "fuse"
    real_mmap = mmap.mmap

    def refusing(fileno: int, length: int, *args: Any, **kwargs: Any) -> mmap.mmap:
        if os.readlink(f"/proc/self/fd/{fileno}").startswith(str(out_dir)):
            raise OSError(errno.ENODEV, os.strerror(errno.ENODEV))
        return real_mmap(fileno, length, *args, **kwargs)

    monkeypatch.setattr(mmap, "mmap", refusing)
    src = tmp_path / "photo.jpg"
    src.write_bytes(photo() + motion_photo_trailer())
    result = clean(src, out_dir / "photo.jpg")
    assert result.outcome is Outcome.CLEANED, result.error
    expected = general(src, CleanOptions())
    assert not isinstance(expected, str)
    assert result.output is not None and result.output.read_bytes() == expected[0]
