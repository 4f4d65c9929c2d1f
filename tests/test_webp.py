"""WebP cleaner: real files with planted canaries, checked by the ExifTool oracle."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from factories import (
    SRGB_ICC,
    XMP,
    assert_failed_without_output,
    clean_to,
    custom_icc,
    exif_block,
    exiftool_write,
    pattern,
    rgba_frames,
)
from oracle import CANARY, assert_clean, canary_in_bytes, leaks
from PIL import Image

from scrubber import Outcome, clean, inspect
from scrubber.formats.icc import canonical_icc
from scrubber.model import Category, ColourProfile

EXIF_FLAG, XMP_FLAG, ICC_FLAG, ANIM_FLAG = 0x08, 0x04, 0x20, 0x02


# --- building and reading RIFF files independently of the cleaner -----------------------


def riff_chunk(fourcc: bytes, payload: bytes) -> bytes:
    pad = b"\x00" if len(payload) & 1 else b""
    return fourcc + struct.pack("<I", len(payload)) + payload + pad


def riff(chunks: list[tuple[bytes, bytes]]) -> bytes:
    body = b"WEBP" + b"".join(riff_chunk(f, p) for f, p in chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def parse(data: bytes, start: int = 12, end: int | None = None) -> list[tuple[bytes, bytes]]:
    """(fourcc, payload) of each chunk; checks the RIFF size is exact."""
    if end is None:
        assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
        end = 8 + struct.unpack("<I", data[4:8])[0]
        assert end == len(data), "RIFF size does not match the file"
    out, pos = [], start
    while pos < end:
        fourcc, size = struct.unpack("<4sI", data[pos : pos + 8])
        out.append((fourcc, data[pos + 8 : pos + 8 + size]))
        pos += 8 + size + (size & 1)
    assert pos == end
    return out


def fourccs(path: Path) -> list[bytes]:
    return [f for f, _ in parse(path.read_bytes())]


# --- the main contract ------------------------------------------------------------------


@pytest.mark.exiftool
@pytest.mark.parametrize("lossless", [True, False])
def test_dirty_webp_is_cleaned(tmp_path: Path, lossless: bool) -> None:
    path = tmp_path / "dirty.webp"
    im = pattern().convert("RGBA")
    im.save(path, lossless=lossless, exif=exif_block(), xmp=XMP, icc_profile=custom_icc())
    data = path.read_bytes()
    chunks = [*parse(data), (b"prVt", f"{CANARY} odd".encode()), (b"ZZZZ", b"x")]
    path.write_bytes(riff(chunks) + f"{CANARY} trailer".encode())
    assert leaks(path)
    report = inspect(path)
    found = {(f.category, f.key) for f in report.findings}
    assert {(Category.DEVICE, "EXIF:Make"), (Category.PERSON, "EXIF:Artist")} <= found
    assert {(Category.LOCATION, "EXIF:GPSLatitude"), (Category.LOCATION, "XMP:City")} <= found
    assert {(Category.PERSON, "XMP:creator"), (Category.OTHER, "ICC:Profile")} <= found
    assert {(Category.OTHER, "WebP:prVt"), (Category.OTHER, "WebP:ZZZZ")} <= found
    assert (Category.EMBEDDED, "WebP:trailer") in found

    out = clean_to(path, tmp_path)
    assert_clean(out)
    assert rgba_frames(out) == rgba_frames(path)
    chunks_out = parse(out.read_bytes())
    assert [f for f, _ in chunks_out] == [b"VP8X", b"VP8L"] if lossless else [b"VP8X"]
    assert chunks_out[0][1][0] & (EXIF_FLAG | XMP_FLAG | ICC_FLAG) == 0
    # The image data itself is copied byte for byte.
    image_in = [p for f, p in parse(data) if f in (b"VP8 ", b"VP8L", b"ALPH")]
    assert [p for f, p in chunks_out[1:]] == image_in

    again = clean(out, tmp_path / "again" / "x.webp")
    assert again.outcome is Outcome.ALREADY_CLEAN


@pytest.mark.exiftool
def test_exiftool_written_tags(tmp_path: Path) -> None:
    path = tmp_path / "tool.webp"
    pattern().save(path, quality=90)
    exiftool_write(
        path, f"-XMP-dc:Creator={CANARY} creator", f"-XMP-photoshop:City={CANARY} city",
        f"-EXIF:Artist={CANARY} artist", f"-EXIF:Model={CANARY} model",
        "-EXIF:DateTimeOriginal=2020:01:02 03:04:05", "-GPSLatitude=48.85", "-GPSLatitudeRef=N",
    )  # fmt: skip
    assert leaks(path)
    keys = {f.key for f in inspect(path).findings}
    assert {"XMP:creator", "XMP:City", "EXIF:Artist", "EXIF:Model", "EXIF:GPSLatitude"} <= keys
    assert "EXIF:DateTimeOriginal" in keys
    out = clean_to(path, tmp_path)
    assert_clean(out)
    assert rgba_frames(out) == rgba_frames(path)


@pytest.mark.exiftool
def test_animated_webp_keeps_frames(tmp_path: Path) -> None:
    path = tmp_path / "anim.webp"
    imgs = [Image.new("RGBA", (20, 16), (50 * i, 255 - 50 * i, 9 * i, 180)) for i in range(4)]
    imgs[0].save(
        path, save_all=True, append_images=imgs[1:], duration=90, lossless=True,
        exif=exif_block(), xmp=XMP,
    )  # fmt: skip
    assert leaks(path)
    out = clean_to(path, tmp_path)
    assert_clean(out)
    with Image.open(out) as a, Image.open(path) as b:
        assert a.n_frames == b.n_frames == 4
        assert a.info.get("duration") == b.info.get("duration")
        assert a.info.get("loop") == b.info.get("loop")
    assert rgba_frames(out) == rgba_frames(path)
    names = fourccs(out)
    assert names[:2] == [b"VP8X", b"ANIM"] and names.count(b"ANMF") == 4
    assert parse(out.read_bytes())[0][1][0] & (EXIF_FLAG | XMP_FLAG) == 0
    assert parse(out.read_bytes())[0][1][0] & ANIM_FLAG


def test_foreign_chunk_inside_animation_frame_removed(tmp_path: Path) -> None:
    path = tmp_path / "anmf.webp"
    imgs = [Image.new("RGB", (12, 12), (80 * i, 30, 200)) for i in range(3)]
    imgs[0].save(path, save_all=True, append_images=imgs[1:], duration=50, lossless=True)
    chunks = parse(path.read_bytes())
    i = next(n for n, (f, _) in enumerate(chunks) if f == b"ANMF")
    frame = chunks[i][1] + riff_chunk(b"XMP ", XMP + b"!")  # odd size, padded
    chunks[i] = (b"ANMF", frame)
    path.write_bytes(riff(chunks))
    assert [f.key for f in inspect(path).findings] == ["WebP:ANMF:XMP"]
    out = clean_to(path, tmp_path)
    assert not canary_in_bytes(out)
    assert rgba_frames(out) == rgba_frames(path)
    for fourcc, payload in parse(out.read_bytes()):
        if fourcc == b"ANMF":
            inner = [f for f, _ in parse(payload, 16, len(payload))]
            assert set(inner) <= {b"VP8L", b"VP8 ", b"ALPH"}


# --- colour profiles ---------------------------------------------------------------------


@pytest.mark.exiftool
def test_standard_icc_kept_and_removable(tmp_path: Path) -> None:
    path = tmp_path / "srgb.webp"
    pattern().save(path, lossless=True, icc_profile=SRGB_ICC, exif=exif_block())
    report = inspect(path)
    assert [f.key for f in report.kept] == ["ICC:Profile"]
    out = clean_to(path, tmp_path)
    assert_clean(out, allow_icc=True)
    assert fourccs(out) == [b"VP8X", b"ICCP", b"VP8L"]
    assert parse(out.read_bytes())[0][1][0] & (ICC_FLAG | EXIF_FLAG) == ICC_FLAG
    with Image.open(out) as im:
        assert im.info["icc_profile"] == canonical_icc(SRGB_ICC)

    gone = clean_to(path, tmp_path / "drop", colour_profile=ColourProfile.REMOVE)
    assert_clean(gone)
    assert fourccs(gone) == [b"VP8X", b"VP8L"]
    assert parse(gone.read_bytes())[0][1][0] & ICC_FLAG == 0
    assert rgba_frames(gone) == rgba_frames(path)


# --- odd corners of the container --------------------------------------------------------


def test_exif_with_jpeg_prefix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "prefix.webp"
    pattern().save(path, lossless=True, xmp=b"<x/>")  # gives a VP8X to hang EXIF on
    chunks = [c for c in parse(path.read_bytes()) if c[0] != b"XMP "]
    raw = riff([*chunks, (b"EXIF", exif_block())])
    path.write_bytes(raw)
    assert exif_block().startswith(b"Exif\x00\x00")
    keys = {f.key for f in inspect(path).findings}
    assert {"EXIF:Make", "EXIF:Artist", "EXIF:GPSLatitude"} <= keys
    out = clean_to(path, tmp_path)
    assert not canary_in_bytes(out)


def test_simple_lossy_file_with_appended_chunk(tmp_path: Path) -> None:
    path = tmp_path / "simple.webp"
    pattern().save(path, quality=80)
    chunks = parse(path.read_bytes())
    assert [f for f, _ in chunks] == [b"VP8 "]
    path.write_bytes(riff([*chunks, (b"XMP ", XMP)]))
    assert "XMP:creator" in {f.key for f in inspect(path).findings}
    out = clean_to(path, tmp_path)
    assert parse(out.read_bytes()) == chunks
    assert rgba_frames(out) == rgba_frames(path)


def test_clean_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "plain.webp"
    pattern().save(path, lossless=True)
    res = clean(path, tmp_path / "out" / "plain.webp")
    assert res.outcome is Outcome.ALREADY_CLEAN and res.output
    assert res.output.read_bytes() == path.read_bytes()


# --- damaged files -----------------------------------------------------------------------


def test_truncated_fails(tmp_path: Path) -> None:
    path = tmp_path / "cut.webp"
    pattern().save(path, lossless=True, exif=exif_block())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "cut short" in assert_failed_without_output(path, tmp_path)


@pytest.mark.parametrize(
    "data",
    [
        b"RIFF\x04\x00\x00\x00WEBP",  # no chunks at all
        riff([(b"VP8X", b"\x00" * 4)]),  # header too short
        riff([(b"EXIF", b"x" * 10)]),  # no image header first
        riff([(b"VP8X", b"\x00" * 10), (b"XMP ", b"<x/>")]),  # no picture
        riff([(b"VP8 ", b"x" * 10)])[:-3] + b"\x01\x02",  # chunk runs past the RIFF end
        riff([(b"VP8X", b"\x02" + b"\x00" * 9), (b"ANMF", b"\x00" * 8)]),  # frame too short
    ],
)
def test_garbage_fails(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.webp"
    path.write_bytes(data)
    assert_failed_without_output(path, tmp_path)


def test_stuffed_animation_header_trimmed(tmp_path: Path) -> None:
    path = tmp_path / "anim.webp"
    imgs = [Image.new("RGB", (12, 12), (80 * i, 30, 200)) for i in range(2)]
    imgs[0].save(path, save_all=True, append_images=imgs[1:], duration=50, loop=3, lossless=True)
    chunks = parse(path.read_bytes())
    i = next(n for n, (f, _) in enumerate(chunks) if f == b"ANIM")
    anim = chunks[i][1]
    chunks[i] = (b"ANIM", anim + CANARY.encode())
    path.write_bytes(riff(chunks))
    assert [f.key for f in inspect(path).findings] == ["WebP:ANIM"]
    out = clean_to(path, tmp_path)
    assert dict(parse(out.read_bytes()))[b"ANIM"] == anim
    assert not canary_in_bytes(out)
    with Image.open(out) as im:
        assert im.info["loop"] == 3
    assert rgba_frames(out) == rgba_frames(path)


def test_vp8x_reserved_bytes_zeroed(tmp_path: Path) -> None:
    path = tmp_path / "vp8x.webp"
    pattern().save(path, lossless=True, exif=exif_block())
    chunks = parse(path.read_bytes())
    head = chunks[0][1]
    chunks[0] = (b"VP8X", head[:1] + b"\xab\xcd\xef" + head[4:])
    path.write_bytes(riff(chunks))
    out = clean_to(path, tmp_path)
    assert parse(out.read_bytes())[0][1][1:4] == b"\x00\x00\x00"
    assert parse(out.read_bytes())[0][1][4:] == head[4:]  # canvas size unchanged


# --- container layout: image chunks only where decoders read them -----------------------


def encoded(lossless: bool) -> bytes:
    """The VP8 or VP8L payload of a 16x16 picture."""
    buf = io.BytesIO()
    pattern((16, 16)).save(buf, "WEBP", lossless=lossless, quality=80)
    return parse(buf.getvalue())[0][1]


def vp8x(flags: int) -> tuple[bytes, bytes]:
    return (b"VP8X", bytes((flags, 0, 0, 0)) + (15).to_bytes(3, "little") * 2)


def frame(fourcc: bytes, payload: bytes) -> tuple[bytes, bytes]:
    head = bytes(6) + (15).to_bytes(3, "little") * 2 + bytes(4)
    return (b"ANMF", head + riff_chunk(fourcc, payload))


RAW_ALPHA = b"\x00" + bytes(range(0, 256, 1))  # method 0: one byte per pixel, 16x16
C_ = CANARY.encode()


def _layouts() -> list[object]:
    vp8, vp8l = (b"VP8 ", encoded(False)), (b"VP8L", encoded(True))
    anim = (b"ANIM", bytes(6))
    return [
        pytest.param(
            [vp8x(0x10), (b"ALPH", RAW_ALPHA), (b"ALPH", C_), vp8],
            [vp8x(0x10), (b"ALPH", RAW_ALPHA), vp8], id="second-alpha",
        ),
        pytest.param(
            [vp8x(0x10), (b"ALPH", b"\x00" + C_), vp8l], [vp8x(0x10), vp8l], id="alpha-vp8l",
        ),
        pytest.param(
            [vp8x(0), vp8, (b"VP8L", vp8l[1] + C_)], [vp8x(0), vp8], id="second-picture",
        ),
        pytest.param(
            [vp8x(0), vp8, frame(b"VP8L", vp8l[1] + C_)], [vp8x(0), vp8], id="frame-in-still",
        ),
        pytest.param(
            [vp8x(ANIM_FLAG), anim, frame(*vp8l), (b"VP8 ", vp8[1] + C_)],
            [vp8x(ANIM_FLAG), anim, frame(*vp8l)], id="picture-beside-animation",
        ),
        pytest.param(
            [vp8x(ANIM_FLAG), anim, (b"ANMF", frame(*vp8l)[1] + riff_chunk(b"VP8 ", vp8[1] + C_))],
            [vp8x(ANIM_FLAG), anim, frame(*vp8l)], id="second-picture-in-frame",
        ),
    ]  # fmt: skip


@pytest.mark.exiftool
@pytest.mark.parametrize(("chunks", "expected"), _layouts())
def test_image_chunks_out_of_place_dropped(
    tmp_path: Path, chunks: list[tuple[bytes, bytes]], expected: list[tuple[bytes, bytes]]
) -> None:
    path = tmp_path / "layout.webp"
    path.write_bytes(riff(chunks))
    assert canary_in_bytes(path)
    assert inspect(path).findings
    out = clean_to(path, tmp_path)
    assert parse(out.read_bytes()) == expected
    assert_clean(out)
    # Most of these sources are refused by libwebp's demuxer (which Pillow uses), but
    # not by its plain decoder; the output is the picture as the plain decoder reads it.
    reference = tmp_path / "reference.webp"
    reference.write_bytes(riff(expected))
    assert rgba_frames(out) == rgba_frames(reference)


def test_too_long_raw_alpha_trimmed_pixel_identical(tmp_path: Path) -> None:
    path = tmp_path / "alpha.webp"
    vp8 = (b"VP8 ", encoded(False))
    path.write_bytes(riff([vp8x(0x10), (b"ALPH", RAW_ALPHA + C_), vp8]))
    assert [f.key for f in inspect(path).findings] == ["WebP:ALPH"]
    out = clean_to(path, tmp_path)
    assert parse(out.read_bytes()) == [vp8x(0x10), (b"ALPH", RAW_ALPHA), vp8]
    assert not canary_in_bytes(out)
    assert rgba_frames(out) == rgba_frames(path)


def test_normal_alpha_picture_is_already_clean(tmp_path: Path) -> None:
    path = tmp_path / "alpha.webp"
    im = pattern((16, 16), "RGBA")
    im.putalpha(Image.linear_gradient("L").resize((16, 16)))
    im.save(path, quality=80)
    assert b"ALPH" in fourccs(path)
    res = clean(path, tmp_path / "out" / "alpha.webp")
    assert res.outcome is Outcome.ALREADY_CLEAN, res.error


def test_animation_frame_before_its_header_fails(tmp_path: Path) -> None:
    path = tmp_path / "noanim.webp"
    path.write_bytes(riff([vp8x(ANIM_FLAG), frame(b"VP8L", encoded(True))]))
    assert "animation" in assert_failed_without_output(path, tmp_path)


@pytest.mark.exiftool
@pytest.mark.parametrize("name", [b"XMP\x00", b"\x00\xffAB"])
def test_chunk_with_a_non_standard_name_is_dropped(tmp_path: Path, name: bytes) -> None:
    """Some writers name the XMP chunk "XMP\\0"; viewers skip chunks they do not know, so
    the photo is cleaned, not refused."""
    path = tmp_path / "odd.webp"
    pattern().save(path, lossless=True, exif=exif_block())
    chunks = parse(path.read_bytes())
    path.write_bytes(riff([*chunks, (name, XMP)]))
    assert canary_in_bytes(path)
    found = {f.key for f in inspect(path).findings}
    assert ("XMP:City" in found) if name == b"XMP\x00" else ("WebP:\\x00\\xffAB" in found)
    res = clean(path, tmp_path / "out" / "odd.webp")
    assert res.outcome is Outcome.CLEANED and res.output
    assert_clean(res.output)
    assert fourccs(res.output) == [b"VP8X", b"VP8L"]
    assert rgba_frames(res.output) == rgba_frames(path)
