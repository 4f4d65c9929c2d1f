"""The explicit list of cleaners and format detection by magic bytes."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterator
from pathlib import Path

from scrubber.errors import CorruptFile, UnsupportedFormat
from scrubber.formats.base import Cleaner

# An explicit list, not discovery by globbing: frozen apps (PyInstaller) keep working.
# Each format is imported the first time detection reaches it, so a batch of photos never
# loads the PDF, Office and audio libraries (about half a second of start-up).


def _jpeg() -> Cleaner:
    from scrubber.formats.jpeg import JPEGCleaner

    return JPEGCleaner()


def _png() -> Cleaner:
    from scrubber.formats.png import PNGCleaner

    return PNGCleaner()


def _webp() -> Cleaner:
    from scrubber.formats.webp import WebPCleaner

    return WebPCleaner()


def _gif() -> Cleaner:
    from scrubber.formats.gif import GIFCleaner

    return GIFCleaner()


def _tiff() -> Cleaner:
    from scrubber.formats.tiff import TIFFCleaner

    return TIFFCleaner()


def _heic() -> Cleaner:
    from scrubber.formats.heic import HEICCleaner

    return HEICCleaner()


def _pdf() -> Cleaner:
    from scrubber.formats.pdf import PDFCleaner

    return PDFCleaner()


def _flac() -> Cleaner:
    from scrubber.formats.audio_flac import FLACCleaner

    return FLACCleaner()


def _vorbis() -> Cleaner:
    from scrubber.formats.audio_ogg import vorbis_cleaner

    return vorbis_cleaner()


def _opus() -> Cleaner:
    from scrubber.formats.audio_ogg import opus_cleaner

    return opus_cleaner()


def _m4a() -> Cleaner:
    from scrubber.formats.audio_mp4 import M4ACleaner

    return M4ACleaner()


def _mp4() -> Cleaner:
    from scrubber.formats.video_mp4 import mp4_cleaner

    return mp4_cleaner()


def _mov() -> Cleaner:
    from scrubber.formats.video_mp4 import mov_cleaner

    return mov_cleaner()


def _wav() -> Cleaner:
    from scrubber.formats.audio_riff import wav_cleaner

    return wav_cleaner()


def _aiff() -> Cleaner:
    from scrubber.formats.audio_riff import aiff_cleaner

    return aiff_cleaner()


def _odf() -> Cleaner:
    from scrubber.formats.odf import ODFCleaner

    return ODFCleaner()


def _ooxml() -> Cleaner:
    from scrubber.formats.ooxml import OOXMLCleaner

    return OOXMLCleaner()


def _mp3() -> Cleaner:
    from scrubber.formats.audio_mp3 import MP3Cleaner

    return MP3Cleaner()


# In the order formats are tried.
_FACTORIES: tuple[Callable[[], Cleaner], ...] = (
    _jpeg,
    _png,
    _webp,
    _gif,
    _tiff,
    _heic,
    _pdf,
    _flac,
    _vorbis,
    _opus,
    _m4a,
    _mp4,  # after M4A and HEIC, which claim their brands of the same container
    _mov,
    _wav,
    _aiff,
    _odf,  # before OOXML: both are zips, ODF names itself in the first bytes
    _ooxml,
    _mp3,  # last: a bare MPEG frame header is the loosest signature
)
_made: list[Cleaner] = []  # the cleaners of _FACTORIES made so far, in order

# Every cleaner, in order (all imported on first use of this name; see __getattr__).
CLEANERS: tuple[Cleaner, ...]


def _cleaners() -> Iterator[Cleaner]:
    """The cleaners in order, each made only when reached."""
    every = globals().get("CLEANERS")  # once built (or replaced in a test), that tuple
    if every is not None:
        yield from every
        return
    for index, factory in enumerate(_FACTORIES):
        if index == len(_made):
            _made.append(factory())
        yield _made[index]


def __getattr__(name: str) -> object:
    if name == "CLEANERS":
        every = tuple(_cleaners())
        globals()["CLEANERS"] = every
        return every
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    for cleaner in _cleaners():
        if cleaner.sniff(head):
            # Zip documents say what they are inside the archive, not in its first bytes.
            pick = getattr(cleaner, "pick", None)
            return pick(path) if pick else cleaner
    for cleaner in _cleaners():
        if path.suffix.lower() in cleaner.extensions:
            # Named like a photo but not one: damaged, not merely unsupported.
            name = cleaner.name
            raise CorruptFile(f"the file name says {name}, but it could not be read as {name}")
    raise UnsupportedFormat("this type of file is not supported, so it was not cleaned")


def supported_extensions() -> tuple[str, ...]:
    return tuple(ext for c in _cleaners() for ext in c.extensions)


def kind(cleaner: Cleaner) -> str:
    """image, audio, video or document, from the MIME type of the cleaner's main extension."""
    mime = mimetypes.guess_type("x" + cleaner.extensions[0], strict=False)[0] or ""
    top = mime.split("/")[0]
    return top if top in ("image", "audio", "video") else "document"


def kind_of_suffix(suffix: str) -> str | None:
    """The kind of file an extension names (see `kind`); None for one no cleaner takes."""
    for cleaner in _cleaners():
        if suffix.lower() in cleaner.extensions:
            return kind(cleaner)
    return None
