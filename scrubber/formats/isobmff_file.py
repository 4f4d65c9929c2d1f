"""Inspecting and cleaning a whole ISO base media file (M4A, MP4, MOV).

Kept at the top level: the file type box, the movie header (rebuilt by isobmff_movie),
the media data and empty padding; everything else goes, bytes after the last box too.
The media data (`mdat`) is copied byte for byte, but only the ranges that the kept
tracks' chunks cover: the samples of dropped tracks (GPS telemetry, timecode...) and any
bytes no track uses are left out. Chunk offsets in the rebuilt header are translated to
where each range lands, so no audio or video sample changes.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats.isobmff import (
    FRAGMENTED,
    PADDING_BOXES,
    Box,
    describe,
    top_boxes,
)
from scrubber.formats.isobmff_movie import Movie, Policy
from scrubber.formats.isobmff_samples import Chunk
from scrubber.formats.streams import Buffer, Piece, damage_as, file_bytes, write_pieces
from scrubber.messages import Message
from scrubber.model import Category, Collector, Report

C = Category
Span = tuple[int, int]  # [start, end) in the source file


@dataclass
class _Scan:
    col: Collector = field(default_factory=Collector)
    top: list[tuple[Box, bool]] = field(default_factory=list)  # (box, kept?) in file order
    moov: Box | None = None


@dataclass
class _Mdat:
    box: Box
    keep: list[Span] = field(default_factory=list)  # merged ranges the kept tracks use

    @property
    def whole(self) -> bool:
        return self.box.body == self.box.end or self.keep == [(self.box.body, self.box.end)]


def inspect(path: Path, policy: Policy) -> Report:
    return _scan(path, policy)[0].col.report(policy.label)


def clean(src: Path, out: BinaryIO, policy: Policy) -> Report:
    scan, pieces = _scan(src, policy, build=True)
    write_pieces(src, out, pieces)
    return scan.col.report(policy.label)


def _scan(path: Path, policy: Policy, build: bool = False) -> tuple[_Scan, list[Piece]]:
    scan = _Scan()
    with damage_as(policy.label), file_bytes(path) as buf:
        _walk(buf, scan, policy)
        assert scan.moov is not None
        moov = scan.moov.payload(buf)
        movie = Movie(scan.col, policy)
        moov_size = len(movie.rebuild(moov))
        kept = [c for t in movie.tracks if t.kept for c in t.chunks]
        other = [c for t in movie.tracks if not t.kept for c in t.chunks]
        mdats = _plan(scan.col, [b for b, _ in scan.top if b.type == "mdat"], kept, other)
        if not build:
            return scan, []
        return scan, _layout(scan, moov, moov_size, mdats, policy)


def _walk(buf: Buffer, scan: _Scan, policy: Policy) -> None:
    col = scan.col
    top = top_boxes(col, buf, policy.label)
    if not top or (policy.need_ftyp and top[0].type != "ftyp"):
        raise CorruptFile(f"this is not a valid {policy.label} file")
    for b in top:
        kept = True
        if b.type in FRAGMENTED:
            raise CleaningRefused(Message("movie.fragments", format=policy.label))
        if b.type == "moov":
            if scan.moov is not None:
                raise CorruptFile(f"the {policy.label} file is damaged (two movie headers)")
            scan.moov = b
        elif b.type == "ftyp":
            kept = b is top[0]
            if not kept:
                col.add(C.OTHER, "MP4:ftyp", "a second file-type box")
        elif b.type in PADDING_BOXES:
            kept = not b.payload(buf).strip(b"\x00")
            if not kept:
                col.add(C.OTHER, f"MP4:{b.type}", f"{b.end - b.start} bytes of leftover data")
        elif b.type != "mdat":
            kept = False
            describe(col, b.type, b.payload(buf), "MP4")
        scan.top.append((b, kept))
    if scan.moov is None:
        raise CorruptFile(f"the {policy.label} file has no movie header (cut short?)")


def _merge(chunks: list[Chunk]) -> list[Span]:
    out: list[Span] = []
    for start, length in sorted(chunks):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], start + length))
        else:
            out.append((start, start + length))
    return out


def _plan(col: Collector, boxes: list[Box], kept: list[Chunk], other: list[Chunk]) -> list[_Mdat]:
    """Which ranges of each media data box stay; the rest is reported."""
    mdats = [_Mdat(b) for b in boxes]
    for start, end in _merge(kept):
        home = next((m for m in mdats if m.box.body <= start and end <= m.box.end), None)
        if home is None:
            raise CorruptFile("the file is damaged (its media is not where the header says)")
        home.keep.append((start, end))
    used = _merge(kept + other)
    unused = 0
    for m in mdats:
        covered = sum(max(0, min(end, m.box.end) - max(start, m.box.body)) for start, end in used)
        unused += m.box.end - m.box.body - covered
    if unused:
        col.add(C.OTHER, "MP4:UnusedMediaData", f"{unused} bytes of media data no track plays")
    return mdats


def _mdat_header(length: int, wide: bool) -> bytes:
    if wide or length + 8 > 0xFFFFFFFF:
        return struct.pack(">I4sQ", 1, b"mdat", length + 16)
    return struct.pack(">I4s", length + 8, b"mdat")


def _layout(
    scan: _Scan, moov: bytes, moov_size: int, mdats: list[_Mdat], policy: Policy
) -> list[Piece]:
    by_start = {m.box.start: m for m in mdats}
    pos = 0
    moved: list[tuple[int, int, int]] = []  # (old start, old end, new start) of kept ranges
    pieces: list[Piece | None] = []  # None: where the new movie header goes
    for b, kept in scan.top:
        if b.type == "moov":
            pieces.append(None)
            pos += moov_size
        elif b.type == "mdat":
            m = by_start[b.start]
            if m.whole:
                moved.append((b.body, b.end, pos + b.head))
                pieces.append((b.start, b.end - b.start))
                pos += b.end - b.start
            elif m.keep:
                head = _mdat_header(sum(e - s for s, e in m.keep), b.head == 16)
                pieces.append(head)
                pos += len(head)
                for start, end in m.keep:
                    moved.append((start, end, pos))
                    pieces.append((start, end - start))
                    pos += end - start
        elif kept:
            pieces.append((b.start, b.end - b.start))
            pos += b.end - b.start
    starts = [old for old, _, _ in moved]

    def translate(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset <= moved[i][1]:
            return offset - moved[i][0] + moved[i][2]
        raise CorruptFile("the file is damaged (its media is not where the header says)")

    new_moov = Movie(Collector(), policy, translate).rebuild(moov)
    if len(new_moov) != moov_size:
        raise CorruptFile("the movie header changed size while being rebuilt")
    return [new_moov if p is None else p for p in pieces]
