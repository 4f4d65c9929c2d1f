"""Ogg Vorbis and Opus cleaner: empty the comment header, keep every audio page's data.

Each logical stream's comment header (tags, METADATA_BLOCK_PICTURE cover art, and the
vendor string, which names the encoder library: blanked too, since players never read
it) is replaced by the smallest valid one, an empty vendor and no comments. The header
pages are laid out afresh; the audio pages after them keep their data and granule
positions byte for byte and only get new sequence numbers and checksums when the header
now takes a different number of pages. Chained and multiplexed files are handled stream
by stream; streams other than Vorbis and Opus (video, Speex, Ogg FLAC) are refused.
Bytes between or after pages are dropped.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from scrubber import selftest_samples as samples
from scrubber.errors import CorruptFile, UnsupportedFormat
from scrubber.formats.audio_tags import vorbis_comment_findings
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.streams import Buffer, Piece, damage_as, file_bytes, write_pieces
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector, Report

C = Category
HEADER = 27  # fixed part of a page header, before the segment table
BOS, EOS, CONTINUED = 0x02, 0x04, 0x01
NO_GRANULE = b"\xff" * 8
VORBIS_ID, OPUS_ID = b"\x01vorbis", b"OpusHead"
# The smallest valid comment headers: an empty vendor string and no comments.
EMPTY_COMMENTS = {
    "vorbis": b"\x03vorbis" + bytes(8) + b"\x01",  # ends with the framing bit
    "opus": b"OpusTags" + bytes(8),
}
_REVERSED = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))


def ogg_crc(data: bytes) -> int:
    """Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected), computed by zlib in C.

    zlib's CRC-32 is the bit-reflected form of the same polynomial: reflecting every byte
    of the input and then the 32-bit result gives the unreflected CRC.
    """
    raw = zlib.crc32(data.translate(_REVERSED), 0xFFFFFFFF) ^ 0xFFFFFFFF
    return int.from_bytes(raw.to_bytes(4, "little").translate(_REVERSED), "big")


@dataclass
class _Page:
    offset: int
    flags: int
    serial: int
    seq: int
    lacing: bytes
    length: int  # header + segment table + data


@dataclass
class _Stream:
    codec: str
    needed: int  # number of header packets
    packets: list[bytes] = field(default_factory=list)
    partial: bytearray = field(default_factory=bytearray)
    pages: list[int] = field(default_factory=list)  # header pages after the first
    ended: bool = False
    rewrite: bool = False
    delta: int = 0  # change in page count once the header is laid out afresh

    @property
    def done(self) -> bool:
        return len(self.packets) >= self.needed


@dataclass
class _Scan:
    col: Collector = field(default_factory=Collector)
    pages: list[_Page] = field(default_factory=list)
    owner: list[_Stream] = field(default_factory=list)  # the stream of each page


class OggCleaner(Cleaner):
    """One Ogg codec family; the walk itself handles Vorbis and Opus streams alike."""

    lossless = True

    def __init__(self, name: str, extensions: tuple[str, ...], magic: bytes) -> None:
        self.name = name
        self.extensions = extensions
        self._magic = magic

    def sniff(self, head: bytes) -> bool:
        if head[:4] != b"OggS" or len(head) < HEADER + 1:
            return False
        start = HEADER + head[26]
        return head[start : start + len(self._magic)] == self._magic

    def inspect(self, path: Path) -> Report:
        return _scan(path).col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        scan = _scan(src)
        with file_bytes(src) as buf:
            pieces = _layout(buf, scan)
        write_pieces(src, out, pieces)
        return scan.col.report(self.name)


VORBIS: Format = Format(
    id="vorbis",
    name="Ogg Vorbis",
    kind="audio",
    extensions=(".ogg", ".oga"),
    mime_types=("audio/ogg", "audio/x-vorbis+ogg"),
    cleaner=lambda _: OggCleaner(VORBIS.name, VORBIS.extensions, VORBIS_ID),
    sample=samples.vorbis,
)
OPUS: Format = Format(
    id="opus",
    name="Opus",
    kind="audio",
    extensions=(".opus", ".ogg"),
    mime_types=("audio/x-opus+ogg",),
    cleaner=lambda _: OggCleaner(OPUS.name, OPUS.extensions, OPUS_ID),
    sample=samples.opus,
)


def _scan(path: Path) -> _Scan:
    scan = _Scan()
    with damage_as("Ogg"), file_bytes(path) as buf:
        _walk(buf, scan)
    return scan


def _walk(buf: Buffer, scan: _Scan) -> None:
    col = scan.col
    streams: dict[int, _Stream] = {}
    pos = 0
    while pos < len(buf):
        if buf[pos : pos + 4] != b"OggS":
            nxt = buf.find(b"OggS", pos)
            if nxt < 0:
                col.add(C.EMBEDDED, "Ogg:trailer", f"{len(buf) - pos} bytes after the audio")
                break
            col.add(C.OTHER, "Ogg:junk", f"{nxt - pos} bytes between pages")
            pos = nxt
        if streams and all(s.done for s in streams.values()) and _cut_short(buf, pos):
            # Players skip a page they cannot check, so nothing audible is lost.
            col.add(C.OTHER, "Ogg:cut", f"a last page cut short ({len(buf) - pos} bytes)")
            break
        page = _page_at(buf, pos)
        stream = _stream_for(buf, page, streams)
        if not stream.done:
            _header_page(col, buf, page, stream, first=bool(page.flags & BOS))
        if page.flags & EOS:
            stream.ended = True
        scan.pages.append(page)
        scan.owner.append(stream)
        pos += page.length
    if not streams:
        raise CorruptFile("the Ogg file holds no audio")
    if any(not s.done for s in streams.values()):
        raise CorruptFile("the Ogg file is cut short (inside its header)")


def _cut_short(buf: Buffer, pos: int) -> bool:
    """Whether the page at `pos` runs past the end of the file."""
    if pos + HEADER > len(buf):
        return True
    count = buf[pos + 26]
    lacing = buf[pos + HEADER : pos + HEADER + count]
    return len(lacing) < count or pos + HEADER + count + sum(lacing) > len(buf)


def _page_at(buf: Buffer, pos: int) -> _Page:
    if pos + HEADER > len(buf):
        raise CorruptFile("the Ogg file is cut short")
    version, flags, serial, seq, crc, count = struct.unpack_from("<BB8xIIIB", buf, pos + 4)
    if version != 0:
        raise CorruptFile("the Ogg file is damaged (unknown page version)")
    lacing = bytes(buf[pos + HEADER : pos + HEADER + count])
    length = HEADER + count + sum(lacing)
    if len(lacing) < count or pos + length > len(buf):
        raise CorruptFile("the Ogg file is cut short")
    raw = bytes(buf[pos : pos + length])
    if ogg_crc(raw[:22] + bytes(4) + raw[26:]) != crc:
        raise CorruptFile("the Ogg file is damaged (a page checksum is wrong)")
    return _Page(pos, flags, serial, seq, lacing, length)


def _stream_for(buf: Buffer, page: _Page, streams: dict[int, _Stream]) -> _Stream:
    if page.flags & BOS:
        old = streams.get(page.serial)
        if old is not None and not old.ended:
            raise CorruptFile("the Ogg file is damaged (a stream starts twice)")
        data = bytes(buf[page.offset + HEADER + len(page.lacing) : page.offset + page.length])
        if data.startswith(VORBIS_ID):
            stream = _Stream("vorbis", 3)
        elif data.startswith(OPUS_ID):
            stream = _Stream("opus", 2)
        else:
            raise UnsupportedFormat(Message("ogg.unsupported"))
        streams[page.serial] = stream
        return stream
    known = streams.get(page.serial)
    if known is None:
        raise CorruptFile("the Ogg file is damaged (a page belongs to no stream)")
    return known


def _header_page(col: Collector, buf: Buffer, page: _Page, stream: _Stream, first: bool) -> None:
    """Collect the header packets a page holds; they must end exactly where the page ends."""
    continued = bool(page.flags & CONTINUED)
    if continued != bool(stream.partial) or (first and continued):
        raise CorruptFile("the Ogg file is damaged (a packet is split wrongly)")
    if not first:
        stream.pages.append(page.offset)
    pos = page.offset + HEADER + len(page.lacing)
    for i, size in enumerate(page.lacing):
        stream.partial += buf[pos : pos + size]
        pos += size
        if size == 255:
            continue
        stream.packets.append(bytes(stream.partial))
        stream.partial.clear()
        at_page_end = i == len(page.lacing) - 1
        # The identification header fills the first page alone, and the last header
        # packet ends its page: audio never shares a page with a header.
        if (len(stream.packets) == 1 or stream.done) and not at_page_end:
            raise CorruptFile("the Ogg file is damaged (its header pages are not laid out right)")
        if stream.done:
            _comment(col, stream)
            return


def _comment(col: Collector, stream: _Stream) -> None:
    packet = stream.packets[1]
    empty = EMPTY_COMMENTS[stream.codec]
    if packet == empty:
        return
    stream.rewrite = True
    where = "Vorbis" if stream.codec == "vorbis" else "Opus"
    magic = empty[:7] if stream.codec == "vorbis" else empty[:8]
    if stream.codec == "vorbis" and not stream.packets[2].startswith(b"\x05vorbis"):
        raise CorruptFile("the Ogg file is damaged (its Vorbis set-up header is missing)")
    before = len(col.findings)
    if not packet.startswith(magic):
        raise CorruptFile("the Ogg file is damaged (its comment header is missing)")
    try:
        used = len(magic) + vorbis_comment_findings(col, packet[len(magic) :], where)
    except CorruptFile:
        col.add(C.OTHER, f"{where}:comments", "a damaged comment header")
        return
    rest = packet[used:]
    if stream.codec == "vorbis" and rest[:1] == b"\x01":
        rest = rest[1:]
    if rest:
        col.add(C.OTHER, f"{where}:extra", f"{len(rest)} bytes after the comments")
    if len(col.findings) == before:
        col.add(C.OTHER, f"{where}:comments", "a comment header in an unusual form")


def _layout(buf: Buffer, scan: _Scan) -> list[Piece]:
    """The output: rewritten header pages, renumbered pages, the rest copied as it is."""
    pieces: list[Piece] = []
    written: set[int] = set()  # ids of streams whose new header pages are written
    for page, stream in zip(scan.pages, scan.owner, strict=True):
        if stream.rewrite and page.offset in stream.pages:
            if id(stream) not in written:
                written.add(id(stream))
                pieces += _new_header_pages(buf, scan, stream, page)
            continue
        if stream.delta:
            raw = bytearray(buf[page.offset : page.offset + page.length])
            struct.pack_into("<I", raw, 18, (page.seq + stream.delta) & 0xFFFFFFFF)
            pieces.append(_with_crc(raw))
        else:
            pieces.append((page.offset, page.length))
    return pieces


def _new_header_pages(buf: Buffer, scan: _Scan, stream: _Stream, first: _Page) -> list[Piece]:
    old = [p for p in scan.pages if p.offset in stream.pages]
    eos = any(p.flags & EOS for p in old)
    packets = [EMPTY_COMMENTS[stream.codec], *stream.packets[2:]]
    pages = paginate(first.serial, first.seq, packets, eos)
    stream.delta = len(pages) - len(old)
    return list(pages)


def paginate(serial: int, seq: int, packets: list[bytes], eos: bool = False) -> list[bytes]:
    """Lay packets out on pages of at most 255 segments; header pages have granule 0."""
    out: list[bytes] = []
    lacing: list[int] = []
    data = bytearray()
    continued = ended = False

    def flush(last: bool) -> None:
        flags = (CONTINUED if continued else 0) | (EOS if last and eos else 0)
        granule = bytes(8) if ended else NO_GRANULE
        head = b"OggS\x00" + bytes([flags]) + granule + struct.pack("<II", serial, seq + len(out))
        out.append(
            _with_crc(bytearray(head + bytes(4) + bytes([len(lacing)]) + bytes(lacing) + data))
        )

    for packet in packets:
        values = [255] * (len(packet) // 255) + [len(packet) % 255]
        offset = 0
        for value in values:
            if len(lacing) == 255:
                flush(last=False)
                continued = lacing[-1] == 255
                lacing, data, ended = [], bytearray(), False
            lacing.append(value)
            data += packet[offset : offset + value]
            offset += value
            ended = ended or value < 255
    flush(last=True)
    return out


def _with_crc(page: bytearray) -> bytes:
    page[22:26] = bytes(4)
    struct.pack_into("<I", page, 22, ogg_crc(bytes(page)))
    return bytes(page)
