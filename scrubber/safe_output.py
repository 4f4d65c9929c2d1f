"""Write a finished file or none: a temp file beside the target, flushed, then committed
under a free name. core.write_verified puts these together with the re-check between."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from scrubber.errors import OutputError
from scrubber.messages import Message

TEMP_PREFIX = ".scrubber-"
TEMP_SUFFIX = ".part"
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"[0-9a-f]{16}" + re.escape(TEMP_SUFFIX))
_ACTIVE: set[Path] = set()  # temp files being written by this process
# Asked just before a copy takes its name; raises to refuse. A worker process asks the app
# (scrubber.isolation), which may have cancelled the call meanwhile: the app then knows,
# race-free, whether a copy was committed. None elsewhere.
before_commit: Callable[[], None] | None = None
# Told each temp file's absolute path before the file is created: a worker process
# (scrubber.isolation) tells the app, which removes it if the worker dies mid-write.
announce: Callable[[Path], None] | None = None


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[tuple[Path, BinaryIO]]:
    """A new private temp file in the target's folder, removed unless committed.

    Same folder so the final rename is atomic and never crosses file systems; the
    dot-name keeps it out of sight; mode 0600 keeps it private while half written.
    """
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(Message("output.folder_create", reason=e.strerror or e)) from e
    tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    created = False
    _ACTIVE.add(tmp)  # before it exists, so a process stopped mid-write can remove it
    try:
        if announce is not None:
            announce(Path(os.path.abspath(tmp)))
        try:
            fd = os.open(tmp, flags, 0o600)
        except OSError as e:
            raise OutputError(Message("output.folder_write", reason=e.strerror or e)) from e
        created = True
        with os.fdopen(fd, "wb") as f:
            yield tmp, f
    except BaseException as e:
        # Anything but a failed open means the file may exist, even if a signal (a worker
        # being stopped) arrived between creating it and noting that we did.
        if created or not isinstance(e, OutputError):
            discard(tmp)
        raise
    finally:
        _ACTIVE.discard(tmp)


def discard_active() -> None:
    """Remove the temp files this process is writing: for a worker told to stop at once."""
    for tmp in list(_ACTIVE):
        discard(tmp)


def is_temp_name(path: Path) -> bool:
    """Whether `path` has the name temp_beside gives its files (and nothing else could)."""
    return _TEMP_NAME.fullmatch(path.name) is not None


def discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


def flush(f: BinaryIO, durable: bool = True) -> None:
    """Make the temp file durable before it gets its final name; without `durable` the
    caller syncs later (sync_files), and the kernel is asked to start writing it now."""
    try:
        f.flush()
        if durable:
            os.fsync(f.fileno())
        elif hasattr(os, "posix_fadvise"):
            # Linux starts writing dirty pages back on this hint, without waiting: the
            # disk works while the next file is cleaned, and the final sync finds it done.
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError as e:
        raise OutputError(Message("output.finish", reason=e.strerror or e)) from e


def sync_files(paths: Iterable[Path]) -> None:
    """Flush finished copies, then their folders' entries, to disk: one step for a batch.

    The syncs run side by side (threads: each waits for the disk, not for Python), so the
    file system can commit them together.
    """
    files = list(paths)
    folders = {path.parent for path in files}
    try:
        with ThreadPoolExecutor(max_workers=SYNC_THREADS) as pool:
            list(pool.map(_fsync, files))
            list(pool.map(_fsync_folder, folders))
    except OSError as e:
        raise OutputError(Message("output.sync", reason=e.strerror or e)) from e


SYNC_THREADS = 8


def _fsync(path: Path, flags: int = os.O_RDONLY) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(PermissionError, IsADirectoryError):  # Windows: not for folders
        _fsync(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))


def commit(tmp: Path, target: Path, *, mode: int, replace: bool = False) -> Path:
    """Give the verified temp file its final name and permission bits; return the name.

    Without `replace`, an existing file is never overwritten: the first free name of
    `name.ext`, `name-2.ext`, `name-3.ext`, ... is taken, race-free via hard links where
    the file system has them.
    """
    try:
        if before_commit is not None:
            before_commit()
        os.chmod(tmp, mode)
        if replace:
            os.replace(tmp, target)
            return target
        for candidate in _candidates(target):
            try:
                os.link(tmp, candidate)
            except FileExistsError:
                continue
            except OSError:
                # No hard links (FAT/exFAT USB sticks): check, then rename.
                if candidate.exists():
                    continue
                os.replace(tmp, candidate)
                return candidate
            tmp.unlink()
            return candidate
        raise OutputError(Message("output.no_name"))
    except OSError as e:
        raise OutputError(Message("output.save", reason=e.strerror or e)) from e
    finally:
        discard(tmp)


def supersede(new: Path, earlier: Path) -> Path:
    """Put a new, verified copy in the place of an earlier copy of the same file that we
    wrote (the app cleaning a file again, say after a face was covered); return its name.

    In the same folder with the same extension it takes the earlier name in one atomic
    rename: there is never a moment with both copies or with neither. Elsewhere the
    earlier copy is deleted once the new one has its name.
    """
    try:
        if new.parent == earlier.parent and new.suffix.lower() == earlier.suffix.lower():
            os.replace(new, earlier)
            return earlier
        earlier.unlink(missing_ok=True)
        return new
    except OSError as e:
        raise OutputError(Message("output.replace", reason=e.strerror or e)) from e


def copy_mode(original: Path) -> int:
    """Permission bits for a copy of `original`: what the umask allows for a new file, and
    never more open than the original (a private 0600 photo stays 0600)."""
    return original.stat().st_mode & 0o666 & ~umask()


def umask() -> int:
    """The process umask, read without changing it.

    os.umask() can only be read by setting it, and for that moment every other thread
    (the app cleans in a thread pool) would create its files under the wrong mask. Linux
    shows it in /proc/self/status, read afresh each time (a few microseconds). Elsewhere
    it is read once, at import: before any of our threads exist, and set to 077 for that
    moment, so a file another library created then would only be more private.
    """
    mask = _proc_umask()
    return _UMASK_AT_IMPORT if mask is None else mask


def _proc_umask() -> int | None:
    try:
        with open("/proc/self/status", "rb") as f:
            for line in f:
                if line.startswith(b"Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return None  # not Linux, or a kernel older than 4.7


def _umask_at_import() -> int:
    mask = _proc_umask()
    if mask is None:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


_UMASK_AT_IMPORT = _umask_at_import()


def _candidates(target: Path, limit: int = 10_000) -> Iterator[Path]:
    yield fit_name(target)
    for n in range(2, limit):
        yield fit_name(target, f"-{n}")


NAME_MAX = 255  # bytes of UTF-8: the tightest of the usual file systems' limits


def fit_name(target: Path, tag: str = "") -> Path:
    """`target` with `tag` added to its stem, the stem cut (whole characters) so the name
    fits the file system: a 255-byte name plus "-2" or "-copy" must not fail the file."""
    stem, suffix = target.stem, target.suffix
    room = NAME_MAX - len((tag + suffix).encode())
    if len(suffix.encode()) > NAME_MAX // 2:  # not a real extension: keep it in the stem
        stem, suffix, room = target.name, "", NAME_MAX - len(tag.encode())
    while len(stem.encode()) > room:
        stem = stem[:-1]
    return target.with_name(f"{stem}{tag}{suffix}")
