"""Photoshop image resources and the IPTC records inside them, as plain-language findings.

Parsed by hand with bounds checks, only to describe what cleaners drop whole.
"""

from __future__ import annotations

import struct

from scrubber.formats.xmp import xmp_findings
from scrubber.model import Category, Collector

C = Category

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
