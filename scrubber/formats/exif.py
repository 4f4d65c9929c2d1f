"""EXIF blocks (a TIFF directory tree) turned into plain-language findings, and the
minimal EXIF block we write back (the rotation alone).

Parsed by hand with bounds checks, only to describe what cleaners drop whole.
"""

from __future__ import annotations

import struct

from PIL import ExifTags

from scrubber.errors import CorruptFile
from scrubber.formats.tiffdir import Entry, TiffReader
from scrubber.messages import Message
from scrubber.model import Category, Collector

C = Category

EXIF_IFD, GPS_IFD, INTEROP_IFD = 0x8769, 0x8825, 0xA005
ORIENTATION = 0x0112

# EXIF tags that say something about a person, place, device, time or software.
EXIF_CATEGORIES: dict[int, Category] = {
    0x010F: C.DEVICE,  # Make
    0x0110: C.DEVICE,  # Model
    0x013C: C.DEVICE,  # HostComputer
    0xA420: C.DEVICE,  # ImageUniqueID
    0xA431: C.DEVICE,  # BodySerialNumber
    0xA433: C.DEVICE,  # LensMake
    0xA434: C.DEVICE,  # LensModel
    0xA435: C.DEVICE,  # LensSerialNumber
    0x927C: C.DEVICE,  # MakerNote
    0xC614: C.DEVICE,  # UniqueCameraModel
    0xC62F: C.DEVICE,  # CameraSerialNumber
    0x013B: C.PERSON,  # Artist
    0x8298: C.PERSON,  # Copyright
    0xA430: C.PERSON,  # CameraOwnerName
    0x9C9D: C.PERSON,  # XPAuthor
    0x0132: C.TIME,  # DateTime
    0x9003: C.TIME,  # DateTimeOriginal
    0x9004: C.TIME,  # DateTimeDigitized
    0x9010: C.TIME,  # OffsetTime
    0x9011: C.TIME,  # OffsetTimeOriginal
    0x9012: C.TIME,  # OffsetTimeDigitized
    0x9290: C.TIME,  # SubSecTime
    0x9291: C.TIME,  # SubSecTimeOriginal
    0x9292: C.TIME,  # SubSecTimeDigitized
    0x0131: C.SOFTWARE,  # Software
    0x02BC: C.SOFTWARE,  # XMP inside TIFF
    0x83BB: C.PERSON,  # IPTC inside TIFF
    0x8649: C.OTHER,  # Photoshop resources
    0xC4A5: C.OTHER,  # PrintIM
}

# Tags that only describe how to decode or display the picture: harmless, not reported.
STRUCTURAL_TAGS = {
    0x0100, 0x0101, 0x0102, 0x0103, 0x0106, 0x0111, 0x0115, 0x0116, 0x0117, 0x011A,
    0x011B, 0x011C, 0x0128, 0x0201, 0x0202, 0x0211, 0x0212, 0x0213, 0x0214,
    0x9000, 0x9101, 0xA000, 0xA001, 0xA002, 0xA003, 0x0001, 0x0002,
    EXIF_IFD, GPS_IFD, INTEROP_IFD, ORIENTATION,
}  # fmt: skip

THUMBNAIL_TAGS = (0x0201, 0x0111)  # JPEGInterchangeFormat, StripOffsets in IFD1


def tag_name(tag: int, gps: bool = False) -> str:
    table = ExifTags.GPSTAGS if gps else ExifTags.TAGS
    return table.get(tag, f"Tag0x{tag:04X}")


def exif_findings(col: Collector, tiff: bytes | memoryview, where: str = "EXIF") -> int:
    """Add a finding per identifying EXIF tag; return the Orientation (1 when absent).

    A block we cannot parse is still reported (and still removed): an unreadable EXIF
    block may hold anything.
    """
    try:
        reader = TiffReader(tiff)
        ifds = reader.chain()
    except CorruptFile:
        col.add(C.OTHER, f"{where}:unreadable", f"{len(tiff)} bytes of damaged EXIF")
        return 1
    orientation = 1
    settings = 0
    for index, ifd in enumerate(ifds):
        if index >= 1 and any(t in ifd.entries for t in THUMBNAIL_TAGS):
            col.add(C.EMBEDDED, f"{where}:ThumbnailImage", "a small copy of the photo")
        for tag, entry in ifd.entries.items():
            if tag == ORIENTATION and index == 0:
                vals = reader.ints(entry)
                orientation = vals[0] if vals and 1 <= vals[0] <= 8 else 1
            elif tag in EXIF_CATEGORIES:
                col.add(EXIF_CATEGORIES[tag], f"{where}:{tag_name(tag)}", _value(reader, entry))
            elif tag not in STRUCTURAL_TAGS:
                settings += 1
        settings += _sub_ifd(col, reader, ifd.entries.get(EXIF_IFD), where, gps=False)
        _sub_ifd(col, reader, ifd.entries.get(GPS_IFD), where, gps=True)
    if settings:
        col.add(C.OTHER, f"{where}:CameraSettings", f"{settings} camera settings and notes")
    return orientation


def _sub_ifd(
    col: Collector, reader: TiffReader, pointer: Entry | None, where: str, gps: bool
) -> int:
    """Report the Exif or GPS sub-directory; return how many harmless-looking tags it had."""
    if pointer is None:
        return 0
    offsets = reader.ints(pointer)
    if not offsets:
        return 0
    try:
        ifd = reader.read_ifd(offsets[0])
    except CorruptFile:
        col.add(C.OTHER, f"{where}:unreadable", "a damaged EXIF sub-directory")
        return 0
    other = 0
    for tag, entry in ifd.entries.items():
        if gps:
            if tag != 0x0000:  # GPSVersionID alone says nothing, every other GPS tag does
                value = _gps_value(reader, ifd.entries, entry)
                col.add(C.LOCATION, f"{where}:{tag_name(tag, gps=True)}", value)
        elif tag in EXIF_CATEGORIES:
            col.add(EXIF_CATEGORIES[tag], f"{where}:{tag_name(tag)}", _value(reader, entry))
        elif tag not in STRUCTURAL_TAGS:
            other += 1
    return other


def _value(reader: TiffReader, entry: Entry) -> str:
    if entry.tag in (0x927C, 0x02BC, 0x83BB, 0x8649, 0xC4A5):
        return Message("value.bytes", count=entry.count)
    try:
        return reader.text(entry)
    except (struct.error, CorruptFile, ValueError):
        return ""


# GPS tags holding rationals, shown as people read them: the tag its N/S/E/W or
# above/below sea level reference is in, or None.
GPS_LATITUDE, GPS_LONGITUDE, GPS_ALTITUDE, GPS_TIMESTAMP = 0x0002, 0x0004, 0x0006, 0x0007
GPS_REFS = {GPS_LATITUDE: 0x0001, GPS_LONGITUDE: 0x0003, GPS_ALTITUDE: 0x0005}


def _rationals(reader: TiffReader, entry: Entry) -> list[float] | None:
    if entry.type not in (5, 10) or len(entry.data) < 8:
        return None
    code = "I" if entry.type == 5 else "i"
    n = len(entry.data) // 4
    pairs = struct.unpack(f"{reader.endian}{n}{code}", entry.data[: n * 4])
    if any(b == 0 for b in pairs[1::2]):
        return None  # 0/0 means "unknown" to some cameras: keep the raw text
    return [a / b for a, b in zip(pairs[::2], pairs[1::2], strict=False)]


def _gps_value(reader: TiffReader, entries: dict[int, Entry], entry: Entry) -> str:
    """Coordinates in degrees, minutes and seconds (plain quote marks: any console shows
    them), altitude in metres, time of day as h:m:s. Raw EXIF fractions
    ("52/1 22/1 2904/125") mean nothing to most people."""
    wanted = entry.tag in GPS_REFS or entry.tag == GPS_TIMESTAMP
    values = _rationals(reader, entry) if wanted else None
    if not values:
        return _value(reader, entry)
    ref_entry = entries.get(GPS_REFS.get(entry.tag, -1))
    if entry.tag in (GPS_LATITUDE, GPS_LONGITUDE) and len(values) == 3:
        deg, minutes, sec = values
        total = deg * 3600 + minutes * 60 + sec  # some cameras write 52.37/1 0/1 0/1
        d, rest = divmod(round(total, 1), 3600)
        m, s = divmod(rest, 60)
        ref = _value(reader, ref_entry).strip().upper()[:1] if ref_entry else ""
        text = f"{int(d)}° {int(m)}' {s:.1f}\""
        return f"{text} {ref}" if ref in ("N", "S", "E", "W") else text
    if entry.tag == GPS_ALTITUDE and len(values) == 1:
        below = ref_entry is not None and reader.ints(ref_entry)[:1] == [1]
        return Message(f"value.altitude_{'below' if below else 'above'}", metres=f"{values[0]:.1f}")
    if entry.tag == GPS_TIMESTAMP and len(values) == 3:
        h, m, s = values
        return f"{int(h):02d}:{int(m):02d}:{s:04.1f} UTC"
    return _value(reader, entry)


def minimal_exif(orientation: int) -> bytes:
    """A fresh little-endian EXIF block holding nothing but the Orientation tag."""
    ifd = struct.pack("<HHHIHH", 1, ORIENTATION, 3, 1, orientation, 0) + struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd
