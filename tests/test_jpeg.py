"""JPEG: lossless, allowlist rebuild, judged by ExifTool and a raw canary scan."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from factories import (
    EXIFTOOL_TAGS,
    camera_exif,
    custom_icc,
    decoded,
    dirty_jpeg,
    exiftool_write,
    jfif_with_thumbnail,
    motion_photo_trailer,
    mpf_jpeg,
    pattern,
    standard_icc,
)
from oracle import CANARY, assert_clean, canary_in_bytes, exiftool_tags, leaks
from PIL import Image, ImageOps

from scrubber import Category, CleanOptions, ColourProfile, Orientation, Outcome, clean, inspect
from scrubber.formats.icc import canonical_icc

pytestmark = pytest.mark.exiftool


def main_scan(data: bytes) -> int:
    """Offset of the main image's first scan (the EXIF thumbnail has scans of its own).

    Entropy-coded data never holds 0xFF followed by a SOF marker, so the last SOF0/SOF2
    is the main image's.
    """
    sof = max(data.rfind(b"\xff\xc0"), data.rfind(b"\xff\xc2"))
    return data.index(b"\xff\xda", sof)


def test_phone_photo_loses_every_identifying_field(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "IMG_1234.jpg", icc=custom_icc(), trailer=motion_photo_trailer())
    assert leaks(src) and canary_in_bytes(src)  # the fixture really is dirty
    found = {f.category for f in inspect(src).findings}
    assert found == set(Category)

    result = clean(src, tmp_path / "out" / "photo.jpg")

    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean(result.output)
    assert {f.category for f in result.removed} == set(Category)
    assert decoded(result.output) == decoded(src)  # lossless: same pixels


def test_scan_data_is_copied_byte_for_byte(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg", progressive=True)
    out = clean(src, tmp_path / "b.jpg").output
    assert out is not None
    data_in, data_out = src.read_bytes(), out.read_bytes()
    assert data_out[main_scan(data_out) :] == data_in[main_scan(data_in) :]
    assert_clean(out)


def test_original_is_never_touched(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    before, mtime = src.read_bytes(), src.stat().st_mtime_ns
    clean(src, tmp_path / "b.jpg")
    assert src.read_bytes() == before
    assert src.stat().st_mtime_ns == mtime


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_rotated_photo_displays_the_same_with_only_the_orientation_tag(
    tmp_path: Path, orientation: int
) -> None:
    src = dirty_jpeg(tmp_path / "r.jpg", orientation=orientation)
    out = clean(src, tmp_path / "o.jpg").output
    assert out is not None
    assert_clean(out)
    tags = exiftool_tags(out)
    assert [k for k in tags if k.startswith("IFD0:")] == ["IFD0:Orientation"]
    assert not [k for k in tags if k.startswith(("ExifIFD:", "GPS:", "IFD1:"))]
    with Image.open(src) as a, Image.open(out) as b:
        assert ImageOps.exif_transpose(a).tobytes() == ImageOps.exif_transpose(b).tobytes()


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_bake_turns_the_pixels_and_keeps_no_exif(tmp_path: Path, orientation: int) -> None:
    src = dirty_jpeg(tmp_path / "r.jpg", size=(96, 64), orientation=orientation)
    options = CleanOptions(orientation=Orientation.BAKE)
    result = clean(src, tmp_path / "o.jpg", options)
    assert result.outcome is Outcome.CLEANED and result.output
    assert_clean(result.output)
    assert not [k for k in exiftool_tags(result.output) if k.startswith("IFD0:")]
    with Image.open(src) as a, Image.open(result.output) as b:
        want = ImageOps.exif_transpose(a).convert("RGB")
        got = b.convert("RGB")
        assert got.size == want.size
        diff = sum(abs(x - y) for x, y in zip(want.tobytes(), got.tobytes(), strict=True))
        assert diff / len(want.tobytes()) < 3  # quality 95, 4:4:4: close to the original


def test_motion_photo_video_after_end_of_image_is_removed(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "mp.jpg", trailer=motion_photo_trailer(), with_exiftool=False)
    assert any(f.key == "JPEG:Trailer" for f in inspect(src).findings)
    out = clean(src, tmp_path / "o.jpg").output
    assert out is not None
    assert out.read_bytes().endswith(b"\xff\xd9")
    assert b"ftyp" not in out.read_bytes()
    assert_clean(out)


def test_mpf_index_and_secondary_image_are_removed(tmp_path: Path) -> None:
    src = mpf_jpeg(tmp_path / "mpf.jpg")
    kinds = {f.key for f in inspect(src).findings}
    assert {"JPEG:MPF", "JPEG:Trailer"} <= kinds
    out = clean(src, tmp_path / "o.jpg").output
    assert out is not None
    assert out.read_bytes().count(b"\xff\xd8") == 1
    assert_clean(out)


def test_jfif_thumbnail_is_dropped_but_jfif_kept(tmp_path: Path) -> None:
    src = jfif_with_thumbnail(tmp_path / "t.jpg")
    assert any(f.category is Category.EMBEDDED for f in inspect(src).findings)
    assert "JFIF:ThumbnailTIFF" in leaks(src)  # ExifTool sees the thumbnail
    out = clean(src, tmp_path / "o.jpg").output
    assert out is not None
    assert_clean(out)  # and no longer in the copy
    assert "JFIF:JFIFVersion" in exiftool_tags(out)
    assert decoded(out) == decoded(src)


def test_standard_colour_profile_is_kept_custom_one_removed(tmp_path: Path) -> None:
    std = dirty_jpeg(tmp_path / "std.jpg", icc=standard_icc(), with_exiftool=False)
    out = clean(std, tmp_path / "std-out.jpg").output
    assert out is not None
    with Image.open(out) as im:
        kept = im.info.get("icc_profile")
    # The same colours, rebuilt: no creation date, maker or text tags left.
    assert kept == canonical_icc(standard_icc()) and kept != standard_icc()
    assert kept[24:36] == bytes(12)
    assert_clean(out, allow_icc=True)

    custom = dirty_jpeg(tmp_path / "custom.jpg", icc=custom_icc(), with_exiftool=False)
    result = clean(custom, tmp_path / "custom-out.jpg")
    assert result.output is not None
    assert any(f.key == "ICC:Profile" for f in result.removed)
    with Image.open(result.output) as im:
        assert "icc_profile" not in im.info
    assert_clean(result.output)


def test_standard_profile_removed_when_asked(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "std.jpg", icc=standard_icc(), with_exiftool=False)
    options = CleanOptions(colour_profile=ColourProfile.REMOVE)
    out = clean(src, tmp_path / "o.jpg", options).output
    assert out is not None
    with Image.open(out) as im:
        assert "icc_profile" not in im.info
    assert_clean(out)


def test_cmyk_jpeg_keeps_adobe_transform_and_pixels(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "cmyk.jpg", mode="CMYK")
    out = clean(src, tmp_path / "o.jpg").output
    assert out is not None
    assert b"Adobe" in out.read_bytes()
    assert decoded(out) == decoded(src)
    assert_clean(out)


def test_second_clean_is_already_clean_and_identical(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg", orientation=6)
    first = clean(src, tmp_path / "b.jpg")
    assert first.output is not None
    second = clean(first.output, tmp_path / "c.jpg")
    assert second.outcome is Outcome.ALREADY_CLEAN
    assert second.output is not None
    assert second.output.read_bytes() == first.output.read_bytes()


def test_truncated_scan_data_is_cleaned_with_a_warning(tmp_path: Path) -> None:
    full = dirty_jpeg(tmp_path / "full.jpg", size=(256, 256))
    data = full.read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: main_scan(data) + 400])
    result = clean(cut, tmp_path / "o.jpg")
    assert result.outcome is Outcome.CLEANED, result.error
    assert any("incomplete" in w for w in result.warnings)
    assert result.output is not None
    assert_clean(result.output)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\xff\xd8\xff\xe1\x00\x10Exif", "cut off before its picture data"),
        (b"\xff\xd8\xff\xe1\x00\x01" + bytes(50), "damaged"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"garbage" * 10, "damaged"),
        (b"not a picture at all", "could not be read as JPEG"),
        (b"", "empty"),
    ],
)
def test_broken_files_fail_with_a_clear_message_and_no_output(
    tmp_path: Path, content: bytes, fragment: str
) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(content)
    result = clean(bad, tmp_path / "out" / "bad.jpg")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and fragment in result.error.message
    assert "\n" not in result.error.message
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


def test_pillow_reencode_carries_nothing(tmp_path: Path) -> None:
    """The bake path decodes pixels; prove Pillow's info (EXIF, XMP, ICC) is not carried."""
    src = dirty_jpeg(tmp_path / "r.jpg", orientation=6, icc=custom_icc())
    buf = io.BytesIO()
    pattern().save(buf, "JPEG")
    result = clean(src, tmp_path / "o.jpg", CleanOptions(orientation=Orientation.BAKE))
    assert result.output is not None
    with Image.open(result.output) as im:
        assert not ({"exif", "icc_profile", "xmp", "comment"} & set(im.info))
    assert_clean(result.output)


def test_adobe_segment_dropped_where_colours_do_not_need_it(tmp_path: Path) -> None:
    plain = io.BytesIO()
    pattern().save(plain, "JPEG")
    data = plain.getvalue()
    app14 = b"\xff\xee\x00\x0eAdobe\x00\x64\x00\x00\x00\x00\x01"  # transform 1: YCbCr
    src = tmp_path / "adobe.jpg"
    src.write_bytes(data[:2] + app14 + data[2:])
    out = clean(src, tmp_path / "o.jpg").output
    assert out is not None
    assert b"Adobe" not in out.read_bytes()
    assert decoded(out) == decoded(src)


# --- damaged camera files that every viewer still shows ---------------------------------


def restart_jpeg(path: Path) -> tuple[Path, bytes]:
    """A camera-like JPEG with restart markers and phone metadata; also its clean pixels."""
    im = pattern((128, 96))
    im.save(path, "JPEG", quality=90, restart_marker_blocks=4, exif=camera_exif(thumbnail=False))
    exiftool_write(path, *EXIFTOOL_TAGS)
    with Image.open(path) as undamaged:
        return path, undamaged.convert("RGB").tobytes()


def same_pixels(a: bytes, b: bytes) -> float:
    return sum(x == y for x, y in zip(a[::3], b[::3], strict=True)) / len(a[::3])


@pytest.mark.exiftool
def test_damaged_scan_data_is_cleaned_with_a_warning(tmp_path: Path) -> None:
    path, undamaged = restart_jpeg(tmp_path / "damaged.jpg")
    data = bytearray(path.read_bytes())
    scan = data.index(b"\xff\xda")
    # A flipped bit in the middle of one restart interval: 0xFF then a byte that is no marker.
    at = next(
        p
        for p in range(scan + (len(data) - scan) // 2, len(data))
        if 0xFF not in data[p - 1 : p + 3]
    )
    data[at : at + 2] = b"\xff\x10"
    path.write_bytes(bytes(data))
    shown = decoded(path)[2]
    assert 0.6 < same_pixels(shown, undamaged) < 1  # viewers show the rest of the picture
    res = clean(path, tmp_path / "out" / "damaged.jpg")
    assert res.outcome is Outcome.CLEANED and res.output
    assert any("damaged" in w for w in res.warnings)
    # ExifTool stops reading at the damage, in the original too; all metadata comes before.
    warnings = subprocess.run(
        ["exiftool", "-a", "-ee", "-s3", "-Warning", str(path)], capture_output=True, text=True
    ).stdout.splitlines()
    assert "JPEG format error" in warnings
    assert leaks(res.output) == {"ExifTool:Warning": "JPEG format error"}
    assert not canary_in_bytes(res.output)
    assert decoded(res.output)[2] == shown


@pytest.mark.exiftool
def test_stray_bytes_between_segments_are_dropped(tmp_path: Path) -> None:
    path, undamaged = restart_jpeg(tmp_path / "stray.jpg")
    data = path.read_bytes()
    sof = data.index(b"\xff\xc0")
    path.write_bytes(data[:sof] + b"\x00\x00" + CANARY.encode() + b"-stray" + data[sof:])
    assert decoded(path)[2] == undamaged  # decoders skip them ("extraneous bytes")
    assert "JPEG:StrayBytes" in {f.key for f in inspect(path).findings}
    res = clean(path, tmp_path / "out" / "stray.jpg")
    assert res.outcome is Outcome.CLEANED and res.output
    assert any("damaged" in w for w in res.warnings)
    assert_clean(res.output)
    assert decoded(res.output)[2] == undamaged
