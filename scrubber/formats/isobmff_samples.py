"""Where a track's media lies: its chunks (file offset, length), read from the sample tables.

The video cleaner keeps only the bytes that the kept tracks' chunks cover, so a chunk's
length must be exactly what a player reads: the sum of its samples' sizes, or for
old QuickTime sound, where one "sample" is one audio frame, frames times bytes per frame.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from itertools import accumulate, pairwise

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.messages import Message

Chunk = tuple[int, int]  # (file offset, length)
# Uncompressed QuickTime sound, where stsz says 1 byte per "sample" and means one frame.
PCM_CODECS = {"raw ", "twos", "sowt", "in24", "in32", "fl32", "fl64", "NONE", "lpcm"}
LAW_CODECS = {"ulaw", "alaw"}  # one byte per sample and channel
MAX_SAMPLES = 50_000_000  # ~ 9 days of 60 fps video; more is a damaged table


@dataclass(frozen=True)
class SoundFormat:
    """The parts of a QuickTime/MP4 audio sample entry that say how big a frame is."""

    codec: str
    version: int
    channels: int
    bits: int
    frames_per_packet: int = 0  # version 1: samplesPerPacket; version 2: LPCM frames per packet
    bytes_per_packet: int = 0  # version 1: bytesPerFrame; version 2: bytes per audio packet


def sound_format(entry: bytes) -> SoundFormat:
    """Read an audio sample entry (header included)."""
    codec = entry[4:8].decode("latin-1")
    version, _, _, channels, bits = struct.unpack_from(">HH4sHH", entry, 16)
    if version == 1 and len(entry) >= 52:
        per_packet, _, per_frame = struct.unpack_from(">III", entry, 36)
        return SoundFormat(codec, 1, channels, bits, per_packet, per_frame)
    if version == 2 and len(entry) >= 72:
        bytes_per_packet, frames_per_packet = struct.unpack_from(">II", entry, 64)
        return SoundFormat(codec, 2, channels, bits, frames_per_packet, bytes_per_packet)
    return SoundFormat(codec, version, channels, bits)


def chunk_extents(tables: dict[str, bytes], sound: SoundFormat | None) -> list[Chunk]:
    """The chunks of one track from its stco/co64, stsc and stsz/stz2 payloads."""
    offsets = _offsets(tables)
    if not offsets:
        return []
    runs = _runs(tables.get("stsc"))
    fixed, count, sizes = _sizes(tables)
    prefix = list(accumulate(sizes, initial=0)) if not fixed else []
    out: list[Chunk] = []
    sample = 0
    run = 0
    for number, offset in enumerate(offsets, start=1):
        while run + 1 < len(runs) and runs[run + 1][0] <= number:
            run += 1
        n = runs[run][1]
        if sample + n > count:
            raise CorruptFile("the file is damaged (its sample tables do not agree)")
        length = _constant_chunk(n, fixed, sound) if fixed else prefix[sample + n] - prefix[sample]
        out.append((offset, length))
        sample += n
    return out


def _offsets(tables: dict[str, bytes]) -> tuple[int, ...]:
    wide = "co64" in tables
    payload = tables.get("co64" if wide else "stco")
    if payload is None:
        return ()
    (count,) = struct.unpack_from(">I", payload, 4)
    size = 8 if wide else 4
    if 8 + count * size > len(payload):
        raise CorruptFile("the file is damaged (a chunk table is cut short)")
    return struct.unpack_from(f">{count}{'Q' if wide else 'I'}", payload, 8)


def _runs(payload: bytes | None) -> list[tuple[int, int]]:
    """(first chunk, samples per chunk) of each sample-to-chunk run."""
    if payload is None:
        raise CorruptFile("the file is damaged (a track has no sample-to-chunk table)")
    (count,) = struct.unpack_from(">I", payload, 4)
    if not count or 8 + 12 * count > len(payload):
        raise CorruptFile("the file is damaged (a sample-to-chunk table is cut short)")
    flat = struct.unpack_from(f">{3 * count}I", payload, 8)
    runs = [(flat[i], flat[i + 1]) for i in range(0, len(flat), 3)]
    firsts = [r[0] for r in runs]
    if firsts[0] != 1 or any(b <= a for a, b in pairwise(firsts)):
        raise CorruptFile("the file is damaged (a sample-to-chunk table is out of order)")
    return runs


def _sizes(tables: dict[str, bytes]) -> tuple[int, int, tuple[int, ...]]:
    """(constant size or 0, sample count, sizes when not constant)."""
    if "stsz" in tables:
        fixed, count = struct.unpack_from(">II", tables["stsz"], 4)
        if count > MAX_SAMPLES:
            raise CorruptFile("the file is damaged (a sample table is too large)")
        if fixed:
            return fixed, count, ()
        if 12 + 4 * count > len(tables["stsz"]):
            raise CorruptFile("the file is damaged (a sample size table is cut short)")
        return 0, count, struct.unpack_from(f">{count}I", tables["stsz"], 12)
    if "stz2" in tables:
        payload = tables["stz2"]
        field, count = payload[7], int.from_bytes(payload[8:12], "big")
        if field not in (4, 8, 16) or count > MAX_SAMPLES:
            raise CorruptFile("the file is damaged (a compact sample size table is invalid)")
        if 12 + (count * field + 7) // 8 > len(payload):
            raise CorruptFile("the file is damaged (a sample size table is cut short)")
        if field == 16:
            return 0, count, struct.unpack_from(f">{count}H", payload, 12)
        if field == 8:
            return 0, count, tuple(payload[12 : 12 + count])
        nibbles = [n for b in payload[12 : 12 + (count + 1) // 2] for n in (b >> 4, b & 15)]
        return 0, count, tuple(nibbles[:count])
    raise CorruptFile("the file is damaged (a track has no sample size table)")


def _constant_chunk(frames: int, size: int, sound: SoundFormat | None) -> int:
    """Bytes in a chunk of `frames` samples that all have the same size."""
    if sound is None:
        return frames * size
    if sound.version in (1, 2) and sound.frames_per_packet and sound.bytes_per_packet:
        # As players read QuickTime sound: whole packets of a known size.
        total = frames * sound.bytes_per_packet
        if total % sound.frames_per_packet:
            raise CleaningRefused(Message("video.sound_layout"))
        return total // sound.frames_per_packet
    if size == 1 and sound.version == 0:
        if sound.codec in LAW_CODECS:
            return frames * sound.channels
        if sound.codec in PCM_CODECS:
            return frames * sound.channels * max(1, sound.bits // 8)
        raise CleaningRefused(Message("video.sound_old"))
    return frames * size
