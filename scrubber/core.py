"""inspect() and clean(): the one path the CLI and the GUI both take; write_verified():
the one way any file is written (clean, redact, the app): re-checked, then committed."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from scrubber import names, registry, safe_output
from scrubber.cancel import CancelToken
from scrubber.errors import (
    Cancelled,
    CleaningRefused,
    CorruptFile,
    InvalidRegions,
    LinkNotFollowed,
    NotAFile,
    ScrubberError,
    UnsupportedFormat,
    VerificationFailed,
)
from scrubber.messages import Message
from scrubber.model import (
    Category,
    CleanOptions,
    CleanResult,
    ErrorInfo,
    Finding,
    Outcome,
    Report,
)


def inspect(path: str | os.PathLike[str], *, name: bool = True) -> Report:
    """What identifying data a file holds, its name included (a date, a phone); with
    `name=False` only its content, to re-check a copy whose result speaks for its name.
    Raises ScrubberError subclasses."""
    path = Path(path)
    _require_file(path)
    cleaner = registry.detect(path)
    try:
        report = cleaner.inspect(path)
    except ScrubberError:
        raise
    except MemoryError as e:
        raise CleaningRefused(Message("memory.read")) from e
    except Exception as e:  # a parser bug must read as a damaged file, not a crash
        raise CorruptFile(Message("file.read_failed", kind=type(e).__name__)) from e
    warning = _extension_warning(path, cleaner.name, cleaner.extensions)
    from_name = names.findings(path.name) if name else ()
    if warning or from_name:
        warnings = (warning, *report.warnings) if warning else report.warnings
        report = Report(report.format, (*report.findings, *from_name), report.kept, warnings)
    return report


def clean(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str] | None = None,
    options: CleanOptions | None = None,
    *,
    in_place: bool = False,
    cancel: CancelToken | None = None,
    durable: bool = True,
) -> CleanResult:
    """Write a scrubbed, re-checked copy of `src`; never raises for a bad file.

    `dst` is the wanted output path; its extension is corrected to the real format and
    an existing file is never overwritten (a free name is chosen). With `in_place`, the
    original is replaced only after the cleaned copy has been verified. Without `durable`
    a new copy is not synced to disk here: a batch does that once at its end
    (safe_output.sync_files). In place always syncs before replacing the original.
    """
    src = Path(src)
    options = options or CleanOptions()
    fmt = ""
    try:
        if cancel:
            cancel.check()
        if in_place:
            target = src
        elif dst is None:
            raise ValueError("clean() needs dst unless in_place is set")
        else:
            target = safe_output.fit_name(Path(dst))
        _require_file(src)
        if not in_place and target.exists() and target.samefile(src):
            raise CleaningRefused(Message("clean.would_replace"))
        cleaner = registry.detect(src)
        fmt = cleaner.name
        out_ext = cleaner.output_extension(options)
        if in_place:
            _check_in_place(src, cleaner.extensions, out_ext)
        else:
            target = safe_output.fit_name(_with_format_suffix(target, cleaner.extensions, out_ext))

        written = write_verified(
            target,
            lambda f: cleaner.clean(src, f, options),
            source=src,
            in_place=in_place,
            lossless=cleaner.lossless,
            durable=durable,
            cancel=cancel,
        )
        name_warning = [w] if (w := _extension_warning(src, fmt, cleaner.extensions)) else []
        after = written.after
        if written.output is None:  # in place with nothing to remove: the original stays
            _, name_notes = names.compare(src, src)
            warnings = tuple(dict.fromkeys((*name_warning, *name_notes)))
            return CleanResult(
                src, Outcome.ALREADY_CLEAN, src, fmt, (), after.kept, warnings, after=after
            )
        renamed, name_notes = names.compare(src, written.output)
        removed = (*written.removed, *renamed)
        noted = written.found.warnings if written.found else ()  # the cleaner's own notes
        warnings = (*name_warning, *noted, *after.warnings, *name_notes)
        return CleanResult(
            src,
            Outcome.CLEANED if removed else Outcome.ALREADY_CLEAN,
            written.output,
            fmt,
            removed=removed,
            kept=after.kept,
            warnings=tuple(dict.fromkeys(warnings)),
            after=after,
        )
    except Exception as e:  # a cleaner bug must cost one file, never the batch
        return failed_result(src, fmt, e)


def failed_result(src: Path, fmt: str, e: Exception) -> CleanResult:
    """The result for a file whose cleaning stopped on `e`: refused, failed or cancelled."""
    if isinstance(e, ScrubberError):
        if isinstance(e, Cancelled):
            outcome = Outcome.CANCELLED
        elif isinstance(
            e, (UnsupportedFormat, CleaningRefused, NotAFile, InvalidRegions, LinkNotFollowed)
        ):
            outcome = Outcome.REFUSED
        else:
            outcome = Outcome.FAILED
        return CleanResult(src, outcome, None, fmt, error=ErrorInfo(e.code, e.message))
    if isinstance(e, MemoryError):
        error = ErrorInfo("memory", Message("memory.clean"))
    elif isinstance(e, OSError):
        error = ErrorInfo("io", Message("io.failed", reason=e.strerror or e))
    else:
        error = ErrorInfo("internal", Message("internal.failed", kind=type(e).__name__))
    return CleanResult(src, Outcome.FAILED, None, fmt, error=error)


def _require_file(path: Path) -> None:
    # Checked before opening: opening a named pipe would wait forever.
    if not path.exists():
        raise NotAFile(Message("file.missing"))
    if not path.is_file():
        raise NotAFile(Message("file.not_regular"))


def _check_in_place(src: Path, extensions: tuple[str, ...], out_ext: str) -> None:
    if out_ext not in extensions and src.suffix.lower() != out_ext:
        raise CleaningRefused(Message("clean.in_place_type"))
    if src.is_symlink() or src.stat().st_nlink > 1:
        # Replacing a link would leave the data in the file it points to, or in the
        # other names of a hard-linked file.
        raise CleaningRefused(Message("clean.in_place_link"))


def _same_bytes(a: Path, b: Path) -> bool:
    """Whether two files hold the same bytes (sizes first: usually all it takes)."""
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            block = fa.read(1 << 20)
            if block != fb.read(1 << 20):
                return False
            if not block:
                return True


OTHER_HIDDEN = Finding(Category.OTHER, "file:other", "other hidden data")


@dataclass(frozen=True)
class Written:
    """What write_verified committed, and the re-check that allowed it."""

    output: Path | None  # None: in place with nothing to remove, the original left as it was
    found: Report | None  # what the writer returned: what it found in its source
    removed: tuple[Finding, ...]  # found.findings, or OTHER_HIDDEN (see write_verified)
    after: Report  # the written file re-inspected: no findings, by construction


def write_verified(
    target: Path,
    write: Callable[[BinaryIO], Report | None],
    *,
    source: Path,
    in_place: bool = False,
    lossless: bool = False,
    durable: bool = True,
    cancel: CancelToken | None = None,
) -> Written:
    """Write a file made from `source` and commit it only once it is re-checked clean.

    The one path every output takes (clean, redact, the app): `write` fills a private temp
    file beside `target` and may return what it found in `source` (its `proven` ranges
    spare the re-check some work, see verify_output). The temp file is flushed (synced
    unless `durable` is off; in place always syncs), re-inspected by the reader of the
    format it really holds, and deleted if that finds anything or cannot read it (raising
    VerificationFailed). Then it is named `target` (or the first free name after it) with
    the permission bits of a copy of `source`; `in_place`, it replaces `target` keeping its
    bits, and nothing is written at all when nothing was removed. When `lossless` and the
    writer found nothing, any change of bytes is something inspect could not name: "other
    hidden data"."""
    with safe_output.temp_beside(target) as (tmp, f):
        found = write(f)
        safe_output.flush(f, durable or in_place)
        f.close()
        if cancel:
            cancel.check()
        after = verify_output(tmp, found.proven if found else ())
        removed = found.findings if found else ()
        if not removed and lossless and not _same_bytes(source, tmp):
            # Something went that inspect could not name: say so, never "already clean".
            removed = (OTHER_HIDDEN,)
        if in_place and not removed:
            safe_output.discard(tmp)
            return Written(None, found, removed, after)
        # In place keeps the original's bits; a copy follows the umask and is never more
        # open than the original.
        mode = (target.stat().st_mode & 0o777) if in_place else safe_output.copy_mode(source)
        output = safe_output.commit(tmp, target, replace=in_place, mode=mode)
    return Written(output, found, removed, after)


def verify_output(tmp: Path, proven: tuple[tuple[int, int], ...] = ()) -> Report:
    """Re-inspect the written copy, detecting its format afresh; fail closed.

    `proven` (from the cleaner that wrote it, see Report) spares searching data again that
    was searched in memory just before it was written; everything else is read again.
    A cleaner's `recheck` reads the fresh copy its own way (JPEG maps it where it can).
    """
    try:
        cleaner = registry.detect(tmp)
        recheck = getattr(cleaner, "recheck", None)
        after = recheck(tmp, proven) if recheck else cleaner.inspect(tmp)
    except ScrubberError as e:
        raise VerificationFailed(Message("verify.unreadable", reason=e.message)) from e
    if after.findings:
        left = ", ".join(sorted({f.key for f in after.findings}))
        raise VerificationFailed(Message("verify.left", left=left))
    return after


def _with_format_suffix(target: Path, extensions: tuple[str, ...], out_ext: str) -> Path:
    """Make the output's extension say what the file really is."""
    allowed = extensions if out_ext in extensions else (out_ext,)
    if target.suffix.lower() in allowed:
        return target
    return target.with_suffix(out_ext)


def _extension_warning(path: Path, name: str, extensions: tuple[str, ...]) -> str | None:
    suffix = path.suffix.lower()
    if suffix and suffix not in extensions:
        return f"the file name ends in {suffix} but the file is really {name}"
    return None
