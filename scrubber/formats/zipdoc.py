"""Zip-based documents (Office Open XML, OpenDocument): safe reading and writing.

Reading is bounded before anything is unpacked: the end record is read first, so a
file announcing more parts than MAX_MEMBERS is refused before Python's zipfile builds
its list; each part's declared size, the total and the compression ratio are capped;
names that could climb out of a folder, duplicates, encryption and unusual compression
are refused. Whatever lies between or around the parts (a zip comment, prepended data,
extra fields with times or owner ids) is reported, and never copied: the writer builds a
fresh archive with parts in a fixed order, one fixed time stamp and no extra fields.

The XML inside is docxml.py's: this module imports no XML library, so telling an
OpenDocument file from an Office one (its `mimetype` part) needs only the zip.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from scrubber.errors import CleaningRefused, CorruptFile, ScrubberError
from scrubber.formats.base import Nested
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector

C = Category
MAX_MEMBERS = 10_000  # parts in one document; a large slide deck has a few thousand
MAX_DIRECTORY = 8 << 20  # bytes of the zip's central directory
MAX_PART = 256 << 20  # uncompressed bytes of one part (a big photo)
MAX_XML = 32 << 20  # bytes of one XML part: its tree takes ~20x that in memory (23 MB: 0.6 GB)
MAX_TOTAL = 1 << 30  # uncompressed bytes of all parts together
MAX_RATIO = 200  # deflate reaches ~1000:1 only on crafted data; real XML stays far below
RATIO_FLOOR = 1 << 20  # parts smaller than this are not held to the ratio
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's earliest date, as Word writes
EOCD, EOCD64, LOCATOR64 = b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"
LOCAL = b"PK\x03\x04"
BOMB = Message("zip.bomb")

# Extra fields some zip tools add to parts: file times and the owner's user and group ids.
EXTRA_FIELDS = {
    0x5455: (C.TIME, "file times"),
    0x000A: (C.TIME, "file times (NTFS)"),
    0x5855: (C.PERSON, "file times and owner ids (old Unix)"),
    0x7855: (C.PERSON, "owner user and group ids (Unix)"),
    0x7875: (C.PERSON, "owner user and group ids (Unix)"),
}


def too_big(limit: int) -> Message:
    """The refusal of a document that unpacks to more than `limit` bytes."""
    return Message("doc.too_big", mb=limit >> 20)


@dataclass(frozen=True)
class Part:
    name: str
    size: int  # uncompressed


class Package:
    """An open zip document whose parts are read one at a time, each within bounds."""

    def __init__(self, source: Path | bytes) -> None:
        self.source = source  # a file, or a document held in memory (one embedded in another)
        self._zip: zipfile.ZipFile | None = None
        self._file: BinaryIO = io.BytesIO()
        self.parts: dict[str, Part] = {}
        self.layout = Collector()  # what the zip structure itself gives away

    def __enter__(self) -> Package:
        with self._open() as f:
            _check_end_record(f)
        self._file = self._open()
        try:
            self._zip = zipfile.ZipFile(self._file)
            self._index()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as e:
            self.__exit__()
            raise CorruptFile(Message("doc.zip_unreadable")) from e
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self._zip is not None:
            self._zip.close()
        self._file.close()

    def _open(self) -> BinaryIO:
        if isinstance(self.source, bytes):
            return io.BytesIO(self.source)
        return open(self.source, "rb")

    def _index(self) -> None:
        assert self._zip is not None
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise CleaningRefused(BOMB)
        total = 0
        folded: set[str] = set()
        times: list[tuple[int, ...]] = []
        for info in infos:
            _check_name(info.filename)
            if info.filename.lower() in folded:
                raise CorruptFile("the document is damaged (two of its parts have the same name)")
            folded.add(info.filename.lower())
            if info.flag_bits & 0x1:
                raise CleaningRefused(Message("doc.password"))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise CorruptFile("the document uses a kind of compression Office never writes")
            total += info.file_size
            _check_size(info)
            if total > MAX_TOTAL:
                raise CleaningRefused(too_big(MAX_TOTAL))
            if info.date_time != FIXED_TIME:
                times.append(info.date_time)
            self._extras(info.extra)
            if info.comment:
                self.layout.add(C.OTHER, "Zip:PartComment", info.comment)
            if not info.is_dir():
                self.parts[info.filename] = Part(info.filename, info.file_size)
        if times:
            y, mo, d, h, mi, s = max(times)
            stamp = f"{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}"
            self.layout.add(C.TIME, "Zip:FileTimes", f"saved at {stamp}")
        if self._zip.comment:
            self.layout.add(C.OTHER, "Zip:Comment", self._zip.comment)
        self._gaps(infos)

    def _extras(self, extra: bytes) -> None:
        pos = 0
        while pos + 4 <= len(extra):
            kind, size = struct.unpack_from("<HH", extra, pos)
            if kind in EXTRA_FIELDS:
                cat, what = EXTRA_FIELDS[kind]
                key = f"Zip:Extra{kind:04X}"
                if key not in {f.key for f in self.layout.findings}:
                    self.layout.add(cat, key, what)
            pos += 4 + size

    def _gaps(self, infos: list[zipfile.ZipInfo]) -> None:
        """Bytes no part accounts for: before, between or after the parts."""
        assert self._zip is not None
        with self._open() as fp:
            hidden = self._walk_local(fp, infos)
        if hidden:
            self.layout.add(C.OTHER, "Zip:HiddenData", f"{hidden} bytes outside the parts")

    def _walk_local(self, fp: BinaryIO, infos: list[zipfile.ZipInfo]) -> int:
        assert self._zip is not None
        fp.seek(0, os.SEEK_END)
        size = fp.tell()
        pos, hidden = 0, 0
        for info in sorted(infos, key=lambda i: i.header_offset):
            if not 0 <= info.header_offset <= size - 30:
                raise CorruptFile("the document is damaged (a part lies outside the file)")
            hidden += max(0, info.header_offset - pos)
            fp.seek(info.header_offset)
            head = fp.read(30)
            if len(head) < 30 or head[:4] != LOCAL:
                raise CorruptFile("the document is damaged (a part's header is missing)")
            name_len, extra_len = struct.unpack_from("<HH", head, 26)
            self._extras(fp.read(name_len + extra_len)[name_len:])
            end = info.header_offset + 30 + name_len + extra_len + info.compress_size
            if info.flag_bits & 0x8:  # a data descriptor follows: 12 to 24 bytes
                fp.seek(end)
                end += 16 if fp.read(4) == b"PK\x07\x08" else 12
                end += 8 if info.file_size >= 0xFFFFFFFF else 0
            pos = max(pos, end)
        return hidden + max(0, self._zip.start_dir - pos)

    def head(self, name: str, n: int = 16) -> bytes:
        """The first bytes of a part (to tell a picture's real format)."""
        assert self._zip is not None
        try:
            with self._zip.open(name) as f:
                return f.read(n)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as e:
            raise CorruptFile("the document is damaged (a part cannot be unpacked)") from e

    def read(self, name: str, limit: int = MAX_PART) -> bytes:
        """One part, unpacked within `limit` bytes; its checksum is verified."""
        assert self._zip is not None
        part = self.parts[name]
        if part.size > limit:
            raise CleaningRefused(too_big(limit))
        try:
            with self._zip.open(name) as f:
                data = f.read(limit + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
        ) as e:
            raise CorruptFile("the document is damaged (a part cannot be unpacked)") from e
        if len(data) != part.size:
            raise CorruptFile("the document is damaged (a part is not the size it says)")
        return data


def _check_end_record(f: BinaryIO) -> None:
    """Refuse an oversized or malformed directory before zipfile reads it whole."""
    f.seek(0, os.SEEK_END)
    size = f.tell()
    tail_len = min(size, 22 + 0xFFFF)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    at = tail.rfind(EOCD)
    if at < 0 or at + 22 > len(tail):
        raise CorruptFile("the document is damaged (the end of its zip structure is missing)")
    _, _, _, count, dir_size, dir_offset, comment_len = struct.unpack_from("<HHHHIIH", tail, at + 4)
    if at + 22 + comment_len != len(tail):
        raise CorruptFile("the document is damaged (data after the end of its zip structure)")
    if 0xFFFF in (count,) or 0xFFFFFFFF in (dir_size, dir_offset):
        loc = at - 20
        if loc < 0 or tail[loc : loc + 4] != LOCATOR64:
            raise CorruptFile("the document is damaged (its zip64 locator is missing)")
        (record,) = struct.unpack_from("<Q", tail, loc + 8)
        f.seek(record)
        rec = f.read(56)
        if len(rec) < 56 or rec[:4] != EOCD64:
            raise CorruptFile("the document is damaged (its zip64 end record is missing)")
        count, dir_size = struct.unpack_from("<QQ", rec, 32)
    if count > MAX_MEMBERS or dir_size > MAX_DIRECTORY:
        raise CleaningRefused(BOMB)


def _check_name(name: str) -> None:
    parts = name.split("/")
    if (
        not name
        or len(name) > 1024
        or name.startswith("/")
        or "\\" in name
        or ":" in name
        or any(p in (".", "..") for p in parts)
        or "" in parts[:-1]
        or any(ord(ch) < 32 or ord(ch) == 127 for ch in name)
    ):
        raise CorruptFile("the document is damaged (a part has an unsafe name)")


def _check_size(info: zipfile.ZipInfo) -> None:
    if info.file_size > MAX_PART:
        raise CleaningRefused(too_big(MAX_PART))
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise CleaningRefused(BOMB)


# What parsers raise on garbage (a missing part, odd XML, a short header).
DAMAGE: tuple[type[Exception], ...] = (
    ValueError,
    KeyError,
    IndexError,
    struct.error,
    EOFError,
    zipfile.BadZipFile,
    NotImplementedError,  # zipfile: a zip feature it does not know
)


@contextlib.contextmanager
def damage_as_corrupt(*parser_errors: type[Exception]) -> Iterator[None]:
    """What parsers raise on garbage is damage; `parser_errors` adds an XML parser's own
    (docxml.ERRORS, where the XML is read)."""
    try:
        yield
    except (ScrubberError, MemoryError):
        raise
    except (*DAMAGE, *parser_errors) as e:
        raise CorruptFile(Message("doc.damaged")) from e


# --- writing ------------------------------------------------------------------------------


def write_package(out: BinaryIO, members: Iterable[tuple[str, bytes]], stored: str = "") -> None:
    """A fresh zip: parts in the given order, one fixed time, deflated (except `stored`),
    no extra fields, no comments, DOS as the 'made by' system on every platform."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=False) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.create_system = 0
            info.external_attr = 0
            info.compress_type = zipfile.ZIP_STORED if name == stored else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# --- files inside documents --------------------------------------------------------------

# What a file inside a document is, as `embedded` names it.
PICTURE, DOCUMENT = "a picture", "a document"


def embedded(
    nested: Nested,
    data: bytes,
    options: CleanOptions | None,
    col: Collector,
    what: str,
    where: str,
) -> bytes:
    """A picture or document held in this one, cleaned (or, without options, inspected)
    by the registry's cleaner for it; its findings and warnings go to `col`. Nothing is
    written to a temporary file, where a killed process would leave it uncleaned."""
    try:
        new, report = nested(data, options)
    except ScrubberError as e:
        raise _within(e, what, where) from e
    col.findings.extend(report.findings)
    col.kept.extend(report.kept)
    col.warnings.extend(_of_part(w, what, where) for w in report.warnings)
    return new


def _within(e: ScrubberError, what: str, where: str) -> ScrubberError:
    """The error of a file inside the document, said of that file."""
    return type(e)(_of_part(e.message, what, where))


def _of_part(said: str, what: str, where: str) -> str:
    """What the cleaner of a file inside the document said (an error or a warning), said
    of that file. A message stays a message, translated on its own inside the sentence."""
    if not isinstance(said, Message):
        return f"{what} in this document ({where}): {said}"
    if what == DOCUMENT:
        return Message("doc.in_document", part=where, problem=said)
    return Message("doc.in_picture", part=where, problem=said)


# A path on a computer (C:\..., \\server\..., file:, a home folder) or a file name a
# camera, phone or screenshot tool makes, or any picture file name.
_PATH = re.compile(
    r"(^|[\s\"'(])([a-z]:[\\/]|\\{2,}[^\\]|file:|~[\\/]|/(users|home|private|var|mnt|media|volumes)/)",
    re.IGNORECASE,
)
_FILE_NAME = re.compile(
    r"(\.(jpe?g|png|gif|tiff?|bmp|heic|heif|webp|emf|wmf|svg|avif|dng|raw)\s*$)"
    r"|^\s*(img|dsc|dscn|dscf|pxl|vid|mvimg|screenshot|screen shot|capture|whatsapp image"
    r"|photo on|signal-|snapchat-|fb_img|received_)[\s_\-0-9]",
    re.IGNORECASE,
)


def looks_like_a_file(text: str) -> bool:
    return bool(_PATH.search(text) or _FILE_NAME.search(text))


_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def unquote(text: str) -> str:
    """Undo %XX escapes in a link target (urllib would do, but the core imports no
    networking module, not even for its parsers)."""
    return _PERCENT.sub(
        lambda m: bytes.fromhex(m[0].replace("%", "")).decode("utf-8", "replace"), text
    )


def iter_sorted(names: Iterable[str], first: tuple[str, ...]) -> Iterator[str]:
    """The fixed order of parts in a written package: `first` ones, then by name."""
    names = set(names)
    for name in first:
        if name in names:
            yield name
    yield from sorted(n for n in names if n not in first)
