"""PNG and APNG cleaner: an allowlist rebuild that copies image chunks byte for byte.

The output is the PNG signature, the chunks a decoder needs (pixels, palette,
transparency, colour and animation control) copied unchanged in their original order,
and a fresh IEND. Text, EXIF, time stamps, C2PA manifests, private chunks and anything
after IEND stay behind. The file is streamed, so a large picture is never held in memory;
only metadata chunks are read, and only up to a bound.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats.metadata import (
    MAX_ICC,
    STANDARD_ICC,
    exif_findings,
    icc_decision,
    icc_description,
    iptc_findings,
    photoshop_findings,
    xmp_findings,
)
from scrubber.formats.streams import BLOCK, copy_range, damage_as
from scrubber.model import Category, CleanOptions, Collector, ColourProfile, Report

C = Category
SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_READ = 16 << 20  # bytes of one metadata chunk we read to describe it
MAX_INFLATE = 4 << 20  # decompressed bytes we accept from one chunk (zip-bomb bound)
MAX_TEXT_FINDINGS = 200  # beyond this, text chunks are counted, not listed one by one

CRITICAL = {b"IHDR", b"PLTE", b"IDAT", b"IEND"}
# Ancillary chunks that only say how to show the pixels, with the data sizes the PNG
# spec allows them: numbers only, so an odd size means something is tucked inside.
# mDCV/cLLI are the HDR brightness chunks of PNG 3rd edition, siblings of cICP.
DISPLAY: dict[bytes, Container[int]] = {
    b"tRNS": range(1, 257), b"gAMA": range(4, 5), b"cHRM": range(32, 33),
    b"sRGB": range(1, 2), b"sBIT": range(1, 5), b"pHYs": range(9, 10), b"bKGD": {1, 2, 6},
    b"cICP": range(4, 5), b"mDCV": range(24, 25), b"cLLI": range(8, 9),
}  # fmt: skip
# Sizes the spec allows for the critical and animation chunks.
SIZES: dict[bytes, range] = {
    b"IHDR": range(13, 14), b"PLTE": range(3, 769, 3), b"acTL": range(8, 9),
    b"fcTL": range(26, 27), b"fdAT": range(4, 1 << 31),
}  # fmt: skip
IMAGE_DATA = {b"IDAT", b"fdAT"}
# Damage in these breaks the picture or its animation, so they are never dropped.
INTACT = CRITICAL | {b"acTL", b"fcTL", b"fdAT"}
TEXT = {b"tEXt", b"zTXt", b"iTXt"}
READ = TEXT | {b"iCCP", b"eXIf", b"tIME"}  # chunks whose content we look at
# Profile names (the iCCP keyword) that say nothing about the person or machine.
HARMLESS_ICC_NAMES = STANDARD_ICC | {"icc profile", "photoshop icc profile", "icc", "embedded"}
ICC_NAME = b"ICC Profile"

# Substrings of a text keyword, in priority order, and what they give away.
KEYWORD_HINTS: tuple[tuple[Category, tuple[str, ...]], ...] = (
    (C.LOCATION, ("gps", "latitude", "longitude", "location", "city", "country", "place")),
    (C.DEVICE, ("make", "model", "serial", "camera", "device", "lens", "source", "host")),
    (C.PERSON, ("author", "artist", "copyright", "owner", "creator", "by-line", "name")),
    (C.TIME, ("date", "time", "created", "modified")),
    (C.SOFTWARE, ("software", "tool", "program", "history", "producer", "documentid")),
)

Piece = tuple[int, int] | bytes  # a byte range of the source to copy, or new bytes


def make_chunk(ctype: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data, zlib.crc32(ctype))
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", crc)


IEND = make_chunk(b"IEND", b"")


@dataclass
class _Scan:
    """One walk over the chunks: what is found (col) and what to copy (pieces)."""

    keep_icc: bool
    col: Collector = field(default_factory=Collector)
    pieces: list[Piece] = field(default_factory=list)
    seen_idat: bool = False
    icc_kept: bool = False
    texts: int = 0
    other: dict[str, list[int]] = field(default_factory=dict)  # type -> [count, bytes]


class PNGCleaner:
    name = "PNG"
    extensions: tuple[str, ...] = (".png", ".apng")
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head.startswith(SIGNATURE)

    def inspect(self, path: Path) -> Report:
        return _scan(path, keep_icc=True).col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        scan = _scan(src, keep_icc=options.colour_profile is ColourProfile.STANDARD)
        out.write(SIGNATURE)
        with open(src, "rb") as f:
            _write_pieces(f, out, scan.pieces)
        out.write(IEND)
        return scan.col.report(self.name)


def _write_pieces(f: BinaryIO, out: BinaryIO, pieces: Iterable[Piece]) -> None:
    for piece in pieces:
        if isinstance(piece, bytes):
            out.write(piece)
            continue
        copy_range(f, out, *piece)


# --- walking the chunks ------------------------------------------------------------------


def _scan(path: Path, keep_icc: bool) -> _Scan:
    scan = _Scan(keep_icc)
    with damage_as("PNG"), open(path, "rb") as f:
        _walk(f, scan)
    return scan


def _walk(f: BinaryIO, scan: _Scan) -> None:
    if f.read(8) != SIGNATURE:
        raise CorruptFile("this is not a valid PNG file")
    pos = 8
    while True:
        head = f.read(8)
        if len(head) < 8:
            _truncated(scan, None, pos, 0, 0)
            return
        length, ctype = struct.unpack(">I4s", head)
        if length > 0x7FFFFFFF or not ctype.isalpha():
            raise CorruptFile("the PNG file is damaged (a chunk header is not valid)")
        if pos == 8 and ctype != b"IHDR":
            raise CorruptFile("the PNG file is damaged (it does not start with an image header)")
        r = _read_data(f, ctype, length, want=ctype in READ)
        if r.stored is None:
            _truncated(scan, ctype, pos, r.got, r.crc)
            return
        _chunk(scan, ctype, pos, length, r.data, r.crc == r.stored)
        pos += 12 + length
        if ctype == b"IEND":
            _after_iend(f, scan, pos)
            return


class _Read(NamedTuple):
    data: bytes  # the chunk's data, up to MAX_READ bytes, when asked for
    crc: int  # CRC of the type and the data bytes read
    got: int  # data bytes read
    stored: int | None  # the CRC in the file; None when the file ends inside the chunk


def _read_data(f: BinaryIO, ctype: bytes, length: int, want: bool) -> _Read:
    """Stream one chunk's data through the CRC, keeping its head when `want`."""
    crc = zlib.crc32(ctype)
    kept = bytearray()
    done = 0
    while done < length:
        block = f.read(min(length - done, BLOCK))
        if not block:
            return _Read(bytes(kept), crc, done, None)
        crc = zlib.crc32(block, crc)
        if want and len(kept) < MAX_READ:
            kept += block[: MAX_READ - len(kept)]
        done += len(block)
    stored = f.read(4)
    if len(stored) < 4:
        return _Read(bytes(kept), crc, done, None)
    return _Read(bytes(kept), crc, done, struct.unpack(">I", stored)[0])


def _chunk(scan: _Scan, ctype: bytes, start: int, length: int, data: bytes, ok: bool) -> None:
    col, name = scan.col, ctype.decode("ascii")
    whole = (start, length + 12)
    if ctype in INTACT:
        if not ok and ctype != b"IEND":  # IEND is rewritten, its checksum does not matter
            raise CorruptFile("the PNG file is damaged (a checksum does not match)")
        if length not in SIZES.get(ctype, range(1 << 31)) or (ctype == b"IHDR") != (start == 8):
            raise CorruptFile(f"the PNG file is damaged (its {name} chunk is not valid)")
        if ctype == b"IEND":
            if length:
                col.add(C.OTHER, "PNG:IEND", f"{length} bytes hidden in the end marker")
            return  # a fresh IEND is always written
        scan.seen_idat |= ctype == b"IDAT"
        scan.pieces.append(whole)
    elif not ctype[0] & 0x20:
        # An unknown critical chunk: decoders must understand it (Apple's CgBI is one),
        # so dropping it would break the picture and keeping it is keeping the unknown.
        raise CleaningRefused(f"this PNG uses a non-standard part ({name}), so it was not cleaned")
    elif ctype in DISPLAY:
        if ok and length in DISPLAY[ctype]:
            scan.pieces.append(whole)
        else:
            col.add(C.OTHER, f"PNG:{name}", f"a damaged or oversized chunk ({length} bytes)")
    elif ctype == b"iCCP":
        _iccp(scan, whole, data, ok and len(data) == length)
    elif ctype in TEXT:
        _text(scan, ctype, data)
    elif ctype == b"eXIf":
        # eXIf may hold an Orientation, but most viewers ignore eXIf orientation (and PNG
        # has no other), so the whole chunk goes; the user is told if it said "rotate".
        before = len(col.findings)
        exif = data[6:] if data.startswith(b"Exif\x00\x00") else data
        if exif_findings(col, exif, "EXIF") != 1:
            col.warnings.append(
                "the removed EXIF data said to rotate the picture; check it is the right way up"
            )
        _ensure(col, before, "PNG:eXIf", f"{length} bytes of EXIF data")
    elif ctype == b"tIME" and len(data) == 7:
        y, mo, d, h, mi, s = struct.unpack(">HBBBBB", data)
        col.add(C.TIME, "PNG:ModifyTime", f"{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
    elif ctype == b"caBX":
        col.add(C.SOFTWARE, "PNG:C2PA", "content credentials (editing history and signatures)")
    else:
        count = scan.other.setdefault(name, [0, 0])
        count[0] += 1
        count[1] += length


def _truncated(scan: _Scan, ctype: bytes | None, start: int, got: int, crc: int) -> None:
    """The file ends without IEND: keep the picture data that is there, if any."""
    if ctype in IMAGE_DATA and got > (4 if ctype == b"fdAT" else 0):  # fdAT: 4-byte sequence
        # Keep the partial image data under a fresh length and checksum: the part of
        # the picture that was downloaded still decodes.
        scan.pieces += [struct.pack(">I", got) + ctype, (start + 8, got), struct.pack(">I", crc)]
        scan.seen_idat |= ctype == b"IDAT"
    elif ctype is not None and ctype not in IMAGE_DATA:
        scan.col.add(C.OTHER, "PNG:truncated", f"an incomplete {ctype.decode()} chunk at the end")
    if not scan.seen_idat:
        raise CorruptFile("the PNG file is cut short before any picture data")
    scan.col.warnings.append(
        "the file was cut short; the cleaned copy keeps the part that is there"
    )
    _finish(scan)


def _after_iend(f: BinaryIO, scan: _Scan, pos: int) -> None:
    if not scan.seen_idat:
        raise CorruptFile("the PNG file has no picture data")
    f.seek(0, 2)
    extra = f.tell() - pos
    if extra > 0:
        # Hidden trailers are how aCropalypse leaked the uncropped screenshot.
        scan.col.add(C.EMBEDDED, "PNG:trailer", f"{extra} bytes of data after the end of the image")
    _finish(scan)


def _finish(scan: _Scan) -> None:
    if scan.texts > MAX_TEXT_FINDINGS:
        more = scan.texts - MAX_TEXT_FINDINGS
        scan.col.add(C.OTHER, "PNG:text", f"{more} more text chunks")
    for name, (count, size) in scan.other.items():
        scan.col.add(C.OTHER, f"PNG:{name}", f"{count} private or unknown chunk(s), {size} bytes")


def _ensure(col: Collector, before: int, key: str, value: str) -> None:
    """Whatever is dropped must be listed, even when nothing in it was recognised."""
    if len(col.findings) == before:
        col.add(C.OTHER, key, value)


def _inflate(data: bytes, limit: int = MAX_INFLATE) -> tuple[bytes, bool]:
    """Decompress at most `limit` bytes; True when the stream ended within the bound."""
    d = zlib.decompressobj()
    try:
        out = d.decompress(data, limit)
    except zlib.error:
        return b"", False
    return out, d.eof and not d.unconsumed_tail


# --- colour profile ----------------------------------------------------------------------


def _iccp(scan: _Scan, whole: tuple[int, int], data: bytes, ok: bool) -> None:
    col = scan.col
    keyword, _, rest = data.partition(b"\x00")
    icc, complete = _inflate(rest[1:], MAX_ICC) if ok and rest[:1] == b"\x00" else (b"", False)
    if not complete:
        col.add(C.OTHER, "ICC:Profile", "a damaged or oversized colour profile")
        return
    if scan.icc_kept:
        col.add(C.OTHER, "ICC:Profile", "a second colour profile")
        return
    kept = icc_decision(col, icc, scan.keep_icc)
    if kept is None:
        return
    scan.icc_kept = True
    name = keyword.decode("latin-1").strip()
    neutral = name.lower() in HARMLESS_ICC_NAMES or name.lower() == icc_description(icc).lower()
    if neutral and kept == icc:
        scan.pieces.append(whole)
        return
    if not neutral:  # the profile name is free text; keep the profile under a neutral name
        col.add(C.OTHER, "PNG:ProfileName", name)
    scan.pieces.append(make_chunk(b"iCCP", ICC_NAME + b"\x00\x00" + zlib.compress(kept, 9)))


# --- text chunks -------------------------------------------------------------------------


def _text(scan: _Scan, ctype: bytes, data: bytes) -> None:
    scan.texts += 1
    if scan.texts > MAX_TEXT_FINDINGS:
        return
    raw_key, _, rest = data.partition(b"\x00")
    encoding = "latin-1"
    if ctype == b"zTXt":
        text = _inflate(rest[1:])[0]
    elif ctype == b"iTXt":
        encoding = "utf-8"
        parts = rest[2:].split(b"\x00", 2)
        text = parts[2] if len(parts) == 3 else b""
        if rest[:1] == b"\x01":
            text = _inflate(text)[0]
    else:
        text = rest
    keyword = raw_key.decode("latin-1").strip() or "unnamed"
    before = len(scan.col.findings)
    _describe(scan.col, keyword, text, encoding)
    _ensure(scan.col, before, f"PNG:{keyword}", f"{len(text)} bytes of text")


def _describe(col: Collector, keyword: str, text: bytes, encoding: str) -> None:
    low = keyword.lower()
    if low == "xml:com.adobe.xmp":
        xmp_findings(col, text, "XMP")
    elif low.startswith("raw profile type "):
        _raw_profile(col, low[17:].strip(), text)
    else:
        cat = next((c for c, hints in KEYWORD_HINTS if any(h in low for h in hints)), C.OTHER)
        col.add(cat, f"PNG:{keyword}", text.decode(encoding, "replace"))


_RAW_PROFILE = re.compile(rb"\s*\S+\s+\d+\s+(.*)", re.S)
_SPACE = re.compile(rb"\s+")


def _raw_profile(col: Collector, kind: str, text: bytes) -> None:
    """ImageMagick's 'Raw profile type X': a hex dump of an EXIF/XMP/IPTC block."""
    m = _RAW_PROFILE.match(text)
    try:
        payload = bytes.fromhex(_SPACE.sub(b"", m.group(1)).decode("ascii")) if m else None
    except (ValueError, UnicodeDecodeError):
        payload = None
    if payload is None:
        col.add(C.OTHER, f"PNG:Raw profile type {kind}", f"{len(text)} bytes")
    elif payload.startswith(b"http://ns.adobe.com/xap/") or kind == "xmp":
        xmp_findings(col, payload, "XMP")
    elif kind in ("exif", "app1"):
        exif = payload[6:] if payload.startswith(b"Exif\x00\x00") else payload
        exif_findings(col, exif, "EXIF")
    elif kind == "8bim" or payload.startswith(b"8BIM"):
        photoshop_findings(col, payload)
    elif kind == "iptc":
        iptc_findings(col, payload)
    elif kind in ("icc", "icm"):
        col.add(C.OTHER, "ICC:Profile", "a copy of a colour profile in a text chunk")
    else:
        col.add(C.OTHER, f"PNG:Raw profile type {kind}", f"{len(payload)} bytes")
