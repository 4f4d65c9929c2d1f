"""MP3 cleaner: keep the MPEG audio frames byte for byte, drop every tag around them.

The file is walked frame by frame, each frame's length computed from its header, so
what stays is exactly the run of audio frames: ID3v2 tags at the start (cover art,
PRIV, GEOB, comments and all), ID3v2 tags between or after the frames, and ID3v1,
APEv2 and Lyrics3 tags appended at the end are all outside it and left behind, as is
anything else that is not a frame. Damaged audio is not "anything else": a frame cut
short, and frames of a second recording joined on (another sample rate), stay.

The first frame may be a Xing/Info header (frame count, seek table, encoder delay for
gapless playback) whose LAME extension names the encoder library, e.g. "LAME3.100". It
is kept: it is part of the audio stream, players rely on it, and LAME also writes its
name into the padding of the audio frames themselves, which is not ours to change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NoReturn

from scrubber import selftest_samples as samples
from scrubber.errors import CorruptFile, UnsupportedFormat
from scrubber.formats.audio_tags import (
    ID3V1,
    id3v2_findings,
    id3v2_length,
    trailing_tags,
)
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.streams import Buffer, Piece, damage_as, file_bytes, write_pieces
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector, Report

C = Category

# Bitrates in kbit/s by (MPEG-1?, layer) and the 4-bit index; 0 = free format.
_BITRATES = {
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_BITRATES[(False, 3)] = _BITRATES[(False, 2)]
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


@dataclass(frozen=True)
class FrameHeader:
    version: int  # 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
    layer: int
    rate_index: int
    mono: bool
    length: int

    def same_stream(self, other: FrameHeader) -> bool:
        return (self.version, self.layer, self.rate_index) == (
            other.version,
            other.layer,
            other.rate_index,
        )


def frame_header(head: bytes | Buffer, pos: int = 0) -> FrameHeader | None:
    """The MPEG audio frame header at `pos`, or None when those bytes are not one."""
    raw = head[pos : pos + 4]
    if len(raw) < 4 or raw[0] != 0xFF or raw[1] & 0xE0 != 0xE0:
        return None
    version, layer_bits = (raw[1] >> 3) & 3, (raw[1] >> 1) & 3
    bitrate_index, rate_index = raw[2] >> 4, (raw[2] >> 2) & 3
    if version == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None  # reserved values; free-format streams are not supported
    layer = 4 - layer_bits
    mpeg1 = version == 3
    bitrate = _BITRATES[(mpeg1, layer)][bitrate_index] * 1000
    rate = _RATES[version][rate_index]
    padding = (raw[2] >> 1) & 1
    if layer == 1:
        length = (12 * bitrate // rate + padding) * 4
    elif layer == 3 and not mpeg1:
        length = 72 * bitrate // rate + padding
    else:
        length = 144 * bitrate // rate + padding
    return FrameHeader(version, layer, rate_index, raw[3] >> 6 == 3, length)


@dataclass
class _Scan:
    col: Collector = field(default_factory=Collector)
    pieces: list[Piece] = field(default_factory=list)


FORMAT = Format(
    id="mp3",
    name="MP3",
    kind="audio",
    extensions=(".mp3",),
    mime_types=("audio/mpeg",),
    cleaner=lambda _: MP3Cleaner(),
    sample=samples.mp3,
)


class MP3Cleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = True

    def sniff(self, head: bytes) -> bool:
        if head[:3] == b"ID3":
            return id3v2_length(head, 0) is not None
        return frame_header(head) is not None

    def inspect(self, path: Path) -> Report:
        return _scan(path).col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        scan = _scan(src)
        write_pieces(src, out, scan.pieces)
        return scan.col.report(self.name)


def _scan(path: Path) -> _Scan:
    scan = _Scan()
    with damage_as("MP3"), file_bytes(path) as buf:
        _walk(buf, scan)
    return scan


def _walk(buf: Buffer, scan: _Scan) -> None:
    col = scan.col
    pos = 0
    while buf[pos : pos + 3] == b"ID3":
        pos = _id3_at(buf, pos, col)
    end = trailing_tags(col, buf, pos, len(buf))
    first = _sync(buf, pos, end, None)
    if first is None:
        _no_audio(buf, pos)
    opening = frame_header(buf, pos)
    if opening is not None and first < pos + opening.length:
        first = pos  # the first frame is cut short: it is audio all the same
    if first > pos == 0:
        raise UnsupportedFormat(Message("file.unsupported"))
    if first > pos:
        _junk(col, buf, pos, first)
    header = frame_header(buf, first)
    assert header is not None
    _xing(col, buf, first, header)
    cur, run_start = first, first
    while cur < end:
        # A header must end before the tags: one read across into them would leave its
        # first bytes in the copy, where they are no frame at all.
        frame = frame_header(buf, cur) if end - cur >= 4 else None
        if frame is not None and (frame.same_stream(header) or _chains(buf, cur, end, frame)):
            cur = _next_frame(buf, cur, end, frame, header)
            continue
        if cur > run_start:
            scan.pieces.append((run_start, cur - run_start))
        if buf[cur : cur + 3] == b"ID3" and id3v2_length(buf, cur):
            nxt = _id3_at(buf, cur, col)
        elif buf[cur : cur + 3] == b"TAG" and end - cur >= ID3V1:
            col.add(C.OTHER, "ID3v1:tag", "an ID3v1 tag between audio frames")
            nxt = cur + ID3V1
        else:
            found = _sync(buf, cur, end, header) if end - cur >= 4 else None
            nxt = end if found is None else found
            _junk(col, buf, cur, nxt)
        cur = run_start = min(nxt, end)
    if end > run_start:
        scan.pieces.append((run_start, min(cur, end) - run_start))


def _chains(buf: Buffer, pos: int, end: int, frame: FrameHeader) -> bool:
    """Whether the frame at `pos` ends where a frame of its stream, a tag or the audio ends."""
    nxt = pos + frame.length
    if nxt >= end or buf[nxt : nxt + 3] in (b"ID3", b"TAG", b"APE"):
        return True
    follow = frame_header(buf, nxt)
    return follow is not None and follow.same_stream(frame)


def _next_frame(buf: Buffer, pos: int, end: int, frame: FrameHeader, like: FrameHeader) -> int:
    """Where the frame after the one at `pos` starts.

    A frame cut short (a damaged download, two recordings joined) announces a length
    that runs into the next frame. Stepping over that length would take the next
    frame's start for junk and drop the rest of it, which is real audio. So when the
    announced end is no frame, a frame chain starting inside this one wins; the cut
    frame stays as it is (players skip what they cannot decode).
    """
    nxt = pos + frame.length
    if _chains(buf, pos, end, frame):
        return nxt  # a cut-short last frame is kept as it is: it is audio
    inside = _sync(buf, pos + 1, min(nxt, end), like)
    return nxt if inside is None else inside


def _id3_at(buf: Buffer, pos: int, col: Collector) -> int:
    length = id3v2_length(buf, pos)
    if length is None:
        raise CorruptFile("the MP3 file has a damaged ID3 tag")
    if pos + length > len(buf):
        raise CorruptFile("the MP3 file is cut short (inside its ID3 tag)")
    id3v2_findings(col, buf[pos : pos + length], "ID3")
    return pos + length


def _sync(buf: Buffer, pos: int, end: int, like: FrameHeader | None) -> int | None:
    """The first frame at or after `pos` that is followed by another frame or a tag.

    Inside junk (or a file that is not MP3 at all: UTF-16 text starts with bytes that
    read as a frame header), one header-like pattern can be chance; a frame whose end
    is where another frame, a tag or the end of the audio begins is not.
    """
    while True:
        at = buf.find(b"\xff", pos, end)
        if at < 0:
            return None
        frame = frame_header(buf, at)
        if frame is not None and (like is None or frame.same_stream(like)):
            nxt = at + frame.length
            if nxt >= end or buf[nxt : nxt + 3] in (b"ID3", b"TAG", b"APE"):
                return at
            follow = frame_header(buf, nxt)
            if follow is not None and follow.same_stream(frame):
                return at
        pos = at + 1


def _junk(col: Collector, buf: Buffer, start: int, end: int) -> None:
    data = buf[start:end]
    if data.strip(b"\x00"):
        col.add(C.OTHER, "MP3:junk", f"{end - start} bytes that are not audio")


def _no_audio(buf: Buffer, pos: int) -> NoReturn:
    after = buf[pos : pos + 4]
    if pos == 0:  # no tag either: the first bytes only looked like MP3
        raise UnsupportedFormat(Message("file.unsupported"))
    if after == b"fLaC":
        raise UnsupportedFormat(Message("flac.id3"))
    if after[:2] in (b"\xff\xf1", b"\xff\xf9"):
        raise UnsupportedFormat(Message("aac.raw"))
    raise CorruptFile("no MP3 audio was found in this file")


def _xing(col: Collector, buf: Buffer, start: int, header: FrameHeader) -> None:
    """Name the encoder a Xing/Info header records; it is kept (see the module docstring)."""
    if header.layer != 3:
        return
    side = (17 if header.mono else 32) if header.version == 3 else (9 if header.mono else 17)
    at = start + 4 + side
    if buf[at : at + 4] not in (b"Xing", b"Info"):
        return
    flags = int.from_bytes(buf[at + 4 : at + 8], "big")
    skip = 8 + 4 * bool(flags & 1) + 4 * bool(flags & 2) + 100 * bool(flags & 4)
    skip += 4 * bool(flags & 8)
    encoder = bytes(buf[at + skip : at + skip + 9]).rstrip(b"\x00 ")
    if encoder and all(32 <= b < 127 for b in encoder):
        col.keep("MP3:encoder", encoder.decode("ascii"))
