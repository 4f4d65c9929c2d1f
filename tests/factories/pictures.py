"""Pictures and the metadata cameras write into them: a patterned picture, camera EXIF
and XMP, ExifTool writing real tags, dirty JPEGs (with trailers, MPF, JFIF thumbnails) and
the crop picture whose hidden part is a magenta block."""

from __future__ import annotations

import io
import struct
import subprocess
from pathlib import Path

import piexif
from oracle import CANARY, EXIFTOOL
from PIL import Image


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


# A photo with a magenta block on its right eighth: the part a crop hides.
CROP_CANARY_RGB = (255, 0, 255)


def crop_picture(size: tuple[int, int] = (200, 100)) -> Image.Image:
    """A picture whose right eighth is a magenta block (the pixel canary)."""
    w, h = size
    im = pattern(size)
    im.paste(CROP_CANARY_RGB, (w - w // 8, 0, w, h))
    return im


def crop_photo(size: tuple[int, int] = (200, 100)) -> bytes:
    buf = io.BytesIO()
    crop_picture(size).save(buf, "JPEG", quality=95)
    return buf.getvalue()
