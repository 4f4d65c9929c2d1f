"""Reading big files without holding them in memory."""

from __future__ import annotations

import contextlib
import mmap
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from scrubber.errors import CorruptFile

# A mapped file or plain bytes: both index to ints and slice to bytes (copies, so no
# view outlives the mapping and closing it can never fail).
Buffer = bytes | mmap.mmap
BLOCK = 1 << 20


@contextlib.contextmanager
def mapped(path: Path) -> Iterator[Buffer]:
    """The file's bytes, paged in by the OS on demand (empty files give b"")."""
    with open(path, "rb") as f:
        try:
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            yield b""
            return
        with mm:
            yield mm


def copy_range(f: BinaryIO, out: BinaryIO, start: int, length: int) -> None:
    """Copy `length` bytes from offset `start` of `f` to `out`, a block at a time."""
    f.seek(start)
    while length:
        block = f.read(min(length, BLOCK))
        if not block:
            raise CorruptFile("the file changed while it was being cleaned")
        out.write(block)
        length -= len(block)
