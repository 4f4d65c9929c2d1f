"""Standard colour profiles are rebuilt from numbers: no text hidden in them survives.

The profile is LittleCMS's sRGB with text where only numbers belong (factories.padded_icc),
embedded by Pillow in each format that carries profiles. Judged by ExifTool, a raw byte
search, the pixels, and LittleCMS: the rebuilt profile must turn colours exactly as the
original does.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from factories import clean_to, decoded, padded_icc, pattern
from oracle import CANARY, assert_clean
from PIL import Image, ImageCms

from scrubber import inspect

SAVE = {
    "jpg": {"quality": 95},
    "png": {},
    "webp": {"lossless": True},
    "tif": {"compression": "tiff_deflate"},
}


def _through(icc: bytes, intent: int) -> bytes:
    """A picture's colours turned into sRGB by LittleCMS through this profile."""
    profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    srgb = ImageCms.createProfile("sRGB")
    out = ImageCms.profileToProfile(pattern(), profile, srgb, renderingIntent=intent)
    assert out is not None
    return out.tobytes()


@pytest.mark.exiftool
@pytest.mark.parametrize("ext", sorted(SAVE))
def test_text_padded_into_a_standard_profile_goes(tmp_path: Path, ext: str) -> None:
    icc = padded_icc()
    path = tmp_path / f"padded.{ext}"
    pattern().save(path, icc_profile=icc, **SAVE[ext])
    with Image.open(path) as im:
        assert im.info["icc_profile"] == icc
    found = {f.key for f in inspect(path).findings}
    assert "ICC:ProfileDetails" in found
    assert [k.key for k in inspect(path).kept] == ["ICC:Profile"]

    out = clean_to(path, tmp_path)
    assert_clean(out, allow_icc=True)
    with Image.open(out) as im:
        kept = im.info["icc_profile"]
    assert CANARY.encode() not in kept and b"SCRU" not in kept
    assert ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(kept))).strip() == (
        "sRGB built-in"
    )
    # Nothing real lost: the same pixels, and the same colours through the profile's
    # matrix and curves (relative) and its lookup tables (perceptual).
    assert decoded(out) == decoded(path)
    for intent in (ImageCms.Intent.PERCEPTUAL, ImageCms.Intent.RELATIVE_COLORIMETRIC):
        assert _through(kept, intent) == _through(icc, intent)
