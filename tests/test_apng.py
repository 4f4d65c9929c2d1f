"""APNG: only what the animation shows survives.

Animations are made by Pillow; the hidden parts (a default image the animation never
shows, a frame beyond the declared count, bytes after a frame's compressed data) are
added by hand, each holding the canary in stored (uncompressed) zlib data so the raw
byte scan can find it. Judged by ExifTool, the canary scan, Pillow's frames and an
independent walk over the chunks and their sequence numbers.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from factories import clean_to, rgba_frames
from oracle import CANARY, assert_clean, canary_in_bytes
from PIL import Image
from test_png import SIG, chunk, chunk_types

from scrubber import Outcome, clean, inspect
from scrubber.model import Category

C = Category
SIZE = (20, 16)


def _frames(n: int = 3) -> list[Image.Image]:
    return [Image.new("RGBA", SIZE, (60 * i, 255 - 60 * i, 9 * i, 200 + i)) for i in range(n)]


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    pos, out = 8, []
    while pos + 8 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        assert struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])[0] == zlib.crc32(
            ctype + body
        ), f"bad checksum on {ctype!r}"
        out.append((ctype, body))
        pos += 12 + length
    return out


def _join(chunks: list[tuple[bytes, bytes]]) -> bytes:
    return SIG + b"".join(chunk(t, d) for t, d in chunks)


def _canary_picture(size: tuple[int, int] = SIZE) -> bytes:
    """RGBA scanlines (filter 0) whose first row spells the canary, stored uncompressed."""
    w, h = size
    rows = [bytearray(4 * w) for _ in range(h)]
    text = CANARY.encode()
    rows[0][: len(text)] = text
    return zlib.compress(b"".join(b"\0" + bytes(r) for r in rows), 0)


def _sequence(data: bytes) -> list[int]:
    return [struct.unpack(">I", d[:4])[0] for t, d in _chunks(data) if t in (b"fcTL", b"fdAT")]


def _assert_valid_numbering(data: bytes) -> None:
    seqs = _sequence(data)
    assert seqs == list(range(len(seqs)))
    actl = next(d for t, d in _chunks(data) if t == b"acTL")
    assert struct.unpack(">I", actl[:4])[0] == chunk_types(data).count(b"fcTL")


@pytest.mark.exiftool
def test_default_image_outside_the_animation_goes(tmp_path: Path) -> None:
    frames = _frames()
    made = tmp_path / "made.png"
    frames[0].save(made, save_all=True, append_images=frames, default_image=True, duration=90)
    chunks = _chunks(made.read_bytes())
    # Pillow's default image, which no animation-aware viewer shows, now hides the canary.
    at = [t for t, _ in chunks].index(b"IDAT")
    chunks[at : at + 1] = [(b"IDAT", _canary_picture())]
    path = tmp_path / "hidden-default.png"
    path.write_bytes(_join(chunks))
    assert canary_in_bytes(path)
    with Image.open(path) as im:
        assert im.n_frames == 4  # Pillow counts the default image as a frame of its own
    assert (C.EMBEDDED, "PNG:DefaultImage") in {(f.category, f.key) for f in inspect(path).findings}

    out = clean_to(path, tmp_path)
    assert_clean(out)
    data = out.read_bytes()
    # The animation is untouched; its first frame is now also the still picture.
    assert rgba_frames(out) == rgba_frames(path)[1:]
    assert chunk_types(data)[:4] == [b"IHDR", b"acTL", b"fcTL", b"IDAT"]
    with Image.open(out) as im:
        assert im.n_frames == 3 and not im.info.get("default_image")
    _assert_valid_numbering(data)
    assert clean(out, tmp_path / "again" / "a.png").outcome is Outcome.ALREADY_CLEAN


def test_default_image_before_a_smaller_first_frame_becomes_blank(tmp_path: Path) -> None:
    """A first frame covering part of the picture cannot stand in for it: blank instead."""
    w, h = SIZE
    small = Image.new("RGBA", (10, 8), (250, 10, 10, 255))
    raw_small = b"".join(b"\0" + small.tobytes()[40 * y : 40 * (y + 1)] for y in range(8))
    whole = _frames(1)[0]
    raw_whole = b"".join(b"\0" + whole.tobytes()[4 * w * y : 4 * w * (y + 1)] for y in range(h))

    def fctl(seq: int, fw: int, fh: int, x: int, y: int) -> bytes:
        return struct.pack(">5I2H2B", seq, fw, fh, x, y, 1, 10, 0, 0)

    path = tmp_path / "sub-frame.png"
    path.write_bytes(
        _join(
            [
                (b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)),
                (b"acTL", struct.pack(">II", 2, 0)),
                (b"IDAT", _canary_picture()),
                (b"fcTL", fctl(0, 10, 8, 5, 4)),
                (b"fdAT", struct.pack(">I", 1) + zlib.compress(raw_small)),
                (b"fcTL", fctl(2, w, h, 0, 0)),
                (b"fdAT", struct.pack(">I", 3) + zlib.compress(raw_whole)),
                (b"IEND", b""),
            ]
        )
    )
    assert canary_in_bytes(path)
    res = clean(path, tmp_path / "out" / path.name)
    assert res.outcome is Outcome.CLEANED and res.output
    assert any("blank" in w for w in res.warnings)
    data = res.output.read_bytes()
    assert not canary_in_bytes(res.output)
    # As the APNG spec draws it: the first frame on a fully transparent picture. (Pillow
    # draws the original's first frame over the hidden picture instead.)
    first = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    first.paste(small, (5, 4))
    blank = bytes(4 * w * h)  # the still picture only viewers without animation show
    assert rgba_frames(res.output) == [blank, first.tobytes(), whole.tobytes()]
    idat = b"".join(d for t, d in _chunks(data) if t == b"IDAT")
    assert zlib.decompress(idat) == bytes(len(raw_whole))
    assert chunk_types(data)[:4] == [b"IHDR", b"acTL", b"IDAT", b"fcTL"]
    _assert_valid_numbering(data)


@pytest.mark.exiftool
def test_frame_beyond_the_declared_count_goes(tmp_path: Path) -> None:
    made = tmp_path / "made.png"
    frames = _frames()
    frames[0].save(made, save_all=True, append_images=frames[1:], duration=90)
    chunks = _chunks(made.read_bytes())
    seq = len(_sequence(made.read_bytes()))
    extra = [
        (b"fcTL", struct.pack(">5I2H2B", seq, *SIZE, 0, 0, 1, 10, 0, 0)),
        (b"fdAT", struct.pack(">I", seq + 1) + _canary_picture()),
    ]
    chunks[-1:-1] = extra
    path = tmp_path / "extra-frame.png"
    path.write_bytes(_join(chunks))
    assert canary_in_bytes(path)
    assert (C.EMBEDDED, "PNG:fcTL") in {(f.category, f.key) for f in inspect(path).findings}

    out = clean_to(path, tmp_path)
    assert_clean(out)
    assert rgba_frames(out) == rgba_frames(path) == [f.tobytes() for f in frames]
    assert out.read_bytes() == made.read_bytes()  # exactly Pillow's animation again


@pytest.mark.exiftool
@pytest.mark.parametrize("where", ["inside-the-chunk", "a-chunk-of-its-own"])
def test_bytes_after_a_frames_data_go(tmp_path: Path, where: str) -> None:
    made = tmp_path / "made.png"
    frames = _frames()
    frames[0].save(made, save_all=True, append_images=frames[1:], duration=90)
    chunks = _chunks(made.read_bytes())
    at = [t for t, _ in chunks].index(b"fdAT")  # the second frame's only data chunk
    ctype, body = chunks[at]
    hidden = f"{CANARY} after the frame".encode()
    if where == "inside-the-chunk":
        chunks[at] = (ctype, body + hidden)
        tail = []
    else:
        tail = [(b"fdAT", struct.pack(">I", struct.unpack(">I", body[:4])[0] + 1) + hidden)]
        chunks[at + 1 : at + 1] = tail
        for i in range(at + 2, len(chunks)):  # the frames after it are numbered on
            t, d = chunks[i]
            if t in (b"fcTL", b"fdAT"):
                chunks[i] = (t, struct.pack(">I", struct.unpack(">I", d[:4])[0] + 1) + d[4:])
    path = tmp_path / "after-frame.png"
    path.write_bytes(_join(chunks))
    assert rgba_frames(path) == rgba_frames(made)  # decoders stop at the stream's end
    found = {(f.category, f.key): f.value for f in inspect(path).findings}
    assert found[(C.EMBEDDED, "PNG:fdAT")].startswith(f"{len(hidden)} bytes after")

    out = clean_to(path, tmp_path)
    assert_clean(out)
    assert rgba_frames(out) == rgba_frames(made)
    assert out.read_bytes() == made.read_bytes()


def test_animation_header_with_no_frames_leaves_a_still_picture(tmp_path: Path) -> None:
    """acTL counting 0 frames: viewers show the still picture, so that is what is kept."""
    made = tmp_path / "made.png"
    frames = _frames()
    frames[0].save(made, save_all=True, append_images=frames[1:], duration=90)
    chunks = _chunks(made.read_bytes())
    at = [t for t, _ in chunks].index(b"acTL")
    chunks[at] = (b"acTL", struct.pack(">II", 0, 0))
    path = tmp_path / "no-frames.png"
    path.write_bytes(_join(chunks))
    out = clean_to(path, tmp_path)
    assert chunk_types(out.read_bytes()) == [b"IHDR", b"IDAT", b"IEND"]
    assert rgba_frames(out) == [frames[0].tobytes()]


def test_animation_cut_short_inside_a_frame_keeps_what_is_there(tmp_path: Path) -> None:
    made = tmp_path / "made.png"
    frames = _frames()
    frames[0].save(made, save_all=True, append_images=frames[1:], duration=90)
    data = made.read_bytes()
    last = data.rindex(b"fdAT")
    path = tmp_path / "cut.png"
    path.write_bytes(data[: last + 4 + 4 + 6])  # the sequence number and 6 bytes of data
    res = clean(path, tmp_path / "out" / path.name)
    assert res.outcome is Outcome.CLEANED and res.output
    assert any("cut short" in w for w in res.warnings)
    out = res.output.read_bytes()
    _assert_valid_numbering(out)
    *_, (ctype, body) = [c for c in _chunks(out) if c[0] != b"IEND"]
    assert ctype == b"fdAT" and body[4:] == data[last + 8 : last + 14]
    with Image.open(res.output) as im:
        assert im.n_frames == 3
        im.seek(1)
        assert im.convert("RGBA").tobytes() == frames[1].tobytes()
