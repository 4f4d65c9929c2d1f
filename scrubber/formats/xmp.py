"""XMP packets turned into plain-language findings.

Read with regular expressions over the bytes, never an XML parser (no entity tricks),
only to describe what cleaners drop whole.
"""

from __future__ import annotations

import re

from scrubber.model import Category, Collector

C = Category

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
