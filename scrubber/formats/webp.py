"""WebP cleaner (placeholder until implemented)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from scrubber.errors import UnsupportedFormat
from scrubber.model import CleanOptions, Report


class WebPCleaner:
    name = "WebP"
    extensions: tuple[str, ...] = (".webp",)

    def sniff(self, head: bytes) -> bool:
        return False

    def inspect(self, path: Path) -> Report:
        raise UnsupportedFormat("not implemented")

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> list[str]:
        raise UnsupportedFormat("not implemented")
