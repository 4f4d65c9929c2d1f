"""Work off the GUI thread and out of the app's process: inspection, thumbnails, cleaning.

Strangers' files are parsed in worker processes (scrubber.isolation.Processes, one set
for the app, started in the background at start-up): a crash, hang or memory blow-up
in a native library costs one file, reported as failed, and the window and batch go
on. Jobs are QRunnables on private QThreadPools, each waiting (without the GIL) for its
worker process. A job never touches a widget or a BatchItem: it gets plain data and
posts plain data back to a Mailbox, which hands the results to the GUI thread in
time-boxed portions. With hundreds of files, results arrive faster than one signal each
could be handled without stalling the window.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage

from gui import thumbs
from gui.items import Copy
from scrubber import batch, core, isolation, safe_output
from scrubber.cancel import CancelToken
from scrubber.errors import Cancelled, ScrubberError
from scrubber.isolation import Isolation, Processes, TimeLimit
from scrubber.model import CleanOptions, CleanResult, ErrorInfo, Outcome, Report
from scrubber.names import Naming
from scrubber.redact.regions import Region

THUMB_SIZE = 96  # pixels decoded; shown at half that on HiDPI-aware views
BUDGET_S = 0.005  # longest the GUI thread spends on results before painting again
# Inspection runs in worker processes: its threads only wait, so two keep both cores busy.
INSPECT_THREADS = 2
# Work starts this long after it is asked for, so the window first paints what changed
# (new rows, a list of "Cleaning…") without waiting for the GIL held by fresh workers.
START_DELAY_MS = 30


def _threads(limit: int) -> int:
    return max(1, min(limit, QThread.idealThreadCount()))


_shared: Processes | None = None


def app_isolation() -> Isolation:
    """The app's worker processes, one set shared by inspection, previews and cleaning;
    the first call starts them in the background (the fork server imports the formats
    once, so the first files need not wait for that)."""
    global _shared
    if _shared is None:
        _shared = Processes(keep=_threads(4) + INSPECT_THREADS, fallback=isolation.InProcess())
        _shared.warm(_threads(4))
    return _shared


def close_app_isolation() -> None:
    """When the app quits: the worker processes exit (busy ones are stopped)."""
    global _shared
    if _shared is not None:
        _shared.close()
        _shared = None


class _Call(QRunnable):
    """A QRunnable around a Python callable (the pool owns and deletes it)."""

    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self._fn = fn

    def run(self) -> None:
        self._fn()


class Mailbox(QObject):
    """Results posted from any thread, delivered in the GUI thread a few at a time.

    One queued wake-up per burst, not one signal per result; each delivery round stops
    after BUDGET_S and lets the event loop paint and handle input before the next.
    """

    _wake = Signal()

    def __init__(self, deliver: Callable[[tuple[Any, ...]], None], parent: QObject) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._items: deque[tuple[Any, ...]] = deque()  # append/popleft are thread-safe
        self._lock = threading.Lock()
        self._woken = False
        self._wake.connect(self.drain, Qt.ConnectionType.QueuedConnection)

    def put(self, *item: Any) -> None:
        self._items.append(item)
        with self._lock:
            if self._woken:
                return
            self._woken = True
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
            self._wake.emit()

    def drain(self) -> None:
        with self._lock:
            self._woken = False  # a result posted from now on wakes us again
        deadline = time.perf_counter() + BUDGET_S
        while self._items:
            self._deliver(self._items.popleft())
            if time.perf_counter() > deadline and self._items:
                with self._lock:
                    if self._woken:
                        return
                    self._woken = True
                self._wake.emit()  # queued: input and painting come first
                return


# --- inspection and thumbnails ------------------------------------------------------------


class Inspector(QObject):
    """Inspects files and makes thumbnails, a few at a time.

    Jobs wait in Python queues and a few long-lived pool runners take them in turn:
    QThreadPool.start() per file cost the GUI thread milliseconds each (it gives up
    the GIL to busy workers and waits to get it back), hundreds of them a stall.
    """

    # uid, Report | None, error message | None, error code | None (e.g. "unsupported")
    inspected = Signal(int, object, object, object)
    thumbnailReady = Signal(int, object)  # uid, QImage | None
    idle = Signal()

    def __init__(self, parent: QObject | None = None, work: Isolation | None = None) -> None:
        super().__init__(parent)
        self.work = work if work is not None else app_isolation()
        self._token = CancelToken()  # stop(): running calls end at once
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(_threads(INSPECT_THREADS))
        self._pending = 0
        self._mail = Mailbox(self._deliver, self)
        self._lock = threading.Lock()
        # Visible rows ask for thumbnails: newest first (what is on screen now), and
        # before inspections still queued.
        self._thumbs: deque[Callable[[], None]] = deque()
        self._inspections: deque[Callable[[], None]] = deque()
        self._runners = 0
        self._kick = QTimer(self)
        self._kick.setSingleShot(True)
        self._kick.setInterval(START_DELAY_MS)
        self._kick.timeout.connect(self._start_runners)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def inspect(self, uid: int, path: Path) -> None:
        mail, work, token = self._mail, self.work, self._token

        def job() -> None:
            report: Report | None = None
            error = code = None
            try:
                limit = isolation.INSPECT.for_file(path)
                report, error, code = work.call(
                    isolation.inspect_file, path, limit_s=limit, cancel=token
                )
            except ScrubberError as e:  # the worker crashed or hung on it: this file only
                error, code = e.message, e.code
            except Exception as e:
                error, code = f"this file could not be read ({type(e).__name__})", "corrupt"
            mail.put("inspected", uid, report, error, code)

        self._queue(self._inspections.append, job)

    def thumbnail(self, uid: int, path: Path, size: int = THUMB_SIZE) -> None:
        mail, work, token = self._mail, self.work, self._token

        def job() -> None:
            image: QImage | None = None
            try:
                limit = isolation.PREVIEW.for_file(path)
                pixels = work.call(isolation.preview, path, size, limit_s=limit, cancel=token)
                if pixels is not None:  # decoded in the worker, made a QImage here
                    image = thumbs.from_pixels(*pixels)
            except Exception:  # no preview is fine; the list shows a plain icon
                image = None
            mail.put("thumbnail", uid, image)

        self._queue(self._thumbs.appendleft, job)

    def _queue(self, put: Callable[[Callable[[], None]], None], job: Callable[[], None]) -> None:
        self._pending += 1
        with self._lock:
            put(job)
            idle = self._runners < self.pool.maxThreadCount()
        if idle and not self._kick.isActive():
            self._kick.start()

    def _start_runners(self) -> None:
        while True:
            with self._lock:
                if self._runners >= self.pool.maxThreadCount():
                    return
                if not (self._thumbs or self._inspections):
                    return
                self._runners += 1
            self.pool.start(_Call(self._run))

    def _next(self) -> Callable[[], None] | None:
        with self._lock:
            if self._thumbs:
                return self._thumbs.popleft()
            if self._inspections:
                return self._inspections.popleft()
            self._runners -= 1  # under the lock: a job queued now starts a new runner
            return None

    def _run(self) -> None:
        while (job := self._next()) is not None:
            job()

    def _deliver(self, item: tuple[Any, ...]) -> None:
        kind, *args = item
        if kind == "inspected":
            self.inspected.emit(*args)
        else:
            self.thumbnailReady.emit(*args)
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self.idle.emit()

    def stop(self, msecs: int) -> bool:
        """Drop queued work, stop what is running and wait (bounded) for it."""
        with self._lock:
            self._thumbs.clear()
            self._inspections.clear()
        self._token.cancel()
        done = self.pool.waitForDone(msecs)
        self._pending = 0
        self._token = CancelToken()
        return done


# --- the batch clean ----------------------------------------------------------------------


@dataclass
class Task:
    """One file of a batch, as plain data for a worker thread."""

    uid: int
    source: Path
    folder: Path | None  # where the copy goes; None: clean in place
    options: CleanOptions
    naming: Naming = Naming.NEUTRAL
    regions: list[Region] = field(default_factory=list)
    mode: str = "fill"
    color: tuple[int, int, int] = (0, 0, 0)
    # Cover the faces found ("thorough" or "fast" search) where no areas were chosen.
    faces: str | None = None
    link: bool = False  # a link found in a dropped folder: reported, never followed
    photo: bool = False  # a photo redact() can draw afresh (for the fingerprint option)
    clip: bool = False  # a video clip: areas and faces are covered by redact_video
    spans: list[tuple[float, float]] = field(default_factory=list)  # a clip's areas' times
    earlier: Copy | None = None  # our copy from an earlier clean: the new one replaces it
    # Handshake between cancel() and a worker picking the task up: exactly one of them
    # decides the task's fate, so it is reported once, as done or as cancelled.
    lock: threading.Lock = field(default_factory=threading.Lock)
    begun: bool = False
    abandoned: bool = False

    def target(self) -> Path | None:
        """The wanted name of the copy (worked out in the worker: paths are not free)."""
        if self.folder is None:
            return None
        # The command line's naming; the app writes every copy flat into its folder.
        return batch.output_name(self.source, Path(self.source.name), self.folder, self.naming)

    def job(self) -> batch.Job:
        """The plain job for the core's dispatcher (batch.run), as the CLI builds it."""
        target = self.target()
        return batch.Job(
            self.source,
            target,
            in_place=target is None,
            options=self.options,
            redact_faces=self.faces is not None,
            face_search=self.faces or "thorough",
            link=self.link,
            regions=tuple(self.regions),
            # A clip's areas are covered with the times chosen; a photo has none.
            spans=tuple(self.spans) if self.clip else (),
            mode=self.mode,
            color=self.color,
            # Weakening the camera fingerprint means drawing the photo afresh, as covering does.
            redraw=self.photo and self.options.reduce_fingerprint,
        )


def run_task(
    task: Task,
    token: CancelToken,
    progress: Callable[[float], None] | None = None,
    work: Isolation | None = None,
    run: Callable[..., CleanResult] = batch.run,
    limit: TimeLimit = isolation.CLEAN,
) -> CleanResult:
    """Clean (or cover areas of) one file through `run` (the core's dispatcher), in a
    worker process of `work` (in this thread without one); never raises. The result
    carries the re-check of what was written (`after`): the core never commits a copy
    without it. `progress` hears the share done of a clip being covered."""
    try:
        token.check()
        job = task.job()
        work = work if work is not None else isolation.InProcess()
        limit_s = limit.for_file(task.source)
        result = work.call(run, job, limit_s=limit_s, progress=progress, cancel=token)
        return supersede(result, task.earlier)
    except Exception as e:  # a crash, a hang, cancelled: this file only
        return core.failed_result(task.source, "", e)


def supersede(result: CleanResult, earlier: Copy | None) -> CleanResult:
    """The new copy replaces the file's earlier one (covered after a first clean, the
    face must not stay uncovered in the old copy), unless that one changed meanwhile."""
    new = result.output
    if not result.outcome.ok or new is None or new == result.source or earlier is None:
        return result
    if new == earlier.path or not earlier.unchanged():
        return result
    try:
        return dataclasses.replace(result, output=safe_output.supersede(new, earlier.path))
    except ScrubberError as e:  # both would stay: keep the earlier state, say why
        safe_output.discard(new)
        error = ErrorInfo(e.code, e.message)
        return CleanResult(result.source, Outcome.FAILED, None, result.format, error=error)


class BatchRunner(QObject):
    """Runs one batch at a time; cancel() stops it promptly.

    Tasks are handed to the pool a few at a time (two per thread), so starting a batch
    of hundreds costs the GUI thread nothing and cancelling has little to take back.
    """

    itemStarted = Signal(int)  # uid
    itemFinished = Signal(int, object, object)  # uid, CleanResult, Report | None (after)
    itemProgress = Signal(int, int)  # uid, percent done of a long file (a clip)
    progress = Signal(int, int)  # finished, total
    finished = Signal(bool)  # True when cancelled

    def __init__(self, parent: QObject | None = None, work: Isolation | None = None) -> None:
        super().__init__(parent)
        self.work = work if work is not None else app_isolation()
        # What each file is run through, and its time limit (a test may pass its own).
        self.run: Callable[..., CleanResult] = batch.run
        self.limit = isolation.CLEAN
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(_threads(4))
        self._tasks: dict[int, Task] = {}  # not finished yet
        self._waiting: deque[Task] = deque()  # not handed to the pool yet
        self._in_pool: dict[int, Task] = {}
        self._total = 0
        self._finished = 0
        self._token = CancelToken()
        self._running = False
        self._mail = Mailbox(self._deliver, self)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def cancelled(self) -> bool:
        return self._token.cancelled

    def start(self, tasks: list[Task]) -> None:
        if self._running:
            raise RuntimeError("a batch is already running")
        self._token = CancelToken()
        self._tasks = {t.uid: t for t in tasks}
        self._waiting = deque(tasks)
        self._in_pool = {}
        self._total, self._finished = len(tasks), 0
        self._running = True
        self.progress.emit(0, self._total)
        if not tasks:
            self._running = False
            self.finished.emit(False)
            return
        QTimer.singleShot(START_DELAY_MS, self, self._feed)

    def _feed(self) -> None:
        room = 2 * self.pool.maxThreadCount() - len(self._in_pool)
        while room > 0 and self._waiting and not self._token.cancelled:
            task = self._waiting.popleft()
            self._in_pool[task.uid] = task
            self.pool.start(_Call(self._job(task, self._token)))
            room -= 1

    def _job(self, task: Task, token: CancelToken) -> Callable[[], None]:
        mail = self._mail

        def job() -> None:
            with task.lock:
                if task.abandoned:
                    return
                task.begun = True
            mail.put("started", task.uid)
            shown = -1

            def progress(fraction: float) -> None:
                nonlocal shown
                percent = int(fraction * 100)
                if percent != shown:  # one message per percent, not one per frame
                    shown = percent
                    mail.put("progress", task.uid, percent)

            result = run_task(task, token, progress, self.work, self.run, self.limit)
            mail.put("done", task.uid, result, result.after)

        return job

    def _deliver(self, item: tuple[Any, ...]) -> None:
        kind, uid, *rest = item
        if kind == "started":
            if uid in self._tasks:
                self.itemStarted.emit(uid)
        elif kind == "progress":
            if uid in self._tasks:
                self.itemProgress.emit(uid, *rest)
        else:
            self._on_done(uid, *rest)

    def cancel(self) -> None:
        """Start no more files; those being worked on are stopped now (their worker
        processes are, and delete their temp files): each copy is whole or absent."""
        if not self._running or self._token.cancelled:
            return
        self._token.cancel()
        self.pool.clear()
        untouched = list(self._waiting)
        self._waiting.clear()
        for task in list(self._in_pool.values()):
            with task.lock:
                if not task.begun:
                    task.abandoned = True
                    untouched.append(task)
        # Reported through the mailbox like the others: a few per turn of the event loop.
        for task in untouched:
            self._mail.put("done", task.uid, core.failed_result(task.source, "", Cancelled()), None)

    def _on_done(self, uid: int, result: CleanResult, after: Report | None) -> None:
        if self._tasks.pop(uid, None) is None:
            return  # from an earlier batch
        self._in_pool.pop(uid, None)
        self._finished += 1
        self.itemFinished.emit(uid, result, after)
        self.progress.emit(self._finished, self._total)
        if not self._tasks and self._running:
            self._running = False
            self.finished.emit(self._token.cancelled)
        else:
            self._feed()

    def shutdown(self, msecs: int) -> bool:
        """For closing the app: cancel, then wait (bounded) for the files being cleaned to
        be stopped (in-process: to finish)."""
        self.cancel()
        done = self.pool.waitForDone(msecs)
        if not done:
            # Still writing after the wait: remove the unfinished temp files now, so
            # quitting cannot leave half a copy behind.
            safe_output.discard_active()
        return done
