"""Clips tagged as phones and action cameras tag them (QuickTime tags, GPS tracks from
GoPro, Google and Apple), and a phone's AMR voice recording in 3GP."""

from __future__ import annotations

import random
import struct
from pathlib import Path

from oracle import CANARY

from factories.mp4 import (
    chunk_offsets,
    full_box,
    grow_moov,
    insert_media,
    mp4_box,
    mp4_path,
    mp4_traks,
    write_file,
)
from factories.pictures import exiftool_write

VIDEO_SEEDS = Path(__file__).parents[1] / "data" / "video"  # untagged clips; see its README
WHEN = "2024:05:06 12:00:00"
VIDEO_EXIFTOOL_TAGS = (
    "-Keys:GPSCoordinates=52.37, 4.89, 1",
    "-UserData:GPSCoordinates=52.37, 4.89",
    f"-Keys:Make={CANARY}-make",
    f"-Keys:Model={CANARY}-model",
    f"-Keys:Software={CANARY}-software",
    f"-Keys:CreationDate={WHEN}+02:00",
    f"-UserData:Make={CANARY}-udta-make",
    f"-UserData:Model={CANARY}-udta-model",
    f"-UserData:SoftwareVersion={CANARY}-swr",
    f"-UserData:ContentCreateDate={WHEN}",
    f"-UserData:Author={CANARY}-author",
    f"-XMP-dc:Creator={CANARY}-xmp-creator",
    f"-QuickTime:CreateDate={WHEN}",
    f"-QuickTime:ModifyDate={WHEN}",
    f"-TrackCreateDate={WHEN}",
    f"-TrackModifyDate={WHEN}",
    f"-MediaCreateDate={WHEN}",
    f"-MediaModifyDate={WHEN}",
)


def video_seed(name: str, tmp_path: Path, as_name: str | None = None) -> Path:
    """A copy of a committed untagged clip, ready to be tagged."""
    path = tmp_path / (as_name or name)
    path.write_bytes((VIDEO_SEEDS / name).read_bytes())
    return path


def timed_track(track_id: int, handler: str, entry: bytes, chunks: list[tuple[int, int]]) -> bytes:
    """A metadata track with one sample per chunk at the given (offset, size) places."""
    when, n = 3797913600, len(chunks)
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    head = struct.pack(">5I", when, when, track_id, 0, n * 1000)
    tkhd = full_box("tkhd", 1, head + bytes(16) + matrix + bytes(8))  # no size: not shown
    mdhd = full_box("mdhd", 0, struct.pack(">4IHH", when, when, 1000, n * 1000, 0x55C4, 0))
    hdlr = full_box("hdlr", 0, bytes(4) + handler.encode() + bytes(12) + f"{CANARY} MET\0".encode())
    dref = full_box("dref", 0, struct.pack(">I", 1) + full_box("url ", 1, b""))
    stbl = mp4_box(
        "stbl",
        full_box("stsd", 0, struct.pack(">I", 1) + entry)
        + full_box("stts", 0, struct.pack(">III", 1, n, 1000))
        + full_box("stsc", 0, struct.pack(">IIII", 1, 1, 1, 1))
        + full_box("stsz", 0, struct.pack(f">II{n}I", 0, n, *(s for _, s in chunks)))
        + full_box("stco", 0, struct.pack(f">I{n}I", n, *(o for o, _ in chunks))),
    )
    minf = mp4_box("minf", full_box("nmhd", 0, b"") + mp4_box("dinf", dref) + stbl)
    return mp4_box("trak", tkhd + mp4_box("mdia", mdhd + hdlr + minf))


AMR_VENDOR = b"SCRB"  # the maker code a phone writes into the AMR set-up (4 bytes)


def amr_3gp(path: Path, seconds: int = 1) -> Path:
    """A phone's voice recording: 3GP with one AMR-NB track, built box by box.

    The `samr` sample description carries the encoder's maker code and version in its
    `damr` box (and the entry's own vendor field), as phones write them; the handler name
    and a `©nam` title hold the canary. The samples are real 12.2 kbit/s AMR frames
    (frame header 0x3C, 31 bytes of speech bits), 50 a second.
    """
    rng = random.Random(12)
    frames = [b"\x3c" + bytes(rng.randrange(256) for _ in range(31)) for _ in range(50 * seconds)]
    when, n = 3797913600, len(frames)
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = full_box(
        "mvhd", 0, struct.pack(">4IIH10x", when, when, 1000, 1000 * seconds, 0x10000, 0x100)
        + matrix + bytes(24) + struct.pack(">I", 2),
    )  # fmt: skip
    track = struct.pack(">5I8xHHHH", when, when, 1, 0, 1000 * seconds, 0, 0, 0x100, 0)
    tkhd = full_box("tkhd", 7, track + matrix + bytes(8))
    mdhd = full_box("mdhd", 0, struct.pack(">4IHH", when, when, 8000, 160 * n, 0x55C4, 0))
    hdlr = full_box("hdlr", 0, bytes(4) + b"soun" + bytes(12) + f"{CANARY} voice\0".encode())
    damr = mp4_box("damr", AMR_VENDOR + struct.pack(">BHBB", 7, 0x81FF, 0, 1))
    samr = mp4_box(
        "samr",
        bytes(6)
        + b"\0\1"
        + bytes(4)
        + AMR_VENDOR
        + struct.pack(">HHHHI", 1, 16, 0, 0, 8000 << 16)
        + damr,
    )
    dref = full_box("dref", 0, struct.pack(">I", 1) + full_box("url ", 1, b""))

    def moov(offset: int) -> bytes:
        stbl = mp4_box(
            "stbl",
            full_box("stsd", 0, struct.pack(">I", 1) + samr)
            + full_box("stts", 0, struct.pack(">III", 1, n, 160))
            + full_box("stsc", 0, struct.pack(">IIII", 1, 1, n, 1))
            + full_box("stsz", 0, struct.pack(">II", 32, n))
            + full_box("stco", 0, struct.pack(">II", 1, offset)),
        )
        minf = mp4_box("minf", full_box("smhd", 0, bytes(4)) + mp4_box("dinf", dref) + stbl)
        title = f"{CANARY} memo".encode()
        udta = mp4_box("udta", mp4_box("©nam", struct.pack(">HH", len(title), 0) + title))
        trak = mp4_box("trak", tkhd + mp4_box("mdia", mdhd + hdlr + minf))
        return mp4_box("moov", mvhd + trak + udta)

    ftyp = mp4_box("ftyp", b"3gp4" + struct.pack(">I", 0x200) + b"isom3gp4")
    head = ftyp + moov(0)
    return write_file(path, ftyp + moov(len(head) + 8) + mp4_box("mdat", b"".join(frames)))


def _klv(key: str, typ: str, size: int, value: bytes) -> bytes:
    """One GoPro GPMF item: key, type, item size, repeat count, padded value."""
    head = key.encode() + typ.encode("latin-1") + bytes([size])
    return head + struct.pack(">H", len(value) // size) + value + bytes(-len(value) % 4)


def gpmf_sample(second: int) -> bytes:
    """A GoPro telemetry sample: the camera's name and a GPS fix, as GoPro cameras write."""
    fix = struct.pack(">5i", 523700000 + second, 48900000, 1000, 250, 250)
    scale = struct.pack(">5i", 10000000, 10000000, 1000, 1000, 100)
    stream = _klv("STNM", "c", 1, b"GPS (Lat., Long., Alt., 2D speed, 3D speed)")
    stream += _klv("GPSU", "U", 16, b"240506120000.000") + _klv("GPSF", "L", 4, b"\0\0\0\3")
    stream += _klv("SCAL", "l", 4, scale) + _klv("GPS5", "l", 20, fix)
    device = _klv("DVID", "L", 4, b"\0\0\0\1") + _klv("DVNM", "c", 1, f"{CANARY}-gopro".encode())
    return _klv("DEVC", "\0", 1, device + _klv("STRM", "\0", 1, stream))


def camm_sample() -> bytes:
    """A Google camera-motion GPS sample (type 6), little-endian as the format says."""
    gps = struct.pack("<dIddffffff", 1714996800.0, 3, 52.37, 4.89, 1.0, 5, 5, 0, 0, 0)
    return struct.pack("<HH", 0, 6) + gps + struct.pack("<f", 1.0)


MEBX_KEYS = ("com.apple.quicktime.location.ISO6709", "com.apple.quicktime.model")


def mebx_entry() -> bytes:
    """Apple's timed-metadata sample description naming the keys its samples carry."""
    keys = b"".join(
        mp4_box(
            struct.pack(">I", i + 1).decode("latin-1"),
            mp4_box("keyd", b"mdta" + key.encode()) + mp4_box("dtyp", struct.pack(">II", 0, 1)),
        )
        for i, key in enumerate(MEBX_KEYS)
    )
    return mp4_box("mebx", bytes(6) + b"\0\1" + mp4_box("keys", keys))


def mebx_sample() -> bytes:
    values = (b"+52.3700+004.8900+001.000/", f"{CANARY}-timed-model".encode())
    return b"".join(
        mp4_box(struct.pack(">I", i + 1).decode("latin-1"), v) for i, v in enumerate(values)
    )


def with_timed_track(
    data: bytes, handler: str, entry: bytes, samples: list[bytes], at: int
) -> bytes:
    """A timed metadata track whose samples lie together at offset `at` of the media data."""
    data = insert_media(data, at, b"".join(samples))
    chunks, pos = [], at
    for sample in samples:
        chunks.append((pos, len(sample)))
        pos += len(sample)
    track_id = 1 + max(
        struct.unpack_from(">I", data, t[0] + 8 + 12 + 8)[0] for t in mp4_traks(data)
    )
    return grow_moov(data, ("moov",), timed_track(track_id, handler, entry, chunks))


def dirty_video(path: Path) -> Path:
    """A clip tagged as phones and action cameras tag them.

    ExifTool writes the QuickTime tags (Apple keys with location, make, model, software
    and date; user data with ©xyz, make, model, author; XMP; times in every header).
    Added by hand: a track-level ©xyz, GoPro (gpmd) and Google (camm) GPS tracks whose
    samples sit between the video frames, an Apple timed-metadata (mebx) track after
    them, leftover data in a free box and a camera maker's private uuid box at the end.
    """
    exiftool_write(path, *VIDEO_EXIFTOOL_TAGS)
    data = path.read_bytes()
    xyz = b"+48.8583+002.2945/"
    udta = mp4_box("udta", mp4_box("©xyz", struct.pack(">HH", len(xyz), 0) + xyz))
    data = grow_moov(data, ("moov", "trak"), udta)
    gpmd = mp4_box("gpmd", bytes(6) + b"\0\1" + bytes(8))
    gps = [gpmf_sample(0), gpmf_sample(1)]
    data = with_timed_track(data, "meta", gpmd, gps, chunk_offsets(data)[1])
    camm = mp4_box("camm", bytes(6) + b"\0\1")
    data = with_timed_track(data, "camm", camm, [camm_sample()], chunk_offsets(data)[3])
    data = with_timed_track(data, "meta", mebx_entry(), [mebx_sample()], mp4_path(data, "mdat")[1])
    data += mp4_box("free", f"{CANARY} old header left in padding".encode())
    data += mp4_box("uuid", bytes.fromhex("50524f4621d24fcebb88695cfac9c740") + CANARY.encode())
    return write_file(path, data)
