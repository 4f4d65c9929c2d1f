"""WAV and AIFF cleaners: rebuild the chunk list from the chunks that hold the sound.

WAV keeps `fmt `, `fact` and `data`; AIFF keeps `COMM`, `SSND`, `FVER` and `CHAN`. The
kept chunks are copied byte for byte, so the samples are untouched. Everything else
goes: RIFF INFO lists (artist, software, dates), cue labels, embedded ID3 tags, the
Broadcast Wave `bext` chunk (recorder name, date, UMID, coding history), iXML, cart,
XMP, AIFF name/author/copyright/annotation/comment chunks, application data, unknown
chunks and anything after the end of the container. Zero-filled `JUNK` padding, which
recorders reserve to grow the header later, stays.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from scrubber import selftest_samples as samples
from scrubber.errors import CorruptFile
from scrubber.formats.audio_tags import id3v2_findings, id3v2_length
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.streams import (
    Buffer,
    Piece,
    damage_as,
    file_bytes,
    pieces_length,
    write_pieces,
)
from scrubber.formats.xmp import xmp_findings
from scrubber.model import Category, CleanOptions, Collector, Report

C = Category

INFO_CATEGORIES: dict[bytes, Category] = {
    **dict.fromkeys([b"IART", b"ICOP", b"IENG", b"ITCH", b"ICMS", b"ISRC"], C.PERSON),
    **dict.fromkeys([b"ICRD", b"IDIT"], C.TIME),
    b"ISFT": C.SOFTWARE,
}
AIFF_CATEGORIES: dict[bytes, Category] = {
    b"AUTH": C.PERSON,
    b"(c) ": C.PERSON,
    b"APPL": C.SOFTWARE,
}


@dataclass(frozen=True)
class _Form:
    name: str
    magic: bytes
    kinds: tuple[bytes, ...]
    order: str  # struct byte order of the sizes
    keep: frozenset[bytes]
    required: frozenset[bytes]
    padding: frozenset[bytes]  # chunks kept only while they hold nothing but zeros


WAV = _Form(
    "WAV",
    b"RIFF",
    (b"WAVE",),
    "<",
    frozenset({b"fmt ", b"fact", b"data"}),
    frozenset({b"fmt ", b"data"}),
    frozenset({b"JUNK", b"junk", b"PAD ", b"pad "}),
)
AIFF = _Form(
    "AIFF",
    b"FORM",
    (b"AIFF", b"AIFC"),
    ">",
    frozenset({b"COMM", b"SSND", b"FVER", b"CHAN"}),
    frozenset({b"COMM"}),
    frozenset(),
)


@dataclass
class _Scan:
    col: Collector = field(default_factory=Collector)
    pieces: list[Piece] = field(default_factory=list)


class ChunkCleaner(Cleaner):
    lossless = True

    def __init__(self, form: _Form, extensions: tuple[str, ...]) -> None:
        self._form = form
        self.name = form.name
        self.extensions = extensions

    def sniff(self, head: bytes) -> bool:
        return head[:4] == self._form.magic and head[8:12] in self._form.kinds

    def inspect(self, path: Path) -> Report:
        return _scan(path, self._form).col.report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        scan = _scan(src, self._form)
        with open(src, "rb") as f:
            head = f.read(12)
        total = 4 + pieces_length(scan.pieces)
        pieces: list[Piece] = [head[:4] + struct.pack(self._form.order + "I", total) + head[8:12]]
        write_pieces(src, out, pieces + scan.pieces)
        return scan.col.report(self.name)


WAV_FORMAT: Format = Format(
    id="wav",
    name=WAV.name,
    kind="audio",
    extensions=(".wav", ".wave", ".bwf"),
    mime_types=("audio/x-wav",),
    cleaner=lambda _: ChunkCleaner(WAV, WAV_FORMAT.extensions),
    sample=samples.wav,
)
AIFF_FORMAT: Format = Format(
    id="aiff",
    name=AIFF.name,
    kind="audio",
    extensions=(".aiff", ".aif", ".aifc"),
    mime_types=("audio/x-aiff", "audio/x-aifc"),
    cleaner=lambda _: ChunkCleaner(AIFF, AIFF_FORMAT.extensions),
    sample=samples.aiff,
)


def _scan(path: Path, form: _Form) -> _Scan:
    scan = _Scan()
    with damage_as(form.name), file_bytes(path) as buf:
        _walk(buf, form, scan)
    return scan


def _walk(buf: Buffer, form: _Form, scan: _Scan) -> None:
    col, name = scan.col, form.name
    if len(buf) < 12 or buf[:4] != form.magic or buf[8:12] not in form.kinds:
        raise CorruptFile(f"this is not a valid {name} file")
    end = 8 + struct.unpack(form.order + "I", buf[4:8])[0]
    if end > len(buf):
        raise CorruptFile(f"the {name} file is cut short (or its recording was not finished)")
    if len(buf) > end:
        col.add(C.EMBEDDED, f"{name}:trailer", f"{len(buf) - end} bytes after the sound")
    seen: set[bytes] = set()
    pos = 12
    while end - pos >= 8:
        fourcc = bytes(buf[pos : pos + 4])
        (length,) = struct.unpack(form.order + "I", buf[pos + 4 : pos + 8])
        if not all(32 <= b < 127 for b in fourcc):
            raise CorruptFile(f"the {name} file is damaged (a chunk header is not valid)")
        if pos + 8 + length > end:
            raise CorruptFile(f"the {name} file is cut short")
        # Odd sizes are followed by a pad byte; some writers leave it off the last chunk.
        size = min(8 + length + (length & 1), end - pos)
        if fourcc in form.keep and fourcc not in seen:
            seen.add(fourcc)
            scan.pieces.append((pos, size))
        elif fourcc in form.padding and not buf[pos + 8 : pos + 8 + length].strip(b"\x00"):
            scan.pieces.append((pos, size))
        elif fourcc in form.keep:
            col.add(C.EMBEDDED, f"{name}:{_label(fourcc)}", f"a second {_label(fourcc)} chunk")
        else:
            _describe(col, form, fourcc, bytes(buf[pos + 8 : pos + 8 + length]))
        pos += size
    if end > pos:
        col.add(C.OTHER, f"{name}:stray", f"{end - pos} stray bytes at the end")
    missing = form.required - seen
    if missing:
        what = ", ".join(sorted(_label(m) for m in missing))
        raise CorruptFile(f"the {name} file is damaged (it has no {what} chunk)")


def _label(fourcc: bytes) -> str:
    return fourcc.decode("ascii").strip() or "blank"


def _describe(col: Collector, form: _Form, fourcc: bytes, data: bytes) -> None:
    name = form.name
    before = len(col.findings)
    if fourcc in (b"id3 ", b"ID3 ") and id3v2_length(data, 0):
        id3v2_findings(col, data, "ID3")
    elif fourcc == b"_PMX":
        xmp_findings(col, data, "XMP")
    elif form is WAV and fourcc == b"LIST":
        _list(col, data)
    elif form is WAV and fourcc == b"bext":
        _bext(col, data)
    elif form is AIFF and fourcc in (b"NAME", b"AUTH", b"(c) ", b"ANNO"):
        category = AIFF_CATEGORIES.get(fourcc, C.OTHER)
        col.add(category, f"AIFF:{_label(fourcc)}", data.decode("latin-1"))
    elif form is AIFF and fourcc == b"APPL":
        col.add(C.SOFTWARE, "AIFF:APPL", f"data for the application {data[:4].decode('latin-1')!r}")
    if len(col.findings) == before:
        col.add(C.OTHER, f"{name}:{_label(fourcc)}", f"{len(data)} bytes")


def _list(col: Collector, data: bytes) -> None:
    if data[:4] != b"INFO":
        col.add(
            C.OTHER, f"WAV:LIST-{_label(data[:4]) if len(data) >= 4 else ''}", f"{len(data)} bytes"
        )
        return
    pos = 4
    while pos + 8 <= len(data):
        key, length = data[pos : pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        value = data[pos + 8 : pos + 8 + length].split(b"\x00")[0]
        if all(32 <= b < 127 for b in key):
            col.add(
                INFO_CATEGORIES.get(key, C.OTHER), f"RIFF:{_label(key)}", value.decode("latin-1")
            )
        pos += 8 + length + (length & 1)


def _bext(col: Collector, data: bytes) -> None:
    """Broadcast Wave: fixed-width text fields, then a UMID and the coding history."""

    def text(start: int, length: int) -> str:
        return data[start : start + length].split(b"\x00")[0].decode("latin-1").strip()

    fields = [
        (C.OTHER, "Description", text(0, 256)),
        (C.DEVICE, "Originator", text(256, 32)),
        (C.DEVICE, "OriginatorReference", text(288, 32)),
        (C.TIME, "OriginationDate", f"{text(320, 10)} {text(330, 8)}".strip()),
        (C.DEVICE, "UMID", data[348:412].hex() if data[348:412].strip(b"\x00") else ""),
        (C.SOFTWARE, "CodingHistory", text(602, len(data))),
    ]
    for category, key, value in fields:
        if value:
            col.add(category, f"BWF:{key}", value)
