"""ISO base media files (MP4, MOV, M4A, 3GP, and HEIF's boxes): the one bounds-checked box
reader, and naming what the metadata boxes hold. Used by the M4A, video, HEIC and AVIF
cleaners; isobmff_movie rebuilds the movie header and isobmff_file cleans the whole file
(top-level boxes, then the media data, moved).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from scrubber.errors import CorruptFile
from scrubber.formats.audio_tags import MAX_ITEMS, words
from scrubber.formats.streams import Buffer
from scrubber.formats.xmp import xmp_findings
from scrubber.model import Category, Collector

C = Category
FRAGMENTED = {"moof", "mfra", "sidx", "styp", "mvex", "ssix"}
PADDING_BOXES = {"free", "skip", "wide"}
XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
# Tag names (iTunes ilst items, QuickTime and 3GPP udta text, camera boxes) by what they
# give away; the rest are OTHER.
TAG_CATEGORIES: dict[str, Category] = {
    **dict.fromkeys(
        words(
            "©ART aART ©wrt ©com cprt ©cpy apID ownr ©enc ©aut ©prd ©dir ©prf soar soaa soco "
            "atID plID ©ope ©src ©wrn auth perf"
        ),
        C.PERSON,
    ),
    **dict.fromkeys(words("©day purd rldt ©dte yrrc"), C.TIME),
    **dict.fromkeys(words("©too ©swr ©fmt FIRM"), C.SOFTWARE),
    **dict.fromkeys(words("©xyz loci"), C.LOCATION),
    "gps ": C.LOCATION,  # dash cameras: a GPS log beside the movie header
    # GoPro writes its camera's serial hash (CAME) and lens; Samsung and others a model.
    **dict.fromkeys(words("©mak ©mod CAME LENS manu modl"), C.DEVICE),
    "covr": C.EMBEDDED,
}
GPP_TEXT = set(words("titl dscp cprt perf auth gnre albm"))  # 3GPP text boxes in udta
KEY_WORDS = (  # words in Apple mdta key names, checked in this order
    ("location", C.LOCATION),
    ("make", C.DEVICE),
    ("model", C.DEVICE),
    ("manufacturer", C.DEVICE),  # Android: com.android.manufacturer
    ("camera", C.DEVICE),
    ("software", C.SOFTWARE),
    ("android.version", C.SOFTWARE),  # the phone's Android version
    ("date", C.TIME),
    ("author", C.PERSON),
    ("artist", C.PERSON),
    ("owner", C.PERSON),
    ("copyright", C.PERSON),
)


def key_category(key: str) -> Category:
    return next((c for w, c in KEY_WORDS if w in key.lower()), C.OTHER)


@dataclass(frozen=True)
class Box:
    type: str
    start: int  # offset of the header in its buffer
    head: int  # header length
    end: int

    def payload(self, data: bytes | Buffer | memoryview) -> bytes:
        return bytes(data[self.start + self.head : self.end])

    @property
    def body(self) -> int:
        """Offset of the payload in its buffer."""
        return self.start + self.head


def boxes(data: bytes | Buffer | memoryview, start: int, end: int) -> list[Box]:
    """The boxes packed in data[start:end]; every size is checked against the parent.
    The one box walker for MP4, MOV, M4A, HEIC and AVIF (heif_boxes.children uses it)."""
    out: list[Box] = []
    pos = start
    while pos < end:
        if end - pos < 8:
            raise CorruptFile("the file is damaged (a box is cut short)")
        size, raw = struct.unpack_from(">I4s", data, pos)
        head = 8
        if size == 1:
            if end - pos < 16:
                raise CorruptFile("the file is damaged (a box is cut short)")
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            head = 16
        elif size == 0:
            size = end - pos
        if size < head or pos + size > end:
            raise CorruptFile("the file is cut short or damaged (a box is too long)")
        out.append(Box(raw.decode("latin-1"), pos, head, pos + size))
        pos += size
        if len(out) > 100_000:
            raise CorruptFile("the file is damaged (too many boxes)")
    return out


def first(found: list[Box], typ: str) -> Box | None:
    return next((b for b in found if b.type == typ), None)


def box(typ: str, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + typ.encode("latin-1") + payload


def top_boxes(col: Collector, buf: Buffer, label: str) -> list[Box]:
    """Top-level boxes; bytes after the last one that are not a box are a trailer.

    A box that runs past the end of the file means the file was cut short, unless the
    movie header and media data are already complete: then it is data glued on after
    them (cameras such as Insta360 and Samsung phones append their own records).
    """
    out: list[Box] = []
    seen: set[str] = set()
    pos = 0
    while pos < len(buf):
        found = _whole_box(buf, pos)
        if found is None:
            named = len(buf) - pos >= 8 and _printable(buf[pos + 4 : pos + 8])
            if named and not {"moov", "mdat"} <= seen:
                raise CorruptFile(f"the {label} file is cut short")
            _trailer(col, buf, pos)
            break
        out.append(found)
        seen.add(found.type)
        pos = found.end
    return out


def _printable(raw: bytes) -> bool:
    return all(0x20 <= b < 0x7F or b == 0xA9 for b in raw)


def _whole_box(buf: Buffer, pos: int) -> Box | None:
    """The box at `pos` if a named one lies there whole, else None."""
    left = len(buf) - pos
    if left < 8 or not _printable(buf[pos + 4 : pos + 8]):
        return None
    size, head = int.from_bytes(buf[pos : pos + 4], "big"), 8
    if size == 1:
        if left < 16:
            return None
        size, head = int.from_bytes(buf[pos + 8 : pos + 16], "big"), 16
    elif size == 0:
        size = left
    if size < head or size > left:
        return None
    return Box(bytes(buf[pos + 4 : pos + 8]).decode("latin-1"), pos, head, pos + size)


def _trailer(col: Collector, buf: Buffer, pos: int) -> None:
    left = len(buf) - pos
    if left <= 1 << 20 and not buf[pos:].strip(b"\x00"):
        col.add(C.OTHER, "MP4:trailer", f"{left} zero bytes after the media")
    else:
        col.add(C.EMBEDDED, "MP4:trailer", f"{left} bytes after the media")


# --- describing what is removed --------------------------------------------------------------


def describe(col: Collector, typ: str, payload: bytes, where: str) -> None:
    if typ == "udta":
        _udta(col, payload)
    elif typ == "meta":
        _meta(col, payload)
    elif typ == "uuid" and payload[:16] == XMP_UUID:
        xmp_findings(col, payload[16:], "XMP")
    elif typ == "XMP_":
        xmp_findings(col, payload, "XMP")
    else:
        shown = typ if typ.isprintable() else typ.encode("latin-1").hex()
        col.add(TAG_CATEGORIES.get(typ, C.OTHER), f"{where}:{shown}", f"{len(payload)} bytes")


def _udta(col: Collector, data: bytes) -> None:
    before = len(col.findings)
    try:
        children = boxes(data, 0, len(data))
    except CorruptFile:
        children = []
    for b in children[:MAX_ITEMS]:
        payload = b.payload(data)
        if b.type == "meta":
            _meta(col, payload)
        elif b.type == "XMP_":
            xmp_findings(col, payload, "XMP")
        elif b.type.startswith("©") and len(payload) >= 4:
            # QuickTime text: 16-bit length, 16-bit language, then the text.
            length = int.from_bytes(payload[:2], "big")
            col.add(TAG_CATEGORIES.get(b.type, C.OTHER), f"MP4:{b.type}", payload[4 : 4 + length])
        elif b.type in GPP_TEXT and len(payload) > 6:
            # 3GPP text: version and flags, 16-bit language, then UTF-8 or UTF-16 text.
            text: str | bytes = payload[6:]
            if payload[6:8] in (b"\xfe\xff", b"\xff\xfe"):
                text = payload[6:].decode("utf-16", "replace")
            col.add(TAG_CATEGORIES.get(b.type, C.OTHER), f"MP4:{b.type}", text)
        else:
            describe(col, b.type, payload, "MP4")
    if len(col.findings) == before:
        col.add(C.OTHER, "MP4:udta", f"{len(data)} bytes of user data")


def _meta(col: Collector, data: bytes) -> None:
    """An ISO 'meta' box (a full box) or Apple's 'meta' (not one): keys and item list."""
    start = 0 if data[4:8] == b"hdlr" else 4
    before = len(col.findings)
    keys: list[str] = []
    try:
        children = boxes(data, start, len(data))
    except CorruptFile:
        children = []
    for b in children:
        payload = b.payload(data)
        if b.type == "keys":
            keys = mdta_keys(payload)
        elif b.type == "ilst":
            _ilst(col, payload, keys)
        elif b.type not in ("hdlr", "free"):
            describe(col, b.type, payload, "MP4")
    if len(col.findings) == before:
        col.add(C.OTHER, "MP4:meta", f"{len(data)} bytes of metadata")


def mdta_keys(payload: bytes) -> list[str]:
    """The key names of an Apple 'keys' box (a full box: version, flags, count, keys)."""
    out = []
    try:
        for b in boxes(payload, 8, len(payload)):
            out.append(payload[b.start + 8 : b.end].decode("utf-8", "replace"))
    except CorruptFile:
        pass
    return out


def _ilst(col: Collector, data: bytes, keys: list[str]) -> None:
    try:
        items = boxes(data, 0, len(data))
    except CorruptFile:
        col.add(C.OTHER, "MP4:ilst", "a damaged tag list")
        return
    for b in items[:MAX_ITEMS]:
        payload = b.payload(data)
        index = int.from_bytes(b.type.encode("latin-1"), "big")
        if b.type == "----":
            name, value = _freeform(payload)
            col.add(C.OTHER, f"MP4:{name}", value)
        elif 0 < index <= len(keys) and not b.type.isprintable():
            key = keys[index - 1]
            col.add(key_category(key), f"MP4:{key}", _data_value(payload))
        else:
            category = TAG_CATEGORIES.get(b.type, C.OTHER)
            col.add(category, f"MP4:{b.type}", _data_value(payload))
    if len(items) > MAX_ITEMS:
        col.add(C.OTHER, "MP4:ilst", f"{len(items) - MAX_ITEMS} more tags")


def _data_value(item: bytes) -> str:
    """The first 'data' box of an item: text, or a short description of binary data."""
    try:
        for b in boxes(item, 0, len(item)):
            if b.type != "data" or b.end - b.start < 16:
                continue
            kind = int.from_bytes(item[b.start + 9 : b.start + 12], "big")
            value = item[b.start + 16 : b.end]
            if kind == 1:
                return value.decode("utf-8", "replace")
            if kind == 2:
                return value.decode("utf-16-be", "replace")
            if kind in (13, 14, 27):
                return f"a picture ({len(value)} bytes)"
            return f"{len(value)} bytes"
    except CorruptFile:
        pass
    return f"{len(item)} bytes"


def _freeform(item: bytes) -> tuple[str, str]:
    """('----:name', value) of an iTunes freeform tag."""
    name = "----"
    try:
        for b in boxes(item, 0, len(item)):
            if b.type == "name":
                name = "----:" + item[b.start + 12 : b.end].decode("utf-8", "replace")
    except CorruptFile:
        pass
    return name, _data_value(item)
