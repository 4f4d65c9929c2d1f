"""The small interface every format cleaner implements."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Protocol

from scrubber.formats.streams import Source
from scrubber.model import CleanOptions, Report


class Cleaner(Protocol):
    """A stateless cleaner for one format family.

    `inspect` must find everything identifying, because it is also the check that the
    cleaned output is clean: after `clean` writes a copy, the core re-inspects that copy
    and deletes it if any finding remains (fail closed). So `inspect` reads the file's
    structure itself and never trusts the library that wrote it.

    A cleaner may also offer `recheck(path, proven) -> Report`, used instead of `inspect`
    for a copy whose `clean` report lists `proven` byte ranges (see Report.proven).
    """

    name: str  # short format name shown to users, e.g. "JPEG"
    extensions: tuple[str, ...]  # lower-case with dot; the first is the canonical one
    # True when a file with nothing to remove comes out byte for byte the same; the core
    # then treats any other change as removed data, even if inspect could not name it.
    lossless: bool

    def sniff(self, head: bytes) -> bool:
        """True when the first bytes of a file (at least 64) belong to this format."""
        ...

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
