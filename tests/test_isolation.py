"""Worker processes (scrubber.isolation): a crash, a hang or a memory blow-up costs one
call, the worker is replaced, and cancelling stops a busy worker at once."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import crashy
import pytest
from factories import dirty_jpeg, pattern
from leaky import temp_files
from oracle import assert_clean, leaks

from scrubber import batch, isolation, safe_output
from scrubber.cancel import CancelToken
from scrubber.errors import Cancelled, ScrubberError, WorkerCrashed, WorkerTimedOut
from scrubber.model import CleanOptions, CleanResult, Outcome
from scrubber.redact import pipeline


@pytest.fixture
def pool() -> Iterator[isolation.Processes]:
    work = isolation.Processes(keep=2, memory=2 << 30)
    yield work
    work.close()


def test_work_runs_in_another_process(pool: isolation.Processes, tmp_path: Path) -> None:
    photo = dirty_jpeg(tmp_path / "beach.jpg")
    assert leaks(photo)  # the oracle sees the camera's data before
    assert pool.call(os.getpid) != os.getpid()
    report, error, code = pool.call(isolation.inspect_file, photo, limit_s=60)
    assert error is None and code is None and report is not None and report.findings
    job = batch.Job(photo, tmp_path / "out" / "beach.jpg", False, CleanOptions())
    result = pool.call(batch.run, job, limit_s=60)
    assert result.outcome is Outcome.CLEANED and result.output is not None
    assert result.after is not None and not result.after.findings
    assert_clean(result.output)


def test_a_crash_costs_one_call_and_the_worker_is_replaced(pool: isolation.Processes) -> None:
    first = pool.call(os.getpid)
    with pytest.raises(WorkerCrashed):
        pool.call(crashy.segfault, limit_s=30)
    with pytest.raises(WorkerCrashed):  # again: each call gets a live worker
        pool.call(crashy.segfault, limit_s=30)
    after = pool.call(os.getpid)
    assert after != os.getpid() and after != first


def test_a_hang_is_stopped_at_its_time_limit(pool: isolation.Processes) -> None:
    start = time.monotonic()
    with pytest.raises(WorkerTimedOut):
        pool.call(crashy.hang, limit_s=1.0)
    assert time.monotonic() - start < 5.0
    assert pool.call(os.getpid) != os.getpid()


def test_a_memory_blow_up_fails_that_call_only() -> None:
    work = isolation.Processes(keep=1, memory=1 << 30)
    try:
        with pytest.raises(MemoryError):  # the limit refused it; the worker lives on
            work.call(crashy.hog, 3 << 30, limit_s=30)
        assert work.call(crashy.hog, 1 << 20, limit_s=30) == 1 << 20
    finally:
        work.close()


def writing(
    call: Callable[[], object], folder: Path
) -> tuple[threading.Thread, list[BaseException]]:
    """Start `call` in a thread and wait until its worker's temp file is in `folder`; what
    the call raises is collected in the list."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as e:
            raised.append(e)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 30
    while not temp_files(folder) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert temp_files(folder)
    return thread, raised


@pytest.mark.parametrize(
    ("where", "within_s"),
    [("python", 0.8), ("stuck", 1.5)],  # in C code: the grace, then SIGKILL; load permitting
)
def test_cancel_stops_a_busy_worker_and_its_temp_file_goes(
    pool: isolation.Processes, tmp_path: Path, where: str, within_s: float
) -> None:
    token = CancelToken()
    work, args = (
        (crashy.write_then_hang, ()) if where == "python" else (crashy.write_then, ("stuck",))
    )
    thread, raised = writing(
        lambda: pool.call(work, tmp_path / "copy.jpg", *args, cancel=token), tmp_path
    )  # the worker is writing (then, "stuck", in pbkdf2)
    start = time.monotonic()
    token.cancel()
    thread.join(5)
    assert time.monotonic() - start < within_s
    assert len(raised) == 1 and isinstance(raised[0], Cancelled)
    assert not temp_files(tmp_path)


def test_a_copy_committed_as_cancel_comes_is_reported(
    pool: isolation.Processes, tmp_path: Path
) -> None:
    """The worker commits the cleaned photo in place, then reports progress, and the
    app cancels on hearing it: the original was replaced, so the call must say so."""
    photo = dirty_jpeg(tmp_path / "beach.jpg")
    token = CancelToken()
    job = batch.Job(photo, None, True, CleanOptions())
    result = pool.call(
        crashy.run_then_report, job, limit_s=60, progress=lambda _: token.cancel(), cancel=token
    )
    assert token.cancelled
    assert result.outcome is Outcome.CLEANED and result.output == photo
    assert_clean(photo)


def test_a_cancel_before_the_commit_leaves_the_original(
    pool: isolation.Processes, tmp_path: Path
) -> None:
    """Cancelled before the worker commits: the original stays as it was and no temp
    file is left, even when the clean is done before the app acts on the cancel (the
    worker asks before it commits, and waits for the answer)."""
    photo = dirty_jpeg(tmp_path / "beach.jpg")
    before = photo.read_bytes()
    for _ in range(3):
        token = CancelToken()

        def slow_then_cancel(fraction: float, token: CancelToken = token) -> None:
            time.sleep(0.3)  # the window busy: the worker cleans meanwhile
            token.cancel()

        job = batch.Job(photo, None, True, CleanOptions())
        with pytest.raises(Cancelled):
            pool.call(
                crashy.report_then_run, job, limit_s=60, progress=slow_then_cancel, cancel=token
            )
        assert photo.read_bytes() == before
        assert not temp_files(tmp_path)
    assert leaks(photo)


def test_a_failing_progress_callback_stops_the_worker(
    pool: isolation.Processes, tmp_path: Path
) -> None:
    """The caller's progress() raises: the call raises that, and its worker is stopped
    before it can commit the copy it was making (nothing written, nothing kept busy)."""
    photo = dirty_jpeg(tmp_path / "beach.jpg")
    out = tmp_path / "out"
    job = batch.Job(photo, out / "beach.jpg", False, CleanOptions())

    def gone(fraction: float) -> None:
        raise RuntimeError("the window is gone")

    with pytest.raises(RuntimeError, match="the window is gone"):
        pool.call(crashy.report_then_run, job, limit_s=60, progress=gone)
    assert not pool._busy
    time.sleep(0.5)  # time enough for a worker left running to commit its copy
    assert not out.exists() or not list(out.iterdir())
    assert pool.call(os.getpid) != os.getpid()  # the pool goes on


def test_a_send_that_fails_twice_is_a_scrubber_error(
    pool: isolation.Processes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each worker handed out dies before the work reaches it (as one killed between two
    files): after one retry, the documented error, and no worker left marked busy."""
    take = isolation.Processes._take

    def dying(self: isolation.Processes) -> isolation._Worker:
        worker = take(self)
        worker.process.kill()
        worker.process.join(5)
        return worker

    monkeypatch.setattr(isolation.Processes, "_take", dying)
    with pytest.raises(ScrubberError, match="no worker process could be started"):
        pool.call(os.getpid)
    assert not pool._busy
    monkeypatch.setattr(isolation.Processes, "_take", take)
    assert pool.call(os.getpid) != os.getpid()


def test_close_cancels_the_calls_waiting(pool: isolation.Processes) -> None:
    raised: list[BaseException] = []

    def call() -> None:
        try:
            pool.call(crashy.hang, limit_s=60)
        except BaseException as e:
            raised.append(e)

    thread = threading.Thread(target=call)
    thread.start()
    deadline = time.monotonic() + 30
    while not pool._busy and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)  # the worker is inside the hang
    busy = list(pool._busy)
    pool.close()
    thread.join(5)
    assert len(raised) == 1 and isinstance(raised[0], Cancelled), raised
    assert busy and not any(worker.process.is_alive() for worker in busy)


def test_close_lets_a_committed_copy_be_reported(pool: isolation.Processes, tmp_path: Path) -> None:
    """close() comes after the worker replaced the original, before its reply: the call
    reports the clean (not Cancelled, which would say the file was left as it was)."""
    photo = dirty_jpeg(tmp_path / "beach.jpg")
    before = photo.read_bytes()
    got: list[object] = []

    def call() -> None:
        job = batch.Job(photo, None, True, CleanOptions())
        try:
            got.append(pool.call(crashy.run_then_pause, job, 1.0, limit_s=60))
        except BaseException as e:
            got.append(e)

    thread = threading.Thread(target=call)
    thread.start()
    deadline = time.monotonic() + 30
    while photo.read_bytes() == before and time.monotonic() < deadline:
        time.sleep(0.02)
    pool.close()
    thread.join(10)
    assert len(got) == 1 and isinstance(got[0], CleanResult), got
    assert got[0].outcome is Outcome.CLEANED
    assert_clean(photo)
    assert not pool._busy and not pool._idle


def test_progress_arrives_and_keeps_a_long_job_alive(pool: isolation.Processes) -> None:
    heard: list[float] = []
    # 2.4 s in all, past the 1.5 s limit, but never that long without a sign of life.
    assert pool.call(crashy.slow_steps, 8, 0.3, limit_s=1.5, progress=heard.append) == 8
    assert heard == [n / 8 for n in range(1, 9)]
    with pytest.raises(WorkerTimedOut):  # silent for longer than the limit
        pool.call(crashy.slow_steps, 1, 3.0, limit_s=1.5)


def test_without_worker_processes_the_fallback_does_the_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    work = isolation.Processes(keep=1, fallback=isolation.InProcess())
    bare = isolation.Processes(keep=1)

    def forbidden(self: object) -> None:
        raise OSError("fork is not allowed here")

    monkeypatch.setattr(isolation.Processes, "_start", forbidden)
    assert work.call(os.getpid) == os.getpid()  # in this process: usable, not protected
    with pytest.raises(ScrubberError, match="no worker process could be started"):
        bare.call(os.getpid)


@pytest.mark.parametrize(("end", "error"), [("segfault", WorkerCrashed), ("stuck", WorkerTimedOut)])
def test_a_dead_workers_temp_file_is_removed_by_the_app(
    pool: isolation.Processes, tmp_path: Path, end: str, error: type[Exception]
) -> None:
    # The worker cannot clean up after itself: dead of SIGSEGV, or SIGKILLed at its time
    # limit while stuck inside C code (its SIGTERM handler never gets to run).
    with pytest.raises(error):
        pool.call(crashy.write_then, tmp_path / "out" / "a.jpg", end, limit_s=1.0)
    assert (tmp_path / "out").is_dir()  # the worker got as far as its temp file's folder
    assert not temp_files(tmp_path)
    assert pool.call(os.getpid) != os.getpid()


def test_close_stops_a_stuck_call_and_its_temp_file_goes(tmp_path: Path) -> None:
    work = isolation.Processes(keep=1, memory=2 << 30)
    thread, raised = writing(
        lambda: work.call(crashy.write_then, tmp_path / "copy.jpg", "stuck"), tmp_path
    )
    work.close()  # quitting the app
    assert not temp_files(tmp_path)
    thread.join(5)
    assert len(raised) == 1 and isinstance(raised[0], Cancelled)
    assert not temp_files(tmp_path)


def test_after_a_crash_only_the_announced_temp_files_go(
    pool: isolation.Processes, tmp_path: Path
) -> None:
    """The copy the worker committed before dying stays; so does a temp-named file that
    worker never announced (another process's)."""
    photo = dirty_jpeg(tmp_path / "beach.jpg")
    out = tmp_path / "out"
    out.mkdir()
    other = out / f"{safe_output.TEMP_PREFIX}0123456789abcdef{safe_output.TEMP_SUFFIX}"
    other.write_bytes(b"not this worker's")
    job = batch.Job(photo, out / "beach.jpg", False, CleanOptions())
    with pytest.raises(WorkerCrashed):
        pool.call(crashy.run_then_segfault, job, limit_s=60)
    assert sorted(p.name for p in out.iterdir()) == sorted(["beach.jpg", other.name])
    assert_clean(out / "beach.jpg")
    assert other.read_bytes() == b"not this worker's"


LOWERED = """
import json, resource, sys
from pathlib import Path
from scrubber import isolation

work = isolation.Processes(keep=1, memory=64 << 30)  # more than the hard limit allows
try:
    report, error, code = work.call(isolation.inspect_file, Path(sys.argv[1]), limit_s=60)
    limit = work.call(resource.getrlimit, resource.RLIMIT_DATA)
finally:
    work.close()
print(json.dumps([error, code, len(report.findings) if report else 0, limit]))
"""


def test_a_lower_hard_memory_limit_is_kept_and_workers_run(tmp_path: Path) -> None:
    photo = dirty_jpeg(tmp_path / "beach.jpg")
    hard = 6_000_000 * 1024  # as `ulimit -d 6000000` sets it

    def lower() -> None:
        resource.setrlimit(resource.RLIMIT_DATA, (hard, hard))

    done = subprocess.run(
        [sys.executable, "-c", LOWERED, str(photo)],
        preexec_fn=lower,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parent.parent,
    )
    assert done.returncode == 0, done.stderr
    error, code, findings, limit = json.loads(done.stdout)
    assert (error, code) == (None, None)
    assert findings > 0  # the camera's data, read in the worker
    assert limit == [hard, hard]  # capped at the hard limit, never raised past it


def test_a_file_larger_than_the_memory_limit_is_still_read(tmp_path: Path) -> None:
    # The limit is on what a worker allocates, not on files it maps to read: a 3 GiB
    # file (sparse here) is read under a 1 GiB limit, while allocating 3 GiB still fails.
    big = tmp_path / "long-clip.mp4"
    with big.open("wb") as f:
        f.truncate(3 << 30)
        f.seek((3 << 30) - 4)
        f.write(b"tail")
    work = isolation.Processes(keep=1, memory=1 << 30)
    try:
        assert work.call(crashy.mapped_tail, big, limit_s=60) == b"tail"
        with pytest.raises(MemoryError):
            work.call(crashy.hog, 3 << 30, limit_s=30)
    finally:
        work.close()


def test_a_picture_crosses_from_a_worker_pixel_for_pixel(
    pool: isolation.Processes, tmp_path: Path
) -> None:
    # What the redaction editor gets from its worker: the same mode, size and pixels,
    # and the full size of a reduced decode (face boxes are mapped back with it).
    see_through = pattern((40, 30), "RGBA")
    see_through.putpixel((3, 4), (10, 20, 30, 0))
    see_through.info["shown_size"] = (400, 300)
    back = pool.call(isolation.Picture.of, see_through).image()
    assert (back.mode, back.size, back.info) == ("RGBA", (40, 30), {"shown_size": (400, 300)})
    assert back.tobytes() == see_through.tobytes()
    palette = pattern((40, 30)).convert("P")
    back = pool.call(isolation.Picture.of, palette).image()
    assert back.mode == "RGBA" and back.tobytes() == palette.convert("RGBA").tobytes()
    photo = dirty_jpeg(tmp_path / "upright.jpg", size=(64, 48), orientation=8)
    shown = pool.call(isolation.shown_picture, photo, limit_s=60).image()
    assert shown.size == (48, 64)
    assert shown.tobytes() == pipeline.load_shown(photo).tobytes()
