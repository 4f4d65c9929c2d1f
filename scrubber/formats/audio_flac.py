"""FLAC cleaner: keep STREAMINFO, SEEKTABLE and the audio frames, drop every other block.

Vorbis comments (and their vendor string, which names the encoder), pictures,
application blocks (which can hold a WAV file's original chunks), cue sheets and unknown
blocks are removed whole; no empty comment block is left behind, because FLAC does not
need one. Padding is kept, zeroed, so a tagger can still add tags in place. Seek points
count from the first audio frame, so they stay valid. ID3v1/APEv2 tags appended by
taggers are removed too.

The audio frames are copied byte for byte. The last frame is checked to end exactly at
the end of the audio (its CRC-16 matches): this is how a file that is cut short, or that
carries unknown data after the audio, is found.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from scrubber import selftest_samples as samples
from scrubber.errors import CorruptFile
from scrubber.formats.audio_tags import trailing_tags, vorbis_comment_findings
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.streams import Buffer, Piece, damage_as, file_bytes, write_pieces
from scrubber.model import Category, CleanOptions, Collector, Report

C = Category
STREAMINFO, PADDING, APPLICATION, SEEKTABLE, COMMENT, CUESHEET, PICTURE = range(7)
KEEP = {STREAMINFO, SEEKTABLE, PADDING}
MAX_CRC_BYTES = 8 << 20  # work spent looking for the last frame before giving up


def _table(poly: int, width: int) -> list[int]:
    top, mask = 1 << (width - 1), (1 << width) - 1
    out = []
    for byte in range(256):
        crc = byte << (width - 8)
        for _ in range(8):
            crc = ((crc << 1) ^ poly) if crc & top else crc << 1
        out.append(crc & mask)
    return out


_CRC8 = _table(0x07, 8)
_CRC16 = _table(0x8005, 16)


def crc8(data: bytes) -> int:
    crc = 0
    for b in data:
        crc = _CRC8[crc ^ b]
    return crc


def crc16(data: bytes) -> int:
    crc = 0
    for b in data:
        crc = ((crc << 8) & 0xFFFF) ^ _CRC16[(crc >> 8) ^ b]
    return crc


@dataclass
class _Scan:
    col: Collector = field(default_factory=Collector)
    blocks: list[tuple[int, bytes | tuple[int, int]]] = field(default_factory=list)
    audio: tuple[int, int] = (0, 0)


FORMAT = Format(
    id="flac",
    name="FLAC",
    kind="audio",
    extensions=(".flac",),
    mime_types=("audio/flac",),
    cleaner=lambda _: FLACCleaner(),
    sample=samples.flac,
)


class FLACCleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head[:4] == b"fLaC"

    def inspect(self, path: Path) -> Report:
        return _scan(path).col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        scan = _scan(src)
        pieces: list[Piece] = [b"fLaC"]
        for i, (kind, body) in enumerate(scan.blocks):
            length = len(body) if isinstance(body, bytes) else body[1]
            last = 0x80 if i == len(scan.blocks) - 1 else 0
            pieces += [bytes([kind | last]) + length.to_bytes(3, "big"), body]
        pieces.append(scan.audio)
        write_pieces(src, out, pieces)
        return scan.col.report(self.name)


def _scan(path: Path) -> _Scan:
    scan = _Scan()
    with damage_as("FLAC"), file_bytes(path) as buf:
        _walk(buf, scan)
    return scan


def _walk(buf: Buffer, scan: _Scan) -> None:
    col = scan.col
    if buf[:4] != b"fLaC":
        raise CorruptFile("this is not a valid FLAC file")
    pos, last, index = 4, False, 0
    max_frame = 0
    while not last:
        if pos + 4 > len(buf):
            raise CorruptFile("the FLAC file is cut short")
        head = buf[pos]
        last, kind = bool(head & 0x80), head & 0x7F
        length = int.from_bytes(buf[pos + 1 : pos + 4], "big")
        start = pos + 4
        pos = start + length
        if pos > len(buf):
            raise CorruptFile("the FLAC file is cut short")
        if (index == 0) != (kind == STREAMINFO) or kind == 127:
            raise CorruptFile("the FLAC file is damaged (its header blocks are not valid)")
        if kind == STREAMINFO:
            if length != 34:
                raise CorruptFile("the FLAC file is damaged (its stream header is not valid)")
            max_frame = int.from_bytes(buf[start + 7 : start + 10], "big")
        index += 1
        if kind in KEEP:
            scan.blocks.append((kind, _kept(col, buf, kind, start, length)))
        else:
            _describe(col, bytes(buf[start:pos]), kind)
    end = trailing_tags(col, buf, pos, len(buf))
    end = _audio_end(col, buf, pos, end, max_frame)
    scan.audio = (pos, end - pos)


def _kept(
    col: Collector, buf: Buffer, kind: int, start: int, length: int
) -> bytes | tuple[int, int]:
    if kind == PADDING and buf[start : start + length].strip(b"\x00"):
        col.add(C.OTHER, "FLAC:PADDING", f"{length} bytes of leftover data in the padding")
        return bytes(length)
    return (start, length)


def _describe(col: Collector, data: bytes, kind: int) -> None:
    if kind == COMMENT:
        before = len(col.findings)
        try:
            vorbis_comment_findings(col, data, "Vorbis")
        except CorruptFile:
            col.add(C.OTHER, "FLAC:VORBIS_COMMENT", "a damaged comment block")
        if len(col.findings) == before:
            col.add(C.OTHER, "FLAC:VORBIS_COMMENT", "an empty comment block")
    elif kind == PICTURE:
        col.add(C.EMBEDDED, "FLAC:PICTURE", _picture(data))
    elif kind == APPLICATION:
        app = data[:4].decode("latin-1")
        col.add(
            C.OTHER, "FLAC:APPLICATION", f"data for the application {app!r} ({len(data)} bytes)"
        )
    elif kind == CUESHEET:
        col.add(C.OTHER, "FLAC:CUESHEET", "a CD cue sheet (catalogue number, track codes)")
    else:
        col.add(C.OTHER, f"FLAC:block{kind}", f"an unknown block ({len(data)} bytes)")


def _picture(data: bytes) -> str:
    """'a picture (N bytes)' plus its description, read with bounds checks."""
    try:
        (mime_len,) = struct.unpack_from(">I", data, 4)
        (desc_len,) = struct.unpack_from(">I", data, 8 + mime_len)
        desc = data[12 + mime_len : 12 + mime_len + desc_len].decode("utf-8", "replace")
    except struct.error:
        desc = ""
    return f"a picture ({len(data)} bytes){': ' + desc if desc else ''}"


def _audio_end(col: Collector, buf: Buffer, start: int, end: int, max_frame: int) -> int:
    """Where the audio frames end: at `end`, or before zero bytes that follow them."""
    if start == end:
        return end  # no audio at all (a header-only file): nothing to check
    if frame_header_length(buf, start) is None:
        raise CorruptFile("the FLAC file is damaged (no audio frame after its header)")
    if _ends_with_frame(buf, start, end, max_frame):
        return end
    stripped = len(bytes(buf[start:end]).rstrip(b"\x00")) + start
    if stripped < end and _ends_with_frame(buf, start, stripped, max_frame):
        return stripped  # zero bytes after the audio: dropped, they hold nothing
    raise CorruptFile("the FLAC file is cut short or has unknown data after its audio")


def _ends_with_frame(buf: Buffer, start: int, end: int, max_frame: int) -> bool:
    """Whether some frame starting near the end runs exactly to `end` (its CRC-16 fits)."""
    # The header's maximum frame size is a hint (some encoders write it wrong or as 0).
    window = max(2 * max_frame + 16, 1 << 16) if max_frame else MAX_CRC_BYTES
    lowest = max(start, end - window)
    budget = MAX_CRC_BYTES
    at = end
    while True:
        at = buf.rfind(b"\xff", lowest, at)
        if at < 0 or budget <= 0:
            return False
        if frame_header_length(buf, at) is not None and at + 2 < end:
            body = bytes(buf[at : end - 2])
            budget -= len(body)
            if crc16(body) == int.from_bytes(buf[end - 2 : end], "big"):
                return True


def frame_header_length(buf: Buffer, pos: int) -> int | None:
    """Length of the FLAC frame header at `pos` when its sync code and CRC-8 are right."""
    b = bytes(buf[pos : pos + 16])
    if len(b) < 6 or b[0] != 0xFF or b[1] & 0xFE != 0xF8:
        return None
    block_code, rate_code = b[2] >> 4, b[2] & 0x0F
    if block_code == 0 or rate_code == 15 or b[3] >> 4 > 10 or b[3] & 1:
        return None
    first = b[4]
    n = next((i for i in range(8) if not first & (0x80 >> i)), 8)
    if n == 1 or n > 7:
        return None  # a continuation byte or 0xFF cannot start the coded number
    size = 1 if n == 0 else n
    if any(c & 0xC0 != 0x80 for c in b[5 : 4 + size]):
        return None
    p = 4 + size + {6: 1, 7: 2}.get(block_code, 0) + {12: 1, 13: 2, 14: 2}.get(rate_code, 0)
    if p >= len(b) or crc8(b[:p]) != b[p]:
        return None
    return p + 1
