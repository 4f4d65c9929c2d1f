"""M4A cleaner: rebuild the movie header from an allowlist, copy the audio data untouched.

Only the boxes a player needs are kept: the file type, the audio data (`mdat`, byte for
byte) and, inside `moov`, the movie/track/media headers and the sample tables. Every
`udta` and `meta` box goes (the iTunes `ilst` tags with cover art and the store
account `apID`, QuickTime `©xyz` locations, Apple `mdta` keys such as make, model and
ISO 6709 location), as do unknown boxes. Creation and modification times in the movie,
track and media headers are set to zero, handler names (which name the writing
software) are blanked, and references to other files are replaced by "this file".
Because the movie header changes size, the chunk offsets in `stco`/`co64` are
recomputed for the new position of each `mdat`.

Only files whose brand says audio (M4A, M4B) are claimed here; files with a video,
chapter or text track, fragmented files and copy-protected (M4P) files are refused.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats.audio_tags import MAX_ITEMS, Piece, words, write_pieces
from scrubber.formats.metadata import xmp_findings
from scrubber.formats.streams import Buffer, damage_as, mapped
from scrubber.model import Category, CleanOptions, Collector, Report

C = Category
BRANDS = {b"M4A ", b"M4B ", b"M4P "}
FRAGMENTED = {"moof", "mfra", "sidx", "styp", "mvex", "ssix"}
PADDING_BOXES = {"free", "skip", "wide"}
XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
STBL_KEEP = set(words("stsd stts ctts stsc stsz stz2 stco co64 stss stps sdtp sgpd sbgp cslg subs"))
ENTRY_KEEP = set(words("esds alac dac3 dec3 dOps dfLa chan btrt wave srat pcmC chnl SA3D"))
PROTECTED = {"drms", "enca", "drmi", "sinf"}
_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
# Tag names (iTunes ilst items and QuickTime udta text) by what they give away.
TAG_CATEGORIES: dict[str, Category] = {
    **dict.fromkeys(
        words(
            "©ART aART ©wrt ©com cprt ©cpy apID ownr ©enc ©aut ©prd ©dir ©prf soar soaa soco "
            "atID plID ©ope ©src ©wrn"
        ),
        C.PERSON,
    ),
    **dict.fromkeys(words("©day purd rldt ©dte"), C.TIME),
    **dict.fromkeys(words("©too ©swr ©fmt"), C.SOFTWARE),
    **dict.fromkeys(words("©xyz loci"), C.LOCATION),
    **dict.fromkeys(words("©mak ©mod"), C.DEVICE),
    "covr": C.EMBEDDED,
}
KEY_WORDS = (  # words in Apple mdta key names, checked in this order
    ("location", C.LOCATION),
    ("make", C.DEVICE),
    ("model", C.DEVICE),
    ("camera", C.DEVICE),
    ("software", C.SOFTWARE),
    ("date", C.TIME),
    ("author", C.PERSON),
    ("artist", C.PERSON),
    ("owner", C.PERSON),
    ("copyright", C.PERSON),
)


@dataclass(frozen=True)
class Box:
    type: str
    start: int  # offset of the header in its buffer
    head: int  # header length
    end: int

    def payload(self, data: bytes | Buffer) -> bytes:
        return bytes(data[self.start + self.head : self.end])


def boxes(data: bytes | Buffer, start: int, end: int) -> list[Box]:
    """The boxes packed in data[start:end]; every size is checked against the parent."""
    out: list[Box] = []
    pos = start
    while pos < end:
        if end - pos < 8:
            raise CorruptFile("the M4A file is damaged (a box is cut short)")
        size, raw = struct.unpack_from(">I4s", data, pos)
        head = 8
        if size == 1:
            if end - pos < 16:
                raise CorruptFile("the M4A file is damaged (a box is cut short)")
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            head = 16
        elif size == 0:
            size = end - pos
        if size < head or pos + size > end:
            raise CorruptFile("the M4A file is cut short or damaged (a box is too long)")
        out.append(Box(raw.decode("latin-1"), pos, head, pos + size))
        pos += size
        if len(out) > 100_000:
            raise CorruptFile("the M4A file is damaged (too many boxes)")
    return out


def box(typ: str, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + typ.encode("latin-1") + payload


@dataclass
class _Scan:
    col: Collector = field(default_factory=Collector)
    top: list[tuple[Box, bool]] = field(default_factory=list)  # (box, kept?) in file order
    moov: Box | None = None


class M4ACleaner:
    name = "M4A"
    extensions: tuple[str, ...] = (".m4a", ".m4b")
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head[4:8] == b"ftyp" and head[8:12] in BRANDS

    def inspect(self, path: Path) -> Report:
        return _scan(path)[0].col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        scan, pieces = _scan(src, build=True)
        write_pieces(src, out, pieces)
        return scan.col.report(self.name)


def _scan(path: Path, build: bool = False) -> tuple[_Scan, list[Piece]]:
    scan = _Scan()
    with damage_as("M4A"), mapped(path) as buf:
        _walk(buf, scan)
        assert scan.moov is not None
        moov = scan.moov.payload(buf)
        new_moov = _moov(scan.col, moov, lambda o: o)
        if not build:
            return scan, []
        return scan, _layout(buf, scan, moov, len(new_moov))


def _walk(buf: Buffer, scan: _Scan) -> None:
    col = scan.col
    if buf[8:12] == b"M4P ":
        raise CleaningRefused(
            "this is copy-protected iTunes audio: its purchase record cannot be removed "
            "without breaking it"
        )
    top = _top_boxes(col, buf)
    if not top or top[0].type != "ftyp":
        raise CorruptFile("this is not a valid M4A file")
    for b in top:
        kept = True
        if b.type in FRAGMENTED:
            raise CleaningRefused("fragmented M4A files (as streamed) are not supported")
        if b.type == "moov":
            if scan.moov is not None:
                raise CorruptFile("the M4A file is damaged (two movie headers)")
            scan.moov = b
        elif b.type == "ftyp":
            kept = b is top[0]
            if not kept:
                col.add(C.OTHER, "MP4:ftyp", "a second file-type box")
        elif b.type in PADDING_BOXES:
            kept = not b.payload(buf).strip(b"\x00")
            if not kept:
                col.add(C.OTHER, f"MP4:{b.type}", f"{b.end - b.start} bytes of leftover data")
        elif b.type != "mdat":
            kept = False
            _describe(col, b.type, b.payload(buf), "MP4")
        scan.top.append((b, kept))
    if scan.moov is None:
        raise CorruptFile("the M4A file has no movie header (cut short?)")


def _top_boxes(col: Collector, buf: Buffer) -> list[Box]:
    """Top-level boxes; bytes after the last one that are not a box are a trailer."""
    out: list[Box] = []
    pos = 0
    while pos < len(buf):
        raw = buf[pos + 4 : pos + 8]
        if len(buf) - pos < 8 or not all(0x20 <= b < 0x7F or b == 0xA9 for b in raw):
            col.add(C.EMBEDDED, "MP4:trailer", f"{len(buf) - pos} bytes after the audio")
            break
        b = boxes(buf, pos, pos + _declared(buf, pos))[0]
        out.append(b)
        pos = b.end
    return out


def _declared(buf: Buffer, pos: int) -> int:
    """The size a top-level box claims, checked against the file size."""
    (size,) = struct.unpack_from(">I", buf, pos)
    if size == 1 and len(buf) - pos >= 16:
        (size,) = struct.unpack_from(">Q", buf, pos + 8)
    elif size == 0:
        size = len(buf) - pos
    if pos + size > len(buf):
        raise CorruptFile("the M4A file is cut short")
    return size


# --- the movie header, rebuilt ---------------------------------------------------------------

Translate = Callable[[int], int]


def _moov(col: Collector, data: bytes, translate: Translate) -> bytes:
    out = []
    tracks = 0
    for b in boxes(data, 0, len(data)):
        payload = b.payload(data)
        if b.type == "mvhd":
            out.append(box("mvhd", _times(col, payload, "MP4:CreateDate")))
        elif b.type == "iods":
            out.append(data[b.start : b.end])
        elif b.type == "trak":
            out.append(box("trak", _trak(col, payload, translate)))
            tracks += 1
        elif b.type in ("mvex", "cmov"):
            raise CleaningRefused("this M4A file's header is fragmented or compressed")
        else:
            _describe(col, b.type, payload, "MP4")
    if not tracks:
        raise CorruptFile("the M4A file has no audio track")
    return box("moov", b"".join(out))


def _trak(col: Collector, data: bytes, translate: Translate) -> bytes:
    out = []
    for b in boxes(data, 0, len(data)):
        payload = b.payload(data)
        if b.type == "tkhd":
            out.append(box("tkhd", _times(col, payload, "MP4:TrackCreateDate")))
        elif b.type == "edts":
            out.append(data[b.start : b.end])
        elif b.type == "mdia":
            out.append(box("mdia", _mdia(col, payload, translate)))
        else:
            _describe(col, b.type, payload, "MP4:track")
    return b"".join(out)


def _mdia(col: Collector, data: bytes, translate: Translate) -> bytes:
    out = []
    for b in boxes(data, 0, len(data)):
        payload = b.payload(data)
        if b.type == "mdhd":
            out.append(box("mdhd", _times(col, payload, "MP4:MediaCreateDate")))
        elif b.type == "hdlr":
            if payload[8:12] != b"soun":
                raise CleaningRefused(
                    "this M4A file also holds video, chapters or text, which cannot be cleaned here"
                )
            out.append(box("hdlr", _hdlr(col, payload)))
        elif b.type == "minf":
            out.append(box("minf", _minf(col, payload, translate)))
        else:
            _describe(col, b.type, payload, "MP4:track")
    return b"".join(out)


def _minf(col: Collector, data: bytes, translate: Translate) -> bytes:
    out = []
    for b in boxes(data, 0, len(data)):
        payload = b.payload(data)
        if b.type == "smhd":
            out.append(data[b.start : b.end])
        elif b.type == "hdlr":  # QuickTime's data handler
            out.append(box("hdlr", _hdlr(col, payload)))
        elif b.type == "dinf":
            out.append(_dinf(col, data[b.start : b.end]))
        elif b.type == "stbl":
            out.append(box("stbl", _stbl(col, payload, translate)))
        else:
            _describe(col, b.type, payload, "MP4:track")
    return b"".join(out)


def _stbl(col: Collector, data: bytes, translate: Translate) -> bytes:
    out = []
    for b in boxes(data, 0, len(data)):
        payload = b.payload(data)
        if b.type == "stsd":
            out.append(box("stsd", _stsd(col, payload)))
        elif b.type in ("stco", "co64"):
            out.append(box(b.type, _offsets(payload, b.type == "co64", translate)))
        elif b.type in STBL_KEEP:
            out.append(data[b.start : b.end])
        else:
            _describe(col, b.type, payload, "MP4:track")
    return b"".join(out)


def _times(col: Collector, payload: bytes, key: str) -> bytes:
    """The header with its creation and modification times set to zero."""
    width = 8 if payload[:1] == b"\x01" else 4
    if len(payload) < 4 + 2 * width:
        raise CorruptFile("the M4A file is damaged (a header is too short)")
    created = int.from_bytes(payload[4 : 4 + width], "big")
    modified = int.from_bytes(payload[4 + width : 4 + 2 * width], "big")
    for label, value in ((key, created), (key.replace("Create", "Modify"), modified)):
        if value:
            col.add(C.TIME, label, _date(value))
    return payload[:4] + bytes(2 * width) + payload[4 + 2 * width :]


def _date(seconds: int) -> str:
    try:
        return (_EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")
    except OverflowError:
        return str(seconds)


def _hdlr(col: Collector, payload: bytes) -> bytes:
    """The handler box with its name (e.g. "Core Media Audio") blanked."""
    if len(payload) < 24:
        raise CorruptFile("the M4A file is damaged (a handler box is too short)")
    name = payload[24:]
    if name.strip(b"\x00"):
        shown = name[1:] if name[0] == len(name) - 1 else name  # a QuickTime Pascal string
        col.add(C.SOFTWARE, "MP4:HandlerName", shown.rstrip(b"\x00"))
        return payload[:24] + b"\x00"
    return payload


SELF_DREF = box(
    "dinf", box("dref", bytes(4) + struct.pack(">I", 1) + box("url ", b"\x00\x00\x00\x01"))
)


def _dinf(col: Collector, whole: bytes) -> bytes:
    """Data references: only "the data is in this file" is kept; paths and URLs go."""
    try:
        (dref,) = boxes(whole, 8, len(whole))
        entries = boxes(whole, dref.start + dref.head + 8, dref.end)
        self_only = dref.type == "dref" and all(
            e.type in ("url ", "alis", "urn ") and e.end - e.start == 12 and whole[e.start + 11] & 1
            for e in entries
        )
    except (ValueError, CorruptFile):
        self_only = False
    if self_only:
        return whole
    col.add(C.OTHER, "MP4:DataReference", "a reference to another file or place")
    return SELF_DREF


def _stsd(col: Collector, payload: bytes) -> bytes:
    """Sample descriptions: codec set-up kept, unknown extensions dropped."""
    entries = boxes(payload, 8, len(payload))
    out = [payload[:8]]
    for e in entries:
        if e.type in PROTECTED:
            raise CleaningRefused("this M4A file is copy-protected and cannot be cleaned")
        # An audio sample entry: 36 bytes (box header included), more in QuickTime v1/v2.
        version = int.from_bytes(payload[e.start + 16 : e.start + 18], "big")
        fixed = 36 + {1: 16, 2: 36}.get(version, 0)
        head = bytearray(payload[e.start : e.start + fixed])
        if len(head) < fixed or e.start + fixed > e.end:
            out.append(payload[e.start : e.end])  # not an audio description we know
            continue
        if head[20:24].strip(b"\x00"):  # QuickTime's vendor code, e.g. "FFMP", "appl"
            col.add(C.SOFTWARE, "MP4:VendorID", bytes(head[20:24]))
            head[20:24] = bytes(4)
        body = []
        for child in boxes(payload, e.start + fixed, e.end):
            if child.type in PROTECTED:
                raise CleaningRefused("this M4A file is copy-protected and cannot be cleaned")
            if child.type in ENTRY_KEEP:
                body.append(payload[child.start : child.end])
            else:
                _describe(col, child.type, child.payload(payload), "MP4:track")
        rest = b"".join(body)
        struct.pack_into(">I", head, 0, len(head) + len(rest))
        out.append(bytes(head) + rest)
    return b"".join(out)


def _offsets(payload: bytes, wide: bool, translate: Translate) -> bytes:
    if len(payload) < 8:
        raise CorruptFile("the M4A file is damaged (a chunk table is too short)")
    (count,) = struct.unpack_from(">I", payload, 4)
    size = 8 if wide else 4
    if 8 + count * size > len(payload):
        raise CorruptFile("the M4A file is damaged (a chunk table is cut short)")
    fmt = f">{count}{'Q' if wide else 'I'}"
    new = [translate(o) for o in struct.unpack_from(fmt, payload, 8)]
    if not wide and any(o > 0xFFFFFFFF for o in new):
        raise CleaningRefused("this M4A file is too large to clean")
    return payload[:8] + struct.pack(fmt, *new) + payload[8 + count * size :]


# --- where everything goes -------------------------------------------------------------------


def _layout(buf: Buffer, scan: _Scan, moov: bytes, moov_size: int) -> list[Piece]:
    pos = 0
    moved: list[tuple[int, int, int]] = []  # (old start, old end, new start) of each mdat
    for b, kept in scan.top:
        if not kept and b.type != "moov":
            continue
        if b.type == "mdat":
            moved.append((b.start, b.end, pos))
        pos += moov_size if b.type == "moov" else b.end - b.start

    def translate(offset: int) -> int:
        for old, end, new in moved:
            if old <= offset <= end:
                return offset - old + new
        raise CorruptFile("the M4A file is damaged (its audio is not where the header says)")

    new_moov = _moov(Collector(), moov, translate)
    if len(new_moov) != moov_size:
        raise CorruptFile("the M4A header changed size while being rebuilt")
    pieces: list[Piece] = []
    for b, kept in scan.top:
        if b.type == "moov":
            pieces.append(new_moov)
        elif kept:
            pieces.append((b.start, b.end - b.start))
    return pieces


# --- describing what is removed --------------------------------------------------------------


def _describe(col: Collector, typ: str, payload: bytes, where: str) -> None:
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
        else:
            _describe(col, b.type, payload, "MP4")
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
            keys = _keys(payload)
        elif b.type == "ilst":
            _ilst(col, payload, keys)
        elif b.type not in ("hdlr", "free"):
            _describe(col, b.type, payload, "MP4")
    if len(col.findings) == before:
        col.add(C.OTHER, "MP4:meta", f"{len(data)} bytes of metadata")


def _keys(payload: bytes) -> list[str]:
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
            category = next((c for w, c in KEY_WORDS if w in key.lower()), C.OTHER)
            col.add(category, f"MP4:{key}", _data_value(payload))
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
