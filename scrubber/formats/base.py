"""The small interface every format cleaner implements, and the descriptor that registers it.

Adding a format (see README, "Adding a format"): one module in this package holding the
cleaner and its `Format` descriptor, one line in `scrubber.registry.FORMATS`, one test
module. Everything else that lists formats is derived from the descriptors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, Protocol

from scrubber.formats.streams import Source
from scrubber.model import CleanOptions, Report


class Cleaner(Protocol):
    """A stateless cleaner for one format family.

    `inspect` must find everything identifying, because it is also the check that the
    cleaned output is clean: after `clean` writes a copy, the core re-inspects that copy
    and deletes it if any finding remains (fail closed). So `inspect` reads the file's
    structure itself and never trusts the library that wrote it.

    A cleaner may also offer `recheck(path, proven) -> Report`, used instead of `inspect`
    for the copies the program writes: it may map the file rather than read it, and skip
    searching again the `proven` byte ranges its `clean` report listed (Report.proven).

    Cleaners subclass this protocol explicitly, so they inherit `pick`.
    """

    name: str  # short format name shown to users, e.g. "JPEG"
    extensions: tuple[str, ...]  # lower-case with dot; the first is the canonical one
    # True when a file with nothing to remove comes out byte for byte the same; the core
    # then treats any other change as removed data, even if inspect could not name it.
    lossless: bool

    def sniff(self, head: bytes) -> bool:
        """True when the first bytes of a file (at least 64) belong to this format.

        Sniffs may overlap: the registry asks in the order of its FORMATS table and the
        first cleaner that sniffs (and picks) a file takes it.
        """
        ...

    def pick(self, source: Source) -> Cleaner:
        """The cleaner for this very file, once `sniff` said yes: itself, unless the
        format is a family told apart by what the file holds (a zip may be a Word file or
        a spreadsheet), where it is the member for that kind. Raises UnsupportedFormat
        when the file is none of the family's kinds: the registry then asks the next
        format that sniffs it.

        A format whose reader is slow to import (pikepdf, lxml) imports it here, on first
        use, and returns the cleaner that does the work (pdf.py): a batch of photos never
        loads it, and a batch detects its first file before forking its workers."""
        return self

    def inspect(self, path: Path) -> Report:
        """List identifying data; raise CorruptFile when the structure cannot be read."""
        ...

    def output_extension(self, options: CleanOptions) -> str:
        """Extension of the file `clean` writes (HEIC may become JPEG)."""
        ...

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        """Write a scrubbed copy of `src` to `out`.

        Returns what was found in `src` under these options (so what was removed, a
        standard colour profile included when the options drop it) and warnings.
        """
        ...


class EmbeddableCleaner(Cleaner, Protocol):
    """A cleaner that also reads a file held in memory: a picture or a document inside a
    document goes through it exactly as the same file on disk would."""

    def inspect(self, path: Source) -> Report: ...

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report: ...


class Nested(Protocol):
    """How a container cleans the files it holds, handed to it by the registry (a
    container cannot import the registry that lists it)."""

    def kind(self, head: bytes) -> str | None:
        """'picture' or 'document' when a cleaner takes a file starting with `head`."""
        ...

    def __call__(self, data: bytes, options: CleanOptions | None) -> tuple[bytes, Report]:
        """The bytes to write and what was found: cleaned with `options`, or only
        inspected (None). Raises ScrubberError."""
        ...


Kind = Literal["image", "audio", "video", "document"]


@dataclass(frozen=True)
class Format:
    """What the rest of the program knows about a format: the registry, the desktop
    entry's MIME list, the file dialog's filters, the self-test, the fuzzer and the
    redaction pipeline all read it from here, never from a table of their own."""

    id: str  # stable lower-case word: fuzz labels, test ids (never shown to users)
    name: str  # the display name, as the cleaner reports it ("JPEG")
    kind: Kind  # groups the file dialog's filters and the names of cleaned copies
    extensions: tuple[str, ...]  # lower-case with dot; the first is the canonical one
    mime_types: tuple[str, ...]  # shared-mime-info names, for the desktop entry
    # Makes the registry's cleaner; a container keeps `nested` to clean what it holds.
    cleaner: Callable[[Nested], Cleaner]
    # Writes a small dirty file (it must hold something to remove) at the path it is
    # given and returns that path: the self-test cleans it, the fuzzer mutates it.
    sample: Callable[[Path], Path]
    # Its cleaner also reads bytes (EmbeddableCleaner): files of this format inside
    # documents go through it. Pictures ("image") and documents only.
    embeddable: bool = False
    # Faces and areas can be covered: photos by redact.pipeline (decoded by Pillow or by
    # the HEIF cleaners), clips by redact.video (PyAV).
    redactable: bool = False
