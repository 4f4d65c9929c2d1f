"""AVIF cleaner: files written by Pillow (libavif), or assembled item by item from pictures
Pillow encoded (heif_build), decoded by Pillow and checked by ExifTool."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from factories import XMP, camera_exif, pattern
from heif_build import BRANDS, Part, assemble, box, encode, phone_photo, read_items, tile_data
from oracle import CANARY, canary_in_bytes, leaks
from PIL import Image, ImageStat
from test_heic import (
    GREEN,
    assert_heic_clean,
    assert_same_picture,
    blocks,
    clean_coded_messages,
    keys,
    mad,
    opened,
)

from scrubber import CleanOptions, Outcome, clean, inspect, registry
from scrubber.formats.avif import AVIFCleaner
from scrubber.formats.heic import HEICCleaner
from scrubber.messages import Message
from scrubber.redact import redact
from scrubber.redact.regions import Region


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    return out


def pillow_avif(path: Path, im: Image.Image | None = None, **params: object) -> Path:
    (blocks() if im is None else im).save(path, "AVIF", quality=90, **params)
    return path


def test_avif_is_told_apart_from_heic(tmp_path: Path) -> None:
    src = pillow_avif(tmp_path / "a.avif", exif=camera_exif())
    head = src.read_bytes()[:64]
    assert AVIFCleaner().sniff(head) and not HEICCleaner().sniff(head)
    assert registry.detect(src).name == "AVIF"
    named_wrong = tmp_path / "a.jpg"
    named_wrong.write_bytes(src.read_bytes())
    assert registry.detect(named_wrong).name == "AVIF"
    assert ".avif" in registry.supported_extensions()


@pytest.mark.exiftool
def test_phone_grid_photo_is_copied_without_loss(tmp_path: Path, out_dir: Path) -> None:
    src = tmp_path / "photo.avif"
    src.write_bytes(phone_photo(pattern((768, 512)), "avif", rotation=3))
    assert "SCRUBCANARY-make" in str(leaks(src)) and "GPS:GPSLatitude" in leaks(src)
    report = inspect(src)
    assert report.format == "AVIF"
    found = keys(report.findings)
    assert {"EXIF:GPSLatitude", "XMP:City", "HEIC:Thumbnail", "HEIC:DepthMap"} <= found

    result = clean(src, out_dir / "photo.avif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and result.output.suffix == ".avif"
    assert_heic_clean(result.output)
    assert tile_data(result.output.read_bytes()) == tile_data(src.read_bytes())  # 6 tiles
    items = read_items(result.output.read_bytes())
    assert sorted(items.types.values()) == ["av01"] * 6 + ["grid"]
    assert {kind for kind, _, _ in items.refs} == {"dimg"}
    assert b"avif" in items.brands
    with Image.open(result.output) as im:
        assert im.getexif().get(0x0112) == 6  # irot 3: a quarter turn clockwise to show it
    assert_same_picture(src, result.output)

    again = clean(result.output, out_dir / "again.avif")
    assert again.outcome is Outcome.ALREADY_CLEAN, again.error
    assert again.output is not None and again.output.read_bytes() == result.output.read_bytes()


@pytest.mark.exiftool
def test_pillow_avif_with_exif_and_xmp(tmp_path: Path, out_dir: Path) -> None:
    src = pillow_avif(tmp_path / "web.avif", exif=camera_exif(), xmp=XMP)
    assert leaks(src) and canary_in_bytes(src)
    assert {"EXIF:Make", "XMP:creator"} <= keys(inspect(src).findings)
    result = clean(src, out_dir / "web.avif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_heic_clean(result.output)
    assert tile_data(result.output.read_bytes()) == tile_data(src.read_bytes())
    assert_same_picture(src, result.output)


@pytest.mark.exiftool
@pytest.mark.parametrize("heic_to_jpeg", [False, True])  # the option is for HEIC only
def test_hiding_crop_is_applied(tmp_path: Path, out_dir: Path, heic_to_jpeg: bool) -> None:
    im = Image.new("RGB", (256, 192), GREEN)  # green only where the crop hides it
    im.paste(blocks((128, 96)), (64, 48))
    part = encode(im, "avif", 90)
    part.props.append(box("clap", struct.pack(">IIIIiIiI", 128, 1, 96, 1, 0, 1, 0, 1)))
    exif = Part("Exif", struct.pack(">I", 6) + camera_exif(), name="Exif")
    src = tmp_path / "cropped.avif"
    src.write_bytes(assemble(BRANDS["avif"], [part, exif], [("cdsc", 2, [1])]))
    assert "HEIC:UncroppedOriginal" in keys(inspect(src).findings)

    result = clean(src, out_dir / "cropped.avif", CleanOptions(heic_to_jpeg=heic_to_jpeg))
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and result.output.suffix == ".avif"
    assert result.output.read_bytes()[4:12] == b"ftypavif"  # an AVIF, not a JPEG so named
    assert any("saved again" in w for w in result.warnings)
    assert_heic_clean(result.output)
    output = opened(result.output)
    assert output.size == (128, 96)
    assert mad(output, blocks((128, 96))) < 6  # two lossy generations
    red, green, blue = (output.getchannel(c).tobytes() for c in "RGB")
    pixels = zip(red, green, blue, strict=True)
    greens = sum(1 for r, g, b in pixels if g > 200 and r < 90 and b < 90)
    assert greens < 10, f"{greens} pixels of the hidden border survived"


@pytest.mark.exiftool
def test_transparent_picture_loses_colour_under_clear_areas(tmp_path: Path, out_dir: Path) -> None:
    im = blocks().convert("RGBA")
    im.putalpha(Image.linear_gradient("L").resize(im.size).point(lambda a: max(a, 40)))
    im.paste((*GREEN, 0), (0, 96, 128, 192))  # invisible colour: must not survive
    src = pillow_avif(tmp_path / "alpha.avif", im, xmp=XMP)
    result = clean(src, out_dir / "alpha.avif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_heic_clean(result.output)
    output = opened(result.output)
    assert output.mode == "RGBA"
    assert mad(output.getchannel("A"), im.getchannel("A")) < 3
    hidden = output.crop((8, 104, 120, 184)).convert("RGB")
    assert max(ImageStat.Stat(hidden).mean) < 20, "colour under transparent pixels survived"


@pytest.mark.parametrize("cut", [0.5, 0.95])
def test_truncated_file_fails_cleanly(tmp_path: Path, out_dir: Path, cut: float) -> None:
    data = phone_photo(pattern((512, 256)), "avif")
    src = tmp_path / "cut.avif"
    src.write_bytes(data[: int(len(data) * cut)])
    result = clean(src, out_dir / "cut.avif")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and "cut off" in result.error.message
    assert not list(out_dir.iterdir())


@pytest.mark.exiftool
def test_redaction_writes_avif(tmp_path: Path) -> None:
    src = pillow_avif(tmp_path / "p.avif", pattern((256, 192)), exif=camera_exif(6), xmp=XMP)
    shown = opened(src).size
    area = [Region("rect", 16, 24, 96, 64)]  # as displayed: turned by the irot
    res = redact(src, tmp_path / "out" / "p.avif", area, "fill", "#e61414", CleanOptions())
    assert res.outcome is Outcome.CLEANED, res.error
    assert res.format == "AVIF" and res.output is not None and res.output.suffix == ".avif"
    assert_heic_clean(res.output)
    covered = opened(res.output).convert("RGB")
    assert covered.size == (shown[1], shown[0])  # EXIF 6 (irot) applied: turned
    inner = ImageStat.Stat(covered.crop((24, 32, 104, 80))).mean
    assert max(abs(a - b) for a, b in zip(inner, (230, 20, 20), strict=True)) < 6


def obu(kind: int, payload: bytes) -> bytes:
    """An AV1 open bitstream unit with a size field (payloads under 128 bytes)."""
    assert len(payload) < 128
    return bytes([kind << 3 | 0x02, len(payload)]) + payload


def test_metadata_units_in_the_coded_data_are_dropped(tmp_path: Path, out_dir: Path) -> None:
    """AV1 metadata units (here an ITU-T T.35 vendor message) and padding go; the picture's
    own units stay byte for byte."""
    part = encode(blocks(), "avif")
    assert part.data[:2] == b"\x12\x00" and part.data[2] >> 3 == 1  # delimiter, sequence
    first = 4 + part.data[3]  # after the sequence header (under 128 bytes)
    vendor = obu(5, b"\x04\xb5\x00\x3c" + CANARY.encode() + b"\x80")  # metadata: T.35
    padding = obu(15, CANARY.encode() * 2)
    original = part.data
    part.data = original[:first] + vendor + padding + original[first:]
    src = tmp_path / "vendor.avif"
    src.write_bytes(assemble(BRANDS["avif"], [part], []))
    output = clean_coded_messages(src, out_dir / "vendor.avif")
    assert read_items(output.read_bytes()).data[1] == original
    assert_same_picture(src, output)


def test_refusals_of_an_avif_stay_messages(tmp_path: Path, out_dir: Path) -> None:
    """The HEIF reader's refusals name AVIF for an AVIF and keep their catalogue id, so the
    app says them in the user's language (not in English because the format was renamed)."""
    # A picture coded with a compression the cleaner does not know (JPEG 2000 in HEIF).
    other = encode(blocks(), "avif")
    other.type = "j2k1"
    unknown = tmp_path / "j2k.avif"
    unknown.write_bytes(assemble(BRANDS["avif"], [other], []))
    # AV1 data whose last unit claims more bytes than there are: cut short.
    part = encode(blocks(), "avif")
    part.data += obu(6, b"x" * 40)[:-20]
    cut = tmp_path / "cut.avif"
    cut.write_bytes(assemble(BRANDS["avif"], [part], []))
    # An animated AVIF: a movie box where a still picture has its description.
    sequence = tmp_path / "animated.avif"
    ftyp = box("ftyp", b"avis" + bytes(4) + b"avisavifmif1miaf")
    sequence.write_bytes(ftyp + box("moov", box("mvhd", bytes(100))) + box("mdat", bytes(64)))
    expected = {
        unknown: ("heif.compression", {"code": "j2k1"}),
        cut: ("heif.damaged", {"format": "AVIF"}),
        sequence: ("heic.sequence", {"format": "AVIF"}),
    }
    for src, (mid, params) in expected.items():
        assert registry.detect(src).name == "AVIF"
        result = clean(src, out_dir / src.name)
        assert result.outcome in (Outcome.REFUSED, Outcome.FAILED)
        assert result.error is not None
        said = result.error.message
        assert isinstance(said, Message), said
        assert (said.id, said.params) == (mid, params)
        assert "HEIC" not in said
        assert not list(out_dir.iterdir())


def test_picture_data_libavif_cannot_decode_is_called_damaged(
    tmp_path: Path, out_dir: Path
) -> None:
    """A cropped AVIF must be decoded to be saved again; when libavif cannot decode its
    picture data, Pillow raises RuntimeError, which was an "unexpected error" (found by
    fuzzing) instead of the plain damaged-file message."""
    im = Image.new("RGB", (256, 192), GREEN)
    im.paste(blocks((128, 96)), (64, 48))
    part = encode(im, "avif", 90)
    coded = bytearray(part.data)
    for i in range(40, len(coded) - 4, 11):  # the OBU headers stay, the data is noise
        coded[i] ^= 0xA5
    part.data = bytes(coded)
    part.props.append(box("clap", struct.pack(">IIIIiIiI", 128, 1, 96, 1, 0, 1, 0, 1)))
    src = tmp_path / "noise.avif"
    src.write_bytes(assemble(BRANDS["avif"], [part], []))
    result = clean(src, out_dir / src.name)
    assert result.outcome is Outcome.FAILED and result.error is not None
    assert result.error.code == "corrupt"
    said = result.error.message
    assert isinstance(said, Message) and (said.id, said.params) == (
        "heic.undecodable",
        {"format": "AVIF"},
    )
    assert not list(out_dir.iterdir())
    # Covering areas decodes it too: the same plain failure, nothing written.
    covered = redact(src, out_dir / "covered.avif", [Region("rect", 10, 10, 20, 20)])
    assert covered.outcome is Outcome.FAILED and covered.error is not None
    assert covered.error.code == "corrupt"
    assert not list(out_dir.iterdir())
