"""PNG / APNG cleaner: real files with planted canaries, checked by the ExifTool oracle."""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

import piexif
import pytest
from oracle import CANARY, EXIFTOOL, assert_clean, canary_in_bytes, leaks
from PIL import Image, ImageCms, ImageSequence, PngImagePlugin

from scrubber import CleanOptions, Outcome, clean, inspect
from scrubber.model import Category, ColourProfile

SIG = b"\x89PNG\r\n\x1a\n"


# --- building files ----------------------------------------------------------------------


def chunk(ctype: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(ctype + data)
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", crc)


def chunk_types(data: bytes) -> list[bytes]:
    """Types of the chunks up to IEND, walked independently of the cleaner."""
    pos, out = 8, []
    while pos + 8 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        out.append(ctype)
        pos += 12 + length
        if ctype == b"IEND":
            break
    return out


def insert_before(data: bytes, extra: bytes, before: bytes = b"IDAT") -> bytes:
    """Insert raw chunk bytes in front of the first chunk of type `before`."""
    pos = 8
    while data[pos + 4 : pos + 8] != before:
        pos += 12 + struct.unpack(">I", data[pos : pos + 4])[0]
    return data[:pos] + extra + data[pos:]


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
    return piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: f"{CANARY} make", piexif.ImageIFD.Artist: CANARY},
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: "N",
                piexif.GPSIFD.GPSLatitude: ((52, 1), (22, 1), (0, 1)),
            },
        }
    )[6:]  # piexif.dump starts with the JPEG "Exif\0\0" prefix; eXIf holds bare TIFF


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


@pytest.fixture
def dirty_png(tmp_path: Path) -> Path:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", f"{CANARY} author")
    info.add_text("Comment", f"{CANARY} compressed", zip=True)
    info.add_itxt("Description", f"{CANARY} international", lang="en", tkey=CANARY)
    path = tmp_path / "dirty.png"
    picture().save(path, pnginfo=info, exif=exif_block())
    data = path.read_bytes()
    extra = chunk(b"tIME", struct.pack(">HBBBBB", 2021, 5, 6, 7, 8, 9))
    extra += chunk(b"prVt", f"{CANARY} private".encode())
    extra += chunk(b"iCCP", b"custom\x00\x00" + zlib.compress(make_icc(f"{CANARY} custom")))
    data = insert_before(data, extra)
    path.write_bytes(data + f"{CANARY} trailer after IEND".encode())
    return path


# --- the main contract ------------------------------------------------------------------


@pytest.mark.exiftool
def test_dirty_png_is_cleaned(dirty_png: Path, tmp_path: Path) -> None:
    assert leaks(dirty_png)
    report = inspect(dirty_png)
    keys = {f.key for f in report.findings}
    assert {"PNG:Author", "PNG:Comment", "PNG:Description", "PNG:ModifyTime"} <= keys
    assert {"EXIF:Make", "EXIF:Artist", "EXIF:GPSLatitude", "PNG:prVt", "PNG:trailer"} <= keys
    assert "ICC:Profile" in keys
    cats = {f.category for f in report.findings}
    assert {Category.LOCATION, Category.DEVICE, Category.PERSON, Category.TIME} <= cats
    assert Category.EMBEDDED in cats

    out = clean_to(dirty_png, tmp_path)
    assert_clean(out)
    assert frames(out) == frames(dirty_png)
    assert chunk_types(out.read_bytes()) == [b"IHDR", b"IDAT", b"IEND"]
    assert out.read_bytes().endswith(chunk(b"IEND", b""))

    again = clean(out, tmp_path / "again" / "x.png")
    assert again.outcome is Outcome.ALREADY_CLEAN


@pytest.mark.exiftool
def test_exiftool_written_tags(tmp_path: Path) -> None:
    path = tmp_path / "tool.png"
    picture().save(path)
    assert EXIFTOOL
    subprocess.run(
        [
            EXIFTOOL, "-overwrite_original", f"-XMP-dc:Creator={CANARY} creator",
            f"-XMP-photoshop:City={CANARY} city", f"-PNG:Author={CANARY} png author",
            f"-EXIF:Artist={CANARY} artist", f"-EXIF:Model={CANARY} model",
            "-GPSLatitude=48.85", "-GPSLatitudeRef=N", "-PNG:ModifyDate=2020:01:02 03:04:05",
            str(path),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    assert leaks(path)
    keys = {f.key for f in inspect(path).findings}
    assert {"XMP:creator", "XMP:City", "PNG:Author", "EXIF:Artist", "EXIF:Model"} <= keys
    assert {"EXIF:GPSLatitude", "PNG:ModifyTime"} <= keys
    out = clean_to(path, tmp_path)
    assert_clean(out)
    assert frames(out) == frames(path)


@pytest.mark.exiftool
def test_apng_keeps_animation(tmp_path: Path) -> None:
    path = tmp_path / "anim.apng"
    imgs = [Image.new("RGBA", (20, 16), (40 * i, 255 - 40 * i, 7 * i, 200)) for i in range(4)]
    imgs[0].save(path, format="PNG", save_all=True, append_images=imgs[1:], duration=[80] * 4)
    info = chunk(b"tEXt", f"Software\x00{CANARY} app".encode())
    path.write_bytes(insert_before(path.read_bytes(), info))
    assert leaks(path)

    out = clean_to(path, tmp_path)
    assert out.suffix == ".apng"  # an .apng name stays .apng
    assert_clean(out)
    with Image.open(out) as im:
        assert im.n_frames == 4
    assert frames(out) == frames(path)
    assert {b"acTL", b"fcTL", b"fdAT"} <= set(chunk_types(out.read_bytes()))


@pytest.mark.exiftool
def test_palette_transparency_kept(tmp_path: Path) -> None:
    path = tmp_path / "pal.png"
    im = picture((16, 16)).convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", f"{CANARY} title")
    im.save(path, transparency=3, pnginfo=info)
    out = clean_to(path, tmp_path)
    assert_clean(out)
    assert b"tRNS" in chunk_types(out.read_bytes())
    with Image.open(out) as a, Image.open(path) as b:
        assert a.mode == b.mode == "P"
        assert a.info["transparency"] == b.info["transparency"] == 3
        assert a.tobytes() == b.tobytes()
    assert frames(out) == frames(path)


# --- colour profiles ---------------------------------------------------------------------


@pytest.mark.exiftool
def test_standard_icc_kept_and_removable(tmp_path: Path) -> None:
    path = tmp_path / "srgb.png"
    picture().save(path, icc_profile=SRGB_ICC)
    report = inspect(path)
    assert report.is_clean
    assert [f.key for f in report.kept] == ["ICC:Profile"]

    res = clean(path, tmp_path / "keep" / "a.png")
    assert res.outcome is Outcome.ALREADY_CLEAN and res.output
    with Image.open(res.output) as im:
        assert im.info["icc_profile"] == SRGB_ICC
    assert_clean(res.output, allow_icc=True)

    gone = clean(
        path, tmp_path / "drop" / "b.png", CleanOptions(colour_profile=ColourProfile.REMOVE)
    )
    assert gone.output is not None
    assert b"iCCP" not in chunk_types(gone.output.read_bytes())
    assert frames(gone.output) == frames(path)


def test_icc_profile_name_is_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "named.png"
    picture().save(path)
    icc = zlib.compress(SRGB_ICC)
    data = insert_before(path.read_bytes(), chunk(b"iCCP", f"{CANARY}\x00\x00".encode() + icc))
    path.write_bytes(data)
    assert "PNG:ProfileName" in {f.key for f in inspect(path).findings}
    out = clean_to(path, tmp_path)
    assert not canary_in_bytes(out)
    with Image.open(out) as im:
        assert im.info["icc_profile"] == SRGB_ICC
    assert inspect(out).is_clean


def test_nonstandard_icc_dropped(tmp_path: Path) -> None:
    path = tmp_path / "custom.png"
    picture().save(path, icc_profile=make_icc(f"{CANARY} custom"))
    findings = inspect(path).findings
    assert [f.key for f in findings] == ["ICC:Profile"] and "not a standard" in findings[0].value
    out = clean_to(path, tmp_path)
    assert b"iCCP" not in chunk_types(out.read_bytes())
    assert not canary_in_bytes(out)


# --- hidden data -------------------------------------------------------------------------


def test_trailer_after_iend_removed(tmp_path: Path) -> None:
    """aCropalypse: a cropped screenshot kept the uncropped original after IEND."""
    path = tmp_path / "crop.png"
    picture().save(path)
    original = path.read_bytes()
    path.write_bytes(original + b"\x00\x00\x00\x0dIHDR" + CANARY.encode() * 50)
    report = inspect(path)
    assert [(f.category, f.key) for f in report.findings] == [(Category.EMBEDDED, "PNG:trailer")]
    out = clean_to(path, tmp_path)
    assert out.read_bytes() == original  # Pillow's file was already minimal
    assert not canary_in_bytes(out)


def test_imagemagick_raw_profiles_reported(tmp_path: Path) -> None:
    path = tmp_path / "magick.png"
    picture().save(path)
    hexed = (b"Exif\x00\x00" + exif_block()).hex().encode()
    raw = b"\nexif\n" + str(len(hexed) // 2).encode() + b"\n" + hexed + b"\n"
    xmp = f'<x:xmpmeta><rdf:Description photoshop:City="{CANARY} city"/></x:xmpmeta>'.encode()
    raw_xmp = b"\nxmp\n" + str(len(xmp)).encode() + b"\n" + xmp.hex().encode() + b"\n"
    extra = chunk(b"zTXt", b"Raw profile type exif\x00\x00" + zlib.compress(raw))
    extra += chunk(b"tEXt", b"Raw profile type xmp\x00" + raw_xmp)
    extra += chunk(b"tEXt", f"date:create\x00{CANARY} 2020-01-01".encode())
    path.write_bytes(insert_before(path.read_bytes(), extra))
    found = {(f.category, f.key) for f in inspect(path).findings}
    assert (Category.LOCATION, "EXIF:GPSLatitude") in found
    assert (Category.DEVICE, "EXIF:Make") in found
    assert (Category.LOCATION, "XMP:City") in found
    assert (Category.TIME, "PNG:date:create") in found
    out = clean_to(path, tmp_path)
    assert not canary_in_bytes(out) and inspect(out).is_clean


def test_decompression_bomb_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    picture().save(path)
    bomb = zlib.compress(b"A" * (64 << 20), 9)  # 64 MB of text in ~64 KB
    extra = chunk(b"zTXt", b"Comment\x00\x00" + bomb)
    extra += chunk(b"iCCP", b"bomb\x00\x00" + bomb)
    path.write_bytes(insert_before(path.read_bytes(), extra))
    keys = [f.key for f in inspect(path).findings]
    assert "PNG:Comment" in keys and "ICC:Profile" in keys
    out = clean_to(path, tmp_path)
    assert chunk_types(out.read_bytes()) == [b"IHDR", b"IDAT", b"IEND"]


def test_eXIf_orientation_dropped_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "rot.png"
    exif = piexif.dump({"0th": {piexif.ImageIFD.Orientation: 6}})[6:]
    picture().save(path, exif=exif)
    report = inspect(path)
    assert [f.key for f in report.findings] == ["PNG:eXIf"]  # nothing identifying, still removed
    res = clean(path, tmp_path / "out" / "rot.png")
    assert res.outcome is Outcome.CLEANED and res.output
    assert any("rotate" in w for w in res.warnings)
    assert b"eXIf" not in chunk_types(res.output.read_bytes())


def test_unknown_chunks_dropped_known_display_chunks_kept(tmp_path: Path) -> None:
    path = tmp_path / "chunks.png"
    picture().save(path, dpi=(300, 300))
    extra = chunk(b"gAMA", struct.pack(">I", 45455)) + chunk(b"sRGB", b"\x00")
    extra += chunk(b"caBX", CANARY.encode()) + chunk(b"sPLT", f"{CANARY}\x00\x08".encode())
    extra += chunk(b"zzZz", CANARY.encode()) + chunk(b"zzZz", b"x")
    path.write_bytes(insert_before(path.read_bytes(), extra))
    found = {(f.category, f.key) for f in inspect(path).findings}
    assert found == {
        (Category.SOFTWARE, "PNG:C2PA"),
        (Category.OTHER, "PNG:sPLT"),
        (Category.OTHER, "PNG:zzZz"),
    }
    out = clean_to(path, tmp_path)
    assert chunk_types(out.read_bytes()) == [b"IHDR", b"pHYs", b"gAMA", b"sRGB", b"IDAT", b"IEND"]
    assert not canary_in_bytes(out)


# --- damaged files -----------------------------------------------------------------------


def test_bad_crc_on_pixels_fails(tmp_path: Path) -> None:
    path = tmp_path / "crc.png"
    picture().save(path)
    data = bytearray(path.read_bytes())
    idat = data.index(b"IDAT")
    data[idat + 10] ^= 0xFF
    path.write_bytes(bytes(data))
    assert "damaged" in assert_failed_without_output(path, tmp_path)


def test_bad_crc_on_text_chunk_still_removed(tmp_path: Path) -> None:
    path = tmp_path / "textcrc.png"
    picture().save(path)
    bad = bytearray(chunk(b"tEXt", f"Author\x00{CANARY}".encode()))
    bad[-1] ^= 0xFF
    path.write_bytes(insert_before(path.read_bytes(), bytes(bad)))
    assert "PNG:Author" in {f.key for f in inspect(path).findings}
    out = clean_to(path, tmp_path)
    assert not canary_in_bytes(out)


def test_truncated_after_pixels_is_completed(tmp_path: Path) -> None:
    path = tmp_path / "cut.png"
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", f"{CANARY} author")
    picture((64, 64)).save(path, pnginfo=info)
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"IDAT") + 60])  # cut inside the pixel data
    res = clean(path, tmp_path / "out" / "cut.png")
    assert res.outcome is Outcome.CLEANED and res.output
    assert any("cut short" in w for w in res.warnings)
    out = res.output.read_bytes()
    assert chunk_types(out) == [b"IHDR", b"IDAT", b"IEND"] and not canary_in_bytes(res.output)


def test_truncated_before_pixels_fails(tmp_path: Path) -> None:
    path = tmp_path / "cut.png"
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", f"{CANARY} author")
    picture().save(path, pnginfo=info)
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"tEXt") + 8])
    assert "cut short" in assert_failed_without_output(path, tmp_path)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"garbage that is not a chunk at all......",
        chunk(b"IDAT", b"x") + chunk(b"IEND", b""),  # no IHDR first
        chunk(b"IH\x00R", b"x" * 13),  # not a chunk type
    ],
)
def test_garbage_fails(tmp_path: Path, body: bytes) -> None:
    path = tmp_path / "bad.png"
    path.write_bytes(SIG + body)
    assert_failed_without_output(path, tmp_path)


def test_no_idat_fails(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
    path.write_bytes(SIG + ihdr + chunk(b"IEND", b""))
    assert "no picture" in assert_failed_without_output(path, tmp_path)


def test_unknown_critical_chunk_refused(tmp_path: Path) -> None:
    path = tmp_path / "cgbi.png"
    picture().save(path)
    path.write_bytes(insert_before(path.read_bytes(), chunk(b"ZZZZ", b"x")))
    res = clean(path, tmp_path / "out" / "cgbi.png")
    assert res.outcome is Outcome.REFUSED and res.output is None
    assert res.error and "ZZZZ" in res.error.message


def test_stuffed_display_chunk_dropped(tmp_path: Path) -> None:
    """An allowlisted chunk type with room for more than its numbers is not trusted."""
    path = tmp_path / "stuffed.png"
    picture().save(path)
    stuffed = chunk(b"gAMA", struct.pack(">I", 45455) + CANARY.encode())
    path.write_bytes(insert_before(path.read_bytes(), stuffed))
    assert [f.key for f in inspect(path).findings] == ["PNG:gAMA"]
    out = clean_to(path, tmp_path)
    assert chunk_types(out.read_bytes()) == [b"IHDR", b"IDAT", b"IEND"]
    assert not canary_in_bytes(out)


def test_oversized_palette_fails(tmp_path: Path) -> None:
    path = tmp_path / "plte.png"
    picture().save(path)
    path.write_bytes(insert_before(path.read_bytes(), chunk(b"PLTE", b"\x00" * 3 * 300)))
    assert "PLTE" in assert_failed_without_output(path, tmp_path)
