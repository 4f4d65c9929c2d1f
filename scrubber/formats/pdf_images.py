"""Pictures inside a PDF: JPEG and JPEG 2000 streams carry their own metadata.

JPEG streams go through the photo cleaner's lossless path (EXIF, XMP, IPTC and other
APPn segments gone, scan data copied). JPEG 2000 streams keep only the boxes and marker
segments decoding needs. Other image encodings (Flate, CCITT, JBIG2, ...) hold bare pixels.
"""

from __future__ import annotations

import base64
import binascii
import struct
import zlib
from enum import StrEnum

import pikepdf
from pikepdf import Name

from scrubber.errors import CleaningRefused, CorruptFile, ScrubberError
from scrubber.formats import exif, jpeg, xmp
from scrubber.messages import Message
from scrubber.model import Category, Collector

C = Category
# Where we decompress a stream ourselves (a filter in front of the picture's own), the
# output is capped: a few kilobytes of Flate can expand to gigabytes.
MAX_DECODED = 256 << 20
PAD = b" \t\r\n\f\x00"


class Part(StrEnum):
    """Which part of a PDF a stream is: named in the English of damage reports, and
    told by a sentence of its own when it is refused (whole sentences, for translators)."""

    PICTURE = "a picture inside this PDF"
    INLINE_PICTURE = "a picture drawn inside a page"
    PAGE = "a page of this PDF"
    PROFILE = "a colour profile inside this PDF"


def name_text(obj: pikepdf.Object) -> str:
    """str() of a name or number; pikepdf raises on a name whose bytes are not UTF-8."""
    try:
        return str(obj)
    except UnicodeDecodeError:
        return bytes(obj.unparse()).decode("latin-1")


def filters(stream: pikepdf.Stream) -> list[str]:
    f = stream.get("/Filter")
    if f is None:
        return []
    if isinstance(f, pikepdf.Array):
        return [name_text(x) for x in f]
    return [name_text(f)]


def image_codec(stream: pikepdf.Stream) -> str | None:
    """'jpeg' or 'jpx' when the stream holds a compressed picture file of its own."""
    chain = filters(stream)
    if chain and chain[-1] == "/DCTDecode":
        return "jpeg"
    if chain and chain[-1] == "/JPXDecode":
        return "jpx"
    return None


def check_picture(
    stream: pikepdf.Stream, codec: str, col: Collector, fix: bool, keep_icc: bool
) -> None:
    """Report the picture's own metadata; with `fix`, write it back without."""
    data = _encoded(stream)
    if codec == "jpeg" and data.rstrip(PAD).endswith(b"\xff\xd9"):
        data = data.rstrip(PAD)  # a line end before endstream is not hidden data
    sub = Collector()
    try:
        if codec == "jpeg":
            if fix:
                new = jpeg.clean_jpeg_bytes(data, sub, keep_icc)
            else:
                jpeg.describe_jpeg_bytes(data, sub, keep_icc)
        else:
            new = clean_jpx(data, sub)
    except ScrubberError as e:
        raise within(e, Part.PICTURE) from e
    col.findings.extend(sub.findings)
    col.kept.extend(sub.kept)
    col.warnings.extend(said_of(w, Part.PICTURE) for w in sub.warnings)
    if fix and new != data:
        parms = stream.get("/DecodeParms")
        if isinstance(parms, pikepdf.Array):
            parms = parms[len(parms) - 1] if len(parms) else None
        last = Name.DCTDecode if codec == "jpeg" else Name.JPXDecode
        if not isinstance(parms, pikepdf.Dictionary) or not len(parms):
            parms = None
        stream.write(new, filter=last, decode_parms=parms)


def _encoded(stream: pikepdf.Stream) -> bytes:
    """The picture file: the stream's bytes with any filters before its own undone."""
    data = undo_filters(stream.read_raw_bytes(), filters(stream)[:-1], Part.PICTURE)
    if data is None:
        raise CleaningRefused(Message("pdf.picture_unchecked"))
    return data


def within(e: ScrubberError, part: Part) -> ScrubberError:
    """The error of a picture's own cleaner, said of the picture in the PDF."""
    return type(e)(said_of(e.message, part))


def said_of(said: str, part: Part) -> str:
    """What a picture's own cleaner said (an error or a warning), said of the picture in
    the PDF. A message stays a message, translated on its own inside the sentence."""
    if not isinstance(said, Message):
        return f"{part}: {said}"
    if part is Part.INLINE_PICTURE:
        return Message("pdf.in_inline_picture", problem=said)
    return Message("pdf.in_picture", problem=said)


def undo_filters(data: bytes, chain: list[str], what: Part) -> bytes | None:
    """Decode the general-purpose filters we unpack ourselves, with a size cap;
    None for a filter we do not unpack."""
    for name in chain:
        if name in ("/FlateDecode", "/Fl"):
            data = _inflate(data, what)
        elif name in ("/ASCIIHexDecode", "/AHx"):
            data = _unhex(data, what)
        elif name in ("/ASCII85Decode", "/A85"):
            data = _un85(data, what)
        else:
            return None
    return data


def _inflate(data: bytes, what: Part) -> bytes:
    d = zlib.decompressobj()
    try:
        out = d.decompress(data, MAX_DECODED)
    except zlib.error as e:
        raise CorruptFile(f"{what} is damaged (its compression is broken)") from e
    if d.unconsumed_tail:
        raise CleaningRefused(_unpacks_too_much(what))
    return out


def _unpacks_too_much(what: Part) -> Message:
    mb = MAX_DECODED >> 20
    match what:
        case Part.PICTURE:
            return Message("pdf.picture_too_big", mb=mb)
        case Part.INLINE_PICTURE:
            return Message("pdf.inline_picture_too_big", mb=mb)
        case Part.PAGE:
            return Message("pdf.page_too_big", mb=mb)
        case Part.PROFILE:
            return Message("pdf.profile_too_big", mb=mb)


def _unhex(data: bytes, what: Part) -> bytes:
    text = bytes(b for b in data.split(b">")[0] if b not in b" \t\r\n\f\x00")
    try:
        return binascii.unhexlify(text + b"0" * (len(text) % 2))
    except binascii.Error as e:
        raise CorruptFile(f"{what} is damaged (bad hex encoding)") from e


def _un85(data: bytes, what: Part) -> bytes:
    text = data.strip().removeprefix(b"<~").split(b"~>")[0]
    try:
        return base64.a85decode(text, ignorechars=b" \t\r\n\f\x00")
    except ValueError as e:
        raise CorruptFile(f"{what} is damaged (bad ASCII85 encoding)") from e


# --- JPEG 2000 ----------------------------------------------------------------------------

JP2_SIG = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
KEEP_BOXES = {b"jP  ", b"ftyp", b"rreq", b"jp2h", b"jp2c"}
KEEP_HEADER_BOXES = {b"ihdr", b"bpcc", b"colr", b"pclr", b"cmap", b"cdef", b"res "}
XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
EXIF_UUIDS = (b"JpgTiffExif->JP2", bytes.fromhex("05375e6a6b7d4f1a8a8b6ad6e1fbb2d3"))
SOC, SOT, SOD, EOC, COM, TLM = 0xFF4F, 0xFF90, 0xFF93, 0xFFD9, 0xFF64, 0xFF55


def clean_jpx(data: bytes, col: Collector) -> bytes:
    """JPEG 2000 without metadata boxes and comment segments; findings go to `col`."""
    try:
        if data.startswith(JP2_SIG):
            return _clean_jp2(data, col)
        return _clean_codestream(data, col)
    except (struct.error, IndexError) as e:
        raise CorruptFile("the JPEG 2000 picture is damaged") from e


def _boxes(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int, int]]:
    """(type, box start, payload start, box end) of each box in data[start:end]."""
    out, pos = [], start
    while pos < end:
        length, kind = struct.unpack_from(">I4s", data, pos)
        body = pos + 8
        if length == 1:
            (length,) = struct.unpack_from(">Q", data, body)
            body += 8
        elif length == 0:
            length = end - pos
        if length < body - pos or pos + length > end:
            raise CorruptFile("the JPEG 2000 picture is damaged (a box runs past its end)")
        out.append((kind, pos, body, pos + length))
        pos += length
    return out


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", len(payload) + 8, kind) + payload


def _clean_jp2(data: bytes, col: Collector) -> bytes:
    out = bytearray()
    for kind, start, body, end in _boxes(data, 0, len(data)):
        if kind == b"jp2c":
            stream = _clean_codestream(data[body:end], col)
            out += data[start:body] if stream == data[body:end] else _box(kind, stream)
        elif kind == b"jp2h":
            children = _boxes(data, body, end)
            kept = [c for c in children if c[0] in KEEP_HEADER_BOXES]
            for child in children:
                if child[0] not in KEEP_HEADER_BOXES:
                    _describe_box(col, child[0], data[child[2] : child[3]])
            if len(kept) == len(children):
                out += data[start:end]
            else:
                out += _box(kind, b"".join(data[s:e] for _, s, _, e in kept))
        elif kind in KEEP_BOXES:
            out += data[start:end]
        else:
            _describe_box(col, kind, data[body:end])
    return bytes(out)


def _describe_box(col: Collector, kind: bytes, payload: bytes) -> None:
    name = kind.decode("latin-1").strip()
    if kind == b"xml ":
        xmp.xmp_findings(col, payload, "JPEG2000-XML")
    elif kind == b"uuid" and payload[:16] == XMP_UUID:
        xmp.xmp_findings(col, payload[16:], "JPEG2000-XMP")
    elif kind == b"uuid" and payload[:16] in EXIF_UUIDS:
        tiff = payload[16:]
        exif.exif_findings(col, tiff[6:] if tiff.startswith(b"Exif\x00\x00") else tiff)
    else:
        col.add(C.OTHER, f"JPEG2000:{name or 'box'}", f"{len(payload)} bytes of extra data")


def _markers(data: bytes, pos: int, stop: int) -> tuple[list[tuple[int, int, int]], int]:
    """Marker segments (marker, start, end) from `pos` up to the `stop` marker's start."""
    segs: list[tuple[int, int, int]] = []
    while True:
        (marker,) = struct.unpack_from(">H", data, pos)
        if marker == stop:
            return segs, pos
        if marker >> 8 != 0xFF or marker in (SOC, EOC, SOD):
            raise CorruptFile("the JPEG 2000 picture is damaged (a header is malformed)")
        (length,) = struct.unpack_from(">H", data, pos + 2)
        if length < 2 or pos + 2 + length > len(data):
            raise CorruptFile("the JPEG 2000 picture is damaged (a header runs past its end)")
        segs.append((marker, pos, pos + 2 + length))
        pos += 2 + length


def _comment(col: Collector, data: bytes, start: int, end: int) -> None:
    col.add(C.SOFTWARE, "JPEG2000:Comment", data[start + 6 : end])


def _clean_codestream(data: bytes, col: Collector) -> bytes:
    """Drop COM segments from the main and tile-part headers (tile lengths fixed up)."""
    if struct.unpack_from(">H", data, 0)[0] != SOC:
        raise CorruptFile("the JPEG 2000 picture is damaged (no start marker)")
    main, pos = _markers(data, 2, SOT)
    out = bytearray(data[:2])
    has_tlm = any(m == TLM for m, _, _ in main)
    for marker, start, end in main:
        if marker == COM:
            _comment(col, data, start, end)
        else:
            out += data[start:end]
    while pos + 12 <= len(data) and struct.unpack_from(">H", data, pos)[0] == SOT:
        (psot,) = struct.unpack_from(">I", data, pos + 6)
        last = len(data) - 2 if data.endswith(b"\xff\xd9") else len(data)
        tile_end = last if psot == 0 else pos + psot
        if tile_end > len(data) or tile_end < pos + 14:
            raise CorruptFile("the JPEG 2000 picture is damaged (a tile runs past its end)")
        header, sod = _markers(data, pos + 12, SOD)
        comments = [(s, e) for m, s, e in header if m == COM]
        for s, e in comments:
            _comment(col, data, s, e)
        kept = b"".join(data[s:e] for m, s, e in header if m != COM)
        if comments and has_tlm:
            raise CleaningRefused(Message("pdf.jpx_comments"))
        sot = bytearray(data[pos : pos + 12])
        body = data[sod:tile_end]
        if psot:
            struct.pack_into(">I", sot, 6, 12 + len(kept) + len(body))
        out += sot + kept + body
        pos = tile_end
    rest = data[pos:]
    if rest not in (b"", b"\xff\xd9"):
        col.add(C.OTHER, "JPEG2000:Trailer", f"{len(rest)} bytes after the picture")
    return bytes(out + b"\xff\xd9")
