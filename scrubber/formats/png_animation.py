"""APNG frames as the animation shows them, and nothing else.

An animated PNG can hold pictures no animation-aware viewer shows: a default image
(IDAT) kept out of the animation, frames beyond the count its acTL declares, and bytes
after the end of a frame's compressed data. Here the default image is replaced by the
first frame (its fdAT data become IDAT chunks, nothing is decoded) or, when that frame
does not cover the whole picture, by a blank picture; extra frames and trailing bytes
are left out. Every kept frame chunk gets a fresh sequence number, so dropping chunks
leaves the numbering decoders check intact; the fdAT checksums are computed while the
chunk streams through, so a large animation is never held in memory.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats.streams import Piece
from scrubber.messages import Message
from scrubber.model import Category, Collector

C = Category
HIDDEN = "this PNG has other data hidden in its picture data; it was not cleaned"
MAX_BLANK = 256 << 20  # raw bytes of a blank default image we are willing to write
STEP = 1 << 20  # decompressed bytes per step when following picture data
BLANK_CHUNK = 1 << 20  # bytes of compressed blank picture per IDAT chunk
# Adam7 interlacing passes: first column, first row, column step, row step.
ADAM7 = (
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
)


@dataclass(frozen=True)
class Layout:
    """What the IHDR says about the pixels: enough to size any frame's raw data."""

    width: int
    height: int
    bits: int  # bits per pixel
    interlaced: bool

    def raw_size(self, width: int, height: int) -> int:
        """Bytes of filtered scanlines (a filter byte each) of a width x height picture."""

        def size(x0: int, y0: int, dx: int, dy: int) -> int:
            cols = max(0, (width - x0 + dx - 1) // dx)
            rows = max(0, (height - y0 + dy - 1) // dy)
            return rows * (1 + (cols * self.bits + 7) // 8) if cols else 0

        return sum(size(*p) for p in (ADAM7 if self.interlaced else ((0, 0, 1, 1),)))


def make_chunk(ctype: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data, zlib.crc32(ctype))
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", crc)


class PictureData:
    """Follows one picture's zlib stream (the IDATs, or a frame's fdATs) to its end.

    Decoders stop at the end of the stream (or of the pixels the header announces), so
    anything after it would be carried along unseen. What is decoded is thrown away;
    memory stays at STEP. More pixels than announced cannot be cut without decoding and
    make the file fail.
    """

    def __init__(self, expected: int) -> None:
        self.z = zlib.decompressobj()
        self.expected = expected  # bytes of filtered scanlines the header announces
        self.out = 0
        self.blank = True  # every byte decoded so far is zero: a blank picture

    def take(self, data: bytes) -> int:
        """Feed `data`; return how many of its bytes belong to the stream."""
        z = self.z
        if z.eof:
            return 0
        fed = len(data)
        try:
            while True:
                part = z.decompress(data, STEP)
                self.out += len(part)
                self.blank = self.blank and part == bytes(len(part))
                data = z.unconsumed_tail
                if self.out > self.expected:
                    raise CorruptFile(HIDDEN)
                if z.eof or (not data and len(part) < STEP):
                    break
        except zlib.error as e:
            raise CorruptFile("the PNG file is damaged (its picture data cannot be read)") from e
        return fed - len(z.unused_data) if z.eof else fed

    def feed(self, data: bytes) -> None:
        """Feed data that must all belong to the stream: the still picture's IDATs."""
        if self.take(data) < len(data):
            raise CorruptFile(HIDDEN)


@dataclass
class _Chunk:
    """An fdAT chunk on its way through: its new header and checksum, and its kept size."""

    ctype: bytes  # b"fdAT", or b"IDAT" when the first frame becomes the default image
    prefix: bytes  # the new sequence number (fdAT only)
    frame: PictureData
    crc: int = 0
    skip: int = 4  # the old sequence number, not copied
    kept: int = 0  # data bytes after it that belong to the frame
    extra: int = 0  # bytes after the end of the frame's stream

    def __post_init__(self) -> None:
        self.crc = zlib.crc32(self.prefix, zlib.crc32(self.ctype))

    def feed(self, data: bytes) -> None:
        if self.skip:
            dropped = min(self.skip, len(data))
            data, self.skip = data[dropped:], self.skip - dropped
        used = self.frame.take(data) if data else 0
        self.crc = zlib.crc32(data[:used], self.crc)
        self.kept += used
        self.extra += len(data) - used

    def pieces(self, start: int) -> list[Piece]:
        if not self.kept:
            return []
        size = struct.pack(">I", len(self.prefix) + self.kept)
        return [
            size + self.ctype + self.prefix,
            (start + 12, self.kept),
            struct.pack(">I", self.crc),
        ]


@dataclass
class Animation:
    """One APNG's animation, chunk by chunk in file order; `finish` settles the rest."""

    col: Collector
    layout: Layout
    declared: int  # frames the acTL announces
    plays: int
    actl_at: int  # index of the acTL's place in the pieces
    frames: int = 0  # frames kept so far
    seq: int = 0  # next sequence number to write
    held: list[Piece] = field(default_factory=list)  # IDAT pieces not yet placed
    default_hidden: bool = False  # IDAT came before any fcTL
    default_blank: bool = False  # ...and all its pixels are zero
    frame_zero_is_default: bool = False  # the first fcTL came before the IDAT
    as_default: bool = False  # the current frame's data become the default image
    converted: bool = False  # the first frame took the hidden default image's place
    default_written: bool = False  # ...and some of its data were written as IDAT
    frame: PictureData | None = None  # the current kept frame's data (None: no fdAT wanted)
    dropping: bool = False  # the current frame is beyond the declared count
    current: _Chunk | None = None
    extra_frames: list[int] = field(default_factory=lambda: [0, 0])  # count, bytes
    stray: list[int] = field(default_factory=lambda: [0, 0])  # frame data outside frames
    trailing: int = 0  # bytes after the end of frames' streams

    @classmethod
    def start(cls, col: Collector, layout: Layout | None, actl: bytes, at: int) -> Animation | None:
        """The animation an acTL announces; None (and reported) when it announces none."""
        declared, plays = struct.unpack(">II", actl)
        if layout is None or not 0 < declared < 1 << 31:
            col.add(C.OTHER, "PNG:acTL", "an animation header with no frames")
            return None  # viewers show the still picture; frame chunks are dropped
        return cls(col, layout, declared, plays, at)

    def idat(self, pieces: list[Piece], blank: bool) -> list[Piece]:
        """The default image's data: placed now if it is the first frame, else held.

        `blank`: all its pixels so far are zero (as our own blank default image is).
        """
        if self.frame_zero_is_default:
            return pieces
        self.default_hidden = True
        self.default_blank = blank
        self.held += pieces
        return []

    def fctl(self, data: bytes) -> list[Piece]:
        _, w, h, x, y, _, _, dispose, blend = struct.unpack(">5I2H2B", data)
        lay = self.layout
        if not (w and h and x + w <= lay.width and y + h <= lay.height and dispose <= 2):
            raise CorruptFile("the PNG file is damaged (a frame does not fit the picture)")
        if blend > 1:
            raise CorruptFile("the PNG file is damaged (its fcTL chunk is not valid)")
        self.frame, self.as_default = None, False
        self.dropping = self.frames >= self.declared
        if self.dropping:
            self.extra_frames[0] += 1
            self.extra_frames[1] += len(data) + 12
            return []
        full = (w, h, x, y) == (lay.width, lay.height, 0, 0)
        out: list[Piece] = []
        if self.frames == 0:
            if self.default_hidden and self.default_blank:
                out += self.held  # a blank still picture hides nothing: kept as it is
                self.held = []
            elif self.default_hidden:
                self.col.add(
                    C.EMBEDDED, "PNG:DefaultImage", "a still picture the animation never shows"
                )
                self.held = []
                self.as_default = self.converted = full
                if not full:
                    out += self._blank()
            elif full:
                self.frame_zero_is_default = True
            else:
                raise CorruptFile("the PNG file is damaged (its first frame is not the picture)")
        out.append(make_chunk(b"fcTL", struct.pack(">I", self.seq) + data[4:]))
        self.seq += 1
        self.frames += 1
        if not (self.frame_zero_is_default and self.frames == 1):  # that one's data is IDAT
            self.frame = PictureData(lay.raw_size(w, h))
        return out

    def fdat_sink(self) -> _Chunk | None:
        """Where the next fdAT chunk's data go while it is read; None when it is dropped."""
        if self.frame is None or self.dropping:
            self.current = None
            return None
        # A tentative number: taken only if the chunk keeps any data.
        prefix = b"" if self.as_default else struct.pack(">I", self.seq)
        self.current = _Chunk(b"IDAT" if self.as_default else b"fdAT", prefix, self.frame)
        return self.current

    def fdat(self, start: int, length: int) -> list[Piece]:
        """The pieces for the fdAT chunk just read (at `start`, `length` data bytes)."""
        cur, self.current = self.current, None
        if cur is None:
            if self.dropping:
                self.extra_frames[1] += length + 12
            else:
                self.stray[0] += 1
                self.stray[1] += length + 12
            return []
        self.trailing += cur.extra
        pieces = cur.pieces(start)
        if pieces and cur.ctype == b"fdAT":
            self.seq += 1
        self.default_written |= bool(pieces) and cur.ctype == b"IDAT"
        return pieces

    def finish(self, pieces: list[Piece]) -> None:
        col = self.col
        if self.frames == 0:
            # No frame at all: a still picture after all, shown as such by everyone.
            pieces[self.actl_at] = b""
            pieces += self.held
            col.add(C.OTHER, "PNG:acTL", "an animation header with no frames")
        else:
            pieces[self.actl_at] = make_chunk(b"acTL", struct.pack(">II", self.frames, self.plays))
            if self.frames < self.declared:
                col.add(
                    C.OTHER,
                    "PNG:acTL",
                    f"an animation header counting {self.declared} frames for {self.frames}",
                )
        if self.converted and not self.default_written:
            raise CorruptFile("the PNG file is damaged (its first frame has no picture data)")
        count, size = self.extra_frames
        if count:
            what = f"{count} frame(s) beyond the {self.declared} the animation plays, {size} bytes"
            col.add(C.EMBEDDED, "PNG:fcTL", what)
        if self.trailing:
            what = f"{self.trailing} bytes after the end of a frame's picture data"
            col.add(C.EMBEDDED, "PNG:fdAT", what)
        count, size = self.stray
        if count:
            what = f"{count} animation data chunk(s) outside any frame, {size} bytes"
            col.add(C.EMBEDDED, "PNG:fdAT", what)

    def _blank(self) -> list[Piece]:
        """A blank default image, for when the first frame covers only part of the picture.

        Only viewers that do not play animations show it; they would have shown the
        hidden picture.
        """
        raw = self.layout.raw_size(self.layout.width, self.layout.height)
        if raw > MAX_BLANK:
            raise CleaningRefused(Message("apng.still_too_large"))
        self.col.warnings.append(Message("apng.blank_still"))
        z = zlib.compressobj(6)
        data = b"".join(z.compress(bytes(min(STEP, raw - at))) for at in range(0, raw, STEP))
        data += z.flush()
        return [
            make_chunk(b"IDAT", data[i : i + BLANK_CHUNK]) for i in range(0, len(data), BLANK_CHUNK)
        ]
