"""PDF: a full rewrite with qpdf (through pikepdf), never an incremental update.

This module is what the registry holds: the descriptor and a cleaner that tells a PDF by
its first bytes. The reading and writing (pdf_file.py, with pikepdf and the pdf_* modules)
is imported by `pick`, once a file is a PDF: a batch of photos never loads qpdf.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from scrubber import selftest_samples as samples
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.streams import Source
from scrubber.model import CleanOptions, Report

if TYPE_CHECKING:
    from scrubber.formats.pdf_file import PDFFileCleaner

FORMAT = Format(
    id="pdf",
    name="PDF",
    kind="document",
    extensions=(".pdf",),
    mime_types=("application/pdf",),
    cleaner=lambda _: PDFCleaner(),
    sample=samples.pdf,
)


class PDFCleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = False  # every clean writes a new document ID

    def sniff(self, head: bytes) -> bool:
        return b"%PDF-" in head

    def pick(self, source: Source) -> PDFFileCleaner:
        # First use: qpdf loads here, in the process that meets a PDF (see the docstring).
        from scrubber.formats.pdf_file import PDFFileCleaner

        return PDFFileCleaner()

    def output_extension(self, options: CleanOptions) -> str:
        return ".pdf"

    def inspect(self, path: Path) -> Report:
        return self.pick(path).inspect(path)

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        return self.pick(src).clean(src, out, options)
