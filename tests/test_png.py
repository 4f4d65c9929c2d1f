"""PNG / APNG cleaner: real files with planted canaries, checked by the ExifTool oracle."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from factories import (
    SRGB_ICC,
    assert_failed_without_output,
    clean_to,
    custom_icc,
    exif_block,
    exiftool_write,
    pattern,
    rgba_frames,
)
from oracle import CANARY, assert_clean, canary_in_bytes, leaks
from PIL import Image, PngImagePlugin

from scrubber import CleanOptions, Outcome, clean, inspect
from scrubber.formats.icc import canonical_icc
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


@pytest.fixture
def dirty_png(tmp_path: Path) -> Path:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", f"{CANARY} author")
    info.add_text("Comment", f"{CANARY} compressed", zip=True)
    info.add_itxt("Description", f"{CANARY} international", lang="en", tkey=CANARY)
    path = tmp_path / "dirty.png"
    pattern().save(path, pnginfo=info, exif=exif_block())
    data = path.read_bytes()
    extra = chunk(b"tIME", struct.pack(">HBBBBB", 2021, 5, 6, 7, 8, 9))
    extra += chunk(b"prVt", f"{CANARY} private".encode())
    extra += chunk(b"iCCP", b"custom\x00\x00" + zlib.compress(custom_icc()))
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
    assert rgba_frames(out) == rgba_frames(dirty_png)
    assert chunk_types(out.read_bytes()) == [b"IHDR", b"IDAT", b"IEND"]
    assert out.read_bytes().endswith(chunk(b"IEND", b""))

    again = clean(out, tmp_path / "again" / "x.png")
    assert again.outcome is Outcome.ALREADY_CLEAN


@pytest.mark.exiftool
def test_exiftool_written_tags(tmp_path: Path) -> None:
    path = tmp_path / "tool.png"
    pattern().save(path)
    exiftool_write(
        path, f"-XMP-dc:Creator={CANARY} creator", f"-XMP-photoshop:City={CANARY} city",
        f"-PNG:Author={CANARY} png author", f"-EXIF:Artist={CANARY} artist",
        f"-EXIF:Model={CANARY} model", "-GPSLatitude=48.85", "-GPSLatitudeRef=N",
        "-PNG:ModifyDate=2020:01:02 03:04:05",
    )  # fmt: skip
    assert leaks(path)
    keys = {f.key for f in inspect(path).findings}
    assert {"XMP:creator", "XMP:City", "PNG:Author", "EXIF:Artist", "EXIF:Model"} <= keys
    assert {"EXIF:GPSLatitude", "PNG:ModifyTime"} <= keys
    out = clean_to(path, tmp_path)
    assert_clean(out)
    assert rgba_frames(out) == rgba_frames(path)


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
    assert rgba_frames(out) == rgba_frames(path)
    assert {b"acTL", b"fcTL", b"fdAT"} <= set(chunk_types(out.read_bytes()))


@pytest.mark.exiftool
def test_palette_transparency_kept(tmp_path: Path) -> None:
    path = tmp_path / "pal.png"
    im = pattern((16, 16)).convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
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
    assert rgba_frames(out) == rgba_frames(path)


# --- colour profiles ---------------------------------------------------------------------


@pytest.mark.exiftool
def test_standard_icc_kept_and_removable(tmp_path: Path) -> None:
    path = tmp_path / "srgb.png"
    pattern().save(path, icc_profile=SRGB_ICC)
    report = inspect(path)
    # LittleCMS stamps its profiles with the moment they were made: that goes.
    assert [f.key for f in report.findings] == ["ICC:ProfileDetails"]
    assert [f.key for f in report.kept] == ["ICC:Profile"]

    res = clean(path, tmp_path / "keep" / "a.png")
    assert res.outcome is Outcome.CLEANED and res.output
    with Image.open(res.output) as im:
        assert im.info["icc_profile"] == canonical_icc(SRGB_ICC)
    assert_clean(res.output, allow_icc=True)

    gone = clean(
        path, tmp_path / "drop" / "b.png", CleanOptions(colour_profile=ColourProfile.REMOVE)
    )
    assert gone.output is not None
    assert b"iCCP" not in chunk_types(gone.output.read_bytes())
    assert rgba_frames(gone.output) == rgba_frames(path)


@pytest.mark.exiftool
def test_icc_profile_name_is_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "named.png"
    pattern().save(path)
    icc = zlib.compress(SRGB_ICC)
    data = insert_before(path.read_bytes(), chunk(b"iCCP", f"{CANARY}\x00\x00".encode() + icc))
    path.write_bytes(data)
    assert "PNG:ProfileName" in {f.key for f in inspect(path).findings}
    out = clean_to(path, tmp_path)
    assert not canary_in_bytes(out)
    with Image.open(out) as im:
        assert im.info["icc_profile"] == canonical_icc(SRGB_ICC)
    assert_clean(out, allow_icc=True)


def test_nonstandard_icc_dropped(tmp_path: Path) -> None:
    path = tmp_path / "custom.png"
    pattern().save(path, icc_profile=custom_icc())
    findings = inspect(path).findings
    assert [f.key for f in findings] == ["ICC:Profile"] and "not a standard" in findings[0].value
    out = clean_to(path, tmp_path)
    assert b"iCCP" not in chunk_types(out.read_bytes())
    assert not canary_in_bytes(out)


# --- hidden data -------------------------------------------------------------------------


def test_trailer_after_iend_removed(tmp_path: Path) -> None:
    """aCropalypse: a cropped screenshot kept the uncropped original after IEND."""
    path = tmp_path / "crop.png"
    pattern().save(path)
    original = path.read_bytes()
    path.write_bytes(original + b"\x00\x00\x00\x0dIHDR" + CANARY.encode() * 50)
    report = inspect(path)
    assert [(f.category, f.key) for f in report.findings] == [(Category.EMBEDDED, "PNG:trailer")]
    out = clean_to(path, tmp_path)
    assert out.read_bytes() == original  # Pillow's file was already minimal
    assert not canary_in_bytes(out)


@pytest.mark.exiftool
def test_imagemagick_raw_profiles_reported(tmp_path: Path) -> None:
    path = tmp_path / "magick.png"
    pattern().save(path)
    hexed = exif_block().hex().encode()
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
    assert_clean(out)


def test_decompression_bomb_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    pattern().save(path)
    bomb = zlib.compress(b"A" * (64 << 20), 9)  # 64 MB of text in ~64 KB
    extra = chunk(b"zTXt", b"Comment\x00\x00" + bomb)
    extra += chunk(b"iCCP", b"bomb\x00\x00" + bomb)
    path.write_bytes(insert_before(path.read_bytes(), extra))
    keys = [f.key for f in inspect(path).findings]
    assert "PNG:Comment" in keys and "ICC:Profile" in keys
    out = clean_to(path, tmp_path)
    assert chunk_types(out.read_bytes()) == [b"IHDR", b"IDAT", b"IEND"]


def test_unknown_chunks_dropped_known_display_chunks_kept(tmp_path: Path) -> None:
    path = tmp_path / "chunks.png"
    pattern().save(path, dpi=(300, 300))
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
    pattern().save(path)
    data = bytearray(path.read_bytes())
    idat = data.index(b"IDAT")
    data[idat + 10] ^= 0xFF
    path.write_bytes(bytes(data))
    assert "damaged" in assert_failed_without_output(path, tmp_path)


def test_bad_crc_on_text_chunk_still_removed(tmp_path: Path) -> None:
    path = tmp_path / "textcrc.png"
    pattern().save(path)
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
    pattern((64, 64)).save(path, pnginfo=info)
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
    pattern().save(path, pnginfo=info)
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
    pattern().save(path)
    path.write_bytes(insert_before(path.read_bytes(), chunk(b"ZZZZ", b"x")))
    res = clean(path, tmp_path / "out" / "cgbi.png")
    assert res.outcome is Outcome.REFUSED and res.output is None
    assert res.error and "ZZZZ" in res.error.message


def test_stuffed_display_chunk_dropped(tmp_path: Path) -> None:
    """An allowlisted chunk type with room for more than its numbers is not trusted."""
    path = tmp_path / "stuffed.png"
    pattern().save(path)
    stuffed = chunk(b"gAMA", struct.pack(">I", 45455) + CANARY.encode())
    path.write_bytes(insert_before(path.read_bytes(), stuffed))
    assert [f.key for f in inspect(path).findings] == ["PNG:gAMA"]
    out = clean_to(path, tmp_path)
    assert chunk_types(out.read_bytes()) == [b"IHDR", b"IDAT", b"IEND"]
    assert not canary_in_bytes(out)


def test_oversized_palette_fails(tmp_path: Path) -> None:
    path = tmp_path / "plte.png"
    pattern().save(path)
    path.write_bytes(insert_before(path.read_bytes(), chunk(b"PLTE", b"\x00" * 3 * 300)))
    assert "PLTE" in assert_failed_without_output(path, tmp_path)


# --- chunks decoders skip: repeats, wrong places, wrong sizes ----------------------------


def palette_png(path: Path) -> bytes:
    """A 4-colour palette picture (2-bit) and its bytes."""
    im = pattern((16, 16)).convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    im.save(path)
    return path.read_bytes()


def with_chunks(data: bytes, before: bytes, *extra: bytes) -> bytes:
    return insert_before(data, b"".join(extra), before)


CANARY_B = CANARY.encode()


@pytest.mark.exiftool
def test_repeated_display_chunks_and_palette_dropped(tmp_path: Path) -> None:
    src = tmp_path / "pal.png"
    plain = palette_png(src)
    plte = dict(_chunks(plain))[b"PLTE"]
    first = chunk(b"cHRM", bytes(32))
    second = chunk(b"cHRM", CANARY_B + bytes(21))
    data = with_chunks(plain, b"PLTE", first, second)
    data = with_chunks(data, b"IDAT", chunk(b"PLTE", CANARY_B + b"!"))
    src.write_bytes(data)
    assert [f.key for f in inspect(src).findings] == ["PNG:cHRM", "PNG:PLTE"]
    out = clean_to(src, tmp_path)
    assert chunk_types(out.read_bytes()) == [b"IHDR", b"cHRM", b"PLTE", b"IDAT", b"IEND"]
    assert dict(_chunks(out.read_bytes()))[b"PLTE"] == plte
    assert not canary_in_bytes(out)
    reference = tmp_path / "ref.png"
    reference.write_bytes(plain)
    assert rgba_frames(out) == rgba_frames(reference)
    assert_clean(out)


def test_unusable_palette_entries_cut(tmp_path: Path) -> None:
    src = tmp_path / "pal.png"
    plain = palette_png(src)  # 2 bits per pixel: at most 4 entries are reachable
    plte = dict(_chunks(plain))[b"PLTE"]
    assert len(plte) == 12
    src.write_bytes(plain.replace(chunk(b"PLTE", plte), chunk(b"PLTE", plte + CANARY_B + b"!")))
    assert [f.key for f in inspect(src).findings] == ["PNG:PLTE"]
    out = clean_to(src, tmp_path)
    assert out.read_bytes() == plain
    assert rgba_frames(out) == rgba_frames(src)


def test_chunks_after_picture_data_dropped(tmp_path: Path) -> None:
    src = tmp_path / "late.png"
    plain = palette_png(src)
    late = chunk(b"tRNS", CANARY_B[:4]) + chunk(b"bKGD", b"\x01") + chunk(b"acTL", bytes(8))
    late += chunk(b"iCCP", b"x\x00\x00" + zlib.compress(CANARY_B))
    src.write_bytes(with_chunks(plain, b"IEND", late))
    keys = [f.key for f in inspect(src).findings]
    assert keys == ["PNG:tRNS", "PNG:bKGD", "PNG:acTL", "ICC:Profile"]
    out = clean_to(src, tmp_path)
    assert out.read_bytes() == plain  # Pillow reads a late tRNS, libpng ignores it
    late_palette = with_chunks(plain, b"IEND", chunk(b"PLTE", bytes(6)))
    src.write_bytes(late_palette)
    assert "palette" in assert_failed_without_output(src, tmp_path)


@pytest.mark.parametrize(
    ("mode", "ctype", "data"),
    [
        pytest.param("RGB", b"tRNS", CANARY_B + bytes(245), id="rgb-trns-256"),
        pytest.param("RGBA", b"tRNS", CANARY_B[:6], id="rgba-trns"),
        pytest.param("L", b"tRNS", CANARY_B[:6], id="grey-trns-6"),
        pytest.param("P", b"tRNS", b"\xff" * 4 + CANARY_B, id="palette-trns-too-long"),
        pytest.param("P", b"bKGD", CANARY_B[:6], id="palette-bkgd-6"),
        pytest.param("RGB", b"bKGD", CANARY_B[:2], id="rgb-bkgd-2"),
        pytest.param("RGB", b"sBIT", CANARY_B[:4], id="rgb-sbit-4"),
    ],
)
def test_colour_dependent_sizes(tmp_path: Path, mode: str, ctype: bytes, data: bytes) -> None:
    src = tmp_path / "sized.png"
    if mode == "P":
        plain = palette_png(src)
    else:
        pattern((16, 16), mode).save(src)
        plain = src.read_bytes()
    src.write_bytes(with_chunks(plain, b"IDAT", chunk(ctype, data)))
    assert [f.key for f in inspect(src).findings] == [f"PNG:{ctype.decode()}"]
    out = clean_to(src, tmp_path)
    assert out.read_bytes() == plain
    assert not canary_in_bytes(out)


def test_frames_without_animation_header_dropped(tmp_path: Path) -> None:
    src = tmp_path / "frames.png"
    pattern((16, 16)).save(src)
    plain = src.read_bytes()
    fctl = struct.pack(">IIIIIHHBB", 0, 16, 16, 0, 0, 1, 1, 0, 0)
    frames = chunk(b"fcTL", fctl) + chunk(b"fdAT", b"\x00\x00\x00\x01" + CANARY_B)
    src.write_bytes(with_chunks(plain, b"IEND", frames))
    findings = [(f.category, f.key) for f in inspect(src).findings]
    assert findings == [(Category.EMBEDDED, "PNG:fdAT")]
    out = clean_to(src, tmp_path)
    assert out.read_bytes() == plain
    assert rgba_frames(out) == rgba_frames(src)


def _idat_split(data: bytes) -> tuple[bytes, bytes, bytes]:
    """(everything before the IDAT chunk, its zlib data, everything after)."""
    at = data.index(b"IDAT") - 4
    n = struct.unpack(">I", data[at : at + 4])[0]
    return data[:at], data[at + 8 : at + 8 + n], data[at + 12 + n :]


def _raw_rgb16() -> bytes:
    return b"".join(b"\x00" + bytes((10, 20, 30)) * 16 for _ in range(16))


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda h, z, t: h + chunk(b"IDAT", z + CANARY_B) + t, id="after-zlib-end"),
        pytest.param(
            lambda h, z, t: h + chunk(b"IDAT", z) + chunk(b"IDAT", CANARY_B) + t, id="extra-idat"
        ),
        pytest.param(
            lambda h, z, t: (
                h
                + chunk(b"IDAT", z[:20])
                + chunk(b"tEXt", b"a\x00b")
                + chunk(b"IDAT", z[20:] + CANARY_B)
                + t
            ),
            id="idat-after-other-chunk",
        ),
        pytest.param(
            lambda h, z, t: h + chunk(b"IDAT", zlib.compress(_raw_rgb16() + CANARY_B)) + t,
            id="more-pixels-than-the-header-says",
        ),
    ],
)
def test_hidden_data_in_picture_data_fails(tmp_path: Path, make: object) -> None:
    src = tmp_path / "idat.png"
    pattern((16, 16)).save(src)
    assert callable(make)
    src.write_bytes(make(*_idat_split(src.read_bytes())))
    assert "hidden in its picture data" in assert_failed_without_output(src, tmp_path)


def test_split_and_interlaced_picture_data_is_already_clean(tmp_path: Path) -> None:
    """IDAT split over several chunks, and Adam7: the size bound must fit them exactly."""
    im = pattern((13, 11))
    rows = [bytes(im.getpixel((x, y))) for y in range(11) for x in range(13)]  # type: ignore[arg-type]
    passes = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2))
    raw = b""
    for x0, y0, dx, dy in (*passes, (0, 1, 1, 2)):
        for y in range(y0, 11, dy):
            line = b"".join(rows[y * 13 + x] for x in range(x0, 13, dx))
            raw += b"\x00" + line if line else b""
    z = zlib.compress(raw)
    ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", 13, 11, 8, 2, 0, 0, 1))
    idats = b"".join(chunk(b"IDAT", z[i : i + 7]) for i in range(0, len(z), 7))
    src = tmp_path / "adam7.png"
    src.write_bytes(SIG + ihdr + idats + chunk(b"IEND", b""))
    with Image.open(src) as decoded:
        assert decoded.convert("RGB").tobytes() == im.tobytes()
    assert clean(src, tmp_path / "out" / "a.png").outcome is Outcome.ALREADY_CLEAN


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    pos, out = 8, []
    while pos + 8 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        out.append((ctype, data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return out
