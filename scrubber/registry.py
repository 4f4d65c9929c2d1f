"""The explicit, ordered table of formats and detection by magic bytes.

Each format module describes itself with a `Format` (formats/base.py); what lists
formats (the file dialog, the desktop entry, the self-test, the fuzzer, redaction) is
derived from FORMATS below.
"""

from __future__ import annotations

import contextvars
import io
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from scrubber.errors import CleaningRefused, CorruptFile, UnsupportedFormat
from scrubber.formats import (
    audio_flac,
    audio_mp3,
    audio_mp4,
    audio_ogg,
    audio_riff,
    avif,
    gif,
    heic,
    jpeg,
    odf,
    ooxml,
    pdf,
    png,
    tiff,
    video_mp4,
    webp,
)
from scrubber.formats.base import Cleaner, EmbeddableCleaner, Format, Kind, Source
from scrubber.messages import Message
from scrubber.model import CleanOptions, Report

# An explicit table, not discovery by globbing: frozen apps (PyInstaller) keep working.
# The order is the sniffing order: where two formats share a signature, the more
# specific one comes first and the first cleaner that sniffs (and picks) a file takes it.
FORMATS: tuple[Format, ...] = (
    jpeg.FORMAT,
    png.FORMAT,
    webp.FORMAT,
    gif.FORMAT,
    tiff.FORMAT,
    heic.FORMAT,  # HEIC, AVIF and M4A before MP4: they claim their brands of the container
    avif.FORMAT,
    pdf.FORMAT,
    audio_flac.FORMAT,
    audio_ogg.VORBIS,
    audio_ogg.OPUS,
    audio_mp4.FORMAT,
    video_mp4.MP4,
    video_mp4.MOV,
    audio_riff.WAV_FORMAT,
    audio_riff.AIFF_FORMAT,
    odf.FORMAT,  # ODF before OOXML: both are zips, ODF names itself in the first bytes
    ooxml.FORMAT,
    audio_mp3.FORMAT,  # last: a bare MPEG frame header is the loosest signature
)

MAX_NESTING = 3  # a document in a document in a document; a zip holding itself stops here
_depth = contextvars.ContextVar("nesting", default=0)


class _Nested:
    """Files inside documents (pictures, embedded documents) go through the same
    cleaners as files on disk, chosen by their content."""

    def kind(self, head: bytes) -> str | None:
        for fmt, cleaner in _embeddable():
            if cleaner.sniff(head):
                return "picture" if fmt.kind == "image" else "document"
        return None

    def __call__(self, data: bytes, options: CleanOptions | None) -> tuple[bytes, Report]:
        head = data[:HEAD_SIZE]
        # Embeddable formats' cleaners read bytes too (Format.embeddable).
        cleaner = cast(EmbeddableCleaner, _first(head, data, (c for _, c in _embeddable())))
        depth = _depth.get()
        if depth >= MAX_NESTING:
            raise CleaningRefused(Message("file.too_deep"))
        token = _depth.set(depth + 1)
        try:
            if options is None:
                return data, cleaner.inspect(data)
            out = io.BytesIO()
            report = cleaner.clean(data, out, options)
            return out.getvalue(), report
        finally:
            _depth.reset(token)


def _embeddable() -> list[tuple[Format, Cleaner]]:
    return [(f, c) for f, c in zip(FORMATS, CLEANERS, strict=True) if f.embeddable]


def _first(head: bytes, source: Source, cleaners: Iterable[Cleaner]) -> Cleaner:
    """The first cleaner, in the table's order, that sniffs `head` and picks the file."""
    refusal = UnsupportedFormat(Message("file.unsupported"))
    for cleaner in cleaners:
        if cleaner.sniff(head):
            try:
                return cleaner.pick(source)
            except UnsupportedFormat as e:
                refusal = e  # not one of this family's kinds: perhaps the next format's
    raise refusal


NESTED = _Nested()
CLEANERS: tuple[Cleaner, ...] = tuple(f.cleaner(NESTED) for f in FORMATS)

HEAD_SIZE = 64


def read_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(HEAD_SIZE)
    except IsADirectoryError as e:
        raise UnsupportedFormat(Message("file.folder")) from e
    except OSError as e:
        raise CorruptFile(Message("file.unreadable", reason=e.strerror or e)) from e


def detect(path: Path) -> Cleaner:
    """The cleaner for a file, chosen by its content, never by its name."""
    head = read_head(path)
    if not head:
        raise CorruptFile(Message("file.empty"))
    try:
        return _first(head, path, CLEANERS)
    except UnsupportedFormat:
        if not any(c.sniff(head) for c in CLEANERS):  # else the family's own words
            _refuse_by_name(path)
        raise


def _refuse_by_name(path: Path) -> None:
    for cleaner in CLEANERS:
        if path.suffix.lower() in cleaner.extensions:
            # Named like a photo but not one: damaged, not merely unsupported.
            name = cleaner.name
            raise CorruptFile(Message("file.not_as_named", format=name))


def supported_extensions() -> tuple[str, ...]:
    return tuple(ext for f in FORMATS for ext in f.extensions)


def mime_types() -> tuple[str, ...]:
    """What the desktop entry declares (assets/scrubber.desktop, kept equal by a test)."""
    return tuple(dict.fromkeys(m for f in FORMATS for m in f.mime_types))


def display_names(kind: Kind, *, redactable: bool = False) -> tuple[str, ...]:
    """Display names of the formats of a kind (only those redaction covers, if asked)."""
    return tuple(f.name for f in FORMATS if f.kind == kind and (f.redactable or not redactable))


def kind_of_suffix(suffix: str) -> Kind | None:
    """The kind of file an extension names; None for one no format claims."""
    for fmt in FORMATS:
        if suffix.lower() in fmt.extensions:
            return fmt.kind
    return None
