"""A toy format, standing in for a new module in scrubber/formats/: exactly what README's
"Adding a format" asks for (a cleaner and its descriptor), used by test_adding_a_format.py.

A .toy file is the line "TOY1" then `key=value` lines: `author=` and `place=` say who
wrote it and where, every other line is content and stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from scrubber.errors import CorruptFile
from scrubber.formats.base import Cleaner, Format
from scrubber.model import Category, CleanOptions, Collector, Report

MAGIC = b"TOY1\n"
IDENTIFYING = {b"author": Category.PERSON, b"place": Category.LOCATION}


def sample(path: Path) -> Path:
    path.write_bytes(MAGIC + b"author=toy-canary-author\nplace=toy-canary-place\ntext=hello\n")
    return path


FORMAT = Format(
    id="toy",
    name="Toy",
    kind="document",
    extensions=(".toy",),
    mime_types=("application/x-scrubber-toy",),
    cleaner=lambda _: ToyCleaner(),
    sample=sample,
)


class ToyCleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head.startswith(MAGIC)

    def inspect(self, path: Path) -> Report:
        return _read(path)[0].report(self.name)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        col, content = _read(src)
        out.write(MAGIC + b"".join(content))
        return col.report(self.name)


def _read(path: Path) -> tuple[Collector, list[bytes]]:
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise CorruptFile("this toy file has no header")
    col, content = Collector(), []
    for line in data[len(MAGIC) :].splitlines(keepends=True):
        key, equals, value = line.partition(b"=")
        if not equals or not line.endswith(b"\n"):
            raise CorruptFile("a line of this toy file is not key=value")
        if key in IDENTIFYING:
            col.add(IDENTIFYING[key], f"Toy:{key.decode('ascii', 'replace')}", value.strip())
        else:
            content.append(line)
    return col, content
