"""Running a batch of cleans: which files, where the copies go, what to do with each
(`run`, the one dispatcher of clean / cover areas / cover faces), and a process pool.

The CLI uses all of it. The app picks its files with `walk`, names its copies with
`output_name` (flat in its output folder) and runs each file's `Job` through `run`, in
its own worker processes (scrubber.isolation, gui/workers.py), not in this pool.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from scrubber import core, names, registry, safe_output
from scrubber.cancel import CancelToken
from scrubber.errors import DetectorUnavailable, LinkNotFollowed, NeedsCopy, ScrubberError
from scrubber.model import CleanOptions, CleanResult, ErrorInfo, Outcome
from scrubber.names import Naming
from scrubber.safe_output import TEMP_PREFIX

if TYPE_CHECKING:  # the redaction modules load only when something is covered
    from scrubber.redact.regions import Region

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
    link: bool = False  # a link found in a folder: reported, never followed
    # A new copy is synced to disk with the rest of the batch at its end (run_all), not
    # alone; an original replaced in place is always synced first.
    sync_later: bool = False
    # Chosen in the app's editor: areas to cover (a new, re-encoded copy), how, and for a
    # clip when each area shows (one span per area, in seconds; none: the whole clip).
    regions: tuple[Region, ...] = ()
    spans: tuple[tuple[float, float], ...] = ()
    mode: str = "fill"
    color: tuple[int, int, int] = (0, 0, 0)
    redraw: bool = False  # a photo drawn afresh (to weaken the camera fingerprint)


class Found(NamedTuple):
    path: Path
    rel: Path  # relative to what the user named
    link: bool = False  # a link inside a named folder: to report, not to follow


def walk(paths: Iterable[Path]) -> Iterator[Found]:
    """The files the user named, and those in named folders, recursively.

    Links inside a folder are not followed, but they are listed (with `link` set) so
    each can be reported; only our own temp files are skipped without a word.
    """
    for root in paths:
        if root.is_dir() and not root.is_symlink():
            for folder, dirs, files in os.walk(root):
                dirs.sort()
                # os.walk lists a link to a folder among the folders, and never enters it.
                links = [d for d in dirs if Path(folder, d).is_symlink()]
                for name in sorted([*files, *links]):
                    path = Path(folder, name)
                    if name.startswith(TEMP_PREFIX):
                        continue
                    yield Found(path, path.relative_to(root), path.is_symlink())
        else:
            yield Found(root, Path(root.name))


def plan(
    paths: list[Path], output: Path | None, in_place: bool, naming: Naming, options: CleanOptions
) -> Iterator[Job]:
    folders: dict[Path, Path] = {}  # random names given to folders under the output
    for source, rel, link in walk(paths):
        if in_place:
            yield Job(source, None, True, options, link=link)
        else:
            target = output_name(source, rel, output, naming, folders)
            yield Job(source, target, False, options, link=link, sync_later=True)


def output_name(
    source: Path,
    rel: Path,
    output: Path | None,
    naming: Naming,
    folders: dict[Path, Path] | None = None,
) -> Path:
    """Where the copy of `source` goes: under `output` keeping the folder layout `rel`,
    or beside the original as NAME-copy.EXT. The core corrects the extension and never
    overwrites, so this is only the wanted name.

    A name that shows a date, a phone or an app becomes photo-1f0c9a2e.jpg (video-,
    recording-, document-) unless names are kept; with random naming every file name is
    random, and so is every folder name under `output` (`folders` keeps one random name
    per folder across a batch).
    """
    suffix = source.suffix.lower()
    if naming is Naming.RANDOM:
        name = names.random_stem() + suffix
    elif naming is Naming.NEUTRAL and names.findings(source.name):
        name = names.neutral_stem(source) + suffix
    else:
        name = source.name
    if output is None:
        if naming is not Naming.RANDOM:
            name = safe_output.fit_name(source.with_name(name), COPY_SUFFIX).name
        return source.parent / name
    folder = rel.parent
    if naming is Naming.RANDOM and folder.parts:
        folder = _random_folder(folder, {} if folders is None else folders)
    return output / folder / name


def _random_folder(folder: Path, folders: dict[Path, Path]) -> Path:
    if folder not in folders:
        parent = folder.parent
        base = _random_folder(parent, folders) if parent.parts else Path()
        folders[folder] = base / names.random_stem()
    return folders[folder]


def default_workers() -> int:
    """Processes for a batch: one per core, plus one. Cleaning a photo is mostly copying
    bytes, and while one worker waits for the disk (new pages, file creation) another can
    use its core: on the 2-core test machine 3 workers beat 2 (bench/README.md)."""
    return (os.cpu_count() or 1) + 1


def run(
    job: Job,
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[float], None] | None = None,
) -> CleanResult:
    """Clean one file, or cover its areas or faces: the one dispatcher of the CLI and the
    app; never raises. Runs in a worker process (the CLI's pool, the app's isolation).
    `progress` hears the share done of a clip being covered (the only long single file).
    The result carries the re-check of what was written (`after`, core.write_verified)."""
    try:
        if cancel is not None:
            cancel.check()
        if job.link:
            return core.failed_result(job.source, "", LinkNotFollowed())
        if job.in_place or job.target is None:
            if job.regions or job.redact_faces or job.redraw:
                # A covered picture is a new file: the original is never written over.
                return core.failed_result(job.source, "", NeedsCopy())
            # In place always syncs the copy before it replaces the original.
            return core.clean(job.source, None, job.options, in_place=job.in_place, cancel=cancel)
        if job.regions or job.redact_faces:
            return _cover(job, job.target, cancel, progress)
        if job.redraw:
            from scrubber.redact import pipeline

            return pipeline.redact(job.source, job.target, [], job.mode, job.color, job.options)
        durable = not job.sync_later
        return core.clean(job.source, job.target, job.options, durable=durable, cancel=cancel)
    except Exception as e:  # the core never raises; a last guard for the batch
        return core.failed_result(job.source, "", e)


def _cover(
    job: Job, target: Path, cancel: CancelToken | None, progress: Callable[[float], None] | None
) -> CleanResult:
    """Cover the areas chosen, or else the faces found. A clip is written afresh with
    them covered in every frame (faces are searched too when asked: nobody can review
    every frame)."""
    from scrubber.redact import pipeline

    try:
        kind = registry.detect(job.source).name
    except (ScrubberError, OSError):
        kind = ""  # clean() or redact() reports the problem in its usual words
    if kind in pipeline.CLIP_FORMATS:
        from scrubber.redact import video  # PyAV loads only when a clip is covered

        areas: list[Region | video.TimedArea] = list(job.regions)
        if job.spans:  # times chosen in the editor, one per area
            pairs = zip(job.regions, job.spans, strict=True)
            areas = [video.TimedArea(region, *span) for region, span in pairs]
        return video.redact_video(
            job.source,
            target,
            areas,
            faces=job.redact_faces,
            mode=job.mode,
            color=job.color,
            progress=progress,
            cancel=cancel,
        )
    if job.regions:
        regions = list(job.regions)
        return pipeline.redact(job.source, target, regions, job.mode, job.color, job.options)
    return _run_faces(job, target, kind)


def _run_faces(job: Job, target: Path, kind: str) -> CleanResult:
    """Cover the faces found in a photo; without any, clean it losslessly as usual.

    Runs in a worker process: the detector model is loaded once per worker.
    """
    from scrubber.redact import detect, pipeline  # only --redact-faces needs them

    if kind not in pipeline.FORMATS:
        return core.clean(job.source, target, job.options)
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
        result = pipeline.redact(job.source, target, faces, "fill", (0, 0, 0), job.options)
    else:
        result = core.clean(job.source, target, job.options)
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
    absent) and the rest are not started. The copies are synced to disk once, after the
    last result (one wait for the disk instead of one per file); that raises OutputError
    if it fails.
    """
    synced = {id(job) for job in jobs if job.sync_later and not job.in_place}
    written = []
    try:
        for job, result in zip(jobs, _results(jobs, workers), strict=True):
            if id(job) in synced and result.outcome.ok and result.output != result.source:
                written.append(result.output)
            yield result
    finally:  # also after Ctrl-C: the copies already made are kept, so they are synced
        safe_output.sync_files(p for p in written if p is not None)


def _results(jobs: list[Job], workers: int) -> Iterator[CleanResult]:
    workers = max(1, min(workers, len(jobs)))
    if workers == 1:
        yield from map(run, jobs)
        return
    with contextlib.suppress(ScrubberError, OSError):
        # Formats load on first use: loaded here, forked workers start with them.
        registry.detect(jobs[0].source)
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
