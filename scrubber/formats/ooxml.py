"""Office Open XML (DOCX, XLSX, PPTX and their template and macro variants).

This module is what the registry holds: the descriptor, the kinds, and a cleaner that
takes any zip that is not OpenDocument (and the old binary container, to explain its
refusal). How the package is rebuilt is ooxml_file.py's, imported by `pick`, which reads
the kind from the package's XML: a batch of photos never loads it or lxml.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from scrubber import selftest_samples as samples
from scrubber.formats import zipdoc
from scrubber.formats.base import Cleaner, Format, Nested
from scrubber.formats.streams import Source
from scrubber.model import CleanOptions, Report

if TYPE_CHECKING:
    from scrubber.formats.ooxml_file import OOXMLFileCleaner

CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary Office container
OD = "application/vnd.openxmlformats-officedocument."
WML, SML, PML = OD + "wordprocessingml.", OD + "spreadsheetml.", OD + "presentationml."


@dataclass(frozen=True)
class Kind:
    name: str
    ext: str
    main: str  # content type of the main part
    out_ext: str = ""  # macro-enabled kinds are written as their macro-free kind
    out_main: str = ""

    @property
    def macro(self) -> bool:
        return bool(self.out_ext)


def _kinds() -> dict[str, Kind]:
    plain = [
        ("DOCX", ".docx", WML + "document.main+xml"),
        ("DOTX", ".dotx", WML + "template.main+xml"),
        ("XLSX", ".xlsx", SML + "sheet.main+xml"),
        ("XLTX", ".xltx", SML + "template.main+xml"),
        ("PPTX", ".pptx", PML + "presentation.main+xml"),
        ("POTX", ".potx", PML + "template.main+xml"),
        ("PPSX", ".ppsx", PML + "slideshow.main+xml"),
    ]
    macro = [
        ("DOCM", ".docm", "application/vnd.ms-word.document.macroEnabled.main+xml", 0),
        ("DOTM", ".dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml", 1),
        ("XLSM", ".xlsm", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", 2),
        ("XLTM", ".xltm", "application/vnd.ms-excel.template.macroEnabled.main+xml", 3),
        ("PPTM", ".pptm", "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", 4),
        ("POTM", ".potm", "application/vnd.ms-powerpoint.template.macroEnabled.main+xml", 5),
        ("PPSM", ".ppsm", "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml", 6),
    ]
    kinds = {ct: Kind(n, e, ct) for n, e, ct in plain}
    for n, e, ct, i in macro:
        kinds[ct] = Kind(n, e, ct, plain[i][1], plain[i][2])
    return kinds


KINDS = _kinds()


FORMAT = Format(
    id="ooxml",
    name="Office document",
    kind="document",
    extensions=tuple(k.ext for k in KINDS.values()),
    mime_types=(
        *(WML + t for t in ("document", "template")),
        *(SML + t for t in ("sheet", "template")),
        *(PML + t for t in ("presentation", "template", "slideshow")),
        "application/vnd.ms-word.document.macroEnabled.12",
        "application/vnd.ms-word.template.macroEnabled.12",
        "application/vnd.ms-excel.sheet.macroEnabled.12",
        "application/vnd.ms-excel.template.macroEnabled.12",
        "application/vnd.ms-powerpoint.presentation.macroEnabled.12",
        "application/vnd.ms-powerpoint.template.macroEnabled.12",
        "application/vnd.ms-powerpoint.slideshow.macroEnabled.12",
    ),
    cleaner=lambda nested: OOXMLCleaner(nested),
    sample=samples.docx,
    embeddable=True,
)


class OOXMLCleaner(Cleaner):
    """Office Open XML: one instance per kind; the registry's instance picks the kind."""

    lossless = False

    def __init__(self, nested: Nested, kind: Kind | None = None) -> None:
        self.nested = nested
        self.kind = kind
        self.name = kind.name if kind else FORMAT.name
        self.extensions = (kind.ext,) if kind else FORMAT.extensions

    def sniff(self, head: bytes) -> bool:
        # Any zip that is not OpenDocument (whose name is in its first bytes); which
        # kind, if any, is read from inside by `pick`. CFB: to explain the refusal.
        if head.startswith(zipdoc.LOCAL):
            return head[30:38] != b"mimetype"
        return head.startswith(CFB)

    def pick(self, path: Source) -> OOXMLFileCleaner:
        # First use: the kind is read from the package's XML, so lxml and the rest of the
        # reader load here, once a zip is not OpenDocument.
        from scrubber.formats.ooxml_file import OOXMLFileCleaner, kind_of

        return OOXMLFileCleaner(self.nested, self.kind or kind_of(path))

    def output_extension(self, options: CleanOptions) -> str:
        if self.kind:
            return self.kind.out_ext or self.kind.ext
        return ".docx"

    def inspect(self, path: Source) -> Report:
        return self.pick(path).inspect(path)

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report:
        return self.pick(src).clean(src, out, options)
