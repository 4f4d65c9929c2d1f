"""Running a batch of cleans: which files, where the copies go, and a process pool.

The CLI drives it; the GUI uses `walk` and `output_name` so both name copies the same way.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from scrubber import core, registry, safe_output
from scrubber.errors import DetectorUnavailable, ScrubberError
from scrubber.model import CleanOptions, CleanResult, ErrorInfo, Outcome
from scrubber.safe_output import TEMP_PREFIX

COPY_SUFFIX = "-copy"
NO_FACES = "no faces were found"


@dataclass(frozen=True)
class Job:
    source: Path
    target: Path | None  # None with in-place
    in_place: bool
    options: CleanOptions
    redact_faces: bool = False  # cover detected faces (re-encodes) instead of lossless cleaning
    face_search: str = "thorough"  # or "fast" (scrubber.redact.detect.Search), by choice


def walk(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, path relative to what the user named) for files and folders, recursively.

    Links are not followed into or out of a folder, and our own temp files are skipped.
    """
    for root in paths:
        if root.is_dir() and not root.is_symlink():
            for folder, dirs, files in os.walk(root):
                dirs.sort()
                for name in sorted(files):
                    path = Path(folder, name)
                    if name.startswith(TEMP_PREFIX) or path.is_symlink():
                        continue
                    yield path, path.relative_to(root)
        else:
            yield root, Path(root.name)


def plan(
    paths: list[Path], output: Path | None, in_place: bool, rename: str, options: CleanOptions
) -> Iterator[Job]:
    for source, rel in walk(paths):
        if in_place:
            yield Job(source, None, True, options)
        else:
            yield Job(source, output_name(source, rel, output, rename == "random"), False, options)


def output_name(source: Path, rel: Path, output: Path | None, random_name: bool) -> Path:
    """Where the copy of `source` goes: under `output` keeping the folder layout `rel`,
    or beside the original as NAME-copy.EXT. The core corrects the extension and never
    overwrites, so this is only the wanted name."""
    if random_name:
        name = secrets.token_hex(8) + source.suffix.lower()
    elif output is None:
        name = safe_output.fit_name(source, COPY_SUFFIX).name  # the tag kept on long names
    else:
        name = rel.name
    return (output / rel.parent if output else source.parent) / name


def run(job: Job) -> CleanResult:
    if job.redact_faces:
        return _run_faces(job)
    return core.clean(job.source, job.target, job.options, in_place=job.in_place)


def _run_faces(job: Job) -> CleanResult:
    """Cover the faces found in a photo; without any, clean it losslessly as usual.

    Runs in a worker process: the detector model is loaded once per worker.
    """
    from scrubber.redact import detect, pipeline  # only --redact-faces needs them

    assert job.target is not None  # the CLI refuses --redact-faces with --in-place
    try:
        is_photo = registry.detect(job.source).name in pipeline.FORMATS
    except (ScrubberError, OSError):
        is_photo = False  # core.clean() reports the problem in its usual words
    if not is_photo:
        return core.clean(job.source, job.target, job.options)
    note = NO_FACES
    search = detect.Search(job.face_search)
    try:
        faces = detect.faces_in_file(job.source, search)
    except DetectorUnavailable as e:  # never write an uncovered copy the user did not want
        return core.failed_result(job.source, "", e)
    except ScrubberError as e:  # e.g. damaged: clean() fails it or cleans what it can
        faces, note = [], f"faces could not be looked for ({e.message})"
    except Exception as e:  # one bad photo never stops the batch
        return core.failed_result(job.source, "", e)
    if faces:
        result = pipeline.redact(job.source, job.target, faces, "fill", (0, 0, 0), job.options)
    else:
        result = core.clean(job.source, job.target, job.options)
        if result.outcome.ok:
            result = dataclasses.replace(result, warnings=(*result.warnings, note))
    if result.outcome.ok and note == NO_FACES:  # looked for: say how many were covered
        result = dataclasses.replace(result, faces_covered=len(faces), face_search=search.value)
    return result


def run_all(jobs: list[Job], workers: int) -> Iterator[CleanResult]:
    """Results in input order; a process pool uses every core for a batch.

    A worker that dies (a crash inside an image library) breaks the pool: the first
    unfinished file is retried alone, failed if it crashes again, and the batch resumes
    in a fresh pool. On Ctrl-C, files being written are finished (each is whole or
    absent) and the rest are not started.
    """
    workers = max(1, min(workers, len(jobs)))
    if workers == 1:
        yield from map(run, jobs)
        return
    pending = jobs
    while pending:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_signals)
        done = 0
        try:
            futures = [pool.submit(run, job) for job in pending]
            for future in futures:
                yield future.result()
                done += 1
            pending = []
        except BrokenProcessPool:
            yield _run_alone(pending[done])
            pending = pending[done + 1 :]
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _worker_signals() -> None:
    # Ctrl-C is the main process's to handle. A worker stopped because another one
    # crashed gets SIGTERM: it deletes its temp file and exits at once. (Raising
    # SystemExit instead unwinds into the pool's own result queue, where a stopped
    # worker can block forever.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_term)


def _exit_on_term(signum: int, frame: object) -> None:
    safe_output.discard_active()
    os._exit(1)


def _run_alone(job: Job) -> CleanResult:
    with ProcessPoolExecutor(max_workers=1, initializer=_worker_signals) as pool:
        try:
            return pool.submit(run, job).result()
        except BrokenProcessPool:
            message = "the program stopped unexpectedly on this file; it was not cleaned"
            return CleanResult(job.source, Outcome.FAILED, error=ErrorInfo("crash", message))
