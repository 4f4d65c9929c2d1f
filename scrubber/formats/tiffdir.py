"""A bounds-checked reader for TIFF image file directories (IFDs).

EXIF blocks are TIFF structures too, so the JPEG, PNG, WebP and HEIC inspectors share
this reader with the TIFF cleaner. It never trusts an offset: every read is checked
against the buffer, and IFD chains are followed at most once per offset.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from scrubber.errors import CorruptFile
from scrubber.formats.streams import Buffer

# TIFF field types -> size in bytes of one value (16-18: BigTIFF's 64-bit integers)
TYPE_SIZES = {
    1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4,
    16: 8, 17: 8, 18: 8,
}  # fmt: skip
# struct codes of the integer types
INT_CODES = {1: "B", 3: "H", 4: "I", 6: "b", 8: "h", 9: "i", 13: "I", 16: "Q", 17: "q", 18: "Q"}
MAX_IFDS = 1024
MAX_ENTRIES = 4096


@dataclass(frozen=True)
class Entry:
    tag: int
    type: int
    count: int
    data: bytes  # the raw value bytes (inline or fetched from the offset)
    value_offset: int  # where `data` lives in the buffer


@dataclass(frozen=True)
class IFD:
    offset: int
    entries: dict[int, Entry]
    next_offset: int


class TiffReader:
    def __init__(self, buf: Buffer | memoryview) -> None:
        self.buf = buf
        if len(buf) < 8:
            raise CorruptFile("TIFF header is too short")
        order = bytes(buf[:2])
        if order == b"II":
            self.endian = "<"
        elif order == b"MM":
            self.endian = ">"
        else:
            raise CorruptFile("not a TIFF structure")
        magic = self.unpack("H", 2)[0]
        # BigTIFF is the same structure with 64-bit offsets and counts.
        self.big = magic == 43
        if self.big:
            if self.unpack("HH", 4) != (8, 0):
                raise CorruptFile("not a TIFF structure")
            self.first_ifd = self.unpack("Q", 8)[0]
        elif magic == 42:
            self.first_ifd = self.unpack("I", 4)[0]
        else:
            raise CorruptFile("not a TIFF structure")
        # Entry count, entry, inline value and offset layout of a directory.
        self._count, self._entry, self._inline, self._offset = (
            ("Q", 20, 8, "Q") if self.big else ("H", 12, 4, "I")
        )
        # Values may overlap: without a cap, a small file whose every tag points at the
        # same large block would be copied thousands of times (a memory bomb).
        self.budget = 2 * len(buf) + (1 << 20)

    def unpack(self, fmt: str, offset: int) -> tuple[int, ...]:
        size = struct.calcsize(self.endian + fmt)
        if offset < 0 or offset + size > len(self.buf):
            raise CorruptFile("a TIFF offset points outside the file")
        return struct.unpack_from(self.endian + fmt, self.buf, offset)

    def read_ifd(self, offset: int) -> IFD:
        (count,) = self.unpack(self._count, offset)
        if count > MAX_ENTRIES:
            raise CorruptFile("a TIFF directory is implausibly large")
        entries: dict[int, Entry] = {}
        first = offset + struct.calcsize(self._count)
        for i in range(count):
            pos = first + self._entry * i
            tag, typ, n = self.unpack("HH" + self._offset, pos)
            value = pos + 4 + self._inline
            size = TYPE_SIZES.get(typ, 1) * n
            if size <= self._inline:
                voff = value
            else:
                (voff,) = self.unpack(self._offset, value)
            if voff + size > len(self.buf):
                # A value that points outside the buffer: keep the tag (it still counts
                # as a finding) with no data, rather than failing the whole file.
                entries[tag] = Entry(tag, typ, n, b"", voff)
                continue
            self.budget -= size
            if self.budget < 0:
                raise CorruptFile("the TIFF structure repeats its data implausibly; it is damaged")
            entries[tag] = Entry(tag, typ, n, bytes(self.buf[voff : voff + size]), voff)
        (nxt,) = self.unpack(self._offset, first + self._entry * count)
        return IFD(offset, entries, nxt)

    def chain(self, start: int | None = None) -> list[IFD]:
        """The main IFD chain (IFD0, IFD1, ... or page 1, page 2, ...)."""
        seen: set[int] = set()
        out: list[IFD] = []
        offset = self.first_ifd if start is None else start
        while offset and offset not in seen and len(out) < MAX_IFDS:
            seen.add(offset)
            out.append(self.read_ifd(offset))
            offset = out[-1].next_offset
        return out

    def ints(self, entry: Entry) -> list[int]:
        """Integer values of a BYTE/SHORT/LONG entry (empty for other types)."""
        code = INT_CODES.get(entry.type)
        if code is None or not entry.data:
            return []
        n = len(entry.data) // struct.calcsize(code)
        return list(
            struct.unpack(f"{self.endian}{n}{code}", entry.data[: n * struct.calcsize(code)])
        )

    def text(self, entry: Entry) -> str:
        if entry.type in (3, 4, 5, 8, 9, 10, 11, 12, 16, 17, 18):
            vals = self.ints(entry)
            if entry.type in (5, 10) and entry.data:
                pairs = struct.unpack(f"{self.endian}{len(entry.data) // 4}I", entry.data)
                return " ".join(f"{a}/{b}" for a, b in zip(pairs[::2], pairs[1::2], strict=False))
            return " ".join(str(v) for v in vals)
        raw = entry.data
        if entry.tag in XP_TAGS:  # Windows XP* tags are UTF-16LE in BYTE fields
            return raw.decode("utf-16-le", "replace").rstrip("\x00")
        if entry.tag == 0x9286 and raw[:8] in (b"UNICODE\x00",):
            return raw[8:].decode("utf-16-be" if self.endian == ">" else "utf-16-le", "replace")
        if entry.tag == 0x9286:
            raw = raw[8:]
        return raw.rstrip(b"\x00").decode("utf-8", "replace")


XP_TAGS = {0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F}
