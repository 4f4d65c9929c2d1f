"""The explicit list of cleaners and format detection by magic bytes."""

from __future__ import annotations

from pathlib import Path

from scrubber.errors import CorruptFile, UnsupportedFormat
from scrubber.formats.audio_flac import FLACCleaner
from scrubber.formats.audio_mp3 import MP3Cleaner
from scrubber.formats.audio_mp4 import M4ACleaner
from scrubber.formats.audio_ogg import opus_cleaner, vorbis_cleaner
from scrubber.formats.audio_riff import aiff_cleaner, wav_cleaner
from scrubber.formats.avif import AVIFCleaner
from scrubber.formats.base import Cleaner
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

# An explicit tuple, not discovery by globbing: frozen apps (PyInstaller) keep working.
CLEANERS: tuple[Cleaner, ...] = (
    JPEGCleaner(),
    PNGCleaner(),
    WebPCleaner(),
    GIFCleaner(),
    TIFFCleaner(),
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
    ODFCleaner(),  # before OOXML: both are zips, ODF names itself in the first bytes
    OOXMLCleaner(),
    MP3Cleaner(),  # last: a bare MPEG frame header is the loosest signature
)

HEAD_SIZE = 64


def read_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(HEAD_SIZE)
    except IsADirectoryError as e:
        raise UnsupportedFormat("this is a folder, not a file") from e
    except OSError as e:
        raise CorruptFile(f"cannot read the file: {e.strerror or e}") from e


def detect(path: Path) -> Cleaner:
    """The cleaner for a file, chosen by its content, never by its name."""
    head = read_head(path)
    if not head:
        raise CorruptFile("the file is empty")
    for cleaner in CLEANERS:
        if cleaner.sniff(head):
            # Zip documents say what they are inside the archive, not in its first bytes.
            pick = getattr(cleaner, "pick", None)
            return pick(path) if pick else cleaner
    for cleaner in CLEANERS:
        if path.suffix.lower() in cleaner.extensions:
            # Named like a photo but not one: damaged, not merely unsupported.
            name = cleaner.name
            raise CorruptFile(f"the file name says {name}, but it could not be read as {name}")
    raise UnsupportedFormat("this type of file is not supported, so it was not cleaned")


def supported_extensions() -> tuple[str, ...]:
    return tuple(ext for c in CLEANERS for ext in c.extensions)
