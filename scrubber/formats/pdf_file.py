"""PDF, inspected and rewritten with qpdf (through pikepdf), never an incremental update.

What goes: the Info dictionary, XMP metadata streams wherever they hang (document,
pages, pictures, fonts, forms), PieceInfo, attached files and file-attachment and media
annotations, scripts and other non-navigation actions, page thumbnails, authors, dates
and IDs of comments, digital signatures, the metadata inside JPEG and JPEG 2000 pictures,
earlier saved versions and unused objects. The document ID becomes a random one.

Pages, their content streams, fonts, links and form fields are copied as they are, so
what the document shows and its selectable text stay the same.

Imported on first use (PDFCleaner.pick in pdf.py): pikepdf takes 30-40 ms to import, which
a batch of photos never needs.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pikepdf

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats import pdf_crops, pdf_flatten, pdf_hidden, pdf_walk
from scrubber.formats.pdf import PDFCleaner
from scrubber.formats.streams import Buffer, Source, file_bytes
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector, ColourProfile, Report

C = Category
PASSWORD = Message("pdf.password")
# qpdf rebuilds a broken cross-reference table by scanning the whole file, as viewers do,
# taking the last body of each object (the newest version); the rewrite keeps only what
# the pages reach and the copy is re-checked like any other. Repairs that had to guess at
# missing data (a cut-off file) are refused.
REPAIRED = re.compile(r"reconstruct|damaged", re.I)
GUESSED = re.compile(
    r"unexpected EOF|unable to find trailer|expected endstream|expected endobj|"
    r"recover stream|parse error|EOF after|treating .* as null|unable to read",
    re.I,
)
REPAIR_NOTE = Message("pdf.repaired")
LOCK_NOTE = Message("pdf.lock_removed")
ATTACHMENT_LOCK_NOTE = Message("pdf.attachments_locked")
# The trailer's reference to the encryption dictionary (same length when blanked out).
ENCRYPT_REF = re.compile(rb"/Encrypt\s*(\d{1,10})\s+(\d{1,5})\s+R")

EOF_MARK = re.compile(rb"(?:^|[\r\n])%%EOF")
# An object header at the start of a line, as every writer puts it.
OBJ_HEADER = re.compile(rb"(?:^|[\r\n])[ \t]*(\d{1,10})[ \t\r\n]+(\d{1,5})[ \t\r\n]+obj\b")
WHITESPACE = b" \t\r\n\f\x00"
TRAILER_ID = re.compile(rb"/ID\s*\[\s*<([0-9a-fA-F]{32})>\s*<([0-9a-fA-F]{32})>\s*\]")


class PDFFileCleaner(PDFCleaner):
    """The registry's PDFCleaner once a file is a PDF (its `pick`): qpdf's work."""

    def pick(self, source: Source) -> PDFFileCleaner:
        return self

    def inspect(self, path: Path) -> Report:
        col = Collector()
        with file_bytes(path) as data, opened(path, data, col) as pdf:
            describe_file(data, pdf, col)
            pdf_walk.Walker(pdf, col, fix=False, keep_icc=True).run()
            pdf_crops.check_crops(pdf, col, fix=False, flatten=False, quality=95)
            pdf_hidden.check_hidden(pdf, col)
            _check_warnings(pdf)
        return col.report(self.name)

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        col = Collector()
        keep_icc = options.colour_profile is ColourProfile.STANDARD
        with file_bytes(src) as data, opened(src, data, col) as pdf:
            pages = len(pdf.pages)
            old_id = _ids(pdf)
            describe_file(data, pdf, col)
            pdf_walk.Walker(pdf, col, fix=True, keep_icc=keep_icc).run()
            pdf_crops.check_crops(
                pdf, col, fix=True, flatten=options.flatten_pdf, quality=options.jpeg_quality
            )
            if not options.flatten_pdf:  # pictures of the pages leave hidden content out
                pdf_hidden.check_hidden(pdf, col)
            _check_warnings(pdf)
            if old_id:
                col.add(C.SOFTWARE, "PDF:ID", "a document ID that links copies of this file")
            buf = rewrite(pdf, pages, old_id)
        if options.flatten_pdf:
            with _pdf_errors():
                flat = pdf_flatten.flatten(buf.getvalue())
                buf = rewrite(flat, pages, old_id)
            col.warnings.append(pdf_flatten.WARNING)
        out.write(buf.getbuffer())
        return col.report(self.name)


def rewrite(pdf: pikepdf.Pdf, pages: int, old_id: list[bytes]) -> io.BytesIO:
    """The whole document written afresh, with a random ID, checked by reading it back."""
    fresh = os.urandom(16)
    # qpdf keeps the first ID element of the file it read unless told otherwise: that
    # element is meant to stay the same across versions.
    pdf.trailer.ID = pikepdf.Array([pikepdf.String(fresh)] * 2)
    buf = io.BytesIO()
    with _pdf_errors():
        pdf.save(
            buf,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            # Streams are copied as stored: nothing is unpacked (no bombs), and content
            # streams stay byte for byte the same.
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
            compress_streams=True,
            linearize=False,
            qdf=False,
            fix_metadata_version=False,
            # The second ID element is then a hash of the written file (not of the time
            # and the temporary path); it is made random just below.
            deterministic_id=True,
            encryption=False,
        )
    _randomise_id(buf, fresh)
    _check_rewrite(buf, pages, old_id)
    return buf


@contextlib.contextmanager
def opened(path: Path, data: Buffer, col: Collector) -> Iterator[pikepdf.Pdf]:
    """The PDF opened by qpdf, with its errors turned into plain messages. A lock that
    needs no password to open, or locks only the attachments, is noted in `col`."""
    try:
        with _pdf_errors():
            pdf = pikepdf.open(
                path,
                access_mode=pikepdf.AccessMode.stream,  # no mmap: a cut-off file cannot crash us
                inherit_page_attributes=False,
                suppress_warnings=True,
            )
    except CleaningRefused as e:
        if not isinstance(e.__cause__, pikepdf.PasswordError):
            raise
        pdf = _open_attachments_locked(data)
        col.add(C.EMBEDDED, "PDF:LockedAttachments", "attachments locked with a password")
        col.warnings.append(ATTACHMENT_LOCK_NOTE)
    try:
        if pdf.is_encrypted:
            col.add(C.OTHER, "PDF:Lock", "a lock against copying, printing or changes")
            col.warnings.append(LOCK_NOTE)
        _check_warnings(pdf, col)
        objects = len(pdf.get_xref_table())
        if objects > pdf_walk.MAX_OBJECTS:
            raise CleaningRefused(Message("pdf.too_many_parts", count=objects))
        with _pdf_errors():
            yield pdf
    finally:
        pdf.close()


def _open_attachments_locked(data: Buffer) -> pikepdf.Pdf:
    """A PDF whose password locks only its attached files (its pages and text are stored
    unencrypted), opened without the lock; anything else that needs a password is refused.
    The attachments are removed anyway; their locked bytes are never read."""
    refs = list(ENCRYPT_REF.finditer(data))
    if not refs:
        raise CleaningRefused(PASSWORD)
    unlocked = bytearray(data)
    for m in refs:
        unlocked[m.start() : m.end()] = b" " * (m.end() - m.start())
    try:
        pdf = pikepdf.open(
            io.BytesIO(unlocked), inherit_page_attributes=False, suppress_warnings=True
        )
    except (pikepdf.PdfError, RecursionError) as e:
        raise CleaningRefused(PASSWORD) from e
    try:
        try:
            crypt = pdf.get_object(int(refs[-1][1]), int(refs[-1][2]))
        except (pikepdf.PdfError, ValueError) as e:
            raise CleaningRefused(PASSWORD) from e
        plain = ("/Identity", None)
        if not (
            isinstance(crypt, pikepdf.Dictionary)
            and crypt.get("/Filter") == "/Standard"
            and crypt.get("/V") in (4, 5)
            and "/EFF" in crypt
            and crypt.get("/EFF") != "/Identity"
            and crypt.get("/StmF") in plain
            and crypt.get("/StrF") in plain
        ):
            raise CleaningRefused(PASSWORD)
    except BaseException:
        pdf.close()
        raise
    return pdf


@contextlib.contextmanager
def _pdf_errors() -> Iterator[None]:
    try:
        yield
    except pikepdf.PasswordError as e:
        raise CleaningRefused(PASSWORD) from e
    except (pikepdf.PdfError, pikepdf.DataDecodingError) as e:
        raise CorruptFile(Message("pdf.damaged")) from e
    except RecursionError as e:
        raise CleaningRefused(Message("pdf.too_deep")) from e


def _check_warnings(pdf: pikepdf.Pdf, col: Collector | None = None) -> None:
    """A rebuilt index is noted; a repair that had to guess at missing data is refused."""
    warnings = pdf.get_warnings()
    if not any(REPAIRED.search(w) for w in warnings):
        return
    if any(GUESSED.search(w) for w in warnings):
        raise CorruptFile(Message("pdf.damaged_repairable"))
    if col is not None and REPAIR_NOTE not in col.warnings:
        col.warnings.append(REPAIR_NOTE)


def _randomise_id(buf: io.BytesIO, first: bytes) -> None:
    """Replace the second ID element with random bytes, in place (same length).

    A hash of the content would give two cleanings of one document the same ID. The
    trailer is never compressed, so the ID is there in plain hex.
    """
    data = buf.getbuffer()
    found = list(TRAILER_ID.finditer(data))
    if len(found) != 1 or found[0].group(1) != first.hex().encode():
        raise CleaningRefused(Message("pdf.new_id_failed"))
    start, end = found[0].span(2)
    data[start:end] = os.urandom(16).hex().encode()
    del data  # release the export so the buffer can be resized or read again


def _check_rewrite(buf: io.BytesIO, pages: int, old_id: list[bytes]) -> None:
    """The written copy opens without repairs, has every page, and a new ID."""
    buf.seek(0)
    with _pdf_errors(), pikepdf.open(buf, suppress_warnings=True) as copy:
        ok = len(copy.pages) == pages and not copy.get_warnings()
        if not ok or set(_ids(copy)) & set(old_id):
            raise CleaningRefused(Message("pdf.rewrite_unfaithful"))


def _ids(pdf: pikepdf.Pdf) -> list[bytes]:
    ids = pdf.trailer.get("/ID")
    if not isinstance(ids, pikepdf.Array):
        return []
    return [bytes(x) for x in ids if isinstance(x, pikepdf.String)]


def describe_file(data: Buffer, pdf: pikepdf.Pdf, col: Collector) -> None:
    """What the bytes hold beyond the current document: earlier versions, unused or dead
    objects, and data before the header or after the end."""
    start = data.find(b"%PDF-")
    if start > 0:
        col.add(C.OTHER, "PDF:LeadingData", f"{start} bytes before the start of the document")
    eofs = [m.end() for m in EOF_MARK.finditer(data)]
    if not eofs:
        raise CorruptFile(Message("pdf.cut_off"))
    versions = len(eofs) - (2 if pdf.is_linearized else 1)
    if versions > 0:
        col.add(C.SOFTWARE, "PDF:EarlierVersions", f"{versions} earlier saved version(s)")
    tail = bytes(data[eofs[-1] :]).strip(WHITESPACE)
    if tail:
        col.add(C.OTHER, "PDF:TrailingData", f"{len(tail)} bytes after the end of the document")
    xref = pdf.get_xref_table()
    at = {_skip_space(data, e.offset or 0) for e in xref.values() if e.type == 1}
    dead = sum(1 for m in OBJ_HEADER.finditer(data) if m.start(1) not in at)
    if dead:
        col.add(C.SOFTWARE, "PDF:OldObjects", f"{dead} parts of earlier versions")
    reached = pdf_walk.reachable(pdf)
    hints = _hint_offsets(pdf, xref)
    unused = 0
    for og, entry in xref.items():
        if entry.type not in (1, 2) or og in reached:
            continue
        if entry.type == 1 and (entry.offset in hints or _is_bookkeeping(pdf, og)):
            continue
        unused += 1
    if unused:
        col.add(C.SOFTWARE, "PDF:UnusedObjects", f"{unused} unused parts")


def _skip_space(data: Buffer, pos: int) -> int:
    while pos < len(data) and data[pos] in WHITESPACE:
        pos += 1
    return pos


def _is_bookkeeping(pdf: pikepdf.Pdf, og: tuple[int, int]) -> bool:
    """Object, cross-reference and linearization objects: file structure, not content."""
    obj = pdf.get_object(og)
    if isinstance(obj, pikepdf.Dictionary):
        return "/Linearized" in obj
    return isinstance(obj, pikepdf.Stream) and obj.get("/Type") in ("/ObjStm", "/XRef")


def _hint_offsets(pdf: pikepdf.Pdf, xref: dict[tuple[int, int], pikepdf.XrefEntry]) -> set[int]:
    """Where a linearized file's hint streams are (its first object says)."""
    if not pdf.is_linearized:
        return set()
    first = min((e.offset or 0, og) for og, e in xref.items() if e.type == 1)[1]
    hints = pdf.get_object(first).get("/H")
    if not isinstance(hints, pikepdf.Array):
        return set()
    return {int(hints[i]) for i in range(0, len(hints), 2)}
