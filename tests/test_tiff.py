"""TIFF: every page rebuilt from an allowlist, image data copied verbatim, judged by ExifTool."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

import pytest
from factories import camera_exif, custom_icc, exiftool_write, pattern, standard_icc
from oracle import CANARY, assert_clean, canary_in_bytes, exiftool_tags, leaks
from PIL import Image, ImageSequence, TiffImagePlugin

from scrubber import (
    Category,
    CleanOptions,
    ColourProfile,
    Orientation,
    Outcome,
    clean,
    inspect,
)
from scrubber.formats.tiffdir import TiffReader

pytestmark = pytest.mark.exiftool

EXIFTOOL_TIFF_TAGS = (
    f"-XMP-dc:Creator={CANARY}-xmp-creator",
    f"-XMP-xmpMM:DocumentID=xmp.did:{CANARY}",
    f"-XMP-photoshop:City={CANARY}-city",
    f"-IPTC:By-line={CANARY}-byline",
    f"-IPTC:City={CANARY}-iptc-city",
    "-GPSLatitude=52.37",
    "-GPSLatitudeRef=N",
    f"-GPSAreaInformation={CANARY}-area",
    f"-DocumentName={CANARY}-document",
    f"-PageName={CANARY}-page",
)


def tiffinfo() -> TiffImagePlugin.ImageFileDirectory_v2:
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[315] = f"{CANARY}-artist"
    info[271] = f"{CANARY}-make"
    info[272] = f"{CANARY}-model"
    info[305] = f"{CANARY}-software"
    info[306] = "2024:01:01 12:00:00"
    info[270] = f"{CANARY}-description"
    return info


def pages(path: Path) -> list[tuple[str, tuple[int, int], bytes]]:
    with Image.open(path) as im:
        return [(f.mode, f.size, f.tobytes()) for f in ImageSequence.Iterator(im)]


# ExifTool names the strips of a JPEG-compressed page a "preview image" (and warns when
# there are several) and lists the JPEG tables decoding needs: for such files these, and
# only these, are expected.
JPEG_TIFF_TAGS = {"PreviewImageStart", "PreviewImageLength", "PreviewImage", "JPEGTables"}


def assert_clean_tiff(path: Path, allow_icc: bool = False) -> None:
    with Image.open(path) as im:
        jpeg = im.info.get("compression") == "jpeg"
    if not jpeg:
        assert_clean(path, allow_icc=allow_icc)
        return
    left = {
        key: value
        for key, value in leaks(path, allow_icc=allow_icc).items()
        if key.rpartition(":")[2] not in JPEG_TIFF_TAGS
        and not (key == "ExifTool:Warning" and str(value).startswith("RawConv PreviewImage"))
    }
    assert not left, f"ExifTool still sees: {left}"
    assert not canary_in_bytes(path)


def assert_cleaned(src: Path, tmp_path: Path, allow_icc: bool = False) -> Path:
    """Clean `src`, check the result with the oracle, the pixels, and a second clean."""
    assert leaks(src) and canary_in_bytes(src), "the fixture should be dirty"
    assert inspect(src).findings
    result = clean(src, tmp_path / "out" / src.name)
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean_tiff(result.output, allow_icc=allow_icc)
    assert pages(result.output) == pages(src)
    again = clean(result.output, tmp_path / "again" / src.name)
    assert again.outcome is Outcome.ALREADY_CLEAN, again.error
    return result.output


# --- a hand-made TIFF writer, for layouts Pillow does not write ---------------------------

SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1}
FORMATS = {1: "B", 3: "H", 4: "I", 7: "B"}
Value = tuple[int, bytes | str | Sequence[int] | Sequence[tuple[int, int]]]


def _pack(e: str, typ: int, values: object) -> bytes:
    if isinstance(values, bytes):
        return values
    if isinstance(values, str):
        return values.encode() + b"\x00"
    assert isinstance(values, Sequence)
    if typ == 5:
        return b"".join(struct.pack(e + "II", *v) for v in values)
    return struct.pack(f"{e}{len(values)}{FORMATS[typ]}", *values)


def handmade_tiff(
    path: Path,
    page_list: list[tuple[dict[int, Value], list[bytes]]],
    endian: str = "<",
    tiled: bool = False,
    junk: bytes = b"",
) -> Path:
    """Each page: its tags and its strips (or tiles); offsets and counts are filled in
    unless given. `junk` goes between the header and the first data, unreferenced."""
    e = endian
    out = bytearray((b"II" if e == "<" else b"MM") + struct.pack(e + "HI", 42, 0) + junk)
    next_ptr = 4
    for tags_in, chunks in page_list:
        offsets = []
        for chunk in chunks:
            offsets.append(len(out))
            out += chunk
        out += b"\x00" * (len(out) & 1)
        tags = dict(tags_in)
        tags.setdefault(0x144 if tiled else 0x111, (4, offsets))
        tags.setdefault(0x145 if tiled else 0x117, (4, [len(c) for c in chunks]))
        ifd_at = len(out)
        struct.pack_into(e + "I", out, next_ptr, ifd_at)
        values_at = ifd_at + 2 + 12 * len(tags) + 4
        ifd, extra = bytearray(struct.pack(e + "H", len(tags))), bytearray()
        for tag, (typ, values) in sorted(tags.items()):
            data = _pack(e, typ, values)
            if len(data) <= 4:
                field = data.ljust(4, b"\x00")
            else:
                field = struct.pack(e + "I", values_at + len(extra))
                extra += data + b"\x00" * (len(data) & 1)
            ifd += struct.pack(e + "HHI", tag, typ, len(data) // SIZES[typ]) + field
        next_ptr = ifd_at + len(ifd)
        out += ifd + struct.pack(e + "I", 0) + extra
    path.write_bytes(bytes(out))
    return path


def rgb_tags(size: tuple[int, int], **more: Value) -> dict[int, Value]:
    tags: dict[int, Value] = {
        0x100: (3, [size[0]]),
        0x101: (3, [size[1]]),
        0x102: (3, [8, 8, 8]),
        0x103: (3, [1]),
        0x106: (3, [2]),
        0x115: (3, [3]),
        0x11C: (3, [1]),
    }
    for key, value in more.items():
        tags[int(key[1:], 16)] = value
    return tags


def strips(im: Image.Image, rows: int) -> list[bytes]:
    data, stride = im.tobytes(), im.width * 3
    return [data[i : i + rows * stride] for i in range(0, len(data), rows * stride)]


def tiles(im: Image.Image, size: int) -> list[bytes]:
    return [
        im.crop((x, y, x + size, y + size)).tobytes()
        for y in range(0, im.height, size)
        for x in range(0, im.width, size)
    ]


def planted(**more: Value) -> dict[str, Value]:
    """Identifying tags as a scanner or editor writes them (keys: 't' + hex tag)."""
    return {
        "t13B": (2, f"{CANARY}-artist"),
        "t10F": (2, f"{CANARY}-make"),
        "t131": (2, f"{CANARY}-software"),
        "t132": (2, "2024:01:01 12:00:00"),
        **more,
    }


# --- tests -----------------------------------------------------------------------------


def test_tagged_tiff_loses_every_identifying_field(tmp_path: Path) -> None:
    src = tmp_path / "scan.tif"
    pattern().save(src, exif=camera_exif(thumbnail=False))  # Make, Artist, GPS IFD, ...
    exiftool_write(src, *EXIFTOOL_TIFF_TAGS)
    tags = exiftool_tags(src)
    assert any(k.startswith("GPS:") for k in tags) and "IPTC:By-line" in tags
    report = inspect(src)
    cats = {f.category for f in report.findings}
    assert {Category.LOCATION, Category.DEVICE, Category.PERSON, Category.TIME} <= cats
    assert {Category.SOFTWARE} <= cats
    keys = {f.key for f in report.findings}
    assert {"EXIF:Artist", "EXIF:GPSLatitude", "IPTC:By-line", "XMP:creator"} <= keys
    assert {"EXIF:DocumentName", "EXIF:PageName", "EXIF:BodySerialNumber"} <= keys

    out = assert_cleaned(src, tmp_path)

    assert not [k for k in exiftool_tags(out) if k.startswith(("ExifIFD:", "GPS:", "XMP"))]


def test_tiffinfo_tags_from_pillow_are_removed(tmp_path: Path) -> None:
    src = tmp_path / "info.tif"
    pattern().save(src, tiffinfo=tiffinfo(), dpi=(300, 300))
    out = assert_cleaned(src, tmp_path)
    with Image.open(out) as im:
        assert im.info["dpi"] == (300, 300)  # display size is kept


def test_every_page_of_a_multipage_tiff_is_cleaned(tmp_path: Path) -> None:
    src = tmp_path / "multi.tif"
    ims = [pattern().rotate(90 * i) for i in range(3)]
    ims[0].save(src, save_all=True, append_images=ims[1:], tiffinfo=tiffinfo())
    keys = {f.key for f in inspect(src).findings}
    assert {"EXIF:Artist", "EXIF-page2:Artist", "EXIF-page3:Make"} <= keys
    out = assert_cleaned(src, tmp_path)
    assert len(pages(out)) == 3


@pytest.mark.parametrize("compression", ["tiff_lzw", "tiff_adobe_deflate", "packbits", "jpeg"])
def test_compressed_tiff_stays_pixel_identical(tmp_path: Path, compression: str) -> None:
    src = tmp_path / f"{compression}.tif"
    ims = [pattern((80, 300)), pattern((80, 300)).rotate(180)]
    ims[0].save(
        src, save_all=True, append_images=ims[1:], compression=compression, tiffinfo=tiffinfo()
    )
    exiftool_write(src, *EXIFTOOL_TIFF_TAGS)
    with Image.open(src) as im:
        assert im.info["compression"] == compression
    out = assert_cleaned(src, tmp_path)
    with Image.open(out) as im:
        assert im.info["compression"] == compression


def test_big_endian_16_bit_tiff(tmp_path: Path) -> None:
    src = tmp_path / "be.tif"
    pattern(mode="I").point(lambda v: v * 250).convert("I;16B").save(src, tiffinfo=tiffinfo())
    exiftool_write(src, *EXIFTOOL_TIFF_TAGS)
    assert src.read_bytes()[:2] == b"MM"
    out = assert_cleaned(src, tmp_path)
    assert out.read_bytes()[:4] == b"MM\x00*"


@pytest.mark.parametrize("endian", ["<", ">"])
def test_handmade_tiled_tiff_with_junk_between_blocks(tmp_path: Path, endian: str) -> None:
    im = pattern((32, 32))
    tags = rgb_tags((32, 32), t142=(3, [16]), t143=(3, [16]), **planted())
    junk = f"{CANARY}-unreferenced-bytes".encode()
    src = handmade_tiff(tmp_path / "tiled.tif", [(tags, tiles(im, 16))], endian, True, junk)
    assert pages(src) == [("RGB", (32, 32), im.tobytes())]
    out = assert_cleaned(src, tmp_path)
    assert out.read_bytes()[:2] == (b"II" if endian == "<" else b"MM")


def test_jpeg_compressed_strip_loses_its_comment_and_app_segments(tmp_path: Path) -> None:
    base = tmp_path / "jpeg.tif"
    pattern((64, 16)).save(base, compression="jpeg")
    data = base.read_bytes()
    reader = TiffReader(data)
    (ifd,) = reader.chain()
    (offset,) = reader.ints(ifd.entries[0x111])
    (count,) = reader.ints(ifd.entries[0x117])
    strip = data[offset : offset + count]
    assert strip[:2] == b"\xff\xd8"
    com = b"\xff\xfe" + struct.pack(">H", 2 + 20) + f"{CANARY}-com+pad".encode()[:20].ljust(20)
    app1 = b"\xff\xe1" + struct.pack(">H", 2 + 24) + b"Exif\x00\x00" + CANARY.encode().ljust(18)
    dirty = strip[:2] + com + app1 + strip[2:]
    # Append the dirty strip and point the (inline, single-strip) tags at it.
    patched = bytearray(data + dirty)
    for tag, value in ((0x111, len(data)), (0x117, len(dirty))):
        entry = ifd.entries[tag]
        fmt = "<H" if entry.type == 3 else "<I"
        struct.pack_into(fmt, patched, entry.value_offset, value)
    src = tmp_path / "dirty-jpeg.tif"
    src.write_bytes(bytes(patched))
    assert canary_in_bytes(src)
    keys = {f.key for f in inspect(src).findings}
    assert "EXIF:JPEGMetadata" in keys
    result = clean(src, tmp_path / "out.tif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean_tiff(result.output)
    assert pages(result.output) == pages(src) == pages(base)


def test_preview_pages_and_sub_ifds_are_dropped(tmp_path: Path) -> None:
    im, thumb = pattern((32, 32)), pattern((8, 8))
    main = rgb_tags((32, 32), t116=(3, [32]), t14A=(4, [8]))
    preview = rgb_tags((8, 8), tFE=(4, [1]), t116=(3, [8]))
    src = handmade_tiff(tmp_path / "p.tif", [(main, strips(im, 32)), (preview, strips(thumb, 8))])
    found = {(f.category, f.key) for f in inspect(src).findings}
    assert (Category.EMBEDDED, "TIFF:Page2") in found
    assert (Category.EMBEDDED, "EXIF:SubIFDs") in found
    result = clean(src, tmp_path / "out.tif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert pages(result.output) == [("RGB", (32, 32), im.tobytes())]
    assert_clean(result.output)


def test_text_hidden_in_an_allowed_tag_is_dropped(tmp_path: Path) -> None:
    im = pattern((16, 16))
    tags = rgb_tags((16, 16), t116=(3, [16]), t11A=(2, f"{CANARY}-resolution"))
    src = handmade_tiff(tmp_path / "x.tif", [(tags, strips(im, 16))])
    assert inspect(src).findings
    result = clean(src, tmp_path / "out.tif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean(result.output)
    assert pages(result.output) == pages(src)


@pytest.mark.parametrize(
    ("icc", "option", "kept"),
    [
        (standard_icc, ColourProfile.STANDARD, True),
        (standard_icc, ColourProfile.REMOVE, False),
        (custom_icc, ColourProfile.STANDARD, False),
    ],
)
def test_colour_profile(tmp_path: Path, icc: object, option: ColourProfile, kept: bool) -> None:
    assert callable(icc)
    src = tmp_path / "icc.tif"
    pattern().save(src, icc_profile=icc(), tiffinfo=tiffinfo())
    result = clean(src, tmp_path / "out.tif", CleanOptions(colour_profile=option))
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean(result.output, allow_icc=kept)
    with Image.open(result.output) as im:
        assert bool(im.info.get("icc_profile")) is kept
    assert pages(result.output) == pages(src)


def test_cut_short_tiff_fails_with_a_clear_message_and_no_output(tmp_path: Path) -> None:
    whole = tmp_path / "whole.tif"
    pattern((64, 64)).save(whole, tiffinfo=tiffinfo())
    src = tmp_path / "cut.tif"
    src.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    result = clean(src, tmp_path / "out" / "cut.tif")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and "cut short" in result.error.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"II*\x00" + struct.pack("<I", 4000) + bytes(100), id="ifd-outside"),
        pytest.param(b"MM\x00*" + bytes(4), id="no-pages"),
        pytest.param(b"II*\x00\x08\x00", id="header-cut"),
    ],
)
def test_garbage_tiff_fails_cleanly(tmp_path: Path, data: bytes) -> None:
    src = tmp_path / "bad.tif"
    src.write_bytes(data)
    result = clean(src, tmp_path / "out" / "bad.tif")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and result.error.code == "corrupt"
    assert "TIFF" in result.error.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_value_outside_the_file_is_corrupt(tmp_path: Path) -> None:
    src = handmade_tiff(tmp_path / "v.tif", [(rgb_tags((8, 8)), strips(pattern((8, 8)), 8))])
    data = bytearray(src.read_bytes())
    reader = TiffReader(bytes(data))
    entry = reader.chain()[0].entries[0x102]  # BitsPerSample: 6 bytes, stored elsewhere
    pointer = reader.chain()[0].offset + 2 + 12 * 2 + 8
    assert struct.unpack_from("<I", data, pointer)[0] == entry.value_offset
    struct.pack_into("<I", data, pointer, len(data) + 100)
    src.write_bytes(bytes(data))
    result = clean(src, tmp_path / "out.tif")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and "outside the file" in result.error.message


def test_bigtiff_is_cleaned_as_an_ordinary_tiff(tmp_path: Path) -> None:
    """A small BigTIFF (64-bit offsets) was once refused as "larger than 4 GB". ExifTool
    reads BigTIFF but cannot write it: the tags are Pillow's."""
    src = tmp_path / "big.tif"
    ims = [pattern((80, 300)), pattern((80, 300)).rotate(180)]
    ims[0].save(
        src, big_tiff=True, save_all=True, append_images=ims[1:], tiffinfo=tiffinfo(),
        exif=camera_exif(thumbnail=False),
    )  # fmt: skip
    assert src.read_bytes()[:4] == b"II+\x00"  # a BigTIFF
    assert exiftool_tags(src)["File:FileType"] == "BTF"
    assert "TIFF:BigTIFF" in {f.key for f in inspect(src).findings}
    out = assert_cleaned(src, tmp_path)
    assert out.read_bytes()[:4] == b"II*\x00"
    assert len(pages(out)) == 2


def test_refusals_have_clear_messages(tmp_path: Path) -> None:
    im = pattern((8, 8))
    old = handmade_tiff(tmp_path / "old.tif", [(rgb_tags((8, 8), t103=(3, [6])), strips(im, 8))])
    res = clean(old, tmp_path / "res1.tif")
    assert res.outcome is Outcome.REFUSED and res.error and "old-style JPEG" in res.error.message

    # 200 one-row strips all pointing at the same bytes: more image data than the file.
    data = pattern((8, 1)).tobytes()
    tags = rgb_tags((8, 200), t116=(3, [1]), t111=(4, [8] * 200), t117=(4, [len(data)] * 200))
    loop = handmade_tiff(tmp_path / "loop.tif", [(tags, [data])])
    res = clean(loop, tmp_path / "res3.tif")
    assert res.outcome is Outcome.REFUSED and res.error
    assert "more than the file" in res.error.message

    one = rgb_tags((1, 1), t116=(3, [1]))
    many = handmade_tiff(tmp_path / "many.tif", [(one, [b"\x00\x00\x00"])] * 1025)
    res = clean(many, tmp_path / "res4.tif")
    assert res.outcome is Outcome.REFUSED and res.error and "1024 pages" in res.error.message
    assert not list(tmp_path.glob("res*.tif"))


def test_orientation_is_kept_and_reported(tmp_path: Path) -> None:
    im = pattern((16, 8))
    tags = rgb_tags((16, 8), t116=(3, [8]), t112=(3, [6]), **planted())
    src = handmade_tiff(tmp_path / "rot.tif", [(tags, strips(im, 8))])
    out = assert_cleaned(src, tmp_path)
    assert [f.value for f in inspect(out).kept if f.key == "EXIF:Orientation"] == ["6"]
    assert exiftool_tags(out)["IFD0:Orientation"] == "Rotate 90 CW"
    baked = clean(src, tmp_path / "baked.tif", CleanOptions(orientation=Orientation.BAKE))
    assert baked.outcome is Outcome.CLEANED and any("orientation" in w for w in baked.warnings)


# --- what the kept tags and the image data may carry -----------------------------------

PAD = (CANARY + "!").encode()  # 12 bytes: a whole number of SHORTs


def assert_only_canary_dropped(src: Path, tmp_path: Path, key: str, im: Image.Image) -> Path:
    """The planted canary is seen, named by `key`, and gone; the pixels are those of `im`
    (Pillow cannot always read the dirty file itself)."""
    assert canary_in_bytes(src)
    assert key in {f.key for f in inspect(src).findings}
    result = clean(src, tmp_path / "out" / src.name)
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean(result.output)
    assert pages(result.output) == [(im.mode, im.size, im.tobytes())]
    again = clean(result.output, tmp_path / "again" / src.name)
    assert again.outcome is Outcome.ALREADY_CLEAN, again.error
    return result.output


def assert_fails(src: Path, tmp_path: Path) -> None:
    result = clean(src, tmp_path / "out" / src.name)
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and "TIFF" in result.error.message
    assert "\n" not in result.error.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        pytest.param({"t140": (3, PAD)}, "EXIF:ColorMap", id="colormap-on-rgb"),
        pytest.param({"t140": (3, PAD * 128)}, "EXIF:ColorMap", id="full-colormap-on-rgb"),
        pytest.param({"t128": (1, CANARY.encode())}, "EXIF:ResolutionUnit", id="bytes"),
        pytest.param({"t11A": (5, PAD + bytes(4))}, "EXIF:XResolution", id="two-rationals"),
        pytest.param({"t12D": (3, PAD * 10)}, "EXIF:TransferFunction", id="transfer"),
        pytest.param({"t152": (1, PAD * 5 + PAD[:4])}, "EXIF:ExtraSamples", id="extrasamples"),
        pytest.param({"t15B": (7, CANARY.encode())}, "EXIF:JPEGTables", id="tables-no-jpeg"),
        pytest.param({"t112": (3, PAD)}, "EXIF:Orientation", id="six-orientations"),
        pytest.param({"tFE": (4, bytes(4) + PAD)}, "EXIF:NewSubfileType", id="four-subfiletypes"),
        pytest.param({"t13E": (5, PAD * 4)}, "EXIF:WhitePoint", id="whitepoint"),
    ],
)
def test_kept_tag_with_the_wrong_type_or_count_is_dropped(
    tmp_path: Path, extra: dict[str, Value], key: str
) -> None:
    im = pattern((16, 16))
    src = handmade_tiff(
        tmp_path / "t.tif", [(rgb_tags((16, 16), t116=(3, [16]), **extra), strips(im, 16))]
    )
    assert_only_canary_dropped(src, tmp_path, key, im)


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param({"t153": (3, PAD)}, id="sampleformat"),
        pytest.param({"t102": (3, PAD)}, id="bitspersample"),
        pytest.param({"t103": (3, PAD)}, id="compression"),
        pytest.param({"t116": (4, PAD)}, id="rowsperstrip"),
    ],
)
def test_malformed_tag_decoding_needs_fails(tmp_path: Path, extra: dict[str, Value]) -> None:
    tags = rgb_tags((16, 16), t116=(3, [16]))
    tags.update({int(k[1:], 16): v for k, v in extra.items()})
    src = handmade_tiff(tmp_path / "t.tif", [(tags, strips(pattern((16, 16)), 16))])
    assert_fails(src, tmp_path)


def palette_tags(colormap: bytes | Sequence[int]) -> dict[int, Value]:
    return {
        0x100: (3, [16]),
        0x101: (3, [16]),
        0x102: (3, [8]),
        0x106: (3, [3]),
        0x116: (3, [16]),
        0x140: (3, colormap),
    }


def test_palette_tiff_keeps_its_colormap_and_a_wrong_one_fails(tmp_path: Path) -> None:
    im = pattern((16, 16)).convert("P")
    colours = [v * 257 for v in (im.getpalette() or [])]
    colormap = colours[0::3] + colours[1::3] + colours[2::3]
    colormap += [0] * (768 - len(colormap))
    tags = {**palette_tags(colormap), **rgb_tags((16, 16), t13B=(2, f"{CANARY}-artist"))}
    tags.update(palette_tags(colormap))
    tags[0x115] = (3, [1])
    good = handmade_tiff(tmp_path / "good.tif", [(tags, [im.tobytes()])])
    with Image.open(good) as check:
        assert check.mode == "P"
    assert_only_canary_dropped(good, tmp_path / "good", "EXIF:Artist", im)
    tags[0x140] = (3, PAD * 8)
    bad = handmade_tiff(tmp_path / "bad.tif", [(tags, [im.tobytes()])])
    assert_fails(bad, tmp_path / "bad")


def test_bytes_after_uncompressed_strips_and_tiles_are_cut(tmp_path: Path) -> None:
    im = pattern((32, 32))
    trail = CANARY.encode()
    tags = rgb_tags((32, 32), t116=(3, [12]))
    src = handmade_tiff(tmp_path / "s.tif", [(tags, [s + trail for s in strips(im, 12)])])
    out = assert_only_canary_dropped(src, tmp_path / "s", "EXIF:TrailingImageData", im)
    assert out.stat().st_size < src.stat().st_size
    tags = rgb_tags((32, 32), t142=(3, [16]), t143=(3, [16]))
    src = handmade_tiff(tmp_path / "t.tif", [(tags, [t + trail for t in tiles(im, 16)])], ">", True)
    assert_only_canary_dropped(src, tmp_path / "t", "EXIF:TrailingImageData", im)


def test_planar_strips_are_counted_per_plane_and_cut(tmp_path: Path) -> None:
    im = pattern((16, 16))
    planes = [band.tobytes() for band in im.split()]
    tags = rgb_tags((16, 16), t116=(3, [16]), t11C=(3, [2]))
    src = handmade_tiff(tmp_path / "p.tif", [(tags, [p + CANARY.encode() for p in planes])])
    assert pages(src) == [("RGB", (16, 16), im.tobytes())]
    assert_only_canary_dropped(src, tmp_path, "EXIF:TrailingImageData", im)


def test_strips_the_picture_does_not_use_are_dropped(tmp_path: Path) -> None:
    im = pattern((16, 16))
    tags = rgb_tags((16, 16), t116=(3, [8]))
    hidden = f"{CANARY}-extra-strip".encode()
    src = handmade_tiff(tmp_path / "x.tif", [(tags, [*strips(im, 8), hidden])])
    assert_only_canary_dropped(src, tmp_path, "EXIF:ExtraImageData", im)
    short = handmade_tiff(tmp_path / "short.tif", [(tags, strips(im, 8)[:1])])
    assert_fails(short, tmp_path / "short")


def test_bytes_after_the_jpeg_tables_are_dropped(tmp_path: Path) -> None:
    base = tmp_path / "jpeg.tif"
    pattern((64, 16)).save(base, compression="jpeg")
    data = base.read_bytes()
    reader = TiffReader(data)
    (ifd,) = reader.chain()
    tables = ifd.entries[0x15B]
    assert tables.data.endswith(b"\xff\xd9")
    dirty = tables.data + CANARY.encode()
    patched = bytearray(data + dirty)
    pos = ifd.offset + 2 + 12 * sorted(ifd.entries).index(0x15B)
    struct.pack_into("<II", patched, pos + 4, len(dirty), len(data))
    src = tmp_path / "tables.tif"
    src.write_bytes(bytes(patched))
    assert "EXIF:JPEGMetadata" in {f.key for f in inspect(src).findings}
    result = clean(src, tmp_path / "out.tif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean_tiff(result.output)
    assert pages(result.output) == pages(base)


def test_a_multipage_tiff_warns_that_every_page_is_kept(tmp_path: Path) -> None:
    src = tmp_path / "two.tif"
    second = Image.frombytes("RGB", (11, 1), CANARY.encode() * 3)
    pattern((8, 8)).save(src, save_all=True, append_images=[second], tiffinfo=tiffinfo())
    result = clean(src, tmp_path / "out.tif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert any("this TIFF has 2 pages" in w for w in result.warnings)
    one = tmp_path / "one.tif"
    pattern((8, 8)).save(one, tiffinfo=tiffinfo())
    assert not any("pages" in w for w in clean(one, tmp_path / "one-out.tif").warnings)


@pytest.mark.parametrize("mode", ["1", "L", "P", "LA", "RGBA", "CMYK", "I;16", "I", "F"])
@pytest.mark.parametrize("compression", [None, "tiff_lzw"])
def test_ordinary_modes_stay_pixel_identical(
    tmp_path: Path, mode: str, compression: str | None
) -> None:
    src = tmp_path / f"{mode.replace(';', '')}.tif"
    im = pattern((40, 30)).convert("RGBA" if mode in ("LA", "RGBA") else "RGB")
    im.convert(mode).save(src, compression=compression, tiffinfo=tiffinfo())
    assert_cleaned(src, tmp_path)
