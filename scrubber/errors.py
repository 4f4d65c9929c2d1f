"""One exception type per kind of failure, each with a stable code and a plain message."""

from __future__ import annotations

from scrubber.messages import Message


class ScrubberError(Exception):
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnsupportedFormat(ScrubberError):
    """The file is not a format we can clean; refused, never guessed at."""

    code = "unsupported"


class NotAFile(ScrubberError):
    """The path is missing, or is a folder, device or other non-file; nothing to clean."""

    code = "not_a_file"


class CorruptFile(ScrubberError):
    """The file is damaged in a way that stops us from cleaning it safely."""

    code = "corrupt"


class CleaningRefused(ScrubberError):
    """We could read the file but will not clean it (too large, encrypted, ...)."""

    code = "refused"


class OutputError(ScrubberError):
    """Writing or committing the cleaned copy failed; nothing was left behind."""

    code = "output"


class VerificationFailed(ScrubberError):
    """The cleaned copy still held identifying data, so it was deleted (fail closed)."""

    code = "verification"


class Cancelled(ScrubberError):
    code = "cancelled"

    def __init__(self, message: str = "cancelled by the user") -> None:
        super().__init__(message)


class InvalidRegions(ScrubberError):
    """The areas to cover are malformed or lie outside the picture; nothing was written."""

    code = "regions"


class DetectorUnavailable(ScrubberError):
    """Face detection cannot run: its model or runtime is missing or not the expected one."""

    code = "detector"


class LinkNotFollowed(ScrubberError):
    """A link (symbolic link) found inside a folder: never followed, so never cleaned."""

    code = "link"

    def __init__(self, message: str = Message("file.link")) -> None:
        super().__init__(message)


class NeedsCopy(CleaningRefused):
    """Covering areas or drawing a photo afresh makes a new file: never over the original."""

    code = "needs_copy"

    def __init__(self, message: str = Message("redact.needs_copy")) -> None:
        super().__init__(message)


class WorkerCrashed(ScrubberError):
    """The worker process reading the file died (a crash in a native library, or killed
    for using too much memory): this file only; it was not cleaned."""

    code = "crash"


class WorkerTimedOut(ScrubberError):
    """The worker process took far longer than such a file ever should, and was stopped."""

    code = "timeout"
