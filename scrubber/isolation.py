"""Running file work (inspection, previews, cleaning) where a native crash cannot spread.

Strangers' files go through libheif, qpdf, PDFium, lxml and Pillow. A crash, a hang or a
memory blow-up in one of them on one damaged file must cost that file, not the app and
its batch. `Isolation` is the one interface the app runs such work through:

- `Processes`: the real one. Each call runs in a long-lived worker process; a worker
  that dies (SIGSEGV, the memory limit) or outlives its file's time limit is replaced,
  and the call raises WorkerCrashed / WorkerTimedOut (ScrubberErrors: a FAILED result).
  Cancelling stops the call's worker at once. A worker tells the app each temp file it
  creates (safe_output.announce); whatever way it ended, the app removes those left.
- `InProcess`: the same calls in the calling thread (tests, and a fallback).

Work functions are module-level (picklable by name) and plain: `fn(*args)`, plus
`progress=` when the caller wants progress and, in-process only, `cancel=` when the
caller has a token (a worker process is stopped instead): they take both keywords.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from scrubber import safe_output
from scrubber.cancel import CancelToken
from scrubber.errors import Cancelled, ScrubberError, WorkerCrashed, WorkerTimedOut
from scrubber.model import Report

if TYPE_CHECKING:
    from PIL import Image

T = TypeVar("T")
Progress = Callable[[float], None]

CRASHED = "the file made the program reading it crash; it was not cleaned"
TIMED_OUT = "the file took far too long to read and was stopped; it was not cleaned"
POLL_S = 0.05  # how often a waiting call looks at its cancel token
STOP_GRACE_S = 0.3  # a stopped worker gets this long to delete its temp file, then SIGKILL
NICE = 10  # workers' CPU priority below the app's (the window first)
# Imported once by the fork server, in the background, so a new worker starts with every
# format loaded instead of loading them itself: the registry, and the documents' readers
# (pikepdf, lxml: ~40 ms) that the command line loads only on first use.
PRELOAD = [
    "scrubber.isolation",
    "scrubber.registry",
    "scrubber.formats.pdf_file",
    "scrubber.formats.odf_file",
    "scrubber.formats.ooxml_file",
    "scrubber.batch",
    "scrubber.preview",
]


@dataclass(frozen=True)
class TimeLimit:
    """Generous: only a hang reaches it. Scaled by the file's size; for work that reports
    progress (a clip being covered), the longest silence between two reports."""

    base_s: float
    per_mb_s: float = 0.0

    def for_file(self, path: Path) -> float:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        return self.base_s + self.per_mb_s * size / 1e6


INSPECT = TimeLimit(60.0, 1.0)
PREVIEW = TimeLimit(30.0, 0.5)
CLEAN = TimeLimit(300.0, 2.0)
# The redaction editor's photo at full size: an inspection and a full decode.
PICTURE = TimeLimit(60.0, 1.0)
# One frame of a clip for the editor: the clip opened, sought, and decoded from the key
# frame before it (seconds even in 4K), however long the clip.
FRAME = TimeLimit(60.0)


class Isolation(Protocol):
    def call(
        self,
        fn: Callable[..., T],
        *args: Any,
        limit_s: float | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> T:
        """fn(*args), its result or its exception; raises Cancelled once `cancel` is set,
        WorkerCrashed or WorkerTimedOut (after `limit_s`) where that can be told."""
        ...

    def close(self) -> None: ...


class InProcess:
    """Runs the work in the calling thread: no protection, no time limit (tests, fallback)."""

    def call(
        self,
        fn: Callable[..., T],
        *args: Any,
        limit_s: float | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> T:
        if cancel is not None:
            cancel.check()
        kwargs: dict[str, Any] = {}
        if progress is not None:
            kwargs["progress"] = progress
        if cancel is not None:
            kwargs["cancel"] = cancel
        return fn(*args, **kwargs)

    def close(self) -> None:
        pass


# --- worker processes ---------------------------------------------------------------------


def start_method() -> str:
    """Linux: a fork server with the formats preloaded (never a fork of the app, whose Qt
    threads a fork would copy half-locked). Elsewhere spawn, the only safe one there."""
    if sys.platform.startswith("linux"):
        return "forkserver"
    return "spawn"


def memory_limit() -> int | None:
    """The memory one worker may allocate: three quarters of the RAM, at least 4 GiB
    (libraries reserve more than they touch), at most 16 GiB. Linux only."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        return None
    return min(max(ram * 3 // 4, 4 << 30), 16 << 30)


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection
    committing: bool = False  # allowed to commit a copy: cancel no longer stops it
    stopped: bool = False  # by close(): its call raises Cancelled
    # The temp files its current call announced: removed if the worker dies or is stopped.
    temps: list[Path] = field(default_factory=list)


class Processes:
    """A few long-lived worker processes; one call at a time per worker.

    Thread-safe: the app's worker threads call in parallel, each waiting (without the
    GIL) for its own worker. Workers are started on demand (or ahead by `warm`), kept
    while idle, and replaced when one dies or is stopped. Never call from the GUI thread:
    starting a worker and waiting for it block.

    A call's answer is true to the disk: a worker asks before it commits a copy, so a
    cancel (or close()) that comes first leaves no copy and raises Cancelled, and one
    that comes later gets the real result; a reply that has arrived is always taken.
    """

    def __init__(
        self,
        keep: int = 4,
        *,
        memory: int | None = -1,
        method: str | None = None,
        fallback: Isolation | None = None,
    ):
        self._keep = keep  # idle workers kept for the next calls
        # Where the work runs when no worker process can be started at all (a sandbox
        # that forbids it): the app stays usable, without the protection.
        self._fallback = fallback
        self._memory = memory_limit() if memory == -1 else memory
        self._ctx = multiprocessing.get_context(method or start_method())
        if self._ctx.get_start_method() == "forkserver":
            self._ctx.set_forkserver_preload(PRELOAD)
        self._idle: list[_Worker] = []
        self._busy: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False

    def warm(self, count: int) -> threading.Thread:
        """Start `count` workers in the background (at app start-up): the first files
        then find them ready."""

        def start() -> None:
            for _ in range(count):
                try:
                    worker = self._start()
                except (OSError, RuntimeError):
                    return  # the first call says why (or falls back)
                with self._lock:
                    if self._closed or len(self._idle) >= self._keep:
                        _retire(worker)
                    else:
                        self._idle.append(worker)

        thread = threading.Thread(target=start, name="scrubber-warm", daemon=True)
        thread.start()
        return thread

    def _start(self) -> _Worker:
        ours, theirs = self._ctx.Pipe()
        process = self._ctx.Process(  # type: ignore[attr-defined]
            target=_serve, args=(theirs, self._memory), name="scrubber-worker", daemon=True
        )
        process.start()
        theirs.close()
        return _Worker(process, ours)

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise Cancelled()
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    self._busy.append(worker)
                    return worker
                _retire(worker)
        worker = self._start()
        with self._lock:
            self._busy.append(worker)
        return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.remove(worker)
            if not self._closed and len(self._idle) < self._keep:
                self._idle.append(worker)
                return
        _retire(worker)

    def _drop(self, worker: _Worker, stop: bool) -> None:
        """A busy worker that died or must stop: gone, then its temp files removed."""
        with self._lock:
            if worker in self._busy:
                self._busy.remove(worker)
        if stop:
            _halt(worker.process)
        else:
            worker.process.join(1.0)
        _bury(worker)

    def call(
        self,
        fn: Callable[..., T],
        *args: Any,
        limit_s: float | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> T:
        if cancel is not None:
            cancel.check()
        message = (fn, args, progress is not None)
        try:
            worker = self._take()
        except (OSError, RuntimeError) as e:  # no worker process can be started here
            if self._fallback is None:
                raise ScrubberError(f"no worker process could be started ({e})") from e
            return self._fallback.call(fn, *args, limit_s=limit_s, progress=progress, cancel=cancel)
        try:
            worker.temps = []
            worker.conn.send(message)
        except (OSError, EOFError, ValueError):  # died while idle: one more, fresh
            self._drop(worker, stop=True)
            worker = self._hand_over_again(message)
        except BaseException:  # could not be pickled: nothing was sent, the worker is fine
            self._give_back(worker)
            raise
        try:
            kind, value = self._wait(worker, limit_s, progress, cancel)
            worker.committing = False  # its next call starts afresh
        except BaseException:
            # Cancelled, timed out, crashed, or the caller's progress() raised: whatever
            # leaves here, the worker must not go on (and perhaps commit a copy later).
            if worker in self._busy:
                self._stop_for_reply(worker)
            raise
        self._give_back(worker)
        if kind == "raise":
            raise value
        return value

    def _hand_over_again(self, message: tuple[Any, ...]) -> _Worker:
        """A fresh worker for a call whose first one had died while idle; the documented
        ScrubberError (or Cancelled, once closed) if that fails too."""
        try:
            worker = self._take()
        except (OSError, RuntimeError) as e:
            raise ScrubberError(f"no worker process could be started ({e})") from e
        try:
            worker.temps = []
            worker.conn.send(message)
        except BaseException as e:
            self._drop(worker, stop=True)
            raise ScrubberError(f"no worker process could be started ({e})") from e
        return worker

    def _wait(
        self,
        worker: _Worker,
        limit_s: float | None,
        progress: Progress | None,
        cancel: CancelToken | None,
    ) -> tuple[str, Any]:
        """The worker's reply, ("ok", result) or ("raise", exception); raises Cancelled,
        WorkerTimedOut or WorkerCrashed (the worker then dropped, by `_stop_for_reply` or here).

        A reply that has arrived is always taken, even when cancel, close() or the time
        limit come at the same moment: the work is done, and its copy may be committed.
        A worker asks before it commits a copy (safe_output.before_commit); from the answer
        on, a cancel or close() no longer stops it: it commits, and the call reports that.
        """
        deadline = None if limit_s is None else time.monotonic() + limit_s
        while True:
            stop: ScrubberError | None = None
            if not worker.committing and (self._closed or (cancel and cancel.cancelled)):
                stop = Cancelled()
            elif deadline is not None and time.monotonic() > deadline:
                stop = WorkerTimedOut(TIMED_OUT)
            if stop is not None:
                reply = self._stop_for_reply(worker)  # a reply sent meanwhile is still read
                if reply is None:
                    raise stop
                return reply
            try:
                if not worker.conn.poll(POLL_S):
                    continue
                kind, value = worker.conn.recv()
            except (EOFError, OSError) as e:  # the worker died: a crash, the OOM killer...
                self._drop(worker, stop=False)
                if worker.stopped:  # ... or close() stopped it
                    raise Cancelled() from e
                raise WorkerCrashed(CRASHED) from e
            except Exception as e:  # a result that cannot be unpickled: the stream is lost
                self._drop(worker, stop=True)
                raise WorkerCrashed(f"{CRASHED} ({type(e).__name__})") from e
            if kind == "temp":
                worker.temps.append(value)
                continue
            if kind == "progress":
                if progress is not None:
                    progress(value)
                if limit_s is not None:  # alive and moving: the limit counts silence
                    deadline = time.monotonic() + limit_s
            elif kind == "commit":
                with self._lock:  # close() stops only the workers not committing
                    worker.committing = not self._closed and not (cancel and cancel.cancelled)
                if worker.committing:
                    with contextlib.suppress(OSError):  # died meanwhile: the next recv says so
                        worker.conn.send(True)
                # else: the next turn stops it, and its temp file goes
            else:
                return kind, value

    def _stop_for_reply(self, worker: _Worker) -> tuple[str, Any] | None:
        """Stop a busy worker and drop it; the reply it had sent, if it had, else None.

        Its reply can be on its way when the call decides to stop it: the pipe is read
        until the worker has exited, and read again after a SIGKILL.
        """
        process, conn = worker.process, worker.conn
        if process.is_alive():
            process.terminate()
        reply = _read_reply(worker)
        end = time.monotonic() + STOP_GRACE_S
        while reply is None and process.is_alive() and time.monotonic() < end:
            with contextlib.suppress(OSError, ValueError):
                wait([conn, process.sentinel], max(0.0, end - time.monotonic()))
            reply = reply or _read_reply(worker)
        if process.is_alive():
            process.kill()
            process.join(1.0)
        reply = reply or _read_reply(worker)
        self._drop(worker, stop=True)
        return reply

    def close(self) -> None:
        """Stop every worker: idle ones at once, busy ones (their calls raise Cancelled),
        except those committing a copy: they finish, their calls report it."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            busy = [worker for worker in self._busy if not worker.committing]
            for worker in busy:
                worker.stopped = True
        for worker in idle:
            _retire(worker)
        # Their calls read the pipe (a reply sent meanwhile is still reported), see the
        # end of it and raise Cancelled; here they are only made to exit, and waited for.
        for worker in busy:
            if worker.process.is_alive():
                worker.process.terminate()
        end = time.monotonic() + STOP_GRACE_S
        for worker in busy:
            worker.process.join(max(0.0, end - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1.0)
            _discard(list(worker.temps))  # those heard of; its call's thread removes the rest


def _read_reply(worker: _Worker) -> tuple[str, Any] | None:
    """A final reply waiting in the pipe of a worker being stopped (temp files it announced
    are noted; progress and a request to commit are passed over: it is stopping, nothing
    more will be committed)."""
    try:
        while worker.conn.poll(0):
            kind, value = worker.conn.recv()
            if kind == "temp":
                worker.temps.append(value)
            elif kind in ("ok", "raise"):
                return kind, value
    except Exception:  # the end of the pipe, or a reply cut short: none
        pass
    return None


def _retire(worker: _Worker) -> None:
    """An idle worker: asked to exit (it is waiting for a message, nothing to discard)."""
    with contextlib.suppress(OSError, ValueError):
        worker.conn.send(None)
    worker.conn.close()
    worker.process.join(STOP_GRACE_S)
    if worker.process.is_alive():
        worker.process.kill()


def _halt(process: BaseProcess) -> None:
    """A busy worker: SIGTERM makes it delete its temp file and exit; SIGKILL if it
    cannot within STOP_GRACE_S (stuck inside a native call)."""
    if process.is_alive():
        process.terminate()
        process.join(STOP_GRACE_S)
        if process.is_alive():
            process.kill()
    process.join(1.0)


def _bury(worker: _Worker) -> None:
    """After a busy worker has stopped: its last announcements read from the pipe, the
    pipe closed, and the temp files it announced that still exist removed.

    Only once the process is gone can it create no more, and all it said is in the pipe
    (each announcement is sent before its file is created). A committed copy no longer
    has its temp name, so nothing but a half-written temp file is removed.
    """
    if worker.process.is_alive():  # SIGKILLed but not yet gone (a stuck disk): later
        threading.Thread(target=_bury_when_gone, args=(worker,), daemon=True).start()
        return
    with contextlib.suppress(Exception):  # a message cut short: the rest is lost anyway
        while worker.conn.poll(0):
            kind, value = worker.conn.recv()
            if kind == "temp":
                worker.temps.append(value)
    worker.conn.close()
    _discard(worker.temps)


def _bury_when_gone(worker: _Worker) -> None:
    worker.process.join()
    _bury(worker)


def _discard(temps: list[Path]) -> None:
    for path in temps:
        # Whatever a worker says, the app removes nothing but files named as our temps.
        if isinstance(path, Path) and path.is_absolute() and safe_output.is_temp_name(path):
            safe_output.discard(path)


def _serve(conn: Connection, memory: int | None) -> None:
    """A worker's life: run what arrives, send back the result, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the app's to handle
    signal.signal(signal.SIGTERM, _exit_on_term)
    if hasattr(os, "nice"):
        # Below the app: on a busy machine the window gets the cores first, the files
        # wait a little (a stall of the window is felt, a file done later is not).
        os.nice(NICE)
    if memory is not None:
        _limit_memory(memory)
    lock = threading.Lock()  # progress may be reported from the work's own threads

    def send(message: tuple[str, Any]) -> None:
        with lock:
            conn.send(message)

    safe_output.announce = lambda path: send(("temp", path))
    safe_output.before_commit = functools.partial(_ask_to_commit, send, conn)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the app is gone
        if message is None:
            return
        fn, args, wants_progress = message
        kwargs: dict[str, Any] = {}
        if wants_progress:
            kwargs["progress"] = lambda fraction: send(("progress", fraction))
        try:
            reply: tuple[str, Any] = ("ok", fn(*args, **kwargs))
        except Exception as e:
            reply = ("raise", e)
        try:
            send(reply)
        except Exception as e:  # the result or exception could not be pickled
            send(("raise", ScrubberError(f"internal error ({type(e).__name__})")))


def _limit_memory(memory: int) -> None:
    """A blow-up then fails one allocation (MemoryError: a "memory" result, or a crash in
    native code) instead of pushing the machine into swap or the OOM killer.

    Never above a limit the worker was started under (`ulimit -v`: raising it is refused),
    and a worker that cannot set it runs without it rather than not at all.
    """
    import resource

    # RLIMIT_DATA (Linux 4.7+) counts what is allocated (the heap, anonymous and private
    # writable mappings), not a file mapped to be read: an address-space limit refused
    # every file larger than itself (a long 4K clip, mapped by streams.file_bytes).
    try:
        for current in resource.getrlimit(resource.RLIMIT_DATA):
            if current != resource.RLIM_INFINITY:
                memory = min(memory, current)
        resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
    except (ValueError, OSError):
        pass


def _ask_to_commit(send: Callable[[tuple[str, Any]], None], conn: Connection) -> None:
    """A worker about to commit a copy asks the app first: it answers go, or stops this
    worker (SIGTERM: the temp file goes, see _exit_on_term) if the call was cancelled."""
    send(("commit", None))
    if conn.recv() is not True:
        raise Cancelled()


def _exit_on_term(signum: int, frame: object) -> None:
    safe_output.discard_active()
    os._exit(1)


# --- the work ----------------------------------------------------------------------------


def inspect_file(
    path: Path, *, cancel: CancelToken | None = None
) -> tuple[Report | None, str | None, str | None]:
    """scrubber.inspect as (report, error message, error code); never raises for a file."""
    from scrubber import core

    try:
        if cancel is not None:
            cancel.check()
        return core.inspect(path), None, None
    except ScrubberError as e:
        return None, e.message, e.code
    except Exception as e:  # a parser bug costs this file, never the app
        return None, f"this file could not be read ({type(e).__name__})", "corrupt"


def preview(
    path: Path, size: int, *, cancel: CancelToken | None = None
) -> tuple[int, int, bytes] | None:
    """A preview's RGBA pixels (scrubber.preview.pixels)."""
    from scrubber import preview as previews

    if cancel is not None and cancel.cancelled:
        return None
    return previews.pixels(path, size)


@dataclass(frozen=True)
class Picture:
    """A decoded picture as plain data, to cross from a worker process to the app: its
    mode, size and raw pixels, and the one `info` entry the redaction reads. `image()`
    makes it a PIL Image again, pixel for pixel."""

    mode: str
    size: tuple[int, int]
    data: bytes
    shown_size: tuple[int, int] | None = None  # info["shown_size"] (a reduced decode)

    @classmethod
    def of(cls, im: Image.Image) -> Picture:
        if im.mode in ("P", "PA"):  # a palette would be lost (the editor never gets one)
            im = im.convert("RGBA")
        size = im.info.get("shown_size")
        shown = (int(size[0]), int(size[1])) if isinstance(size, tuple) else None
        return cls(im.mode, im.size, im.tobytes(), shown)

    def image(self) -> Image.Image:
        from PIL import Image

        im = Image.frombytes(self.mode, self.size, self.data)
        if self.shown_size is not None:
            im.info["shown_size"] = self.shown_size
        return im


def shown_picture(path: Path, *, cancel: CancelToken | None = None) -> Picture:
    """The photo as the redaction editor shows and covers it (pipeline.load_shown: the
    checks, the decoder and the rotation of redact()); raises its ScrubberErrors."""
    from scrubber.redact import pipeline

    if cancel is not None:
        cancel.check()
    return Picture.of(pipeline.load_shown(path))


def clip_frame(
    path: Path, index: int, *, cancel: CancelToken | None = None
) -> tuple[Picture, int, float]:
    """Frame `index` of a clip as the writer decodes it (video.picture_at), with the
    clip's frame count and rate."""
    from scrubber.redact import video  # PyAV loads only when a clip is opened

    if cancel is not None:
        cancel.check()
    im, info = video.picture_at(path, index)
    return Picture.of(im), info.frames, float(info.rate)
