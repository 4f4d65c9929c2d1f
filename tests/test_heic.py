"""HEIC cleaner: real files written by pillow-heif (libheif), edited box by box where
pillow-heif cannot write a feature (depth maps, gain maps, crops), checked by ExifTool."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

import pillow_heif
import pytest
from factories import XMP, camera_exif, custom_icc, pattern, standard_icc
from heif_build import BRANDS, DEPTH_URN, assemble, encode, phone_photo, read_items, tile_data
from oracle import CANARY, assert_clean, canary_in_bytes, leaks
from PIL import Image, ImageChops, ImageOps, ImageStat

from scrubber import CleanOptions, Outcome, clean, inspect
from scrubber.formats import heic
from scrubber.formats.heic import HEICCleaner
from scrubber.formats.icc import canonical_icc
from scrubber.model import Category, ColourProfile

pillow_heif.register_heif_opener()

GAIN_MAP_URN = "urn:com:apple:photo:2020:aux:hdrgainmap"
GREEN = (20, 230, 20)


def blocks(size: tuple[int, int] = (256, 192)) -> Image.Image:
    """Flat colour blocks: small lossy error, yet any rotation or flip is obvious."""
    w, h = size
    im = Image.new("RGB", size, (200, 40, 40))
    im.paste((40, 60, 200), (w // 2, 0, w, h // 2))
    im.paste((230, 220, 60), (0, h // 2, w // 2, h))
    im.paste((250, 250, 250), (w // 8, h // 8, w // 4, h // 4))
    return im


def mad(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per channel, on 0..255."""
    assert a.size == b.size, (a.size, b.size)
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    return sum(ImageStat.Stat(diff).mean) / 3


def opened(path: Path) -> Image.Image:
    with Image.open(path) as im:
        im.load()
        return im.copy()


def assert_same_picture(a: Path, b: Path) -> None:
    """Both decode to exactly the same pixels, as displayed (libheif applies rotation,
    mirror and crop; Pillow's AVIF reader leaves rotation in its EXIF, applied here)."""
    x, y = (ImageOps.exif_transpose(opened(p)) for p in (a, b))
    assert (x.mode, x.size) == (y.mode, y.size)
    assert ImageChops.difference(x, y).getbbox() is None, "the pictures differ"


# ExifTool lines every HEIC or AVIF may show that are not metadata: the 'mdat' box holding
# the coded picture, and the type of an alpha (transparency) plane, which display needs.
HEIC_STRUCTURE = {
    "QuickTime:MediaData": ("(Binary data",),
    "QuickTime:AuxiliaryImageType": (
        "urn:mpeg:hevc:2015:auxid:1",
        "urn:mpeg:mpegB:cicp:systems:auxiliary:alpha",
    ),
}


def assert_heic_clean(path: Path, allow_icc: bool = False) -> None:
    """The oracle (assert_clean), less the HEIC_STRUCTURE lines, matched by value."""
    left = leaks(path, allow_icc=allow_icc)
    for key, start in HEIC_STRUCTURE.items():
        value = left.get(key)
        if isinstance(value, str) and value.startswith(start) and CANARY not in value:
            del left[key]
    assert not left, f"ExifTool still sees: {left}"
    assert not canary_in_bytes(path), "a canary string survived in the raw bytes"


# --- reading and editing boxes independently of the cleaner ------------------------------


def boxes(buf: bytes, start: int = 0, end: int | None = None) -> list[tuple[str, bytes]]:
    """(type, payload) of each box; pillow-heif writes 32-bit sizes only."""
    end = len(buf) if end is None else end
    out, pos = [], start
    while pos < end:
        size, typ = struct.unpack_from(">I4s", buf, pos)
        assert 8 <= size <= end - pos
        out.append((typ.decode("latin-1"), buf[pos + 8 : pos + size]))
        pos += size
    return out


def box(typ: str, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), typ.encode("latin-1")) + payload


def meta_boxes(path: Path) -> dict[str, bytes]:
    (meta,) = [p for t, p in boxes(path.read_bytes()) if t == "meta"]
    return dict(boxes(meta, 4))


def properties(path: Path) -> list[tuple[str, bytes]]:
    iprp = dict(boxes(meta_boxes(path)["iprp"]))
    return boxes(iprp["ipco"])


def item_types(path: Path) -> list[str]:
    iinf = meta_boxes(path)["iinf"]
    return [p[8:12].decode("latin-1") for _, p in boxes(iinf, 6)]


def edit_meta(path: Path, edit: Callable[[dict[str, bytes]], None]) -> None:
    """Rewrite the meta box. The old one becomes 'free' so item offsets stay valid, and
    the new one goes at the end of the file (HEIF allows any top-level order)."""
    data = path.read_bytes()
    pos = 0
    while data[pos + 4 : pos + 8] != b"meta":
        pos += struct.unpack_from(">I", data, pos)[0]
    size = struct.unpack_from(">I", data, pos)[0]
    children = dict(boxes(data, pos + 12, pos + size))
    edit(children)
    meta = box("meta", data[pos + 8 : pos + 12] + b"".join(box(t, p) for t, p in children.items()))
    path.write_bytes(data[: pos + 4] + b"free" + data[pos + 8 :] + meta)


def add_property(children: dict[str, bytes], prop: bytes, item: int, essential: bool) -> None:
    """Append a property to ipco and associate it, last, with one item (ipma v0, 7-bit)."""
    iprp = dict(boxes(children["iprp"]))
    ipco = iprp["ipco"] + prop
    index = len(boxes(ipco))
    ipma = iprp["ipma"]
    assert ipma[:4] == bytes(4), "expects ipma version 0 without wide indices"
    (count,) = struct.unpack_from(">I", ipma, 4)
    entries, pos = bytearray(ipma[:8]), 8
    for _ in range(count):
        iid, n = struct.unpack_from(">HB", ipma, pos)
        assoc = ipma[pos + 3 : pos + 3 + n]
        if iid == item:
            assoc += bytes([index | (0x80 if essential else 0)])
        entries += struct.pack(">HB", iid, len(assoc)) + assoc
        pos += 3 + n
    children["iprp"] = box("ipco", ipco) + box("ipma", bytes(entries))


def primary_id(children: dict[str, bytes]) -> int:
    return int.from_bytes(children["pitm"][4:6], "big")


def thumbnail_to_aux(path: Path, urn: str) -> None:
    """Turn the thumbnail into an auxiliary image of the given kind (pillow-heif cannot
    write depth maps or gain maps, so the references are rewritten by hand)."""

    def edit(children: dict[str, bytes]) -> None:
        iref = children["iref"]
        thumb = next(int.from_bytes(p[:2], "big") for t, p in boxes(iref, 4) if t == "thmb")
        children["iref"] = iref.replace(b"thmb", b"auxl")
        add_property(children, box("auxC", bytes(4) + urn.encode() + b"\x00"), thumb, False)

    edit_meta(path, edit)


def crop_primary(path: Path, width: int, height: int) -> None:
    """A centred clean aperture (clap) on the main picture, as photo editors write."""
    clap = box("clap", struct.pack(">IIIIiIiI", width, 1, height, 1, 0, 1, 0, 1))
    edit_meta(path, lambda c: add_property(c, clap, primary_id(c), True))


# --- fixtures ------------------------------------------------------------------------------


def phone_heic(
    path: Path,
    im: Image.Image | None = None,
    *,
    orientation: int = 1,
    exif: bool = True,
    xmp: bool = True,
    thumbnail: bool = True,
    **params: object,
) -> Path:
    """A HEIC as a phone writes it: EXIF item, XMP item, thumbnail, rotation (irot)."""
    im = blocks() if im is None else im
    if exif:
        params["exif"] = camera_exif(orientation)  # pillow-heif turns Orientation into irot
    if xmp:
        params["xmp"] = XMP
    if thumbnail:
        params["thumbnails"] = [64]
    im.save(path, format="HEIF", quality=95, **params)
    return path


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    return out


def keys(report_findings: object) -> set[str]:
    assert isinstance(report_findings, tuple)
    return {f.key for f in report_findings}


def clean_coded_messages(src: Path, target: Path) -> Path:
    """Clean `src`, whose coded data carries encoder messages holding the canary (and still
    decodes), proving they were there before and are gone after; the copy's path."""
    assert canary_in_bytes(src)
    assert opened(src).size == blocks().size  # the decoder reads it
    assert "HEIC:Messages" in keys(inspect(src).findings)
    result = clean(src, target)
    assert result.outcome is Outcome.CLEANED, result.error
    assert "HEIC:Messages" in keys(result.removed)
    assert result.output is not None and not canary_in_bytes(result.output)
    return result.output


def no_leftovers(folder: Path) -> None:
    assert not list(folder.iterdir()), f"files left behind: {list(folder.iterdir())}"


# --- tests -------------------------------------------------------------------------------


def test_sniff_heic_but_not_avif_or_others(tmp_path: Path) -> None:
    cleaner = HEICCleaner()
    head = phone_heic(tmp_path / "a.heic").read_bytes()[:64]
    assert cleaner.sniff(head)
    assert cleaner.sniff(b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic" + bytes(40))
    assert not cleaner.sniff(b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + bytes(40))
    assert not cleaner.sniff(b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1avif" + bytes(40))
    assert not cleaner.sniff(b"\x00\x00\x00\x18ftypisom\x00\x00\x00\x00isommp42" + bytes(40))
    assert not cleaner.sniff(b"\xff\xd8\xff\xe0" + bytes(60))


def test_output_extension() -> None:
    cleaner = HEICCleaner()
    assert cleaner.output_extension(CleanOptions()) == ".heic"
    assert cleaner.output_extension(CleanOptions(heic_to_jpeg=True)) == ".jpg"


@pytest.mark.exiftool
def test_phone_photo_is_cleaned_and_shown_the_same(tmp_path: Path, out_dir: Path) -> None:
    src = phone_heic(tmp_path / "phone-photo.HEIC", orientation=6)
    assert "SCRUBCANARY-make" in str(leaks(src))
    assert item_types(src).count("hvc1") == 2  # the photo and its thumbnail
    assert any(t == "irot" for t, _ in properties(src))

    report = inspect(src)
    found = keys(report.findings)
    assert {"EXIF:Make", "EXIF:Model", "EXIF:BodySerialNumber", "EXIF:Artist"} <= found
    assert {"EXIF:GPSLatitude", "EXIF:GPSLongitude", "EXIF:ThumbnailImage"} <= found
    assert {"XMP:creator", "XMP:City", "HEIC:Thumbnail"} <= found
    cats = {f.category for f in report.findings}
    assert {Category.LOCATION, Category.DEVICE, Category.PERSON, Category.EMBEDDED} <= cats

    result = clean(src, out_dir / "phone-photo.HEIC")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and result.output.suffix == ".HEIC"
    assert_heic_clean(result.output)
    assert item_types(result.output) == ["hvc1"]  # the photo alone
    assert any(t == "irot" for t, _ in properties(result.output))  # shown the same way
    assert tile_data(result.output.read_bytes()) == tile_data(src.read_bytes())

    shown = blocks().transpose(Image.Transpose.ROTATE_270)  # EXIF 6: turn 90 degrees clockwise
    assert mad(opened(src), shown) < 3  # the fixture really displays rotated
    assert opened(result.output).size == (192, 256)
    assert_same_picture(src, result.output)
    again = clean(result.output, out_dir / "again.heic")
    assert again.outcome is Outcome.ALREADY_CLEAN, again.error
    assert again.output is not None and again.output.read_bytes() == result.output.read_bytes()


@pytest.mark.exiftool
def test_heic_to_jpeg_has_no_exif_or_profile(tmp_path: Path, out_dir: Path) -> None:
    src = phone_heic(tmp_path / "photo.heic", orientation=8)
    result = clean(src, out_dir / "photo.heic", CleanOptions(heic_to_jpeg=True))
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and result.output.suffix == ".jpg"
    assert result.output.read_bytes()[:2] == b"\xff\xd8"
    assert_clean(result.output)
    with Image.open(result.output) as im:
        assert im.format == "JPEG"
        assert not im.getexif() and "exif" not in im.info and "icc_profile" not in im.info
        im.load()
        assert mad(im, blocks().transpose(Image.Transpose.ROTATE_90)) < 3


@pytest.mark.exiftool
@pytest.mark.parametrize(
    ("urn", "key"), [(DEPTH_URN, "HEIC:DepthMap"), (GAIN_MAP_URN, "HEIC:HDRGainMap")]
)
def test_depth_map_and_gain_map_are_removed(
    tmp_path: Path, out_dir: Path, urn: str, key: str
) -> None:
    src = phone_heic(tmp_path / "portrait.heic", exif=False)
    thumbnail_to_aux(src, urn)
    assert leaks(src)
    heif = pillow_heif.open_heif(src)
    if urn == DEPTH_URN:  # libheif itself sees the planted image
        assert heif.info["depth_images"]
    else:
        assert urn in heif.info["aux"]
    report = inspect(src)
    assert key in keys(report.findings)
    assert "HEIC:Thumbnail" not in keys(report.findings)
    assert any(f.category is Category.EMBEDDED for f in report.findings if f.key == key)

    result = clean(src, out_dir / "portrait.heic")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_heic_clean(result.output)
    assert item_types(result.output) == ["hvc1"]
    cleaned = pillow_heif.open_heif(result.output)
    assert not cleaned.info["depth_images"] and not cleaned.info["aux"]
    assert mad(opened(result.output), blocks()) < 3


@pytest.mark.exiftool
def test_crop_is_applied_and_hidden_part_dropped(tmp_path: Path, out_dir: Path) -> None:
    im = Image.new("RGB", (256, 192), GREEN)  # green only where the crop hides it
    im.paste(blocks((128, 96)), (64, 48))
    src = phone_heic(tmp_path / "cropped.heic", im, exif=False, thumbnail=False)
    crop_primary(src, 128, 96)
    assert opened(src).size == (128, 96)  # libheif shows the crop
    assert "QuickTime:CleanAperture" in leaks(src)
    assert "HEIC:UncroppedOriginal" in keys(inspect(src).findings)

    result = clean(src, out_dir / "cropped.heic")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_heic_clean(result.output)
    sizes = [struct.unpack(">II", p[4:12]) for t, p in properties(result.output) if t == "ispe"]
    assert sizes == [(128, 96)]  # coded at the shown size: nothing beyond the crop
    output = opened(result.output)
    assert mad(output, blocks((128, 96))) < 3
    red, green, blue = (output.getchannel(c).tobytes() for c in "RGB")
    pixels = zip(red, green, blue, strict=True)
    greens = sum(1 for r, g, b in pixels if g > 200 and r < 90 and b < 90)
    assert greens < 10, f"{greens} pixels of the hidden border survived"


def test_encoder_padding_crop_is_not_reported(tmp_path: Path, out_dir: Path) -> None:
    src = tmp_path / "odd.heic"
    blocks((301, 201)).save(src, format="HEIF", quality=95)
    assert any(t == "clap" for t, _ in properties(src))  # libheif pads odd sizes by one
    assert inspect(src).is_clean
    result = clean(src, out_dir / "odd.heic")
    assert result.outcome is Outcome.ALREADY_CLEAN, result.error
    assert result.output is not None and opened(result.output).size == (301, 201)


@pytest.mark.exiftool
def test_another_top_level_picture_is_removed(tmp_path: Path, out_dir: Path) -> None:
    src = tmp_path / "two.heic"
    second = Image.new("RGB", (128, 128), GREEN)
    blocks().save(src, format="HEIF", save_all=True, append_images=[second], xmp=XMP)
    assert len(pillow_heif.open_heif(src)) == 2
    assert leaks(src)
    assert "HEIC:OtherImage" in keys(inspect(src).findings)
    result = clean(src, out_dir / "two.heic")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_heic_clean(result.output)
    assert len(pillow_heif.open_heif(result.output)) == 1
    assert mad(opened(result.output), blocks()) < 3


@pytest.mark.exiftool
def test_alpha_is_kept(tmp_path: Path, out_dir: Path) -> None:
    im = blocks().convert("RGBA")
    im.putalpha(Image.linear_gradient("L").resize(im.size).point(lambda a: max(a, 40)))
    im.paste((*GREEN, 0), (0, 96, 128, 192))  # invisible colour: must not survive
    src = tmp_path / "alpha.heic"
    im.save(src, format="HEIF", quality=95, xmp=XMP)
    assert leaks(src)
    assert keys(inspect(src).findings) == {"XMP:creator", "XMP:City"}
    result = clean(src, out_dir / "alpha.heic")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_heic_clean(result.output)
    output = opened(result.output)
    assert output.mode == "RGBA"
    assert mad(output.getchannel("A"), im.getchannel("A")) < 3
    hidden = output.crop((8, 104, 120, 184)).convert("RGB")
    assert max(ImageStat.Stat(hidden).mean) < 20, "colour under transparent pixels survived"


@pytest.mark.exiftool
@pytest.mark.parametrize(
    ("extra", "key", "category"),
    [
        (box("uuid", bytes(16) + CANARY.encode() * 4), "HEIC:uuid", Category.OTHER),
        (box("mpvd", b"\x00\x00\x00\x10ftypmp42" + CANARY.encode()), "HEIC:MotionPhoto", None),
        (b"SEFH" + CANARY.encode() + b"\x00\x01SEFT", "HEIC:Trailer", Category.OTHER),
    ],
)
def test_extra_data_after_the_picture_is_removed(
    tmp_path: Path, out_dir: Path, extra: bytes, key: str, category: Category | None
) -> None:
    src = phone_heic(tmp_path / "extra.heic", exif=False, xmp=False, thumbnail=False)
    assert inspect(src).is_clean
    with open(src, "ab") as f:
        f.write(extra)
    assert canary_in_bytes(src)
    findings = {f.key: f.category for f in inspect(src).findings}
    assert findings.get(key) is (category or Category.EMBEDDED)
    result = clean(src, out_dir / "extra.heic")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_heic_clean(result.output)


def test_data_hidden_in_mdat_is_reported(tmp_path: Path, out_dir: Path) -> None:
    src = phone_heic(tmp_path / "slack.heic", exif=False, xmp=False, thumbnail=False)
    data = bytearray(src.read_bytes())
    assert boxes(bytes(data))[-1][0] == "mdat"
    start = len(data) - len(boxes(bytes(data))[-1][1]) - 8
    hidden = CANARY.encode() * 8  # inside the last mdat, but no item points at it
    struct.pack_into(">I", data, start, struct.unpack_from(">I", data, start)[0] + len(hidden))
    src.write_bytes(bytes(data) + hidden)
    assert canary_in_bytes(src)
    assert "HEIC:UnusedData" in keys(inspect(src).findings)
    result = clean(src, out_dir / "slack.heic")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and not canary_in_bytes(result.output)


@pytest.mark.exiftool
def test_standard_profile_kept_unless_asked(tmp_path: Path, out_dir: Path) -> None:
    icc = standard_icc()  # made once: the profile carries its creation time
    src = phone_heic(tmp_path / "srgb.heic", icc_profile=icc)
    assert "ICC:Profile" in keys(inspect(src).kept)
    kept = clean(src, out_dir / "kept.heic")
    assert kept.outcome is Outcome.CLEANED and kept.output is not None, kept.error
    assert_heic_clean(kept.output, allow_icc=True)
    assert opened(kept.output).info.get("icc_profile") == canonical_icc(icc)
    assert "ICC:Profile" in keys(kept.kept)
    as_jpeg = clean(src, out_dir / "kept.jpg", CleanOptions(heic_to_jpeg=True))
    assert as_jpeg.output is not None and opened(as_jpeg.output).info.get("icc_profile")

    options = CleanOptions(colour_profile=ColourProfile.REMOVE)
    removed = clean(src, out_dir / "removed.heic", options)
    assert removed.outcome is Outcome.CLEANED and removed.output is not None, removed.error
    assert_heic_clean(removed.output)
    assert not opened(removed.output).info.get("icc_profile")


@pytest.mark.exiftool
def test_personal_profile_is_removed(tmp_path: Path, out_dir: Path) -> None:
    src = phone_heic(tmp_path / "custom.heic", exif=False, icc_profile=custom_icc())
    assert leaks(src)
    profile = [f for f in inspect(src).findings if f.key == "ICC:Profile"]
    assert profile and profile[0].category is Category.OTHER
    for options in (CleanOptions(), CleanOptions(heic_to_jpeg=True)):
        result = clean(src, out_dir / "custom.heic", options)
        assert result.outcome is Outcome.CLEANED and result.output is not None, result.error
        assert_heic_clean(result.output)
        assert not opened(result.output).info.get("icc_profile")


@pytest.mark.parametrize("cut", [0.5, 0.95])
def test_truncated_file_fails_cleanly(tmp_path: Path, out_dir: Path, cut: float) -> None:
    data = phone_heic(tmp_path / "full.heic").read_bytes()
    src = tmp_path / "cut.heic"
    src.write_bytes(data[: int(len(data) * cut)])
    result = clean(src, out_dir / "cut.heic")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and "cut off" in result.error.message
    no_leftovers(out_dir)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(range(256)) * 4,
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic\x00\x00\x00\x08meta",
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic\xff\xff\xff\xffmeta" + bytes(64),
    ],
)
def test_garbage_fails_with_a_clear_message(tmp_path: Path, out_dir: Path, data: bytes) -> None:
    src = tmp_path / "garbage.heic"
    src.write_bytes(data)
    result = clean(src, out_dir / "garbage.heic")
    assert result.outcome is Outcome.FAILED, result
    assert result.error is not None and "HEIC" in result.error.message
    assert "Traceback" not in result.error.message
    no_leftovers(out_dir)


def test_damaged_picture_data_fails(tmp_path: Path, out_dir: Path) -> None:
    src = phone_heic(tmp_path / "broken.heic", exif=False, xmp=False, thumbnail=False)
    data = bytearray(src.read_bytes())
    assert boxes(bytes(data))[-1][0] == "mdat"
    mdat = len(data) - len(boxes(bytes(data))[-1][1])
    data[mdat:] = bytes(len(data) - mdat)  # the coded picture zeroed, structure intact
    src.write_bytes(bytes(data))
    result = clean(src, out_dir / "broken.heic")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and "decoded" in result.error.message
    no_leftovers(out_dir)


def test_decompression_bomb_is_copied_or_refused_before_decoding(
    tmp_path: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = phone_heic(tmp_path / "bomb.heic", exif=False, xmp=False, thumbnail=False)
    data = src.read_bytes()
    old = b"ispe" + bytes(4) + struct.pack(">II", 256, 192)
    assert data.count(old) == 1
    src.write_bytes(data.replace(old, b"ispe" + bytes(4) + struct.pack(">II", 20000, 15000)))

    def never(*args: object) -> None:
        raise AssertionError("decoding was attempted")

    monkeypatch.setattr(heic, "decode_shown", never)
    result = clean(src, out_dir / "bomb.heic", CleanOptions(heic_to_jpeg=True))
    assert result.outcome is Outcome.REFUSED
    assert result.error is not None and "too large" in result.error.message
    no_leftovers(out_dir)
    # Copied without decoding, the claimed size costs nothing: the copy is as it was.
    copied = clean(src, out_dir / "bomb.heic")
    assert copied.outcome is Outcome.ALREADY_CLEAN, copied.error
    assert copied.output is not None
    assert tile_data(copied.output.read_bytes()) == tile_data(src.read_bytes())


def test_too_small_for_heic_but_fine_as_jpeg(tmp_path: Path, out_dir: Path) -> None:
    src = phone_heic(tmp_path / "tiny.heic", blocks((40, 30)), thumbnail=False)
    assert clean(src, out_dir / "tiny.heic").outcome is Outcome.REFUSED
    no_leftovers(out_dir)
    as_jpeg = clean(src, out_dir / "tiny.jpg", CleanOptions(heic_to_jpeg=True))
    assert as_jpeg.outcome is Outcome.CLEANED, as_jpeg.error
    assert as_jpeg.output is not None and opened(as_jpeg.output).size == (40, 30)


# --- lossless copies of phone photos --------------------------------------------------------


@pytest.mark.exiftool
def test_phone_grid_photo_is_copied_without_loss(tmp_path: Path, out_dir: Path) -> None:
    """As iPhones store it: a grid of tiles, a thumbnail, a depth map, EXIF with GPS, XMP."""
    src = tmp_path / "phone-grid.HEIC"
    src.write_bytes(phone_photo(pattern((768, 512)), "heic", rotation=1))
    original = pillow_heif.open_heif(src)
    assert original.info["depth_images"] and original[0].info["thumbnails"]  # libheif sees them
    assert "SCRUBCANARY-make" in str(leaks(src)) and "GPS:GPSLatitude" in leaks(src)
    found = keys(inspect(src).findings)
    assert {"EXIF:GPSLatitude", "XMP:City", "HEIC:Thumbnail", "HEIC:DepthMap"} <= found

    result = clean(src, out_dir / "phone-grid.HEIC")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_heic_clean(result.output)
    assert tile_data(result.output.read_bytes()) == tile_data(src.read_bytes())  # 6 tiles
    items = read_items(result.output.read_bytes())
    assert sorted(items.types.values()) == ["grid"] + ["hvc1"] * 6
    assert {kind for kind, _, _ in items.refs} == {"dimg"}
    assert items.top == ["ftyp", "meta", "mdat"]
    cleaned = pillow_heif.open_heif(result.output)
    assert not cleaned.info["depth_images"] and not cleaned[0].info["thumbnails"]
    assert len(cleaned) == 1 and opened(result.output).size == (512, 768)  # turned
    assert_same_picture(src, result.output)
    assert not result.warnings


def test_encoder_messages_in_the_coded_data_are_dropped(tmp_path: Path, out_dir: Path) -> None:
    """HEVC SEI messages (encoders write their name and settings there) go; the picture's
    own units stay byte for byte."""
    part = encode(blocks(), "heic")
    text = b"x265 encoder " + CANARY.encode() + b" settings"
    uuid = bytes(range(16))
    sei = b"\x4e\x01\x05" + bytes([len(uuid + text)]) + uuid + text + b"\x80"  # user data
    part.data = struct.pack(">I", len(sei)) + sei + part.data
    (at,) = [i for i, prop in enumerate(part.props) if prop[4:8] == b"hvcC"]
    plain = part.props[at][8:]
    hvcc = bytearray(plain)  # the decoder set-up carries SEI units too
    hvcc[22] += 1
    hvcc += b"\xa7" + struct.pack(">HH", 1, len(sei)) + sei  # complete array of prefix SEI
    part.props[at] = box("hvcC", bytes(hvcc))
    src = tmp_path / "sei.heic"
    src.write_bytes(assemble(BRANDS["heic"], [part], []))
    output = clean_coded_messages(src, out_dir / "sei.heic")
    items = read_items(output.read_bytes())
    assert items.data[1] == part.data[4 + len(sei) :]
    ((_, config),) = [p for p in items.props[1] if p[0] == "hvcC"]
    assert config == plain
    assert_same_picture(src, output)


@pytest.mark.exiftool
def test_grid_hiding_whole_tiles_is_encoded_as_shown(tmp_path: Path, out_dir: Path) -> None:
    """Grids may cut the last column short (padding to whole tiles), never a whole tile:
    one outside the picture is a hidden picture, so the picture as shown is encoded."""
    im = Image.new("RGB", (768, 512), GREEN)  # the third column of tiles: hidden below
    im.paste(blocks((500, 512)), (0, 0))
    data = phone_photo(im, "heic")
    grid = struct.pack(">BBBBHH", 0, 0, 1, 2, 768, 512)
    ispe = b"ispe" + bytes(4) + struct.pack(">II", 768, 512)
    assert data.count(grid) == 1 and data.count(ispe) == 1
    shown = struct.pack(">BBBBHH", 0, 0, 1, 2, 500, 512)
    data = data.replace(grid, shown).replace(
        ispe, b"ispe" + bytes(4) + struct.pack(">II", 500, 512)
    )
    src = tmp_path / "hidden-tiles.heic"
    src.write_bytes(data)
    assert opened(src).size == (500, 512)  # libheif shows the left part only

    result = clean(src, out_dir / "hidden-tiles.heic")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert any("hides whole tiles" in w for w in result.warnings)
    assert_heic_clean(result.output)
    output = opened(result.output)
    assert output.size == (500, 512)
    assert mad(output, opened(src)) < 3
    coded = [struct.unpack(">II", p[4:12]) for t, p in properties(result.output) if t == "ispe"]
    assert all(w <= 512 for w, _ in coded)  # tiles of 512 or the picture itself: no 768
    red, green, blue = (output.getchannel(c).tobytes() for c in "RGB")
    pixels = zip(red, green, blue, strict=True)
    assert sum(1 for r, g, b in pixels if g > 200 and r < 90 and b < 90) < 10


@pytest.mark.exiftool
def test_descriptive_properties_and_groups_are_dropped(tmp_path: Path, out_dir: Path) -> None:
    """A user description (udes) and a group box (grpl, bursts and stereo pairs) on an
    otherwise clean photo go; the picture's own properties and data stay."""
    src = phone_heic(tmp_path / "described.heic", exif=False, xmp=False, thumbnail=False)
    text = CANARY.encode() + b" bedroom\x00"
    udes = box("udes", bytes(4) + b"en\x00" + text + text + b"\x00")

    def edit(children: dict[str, bytes]) -> None:
        add_property(children, udes, primary_id(children), False)
        children["grpl"] = box("brst", bytes(4) + struct.pack(">III", 7, 1, primary_id(children)))

    edit_meta(src, edit)
    assert canary_in_bytes(src)
    found = keys(inspect(src).findings)
    assert {"HEIC:udes", "HEIC:Groups"} <= found
    result = clean(src, out_dir / "described.heic")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_heic_clean(result.output)
    assert "grpl" not in meta_boxes(result.output)
    assert [t for t, _ in properties(result.output)] == [
        t for t, _ in properties(src) if t != "udes"
    ]
    assert tile_data(result.output.read_bytes()) == tile_data(src.read_bytes())
    assert_same_picture(src, result.output)


def test_picture_data_outside_media_data_is_encoded_as_shown(tmp_path: Path, out_dir: Path) -> None:
    """Coded data that lies in a 'free' box rather than 'mdat' is not copied blindly: the
    picture as shown is encoded afresh and the box goes."""
    src = phone_heic(tmp_path / "odd.heic", exif=False, xmp=False, thumbnail=False)
    data = src.read_bytes()
    assert data.count(b"mdat") == 1
    src.write_bytes(data.replace(b"mdat", b"free"))
    assert opened(src).size == blocks().size  # libheif follows the item locations anyway
    assert "HEIC:FreeSpace" in keys(inspect(src).findings)
    result = clean(src, out_dir / "odd.heic")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert any("outside the media data" in w for w in result.warnings)
    assert [t for t, _ in boxes(result.output.read_bytes())] == ["ftyp", "meta", "mdat"]
    assert mad(opened(result.output), blocks()) < 3
