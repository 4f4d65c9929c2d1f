"""Plain data passed between the cleaners, the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from scrubber.messages import Message


class Category(StrEnum):
    """What a piece of metadata gives away, in the words the user sees."""

    LOCATION = "location"  # reveals where it was taken
    DEVICE = "device"  # identifies your phone or camera
    PERSON = "person"  # contains a name
    TIME = "time"  # tells when
    SOFTWARE = "software"  # editing history, app names, document IDs
    EMBEDDED = "embedded"  # hidden extra image, video or file
    OTHER = "other"  # anything else we remove


@dataclass(frozen=True)
class Finding:
    """One item of identifying data found in a file."""

    category: Category
    key: str  # e.g. "EXIF:GPSLatitude", "PNG:tEXt", "JPEG:trailer"
    value: str = ""  # short display value; never rendered as markup

    def to_json(self, with_value: bool = True) -> dict[str, str]:
        out = {"category": self.category.value, "key": self.key}
        if with_value:
            out["value"] = self.value
        return out


@dataclass(frozen=True)
class Report:
    """What `inspect` found: findings are removed by `clean`, kept items are harmless."""

    format: str
    findings: tuple[Finding, ...] = ()
    kept: tuple[Finding, ...] = ()  # e.g. Orientation, a standard sRGB profile
    warnings: tuple[str, ...] = ()
    # From `clean` only: (start, end) byte ranges of the copy just written that hold data
    # the cleaner checked byte for byte and wrote from that same memory (JPEG scan data).
    # The re-check of the copy checks where they start and end, not their content again.
    proven: tuple[tuple[int, int], ...] = ()

    @property
    def is_clean(self) -> bool:
        return not self.findings


class Outcome(StrEnum):
    CLEANED = "cleaned"
    ALREADY_CLEAN = "already_clean"
    REFUSED = "refused"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def ok(self) -> bool:
        return self in (Outcome.CLEANED, Outcome.ALREADY_CLEAN)


class Orientation(StrEnum):
    KEEP_TAG = "keep-tag"  # lossless: a minimal EXIF block with only Orientation
    BAKE = "bake"  # rotate the pixels (re-encodes JPEG at high quality)


class ColourProfile(StrEnum):
    STANDARD = "standard"  # keep sRGB / Display P3 / Adobe RGB ..., drop others
    REMOVE = "remove"


@dataclass(frozen=True)
class CleanOptions:
    orientation: Orientation = Orientation.KEEP_TAG
    colour_profile: ColourProfile = ColourProfile.STANDARD
    heic_to_jpeg: bool = False
    jpeg_quality: int = 95  # used only where pixels must be re-encoded
    # Redaction only: mild denoise plus a non-integer resample. Reduces, does not remove,
    # the sensor-noise pattern that can link photos to one camera.
    reduce_fingerprint: bool = False
    flatten_pdf: bool = False  # PDF pages drawn to pictures: strongest, text not selectable
    # Documents: what the reader does not see is reported; these remove it.
    remove_notes: bool = False  # speaker notes of slides
    remove_hidden: bool = False  # hidden slides and sheets, hidden text and sections


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    message: str


@dataclass(frozen=True)
class CleanResult:
    source: Path
    outcome: Outcome
    output: Path | None = None
    format: str = ""
    removed: tuple[Finding, ...] = ()
    kept: tuple[Finding, ...] = ()
    warnings: tuple[str, ...] = ()
    error: ErrorInfo | None = None
    # Set only where faces were looked for to be covered: how many were, and by which
    # search ("thorough" or "fast"; see scrubber.redact.detect.Search).
    faces_covered: int | None = None
    face_search: str | None = None
    # The written copy re-inspected (core.write_verified), for showing what it holds
    # without reading it again; None when nothing was written.
    after: Report | None = None

    def to_json(self) -> dict[str, Any]:
        faces = {"faces_covered": self.faces_covered, "face_search": self.face_search}
        return {
            "source": str(self.source),
            "output": str(self.output) if self.output else None,
            "outcome": self.outcome.value,
            "format": self.format,
            "removed": [f.to_json(with_value=False) for f in self.removed],
            "kept": [f.to_json(with_value=False) for f in self.kept],
            "warnings": list(self.warnings),
            "error": (
                {"code": self.error.code, "message": self.error.message} if self.error else None
            ),
            **(faces if self.faces_covered is not None else {}),
        }


@dataclass
class Collector:
    """Accumulates findings while a cleaner walks a file."""

    findings: list[Finding] = field(default_factory=list)
    kept: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, category: Category, key: str, value: object = "") -> None:
        self.findings.append(Finding(category, key, display(value)))

    def keep(self, key: str, value: object = "") -> None:
        self.kept.append(Finding(Category.OTHER, key, display(value)))

    def report(self, fmt: str) -> Report:
        return Report(fmt, tuple(self.findings), tuple(self.kept), tuple(self.warnings))


def display(value: object, limit: int = 120) -> str:
    """A short, printable rendering of a metadata value (no control characters)."""
    if isinstance(value, Message):
        return value  # the engine's own words: printable, and the app translates them by id
    if isinstance(value, bytes):
        value = value[: 8 * limit]  # cut first: values can be megabytes long
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)[: 8 * limit]
    if not text.isprintable():  # checked whole first: most values are, and this is per finding
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = text.strip()
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def escape(text: str) -> str:
    """Show control and bidi-override characters as escapes, so a file name cannot fool a
    terminal or the app (an RTL override can make "gpj.exe" read as "exe.jpg")."""
    return "".join(
        ch
        if ch.isprintable() and not 0x202A <= ord(ch) <= 0x202E and not 0x2066 <= ord(ch) <= 0x2069
        else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )
