"""WebP cleaner: real files with planted canaries, checked by the ExifTool oracle."""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import piexif
import pytest
from oracle import CANARY, EXIFTOOL, assert_clean, canary_in_bytes, leaks
from PIL import Image, ImageCms, ImageSequence

from scrubber import CleanOptions, Outcome, clean, inspect
from scrubber.model import Category, ColourProfile

XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    f'photoshop:City="{CANARY} city"><dc:creator><rdf:Seq><rdf:li>{CANARY} creator</rdf:li>'
    "</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
).encode()
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


def picture(size: tuple[int, int] = (40, 30)) -> Image.Image:
    w, h = size
    im = Image.new("RGB", size)
    im.putdata([((x * 7) % 256, (y * 13) % 256, (x * y) % 256) for y in range(h) for x in range(w)])
    return im


def make_icc(description: str) -> bytes:
    """A small ICC v2 profile with a free-text description (as a device profile has)."""
    desc = description.encode("ascii") + b"\x00"
    desc_tag = b"desc" + b"\x00" * 4 + struct.pack(">I", len(desc)) + desc + b"\x00" * 79
    desc_tag += b"\x00" * (-len(desc_tag) % 4)
    wtpt = b"XYZ " + b"\x00" * 4 + struct.pack(">iii", 63190, 65536, 54061)
    table_end = 128 + 4 + 2 * 12
    tags = [(b"desc", table_end, len(desc_tag)), (b"wtpt", table_end + len(desc_tag), len(wtpt))]
    body = struct.pack(">I", 2) + b"".join(struct.pack(">4sII", *t) for t in tags)
    body += desc_tag + wtpt
    size = 128 + len(body)
    header = struct.pack(">I4sI4s4s4s", size, b"lcms", 0x02100000, b"mntr", b"RGB ", b"XYZ ")
    header += b"\x00" * 12 + b"acsp" + b"\x00" * (128 - 40)
    return header + body


# Made once: the profile's header holds its creation time, so two calls can differ.
SRGB_ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def exif_block() -> bytes:
    """A TIFF-style EXIF block with the JPEG 'Exif\\0\\0' prefix piexif adds."""
    return piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: f"{CANARY} make", piexif.ImageIFD.Artist: CANARY},
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: "N",
                piexif.GPSIFD.GPSLatitude: ((52, 1), (22, 1), (0, 1)),
            },
        }
    )


def frames(path: Path) -> list[bytes]:
    with Image.open(path) as im:
        return [f.convert("RGBA").tobytes() for f in ImageSequence.Iterator(im)]


def clean_to(src: Path, tmp_path: Path, **kw: object) -> Path:
    res = clean(src, tmp_path / "out" / src.name, CleanOptions(**kw))  # type: ignore[arg-type]
    assert res.outcome is Outcome.CLEANED, res.error
    assert res.output is not None
    return res.output


def assert_failed_without_output(src: Path, tmp_path: Path) -> str:
    out_dir = tmp_path / "failed"
    res = clean(src, out_dir / src.name)
    assert res.outcome in (Outcome.FAILED, Outcome.REFUSED)
    assert res.output is None and res.error is not None
    assert not out_dir.exists() or not any(out_dir.iterdir())  # no temp file left either
    return res.error.message


def fourccs(path: Path) -> list[bytes]:
    return [f for f, _ in parse(path.read_bytes())]


# --- the main contract ------------------------------------------------------------------


@pytest.mark.exiftool
@pytest.mark.parametrize("lossless", [True, False])
def test_dirty_webp_is_cleaned(tmp_path: Path, lossless: bool) -> None:
    path = tmp_path / "dirty.webp"
    im = picture().convert("RGBA")
    im.save(path, lossless=lossless, exif=exif_block(), xmp=XMP, icc_profile=make_icc(CANARY))
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
    assert frames(out) == frames(path)
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
    picture().save(path, quality=90)
    assert EXIFTOOL
    subprocess.run(
        [
            EXIFTOOL, "-overwrite_original", f"-XMP-dc:Creator={CANARY} creator",
            f"-XMP-photoshop:City={CANARY} city", f"-EXIF:Artist={CANARY} artist",
            f"-EXIF:Model={CANARY} model", "-EXIF:DateTimeOriginal=2020:01:02 03:04:05",
            "-GPSLatitude=48.85", "-GPSLatitudeRef=N", str(path),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    assert leaks(path)
    keys = {f.key for f in inspect(path).findings}
    assert {"XMP:creator", "XMP:City", "EXIF:Artist", "EXIF:Model", "EXIF:GPSLatitude"} <= keys
    assert "EXIF:DateTimeOriginal" in keys
    out = clean_to(path, tmp_path)
    assert_clean(out)
    assert frames(out) == frames(path)


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
    assert frames(out) == frames(path)
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
    assert frames(out) == frames(path)
    for fourcc, payload in parse(out.read_bytes()):
        if fourcc == b"ANMF":
            inner = [f for f, _ in parse(payload, 16, len(payload))]
            assert set(inner) <= {b"VP8L", b"VP8 ", b"ALPH"}


# --- colour profiles ---------------------------------------------------------------------


@pytest.mark.exiftool
def test_standard_icc_kept_and_removable(tmp_path: Path) -> None:
    path = tmp_path / "srgb.webp"
    picture().save(path, lossless=True, icc_profile=SRGB_ICC, exif=exif_block())
    report = inspect(path)
    assert [f.key for f in report.kept] == ["ICC:Profile"]
    out = clean_to(path, tmp_path)
    assert_clean(out, allow_icc=True)
    assert fourccs(out) == [b"VP8X", b"ICCP", b"VP8L"]
    assert parse(out.read_bytes())[0][1][0] & (ICC_FLAG | EXIF_FLAG) == ICC_FLAG
    with Image.open(out) as im:
        assert im.info["icc_profile"] == SRGB_ICC

    gone = clean_to(path, tmp_path / "drop", colour_profile=ColourProfile.REMOVE)
    assert_clean(gone)
    assert fourccs(gone) == [b"VP8X", b"VP8L"]
    assert parse(gone.read_bytes())[0][1][0] & ICC_FLAG == 0
    assert frames(gone) == frames(path)


# --- odd corners of the container --------------------------------------------------------


def test_exif_with_jpeg_prefix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "prefix.webp"
    picture().save(path, lossless=True, xmp=b"<x/>")  # gives a VP8X to hang EXIF on
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
    picture().save(path, quality=80)
    chunks = parse(path.read_bytes())
    assert [f for f, _ in chunks] == [b"VP8 "]
    path.write_bytes(riff([*chunks, (b"XMP ", XMP)]))
    assert "XMP:creator" in {f.key for f in inspect(path).findings}
    out = clean_to(path, tmp_path)
    assert parse(out.read_bytes()) == chunks
    assert frames(out) == frames(path)


def test_clean_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "plain.webp"
    picture().save(path, lossless=True)
    res = clean(path, tmp_path / "out" / "plain.webp")
    assert res.outcome is Outcome.ALREADY_CLEAN and res.output
    assert res.output.read_bytes() == path.read_bytes()


# --- damaged files -----------------------------------------------------------------------


def test_truncated_fails(tmp_path: Path) -> None:
    path = tmp_path / "cut.webp"
    picture().save(path, lossless=True, exif=exif_block())
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
        riff([(b"VP8X", b"\x00" * 10), (b"\xff\x00AB", b"")]),  # not a chunk name
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
    assert frames(out) == frames(path)


def test_vp8x_reserved_bytes_zeroed(tmp_path: Path) -> None:
    path = tmp_path / "vp8x.webp"
    picture().save(path, lossless=True, exif=exif_block())
    chunks = parse(path.read_bytes())
    head = chunks[0][1]
    chunks[0] = (b"VP8X", head[:1] + b"\xab\xcd\xef" + head[4:])
    path.write_bytes(riff(chunks))
    out = clean_to(path, tmp_path)
    assert parse(out.read_bytes())[0][1][1:4] == b"\x00\x00\x00"
    assert parse(out.read_bytes())[0][1][4:] == head[4:]  # canvas size unchanged
