"""WebP cleaner: rebuild the RIFF container with only the chunks that hold the picture.

Image chunks (VP8, VP8L, ALPH, ANIM, ANMF) are copied byte for byte, so nothing is
re-encoded, but only in the layout decoders read: a still picture is at most one ALPH
(only before a VP8) and one VP8/VP8L; an animation is one ANIM and then ANMF frames,
each of them laid out like a still picture. Image chunks anywhere else are dropped.
VP8X gets its EXIF/XMP/ICC flags corrected, the RIFF size is recomputed, and EXIF,
XMP, non-standard colour profiles, unknown chunks and anything after the RIFF end stay
behind. The file is walked with seeks; only metadata chunks are read.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from typing import BinaryIO

from scrubber import selftest_samples as samples
from scrubber.errors import CorruptFile
from scrubber.formats import pixels
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.exif import exif_findings, minimal_exif
from scrubber.formats.icc import MAX_ICC, icc_decision
from scrubber.formats.streams import (
    Piece,
    Source,
    damage_as,
    open_source,
    pieces_length,
    write_pieces,
)
from scrubber.formats.xmp import xmp_findings
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector, ColourProfile, Orientation, Report

C = Category
MAX_READ = 16 << 20  # bytes of one metadata chunk we read to describe it
IMAGE = {b"VP8 ", b"VP8L"}
PICTURE = IMAGE | {b"ALPH"}  # the chunks of one still picture or animation frame
ANIMATION = {b"ANIM", b"ANMF"}
ANIM_SIZE = 6
ANMF_HEADER = 16  # frame position, size, duration and flags before its sub-chunks
# VP8X flag bits
ICC_FLAG, ALPHA_FLAG, EXIF_FLAG, XMP_FLAG, ANIM_FLAG = 0x20, 0x10, 0x08, 0x04, 0x02


@dataclass
class _Scan:
    keep_icc: bool
    col: Collector = field(default_factory=Collector)
    pieces: list[Piece] = field(default_factory=list)
    vp8x: int | None = None  # index in pieces of the VP8X chunk, rewritten at the end
    vp8x_payload: bytes = b""
    icc_kept: bool = False
    has_image: bool = False
    anim_seen: bool = False
    still: _Picture | None = None  # the picture of a VP8X file without animation
    other: dict[str, list[int]] = field(default_factory=dict)  # fourcc -> [count, bytes]
    exif_seen: bool = False
    orientation: int = 1  # from the first EXIF chunk of a VP8X file; written back alone
    lossless: bool = False  # the still picture is VP8L


@dataclass
class _Picture:
    """One still picture or animation frame being assembled from its chunks."""

    width: int
    height: int
    where: str  # prefix of finding keys: "" or "ANMF:"
    alph: tuple[int, int] | None = None  # ALPH waiting for its VP8 (offset, length)
    done: bool = False  # its VP8/VP8L has been seen


FORMAT = Format(
    id="webp",
    name="WebP",
    kind="image",
    extensions=(".webp",),
    mime_types=("image/webp",),
    cleaner=lambda _: WebPCleaner(),
    sample=samples.webp,
    embeddable=True,
    redactable=True,
)


class WebPCleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"

    def inspect(self, path: Source) -> Report:
        return _scan(path, keep_icc=True).col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report:
        scan = _scan(src, keep_icc=options.colour_profile is ColourProfile.STANDARD)
        turn = scan.orientation != 1 and options.orientation is Orientation.BAKE
        if turn and scan.still is None:
            scan.col.warnings.append(pixels.ANIMATED_NOT_TURNED)
        elif turn:
            plain = io.BytesIO()
            _write(src, _pieces(scan, keep_orientation=False), plain)
            plain.seek(0)
            params: dict[str, object] = {"lossless": True, "exact": True}
            if not scan.lossless:
                params = {"quality": options.jpeg_quality}
            pixels.save_upright(plain, scan.orientation, out, "WEBP", **params)
            pixels.note_baked(scan.col, "the picture was turned upright and saved again")
            return scan.col.report(self.name)
        _write(src, _pieces(scan, keep_orientation=True), out)
        return scan.col.report(self.name)


def _write(src: Source, pieces: list[Piece], out: BinaryIO) -> None:
    out.write(b"RIFF" + struct.pack("<I", 4 + pieces_length(pieces)) + b"WEBP")
    write_pieces(src, out, pieces)


# The rotation is kept as a tag, not turned into the pixels: every viewer then shows the
# copy exactly as it showed the original (one that ignores the tag ignored it there too),
# and a lossy picture is not encoded again. `--orientation bake` turns the pixels instead.
def _pieces(scan: _Scan, keep_orientation: bool) -> list[Piece]:
    """What to write: the pieces with the VP8X flags made true, and the Orientation alone
    in a fresh EXIF chunk after the picture, where the format puts EXIF."""
    pieces = list(scan.pieces)
    exif = keep_orientation and scan.vp8x is not None and scan.orientation != 1
    if scan.vp8x is not None:
        pieces[scan.vp8x] = _vp8x(scan, exif)
    if exif:
        data = minimal_exif(scan.orientation)
        pieces += [b"EXIF" + struct.pack("<I", len(data)) + data, *_pad(len(data))]
    return pieces


def _scan(path: Source, keep_icc: bool) -> _Scan:
    scan = _Scan(keep_icc)
    with damage_as("WebP"), open_source(path) as f:
        _walk(f, scan)
    return scan


def _walk(f: BinaryIO, scan: _Scan) -> None:
    head = f.read(12)
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WEBP":
        raise CorruptFile("this is not a valid WebP file")
    end = 8 + struct.unpack("<I", head[4:8])[0]
    f.seek(0, 2)
    size = f.tell()
    if end > size:
        raise CorruptFile("the WebP file is cut short")
    if size > end:
        scan.col.add(C.EMBEDDED, "WebP:trailer", f"{size - end} bytes of data after the image")
    first = True
    for fourcc, start, length in _chunks(f, 12, end):
        if first and fourcc == b"VP8X":
            scan.vp8x = len(scan.pieces)
            scan.vp8x_payload = _read(f, start + 8, min(length, 10))
            if len(scan.vp8x_payload) < 10:
                raise CorruptFile("the WebP file is damaged (its extended header is too short)")
            if length > 10:
                scan.col.add(C.OTHER, "WebP:VP8X", f"{length - 10} extra bytes in the header")
            scan.pieces.append(b"")  # placeholder: the flags are only known at the end
            if not scan.vp8x_payload[0] & ANIM_FLAG:
                w, h = _canvas(scan.vp8x_payload[4:10])
                scan.still = _Picture(w, h, "")
        elif first and fourcc in IMAGE:
            scan.pieces += [_whole(start, length), *_pad(length)]
            scan.has_image = True
        elif first:
            raise CorruptFile("the WebP file is damaged (no image header)")
        else:
            _chunk(f, scan, fourcc, start, length)
        first = False
    if scan.still is not None:
        _picture_end(scan, scan.still)
    if not scan.has_image:
        raise CorruptFile("the WebP file has no picture data")
    for name, (count, nbytes) in scan.other.items():
        scan.col.add(C.OTHER, f"WebP:{name}", f"{count} unknown chunk(s), {nbytes} bytes")
    if scan.orientation != 1:
        scan.col.keep("EXIF:Orientation", scan.orientation)


def _chunks(f: BinaryIO, pos: int, end: int) -> list[tuple[bytes, int, int]]:
    """(fourcc, offset, payload length) of each chunk in [pos, end), checked against end."""
    out: list[tuple[bytes, int, int]] = []
    while pos + 8 <= end:
        f.seek(pos)
        # Any four bytes name a chunk: decoders skip those they do not know (some writers
        # use "XMP\0"), and the size field alone says where the next one starts.
        fourcc, length = struct.unpack("<4sI", f.read(8))
        if pos + 8 + length > end:
            raise CorruptFile("the WebP file is cut short or damaged")
        out.append((fourcc, pos, length))
        # Odd sizes are followed by a pad byte; some writers leave it off the last chunk.
        pos += 8 + length + (length & 1)
    if end - pos > 0:
        raise CorruptFile("the WebP file is damaged (stray bytes between chunks)")
    return out


def _whole(start: int, length: int) -> Piece:
    return (start, 8 + length)


def _pad(length: int) -> list[Piece]:
    return [b"\x00"] if length & 1 else []


def _read(f: BinaryIO, start: int, length: int) -> bytes:
    f.seek(start)
    return f.read(length)


def _name(fourcc: bytes) -> str:
    """A chunk name fit to show: bytes that are not printable ASCII as escapes."""
    text = fourcc.decode("latin-1")
    return "".join(ch if " " <= ch <= "~" else f"\\x{ord(ch):02x}" for ch in text).strip()


def _chunk(f: BinaryIO, scan: _Scan, fourcc: bytes, start: int, length: int) -> None:
    col, name = scan.col, _name(fourcc)
    extended = scan.vp8x is not None
    if extended and fourcc in PICTURE | ANIMATION:
        _layout(f, scan, fourcc, start, length)
    elif fourcc == b"EXIF":
        _exif(f, scan, start, length)
    elif fourcc in (b"XMP ", b"XMP\x00"):
        xmp_findings(col, _read(f, start + 8, min(length, MAX_READ)), "XMP")
    elif fourcc == b"ICCP":
        _iccp(f, scan, start, length, extended)
    else:
        count = scan.other.setdefault(name, [0, 0])
        count[0] += 1
        count[1] += length


def _exif(f: BinaryIO, scan: _Scan, start: int, length: int) -> None:
    """The chunk goes; the Orientation of the first one comes back alone (see _pieces)."""
    col = scan.col
    data = _read(f, start + 8, min(length, MAX_READ))
    before = len(col.findings)
    # Some writers put the JPEG-style "Exif\0\0" prefix in front of the TIFF block.
    exif = data[6:] if data.startswith(b"Exif\x00\x00") else data
    orientation = exif_findings(col, exif, "EXIF")
    first, scan.exif_seen = not scan.exif_seen, True
    if first and scan.vp8x is not None:
        scan.orientation = orientation
        if orientation != 1 and data == minimal_exif(orientation):
            return  # exactly the block we write
    elif first and orientation != 1:  # a simple WebP has no header to announce EXIF
        col.warnings.append(Message("webp.rotation_removed"))
    if len(col.findings) == before:
        col.add(C.OTHER, "WebP:EXIF", f"{length} bytes of EXIF data")


def _iccp(f: BinaryIO, scan: _Scan, start: int, length: int, extended: bool) -> None:
    if length > MAX_ICC:
        scan.col.add(C.OTHER, "ICC:Profile", "an oversized colour profile")
    elif scan.icc_kept:
        scan.col.add(C.OTHER, "ICC:Profile", "a second colour profile")
    else:
        icc = _read(f, start + 8, length)
        kept = icc_decision(scan.col, icc, scan.keep_icc and extended)
        if kept is None:
            return
        scan.icc_kept = True
        if kept == icc:
            scan.pieces += [_whole(start, length), *_pad(length)]
        else:  # the standard profile in its rebuilt form
            scan.pieces += [b"ICCP" + struct.pack("<I", len(kept)) + kept, *_pad(len(kept))]


def _canvas(six: bytes) -> tuple[int, int]:
    """Width and height stored as two 24-bit little-endian values minus one."""
    return 1 + int.from_bytes(six[:3], "little"), 1 + int.from_bytes(six[3:6], "little")


def _layout(f: BinaryIO, scan: _Scan, fourcc: bytes, start: int, length: int) -> None:
    """A picture or animation chunk of a VP8X file: kept only where decoders read it."""
    col, name = scan.col, _name(fourcc)
    if scan.still is not None:
        if fourcc in ANIMATION:
            col.add(C.EMBEDDED, f"WebP:{name}", "animation data in a still picture")
        else:
            scan.pieces += _picture_chunk(f, scan, scan.still, fourcc, start, length)
    elif fourcc in PICTURE:
        col.add(C.EMBEDDED, f"WebP:{name}", "a picture outside the animation frames")
    elif fourcc == b"ANMF":
        if not scan.anim_seen:
            raise CorruptFile(
                "the WebP file is damaged (an animation frame comes before its header)"
            )
        _frame(f, scan, start, length)
    elif scan.anim_seen:
        col.add(C.OTHER, "WebP:ANIM", "a second animation header")
    else:
        scan.anim_seen = True
        # Background colour and loop count: 6 bytes; anything more is not for the decoder.
        payload = _read(f, start + 8, min(length, ANIM_SIZE))
        if len(payload) < ANIM_SIZE:
            raise CorruptFile("the WebP file is damaged (its animation header is too short)")
        if length > ANIM_SIZE:
            col.add(C.OTHER, "WebP:ANIM", f"{length - ANIM_SIZE} extra bytes in the header")
        scan.pieces.append(b"ANIM" + struct.pack("<I", ANIM_SIZE) + payload)


def _picture_chunk(
    f: BinaryIO, scan: _Scan, pic: _Picture, fourcc: bytes, start: int, length: int
) -> list[Piece]:
    """What to write for one ALPH/VP8/VP8L chunk of a picture; a dropped one is reported."""
    col, key = scan.col, f"WebP:{pic.where}{_name(fourcc)}"
    if pic.done:  # decoders stop at the first VP8/VP8L
        col.add(C.EMBEDDED, key, f"{length} bytes of picture data after the picture")
        return []
    if fourcc == b"ALPH":
        if pic.alph is not None:  # the demuxer browsers use reads the first one
            col.add(C.OTHER, key, f"a second transparency chunk ({length} bytes)")
        else:
            pic.alph = (start, length)
        return []  # written just before its VP8
    pic.done = True
    scan.has_image = True
    scan.lossless = fourcc == b"VP8L"
    out: list[Piece] = []
    if pic.alph is not None and fourcc == b"VP8L":
        col.add(C.OTHER, f"WebP:{pic.where}ALPH", "a transparency chunk a lossless picture ignores")
    elif pic.alph is not None:
        out += _alph(f, scan, pic, *pic.alph)
    return [*out, _whole(start, length), *_pad(length)]


def _alph(f: BinaryIO, scan: _Scan, pic: _Picture, start: int, length: int) -> list[Piece]:
    """The ALPH chunk; uncompressed alpha (method 0) is cut to one byte per pixel."""
    need = 1 + pic.width * pic.height
    header = _read(f, start + 8, 1)
    if header and header[0] & 3 == 0 and length > need:
        extra = length - need
        scan.col.add(C.OTHER, f"WebP:{pic.where}ALPH", f"{extra} bytes after the transparency")
        return [b"ALPH" + struct.pack("<I", need), (start + 8, need), *_pad(need)]
    return [_whole(start, length), *_pad(length)]


def _picture_end(scan: _Scan, pic: _Picture) -> None:
    if not pic.done and pic.alph is not None:
        scan.col.add(C.OTHER, f"WebP:{pic.where}ALPH", "a transparency chunk with no picture")


def _frame(f: BinaryIO, scan: _Scan, start: int, length: int) -> None:
    """An animation frame, rebuilt from its header and the picture chunks decoders read."""
    if length < ANMF_HEADER:
        raise CorruptFile("the WebP file is damaged (an animation frame is too short)")
    header = _read(f, start + 8, ANMF_HEADER)
    w, h = _canvas(header[6:12])
    pic = _Picture(w, h, "ANMF:")
    body: list[Piece] = []
    for fourcc, s, n in _chunks(f, start + 8 + ANMF_HEADER, start + 8 + length):
        if fourcc in PICTURE:
            body += _picture_chunk(f, scan, pic, fourcc, s, n)
        else:
            name = _name(fourcc)
            scan.col.add(C.OTHER, f"WebP:ANMF:{name}", f"{n} bytes inside an animation frame")
    if not pic.done:
        raise CorruptFile("the WebP file is damaged (an animation frame has no picture)")
    new_len = ANMF_HEADER + sum(len(p) if isinstance(p, bytes) else p[1] for p in body)
    scan.pieces += [b"ANMF" + struct.pack("<I", new_len), (start + 8, ANMF_HEADER), *body]


def _vp8x(scan: _Scan, exif: bool) -> bytes:
    """The VP8X header with only the flags that still describe the file."""
    flags = scan.vp8x_payload[0] & (ALPHA_FLAG | ANIM_FLAG)
    if scan.icc_kept:
        flags |= ICC_FLAG
    if exif:
        flags |= EXIF_FLAG
    # The three reserved bytes are zeroed: they are not part of the picture.
    payload = bytes([flags]) + b"\x00\x00\x00" + scan.vp8x_payload[4:10]
    return b"VP8X" + struct.pack("<I", 10) + payload
