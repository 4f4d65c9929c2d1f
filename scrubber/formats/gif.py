"""GIF cleaner: walk the block structure and keep only what the picture needs.

Frames (image descriptors, colour tables and LZW data) are copied byte for byte, so the
pixels cannot change. Of the extensions only frame timing/transparency (one per frame)
and the looping instruction survive; plain text blocks (which no browser draws), comments,
XMP, ICC profiles and other application blocks go, and so do frames placed entirely off
the picture and anything after the trailer.

Not checked: sub-blocks after the LZW end code inside a frame's data. Decoders skip them,
so they can hide bytes, but finding them means decoding the LZW stream (and removing them
re-encoding it), which this byte-copying cleaner does not do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

from scrubber import selftest_samples as samples
from scrubber.errors import CorruptFile
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.icc import icc_description
from scrubber.formats.streams import Buffer, Piece, Source, file_bytes, write_pieces
from scrubber.formats.xmp import xmp_findings
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector, Report

C = Category
SIGNATURES = (b"GIF87a", b"GIF89a")
IMAGE, EXTENSION, TRAILER = 0x2C, 0x21, 0x3B
GRAPHIC_CONTROL, PLAIN_TEXT, COMMENT, APPLICATION = 0xF9, 0x01, 0xFE, 0xFF
LOOP_APPS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")
XMP_APP, ICC_APP = b"XMP DataXMP", b"ICCRGBG1012"


class _Truncated(Exception):
    """The file ended inside a block."""


@dataclass
class _Walk:
    col: Collector
    screen: tuple[int, int]  # logical screen width and height
    pieces: list[Piece] = field(default_factory=list)
    gce: int | None = None  # index in pieces of the timing block waiting for its frame


FORMAT = Format(
    id="gif",
    name="GIF",
    kind="image",
    extensions=(".gif",),
    mime_types=("image/gif",),
    cleaner=lambda _: GIFCleaner(),
    sample=samples.gif,
    embeddable=True,
    redactable=True,
)


class GIFCleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head[:6] in SIGNATURES

    def inspect(self, path: Source) -> Report:
        col = Collector()
        with file_bytes(path) as buf:
            _walk(buf, col)
        return col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report:
        col = Collector()
        with file_bytes(src) as buf:
            write_pieces(buf, out, _walk(buf, col))
        return col.report(self.name)


def _walk(buf: Buffer, col: Collector) -> list[Piece]:
    """Report what goes and return the pieces of the cleaned file, trailer included."""
    n = len(buf)
    if n < 13 or bytes(buf[:6]) not in SIGNATURES:
        raise CorruptFile("this is not a readable GIF image")
    packed = buf[10]
    pos = 13 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0)
    if pos > n:
        raise CorruptFile("the GIF file is cut short")
    w = _Walk(col, (buf[6] | buf[7] << 8, buf[8] | buf[9] << 8), [(0, pos)])
    pieces = w.pieces
    complete = 0  # pieces up to and including the last complete frame
    try:
        while True:
            if pos >= n:
                raise _Truncated
            kind = buf[pos]
            if kind == IMAGE:
                end = _image_end(buf, pos)
                if _on_screen(buf, pos, w.screen):
                    pieces.append((pos, end - pos))
                    complete = len(pieces)
                else:
                    # Nothing of it can be seen, but its pixel data can carry anything.
                    col.add(C.EMBEDDED, "GIF:HiddenFrame", "a frame outside the picture")
                    _drop_gce(w)
                w.gce, pos = None, end
            elif kind == EXTENSION:
                pos = _extension(buf, pos, w)
            elif kind == 0:
                pos += 1  # stray padding byte some encoders write between blocks
            else:
                # The trailer, or an unknown block where decoders stop reading: either
                # way the picture ends here and anything after it is hidden extra data.
                extra = n - pos - (1 if kind == TRAILER else 0)
                if kind != TRAILER and not complete:
                    raise CorruptFile("the GIF file is damaged before its first frame")
                if extra:
                    col.add(C.EMBEDDED, "GIF:TrailingData", f"{extra} bytes after the image")
                if w.gce is not None:
                    col.add(C.OTHER, "GIF:GraphicControl", "a frame timing block with no frame")
                    _drop_gce(w)
                break
    except _Truncated:
        if not complete:
            raise CorruptFile("the GIF file is cut short before its first frame") from None
        del pieces[complete:]
        col.warnings.append(Message("gif.cut_short"))
    if not complete:
        raise CorruptFile("the GIF file holds no picture")
    pieces.append(bytes((TRAILER,)))
    return pieces


def _on_screen(buf: Buffer, pos: int, screen: tuple[int, int]) -> bool:
    """Whether any of the frame at `pos` lies on the logical screen."""
    left, top = buf[pos + 1] | buf[pos + 2] << 8, buf[pos + 3] | buf[pos + 4] << 8
    width, height = buf[pos + 5] | buf[pos + 6] << 8, buf[pos + 7] | buf[pos + 8] << 8
    return width > 0 and height > 0 and left < screen[0] and top < screen[1]


def _drop_gce(w: _Walk) -> None:
    """Drop the timing block waiting for a frame (it belongs to something dropped)."""
    if w.gce is not None:
        w.pieces[w.gce] = b""
        w.gce = None


def _image_end(buf: Buffer, pos: int) -> int:
    """End of one frame: descriptor, optional local colour table, LZW data."""
    if pos + 11 > len(buf):
        raise _Truncated
    packed = buf[pos + 9]
    pos += 10 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0)
    # Sub-blocks after the LZW end code are copied too: see the module docstring.
    _, end = _sub_blocks(buf, pos + 1, collect=False)  # +1: the LZW minimum code size
    return end


def _sub_blocks(buf: Buffer, pos: int, collect: bool = True) -> tuple[list[bytes], int]:
    """The data of a sub-block chain starting at `pos`, and the position after it."""
    n = len(buf)
    blocks: list[bytes] = []
    while True:
        if pos >= n:
            raise _Truncated
        size = buf[pos]
        if size == 0:
            return blocks, pos + 1
        if pos + 1 + size > n:
            raise _Truncated
        if collect:
            blocks.append(bytes(buf[pos + 1 : pos + 1 + size]))
        pos += 1 + size


def _extension(buf: Buffer, pos: int, w: _Walk) -> int:
    """Keep or drop one extension block; return the position after it."""
    if pos + 2 > len(buf):
        raise _Truncated
    col, pieces = w.col, w.pieces
    label = buf[pos + 1]
    blocks, end = _sub_blocks(buf, pos + 2)
    if label == GRAPHIC_CONTROL:  # frame delay, disposal, transparency
        if blocks and len(blocks[0]) >= 4 and w.gce is not None:
            # Decoders use the last one before a frame; the others are just bytes.
            col.add(C.OTHER, "GIF:GraphicControl", "an extra frame timing block")
            _drop_gce(w)
        if blocks and len(blocks[0]) == 4 and len(blocks) == 1:
            w.gce = len(pieces)
            pieces.append((pos, end - pos))
        elif blocks and len(blocks[0]) >= 4:
            w.gce = len(pieces)
            pieces.append(b"\x21\xf9\x04" + blocks[0][:4] + b"\x00")
            col.add(C.OTHER, "GIF:GraphicControl", "extra data in a frame timing block")
        else:
            col.add(C.OTHER, "GIF:GraphicControl", "a damaged frame timing block")
    elif label == PLAIN_TEXT:
        # Text to draw over the picture: no browser or common viewer draws it, so it is
        # a place to hide words. A timing block before it stays: browsers and Pillow
        # apply it to the next frame.
        text = b"".join(blocks[1:]).decode("latin-1")
        col.add(C.OTHER, "GIF:PlainText", text or "an empty text block")
    elif label == COMMENT:
        col.add(C.OTHER, "GIF:Comment", b"".join(blocks))
    elif label == APPLICATION:
        _application(buf, pos, end, blocks, col, pieces)
    else:
        size = sum(len(b) for b in blocks)
        col.add(C.OTHER, "GIF:Extension", f"unknown block 0x{label:02X}, {size} bytes")
    return end


def _application(
    buf: Buffer, pos: int, end: int, blocks: list[bytes], col: Collector, pieces: list[Piece]
) -> None:
    ident = blocks[0] if blocks and len(blocks[0]) == 11 else b""
    if ident in LOOP_APPS:
        loop = [b for b in blocks[1:] if len(b) == 3 and b[0] == 1]
        if loop and len(blocks) == 2:
            pieces.append((pos, end - pos))
            return
        if loop:  # rebuild it with only the loop count
            pieces.append(b"\x21\xff\x0b" + ident + b"\x03" + loop[0] + b"\x00")
        col.add(C.OTHER, "GIF:ApplicationExtension", f"{ident.decode('latin-1')} extra data")
    elif ident == XMP_APP:
        # XMP is stored raw: its own bytes double as sub-block lengths, so read the span.
        xmp_findings(col, buf[pos + 14 : end], "XMP")
    elif ident == ICC_APP:
        name = icc_description(b"".join(blocks[1:])) or "unnamed"
        col.add(C.OTHER, "ICC:Profile", f"{name} (colour profile removed)")
    else:
        label = ident.decode("latin-1") if ident else "unnamed"
        col.add(C.OTHER, "GIF:ApplicationExtension", label)
