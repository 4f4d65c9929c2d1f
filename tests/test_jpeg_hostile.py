"""JPEGs crafted to smuggle data through the segments a decoder needs.

Each must come out either without the planted bytes (and with the same pixels) or not
at all: never as a "clean" file that still carries them.
"""

from __future__ import annotations

import io
import struct
import time
from pathlib import Path

import pytest
from factories import decoded, pattern, standard_icc
from oracle import CANARY, leaks

from scrubber import CleanOptions, Outcome, clean
from scrubber.formats import jpeg as jpeg_format
from scrubber.formats.icc import canonical_icc

CAN = CANARY.encode()


def base(progressive: bool = False) -> bytes:
    buf = io.BytesIO()
    pattern().save(buf, "JPEG", quality=90, progressive=progressive)
    return buf.getvalue()


def seg(marker: int, payload: bytes) -> bytes:
    return b"\xff" + bytes((marker,)) + struct.pack(">H", len(payload) + 2) + payload


def before_tables(data: bytes, extra: bytes) -> bytes:
    i = data.index(b"\xff\xdb")
    return data[:i] + extra + data[i:]


JFIF_END = 20  # SOI + the 18-byte JFIF segment Pillow writes

CASES = {
    "text in a DNL segment": lambda j: before_tables(j, seg(0xDC, CAN + b" Jane")),
    "extra quantisation table": lambda j: before_tables(j, seg(0xDB, b"\x03" + CAN.ljust(64))),
    "extra Huffman table": lambda j: before_tables(
        j, seg(0xC4, b"\x13" + bytes([0] * 7 + [len(CAN)] + [0] * 8) + CAN)
    ),
    "DHP marker": lambda j: before_tables(j, seg(0xDE, CAN)),
    "JPG marker": lambda j: before_tables(j, seg(0xC8, CAN)),
    "JPEG-LS marker": lambda j: before_tables(j, seg(0xF8, CAN)),
    "DAC in a Huffman file": lambda j: before_tables(j, seg(0xCC, CAN + b"x")),
    "second JPEG glued on without EOI": lambda j: j[:-2] + base(),
    "second JFIF header": lambda j: (
        j[:JFIF_END] + seg(0xE0, b"JFIF\x00" + CAN[:7] + b"\x00\x00") + j[JFIF_END:]
    ),
    "bytes after the JFIF header": lambda j: (
        j[:2] + seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + CAN) + j[JFIF_END:]
    ),
    "bytes after the Adobe header": lambda j: (
        j[:JFIF_END] + seg(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01" + CAN) + j[JFIF_END:]
    ),
    "tables after the last scan": lambda j: j[:-2] + seg(0xDB, b"\x00" + CAN.ljust(64)) + j[-2:],
    "video glued into a file with no EOI": lambda j: j[:-2] + b"\x00\x00\x00\x18ftypisom" + CAN,
    "text after EOI": lambda j: j + CAN,
}


@pytest.mark.exiftool
@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("in_place", [False, True])
def test_smuggled_bytes_never_survive(tmp_path: Path, name: str, in_place: bool) -> None:
    src, ref = tmp_path / "in.jpg", tmp_path / "ref.jpg"
    src.write_bytes(CASES[name](base()))
    ref.write_bytes(base())
    result = clean(src, in_place=True) if in_place else clean(src, tmp_path / "out" / "o.jpg")
    if result.outcome.ok:
        assert result.output is not None
        assert CAN not in result.output.read_bytes()
        assert not leaks(result.output)
        assert decoded(result.output) == decoded(ref)
    else:
        assert result.error is not None and result.error.message
        if in_place:
            assert CAN in src.read_bytes()  # refused or failed: the original is untouched
        else:
            assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


@pytest.mark.parametrize("progressive", [False, True])
def test_valid_tables_and_pixels_survive(tmp_path: Path, progressive: bool) -> None:
    src = tmp_path / "in.jpg"
    src.write_bytes(base(progressive))
    result = clean(src, tmp_path / "o.jpg")
    assert result.outcome is Outcome.ALREADY_CLEAN and result.output
    assert decoded(result.output) == decoded(src)
    assert result.output.read_bytes() == src.read_bytes()  # nothing to change: same bytes


def test_a_standard_profile_loses_its_text_tags(tmp_path: Path) -> None:
    icc = bytearray(standard_icc())
    # Overwrite the copyright text with a name: a "standard" profile carrying text.
    text = "No copyright".encode("utf-16-be")
    pos = icc.index(text)
    icc[pos : pos + len(text)] = CANARY.ljust(12).encode("utf-16-be")
    src = tmp_path / "in.jpg"
    pattern().save(src, "JPEG", icc_profile=bytes(icc))
    out = clean(src, tmp_path / "o.jpg").output
    assert out is not None
    assert CANARY.encode("utf-16-be") not in out.read_bytes()
    assert canonical_icc(bytes(icc)) in out.read_bytes()


def test_long_runs_of_fill_bytes_stay_linear() -> None:
    """The scan-end search once backtracked: 64 KB of 0xFF took 30 s."""
    data = b"\xff" * 2_000_000 + b"\x00" + b"\xff\xd9"
    start = time.process_time()
    jpeg_format._scan_end(data, 0, jpeg_format.Parsed())
    assert time.process_time() - start < 2


@pytest.mark.parametrize("run", [2, 4095, 4096, 4097, 3 * 4096 + 5])
def test_runs_of_fill_bytes_of_any_length_are_dropped(tmp_path: Path, run: int) -> None:
    """Fill bytes before a segment and before the end marker are stepped over a block at
    a time: every length, on either side of a block, must give the same copy as one fill
    byte does, from the file on disk and from the bytes in memory alike."""

    def filled(n: int) -> bytes:
        data = before_tables(base(), b"\xff" * n)
        return data[:-2] + b"\xff" * n + data[-2:]

    src = tmp_path / "fill.jpg"
    src.write_bytes(filled(run))
    with open(tmp_path / "disk.jpg", "w+b") as out:
        jpeg_format.JPEGCleaner().clean(src, out, CleanOptions())
    from_disk = (tmp_path / "disk.jpg").read_bytes()
    memory, single = io.BytesIO(), io.BytesIO()
    jpeg_format.JPEGCleaner().clean(filled(run), memory, CleanOptions())
    jpeg_format.JPEGCleaner().clean(filled(1), single, CleanOptions())
    assert from_disk == memory.getvalue() == single.getvalue()
    assert b"\xff" * 3 not in from_disk  # the fill is gone, not copied
    plain = tmp_path / "plain.jpg"
    plain.write_bytes(base())
    assert decoded(tmp_path / "disk.jpg") == decoded(src) == decoded(plain)


def test_an_empty_picture_is_not_called_clean(tmp_path: Path) -> None:
    src = tmp_path / "in.jpg"
    src.write_bytes(b"\xff\xd8\xff\xd9")
    result = clean(src, tmp_path / "o.jpg")
    assert result.outcome is Outcome.FAILED and result.error
    assert "no picture" in result.error.message


def test_a_segment_of_only_unused_tables_is_dropped_whole(tmp_path: Path) -> None:
    src = tmp_path / "in.jpg"
    src.write_bytes(before_tables(base(), seg(0xDB, b"\x03" + bytes(range(64)))))
    result = clean(src, tmp_path / "o.jpg")
    assert result.outcome is Outcome.CLEANED, result.error
    assert [f.key for f in result.removed] == ["JPEG:UnusedTables"]
    assert result.output is not None and decoded(result.output) == decoded(src)
