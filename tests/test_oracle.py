"""The oracle must be able to fail: it catches every kind of planted data."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import dirty_jpeg, motion_photo_trailer, pattern
from oracle import assert_clean, canary_in_bytes, leaks

pytestmark = pytest.mark.exiftool


def test_oracle_sees_every_kind_of_planted_data(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg", trailer=motion_photo_trailer())
    found = leaks(src)
    for tag in (
        "GPS:GPSLatitude",  # location
        "IFD0:Make",  # device
        "ExifIFD:SerialNumber",
        "IFD0:Artist",  # person
        "IPTC:By-line",
        "ExifIFD:DateTimeOriginal",  # time
        "IFD0:Software",  # software
        "XMP-xmpMM:DocumentID",
        "IFD1:ThumbnailImage",  # embedded
        "File:Comment",  # JPEG COM lands in ExifTool's File group
    ):
        assert tag in found, tag
    assert "File:EmbeddedVideo" in found  # the Motion Photo video after the end marker
    assert canary_in_bytes(src)
    with pytest.raises(AssertionError):
        assert_clean(src)


def test_oracle_passes_a_bare_picture(tmp_path: Path) -> None:
    bare = tmp_path / "bare.png"
    pattern().save(bare)
    assert_clean(bare)
