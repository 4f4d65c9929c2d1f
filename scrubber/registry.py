"""The explicit list of cleaners and format detection by magic bytes."""

from __future__ import annotations

import contextvars
import io
import mimetypes
from pathlib import Path

from scrubber.errors import CleaningRefused, CorruptFile, UnsupportedFormat
from scrubber.formats.audio_flac import FLACCleaner
from scrubber.formats.audio_mp3 import MP3Cleaner
from scrubber.formats.audio_mp4 import M4ACleaner
from scrubber.formats.audio_ogg import opus_cleaner, vorbis_cleaner
from scrubber.formats.audio_riff import aiff_cleaner, wav_cleaner
from scrubber.formats.avif import AVIFCleaner
from scrubber.formats.base import Cleaner, EmbeddableCleaner
from scrubber.formats.gif import GIFCleaner
from scrubber.formats.heic import HEICCleaner
from scrubber.formats.jpeg import JPEGCleaner
from scrubber.formats.odf import ODFCleaner
from scrubber.formats.ooxml import OOXMLCleaner
from scrubber.formats.pdf import PDFCleaner
from scrubber.formats.png import PNGCleaner
from scrubber.formats.tiff import TIFFCleaner
from scrubber.formats.video_mp4 import mov_cleaner, mp4_cleaner
from scrubber.formats.webp import WebPCleaner
from scrubber.messages import Message
from scrubber.model import CleanOptions, Report

MAX_NESTING = 3  # a document in a document in a document; a zip holding itself stops here
_depth = contextvars.ContextVar("nesting", default=0)


class _Nested:
    """Files inside documents (pictures, embedded documents) go through the same
    cleaners as files on disk, chosen by their content."""

    def kind(self, head: bytes) -> str | None:
        for cleaner in PICTURES:
            if cleaner.sniff(head):
                return "picture"
        for cleaner in DOCUMENTS:
            if cleaner.sniff(head):
                return "document"
        return None

    def __call__(self, data: bytes, options: CleanOptions | None) -> tuple[bytes, Report]:
        cleaner = self._pick(data)
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

    def _pick(self, data: bytes) -> EmbeddableCleaner:
        head = data[:HEAD_SIZE]
        for cleaner in PICTURES:
            if cleaner.sniff(head):
                return cleaner
        return _pick_document(head, data)


def _pick_document(head: bytes, source: Path | bytes) -> EmbeddableCleaner:
    """Zip documents say what they are inside the archive: the first that takes it."""
    refusal = UnsupportedFormat(Message("file.unsupported"))
    for document in DOCUMENTS:
        if document.sniff(head):
            try:
                return document.pick(source)
            except UnsupportedFormat as e:
                refusal = e  # not this kind of document: perhaps the next
    raise refusal


NESTED = _Nested()
PICTURES: tuple[EmbeddableCleaner, ...] = (
    JPEGCleaner(),
    PNGCleaner(),
    WebPCleaner(),
    GIFCleaner(),
    TIFFCleaner(),
)
DOCUMENTS = (ODFCleaner(nested=NESTED), OOXMLCleaner(nested=NESTED))

# An explicit tuple, not discovery by globbing: frozen apps (PyInstaller) keep working.
CLEANERS: tuple[Cleaner, ...] = (
    *PICTURES,
    HEICCleaner(),
    AVIFCleaner(),
    PDFCleaner(),
    FLACCleaner(),
    vorbis_cleaner(),
    opus_cleaner(),
    M4ACleaner(),
    mp4_cleaner(),  # after M4A, HEIC and AVIF, which claim their brands of the same container
    mov_cleaner(),
    wav_cleaner(),
    aiff_cleaner(),
    *DOCUMENTS,  # ODF before OOXML: both are zips, ODF names itself in the first bytes
    MP3Cleaner(),  # last: a bare MPEG frame header is the loosest signature
)

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
    for cleaner in CLEANERS:
        if cleaner.sniff(head):
            return _pick_document(head, path) if cleaner in DOCUMENTS else cleaner
    for cleaner in CLEANERS:
        if path.suffix.lower() in cleaner.extensions:
            # Named like a photo but not one: damaged, not merely unsupported.
            name = cleaner.name
            raise CorruptFile(Message("file.not_as_named", format=name))
    raise UnsupportedFormat(Message("file.unsupported"))


def supported_extensions() -> tuple[str, ...]:
    return tuple(ext for c in CLEANERS for ext in c.extensions)


def kind(cleaner: Cleaner) -> str:
    """image, audio, video or document, from the MIME type of the cleaner's main extension."""
    mime = mimetypes.guess_type("x" + cleaner.extensions[0], strict=False)[0] or ""
    top = mime.split("/")[0]
    return top if top in ("image", "audio", "video") else "document"


def kind_of_suffix(suffix: str) -> str | None:
    """The kind of file an extension names (see `kind`); None for one no cleaner takes."""
    for cleaner in CLEANERS:
        if suffix.lower() in cleaner.extensions:
            return kind(cleaner)
    return None
