"""JPEG: a lossless, streaming rebuild that keeps only what decoding needs.

The scan data is copied byte for byte, so decoded pixels are identical. Every APPn
segment except JFIF (without its thumbnail), Adobe APP14 where the colours need it and a
standard ICC profile is
dropped, as are COM segments and everything after the end-of-image marker (Motion
Photo videos, MPF secondary images, Samsung trailers).
"""

from __future__ import annotations

import io
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats import metadata, pixels
from scrubber.formats.streams import Buffer, copy_range, mapped
from scrubber.model import Category, CleanOptions, Collector, ColourProfile, Orientation, Report

SOI, EOI, SOS, COM = 0xD8, 0xD9, 0xDA, 0xFE
APP0, APP1, APP2, APP13, APP14 = 0xE0, 0xE1, 0xE2, 0xED, 0xEE
# Markers with no length field.
STANDALONE = {0x01, *range(0xD0, 0xD8), SOI, EOI}
SOF = {*range(0xC0, 0xD0)} - {0xC4, 0xC8, 0xCC}  # frame headers (not DHT, JPG, DAC)
# Segments a decoder needs: SOFn, DHT, DAC, DQT, DNL, DRI, DHP, EXP, JPEG-LS SOF55/LSE.
DECODING = {*range(0xC0, 0xD0), 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xF7, 0xF8}
# The end of entropy-coded data: 0xFF (plus fill bytes) then anything but a stuffed
# zero or a restart marker. The literal first byte lets the regex engine skip ahead at
# memchr speed (with a leading `\xff+` it tries every byte: 30 times slower).
SCAN_END = re.compile(rb"\xff\xff*[^\x00\xd0-\xd7\xff]")
COPY_CHUNK = 64 * 1024
ICC_SIG = b"ICC_PROFILE\x00"
EXIF_SIG = b"Exif\x00\x00"
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"

APP_NAMES = {
    b"MPF\x00": ("MPF", Category.EMBEDDED, "hidden extra images (Multi-Picture Format)"),
    b"FPXR": ("FlashPix", Category.OTHER, "FlashPix data"),
    b"JP": ("JUMBF", Category.SOFTWARE, "Content Credentials (C2PA)"),
    b"Photoshop 3.0": ("Photoshop", Category.OTHER, "Photoshop data"),
    b"Ducky": ("Ducky", Category.SOFTWARE, "Photoshop 'Save for Web' data"),
    b"AROT": ("AROT", Category.OTHER, "Apple data"),
    b"HDR_RI": ("HDR", Category.EMBEDDED, "an HDR copy of the image"),
}


@dataclass(frozen=True)
class Segment:
    marker: int
    start: int  # offset of the 0xFF of the marker
    payload: bytes  # without marker and length; empty for standalone markers
    end: int  # offset just past the segment (and its scan data, for SOS)


@dataclass
class Parsed:
    """What the describe pass learned that the rebuild needs."""

    orientation: int = 1
    icc: bytes | None = None
    truncated: bool = False
    segments: list[Segment] = field(default_factory=list)


class JPEGCleaner:
    name = "JPEG"
    extensions: tuple[str, ...] = (".jpg", ".jpeg", ".jpe", ".jfif")

    def sniff(self, head: bytes) -> bool:
        return head[:3] == b"\xff\xd8\xff"

    def output_extension(self, options: CleanOptions) -> str:
        return ".jpg"

    def inspect(self, path: Path) -> Report:
        with mapped(path) as buf:
            col = Collector()
            _describe(buf, col, keep_icc=True)
            return col.report(self.name)

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        keep_icc = options.colour_profile is ColourProfile.STANDARD
        with mapped(src) as buf, open(src, "rb") as f:
            col = Collector()
            parsed = _describe(buf, col, keep_icc)
            icc = (
                parsed.icc
                if keep_icc and parsed.icc and metadata.icc_is_standard(parsed.icc)
                else None
            )
            if options.orientation is Orientation.BAKE and parsed.orientation != 1:
                _bake(buf, parsed, out, icc, options.jpeg_quality)
                col.warnings.append("the photo was turned upright and saved again at high quality")
            else:
                exif_orientation = (
                    parsed.orientation if options.orientation is Orientation.KEEP_TAG else 1
                )
                _rebuild(buf, parsed.segments, out, exif_orientation, icc, f)
            return col.report(self.name)


class _Truncated(Exception):
    pass


def _segments(buf: Buffer) -> Iterator[Segment]:
    """Walk the marker segments from SOI to EOI; SOS segments include their scan data."""
    size = len(buf)
    if size < 4 or buf[0:2] != b"\xff\xd8":
        raise CorruptFile("this JPEG has no start-of-image marker")
    yield Segment(SOI, 0, b"", 2)
    pos = 2
    while True:
        if pos >= size:
            raise _Truncated
        if buf[pos] != 0xFF:
            raise CorruptFile(f"this JPEG is damaged (no marker where one should be, byte {pos})")
        start = pos
        while pos < size and buf[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos + 1 > size:
            raise _Truncated
        marker = buf[pos]
        pos += 1
        if marker in STANDALONE:
            yield Segment(marker, start, b"", pos)
            if marker == EOI:
                return
            continue
        if pos + 2 > size:
            raise _Truncated
        (length,) = struct.unpack_from(">H", buf, pos)
        if pos + length > size:
            raise _Truncated
        if length < 2:
            raise CorruptFile(f"this JPEG is damaged (bad segment length at byte {pos})")
        payload = buf[pos + 2 : pos + length]
        pos += length
        if marker == SOS:
            m = SCAN_END.search(buf, pos)
            if m is None:
                yield Segment(marker, start, payload, size)
                raise _Truncated
            pos = m.start()
        yield Segment(marker, start, payload, pos)


def _walk(buf: Buffer, parsed: Parsed) -> Iterator[Segment]:
    """_segments, with a file cut off inside its image data accepted as truncated."""
    seen_scan = False
    try:
        for seg in _segments(buf):
            seen_scan = seen_scan or seg.marker == SOS
            yield seg
    except _Truncated:
        if not seen_scan:
            raise CorruptFile("this JPEG is cut off before its image data") from None
        parsed.truncated = True


def _describe(buf: Buffer, col: Collector, keep_icc: bool) -> Parsed:
    """Record every finding; return what the rebuild needs to know."""
    parsed = Parsed()
    icc_chunks: list[tuple[int, bytes]] = []
    end = 0
    for seg in _walk(buf, parsed):
        parsed.segments.append(seg)
        end = seg.end
        m, p = seg.marker, seg.payload
        if m == APP1 and p[:6] == EXIF_SIG:
            parsed.orientation = metadata.exif_findings(col, p[6:])
        elif m == APP1 and p[: len(XMP_SIG)] == XMP_SIG:
            metadata.xmp_findings(col, p[len(XMP_SIG) :])
        elif m == APP1 and p[: len(XMP_EXT_SIG)] == XMP_EXT_SIG:
            metadata.xmp_findings(col, p[len(XMP_EXT_SIG) + 40 :], "XMP-extended")
        elif m == APP13 and p[:14] == b"Photoshop 3.0\x00":
            metadata.photoshop_findings(col, p[14:])
        elif m == APP2 and p[:12] == ICC_SIG and len(p) > 14:
            icc_chunks.append((p[12], bytes(p[14:])))
        elif m == APP0:
            _describe_app0(col, p)
        elif m == APP14 and p[:5] == b"Adobe":
            pass  # colour transform flags only; rewritten in normalised form
        elif m == COM:
            col.add(Category.OTHER, "JPEG:Comment", bytes(p))
        elif 0xE0 <= m <= 0xEF:
            _describe_app(col, m, p)
        elif m not in DECODING and m not in STANDALONE and m != SOS:
            col.add(Category.OTHER, f"JPEG:Marker0x{m:02X}", f"{len(p)} bytes")
    if parsed.truncated:
        col.warnings.append("the image data is incomplete (the file was cut off)")
    elif end < len(buf):
        col.add(Category.EMBEDDED, "JPEG:Trailer", _trailer_kind(buf, end))
    if icc_chunks:
        parsed.icc = b"".join(data for _, data in sorted(icc_chunks, key=lambda c: c[0]))
        metadata.icc_decision(col, parsed.icc, keep_icc)
    if parsed.orientation != 1:
        col.keep("EXIF:Orientation", parsed.orientation)
    return parsed


def _describe_app0(col: Collector, p: bytes) -> None:
    if p[:5] == b"JFIF\x00" and len(p) >= 14:
        if p[12] and p[13]:
            col.add(Category.EMBEDDED, "JFIF:Thumbnail", "a small copy of the photo")
    elif p[:5] == b"JFXX\x00":
        col.add(Category.EMBEDDED, "JFXX:Thumbnail", "a small copy of the photo")
    else:
        _describe_app(col, APP0, p)


def _describe_app(col: Collector, marker: int, p: bytes) -> None:
    head = bytes(p[:16])
    for sig, (name, cat, text) in APP_NAMES.items():
        if head.startswith(sig):
            col.add(cat, f"JPEG:{name}", text)
            return
    label = head.split(b"\x00")[0][:12].decode("ascii", "replace")
    label = "".join(ch for ch in label if ch.isalnum()) or "unnamed"
    col.add(Category.OTHER, f"JPEG:APP{marker - 0xE0}", f"{label} data, {len(p)} bytes")


def _trailer_kind(buf: Buffer, end: int) -> str:
    size = len(buf) - end
    tail = bytes(buf[end : end + 4096])
    if b"ftyp" in tail[:64]:
        what = "a hidden video (Motion Photo)"
    elif b"\xff\xd8\xff" in tail:
        what = "hidden extra images"
    elif buf[len(buf) - 4 :] == b"SEFT":
        what = "Samsung extra data (may hold the original file path and country)"
    else:
        what = "hidden data after the end of the image"
    return f"{what}, {size} bytes"


def _rebuild(
    buf: Buffer,
    segments: list[Segment],
    out: BinaryIO,
    orientation: int,
    icc: bytes | None,
    src: BinaryIO | None = None,
) -> None:
    """Copy the decoding segments and scan data; write fresh JFIF/EXIF/ICC/Adobe headers."""
    headers_done = False
    components = next((s.payload[5] for s in segments if s.marker in SOF and len(s.payload) > 5), 0)
    for seg in segments:
        m = seg.marker
        if m == SOI:
            out.write(b"\xff\xd8")
            continue
        if m == APP0 and seg.payload[:5] == b"JFIF\x00" and len(seg.payload) >= 14:
            # JFIF is kept for its density, rewritten without its thumbnail.
            out.write(_segment(APP0, bytes(seg.payload[:12]) + b"\x00\x00"))
            continue
        if m == APP14 and seg.payload[:5] == b"Adobe" and len(seg.payload) >= 12:
            if _adobe_needed(seg.payload, components):
                out.write(_segment(APP14, b"Adobe" + bytes(seg.payload[5:12])))
            continue
        if m not in DECODING and m not in (SOS, EOI, *range(0xD0, 0xD8)):
            continue  # every other APPn, COM and unknown marker
        if not headers_done:
            headers_done = True
            if orientation != 1:
                out.write(_segment(APP1, EXIF_SIG + metadata.minimal_exif(orientation)))
            if icc is not None:
                for chunk in _icc_segments(icc):
                    out.write(chunk)
        if src is not None and seg.end - seg.start > COPY_CHUNK:
            copy_range(src, out, seg.start, seg.end - seg.start)  # big scans: kernel copy
        else:
            out.write(buf[seg.start : seg.end])
        if m == EOI:
            return
    out.write(b"\xff\xd9")  # a cut-off file gets a proper end marker


def _bake(buf: Buffer, parsed: Parsed, out: BinaryIO, icc: bytes | None, quality: int) -> None:
    """Turn the pixels upright and re-encode; then no EXIF at all is needed."""
    plain = io.BytesIO()
    _rebuild(buf, parsed.segments, plain, 1, None)  # decode from metadata-free bytes only
    plain.seek(0)
    upright = pixels.transpose(pixels.decode(plain), parsed.orientation)
    pixels.save_jpeg(upright, out, quality, icc)


def _adobe_needed(payload: bytes, components: int) -> bool:
    """Adobe's transform flag matters for CMYK/YCCK and for RGB data; for 3-component
    YCbCr and for greyscale, decoders assume the same without it."""
    transform = payload[11]
    return components == 4 or (components == 3 and transform == 0)


def _icc_segments(icc: bytes) -> Iterator[bytes]:
    step = 65533 - len(ICC_SIG) - 2
    parts = [icc[i : i + step] for i in range(0, len(icc), step)]
    if len(parts) > 255:
        raise CleaningRefused("the colour profile is too large")
    for n, part in enumerate(parts, 1):
        yield _segment(APP2, ICC_SIG + bytes((n, len(parts))) + part)


def _segment(marker: int, payload: bytes) -> bytes:
    return b"\xff" + bytes((marker,)) + struct.pack(">H", len(payload) + 2) + payload
