"""Work that misbehaves on purpose, for the isolation tests: module-level functions, so a
worker process finds them by name. Test-only; the app and the core never import this."""

from __future__ import annotations

import hashlib
import os
import signal
import time
from pathlib import Path
from typing import Any

from scrubber import batch, safe_output
from scrubber.model import CleanResult

BAD = "bad.jpg"  # the one file of a batch the worker fails on


def segfault() -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def hang(**kwargs: Any) -> None:
    time.sleep(3600)


def hog(size: int) -> int:
    """Asks for `size` bytes at once, as a decoder trusting a damaged header might."""
    return len(bytearray(size))


def mapped_tail(path: Path) -> bytes:
    """The last four bytes of a file read through streams.file_bytes (mapped when big)."""
    from scrubber.formats import streams

    with streams.file_bytes(path) as data:
        return bytes(data[-4:])


def write_then_hang(target: Path) -> None:
    """Leaves a temp file beside `target` while it hangs (as a worker stopped mid-write)."""
    with safe_output.temp_beside(target) as (_, f):
        f.write(b"half a copy")
        f.flush()
        time.sleep(3600)


def write_then(target: Path, end: str) -> None:
    """Leaves a temp file beside `target`, then dies where no clean-up of its own can run:
    "segfault", or "stuck" in C code (a decoder looping; SIGTERM's handler never runs)."""
    with safe_output.temp_beside(target) as (_, f):
        f.write(b"half a copy")
        f.flush()
        if end == "segfault":
            segfault()
        stuck_in_c()


def stuck_in_c() -> None:
    hashlib.pbkdf2_hmac("sha256", b"key", b"salt", 2**31 - 1)  # many minutes, one C call


def run_then_segfault(job: batch.Job) -> None:
    """Cleans the file (its copy committed), then dies before the result is sent."""
    batch.run(job)
    segfault()


def run_crashing_on_bad(job: batch.Job, **kwargs: Any) -> CleanResult:
    """batch.run, except that the worker dies of SIGSEGV on the file named BAD."""
    if job.source.name == BAD:
        segfault()
    return batch.run(job, **kwargs)


def run_hanging_on_bad(job: batch.Job, **kwargs: Any) -> CleanResult:
    """batch.run, except that the worker never finishes the file named BAD."""
    if job.source.name == BAD:
        hang()
    return batch.run(job, **kwargs)


def run_hanging(job: batch.Job, **kwargs: Any) -> CleanResult:
    """Writes half a copy of every file, then never finishes it."""
    assert job.target is not None
    write_then_hang(job.target)
    raise AssertionError("not reached")


def slow_steps(steps: int, pause: float, *, progress: Any = None, **kwargs: Any) -> int:
    """Reports progress after each of `steps` pauses (a long clip being covered)."""
    for step in range(1, steps + 1):
        time.sleep(pause)
        if progress is not None:
            progress(step / steps)
    return steps


def inspect_crashing_on_bad(path: Path, **kwargs: Any) -> object:
    """isolation.inspect_file, except that the worker dies of SIGSEGV on BAD (as a
    damaged HEIC could make libheif do while the app lists it)."""
    from scrubber import isolation

    if path.name == BAD:
        segfault()
    return isolation.inspect_file(path, **kwargs)


def run_then_report(job: batch.Job, *, progress: Any = None, **kwargs: Any) -> CleanResult:
    """batch.run, then one last progress report (as a clip's writer sends): the copy is
    committed before the call's last message but one."""
    result = batch.run(job)
    if progress is not None:
        progress(1.0)
    return result


def report_then_run(job: batch.Job, *, progress: Any = None, **kwargs: Any) -> CleanResult:
    """A progress report, then batch.run: what the app hears comes before any commit."""
    if progress is not None:
        progress(0.0)
    return batch.run(job)


def run_then_pause(job: batch.Job, pause: float, **kwargs: Any) -> CleanResult:
    """batch.run, then a pause before the result goes back: committed, not yet reported."""
    result = batch.run(job)
    time.sleep(pause)
    return result


def decode_crashing(*args: Any, **kwargs: Any) -> None:
    """A decoder that dies of SIGSEGV on the file (as libheif or FFmpeg can on a damaged
    one), in place of the editor's isolation.shown_picture or isolation.clip_frame."""
    segfault()


def decode_hanging(*args: Any, **kwargs: Any) -> None:
    """A decoder that never finishes the file."""
    hang()


def frame_crashing_after_first(path: Path, index: int, **kwargs: Any) -> object:
    """isolation.clip_frame, except that the worker dies of SIGSEGV on any frame but the
    first (a clip damaged further on)."""
    from scrubber import isolation

    if index > 0:
        segfault()
    return isolation.clip_frame(path, index, **kwargs)
