"""TIFF cleaner: rebuild every page from an allowlist of tags the decoder needs.

Each page of the main IFD chain gets a fresh directory holding only the tags that say
how to decode and display the pixels, each with exactly the type and count decoders expect;
strip and tile data are copied byte for byte into a freshly laid-out file (only the strips
or tiles the picture uses; uncompressed ones cut to the bytes their rows need), so decoded
pixels are identical. Everything else (EXIF and GPS
directories, XMP, IPTC, Photoshop blocks, names, dates, software, SubIFD previews and
any unreferenced bytes) is simply not copied. The byte order is kept: uncompressed
16-bit samples are stored in it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import BinaryIO

from scrubber import selftest_samples as samples
from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.exif import EXIF_CATEGORIES, tag_name
from scrubber.formats.icc import icc_decision
from scrubber.formats.iptc import iptc_findings, photoshop_findings
from scrubber.formats.streams import Buffer, Source, file_bytes
from scrubber.formats.tiffdir import IFD, MAX_IFDS, TYPE_SIZES, Entry, TiffReader
from scrubber.formats.xmp import xmp_findings
from scrubber.messages import Message
from scrubber.model import (
    Category,
    CleanOptions,
    Collector,
    ColourProfile,
    Orientation,
    Report,
)

C = Category

NEW_SUBFILE_TYPE, SUBFILE_TYPE, COMPRESSION, ORIENTATION = 0xFE, 0xFF, 0x103, 0x112
STRIP_OFFSETS, STRIP_COUNTS, TILE_OFFSETS, TILE_COUNTS = 0x111, 0x117, 0x144, 0x145
JPEG_TABLES, ICC = 0x15B, 0x8773
EXIF_IFD, GPS_IFD, INTEROP_IFD, SUB_IFDS = 0x8769, 0x8825, 0xA005, 0x14A
XMP, IPTC, PHOTOSHOP, DNG_VERSION = 0x02BC, 0x83BB, 0x8649, 0xC612

# Tags that only say how to decode and display the pixels (ICC is decided separately).
KEEP_TAGS = {
    0xFE, 0xFF, 0x100, 0x101, 0x102, 0x103, 0x106, 0x10A, 0x111, 0x112, 0x115, 0x116,
    0x117, 0x11A, 0x11B, 0x11C, 0x128, 0x12D, 0x13D, 0x13E, 0x13F, 0x140, 0x142, 0x143,
    0x144, 0x145, 0x14C, 0x152, 0x153, 0x15B, 0x211, 0x212, 0x213, 0x214,
}  # fmt: skip
SHORT, LONG, SHORT_LONG, RATIONAL, INTEGER = (
    frozenset({3}),
    frozenset({4}),
    frozenset({3, 4}),
    frozenset({5}),
    frozenset({3, 4, 16}),  # offsets and counts: BigTIFF may use its 64-bit LONG8
)
Shape = tuple[frozenset[int], frozenset[int] | None]  # field types, counts (None: any)
# Kept tags whose type and count never vary. Each kept value must have exactly the shape
# decoders expect: a longer or differently typed one is room for hidden data.
FIXED: dict[int, Shape] = {
    0xFE: (LONG, frozenset({1})),
    **{t: (SHORT, frozenset({1})) for t in (0xFF, 0x103, 0x106, 0x10A, 0x112, 0x115, 0x11C)},
    **{t: (SHORT, frozenset({1})) for t in (0x128, 0x13D, 0x14C, 0x213)},
    **{t: (SHORT_LONG, frozenset({1})) for t in (0x100, 0x101, 0x116, 0x142, 0x143)},
    0x11A: (RATIONAL, frozenset({1})),
    0x11B: (RATIONAL, frozenset({1})),
    0x13E: (RATIONAL, frozenset({2})),
    0x13F: (RATIONAL, frozenset({6})),
    0x211: (RATIONAL, frozenset({3})),
    0x212: (SHORT, frozenset({2})),
    0x214: (RATIONAL, frozenset({6})),
}
# Tags that change the decoded pixels: a malformed one means the file cannot be copied
# faithfully, so it fails rather than being dropped. (ColorMap, ExtraSamples and
# JPEGTables count only where the page needs them; elsewhere they are dropped.)
NEEDED = {
    0x100, 0x101, 0x102, 0x103, 0x106, 0x10A, 0x111, 0x115, 0x116, 0x117, 0x11C, 0x13D,
    0x140, 0x142, 0x143, 0x144, 0x145, 0x152, 0x153, 0x15B, 0x212,
}  # fmt: skip
# Colour channels of each photometric interpretation; the other samples are extra ones.
COLOURS = {0: 1, 1: 1, 3: 1, 4: 1, 2: 3, 6: 3, 8: 3, 9: 3, 10: 3, 5: 4}
BAD_SETTING = "a picture setting in the TIFF is malformed; it is damaged"
# JPEG markers before the first scan that decoding never needs: APP1-13, APP15, COM.
JPEG_DROP = {*range(0xE1, 0xEE), 0xEF, 0xFE}


@dataclass
class _Page:
    number: int
    entries: dict[int, tuple[int, int, bytes]]  # tag -> (type, count, value bytes)
    offsets_tag: int
    counts_tag: int
    chunks: list[list[tuple[int, int]]] = field(default_factory=list)  # source spans


FORMAT = Format(
    id="tiff",
    name="TIFF",
    kind="image",
    extensions=(".tif", ".tiff"),
    mime_types=("image/tiff",),
    cleaner=lambda _: TIFFCleaner(),
    sample=samples.tiff,
    embeddable=True,
    redactable=True,
)


class TIFFCleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")

    def inspect(self, path: Source) -> Report:
        col = Collector()
        with file_bytes(path) as buf:
            _plan(buf, col, keep_icc=True)
        return col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report:
        col = Collector()
        with file_bytes(src) as buf:
            keep_icc = options.colour_profile == ColourProfile.STANDARD
            endian, pages = _plan(buf, col, keep_icc)
            _write(out, buf, endian, pages)
        if len(pages) > 1:  # kept, as legitimate; but hidden content may sit on any page
            col.warnings.append(Message("tiff.pages", count=len(pages)))
        turned = any(k.key == "EXIF:Orientation" for k in col.kept)
        if turned and options.orientation is Orientation.BAKE:  # lossless: the tag stays
            col.warnings.append(Message("tiff.tag_kept"))
        return col.report(self.name)


def _plan(buf: Buffer, col: Collector, keep_icc: bool) -> tuple[str, list[_Page]]:
    """Report what goes and describe the pages the cleaned file will hold."""
    try:
        reader = TiffReader(buf)
        if reader.big:  # read like any TIFF; written as an ordinary one (offsets fit 32 bits)
            col.add(C.OTHER, "TIFF:BigTIFF", "the BigTIFF layout (saved as an ordinary TIFF)")
        ifds = reader.chain()
        if len(ifds) >= MAX_IFDS and ifds[-1].next_offset:
            raise CleaningRefused(Message("tiff.too_many_pages", count=MAX_IFDS))
        if not ifds:
            raise CorruptFile(Message("tiff.no_picture"))
        if bytes(buf[8:10]) == b"CR" or any(DNG_VERSION in i.entries for i in ifds):
            raise CleaningRefused(Message("tiff.raw"))
        pages = []
        for index, ifd in enumerate(ifds):
            page = _page(reader, ifd, index, col, keep_icc)
            if page is not None:
                pages.append(page)
    except (struct.error, IndexError, ValueError, OverflowError) as e:
        raise CorruptFile(Message("tiff.damaged")) from e
    data = sum(b - a for page in pages for spans in page.chunks for a, b in spans)
    if data > len(buf):
        raise CleaningRefused(Message("tiff.data_too_large"))
    return reader.endian, pages


@dataclass
class _Geometry:
    """What a page's pixel data must look like, from the tags that describe it."""

    width: int
    height: int
    spp: int
    bps: list[int]
    photometric: int
    compression: int
    planar: int
    tiled: bool
    chunk_w: int  # tile width, or the image width for strips
    chunk_h: int  # tile length, or rows per strip

    def planes(self) -> int:
        return self.spp if self.planar == 2 else 1

    def per_plane(self) -> int:
        down = -(-self.height // self.chunk_h)
        return down * -(-self.width // self.chunk_w) if self.tiled else down

    def needed_bytes(self, index: int) -> int | None:
        """Bytes uncompressed strip or tile `index` needs (None: not worked out)."""
        if self.compression != 1 or (self.photometric == 6 and self.planar == 1):
            return None  # compressed, or YCbCr whose subsampling packs samples in blocks
        plane, k = divmod(index, self.per_plane())
        bits = self.bps[plane] if self.planar == 2 else sum(self.bps)
        rows = self.chunk_h
        if not self.tiled:
            rows = min(rows, self.height - k * rows)
        return rows * -(-self.chunk_w * bits // 8)


def _page(reader: TiffReader, ifd: IFD, index: int, col: Collector, keep_icc: bool) -> _Page | None:
    where = "EXIF" if index == 0 else f"EXIF-page{index + 1}"
    first = _ints(reader, ifd, NEW_SUBFILE_TYPE, 0)
    if first & 1 or _ints(reader, ifd, SUBFILE_TYPE, 1) == 2:
        # A reduced-size copy of another page: a preview that may show an uncropped original.
        if index == 0:
            raise CleaningRefused(Message("tiff.preview_first"))
        col.add(C.EMBEDDED, f"TIFF:Page{index + 1}", "a small preview copy of the picture")
        return None
    geo = _geometry(reader, ifd)
    if geo.compression == 6:
        raise CleaningRefused(Message("tiff.old_jpeg"))
    entries: dict[int, tuple[int, int, bytes]] = {}
    for tag, entry in sorted(ifd.entries.items()):
        shape = _shape(tag, geo)
        if tag not in KEEP_TAGS and tag != ICC:
            _report(col, reader, entry, where)
        elif shape is None or not _fits(entry, shape):
            if shape is not None and tag in NEEDED:
                raise CorruptFile(BAD_SETTING)
            col.add(C.OTHER, f"{where}:{tag_name(tag)}", "unexpected data in a picture setting")
        elif len(entry.data) != TYPE_SIZES[entry.type] * entry.count:
            raise CorruptFile("a TIFF tag points outside the file; it is damaged")
        elif tag == ICC:
            kept = icc_decision(col, entry.data, keep_icc)
            if kept is not None:  # the standard profile in its rebuilt form
                entries[tag] = (7, len(kept), kept)
        else:
            entries[tag] = (entry.type, entry.count, entry.data)
            if tag == ORIENTATION and index == 0 and reader.ints(entry)[:1] != [1]:
                col.keep("EXIF:Orientation", reader.text(entry))
    offsets_tag, counts_tag = (
        (TILE_OFFSETS, TILE_COUNTS) if geo.tiled else (STRIP_OFFSETS, STRIP_COUNTS)
    )
    page = _Page(index + 1, entries, offsets_tag, counts_tag)
    _chunks(reader, page, geo, col, where)
    return page


def _ints(reader: TiffReader, ifd: IFD, tag: int, default: int) -> int:
    entry = ifd.entries.get(tag)
    vals = reader.ints(entry) if entry else []
    return vals[0] if vals else default


def _setting(reader: TiffReader, ifd: IFD, tag: int, default: int | None) -> int:
    """One value of a tag decoding needs, which must have its expected shape."""
    entry = ifd.entries.get(tag)
    if entry is None:
        if default is None:
            raise CorruptFile("a page of the TIFF lacks the information needed to show it")
        return default
    if not _fits(entry, FIXED[tag]):
        raise CorruptFile(BAD_SETTING)
    if not entry.data:
        raise CorruptFile("a TIFF tag points outside the file; it is damaged")
    return reader.ints(entry)[0]


def _geometry(reader: TiffReader, ifd: IFD) -> _Geometry:
    width, height = _setting(reader, ifd, 0x100, None), _setting(reader, ifd, 0x101, None)
    spp = _setting(reader, ifd, 0x115, 1)
    tiled = TILE_OFFSETS in ifd.entries
    if tiled:
        chunk_w, chunk_h = _setting(reader, ifd, 0x142, None), _setting(reader, ifd, 0x143, None)
    else:
        chunk_w, chunk_h = width, min(_setting(reader, ifd, 0x116, 0xFFFFFFFF), height)
    bps = [1] * spp
    entry = ifd.entries.get(0x102)
    if entry is not None:
        if entry.type != 3 or entry.count not in (1, spp):
            raise CorruptFile(BAD_SETTING)
        if len(entry.data) != 2 * entry.count:
            raise CorruptFile("a TIFF tag points outside the file; it is damaged")
        bps = reader.ints(entry) * (spp // entry.count)
    if not (width and height and spp and chunk_w and chunk_h) or not all(0 < b <= 64 for b in bps):
        raise CorruptFile(BAD_SETTING)
    return _Geometry(
        width,
        height,
        spp,
        bps,
        _setting(reader, ifd, 0x106, 1),
        _setting(reader, ifd, COMPRESSION, 1),
        _setting(reader, ifd, 0x11C, 1),
        tiled,
        chunk_w,
        chunk_h,
    )


def _shape(tag: int, geo: _Geometry) -> Shape | None:
    """The types and counts a kept tag must have on this page; None: not wanted here."""
    bits = geo.bps[0]
    if tag in FIXED:
        layout = (0x142, 0x143) if geo.tiled else (0x116,)
        return None if tag in (0x116, 0x142, 0x143) and tag not in layout else FIXED[tag]
    if tag in (0x102, 0x153):
        return SHORT, frozenset({1, geo.spp})
    if tag in (STRIP_OFFSETS, STRIP_COUNTS, TILE_OFFSETS, TILE_COUNTS):
        mine = (TILE_OFFSETS, TILE_COUNTS) if geo.tiled else (STRIP_OFFSETS, STRIP_COUNTS)
        return (INTEGER, None) if tag in mine else None  # counts: checked in _chunks
    if tag == 0x12D and bits <= 16:  # TransferFunction: one curve, or one per colour
        return SHORT, frozenset({1 << bits, 3 << bits})
    if tag == 0x140 and geo.photometric == 3 and bits <= 16:  # ColorMap
        return SHORT, frozenset({3 << bits})
    extra = geo.spp - COLOURS.get(geo.photometric, geo.spp)
    if tag == 0x152 and extra > 0:  # ExtraSamples
        return SHORT, frozenset({extra})
    if tag == JPEG_TABLES and geo.compression == 7:
        return frozenset({7}), None
    if tag == ICC:
        return frozenset({1, 7}), None
    return None


def _fits(entry: Entry, shape: Shape) -> bool:
    types, counts = shape
    return entry.type in types and (counts is None or entry.count in counts)


def _chunks(reader: TiffReader, page: _Page, geo: _Geometry, col: Collector, where: str) -> None:
    """Check the strips or tiles and plan their copy (JPEG ones without metadata)."""
    size = len(reader.buf)
    for tag in (page.offsets_tag, page.counts_tag):
        if tag not in page.entries:
            raise CorruptFile("a page of the TIFF lacks the information needed to show it")
    offsets = _values(reader, page.entries[page.offsets_tag])
    counts = _values(reader, page.entries[page.counts_tag])
    needed = geo.per_plane() * geo.planes()
    if len(offsets) != len(counts) or len(offsets) < needed:
        raise CorruptFile("the TIFF's image data is described inconsistently; it is damaged")
    if len(offsets) > needed:  # strips or tiles no decoder reads
        col.add(C.OTHER, f"{where}:ExtraImageData", f"{len(offsets) - needed} unused blocks")
    dropped: set[str] = set()
    trailing = 0
    for number, (off, count) in enumerate(zip(offsets[:needed], counts[:needed], strict=True)):
        if off < 0 or count < 0 or off + count > size:
            raise CorruptFile(Message("tiff.cut_short"))
        # Uncompressed data is cut to what its rows need. Compressed data cannot be
        # checked for bytes after its end without decoding it, so it is copied whole.
        need = geo.needed_bytes(number)
        if need is not None and count > need:
            trailing += count - need
            count = need
        if geo.compression == 7 and count:
            page.chunks.append(_jpeg_spans(reader.buf, off, off + count, dropped))
        else:
            page.chunks.append([(off, off + count)])
    if trailing:
        col.add(C.OTHER, f"{where}:TrailingImageData", f"{trailing} bytes after the pixels")
    tables = page.entries.get(JPEG_TABLES)
    if tables:
        spans = _jpeg_spans(tables[2], 0, len(tables[2]), dropped, tables=True)
        data = b"".join(tables[2][a:b] for a, b in spans)
        page.entries[JPEG_TABLES] = (tables[0], len(data), data)
    if dropped:
        col.add(C.OTHER, f"{where}:JPEGMetadata", ", ".join(sorted(dropped)))
    # Offsets and counts are rewritten as LONGs: the new layout may not fit in SHORTs.
    n = len(page.chunks)
    page.entries[page.offsets_tag] = (4, n, bytes(4 * n))
    new_counts = [sum(b - a for a, b in spans) for spans in page.chunks]
    page.entries[page.counts_tag] = (4, n, struct.pack(f"{reader.endian}{n}I", *new_counts))


def _values(reader: TiffReader, value: tuple[int, int, bytes]) -> list[int]:
    typ, count, data = value
    return reader.ints(Entry(0, typ, count, data, 0))


def _jpeg_spans(
    buf: Buffer | memoryview, start: int, end: int, dropped: set[str], tables: bool = False
) -> list[tuple[int, int]]:
    """Spans of a JPEG stream without the APPn/COM segments before its first scan.

    JPEG tables must be exactly SOI, segments, EOI: nothing after them is copied."""
    if end - start < 4 or buf[start] != 0xFF or buf[start + 1] != 0xD8:
        if tables:
            raise CorruptFile("the TIFF's JPEG tables are damaged")
        return [(start, end)]
    spans = [(start, start + 2)]
    pos = start + 2
    while pos + 4 <= end and buf[pos] == 0xFF:
        marker = buf[pos + 1]
        if marker in (0xDA, 0xD9):  # scan data or end of tables: copied as they are
            break
        seg_end = pos + 2 + ((buf[pos + 2] << 8) | buf[pos + 3])
        if seg_end > end or seg_end < pos + 4:
            break
        if marker in JPEG_DROP or (marker == 0xE0 and not _plain_jfif(buf, pos, seg_end)):
            dropped.add("comment" if marker == 0xFE else f"APP{marker - 0xE0}")
        elif spans[-1][1] == pos:
            spans[-1] = (spans[-1][0], seg_end)
        else:
            spans.append((pos, seg_end))
        pos = seg_end
    if tables:
        if bytes(buf[pos : pos + 2]) != b"\xff\xd9":
            raise CorruptFile("the TIFF's JPEG tables are damaged")
        if end > pos + 2:
            dropped.add("data after the tables")
        end = pos + 2
    spans.append((pos, end))
    return spans


def _plain_jfif(buf: Buffer | memoryview, pos: int, end: int) -> bool:
    """A JFIF header without a thumbnail; anything bigger in APP0 goes."""
    return end - pos == 18 and bytes(buf[pos + 4 : pos + 9]) == b"JFIF\x00"


def _report(col: Collector, reader: TiffReader, entry: Entry, where: str) -> None:
    """Add a finding for one tag that is not copied."""
    tag, data = entry.tag, entry.data
    name = tag_name(tag)
    if tag in (EXIF_IFD, GPS_IFD, INTEROP_IFD):
        _sub_ifd(col, reader, entry, where)
    elif tag == SUB_IFDS:
        col.add(C.EMBEDDED, f"{where}:SubIFDs", f"{entry.count} hidden extra pictures")
    elif tag == XMP and data:
        xmp_findings(col, data, "XMP")
    elif tag == IPTC and data:
        iptc_findings(col, data)
    elif tag == PHOTOSHOP and data:
        photoshop_findings(col, data)
    else:
        col.add(EXIF_CATEGORIES.get(tag, C.OTHER), f"{where}:{name}", _describe(reader, entry))


def _sub_ifd(col: Collector, reader: TiffReader, pointer: Entry, where: str) -> None:
    """Report the EXIF, GPS or interoperability directory a page points to."""
    gps = pointer.tag == GPS_IFD
    before = len(col.findings)
    offsets = reader.ints(pointer)
    try:
        ifd = reader.read_ifd(offsets[0]) if offsets else None
    except CorruptFile:
        ifd = None
    settings = 0
    for tag, entry in (ifd.entries if ifd else {}).items():
        if gps and tag != 0:  # GPSVersionID alone says nothing; every other GPS tag does
            col.add(C.LOCATION, f"{where}:{tag_name(tag, gps=True)}", _describe(reader, entry))
        elif not gps and tag in EXIF_CATEGORIES:
            col.add(EXIF_CATEGORIES[tag], f"{where}:{tag_name(tag)}", _describe(reader, entry))
        else:
            settings += 1
    if len(col.findings) == before or settings:
        label = "GPSInfo" if gps else "CameraSettings"
        col.add(C.OTHER, f"{where}:{label}", f"{settings} more tags" if ifd else "unreadable")


def _describe(reader: TiffReader, entry: Entry) -> str:
    if not entry.data:
        return "unreadable"
    if entry.type in (1, 6, 7) and entry.tag not in (0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F):
        return f"{entry.count} bytes"
    if entry.count > 64 and entry.type != 2:
        return f"{entry.count} values"
    try:
        return reader.text(entry)
    except (struct.error, CorruptFile, ValueError):
        return ""


def _write(out: BinaryIO, buf: Buffer, endian: str, pages: list[_Page]) -> None:
    """Lay the pages out afresh: directory, its long values, then its image data."""
    pos = 8
    layout: list[tuple[int, dict[int, int], list[int]]] = []
    for page in pages:
        ifd_at = pos
        pos += 2 + 12 * len(page.entries) + 4
        value_at: dict[int, int] = {}
        for tag, (_, _, data) in sorted(page.entries.items()):
            if len(data) > 4:
                value_at[tag] = pos
                pos += len(data) + (len(data) & 1)  # values start on word boundaries
        chunk_at = []
        for spans in page.chunks:
            chunk_at.append(pos)
            pos += sum(b - a for a, b in spans)
        pos += pos & 1
        layout.append((ifd_at, value_at, chunk_at))
        typ, count, _ = page.entries[page.offsets_tag]
        page.entries[page.offsets_tag] = (typ, count, struct.pack(f"{endian}{count}I", *chunk_at))
    if pos > 0xFFFFFFFF:
        raise CleaningRefused(Message("tiff.over_4gb"))

    out.write((b"II" if endian == "<" else b"MM") + struct.pack(f"{endian}HI", 42, 8))
    for number, (page, (_, value_at, _)) in enumerate(zip(pages, layout, strict=True)):
        next_at = layout[number + 1][0] if number + 1 < len(pages) else 0
        ifd = [struct.pack(f"{endian}H", len(page.entries))]
        for tag, (typ, count, data) in sorted(page.entries.items()):
            inline = data.ljust(4, b"\x00") if len(data) <= 4 else b""
            value = inline or struct.pack(f"{endian}I", value_at[tag])
            ifd.append(struct.pack(f"{endian}HHI", tag, typ, count) + value)
        ifd.append(struct.pack(f"{endian}I", next_at))
        out.write(b"".join(ifd))
        for _, (_, _, data) in sorted(page.entries.items()):
            if len(data) > 4:
                out.write(data + b"\x00" * (len(data) & 1))
        written = 0
        for spans in page.chunks:
            for a, b in spans:
                out.write(buf[a:b])
                written += b - a
        if written & 1:
            out.write(b"\x00")
