"""A private file in memory that a photo's picture data is read into and copied out of.

The JPEG cleaner searches a photo's picture data and then writes it, unchanged, into the
copy. Written from Python's own memory, those megabytes cost the most of all the work
(bench/README.md). Here they are read into a mapping of an anonymous in-memory file
(memfd), searched there, and the kernel copies the part that was checked from that file
into the copy (sendfile). The file has no name and only this process holds it, so what
is copied out is exactly what was searched; the removed parts (a Motion Photo's video)
never reach the output folder; and the original is read, never mapped, so another
program truncating it cannot kill the process.

One per process and thread, kept between files: fresh memory is what costs, so the pages
and their mapping stay. Linux only (memfd_create, sendfile between files); elsewhere
`get` returns None and the cleaner takes its general path.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import threading
from collections.abc import Iterator
from typing import BinaryIO

from scrubber.errors import CorruptFile

# Larger pictures take the general path: this much memory may stay with each worker.
LIMIT = 64 << 20
GROWTH = 8 << 20  # capacity grows in these steps, so most batches map once


class Scratch:
    def __init__(self) -> None:
        self.fd = os.memfd_create("scrubber-scratch", os.MFD_CLOEXEC)
        self.map: mmap.mmap | None = None

    @contextlib.contextmanager
    def load(self, src: BinaryIO, start: int, length: int) -> Iterator[memoryview]:
        """`length` bytes of `src` from `start`, as a read-only view (exactly that long)."""
        view = memoryview(self._room(length))[:length]
        try:
            done = 0
            while done < length:
                n = os.preadv(src.fileno(), [view[done:]], start + done)
                if n == 0:  # the file is shorter than it was a moment ago
                    raise CorruptFile("the file changed while it was being cleaned")
                done += n
            with view.toreadonly() as readonly:
                yield readonly
        finally:
            view.release()

    def copy_to(self, out: BinaryIO, start: int, length: int) -> None:
        """Append `length` loaded bytes from `start` to `out`, copied by the kernel."""
        out.flush()
        try:
            done = 0
            while done < length:
                n = os.sendfile(out.fileno(), self.fd, start + done, length - done)
                if n == 0:
                    raise OSError("the picture data could not be copied")
                done += n
        finally:
            out.seek(0, os.SEEK_END)  # the kernel moved the file position

    def _room(self, length: int) -> mmap.mmap:
        if self.map is None or len(self.map) < length:
            if self.map is not None:
                self.map.close()
            size = -(-length // GROWTH) * GROWTH
            os.ftruncate(self.fd, size)
            self.map = mmap.mmap(self.fd, size, access=mmap.ACCESS_WRITE)
        return self.map


_local = threading.local()


def get() -> Scratch | None:
    """This thread's scratch file (a forked worker makes its own); None off Linux."""
    if not all(hasattr(os, f) for f in ("memfd_create", "sendfile", "preadv")):
        return None
    mine = getattr(_local, "scratch", None)
    if mine is None or _local.pid != os.getpid():
        try:
            mine = Scratch()
        except OSError:  # no memfd in this kernel or sandbox
            return None
        _local.scratch, _local.pid = mine, os.getpid()
    return mine
