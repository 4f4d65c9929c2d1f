"""M4A cleaner: rebuild the movie header from an allowlist, copy the audio data untouched.

Only the boxes a player needs are kept: the file type, the audio data (`mdat`, byte for
byte) and, inside `moov`, the movie/track/media headers and the sample tables. Every
`udta` and `meta` box goes (the iTunes `ilst` tags with cover art and the store
account `apID`, QuickTime `©xyz` locations, Apple `mdta` keys such as make, model and
ISO 6709 location), as do unknown boxes. Creation and modification times in the movie,
track and media headers are set to zero and handler names (which name the writing
software) are blanked. Because the movie header changes size, the chunk offsets in
`stco`/`co64` are recomputed for the new position of the audio. The work is shared with
the video cleaner: see isobmff_movie and isobmff_file.

Only files whose brand says audio (M4A, M4B) are claimed here; files with a video,
chapter or text track, fragmented files, files whose audio lives in other files and
copy-protected (M4P) files are refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from scrubber import selftest_samples as samples
from scrubber.errors import CleaningRefused
from scrubber.formats import isobmff_file
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.isobmff_movie import Policy
from scrubber.messages import Message
from scrubber.model import CleanOptions, Report

BRANDS = {b"M4A ", b"M4B ", b"M4P "}
POLICY = Policy(
    label="M4A",
    tracks=frozenset({"soun"}),
    other_tracks=Message("m4a.other_tracks"),
)


FORMAT = Format(
    id="m4a",
    name="M4A",
    kind="audio",
    extensions=(".m4a", ".m4b"),
    mime_types=("audio/mp4", "audio/x-m4b"),
    cleaner=lambda _: M4ACleaner(),
    sample=samples.m4a,
)


class M4ACleaner(Cleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    lossless = True

    def sniff(self, head: bytes) -> bool:
        return head[4:8] == b"ftyp" and head[8:12] in BRANDS

    def inspect(self, path: Path) -> Report:
        _refuse_protected(path)
        return isobmff_file.inspect(path, POLICY)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        _refuse_protected(src)
        return isobmff_file.clean(src, out, POLICY)


def _refuse_protected(path: Path) -> None:
    with open(path, "rb") as f:
        if f.read(12)[8:12] == b"M4P ":
            raise CleaningRefused(Message("m4a.protected"))
