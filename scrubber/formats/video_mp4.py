"""Video cleaners: MP4 (and M4V, 3GP) and QuickTime MOV, by stream copy.

Phones write GPS into `©xyz` and Apple's `com.apple.quicktime.location.ISO6709`, with
the device model and OS version, and cameras add timed GPS tracks (GoPro `gpmd`, Google
`camm`, Apple `mebx`). The movie header is rebuilt from an allowlist (isobmff_movie):
only picture and sound tracks stay, every metadata box and time goes. The media data is
copied byte for byte, minus the samples of the dropped tracks (isobmff_file), so no
frame is re-encoded and the GPS samples do not survive in the file.

Fragmented files (as streamed), copy-protected files and reference movies are refused.
HEIF/AVIF pictures and M4A audio share the container: their cleaners come first in the
registry's order and claim their brands.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from scrubber import selftest_samples as samples
from scrubber.formats import isobmff_file
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.isobmff_movie import Policy
from scrubber.model import CleanOptions, Report

QUICKTIME = b"qt  "
# Canon CR3 raw photos share the container. (HEIF/AVIF pictures and M4A sound do too,
# but their cleaners come before this one in the registry's order.)
NOT_VIDEO = {b"crx "}
# Major brands of video files; files naming another major brand are still video when a
# compatible brand is one of the generic ones (isom, mp42...).
VIDEO_BRANDS = {b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"iso7", b"iso8", b"iso9"}
VIDEO_BRANDS |= {b"mp41", b"mp42", b"mp71", b"avc1", b"M4V ", b"M4VH", b"M4VP", b"f4v ", b"mmp4"}
VIDEO_BRANDS |= {b"3gp4", b"3gp5", b"3gp6", b"3gp7", b"3gs6", b"3gs7", b"3ge6", b"3ge7", b"3gg6"}
VIDEO_BRANDS |= {b"3g2a", b"3g2b", b"3g2c", b"kddi", b"MSNV", b"XAVC", b"CAEP", b"dash"}
GENERIC = {b"isom", b"iso2", b"mp41", b"mp42", b"avc1", QUICKTIME}
# QuickTime files older than the file-type box start with one of these.
OLD_QUICKTIME_START = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
VIDEO_TRACKS = frozenset({"vide", "soun"})


def brands(head: bytes) -> tuple[bytes, set[bytes]] | None:
    """(major brand, every brand) of a file that starts with a file-type box."""
    if len(head) < 16 or head[4:8] != b"ftyp":
        return None
    size = min(int.from_bytes(head[:4], "big"), len(head))
    return head[8:12], {head[8:12]} | {head[i : i + 4] for i in range(16, size - 3, 4)}


def _is_video(head: bytes) -> bool:
    found = brands(head)
    if found is None:
        return False
    major, every = found
    if every & NOT_VIDEO:
        return False
    return major in VIDEO_BRANDS or bool(every & GENERIC)


class VideoCleaner(Cleaner):
    lossless = True

    def __init__(self, name: str, extensions: tuple[str, ...], quicktime: bool) -> None:
        self.name = name
        self.extensions = extensions
        self._quicktime = quicktime
        self._policy = Policy(label=name, tracks=VIDEO_TRACKS, need_ftyp=not quicktime)

    def sniff(self, head: bytes) -> bool:
        if not _is_video(head):
            # Old QuickTime files have no file-type box.
            return self._quicktime and head[4:8] in OLD_QUICKTIME_START
        major = head[8:12]
        return (major == QUICKTIME) == self._quicktime

    def inspect(self, path: Path) -> Report:
        return isobmff_file.inspect(path, self._policy)

    def output_extension(self, options: CleanOptions) -> str:
        return self.extensions[0]

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        return isobmff_file.clean(src, out, self._policy)


MP4: Format = Format(
    id="mp4",
    name="MP4",
    kind="video",
    extensions=(".mp4", ".m4v", ".3gp", ".3g2"),
    mime_types=("video/mp4", "video/x-m4v", "video/3gpp", "video/3gpp2"),
    cleaner=lambda _: VideoCleaner(MP4.name, MP4.extensions, quicktime=False),
    sample=samples.mp4,
    redactable=True,
)
MOV: Format = Format(
    id="mov",
    name="MOV",
    kind="video",
    extensions=(".mov", ".qt"),
    mime_types=("video/quicktime",),
    cleaner=lambda _: VideoCleaner(MOV.name, MOV.extensions, quicktime=True),
    sample=samples.mov,
    redactable=True,
)
