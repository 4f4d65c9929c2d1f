"""The batch: one BatchItem per file, shown by BatchModel in the main window's list."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtGui import QImage

from scrubber.model import CleanResult, Report, escape
from scrubber.redact import Region

_ids = itertools.count(1)


@dataclass(frozen=True)
class Copy:
    """A clean copy the app wrote, as it was when written: cleaning the file again
    replaces it, unless it has changed since (then it is the user's, and stays)."""

    path: Path
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Copy | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return cls(path, st.st_size, st.st_mtime_ns)

    def unchanged(self) -> bool:
        return Copy.of(self.path) == self


class Status(Enum):
    QUEUED = "queued"  # added, not inspected yet
    INSPECTING = "inspecting"
    READY = "ready"  # inspected; waiting for Clean
    UNREADABLE = "unreadable"  # inspect failed: error holds why
    CLEANING = "cleaning"
    DONE = "done"  # result holds the outcome (cleaned, already clean, failed, ...)


@dataclass
class BatchItem:
    path: Path
    link: bool = False  # a link found in a dropped folder: reported, never read
    uid: int = field(default_factory=lambda: next(_ids))  # stable across row changes
    status: Status = Status.QUEUED
    report: Report | None = None  # what inspect found before cleaning
    error: str | None = None  # one plain line when the file could not be read/cleaned
    error_code: str | None = None  # the ScrubberError code with it, e.g. "unsupported"
    result: CleanResult | None = None
    after: Report | None = None  # re-inspection of the written copy
    copy: Copy | None = None  # the copy written last: a new clean replaces it
    thumbnail: QImage | None = None
    # Redaction chosen in the editor; travels with the file into the batch clean.
    regions: list[Region] = field(default_factory=list)
    redact_mode: str = "fill"
    redact_color: tuple[int, int, int] = (0, 0, 0)
    # A clip's areas' times in seconds, (start, end), one per area; empty: the whole clip.
    spans: list[tuple[float, float]] = field(default_factory=list)
    percent: int | None = None  # how far a long file (a clip) is while it is cleaned

    def display_name(self) -> str:
        """The file's name as the app shows it: control and bidi-override characters
        escaped, so a name cannot disguise what the file is."""
        return escape(self.path.name)

    def file_type(self) -> str:
        """The file type as the core named it ("JPEG"): from the inspection, else from
        the clean (the list and the details show the same)."""
        if self.report is not None:
            return self.report.format
        return self.result.format if self.result is not None else ""
