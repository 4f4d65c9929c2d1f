"""PNG and APNG cleaner: an allowlist rebuild that copies image chunks byte for byte.

The output is the PNG signature, the chunks a decoder needs (pixels, palette,
transparency, colour and animation control) copied unchanged in their original order,
and a fresh IEND. Only one of each, only where the spec puts it and only with the size
the colour type allows: decoders skip the others, which makes them hiding places. The
picture data is inflated (and thrown away) to check nothing follows the compressed
stream. Text, EXIF, time stamps, C2PA manifests, private chunks and anything after IEND
stay behind. An animation keeps only what it shows (png_animation). The file is
streamed, so a large picture is never held in memory; only metadata chunks are read,
and only up to a bound.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from typing import BinaryIO, NamedTuple

from scrubber import selftest_samples as samples
from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats import pixels
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.exif import exif_findings, minimal_exif
from scrubber.formats.icc import MAX_ICC, STANDARD_ICC, icc_decision, icc_description
from scrubber.formats.iptc import iptc_findings, photoshop_findings
from scrubber.formats.png_animation import (
    HIDDEN,
    Animation,
    Layout,
    PictureData,
    make_chunk,
)
from scrubber.formats.streams import (
    BLOCK,
    Piece,
    Source,
    damage_as,
    open_source,
    write_pieces,
)
from scrubber.formats.xmp import xmp_findings
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector, ColourProfile, Orientation, Report

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
# Sizes that depend on the colour type (0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA);
# tRNS of a palette picture is checked against the palette instead.
BY_COLOUR: dict[bytes, dict[int, int]] = {
    b"tRNS": {0: 2, 2: 6}, b"bKGD": {0: 2, 2: 6, 3: 1, 4: 2, 6: 6},
    b"sBIT": {0: 1, 2: 3, 3: 3, 4: 2, 6: 4},
}  # fmt: skip
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
# Damage in these breaks the picture or its animation, so they are never dropped.
INTACT = CRITICAL | {b"acTL", b"fcTL", b"fdAT"}
TEXT = {b"tEXt", b"zTXt", b"iTXt"}
# Chunks whose content we look at.
READ = TEXT | {b"iCCP", b"eXIf", b"tIME", b"IHDR", b"PLTE", b"acTL", b"fcTL"}
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

IEND = make_chunk(b"IEND", b"")


@dataclass
class _Scan:
    """One walk over the chunks: what is found (col) and what to copy (pieces)."""

    keep_icc: bool
    col: Collector = field(default_factory=Collector)
    pieces: list[Piece] = field(default_factory=list)
    seen_idat: bool = False
    idat_run: int = 0  # 0 before the IDAT chunks, 1 among them, 2 after them
    colour: int = 0  # the IHDR colour type
    depth: int = 8  # the IHDR bit depth
    palette: int | None = None  # entries of the kept PLTE
    seen: set[bytes] = field(default_factory=set)  # display and animation chunks kept
    actl: bool = False  # an acTL came before the first IDAT: this is an APNG
    layout: Layout | None = None  # from the IHDR
    anim: Animation | None = None
    inflate: PictureData | None = None
    icc_kept: bool = False
    texts: int = 0
    other: dict[str, list[int]] = field(default_factory=dict)  # type -> [count, bytes]
    exif_seen: bool = False
    orientation: int = 1  # from the first eXIf chunk; written back alone
    stray_frames: list[int] = field(default_factory=lambda: [0, 0])  # [count, bytes]


FORMAT = Format(
    id="png",
    name="PNG",
    kind="image",
    extensions=(".png", ".apng"),
    mime_types=("image/png",),
    cleaner=lambda _: PNGCleaner(),
    sample=samples.png,
    embeddable=True,
    redactable=True,
)


class PNGCleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head.startswith(SIGNATURE)

    def inspect(self, path: Source) -> Report:
        return _scan(path, keep_icc=True).col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report:
        scan = _scan(src, keep_icc=options.colour_profile is ColourProfile.STANDARD)
        pieces = scan.pieces
        if scan.orientation != 1:
            if options.orientation is Orientation.KEEP_TAG:
                # Right after IHDR: viewers read the rotation before the picture data.
                pieces = [pieces[0], _exif_chunk(scan.orientation), *pieces[1:]]
            elif scan.actl:
                pieces = [pieces[0], _exif_chunk(scan.orientation), *pieces[1:]]
                scan.col.warnings.append(pixels.ANIMATED_NOT_TURNED)
            else:
                _bake(src, pieces, scan.orientation, out)
                pixels.note_baked(scan.col, "the picture was turned upright and saved again")
                return scan.col.report(self.name)
        out.write(SIGNATURE)
        write_pieces(src, out, pieces)
        out.write(IEND)
        return scan.col.report(self.name)


def _bake(src: Source, pieces: list[Piece], orientation: int, out: BinaryIO) -> None:
    """The cleaned picture (pieces, no eXIf), decoded, turned and saved again: PNG keeps
    every pixel value; no EXIF is needed afterwards."""
    plain = io.BytesIO(SIGNATURE)
    plain.seek(0, io.SEEK_END)
    write_pieces(src, plain, pieces)
    plain.write(IEND)
    plain.seek(0)
    pixels.save_upright(plain, orientation, out, "PNG")


# --- walking the chunks ------------------------------------------------------------------


def _scan(path: Source, keep_icc: bool) -> _Scan:
    scan = _Scan(keep_icc)
    with damage_as("PNG"), open_source(path) as f:
        _walk(f, scan)
    return scan


def _walk(f: BinaryIO, scan: _Scan) -> None:
    if f.read(8) != SIGNATURE:
        raise CorruptFile(Message("png.invalid"))
    pos = 8
    while True:
        head = f.read(8)
        if len(head) < 8:
            _truncated(scan, None, pos, 0, 0)
            return
        length, ctype = struct.unpack(">I4s", head)
        if length > 0x7FFFFFFF or not ctype.isalpha():
            raise CorruptFile(Message("png.bad_chunk"))
        if pos == 8 and ctype != b"IHDR":
            raise CorruptFile(Message("png.no_header"))
        if ctype == b"IDAT":
            if scan.idat_run == 2:  # decoders stop at the first chunk after the IDATs
                raise CorruptFile(HIDDEN)
            scan.idat_run = 1
        elif scan.idat_run == 1:
            scan.idat_run = 2
        sink = scan.inflate.feed if scan.inflate and ctype == b"IDAT" else None
        if ctype == b"fdAT" and scan.anim is not None:
            frame = scan.anim.fdat_sink()
            sink = frame.feed if frame else None
        r = _read_data(f, ctype, length, want=ctype in READ, sink=sink)
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


def _read_data(
    f: BinaryIO,
    ctype: bytes,
    length: int,
    want: bool,
    sink: Callable[[bytes], None] | None = None,
) -> _Read:
    """Stream one chunk's data through the CRC (and `sink`), keeping its head when `want`."""
    crc = zlib.crc32(ctype)
    kept = bytearray()
    done = 0
    while done < length:
        block = f.read(min(length - done, BLOCK))
        if not block:
            return _Read(bytes(kept), crc, done, None)
        crc = zlib.crc32(block, crc)
        if sink:
            sink(block)
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
    if _misplaced(scan, ctype, length):
        return
    if ctype in INTACT:
        if not ok and ctype != b"IEND":  # IEND is rewritten, its checksum does not matter
            raise CorruptFile("the PNG file is damaged (a checksum does not match)")
        if length not in SIZES.get(ctype, range(1 << 31)) or (ctype == b"IHDR") != (start == 8):
            raise CorruptFile(f"the PNG file is damaged (its {name} chunk is not valid)")
        if ctype == b"IEND":
            if length:
                col.add(C.OTHER, "PNG:IEND", f"{length} bytes hidden in the end marker")
            return  # a fresh IEND is always written
        if ctype == b"IHDR":
            _ihdr(scan, data)
        elif ctype == b"PLTE":
            scan.pieces.append(_plte(scan, data, whole))
            return
        scan.seen_idat |= ctype == b"IDAT"
        if ctype == b"acTL":
            scan.anim = Animation.start(col, scan.layout, data, at=len(scan.pieces))
            scan.actl = scan.anim is not None
            if scan.anim is None:
                return
        if scan.anim is None or ctype == b"acTL":
            scan.pieces.append(whole)  # the acTL's place; its content is written at the end
        elif ctype == b"IDAT":
            scan.pieces += scan.anim.idat([whole], blank=bool(scan.inflate and scan.inflate.blank))
        elif ctype == b"fcTL":
            scan.pieces += scan.anim.fctl(data)
        else:
            scan.pieces += scan.anim.fdat(start, length)
    elif not ctype[0] & 0x20:
        # An unknown critical chunk: decoders must understand it (Apple's CgBI is one),
        # so dropping it would break the picture and keeping it is keeping the unknown.
        raise CleaningRefused(Message("png.unknown_part", part=name))
    elif ctype in DISPLAY:
        if ok and length in DISPLAY[ctype] and _fits_colour(scan, ctype, length):
            scan.pieces.append(whole)
        else:
            col.add(C.OTHER, f"PNG:{name}", f"a damaged or oversized chunk ({length} bytes)")
    elif ctype == b"iCCP":
        _iccp(scan, whole, data, ok and len(data) == length)
    elif ctype in TEXT:
        _text(scan, ctype, data)
    elif ctype == b"eXIf":
        _exif(scan, data, length, ok and len(data) == length)
    elif ctype == b"tIME" and len(data) == 7:
        y, mo, d, h, mi, s = struct.unpack(">HBBBBB", data)
        col.add(C.TIME, "PNG:ModifyTime", f"{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
    elif ctype == b"caBX":
        col.add(C.SOFTWARE, "PNG:C2PA", "content credentials (editing history and signatures)")
    else:
        count = scan.other.setdefault(name, [0, 0])
        count[0] += 1
        count[1] += length


def _exif(scan: _Scan, data: bytes, length: int, ok: bool) -> None:
    """The chunk goes; its Orientation alone comes back in a fresh eXIf (see _exif_chunk)."""
    col = scan.col
    before = len(col.findings)
    exif = data[6:] if data.startswith(b"Exif\x00\x00") else data
    orientation = exif_findings(col, exif, "EXIF")
    if scan.exif_seen or not ok:  # viewers read the first one, and skip a damaged one
        _ensure(col, before, "PNG:eXIf", f"{length} bytes of EXIF data")
        return
    scan.exif_seen = True
    scan.orientation = orientation
    if orientation == 1 or data != minimal_exif(orientation):
        _ensure(col, before, "PNG:eXIf", f"{length} bytes of EXIF data")


# Why the rotation is kept as a tag rather than turned into the pixels: every viewer then
# shows the copy exactly as it showed the original (one that ignores the tag ignored it
# there too), the picture data stays byte for byte, and nothing is decoded, so huge and
# animated pictures clean the same way. `--orientation bake` turns the pixels instead.
def _exif_chunk(orientation: int) -> bytes:
    return make_chunk(b"eXIf", minimal_exif(orientation))


def _misplaced(scan: _Scan, ctype: bytes, length: int) -> bool:
    """Drop (and report) a chunk decoders skip: a repeat, or one out of its place."""
    col, name = scan.col, ctype.decode("ascii")
    if ctype in (b"fcTL", b"fdAT") and not scan.actl:
        # Without an acTL before the picture data nothing reads frames: a hiding place.
        scan.stray_frames[0] += 1
        scan.stray_frames[1] += length
        return True
    if ctype in DISPLAY or ctype in (b"PLTE", b"acTL", b"iCCP"):
        if ctype == b"PLTE" and scan.seen_idat:
            raise CorruptFile("the PNG file is damaged (its palette comes after the picture)")
        if scan.seen_idat:
            what = "colour profile" if ctype == b"iCCP" else f"{name} chunk"
            key = "ICC:Profile" if ctype == b"iCCP" else f"PNG:{name}"
            col.add(C.OTHER, key, f"a {what} after the picture data, which decoders ignore")
            return True
        if ctype in scan.seen and ctype != b"iCCP":  # a second iCCP is handled there
            col.add(C.OTHER, f"PNG:{name}", f"a second {name} chunk ({length} bytes)")
            return True
        if ctype in (b"tRNS", b"bKGD") and scan.colour == 3 and scan.palette is None:
            col.add(C.OTHER, f"PNG:{name}", f"a {name} chunk before the palette it refers to")
            return True
        scan.seen.add(ctype)
    return False


def _ihdr(scan: _Scan, data: bytes) -> None:
    width, height, depth, colour, method, filt, interlace = struct.unpack(">IIBBBBB", data)
    if (
        not 0 < width < 1 << 31
        or not 0 < height < 1 << 31
        or depth not in DEPTHS.get(colour, ())
        or (method, filt) != (0, 0)
        or interlace > 1
    ):
        raise CorruptFile("the PNG file is damaged (its IHDR chunk is not valid)")
    scan.colour, scan.depth = colour, depth
    scan.layout = Layout(width, height, CHANNELS[colour] * depth, bool(interlace))
    scan.inflate = PictureData(scan.layout.raw_size(width, height))


def _plte(scan: _Scan, data: bytes, whole: tuple[int, int]) -> Piece:
    """The palette, cut to the entries the pixels can refer to; b"" when not used at all."""
    col, entries = scan.col, len(data) // 3
    if scan.colour != 3:
        # Grey pictures may not have one; for RGB it is a mere suggestion to old screens.
        col.add(C.OTHER, "PNG:PLTE", f"a palette the picture does not use ({entries} colours)")
        return b""
    usable = 1 << scan.depth
    if entries > usable:  # the pixels cannot point past 2**depth entries
        col.add(C.OTHER, "PNG:PLTE", f"{entries - usable} palette entries no pixel can use")
        scan.palette = usable
        return make_chunk(b"PLTE", data[: 3 * usable])
    scan.palette = entries
    return whole


def _fits_colour(scan: _Scan, ctype: bytes, length: int) -> bool:
    """Whether a tRNS/bKGD/sBIT chunk has the size this colour type gives it."""
    if ctype == b"tRNS" and scan.colour == 3:
        return scan.palette is not None and length <= scan.palette
    sizes = BY_COLOUR.get(ctype)
    return sizes is None or sizes.get(scan.colour) == length


def _truncated(scan: _Scan, ctype: bytes | None, start: int, got: int, crc: int) -> None:
    """The file ends without IEND: keep the picture data that is there, if any."""
    if ctype == b"fdAT" and scan.anim is not None:
        scan.pieces += scan.anim.fdat(start, got)  # the part that is there
    elif ctype == b"IDAT" and got:
        # Keep the partial image data under a fresh length and checksum: the part of
        # the picture that was downloaded still decodes.
        part: list[Piece] = [
            struct.pack(">I", got) + ctype,
            (start + 8, got),
            struct.pack(">I", crc),
        ]
        blank = bool(scan.inflate and scan.inflate.blank)
        scan.pieces += scan.anim.idat(part, blank) if scan.anim else part
        scan.seen_idat = True
    elif ctype is not None and ctype != b"IDAT":
        scan.col.add(C.OTHER, "PNG:truncated", f"an incomplete {ctype.decode()} chunk at the end")
    if not scan.seen_idat:
        raise CorruptFile(Message("png.cut_before_picture"))
    scan.col.warnings.append(Message("png.cut_short"))
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
    if scan.orientation != 1:
        scan.col.keep("EXIF:Orientation", scan.orientation)
    if scan.anim is not None:
        scan.anim.finish(scan.pieces)
    count, size = scan.stray_frames
    if count:
        what = f"{count} animation chunk(s) with no animation header, {size} bytes"
        scan.col.add(C.EMBEDDED, "PNG:fdAT", what)
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
