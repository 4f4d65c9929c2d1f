"""Reading big files without holding them in memory."""

from __future__ import annotations

import contextlib
import io
import mmap
import os
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from scrubber.errors import CorruptFile

# What a cleaner reads: a file on disk, or the bytes of a file held inside another one
# (a picture in a document), so nested files go through the same cleaners as files.
Source = Path | bytes
# A mapped file or plain bytes: both index to ints and slice to bytes (copies, so no
# view outlives the mapping and closing it can never fail).
Buffer = bytes | mmap.mmap
BLOCK = 1 << 20
# A piece of a file being written: a byte range (offset, length) of the source, copied as
# it is, or new bytes. Cleaners that keep most of a file byte for byte list its pieces.
Piece = tuple[int, int] | bytes


# Files up to this size are read into memory; larger ones are mapped. A mapped file that
# another program truncates meanwhile kills the process (SIGBUS), so mapping is kept
# for files too big to read whole.
READ_WHOLE = 256 << 20


def open_source(source: Source) -> BinaryIO:
    """A readable file object over a file on disk or over bytes in memory."""
    return io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")


@contextlib.contextmanager
def file_bytes(path: Source) -> Iterator[Buffer]:
    """The file's bytes: read whole into memory up to READ_WHOLE (nearly every file),
    mapped and paged in by the OS on demand above that; bytes in memory as they are."""
    if isinstance(path, bytes):
        yield path
        return
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size <= READ_WHOLE:
            yield f.read()
            return
        try:
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            yield b""
            return
        with mm:
            yield mm


def write_pieces(src: Source | Buffer, out: BinaryIO, pieces: Iterable[Piece]) -> None:
    """Write the pieces in order: new bytes as they are, ranges copied from the source,
    which is a file on disk (copied by the kernel where it can) or bytes already read."""
    if isinstance(src, str):  # a path given as text (library callers), never file data
        src = Path(src)
    if not isinstance(src, Path):
        for piece in pieces:
            if not isinstance(piece, bytes):
                start, length = piece
                piece = src[start : start + length]
                if len(piece) != length:
                    raise CorruptFile("the file changed while it was being cleaned")
            out.write(piece)
        return
    with open(src, "rb") as f:
        for piece in pieces:
            if isinstance(piece, bytes):
                out.write(piece)
            else:
                copy_range(f, out, *piece)


def pieces_length(pieces: Iterable[Piece]) -> int:
    """How many bytes write_pieces writes: for the size fields of RIFF headers."""
    return sum(len(p) if isinstance(p, bytes) else p[1] for p in pieces)


@contextlib.contextmanager
def damage_as(what: str) -> Iterator[None]:
    """Turn the errors a parser hits on garbage into one plain CorruptFile message."""
    try:
        yield
    except (struct.error, IndexError, ValueError) as e:
        raise CorruptFile(f"the {what} file is damaged and cannot be read safely") from e


def copy_range(f: BinaryIO, out: BinaryIO, start: int, length: int) -> None:
    """Copy `length` bytes from offset `start` of `f` to the end of `out`.

    Between real files the kernel copies (copy_file_range): no trip through Python's
    memory, which is most of the cost of cleaning a big photo losslessly.
    """
    if length > FAST_COPY_MIN and _kernel_copy(f, out, start, length):
        return
    f.seek(start)
    while length:
        block = f.read(min(length, BLOCK))
        if not block:
            raise CorruptFile("the file changed while it was being cleaned")
        out.write(block)
        length -= len(block)


FAST_COPY_MIN = 64 * 1024


def _kernel_copy(f: BinaryIO, out: BinaryIO, start: int, length: int) -> bool:
    copy = getattr(os, "copy_file_range", None)
    try:
        src_fd, out_fd = f.fileno(), out.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        return False  # an in-memory buffer
    if copy is None:
        return False
    out.flush()
    done = 0
    try:
        while done < length:
            n = copy(src_fd, out_fd, length - done, start + done)
            if n == 0:
                raise CorruptFile("the file changed while it was being cleaned")
            done += n
    except OSError:
        if done:
            raise
        return False  # not supported here (other file system, old kernel): copy by hand
    finally:
        out.seek(0, os.SEEK_END)  # the kernel moved the file position; resync the buffer
    return True
