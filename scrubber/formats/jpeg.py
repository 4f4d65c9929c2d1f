"""JPEG: a lossless, streaming rebuild that keeps only what decoding needs.

The scan data is copied byte for byte, so decoded pixels are identical. The headers are
written afresh: one JFIF header without thumbnail, an EXIF block holding only the
Orientation, a standard colour profile in rebuilt form, Adobe's colour flag where the
colours need it, and the frame, table and scan headers, each checked to be exactly what
its fields say (tables nothing uses are dropped). Everything else goes: EXIF, XMP, IPTC,
MPF, C2PA, comments and other APPn segments, and all bytes after the picture (Motion
Photo videos, MPF secondary images, Samsung trailers).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import mmap
import os
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from scrubber import selftest_samples as samples
from scrubber.errors import CleaningRefused, CorruptFile, ScrubberError, UnsupportedFormat
from scrubber.formats import exif, iptc, pixels, xmp
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.icc import icc_decision
from scrubber.formats.scratch import LIMIT as SCRATCH_LIMIT
from scrubber.formats.scratch import get as get_scratch
from scrubber.formats.streams import Buffer, Source, file_bytes
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector, ColourProfile, Orientation, Report

C = Category
SOI, EOI, SOS, COM, DHT, DQT, DRI, DAC, DNL = 0xD8, 0xD9, 0xDA, 0xFE, 0xC4, 0xDB, 0xDD, 0xCC, 0xDC
APP0, APP1, APP2, APP13, APP14 = 0xE0, 0xE1, 0xE2, 0xED, 0xEE
STANDALONE = {0x01, *range(0xD0, 0xD8), SOI, EOI}  # markers without a length field
SOF_HUFFMAN = {0xC0, 0xC1, 0xC2, 0xC3}  # baseline, extended, progressive, lossless
SOF_ARITHMETIC = {0xC9, 0xCA, 0xCB}
SOF = SOF_HUFFMAN | SOF_ARITHMETIC
PROGRESSIVE = {0xC2, 0xCA}
# Hierarchical frames (with DHP/EXP) and JPEG-LS are too rare to be worth the risk.
UNSUPPORTED = {0xC5, 0xC6, 0xC7, 0xCD, 0xCE, 0xCF, 0xDE, 0xDF, 0xF7, 0xF8}
# A marker that ends entropy-coded data: 0xFF then anything but a stuffed zero, a
# restart marker or another 0xFF (fill). Fill bytes before it are stepped back over by
# hand: a pattern starting `\xff+` is quadratic on long runs of 0xFF.
SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
# Signatures of files and metadata that phones append (long enough that random picture
# data does not match). Found at the end of a scan, they mean something is glued into the
# picture data, usually a trailer whose end marker is missing: we cannot cut it out.
# (Picture data cannot be told apart from arbitrary hidden bytes without decoding it;
# deliberate steganography is outside what this tool promises.)
GLUED = (
    b"ftypisom", b"ftypmp4", b"ftypheic", b"ftypqt", b"SEFHSEF", b"<x:xmpmeta",
    b"http://ns.adobe.com", b"Exif\x00\x00II*\x00", b"Exif\x00\x00MM\x00*", b"\x89PNG\r\n\x1a\n",
)  # fmt: skip
# Fill bytes and a marker: what must follow scan data.
MARKER_AT = re.compile(rb"\xff+[^\x00\xd0-\xd7\xff]")
# Where decoders resume after bytes that belong to no segment: 0xFF, then a marker.
NEXT_MARKER = re.compile(rb"\xff[^\x00\xff]")
# A run of fill bytes, stepped over in C: a file may hold megabytes of them.
FILL = re.compile(rb"\xff*")
FILL_BLOCK = b"\xff" * 4096
TAIL = 64 * 1024  # how much of each scan's end is checked (all of a cut-off last scan)
MAX_SEGMENTS = 10_000
ICC_SIG = b"ICC_PROFILE\x00"
EXIF_SIG = b"Exif\x00\x00"
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"

APP_NAMES = {
    b"MPF\x00": ("MPF", C.EMBEDDED, "hidden extra images (Multi-Picture Format)"),
    b"FPXR": ("FlashPix", C.OTHER, "FlashPix data"),
    b"JP": ("JUMBF", C.SOFTWARE, "Content Credentials (C2PA)"),
    b"Photoshop 3.0": ("Photoshop", C.OTHER, "Photoshop data"),
    b"Ducky": ("Ducky", C.SOFTWARE, "Photoshop 'Save for Web' data"),
    b"AROT": ("AROT", C.OTHER, "Apple data"),
    b"HDR_RI": ("HDR", C.EMBEDDED, "an HDR copy of the image"),
}


@dataclass(frozen=True)
class Segment:
    marker: int
    start: int  # offset of the marker's first 0xFF (fill bytes included)
    body: int  # offset of the payload (after marker and length)
    end: int  # offset just past the segment, and past its scan data for SOS


@dataclass
class Parsed:
    """What the describe pass learned; the rebuild works from this alone."""

    segments: list[Segment] = field(default_factory=list)
    orientation: int = 1
    icc: bytes | None = None  # the profile to write (rebuilt), if kept
    jfif: bytes | None = None  # the first JFIF payload
    adobe_transform: int | None = None
    frame: int = 0  # the SOF marker
    components: int = 0
    height: int = 0
    quant_used: set[int] = field(default_factory=set)
    huffman_used: set[tuple[int, int]] = field(default_factory=set)
    last_scan: int = -1  # index in segments of the last SOS
    end: int = 0  # where the picture ends (after EOI, or where it was cut off)
    truncated: bool = False
    trailer: int | None = None  # offset of data after the picture, if any
    damaged: bool = False  # bytes after 0xFF in the picture data that are no marker
    stray: int = 0  # bytes between segments that belong to none (skipped, as decoders do)


FORMAT = Format(
    id="jpeg",
    name="JPEG",
    kind="image",
    extensions=(".jpg", ".jpeg", ".jpe", ".jfif"),
    mime_types=("image/jpeg",),
    cleaner=lambda _: JPEGCleaner(),
    sample=samples.jpeg,
    embeddable=True,
    redactable=True,
)


class JPEGCleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head[:3] == b"\xff\xd8\xff"

    def output_extension(self, options: CleanOptions) -> str:
        return ".jpg"

    def inspect(self, path: Source) -> Report:
        with file_bytes(path) as buf:
            col = Collector()
            _describe(buf, col, keep_icc=True)
            return col.report(self.name)

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report:
        keep_icc = options.colour_profile is ColourProfile.STANDARD
        if isinstance(src, Path) and _can_copy_in_kernel(out):
            report = _clean_in_copy(src, out, keep_icc, options)
            if report is not None:
                return report  # else nothing was written: the general way
        with file_bytes(src) as buf:
            col = Collector()
            parsed = _describe(buf, col, keep_icc)
            if options.orientation is Orientation.BAKE and parsed.orientation != 1:
                _bake(buf, parsed, out, options.jpeg_quality)
                pixels.note_baked(
                    col, "the photo was turned upright and saved again at high quality"
                )
                return col.report(self.name)
            keep_tag = options.orientation is Orientation.KEEP_TAG
            proven = _rebuild(buf, parsed, out, parsed.orientation if keep_tag else 1)
            # Only bytes held in memory are proven: a mapped file can change under us.
            report = col.report(self.name)
            return dataclasses.replace(report, proven=proven) if isinstance(buf, bytes) else report

    def recheck(self, path: Path, proven: tuple[tuple[int, int], ...]) -> Report:
        """`inspect` of a copy `clean` has just written, with its `proven` scan data.

        Every segment is read and checked again, and so are the end of each scan (for
        glued-on files: a writer's mistake) and the marker after it; only the search for
        the end of a proven scan is not repeated: it was searched in the very memory it
        was written from. Mapped, so the scan data need not even be read (our own temp
        file: nobody else truncates it), where the file system can map files.
        """
        with open(path, "rb") as f, _mapped(f) as buf:
            col = Collector()
            _describe(buf, col, keep_icc=True, proven=dict(proven))
            return col.report(self.name)


@contextlib.contextmanager
def _mapped(f: BinaryIO) -> Iterator[Buffer]:
    """The file mapped, or read whole where it cannot be: FUSE file systems opened with
    direct_io (bindfs, rclone, mergerfs) refuse to map files."""
    try:
        view = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file
        yield f.read()
        return
    with view:
        yield view


# --- walking the segments ------------------------------------------------------------------


def _walk(
    buf: Buffer, parsed: Parsed, proven: dict[int, int], head_only: bool = False
) -> Iterator[Segment]:
    """The segments from SOI to EOI; sets parsed.end, .truncated and .trailer.

    `proven` maps the start of scan data already searched to its end (see recheck).
    `head_only`: stop at the first scan header (its segment ends where its data starts);
    `buf` may then be only the start of the file.
    """
    size = len(buf)
    if size < 4 or buf[0:2] != b"\xff\xd8":
        raise CorruptFile(Message("jpeg.no_start"))
    pos = 2
    while True:
        if pos >= size:
            _cut(parsed, size)
            return
        if buf[pos] != 0xFF:
            pos = _skip_stray(buf, pos, parsed)
        start = pos
        pos = _past_fill(buf, pos)
        if pos >= size:
            _cut(parsed, start)
            return
        marker = buf[pos]
        pos += 1
        if marker == SOI:  # a second picture glued on without its own file
            parsed.end, parsed.trailer = start, start
            return
        if marker in STANDALONE:
            yield Segment(marker, start, pos, pos)
            if marker == EOI:
                parsed.end = pos
                parsed.trailer = pos if pos < size else None
                return
            continue
        if pos + 2 > size:
            _cut(parsed, start)
            return
        (length,) = struct.unpack_from(">H", buf, pos)
        if length < 2:
            raise CorruptFile(Message("jpeg.bad_length", pos=pos))
        if pos + length > size:
            _cut(parsed, start)
            return
        body, pos = pos + 2, pos + length
        if marker == SOS and head_only:
            yield Segment(marker, start, body, pos)
            return
        if marker == SOS:
            pos = _proven_end(buf, pos, proven) if pos in proven else _scan_end(buf, pos, parsed)
        yield Segment(marker, start, body, pos)
        if marker == SOS and pos == size:
            _cut(parsed, size)
            return


def _scan_end(buf: Buffer | memoryview, start: int, parsed: Parsed) -> int:
    """Where the entropy-coded data starting at `start` ends (the next real marker).

    0xFF followed by a byte below 0xC0 is no marker: the data is damaged there (a flipped
    bit). Decoders skip to the next restart marker and show the rest, so it is scan data.
    """
    pos = start
    while True:
        m = SCAN_END.search(buf, pos)
        if m is None:
            return len(buf)
        end = m.start()
        if buf[end + 1] >= 0xC0:
            break
        parsed.damaged = True
        pos = end + 2
    return _fill_start(buf, start, end)  # fill bytes belong to the marker


def _past_fill(buf: Buffer | memoryview, pos: int) -> int:
    """Where the run of 0xFF at `pos` ends (`pos` itself if there is none)."""
    m = FILL.match(buf, pos)
    return m.end() if m else pos


def _fill_start(buf: Buffer | memoryview, start: int, end: int) -> int:
    """Where the run of 0xFF that ends at `end` begins, not before `start`: compared a
    block at a time, since a regular expression cannot search backwards."""
    block = len(FILL_BLOCK)
    while end - start >= block and buf[end - block : end] == FILL_BLOCK:
        end -= block
    while end > start and buf[end - 1] == 0xFF:
        end -= 1
    return end


def _proven_end(buf: Buffer, start: int, proven: dict[int, int]) -> int:
    """The end of scan data searched before it was written; a real marker must follow."""
    end = proven.pop(start)
    m = MARKER_AT.match(buf, end)
    if end != len(buf) and (m is None or buf[m.end() - 1] < 0xC0):
        raise CorruptFile(Message("jpeg.scan_end"))
    return end


def _skip_stray(buf: Buffer, pos: int, parsed: Parsed) -> int:
    """Step over bytes between segments to the next marker, as decoders do (they warn of
    "extraneous bytes"); the bytes are not copied."""
    m = NEXT_MARKER.search(buf, pos)
    if m is None:
        raise CorruptFile(Message("jpeg.no_marker", pos=pos))
    parsed.stray += m.start() - pos
    return m.start()


def _cut(parsed: Parsed, at: int) -> None:
    if parsed.last_scan < 0:
        raise CorruptFile(Message("jpeg.cut_before_picture"))
    parsed.end, parsed.truncated = at, True


# --- describing ---------------------------------------------------------------------------


def _describe(
    buf: Buffer, col: Collector, keep_icc: bool, proven: dict[int, int] | None = None
) -> Parsed:
    """Record every finding, check every kept segment, and plan the rebuild."""
    parsed = Parsed()
    icc_chunks: list[tuple[int, bytes]] = []
    proven = {} if proven is None else proven
    for seg in _walk(buf, parsed, proven):
        _describe_segment(buf, seg, parsed, col, icc_chunks)
    if not parsed.frame or parsed.last_scan < 0:
        raise CorruptFile(Message("jpeg.no_picture"))
    if proven:  # scan data written where no scan was found
        raise CorruptFile(Message("jpeg.scan_moved"))
    _check_scan_tails(buf, parsed)
    _describe_kept(parsed, col, icc_chunks, keep_icc)
    trailer = None if parsed.trailer is None else _trailer_kind(buf, parsed.trailer)
    _describe_rest(buf, parsed, col, trailer)
    return parsed


def _describe_segment(
    buf: Buffer, seg: Segment, parsed: Parsed, col: Collector, icc_chunks: list[tuple[int, bytes]]
) -> None:
    """Record what one segment holds; check a decoding segment's fields."""
    if len(parsed.segments) >= MAX_SEGMENTS:
        raise CorruptFile(Message("jpeg.too_many_parts"))
    parsed.segments.append(seg)
    m = seg.marker
    if m in STANDALONE:
        return
    payload = bytes(buf[seg.body : seg.end if m != SOS else _sos_header_end(buf, seg)])
    if m in UNSUPPORTED:
        raise UnsupportedFormat(Message("jpeg.unsupported_kind"))
    if m in SOF or m in (DHT, DQT, DRI, DAC, DNL, SOS):
        _check_decoding(m, payload, parsed, col, len(parsed.segments) - 1)
    elif m == APP1 and payload[:6] == EXIF_SIG:
        _describe_exif(col, payload[6:], parsed)
    elif m == APP1 and payload.startswith(XMP_SIG):
        xmp.xmp_findings(col, payload[len(XMP_SIG) :])
    elif m == APP1 and payload.startswith(XMP_EXT_SIG):
        xmp.xmp_findings(col, payload[len(XMP_EXT_SIG) + 40 :], "XMP-extended")
    elif m == APP13 and payload[:14] == b"Photoshop 3.0\x00":
        iptc.photoshop_findings(col, payload[14:])
    elif m == APP2 and payload[:12] == ICC_SIG and len(payload) > 14:
        icc_chunks.append((payload[12], payload[14:]))
    elif m == APP0 and payload[:5] in (b"JFIF\x00", b"JFXX\x00"):
        _describe_jfif(col, payload, parsed)
    elif m == APP14 and payload[:5] == b"Adobe":
        _describe_adobe(col, payload, parsed)
    elif m == COM:
        col.add(C.OTHER, "JPEG:Comment", payload)
    elif 0xE0 <= m <= 0xEF:
        _describe_app(col, m, payload)
    else:
        col.add(C.OTHER, f"JPEG:Marker0x{m:02X}", f"{len(payload)} bytes of unknown data")


def _describe_kept(
    parsed: Parsed, col: Collector, icc_chunks: list[tuple[int, bytes]], keep_icc: bool
) -> None:
    """What the rebuilt headers keep, decided from the headers alone: written before the
    picture data, so known before it is searched (see _clean_in_copy)."""
    if parsed.adobe_transform is not None and not _adobe_needed(parsed):
        col.add(C.SOFTWARE, "JPEG:Adobe", "a colour marker written by Adobe software")
    if icc_chunks:
        icc = b"".join(data for _, data in sorted(icc_chunks, key=lambda c: c[0]))
        parsed.icc = icc_decision(col, icc, keep_icc)
    if parsed.orientation != 1:
        col.keep("EXIF:Orientation", parsed.orientation)


def _describe_rest(buf: Buffer, parsed: Parsed, col: Collector, trailer: str | None) -> None:
    """Findings about the file as a whole: unused tables, damage, what follows the picture."""
    _describe_unused_tables(buf, parsed, col)
    if parsed.truncated:
        col.warnings.append(Message("jpeg.cut_off"))
    if parsed.stray:
        col.add(C.OTHER, "JPEG:StrayBytes", f"{parsed.stray} bytes between the parts of the image")
    if parsed.damaged or parsed.stray:
        col.warnings.append(Message("jpeg.damaged_in_places"))
    if trailer is not None:
        col.add(C.EMBEDDED, "JPEG:Trailer", trailer)


def _sos_header_end(buf: Buffer, seg: Segment) -> int:
    (length,) = struct.unpack_from(">H", buf, seg.body - 2)
    return seg.body - 2 + length


def _check_decoding(m: int, p: bytes, parsed: Parsed, col: Collector, index: int) -> None:
    """A kept segment must be exactly what its fields describe: no room for hidden bytes."""
    bad = CorruptFile("this JPEG is damaged (a picture header is malformed)")
    if m in SOF:
        if parsed.frame:
            raise CorruptFile(Message("jpeg.many_frames"))
        if len(p) < 6 or len(p) != 6 + 3 * p[5] or p[5] == 0:
            raise bad
        parsed.frame, parsed.components = m, p[5]
        parsed.height = struct.unpack_from(">H", p, 1)[0]
        parsed.quant_used = {p[6 + 3 * i + 2] for i in range(p[5])}
        if max(parsed.quant_used) > 3:
            raise bad
    elif m == DQT:
        if _table_ids(p, quant=True) is None:
            raise bad
    elif m == DHT:
        if _table_ids(p, quant=False) is None:
            raise bad
    elif m == SOS:
        ns = p[0] if p else 0
        if not 1 <= ns <= 4 or len(p) != 1 + 2 * ns + 3:
            raise bad
        parsed.last_scan = index
        progressive = parsed.frame in PROGRESSIVE
        spectral_start, refine = p[1 + 2 * ns], p[3 + 2 * ns] >> 4
        for i in range(ns):
            td, ta = p[2 + 2 * i] >> 4, p[2 + 2 * i] & 15
            if td > 3 or ta > 3:
                raise bad
            if not progressive or (spectral_start == 0 and not refine):
                parsed.huffman_used.add((0, td))
            if not progressive or spectral_start > 0:
                parsed.huffman_used.add((1, ta))
    elif m == DRI:
        if len(p) != 2:
            raise bad
    elif m == DAC:
        if parsed.frame not in SOF_ARITHMETIC:
            col.add(C.OTHER, "JPEG:DAC", "arithmetic-coding tables the picture does not use")
        elif len(p) % 2:
            raise bad
    elif m == DNL and (len(p) != 2 or parsed.height != 0):
        col.add(C.OTHER, "JPEG:DNL", "a line-count segment the picture does not need")


def _table_ids(p: bytes, quant: bool) -> list[tuple[int, int, int, int]] | None:
    """(class, id, start, end) of each table in a DQT/DHT payload; None if malformed."""
    tables, pos = [], 0
    while pos < len(p):
        kind, tid = p[pos] >> 4, p[pos] & 15
        if kind > 1 or tid > 3:
            return None
        if quant:
            size = 1 + 64 * (kind + 1)
        else:
            if pos + 17 > len(p):
                return None
            size = 17 + sum(p[pos + 1 : pos + 17])
        if pos + size > len(p):
            return None
        tables.append((kind, tid, pos, pos + size))
        pos += size
    return tables if tables else None


def _kept_tables(m: int, p: bytes, parsed: Parsed) -> bytes:
    """The DQT/DHT payload without tables no frame or scan refers to."""
    tables = _table_ids(p, quant=m == DQT) or []
    if m == DQT:
        return b"".join(p[s:e] for _, tid, s, e in tables if tid in parsed.quant_used)
    return b"".join(p[s:e] for kind, tid, s, e in tables if (kind, tid) in parsed.huffman_used)


def _describe_unused_tables(buf: Buffer, parsed: Parsed, col: Collector) -> None:
    for i, seg in enumerate(parsed.segments):
        if seg.marker in (DQT, DHT):
            p = bytes(buf[seg.body : seg.end])
            if i > parsed.last_scan or _kept_tables(seg.marker, p, parsed) != p:
                col.add(C.OTHER, "JPEG:UnusedTables", "tables the picture does not use")
                return
        elif seg.marker in (DRI, DAC) and i > parsed.last_scan:
            col.add(C.OTHER, "JPEG:UnusedTables", "tables the picture does not use")
            return


def _check_scan_tails(buf: Buffer, parsed: Parsed) -> None:
    """Refuse a file with another file or metadata glued into the end of its picture data."""
    for seg in parsed.segments:
        if seg.marker == SOS:
            data = _sos_header_end(buf, seg)
            cut_off = parsed.truncated and seg.end == parsed.end
            start = data if cut_off else max(data, seg.end - TAIL)
            if any(buf.find(sig, start, seg.end) >= 0 for sig in GLUED):
                raise CorruptFile(Message("jpeg.hidden_in_picture"))


def _describe_exif(col: Collector, tiff: bytes, parsed: Parsed) -> None:
    before = len(col.findings)
    orientation = exif.exif_findings(col, tiff)
    if parsed.orientation == 1:
        parsed.orientation = orientation
    if len(col.findings) == before and tiff != exif.minimal_exif(orientation):
        # Nothing named, but more than the Orientation block we would write: still data.
        col.add(C.OTHER, "EXIF:other", f"{len(tiff)} bytes of EXIF data")


def _describe_jfif(col: Collector, p: bytes, parsed: Parsed) -> None:
    if p[:5] == b"JFXX\x00":
        col.add(C.EMBEDDED, "JFXX:Thumbnail", "a small copy of the photo")
        return
    if len(p) < 14:
        col.add(C.OTHER, "JFIF:damaged", "a damaged JFIF header")
        return
    if parsed.jfif is not None:
        col.add(C.OTHER, "JFIF:extra", "a second JFIF header")
        return
    parsed.jfif = p
    if p[12] and p[13]:
        col.add(C.EMBEDDED, "JFIF:Thumbnail", "a small copy of the photo")
    elif p != _jfif(p):
        col.add(C.OTHER, "JFIF:extra", f"{len(p) - 14} extra bytes in the JFIF header")


def _jfif(p: bytes) -> bytes:
    """JFIF as we write it: version 1.01, the source's pixel density, no thumbnail."""
    units = p[7] if p[7] <= 2 else 0
    return b"JFIF\x00\x01\x01" + bytes((units,)) + p[8:12] + b"\x00\x00"


def _describe_adobe(col: Collector, p: bytes, parsed: Parsed) -> None:
    if len(p) < 12 or parsed.adobe_transform is not None:
        col.add(C.OTHER, "JPEG:Adobe", "a damaged or repeated Adobe colour marker")
        return
    parsed.adobe_transform = p[11]
    if p != _adobe(p[11]):
        col.add(C.SOFTWARE, "JPEG:Adobe", "details written by Adobe software")


def _adobe(transform: int) -> bytes:
    return b"Adobe\x00\x64\x00\x00\x00\x00" + bytes((transform,))


def _adobe_needed(parsed: Parsed) -> bool:
    """Adobe's transform flag matters for CMYK/YCCK and for RGB data; for 3-component
    YCbCr and for greyscale, decoders assume the same without it."""
    transform = parsed.adobe_transform
    return parsed.components == 4 or (parsed.components == 3 and transform == 0)


def _describe_app(col: Collector, marker: int, p: bytes) -> None:
    head = p[:16]
    for sig, (name, cat, text) in APP_NAMES.items():
        if head.startswith(sig):
            col.add(cat, f"JPEG:{name}", text)
            return
    label = head.split(b"\x00")[0][:12].decode("ascii", "replace")
    label = "".join(ch for ch in label if ch.isalnum()) or "unnamed"
    col.add(C.OTHER, f"JPEG:APP{marker - 0xE0}", f"{label} data, {len(p)} bytes")


def _trailer_kind(buf: Buffer | memoryview, start: int) -> str:
    size = len(buf) - start
    head = bytes(buf[start : start + 4096])
    if b"ftyp" in head[:64]:
        what = "a hidden video (Motion Photo)"
    elif b"\xff\xd8\xff" in head:
        what = "hidden extra images"
    elif buf[len(buf) - 4 :] == b"SEFT":
        what = "Samsung extra data (may hold the original file path and country)"
    else:
        what = "hidden data after the end of the image"
    return f"{what}, {size} bytes"


# --- writing ------------------------------------------------------------------------------


def _rebuild(
    buf: Buffer, parsed: Parsed, out: BinaryIO, orientation: int, headers_only: bool = False
) -> tuple[tuple[int, int], ...]:
    """Fresh headers, then the checked decoding segments and the scan data as they were.

    Returns where the scan data went in `out`: (start, end) of each, after its header.
    The scan data is written from `buf`, the very bytes that were searched; never copied
    again from the file, which another program could change meanwhile. `headers_only`
    stops after the first scan's header (see _clean_in_copy).
    """
    scans = []
    out.write(b"\xff\xd8")
    if parsed.jfif is not None:
        out.write(_segment(APP0, _jfif(parsed.jfif)))
    if orientation != 1:
        out.write(_segment(APP1, EXIF_SIG + exif.minimal_exif(orientation)))
    if parsed.icc is not None:
        for chunk in _icc_segments(parsed.icc):
            out.write(chunk)
    if parsed.adobe_transform is not None and _adobe_needed(parsed):
        out.write(_segment(APP14, _adobe(parsed.adobe_transform)))
    for i, seg in enumerate(parsed.segments):
        m = seg.marker
        if m in (DQT, DHT) and i < parsed.last_scan:
            tables = _kept_tables(m, bytes(buf[seg.body : seg.end]), parsed)
            if tables:
                out.write(_segment(m, tables))
        # From the marker on (body - 4): fill bytes before it are legal but needless, and
        # ExifTool warns of them ("Skipped unknown bytes").
        elif _copied_as_is(seg, i, parsed):
            out.write(buf[seg.body - 4 : seg.end])
        elif m == SOS:
            data = _sos_header_end(buf, seg)
            out.write(buf[seg.body - 4 : data])
            if headers_only:
                return ()
            start = out.tell()
            with memoryview(buf) as view, view[data : seg.end] as scan:  # no copy
                out.write(scan)
            scans.append((start, start + seg.end - data))
    out.write(b"\xff\xd9")  # a cut-off picture gets a proper end marker too
    return tuple(scans)


# --- the usual photo: picture data through the scratch file ----------------------------------

# How much of a file is read for its headers: phones write 10-70 KB; a long XMP (a depth
# map, say) needs the second read; longer still, the general path reads the whole file.
HEAD_READS = (64 * 1024, 1024 * 1024)


def _can_copy_in_kernel(out: BinaryIO) -> bool:
    """Whether `out` is a real file (the temp file core writes is) the kernel can append to."""
    try:
        out.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        return False
    return out.seekable()


def _clean_in_copy(
    src: Path, out: BinaryIO, keep_icc: bool, options: CleanOptions
) -> Report | None:
    """Clean a photo of the usual shape (one scan, then the end marker, then perhaps a
    trailer) without its picture data passing through Python's memory; None, with
    nothing written, for any other shape or any surprise: the general path takes it.

    The headers are read and written afresh as in the general path. The rest of the file
    goes into a private in-memory file by the kernel (scratch.py), is searched there for
    the end of the picture data, and only the picture data is copied on into `out`: the
    bytes searched are the bytes written, so they are proven for the re-check, and a
    trailer never reaches the output folder.
    """
    scratch = get_scratch()
    if scratch is None:
        return None
    with open(src, "rb") as f:
        headers = _headers(f)
        if headers is None:
            return None
        head, parsed, col, icc_chunks = headers
        if options.orientation is Orientation.BAKE and parsed.orientation != 1:
            return None
        data = parsed.segments[-1].end
        rest = os.fstat(f.fileno()).st_size - data
        if not 0 < rest <= SCRATCH_LIMIT:
            return None
        try:
            with scratch.load(f, data, rest) as tail:
                end = _scan_end(tail, 0, parsed)
                marker = _past_fill(tail, end)  # fill, then the marker
                if parsed.damaged or marker >= len(tail) or tail[marker] != EOI:
                    return None  # cut off, damaged, or more scans or segments
                last = bytes(tail[max(0, end - TAIL) : end])
                if any(sig in last for sig in GLUED):
                    return None  # refused by the general path, which says why
                trailer = _trailer_kind(tail, marker + 1) if marker + 1 < len(tail) else None
        except OSError:  # no memory for the scratch file, or a limit on file sizes
            return None
    _describe_kept(parsed, col, icc_chunks, keep_icc)
    keep_tag = options.orientation is Orientation.KEEP_TAG
    _rebuild(head, parsed, out, parsed.orientation if keep_tag else 1, headers_only=True)
    start = out.tell()
    scratch.copy_to(out, 0, end)
    out.write(b"\xff\xd9")
    _describe_rest(head, parsed, col, trailer)
    return dataclasses.replace(col.report(FORMAT.name), proven=((start, start + end),))


def _headers(f: BinaryIO) -> tuple[bytes, Parsed, Collector, list[tuple[int, bytes]]] | None:
    """The file's start, described up to the first scan header; None if it holds no such
    thing within HEAD_READS, or any problem (the general path says what is wrong)."""
    for size in HEAD_READS:
        f.seek(0)
        head = f.read(size)
        parsed, col = Parsed(), Collector()
        icc_chunks: list[tuple[int, bytes]] = []
        try:
            for seg in _walk(head, parsed, {}, head_only=True):
                _describe_segment(head, seg, parsed, col, icc_chunks)
        except ScrubberError:
            if len(head) < size:
                return None  # the whole file was read
            continue  # perhaps only cut short by the read
        if parsed.segments and parsed.segments[-1].marker == SOS and parsed.frame:
            return head, parsed, col, icc_chunks
        if len(head) < size:
            return None
    return None


def _copied_as_is(seg: Segment, index: int, parsed: Parsed) -> bool:
    """Frame, restart-interval, arithmetic and line-count headers that decoding needs."""
    m = seg.marker
    before_last_scan = index < parsed.last_scan
    if m in SOF or m == DRI:
        return before_last_scan
    if m == DAC:
        return before_last_scan and parsed.frame in SOF_ARITHMETIC
    return m == DNL and parsed.height == 0 and seg.end - seg.body == 2


def _bake(buf: Buffer, parsed: Parsed, out: BinaryIO, quality: int) -> None:
    """Turn the pixels upright and re-encode; then no EXIF at all is needed."""
    plain = io.BytesIO()
    _rebuild(buf, parsed, plain, 1)  # decode from metadata-free bytes only
    plain.seek(0)
    upright = pixels.transpose(pixels.decode(plain), parsed.orientation)
    pixels.save_jpeg(upright, out, quality, parsed.icc)


def _icc_segments(icc: bytes) -> Iterator[bytes]:
    step = 65533 - len(ICC_SIG) - 2
    parts = [icc[i : i + step] for i in range(0, len(icc), step)]
    if len(parts) > 255:
        raise CleaningRefused(Message("jpeg.profile_too_large"))
    for n, part in enumerate(parts, 1):
        yield _segment(APP2, ICC_SIG + bytes((n, len(parts))) + part)


def _segment(marker: int, payload: bytes) -> bytes:
    return b"\xff" + bytes((marker,)) + struct.pack(">H", len(payload) + 2) + payload


# --- JPEG pictures inside other files -------------------------------------------------------


def describe_jpeg_bytes(data: bytes, col: Collector, keep_icc: bool = True) -> None:
    """Findings for a JPEG held in memory (a picture inside a PDF or a document)."""
    _describe(data, col, keep_icc)


def clean_jpeg_bytes(data: bytes, col: Collector, keep_icc: bool = True) -> bytes:
    """The lossless rebuild of a JPEG held in memory; findings go to `col`.

    The Orientation tag stays, as for a photo: some readers honour it inside containers.
    """
    parsed = _describe(data, col, keep_icc)
    out = io.BytesIO()
    _rebuild(data, parsed, out, parsed.orientation)
    return out.getvalue()
