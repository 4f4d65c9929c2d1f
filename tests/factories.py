"""Dirty test files, made fresh by each test: Pillow + piexif, then ExifTool writing real tags,
plus the few helpers for reading results that several test modules share.

Every planted text value contains the canary so the raw-byte scan can find leftovers.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from pathlib import Path

import piexif
from oracle import CANARY, EXIFTOOL
from PIL import Image, ImageCms, ImageSequence

from scrubber import CleanOptions, Outcome, clean


def pattern(size: tuple[int, int] = (64, 48), mode: str = "RGB") -> Image.Image:
    """A picture with structure in both axes, so rotations and flips are distinguishable."""
    w, h = size
    im = Image.new("RGB", size)
    im.putdata(
        [
            ((x * 255) // w, (y * 255) // h, ((x + 2 * y) * 7) % 256)
            for y in range(h)
            for x in range(w)
        ]
    )
    return im.convert(mode)


def camera_exif(orientation: int = 1, thumbnail: bool = True) -> bytes:
    """EXIF as a phone writes it: GPS, make, model, serials, owner, dates, maker note."""
    c = CANARY.encode()
    zeroth = {
        piexif.ImageIFD.Make: c + b"-make",
        piexif.ImageIFD.Model: c + b"-model",
        piexif.ImageIFD.Software: c + b"-software",
        piexif.ImageIFD.DateTime: b"2024:01:01 12:00:00",
        piexif.ImageIFD.Artist: c + b"-artist",
        piexif.ImageIFD.Copyright: c + b"-copyright",
        piexif.ImageIFD.HostComputer: c + b"-host",
        piexif.ImageIFD.ImageDescription: c + b"-description",
        piexif.ImageIFD.Orientation: orientation,
        piexif.ImageIFD.XResolution: (72, 1),
        piexif.ImageIFD.YResolution: (72, 1),
    }
    exif = {
        piexif.ExifIFD.DateTimeOriginal: b"2024:01:01 12:00:00",
        piexif.ExifIFD.DateTimeDigitized: b"2024:01:01 12:00:00",
        piexif.ExifIFD.BodySerialNumber: c + b"-body-serial",
        piexif.ExifIFD.LensSerialNumber: c + b"-lens-serial",
        piexif.ExifIFD.CameraOwnerName: c + b"-owner",
        piexif.ExifIFD.ImageUniqueID: c + b"-unique-id",
        piexif.ExifIFD.MakerNote: b"Apple iOS\x00" + c + b"-makernote" + bytes(64),
        piexif.ExifIFD.UserComment: b"ASCII\x00\x00\x00" + c + b"-usercomment",
        piexif.ExifIFD.ExposureTime: (1, 60),
        piexif.ExifIFD.FNumber: (18, 10),
    }
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((52, 1), (22, 1), (1234, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((4, 1), (53, 1), (5678, 100)),
        piexif.GPSIFD.GPSAltitude: (12, 1),
        piexif.GPSIFD.GPSProcessingMethod: b"ASCII\x00\x00\x00" + c + b"-gps-method",
    }
    data: dict[str, object] = {"0th": zeroth, "Exif": exif, "GPS": gps}
    if thumbnail:
        thumb = io.BytesIO()
        pattern((16, 12)).save(thumb, "JPEG")
        data["1st"] = {
            piexif.ImageIFD.JPEGInterchangeFormat: 0,
            piexif.ImageIFD.JPEGInterchangeFormatLength: 0,
        }
        data["thumbnail"] = thumb.getvalue()
    return piexif.dump(data)


XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    f'photoshop:City="{CANARY} city"><dc:creator><rdf:Seq><rdf:li>{CANARY} creator</rdf:li>'
    "</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
).encode()


def exif_block() -> bytes:
    """A small EXIF block (make, artist, GPS) with the JPEG 'Exif\\0\\0' prefix piexif adds.

    Pillow strips the prefix when it writes a PNG eXIf chunk, which holds bare TIFF.
    """
    return piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: f"{CANARY} make", piexif.ImageIFD.Artist: CANARY},
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: "N",
                piexif.GPSIFD.GPSLatitude: ((52, 1), (22, 1), (0, 1)),
            },
        }
    )


def custom_icc() -> bytes:
    """A valid profile whose description names a person: not standard, must go."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    raw = bytearray(profile.tobytes())
    return _set_icc_description(bytes(raw), f"{CANARY} studio monitor")


def standard_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


# Made once: the profile's header holds its creation time, so two calls can differ.
SRGB_ICC = standard_icc()


def _set_icc_description(icc: bytes, text: str) -> bytes:
    """Append a new 'desc' tag and point the tag table at it."""
    count = struct.unpack_from(">I", icc, 128)[0]
    body = bytearray(icc)
    encoded = text.encode("utf-16-be")
    mluc = (
        b"mluc"
        + bytes(4)
        + struct.pack(">II", 1, 12)
        + b"enUS"
        + struct.pack(">II", len(encoded), 28)
        + encoded
    )
    while len(body) % 4:
        body.append(0)
    offset = len(body)
    body += mluc
    for i in range(count):
        pos = 132 + 12 * i
        if body[pos : pos + 4] == b"desc":
            struct.pack_into(">II", body, pos + 4, offset, len(mluc))
    struct.pack_into(">I", body, 0, len(body))
    return bytes(body)


def exiftool_write(path: Path, *assignments: str) -> None:
    assert EXIFTOOL, "exiftool is needed to write realistic tags"
    subprocess.run(
        [EXIFTOOL, "-q", "-overwrite_original", "-m", *assignments, str(path)],
        check=True,
        capture_output=True,
    )


EXIFTOOL_TAGS = (
    f"-XMP-dc:Creator={CANARY}-xmp-creator",
    f"-XMP-xmpMM:DocumentID=xmp.did:{CANARY}",
    f"-XMP-xmpMM:InstanceID=xmp.iid:{CANARY}",
    f"-XMP-xmp:CreatorTool={CANARY}-tool",
    "-XMP-photoshop:City=SCRUBCANARY-city",
    f"-IPTC:By-line={CANARY}-byline",
    f"-IPTC:City={CANARY}-iptc-city",
    f"-IPTC:Caption-Abstract={CANARY}-caption",
    f"-Comment={CANARY}-comment",
    f"-ExifIFD:OwnerName={CANARY}-exiftool-owner",
)


def dirty_jpeg(
    path: Path,
    *,
    size: tuple[int, int] = (64, 48),
    orientation: int = 1,
    icc: bytes | None = None,
    trailer: bytes = b"",
    progressive: bool = False,
    mode: str = "RGB",
    with_exiftool: bool = True,
) -> Path:
    params: dict[str, object] = {"quality": 90, "exif": camera_exif(orientation)}
    if icc:
        params["icc_profile"] = icc
    if progressive:
        params["progressive"] = True
    pattern(size, mode).save(path, "JPEG", **params)
    if with_exiftool:
        exiftool_write(path, *EXIFTOOL_TAGS)
    if trailer:
        with open(path, "ab") as f:
            f.write(trailer)
    return path


def motion_photo_trailer() -> bytes:
    """What Google and Samsung append: an MP4 whose own metadata names the place."""
    body = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    return body + b"\x00\x00\x00\x20udta" + CANARY.encode() + b"-video-location" + bytes(1000)


def mpf_jpeg(path: Path) -> Path:
    """A JPEG with an MPF APP2 index and a second full image after EOI (like a depth map)."""
    main = io.BytesIO()
    pattern().save(main, "JPEG")
    second = io.BytesIO()
    pattern((32, 24)).save(second, "JPEG", exif=camera_exif(thumbnail=False))
    mpf_payload = b"MPF\x00II*\x00" + struct.pack("<I", 8) + CANARY.encode() + bytes(32)
    app2 = b"\xff\xe2" + struct.pack(">H", len(mpf_payload) + 2) + mpf_payload
    data = main.getvalue()
    path.write_bytes(data[:2] + app2 + data[2:] + second.getvalue())
    return path


def jfif_with_thumbnail(path: Path) -> Path:
    """A JFIF APP0 carrying a 2x2 RGB thumbnail (allowed by the JFIF spec)."""
    plain = io.BytesIO()
    pattern().save(plain, "JPEG")
    data = plain.getvalue()
    assert data[2:4] == b"\xff\xe0"
    (length,) = struct.unpack(">H", data[4:6])
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01" + bytes((2, 2)) + bytes(12)
    seg = b"\xff\xe0" + struct.pack(">H", len(app0) + 2) + app0
    path.write_bytes(data[:2] + seg + data[4 + length :])
    return path


def decoded(path: Path) -> tuple[str, tuple[int, int], bytes]:
    with Image.open(path) as im:
        return im.mode, im.size, im.tobytes()


def rgba_frames(path: Path) -> list[bytes]:
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


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it: a real subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "scrubber", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
