"""GIF cleaner: walk the block structure and keep only what the picture needs.

Frames (image descriptors, colour tables and LZW data) are copied byte for byte, so the
pixels cannot change. Of the extensions only frame timing/transparency, plain text (it is
visible content) and the looping instruction survive; comments, XMP, ICC profiles and
other application blocks go, and so does anything after the trailer.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from scrubber.errors import CorruptFile
from scrubber.formats.metadata import icc_description, xmp_findings
from scrubber.formats.streams import Buffer, mapped
from scrubber.model import Category, CleanOptions, Collector, Report

C = Category
SIGNATURES = (b"GIF87a", b"GIF89a")
IMAGE, EXTENSION, TRAILER = 0x2C, 0x21, 0x3B
GRAPHIC_CONTROL, PLAIN_TEXT, COMMENT, APPLICATION = 0xF9, 0x01, 0xFE, 0xFF
LOOP_APPS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")
XMP_APP, ICC_APP = b"XMP DataXMP", b"ICCRGBG1012"

# A piece of the output: a span of the source, or fresh bytes.
Piece = tuple[int, int] | bytes


class _Truncated(Exception):
    """The file ended inside a block."""


class GIFCleaner:
    name = "GIF"
    extensions: tuple[str, ...] = (".gif",)
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head[:6] in SIGNATURES

    def inspect(self, path: Path) -> Report:
        col = Collector()
        with mapped(path) as buf:
            _walk(buf, col)
        return col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        col = Collector()
        with mapped(src) as buf:
            for piece in _walk(buf, col):
                out.write(piece if isinstance(piece, bytes) else buf[piece[0] : piece[1]])
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
    pieces: list[Piece] = [(0, pos)]
    complete = 0  # pieces up to and including the last complete frame
    try:
        while True:
            if pos >= n:
                raise _Truncated
            kind = buf[pos]
            if kind == IMAGE:
                end = _image_end(buf, pos)
                pieces.append((pos, end))
                complete, pos = len(pieces), end
            elif kind == EXTENSION:
                pos = _extension(buf, pos, col, pieces)
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
                break
    except _Truncated:
        if not complete:
            raise CorruptFile("the GIF file is cut short before its first frame") from None
        del pieces[complete:]
        col.warnings.append("the GIF file was cut short; its complete frames were kept")
    if not complete:
        raise CorruptFile("the GIF file holds no picture")
    pieces.append(bytes((TRAILER,)))
    return pieces


def _image_end(buf: Buffer, pos: int) -> int:
    """End of one frame: descriptor, optional local colour table, LZW data."""
    if pos + 11 > len(buf):
        raise _Truncated
    packed = buf[pos + 9]
    pos += 10 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0)
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


def _extension(buf: Buffer, pos: int, col: Collector, pieces: list[Piece]) -> int:
    """Keep or drop one extension block; return the position after it."""
    if pos + 2 > len(buf):
        raise _Truncated
    label = buf[pos + 1]
    blocks, end = _sub_blocks(buf, pos + 2)
    if label == GRAPHIC_CONTROL:  # frame delay, disposal, transparency
        if blocks and len(blocks[0]) == 4 and len(blocks) == 1:
            pieces.append((pos, end))
        elif blocks and len(blocks[0]) >= 4:
            pieces.append(b"\x21\xf9\x04" + blocks[0][:4] + b"\x00")
            col.add(C.OTHER, "GIF:GraphicControl", "extra data in a frame timing block")
        else:
            col.add(C.OTHER, "GIF:GraphicControl", "a damaged frame timing block")
    elif label == PLAIN_TEXT:
        pieces.append((pos, end))  # text drawn on the picture: visible, so it stays
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
            pieces.append((pos, end))
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
