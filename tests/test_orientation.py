"""Rotation kept in PNG and WebP: the copy displays as the original did, judged by Pillow's
`exif_transpose` (what a viewer that honours the tag shows) and by ExifTool's view of the
EXIF block that is kept (nothing but Orientation in a one-entry IFD0)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from factories import camera_exif, pattern
from oracle import EXIFTOOL, assert_clean, exiftool_tags
from PIL import Image, ImageOps

from scrubber import CleanOptions, Orientation, Outcome, clean, inspect

# (format, Pillow save options): PNG, lossless WebP, lossy WebP
KINDS = {
    "png": {},
    "webp-lossless": {"lossless": True},
    "webp-lossy": {"quality": 80},
}


def probe(tmp_path: Path, kind: str, orientation: int, **extra: object) -> Path:
    """A photo as a phone would save it: full camera EXIF (GPS, serials...) with a rotation."""
    path = tmp_path / f"o{orientation}.{kind[:4]}"
    pattern((40, 24)).save(path, exif=camera_exif(orientation), **KINDS[kind], **extra)
    return path


def displayed(path: Path) -> tuple[tuple[int, int], bytes]:
    with Image.open(path) as im:
        shown = ImageOps.exif_transpose(im).convert("RGBA")
        return shown.size, shown.tobytes()


def exif_structure(path: Path) -> list[str]:
    """ExifTool's verbose listing of the EXIF directories in the file."""
    assert EXIFTOOL
    out = subprocess.run([EXIFTOOL, "-v3", str(path)], capture_output=True, text=True, check=True)
    return [line.strip("| ") for line in out.stdout.splitlines() if "directory with" in line]


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("orientation", range(1, 9))
def test_rotated_picture_displays_the_same(tmp_path: Path, kind: str, orientation: int) -> None:
    src = probe(tmp_path, kind, orientation)
    res = clean(src, tmp_path / "out" / src.name)
    assert res.outcome is Outcome.CLEANED and res.output
    assert_clean(res.output)
    assert displayed(res.output) == displayed(src)
    if orientation == 1:
        assert_no_exif(res.output)
        return
    assert not [w for w in res.warnings if "right way up" in w]
    tags = exiftool_tags(res.output)
    assert tags["IFD0:Orientation"] == exiftool_tags(src)["IFD0:Orientation"]
    exif_tags = [k for k in tags if k.split(":")[0] in ("IFD0", "IFD1", "ExifIFD", "GPS")]
    assert exif_tags == ["IFD0:Orientation"]
    assert exif_structure(res.output) == ["+ [IFD0 directory with 1 entries]"]
    # The copy is already what we write: a second clean leaves it byte for byte.
    again = clean(res.output, tmp_path / "again" / res.output.name)
    assert again.outcome is Outcome.ALREADY_CLEAN and again.output is not None
    assert again.output.read_bytes() == res.output.read_bytes()


def assert_no_exif(path: Path) -> None:
    tags = exiftool_tags(path)
    assert not [k for k in tags if k.split(":")[0] in ("IFD0", "IFD1", "ExifIFD", "GPS")]
    assert exif_structure(path) == []


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("orientation", [3, 6, 7])
def test_bake_turns_the_pixels_and_keeps_no_exif(
    tmp_path: Path, kind: str, orientation: int
) -> None:
    src = probe(tmp_path, kind, orientation)
    res = clean(src, tmp_path / "out" / src.name, CleanOptions(orientation=Orientation.BAKE))
    assert res.outcome is Outcome.CLEANED and res.output
    assert_clean(res.output)
    assert_no_exif(res.output)
    assert any("turned upright" in w for w in res.warnings)
    want_size, want = displayed(src)
    with Image.open(res.output) as im:
        got = im.convert("RGBA")
    assert got.size == want_size
    if kind == "webp-lossy":  # encoded again: close, not equal
        diff = sum(abs(a - b) for a, b in zip(want, got.tobytes(), strict=True))
        assert diff / len(want) < 4
    else:  # PNG and lossless WebP: every pixel value kept
        assert got.tobytes() == want


@pytest.mark.parametrize("kind", ["png", "webp-lossless"])
def test_transparency_survives_bake(tmp_path: Path, kind: str) -> None:
    src = tmp_path / f"t.{kind[:4]}"
    im = pattern((40, 24), "RGBA")
    im.putalpha(Image.linear_gradient("L").resize((40, 24)))
    im.save(src, exif=camera_exif(8), **KINDS[kind])
    res = clean(src, tmp_path / "out" / src.name, CleanOptions(orientation=Orientation.BAKE))
    assert res.outcome is Outcome.CLEANED and res.output
    with Image.open(res.output) as out:
        assert out.convert("RGBA").tobytes() == displayed(src)[1]


@pytest.mark.parametrize("kind", ["png", "webp-lossless"])
def test_animation_keeps_the_tag_even_with_bake(tmp_path: Path, kind: str) -> None:
    src = tmp_path / f"anim.{kind[:4]}"
    frames = [pattern((40, 24)), pattern((40, 24)).transpose(Image.Transpose.FLIP_LEFT_RIGHT)]
    frames[0].save(
        src, save_all=True, append_images=frames[1:], duration=100, exif=camera_exif(6),
        **KINDS[kind],
    )  # fmt: skip
    res = clean(src, tmp_path / "out" / src.name, CleanOptions(orientation=Orientation.BAKE))
    assert res.outcome is Outcome.CLEANED and res.output
    assert_clean(res.output)
    assert any("frames were not turned" in w for w in res.warnings)
    assert exiftool_tags(res.output)["IFD0:Orientation"] == exiftool_tags(src)["IFD0:Orientation"]
    assert displayed(res.output) == displayed(src)


@pytest.mark.exiftool
def test_png_exif_holding_only_the_rotation_is_not_reported(tmp_path: Path) -> None:
    """The block we write is recognised; any other content in eXIf is still removed."""
    src = probe(tmp_path, "png", 6)
    res = clean(src, tmp_path / "out" / src.name)
    assert res.output is not None and [k.key for k in res.kept] == ["EXIF:Orientation"]
    assert_clean(res.output)
    assert exiftool_tags(res.output)["IFD0:Orientation"] == "Rotate 90 CW"
    assert [k.key for k in inspect(src).kept] == ["EXIF:Orientation"]
    assert "PNG:eXIf" not in {f.key for f in inspect(src).findings}  # named tags instead
