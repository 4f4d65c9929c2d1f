"""Turning what the user dropped or picked into the files of the batch.

Folders are walked by the core's scrubber.batch.walk (links are listed but never
followed, our own temp files are skipped), so the app and the command line pick the same
files. On top of that, the junk that systems and file managers leave in folders is
skipped without a word, and so are the app's own output folders (Scrubbed, Scrubbed-2).
"""

from __future__ import annotations

import os
import re
import stat
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gui.settings import DEFAULT_OUTPUT
from scrubber import registry
from scrubber.batch import Found, walk
from scrubber.safe_output import TEMP_PREFIX

translate = QCoreApplication.translate

# Never the user's photos: a dropped folder's copies of these are skipped.
JUNK_FILES = {"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"}
JUNK_FOLDERS = {"__macosx", "$recycle.bin", "system volume information", "@eadir", "lost+found"}


# The folders the app writes its copies into (Scrubbed, Scrubbed-2 ...): adding the folder
# of the originals again must not list our own copies as more files to clean.
_OURS = re.compile(re.escape(DEFAULT_OUTPUT) + r"(-\d+)?")


def _junk(name: str) -> bool:
    return name.startswith(".") or name.lower() in JUNK_FILES | JUNK_FOLDERS


def _ours(folders: tuple[str, ...]) -> bool:
    return any(_OURS.fullmatch(name) for name in folders)


def _hidden_on_windows(path: Path) -> bool:
    if os.name != "nt":
        return False  # elsewhere a leading dot hides a file, checked by name
    try:
        attrs = getattr(os.stat(path, follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False  # the list will say it cannot be read
    return bool(attrs & (stat.FILE_ATTRIBUTE_HIDDEN | stat.FILE_ATTRIBUTE_SYSTEM))


def expand(dropped: Iterable[Path]) -> Iterator[Found]:
    """Files named by the user, plus every file inside named folders (recursively), and
    the links found there (flagged: the list reports them, nothing follows them)."""
    for root in dropped:
        for found in walk([Path(root)]):
            path = found.path
            if path == Path(root):  # named by the user: kept even if hidden (the list says)
                if not path.name.startswith(TEMP_PREFIX):
                    yield found
            elif (
                not any(map(_junk, found.rel.parts))
                and not _ours(found.rel.parts[:-1])
                and not _hidden_on_windows(path)
            ):
                yield found


class Pending:
    """Files still to be added, taken a portion at a time so a big folder never freezes
    the window (the walk itself happens lazily, portion by portion)."""

    def __init__(self) -> None:
        self._queue: deque[Iterator[Found]] = deque()

    def __bool__(self) -> bool:
        return bool(self._queue)

    def push(self, dropped: Iterable[Path]) -> None:
        self._queue.append(expand(dropped))

    def take(self, limit: int) -> list[Found]:
        paths: list[Found] = []
        while self._queue and len(paths) < limit:
            try:
                paths.append(next(self._queue[0]))
            except StopIteration:
                self._queue.popleft()
        return paths

    def clear(self) -> None:
        self._queue.clear()


# --- file dialog filters -------------------------------------------------------------------


def _patterns(extensions: Iterable[str]) -> str:
    # Both cases: file dialogs on Linux match patterns case-sensitively (IMG_0001.JPG).
    return " ".join(f"*{e} *{e.upper()}" for e in dict.fromkeys(extensions))


def _kind_name(kind: str, patterns: str) -> str:
    match kind:
        case "image":
            return translate("MainWindow", "Photos and pictures ({patterns})").format(
                patterns=patterns
            )
        case "audio":
            return translate("MainWindow", "Sound recordings ({patterns})").format(
                patterns=patterns
            )
        case "video":
            return translate("MainWindow", "Videos ({patterns})").format(patterns=patterns)
        case _:
            return translate("MainWindow", "Documents ({patterns})").format(patterns=patterns)


def dialog_filters() -> list[str]:
    """Filters for the Add files dialog: everything the core cleans first, then one filter
    per kind of file, then all files. Built from the registry, so new formats show up."""
    by_kind: dict[str, list[str]] = {}
    for fmt in registry.FORMATS:
        by_kind.setdefault(fmt.kind, []).extend(fmt.extensions)
    every = _patterns(registry.supported_extensions())
    filters = [
        translate("MainWindow", "Files Scrubber can clean ({patterns})").format(patterns=every)
    ]
    for kind in ("image", "document", "audio", "video"):
        if kind in by_kind:
            filters.append(_kind_name(kind, _patterns(by_kind[kind])))
    filters.append(translate("MainWindow", "All files (*)"))
    return filters
