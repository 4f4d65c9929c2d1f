"""Turn raw EXIF, XMP, IPTC/Photoshop and ICC blocks into plain-language findings.

Shared by every image format: they all embed the same few metadata containers.
Parsing is by hand with bounds checks (no XML parser, so no entity tricks), and only
to describe what we remove: cleaners drop these blocks whole.
"""

from __future__ import annotations

import re
import struct

from PIL import ExifTags

from scrubber.errors import CorruptFile
from scrubber.formats.icc_tags import numeric_tag
from scrubber.formats.tiffdir import Entry, TiffReader
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
        return f"{entry.count} bytes"
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
        return f"{values[0]:.1f} m " + ("below sea level" if below else "above sea level")
    if entry.tag == GPS_TIMESTAMP and len(values) == 3:
        h, m, s = values
        return f"{int(h):02d}:{int(m):02d}:{s:04.1f} UTC"
    return _value(reader, entry)


def minimal_exif(orientation: int) -> bytes:
    """A fresh little-endian EXIF block holding nothing but the Orientation tag."""
    ifd = struct.pack("<HHHIHH", 1, ORIENTATION, 3, 1, orientation, 0) + struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd


# --- XMP ---------------------------------------------------------------------------------

XMP_CATEGORIES: dict[str, Category] = {}
for _cat, _names in (
    (
        C.LOCATION,
        "City State Country CountryCode CountryName Location Sublocation "
        "ProvinceState LocationCreated LocationShown WorldRegion GPSLatitude GPSLongitude "
        "GPSAltitude GPSPosition",
    ),
    (
        C.DEVICE,
        "Make Model SerialNumber LensSerialNumber Lens LensModel LensID LensInfo "
        "CameraSerialNumber InternalSerialNumber ImageUniqueID BodySerialNumber",
    ),
    (
        C.PERSON,
        "creator Author Artist rights Copyright CaptionWriter AuthorsPosition "
        "OwnerName CameraOwnerName PersonInImage Credit Contributor contributor publisher "
        "CiAdrExtadr CiEmailWork CiTelWork CiUrlWork UsageTerms WebStatement Marked Name "
        "PersonDisplayName LastModifiedBy",
    ),
    (
        C.TIME,
        "CreateDate ModifyDate MetadataDate DateCreated DateTimeOriginal "
        "DateTimeDigitized date when",
    ),
    (
        C.SOFTWARE,
        "CreatorTool Software DocumentID InstanceID OriginalDocumentID History "
        "DerivedFrom DocumentAncestors Producer softwareAgent",
    ),
):
    for _name in _names.split():
        XMP_CATEGORIES[_name] = _cat

_XMP_ATTR = re.compile(rb"""\s([A-Za-z][\w.-]*):([A-Za-z][\w.-]*)\s*=\s*(["'])(.*?)\3""", re.S)
_XMP_ELEM = re.compile(rb"<([A-Za-z][\w.-]*):([A-Za-z][\w.-]*)[\s>/]")
_XMP_TEXT = re.compile(rb">\s*([^<\s][^<]*)<")
_XMP_SKIP_PREFIXES = {b"rdf", b"x", b"xmlns", b"xml", b"stRef", b"stEvt"}


def xmp_findings(col: Collector, xmp: bytes | memoryview, where: str = "XMP") -> None:
    """Report known identifying XMP properties; any XMP at all is at least 'other'."""
    data = bytes(xmp)
    before = len(col.findings)
    seen: set[str] = set()
    for m in _XMP_ATTR.finditer(data):
        _xmp_prop(col, m.group(1), m.group(2), m.group(4), where, seen)
    for m in _XMP_ELEM.finditer(data):
        text = _XMP_TEXT.search(data, m.end() - 1, m.end() + 400)
        _xmp_prop(col, m.group(1), m.group(2), text.group(1) if text else b"", where, seen)
    if len(col.findings) == before:
        col.add(C.OTHER, f"{where}:packet", f"{len(data)} bytes of XMP metadata")


def _xmp_prop(
    col: Collector, prefix: bytes, name: bytes, value: bytes, where: str, seen: set[str]
) -> None:
    if prefix in _XMP_SKIP_PREFIXES:
        return
    key = name.decode("ascii", "replace")
    cat = XMP_CATEGORIES.get(key)
    if cat is None and key.startswith("GPS"):
        cat = C.LOCATION
    if cat is None:
        return
    label = f"{where}:{key}"
    if label in seen:
        return
    seen.add(label)
    col.add(cat, label, value.decode("utf-8", "replace"))


# --- Photoshop image resources and IPTC ----------------------------------------------------

IPTC_DATASETS: dict[int, tuple[str, Category]] = {
    5: ("ObjectName", C.OTHER), 25: ("Keywords", C.OTHER), 55: ("DateCreated", C.TIME),
    60: ("TimeCreated", C.TIME), 62: ("DigitalCreationDate", C.TIME),
    63: ("DigitalCreationTime", C.TIME), 65: ("OriginatingProgram", C.SOFTWARE),
    80: ("By-line", C.PERSON), 85: ("By-lineTitle", C.PERSON), 90: ("City", C.LOCATION),
    92: ("Sub-location", C.LOCATION), 95: ("Province-State", C.LOCATION),
    100: ("Country-PrimaryLocationCode", C.LOCATION),
    101: ("Country-PrimaryLocationName", C.LOCATION), 105: ("Headline", C.OTHER),
    110: ("Credit", C.PERSON), 115: ("Source", C.PERSON), 116: ("CopyrightNotice", C.PERSON),
    118: ("Contact", C.PERSON), 120: ("Caption-Abstract", C.OTHER),
    122: ("Writer-Editor", C.PERSON),
}  # fmt: skip


def photoshop_findings(col: Collector, data: bytes | memoryview, where: str = "Photoshop") -> None:
    """Report Photoshop image resources (APP13 / TIFF tag 34377): IPTC, thumbnails, others."""
    buf = bytes(data)
    pos, others = 0, 0
    while pos + 12 <= len(buf) and buf[pos : pos + 4] in (b"8BIM", b"PHUT", b"AgHg", b"DCSR"):
        rid = struct.unpack_from(">H", buf, pos + 4)[0]
        name_len = buf[pos + 6]
        pos += 6 + ((name_len + 2) & ~1)  # Pascal string padded to even length
        if pos + 4 > len(buf):
            break
        size = struct.unpack_from(">I", buf, pos)[0]
        body = buf[pos + 4 : pos + 4 + size]
        pos += 4 + size + (size & 1)
        if rid == 0x0404:
            iptc_findings(col, body)
        elif rid in (0x0409, 0x040C):
            col.add(C.EMBEDDED, f"{where}:Thumbnail", "a small copy of the photo")
        elif rid == 0x0424:
            xmp_findings(col, body, "XMP")
        else:
            others += 1
    if others or (pos == 0 and buf):
        col.add(C.OTHER, f"{where}:resources", f"{others or 1} Photoshop resources")


def iptc_findings(col: Collector, data: bytes | memoryview) -> None:
    buf = bytes(data)
    pos, found = 0, False
    while pos + 5 <= len(buf) and buf[pos] == 0x1C:
        record, dataset, size = (
            buf[pos + 1],
            buf[pos + 2],
            struct.unpack_from(">H", buf, pos + 3)[0],
        )
        if size & 0x8000:  # extended length: not used for text; stop rather than guess
            break
        value = buf[pos + 5 : pos + 5 + size]
        pos += 5 + size
        if record != 2 or dataset == 0:
            continue
        found = True
        name, cat = IPTC_DATASETS.get(dataset, (f"Dataset{dataset}", C.OTHER))
        col.add(cat, f"IPTC:{name}", value.decode("utf-8", "replace"))
    if not found and buf:
        col.add(C.OTHER, "IPTC:data", f"{len(buf)} bytes of IPTC data")


# --- ICC colour profiles -------------------------------------------------------------------

# Profile descriptions of colour spaces that are the same on every device. Matched on
# the profile's own description tag (its content), never on a file name; a rebuilt
# profile gets our own spelling of it, whatever the original's case.
ICC_SPELLING = {
    name.lower(): name
    for name in (
        "sRGB", "sRGB IEC61966-2.1", "sRGB IEC61966-2-1", "sRGB IEC61966-2.1 black scaled",
        "sRGB IEC61966-2-1 black scaled", "sRGB built-in",
        "sRGB v4 ICC preference perceptual intent beta",
        "sRGB2014", "Display P3", "P3", "DCI-P3", "DCI(P3) RGB", "Image P3", "Adobe RGB (1998)",
        "Compatible with Adobe RGB (1998)", "ProPhoto RGB", "ROMM-RGB", "ROMMRGB", "Apple RGB",
        "ColorMatch RGB", "Generic RGB Profile", "Rec. 2020", "Rec2020", "ITU-R BT.2020",
        "Rec. 709", "Rec709", "Generic Gray Gamma 2.2 Profile", "Gray Gamma 2.2",
        "Dot Gain 20%", "sGray", "Linear sRGB", "U.S. Web Coated (SWOP) v2",
        "Coated FOGRA39 (ISO 12647-2:2004)", "Japan Color 2001 Coated",
        "Uncoated FOGRA29 (ISO 12647-2:2004)",
    )
}  # fmt: skip
STANDARD_ICC = set(ICC_SPELLING)

# Colour tags kept in a rebuilt standard profile, each written again from its numbers
# (icc_tags), so no text (copyright, device names, targets) can ride along.
ICC_COLOUR_TAGS = {
    b"wtpt", b"bkpt", b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC", b"kTRC",
    b"chad", b"chrm", b"cicp", b"lumi", b"meas", b"gamt",
    b"A2B0", b"A2B1", b"A2B2", b"B2A0", b"B2A1", b"B2A2",
}  # fmt: skip
# Tags a recognised standard profile may hold; others (or text in the kept ones)
# disqualify it, since a device or a person may have written them.
ICC_STANDARD_TAGS = ICC_COLOUR_TAGS | {b"desc", b"cprt", b"dmnd", b"dmdd", b"view", b"vued"}
ICC_STANDARD_TAGS |= {b"targ", b"clrt", b"MS00", b"vcgt", b"dscm", b"rig0", b"aarg", b"aagg"}
ICC_STANDARD_TAGS |= {b"aabg", b"ncl2", b"pre0", b"pre1", b"pre2", b"tech"}
# Header signatures a profile may have: anything else is not a profile we know.
ICC_CLASSES = {b"scnr", b"mntr", b"prtr", b"link", b"spac", b"abst", b"nmcl"}
ICC_SPACES = {b"XYZ ", b"Lab ", b"Luv ", b"YCbr", b"Yxy ", b"RGB ", b"GRAY", b"HSV ", b"HLS "}
ICC_SPACES |= {b"CMYK", b"CMY "} | {b"%XCLR" % c for c in b"23456789ABCDEF"}
ICC_D50 = struct.pack(">3I", 0xF6D6, 0x10000, 0xD32D)  # the illuminant the ICC fixes
ICC_COPYRIGHT = "No copyright, use freely"
MAX_ICC = 4 * 1024 * 1024


def icc_description(icc: bytes | memoryview) -> str:
    """The profile's description text ('' when it has none or cannot be read)."""
    buf = bytes(icc)
    if len(buf) < 132 or buf[36:40] != b"acsp":
        return ""
    (count,) = struct.unpack_from(">I", buf, 128)
    for i in range(min(count, 200)):
        pos = 132 + 12 * i
        if pos + 12 > len(buf):
            break
        sig, off, size = struct.unpack_from(">4sII", buf, pos)
        if sig != b"desc" or off + size > len(buf) or size < 12:
            continue
        body = buf[off : off + size]
        if body[:4] == b"desc":
            (n,) = struct.unpack_from(">I", body, 8)
            return body[12 : 12 + n].split(b"\x00")[0].decode("latin-1").strip()
        if body[:4] == b"mluc" and size >= 28:
            (_, _rec_size) = struct.unpack_from(">II", body, 8)
            length, str_off = struct.unpack_from(">II", body, 16 + 4)
            text = body[str_off : str_off + length]
            return text.decode("utf-16-be", "replace").strip("\x00 ")
    return ""


def _icc_tags(buf: bytes) -> list[tuple[bytes, int, int]] | None:
    (count,) = struct.unpack_from(">I", buf, 128)
    if count > 200 or 132 + 12 * count > len(buf):
        return None
    tags = [struct.unpack_from(">4sII", buf, 132 + 12 * i) for i in range(count)]
    if any(off < 132 or off + size > len(buf) or size < 8 for _, off, size in tags):
        return None
    return tags


def canonical_icc(icc: bytes | memoryview) -> bytes | None:
    """A standard profile rebuilt from the numbers of its colour tags, or None if not standard.

    Recognised by its own description and tag list, never by a file name. The header
    loses creator, device, platform, date and ID fields (a LittleCMS profile carries the
    moment it was made); every colour tag is written again from its numbers (icc_tags),
    so no reserved field, padding or trailing byte of the original survives; the
    description and copyright are our own text. The rebuilt profile keeps the colours
    and nothing else.
    """
    buf = bytes(icc)
    if not 132 <= len(buf) <= MAX_ICC or buf[36:40] != b"acsp":
        return None
    name = icc_description(buf)
    tags = _icc_tags(buf)
    if name.lower() not in STANDARD_ICC or tags is None:
        return None
    if not {sig for sig, _, _ in tags} <= ICC_STANDARD_TAGS:
        return None
    return _rebuilt_icc(buf, tags, ICC_SPELLING[name.lower()])


def icc_numbers_only(icc: bytes | memoryview, name: str = "Colour profile") -> bytes | None:
    """Any profile rebuilt from its numeric colour tags alone, None if unreadable.

    A standard profile is rebuilt as canonical_icc does; any other (a calibrated
    display's, say) loses its description to `name`, and its device, maker and text tags,
    where a document cannot simply drop it (a PDF colour space needs it to draw).
    """
    canonical = canonical_icc(icc)
    if canonical is not None:
        return canonical
    buf = bytes(icc)
    if not 132 <= len(buf) <= MAX_ICC or buf[36:40] != b"acsp":
        return None
    tags = _icc_tags(buf)
    return None if tags is None else _rebuilt_icc(buf, tags, name)


def _rebuilt_icc(buf: bytes, tags: list[tuple[bytes, int, int]], description: str) -> bytes | None:
    """The profile's header fields that matter and its numeric colour tags, with our own
    description and copyright; None if its class or colour spaces are not ones we know."""
    pcs = buf[20:24] if buf[20:24] in (b"XYZ ", b"Lab ") else None
    if buf[12:16] not in ICC_CLASSES or buf[16:20] not in ICC_SPACES or pcs is None:
        return None
    header = bytearray(128)
    header[8:10] = buf[8:10]  # version (the two bytes after it are reserved)
    header[12:24] = buf[12:24]  # class, colour space, connection space
    header[36:40] = b"acsp"
    (intent,) = struct.unpack_from(">I", buf, 64)
    struct.pack_into(">I", header, 64, intent if intent <= 3 else 0)
    header[68:80] = ICC_D50
    v4 = buf[8] >= 4
    kept = [(b"desc", _icc_text(description, v4, b"desc"))]
    kept.append((b"cprt", _icc_text(ICC_COPYRIGHT, v4, b"text")))
    for sig, off, size in tags:
        body = numeric_tag(sig, buf[off : off + size]) if sig in ICC_COLOUR_TAGS else None
        if body is not None:
            kept.append((sig, body))
    table = struct.pack(">I", len(kept))
    data = b""
    shared: dict[bytes, int] = {}  # identical bodies (r/g/b curves) stored once
    pos = 128 + 4 + 12 * len(kept)
    for sig, body in kept:
        if body not in shared:
            shared[body] = pos + len(data)
            data += body + bytes(-len(body) % 4)
        table += struct.pack(">4sII", sig, shared[body], len(body))
    out = header + table + data
    struct.pack_into(">I", out, 0, len(out))
    return bytes(out)


def _icc_text(text: str, v4: bool, v2_type: bytes) -> bytes:
    if v4:
        utf16 = text.encode("utf-16-be")
        return (
            b"mluc"
            + bytes(4)
            + struct.pack(">II2s2sII", 1, 12, b"en", b"US", len(utf16), 28)
            + utf16
        )
    ascii_ = text.encode("ascii", "replace") + b"\x00"
    if v2_type == b"text":
        return b"text" + bytes(4) + ascii_
    return b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_ + bytes(4 + 4 + 2 + 1 + 67)


def icc_is_standard(icc: bytes | memoryview) -> bool:
    """True for a standard profile already in our rebuilt form (what we write)."""
    return canonical_icc(icc) == bytes(icc)


def icc_decision(col: Collector, icc: bytes | memoryview, keep_standard: bool) -> bytes | None:
    """Record what happens to a colour profile; return the profile to write, if any."""
    name = icc_description(icc) or "unnamed"
    canonical = canonical_icc(icc)
    if canonical is None:
        col.add(C.OTHER, "ICC:Profile", f"{name} (not a standard profile; colours may shift)")
        return None
    if not keep_standard:
        col.add(C.OTHER, "ICC:Profile", f"{name} (removed as asked)")
        return None
    if canonical != bytes(icc):
        col.add(
            C.OTHER, "ICC:ProfileDetails", "maker, device or date details in the colour profile"
        )
    col.keep("ICC:Profile", name)
    return canonical
