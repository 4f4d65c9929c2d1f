"""OpenDocument (ODT, ODS, ODP, ODG and their templates).

This module is what the registry holds: the descriptor and a cleaner that tells an
OpenDocument file by its `mimetype` part, reading only the zip. What is kept and what
goes, and the XML work (lxml), are odf_file.py's, imported by `pick` once a zip is
OpenDocument: a batch of photos (or of Office files) never loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from scrubber import selftest_samples as samples
from scrubber.errors import UnsupportedFormat
from scrubber.formats import zipdoc
from scrubber.formats.base import Cleaner, Format, Nested
from scrubber.formats.streams import Source
from scrubber.messages import Message
from scrubber.model import CleanOptions, Report

if TYPE_CHECKING:
    from scrubber.formats.odf_file import ODFFileCleaner

ODF = "application/vnd.oasis.opendocument."
KINDS = {
    ODF + "text": ("ODT", ".odt"), ODF + "text-template": ("OTT", ".ott"),
    ODF + "spreadsheet": ("ODS", ".ods"), ODF + "spreadsheet-template": ("OTS", ".ots"),
    ODF + "presentation": ("ODP", ".odp"), ODF + "presentation-template": ("OTP", ".otp"),
    ODF + "graphics": ("ODG", ".odg"), ODF + "graphics-template": ("OTG", ".otg"),
}  # fmt: skip

FORMAT = Format(
    id="odf",
    name="OpenDocument",
    kind="document",
    extensions=tuple(e for _, e in KINDS.values()),
    mime_types=tuple(KINDS),
    cleaner=lambda nested: ODFCleaner(nested),
    sample=samples.odt,
    embeddable=True,
)


class ODFCleaner(Cleaner):
    """OpenDocument: one instance per kind; the registry's instance picks the kind."""

    lossless = False

    def __init__(self, nested: Nested, mimetype: str | None = None) -> None:
        self.nested = nested
        self.mimetype = mimetype
        kind = KINDS[mimetype] if mimetype else None
        self.name = kind[0] if kind else FORMAT.name
        self.extensions = (kind[1],) if kind else FORMAT.extensions

    def sniff(self, head: bytes) -> bool:
        # The spec puts an uncompressed `mimetype` part first, but LibreOffice and other
        # readers open a file whose `mimetype` is elsewhere: any zip may be one, and
        # `pick` looks inside (the registry moves on to Office Open XML if it is not).
        return head.startswith(zipdoc.LOCAL)

    def pick(self, path: Source) -> ODFFileCleaner:
        mimetype = self.mimetype or _mimetype(path)
        # First use: the XML work loads here, once the zip is OpenDocument.
        from scrubber.formats.odf_file import ODFFileCleaner

        return ODFFileCleaner(self.nested, mimetype)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def inspect(self, path: Source) -> Report:
        return self.pick(path).inspect(path)

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report:
        return self.pick(src).clean(src, out, options)


def _mimetype(path: Source) -> str:
    with zipdoc.damage_as_corrupt(), zipdoc.Package(path) as pkg:
        return read_mimetype(pkg)


def read_mimetype(pkg: zipdoc.Package) -> str:
    """The kind an OpenDocument package declares; UnsupportedFormat for any other zip."""
    if "mimetype" not in pkg.parts or pkg.parts["mimetype"].size > 100:
        raise UnsupportedFormat(Message("odf.not_odf"))
    text = pkg.read("mimetype", 256).decode("ascii", "replace").strip()
    if text not in KINDS:
        raise UnsupportedFormat(Message("odf.unsupported_kind"))
    return text
