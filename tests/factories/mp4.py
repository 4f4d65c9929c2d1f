"""Reading and editing ISO BMFF boxes (MP4, MOV, M4A, 3GP) in test files: find a box,
grow one, insert media data with the chunk offsets kept right."""

from __future__ import annotations

import struct
from pathlib import Path


def mp4_boxes(data: bytes, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(type, start, end) of each box in data[start:end] (32-bit sizes only: test files)."""
    end = len(data) if end is None else end
    out, pos = [], start
    while pos < end:
        size, typ = struct.unpack(">I4s", data[pos : pos + 8])
        size = end - pos if size == 0 else size
        out.append((typ.decode("latin-1"), pos, pos + size))
        pos += size
    return out


def mp4_path(data: bytes, *names: str) -> tuple[int, int]:
    """(start, end) of the box reached by following `names` from the top level."""
    start, end = 0, len(data)
    for i, name in enumerate(names):
        inner = start + 8 if i else start
        found = [b for b in mp4_boxes(data, inner, end) if b[0] == name]
        assert found, f"no {name} box"
        _, start, end = found[0]
    return start, end


def mp4_box(typ: str, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + typ.encode("latin-1") + payload


def grow_box(data: bytes, names: tuple[str, ...], extra: bytes) -> bytes:
    """Append `extra` inside the box at `names`, fixing the sizes of it and its parents."""
    out = bytearray(data)
    _, end = mp4_path(data, *names)
    out[end:end] = extra
    for depth in range(1, len(names) + 1):
        start, _ = mp4_path(data, *names[:depth])
        (size,) = struct.unpack(">I", out[start : start + 4])
        struct.pack_into(">I", out, start, size + len(extra))
    return bytes(out)


def write_file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def mp4_traks(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every track box in the movie header."""
    start, end = mp4_path(data, "moov")
    return [(s, e) for t, s, e in mp4_boxes(data, start + 8, end) if t == "trak"]


def mp4_table(data: bytes, trak: tuple[int, int], *names: str) -> tuple[int, int] | None:
    """(start, end) of the box below a track at `names` (e.g. mdia, minf, stbl, stco)."""
    start, end = trak
    for name in names:
        found = [b for b in mp4_boxes(data, start + 8, end) if b[0] == name]
        if not found:
            return None
        _, start, end = found[0]
    return start, end


def shift_chunks(data: bytes, at: int, delta: int) -> bytes:
    """Every chunk offset at or after `at` moved by `delta` (what inserting bytes needs)."""
    out = bytearray(data)
    for trak in mp4_traks(data):
        for table, fmt in (("stco", ">I"), ("co64", ">Q")):
            box = mp4_table(data, trak, "mdia", "minf", "stbl", table)
            if box is None:
                continue
            (count,) = struct.unpack_from(">I", data, box[0] + 12)
            width = struct.calcsize(fmt)
            for i in range(count):
                pos = box[0] + 16 + width * i
                (offset,) = struct.unpack_from(fmt, data, pos)
                if offset >= at:
                    struct.pack_into(fmt, out, pos, offset + delta)
    return bytes(out)


def grow_moov(data: bytes, names: tuple[str, ...], extra: bytes) -> bytes:
    """Append `extra` inside the box at `names` (under moov), keeping chunk offsets right."""
    moov, mdat = mp4_path(data, "moov")[0], mp4_path(data, "mdat")[0]
    data = grow_box(data, names, extra)
    return shift_chunks(data, 0, len(extra)) if moov < mdat else data


def insert_media(data: bytes, at: int, blob: bytes) -> bytes:
    """Insert `blob` into the media data at file offset `at`, moving later chunks along."""
    start, end = mp4_path(data, "mdat")
    assert start + 8 <= at <= end
    out = bytearray(shift_chunks(data, at, len(blob)))
    out[at:at] = blob
    struct.pack_into(">I", out, start, end - start + len(blob))
    return bytes(out)


def chunk_offsets(data: bytes, track: int = 0) -> list[int]:
    box = mp4_table(data, mp4_traks(data)[track], "mdia", "minf", "stbl", "stco")
    assert box is not None
    (count,) = struct.unpack_from(">I", data, box[0] + 12)
    return list(struct.unpack_from(f">{count}I", data, box[0] + 16))


def full_box(typ: str, flags: int, body: bytes) -> bytes:
    return mp4_box(typ, struct.pack(">I", flags) + body)
