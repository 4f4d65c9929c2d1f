"""Audio cleaners: real recordings tagged like taggers, phones and recorders tag them.

Each test proves three things with readers we did not write or that are written here
independently of the cleaners: ExifTool sees nothing but stream parameters, the canary
is gone from the raw bytes, and the audio itself (frames, packets, samples) is byte for
byte what it was.
"""

from __future__ import annotations

import struct
import wave
from pathlib import Path

import mutagen
import pytest
from factories import (
    audio_seed,
    clean_to,
    dirty_aiff,
    dirty_flac,
    dirty_m4a,
    dirty_mp3,
    dirty_ogg,
    dirty_wav,
    flac_blocks,
    id3v1_tag,
    id3v24_tag,
    mp4_box,
    mp4_boxes,
    mp4_path,
    pcm_tone,
    riff_chunk,
    run_cli,
)
from oracle import CANARY, HARMLESS_GROUPS, HARMLESS_TAGS, canary_in_bytes, exiftool_tags

from scrubber import Outcome, clean, inspect
from scrubber.messages import Message
from scrubber.model import Category

C = Category

# Stream parameters ExifTool reads from audio containers (lower case): what a player needs.
AUDIO_HARMLESS = set(
    """
    mpegaudioversion audiolayer audiobitrate samplerate channelmode msstereo intensitystereo
    copyrightflag originalmedia emphasis vbrframes vbrbytes vbrscale blocksizemin blocksizemax
    framesizemin framesizemax channels bitspersample totalsamples md5signature padding
    vorbisversion audiochannels nominalbitrate maximumbitrate minimumbitrate opusversion
    outputgain movieheaderversion timescale preferredrate preferredvolume matrixstructure
    previewtime previewduration postertime selectiontime selectionduration currenttime
    nexttrackid free trackheaderversion trackid trackduration tracklayer trackvolume
    unknown_edts mediaheaderversion mediatimescale mediaduration medialanguagecode balance
    audioformat audiobitspersample audiosamplerate unknown_esds timetosampletable
    sampletochunk samplesizes chunkoffset samplegroupdescription sampletogroup avgbitrate
    mediadata encoding numchannels avgbytespersec numsampleframes samplesize
    """.split()  # noqa: SIM905
)


def audio_leaks(path: Path) -> dict[str, object]:
    """What ExifTool still reports beyond stream parameters; empty values and zero dates
    are placeholders, not data."""
    found: dict[str, object] = {}
    for key, value in exiftool_tags(path).items():
        group, _, tag = key.rpartition(":")
        text = str(value)
        if CANARY in text:
            found[key] = value
        elif (
            key == "SourceFile"
            or (group in HARMLESS_GROUPS | {"Composite"} and tag != "Warning")
            or tag.lower() in HARMLESS_TAGS | AUDIO_HARMLESS
            or text.strip() in ("", "0000:00:00 00:00:00")
        ):
            continue
        else:
            found[key] = value
    return found


def assert_audio_clean(path: Path) -> None:
    left = audio_leaks(path)
    assert not left, f"ExifTool still sees: {left}"
    assert not canary_in_bytes(path), "a canary string survived in the raw bytes"


def assert_found(path: Path, *expected: tuple[Category, str]) -> None:
    found = {(f.category, f.key) for f in inspect(path).findings}
    missing = set(expected) - found
    assert not missing, f"inspect missed {missing}"


def assert_already_clean(path: Path, tmp_path: Path) -> None:
    again = clean(path, tmp_path / "again" / path.name)
    assert again.outcome is Outcome.ALREADY_CLEAN, again.removed or again.error
    assert again.output is not None and again.output.read_bytes() == path.read_bytes()


def assert_fails_one_line(src: Path, tmp_path: Path, *words: str) -> None:
    out_dir = tmp_path / "failed"
    res = clean(src, out_dir / src.name)
    assert res.outcome is Outcome.FAILED and res.output is None and res.error is not None
    assert "\n" not in res.error.message and all(w in res.error.message for w in words)
    assert not out_dir.exists() or not any(out_dir.iterdir())  # no temp file left either


# --- MP3 ------------------------------------------------------------------------------------


@pytest.mark.exiftool
def test_mp3_every_tag_goes_and_the_frames_stay(tmp_path: Path) -> None:
    seed = audio_seed("tone.mp3", tmp_path, "seed.mp3")
    path = dirty_mp3(audio_seed("tone.mp3", tmp_path, "dirty.mp3"))
    assert audio_leaks(path)
    assert_found(
        path,
        (C.PERSON, "ID3:TPE1"),
        (C.PERSON, "ID3:TCOM"),
        (C.PERSON, "ID3:POPM"),
        (C.SOFTWARE, "ID3:TSSE"),
        (C.EMBEDDED, "ID3:APIC"),
        (C.EMBEDDED, "ID3:GEOB"),
        (C.OTHER, "ID3:PRIV"),
        (C.OTHER, "ID3:COMM"),
        (C.OTHER, "ID3:TXXX"),
        (C.PERSON, "APE:Artist"),
        (C.EMBEDDED, "APE:Cover Art (Front)"),
        (C.PERSON, "ID3v1:Artist"),
    )
    out = clean_to(path, tmp_path)
    assert_audio_clean(out)
    # The seed has no tags at all: what is left must be exactly its frames.
    assert out.read_bytes() == seed.read_bytes()
    cleaned = mutagen.File(out)
    assert cleaned is not None and not cleaned.tags
    assert cleaned.info.length == pytest.approx(mutagen.File(seed).info.length)
    report = inspect(out)
    # The Xing/LAME header stays (seek table, gapless delay); its encoder name is shown.
    assert [(k.key, k.value) for k in report.kept] == [("MP3:encoder", "Lavc63.1.")]
    assert_already_clean(out, tmp_path)


def test_mp3_tags_between_and_after_frames_go(tmp_path: Path) -> None:
    seed = audio_seed("tone.mp3", tmp_path).read_bytes()
    first = 182  # the seed's first frame (its Xing header): 72 * 56000 / 22050 bytes
    assert seed[first : first + 2] == b"\xff\xf3"
    junk = f"{CANARY} junk between frames".encode()
    path = tmp_path / "mixed.mp3"
    path.write_bytes(
        seed[:first]
        + id3v24_tag(f"{CANARY}-middle")
        + junk
        + seed[first:]
        + id3v24_tag(f"{CANARY}-appended", footer=True)
        + id3v1_tag(f"{CANARY}-v1")
    )
    keys = [f.key for f in inspect(path).findings]
    assert keys.count("ID3:TIT2") == 2 and "ID3v1:Title" in keys and "MP3:junk" in keys
    out = clean_to(path, tmp_path)
    assert out.read_bytes() == seed
    assert not canary_in_bytes(out)


def _mp3_frames(data: bytes) -> list[bytes]:
    """The seed's frames, walked here by their headers (MPEG-2 layer III, VBR)."""
    kbits = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
    rates = {0: 22050, 1: 24000}
    out, pos = [], 0
    while pos < len(data):
        assert data[pos : pos + 2] == b"\xff\xf3"
        bits = data[pos + 2]
        length = 72 * 1000 * kbits[bits >> 4] // rates[(bits >> 2) & 3] + ((bits >> 1) & 1)
        out.append(data[pos : pos + length])
        pos += length
    return out


def _joined_recording(frames: list[bytes]) -> bytes:
    # Three frames of a 24 kHz recording after the 22.05 kHz one: another stream.
    other = b"\xff\xf3\x74\xc0" + frames[1][4:168]  # 56 kbit/s: 168 bytes
    return b"".join(frames) + other * 3


@pytest.mark.exiftool
@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda f: b"".join(f[:3]) + f[3][:-100] + b"".join(f[4:]), id="cut-frame"),
        pytest.param(lambda f: f[0][:-100] + b"".join(f[1:]), id="cut-first-frame"),
        pytest.param(_joined_recording, id="joined-recordings"),
    ],
)
def test_mp3_damaged_frame_sequence_keeps_every_audio_byte(tmp_path: Path, damage: object) -> None:
    """A frame cut short runs into the next one: stepping over its announced length
    used to drop the rest of the next frame (real audio) as "not audio"."""
    assert callable(damage)
    audio = damage(_mp3_frames(audio_seed("tone.mp3", tmp_path).read_bytes()))
    path = tmp_path / "damaged.mp3"
    path.write_bytes(id3v24_tag(f"{CANARY}-title") + audio + id3v1_tag(f"{CANARY}-v1"))
    assert audio_leaks(path)
    out = clean_to(path, tmp_path)
    assert_audio_clean(out)
    assert out.read_bytes() == audio
    assert "MP3:junk" not in {f.key for f in inspect(path).findings}


def test_mp3_cut_short_inside_its_tag_fails(tmp_path: Path) -> None:
    path = dirty_mp3(audio_seed("tone.mp3", tmp_path))
    path.write_bytes(path.read_bytes()[:900])  # inside the cover art
    assert_fails_one_line(path, tmp_path, "cut short")


def test_id3_before_flac_is_refused_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "odd.flac"
    path.write_bytes(id3v24_tag(f"{CANARY}-x") + audio_seed("tone.flac", tmp_path).read_bytes())
    res = clean(path, tmp_path / "out" / path.name)
    assert res.outcome is Outcome.REFUSED and res.error and "FLAC" in res.error.message


# --- FLAC -----------------------------------------------------------------------------------


@pytest.mark.exiftool
def test_flac_keeps_stream_info_and_frames_only(tmp_path: Path) -> None:
    seed = audio_seed("tone.flac", tmp_path, "seed.flac")
    path = dirty_flac(audio_seed("tone.flac", tmp_path))
    assert audio_leaks(path)
    assert_found(
        path,
        (C.SOFTWARE, "Vorbis:vendor"),
        (C.PERSON, "Vorbis:ARTIST"),
        (C.TIME, "Vorbis:DATE"),
        (C.SOFTWARE, "Vorbis:ENCODER"),
        (C.EMBEDDED, "FLAC:PICTURE"),
        (C.OTHER, "FLAC:APPLICATION"),
        (C.OTHER, "FLAC:CUESHEET"),
        (C.OTHER, "ID3v1:Title"),
    )
    out = clean_to(path, tmp_path)
    assert_audio_clean(out)
    blocks, audio_at = flac_blocks(out.read_bytes())
    seed_blocks, seed_audio_at = flac_blocks(seed.read_bytes())
    assert [kind for kind, _ in blocks] == [0, 1]  # STREAMINFO, zero padding
    assert blocks[0] == seed_blocks[0] and not blocks[1][1].strip(b"\x00")
    assert out.read_bytes()[audio_at:] == seed.read_bytes()[seed_audio_at:]
    cleaned = mutagen.File(out)
    assert cleaned is not None and not cleaned.tags and not cleaned.pictures
    assert cleaned.info.total_samples == 4800
    assert_already_clean(out, tmp_path)


def test_flac_cut_short_or_with_data_after_the_audio_fails(tmp_path: Path) -> None:
    data = dirty_flac(audio_seed("tone.flac", tmp_path)).read_bytes()
    cut = tmp_path / "cut.flac"
    cut.write_bytes(data[: len(data) - 128 - 300])  # the last frame loses its end
    assert_fails_one_line(cut, tmp_path, "cut short")
    tail = tmp_path / "tail.flac"
    tail.write_bytes(data + f"{CANARY} appended".encode())
    assert_fails_one_line(tail, tmp_path, "unknown data")


# --- Ogg Vorbis and Opus --------------------------------------------------------------------


def _ogg_crc(data: bytes) -> int:
    """Bit by bit, independent of the cleaner's table-free zlib trick."""
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def ogg_pages(data: bytes) -> list[dict[str, object]]:
    pages, pos = [], 0
    while pos < len(data):
        assert data[pos : pos + 4] == b"OggS"
        flags, granule, serial, seq, crc, count = struct.unpack_from("<xBqIIIB", data, pos + 4)
        lacing = data[pos + 27 : pos + 27 + count]
        end = pos + 27 + count + sum(lacing)
        raw = data[pos:end]
        assert _ogg_crc(raw[:22] + bytes(4) + raw[26:]) == crc, "a page checksum is wrong"
        pages.append(
            {"flags": flags, "granule": granule, "serial": serial, "seq": seq,
             "lacing": lacing, "body": data[pos + 27 + count : end]}
        )  # fmt: skip
        pos = end
    return pages


def ogg_packets(pages: list[dict[str, object]]) -> list[bytes]:
    packets, partial = [], b""
    for page in pages:
        body, pos = page["body"], 0
        assert isinstance(body, bytes)
        for size in page["lacing"]:  # type: ignore[attr-defined]
            partial += body[pos : pos + size]
            pos += size
            if size < 255:
                packets.append(partial)
                partial = b""
    return packets


@pytest.mark.exiftool
@pytest.mark.parametrize(
    ("seed_name", "where", "big"),
    [("tone.ogg", "Vorbis", False), ("tone.opus", "Opus", False), ("tone.opus", "Opus", True)],
)
def test_ogg_comment_header_emptied_audio_packets_kept(
    tmp_path: Path, seed_name: str, where: str, big: bool
) -> None:
    path = dirty_ogg(audio_seed(seed_name, tmp_path), big=big)
    assert audio_leaks(path)
    assert_found(
        path,
        (C.SOFTWARE, f"{where}:vendor"),
        (C.PERSON, f"{where}:ARTIST"),
        (C.LOCATION, f"{where}:LOCATION"),
        (C.EMBEDDED, f"{where}:METADATA_BLOCK_PICTURE"),
    )
    before = ogg_pages(path.read_bytes())
    if big:
        assert len(before) > len(ogg_pages(audio_seed(seed_name, tmp_path, "s").read_bytes()))
    out = clean_to(path, tmp_path)
    assert_audio_clean(out)
    after = ogg_pages(out.read_bytes())
    assert [p["seq"] for p in after] == list(range(len(after)))  # renumbered, no gaps
    old, new = ogg_packets(before), ogg_packets(after)
    empty = b"\x03vorbis" + bytes(8) + b"\x01" if where == "Vorbis" else b"OpusTags" + bytes(8)
    assert new[1] == empty
    assert new[0] == old[0] and new[2:] == old[2:]  # identification, set-up and audio
    audio_granules = [p["granule"] for p in before if p["granule"] not in (0, -1)]
    assert [p["granule"] for p in after if p["granule"] not in (0, -1)] == audio_granules
    cleaned = mutagen.File(out)
    assert cleaned is not None and not list(cleaned.tags) and cleaned.tags.vendor == ""
    assert_already_clean(out, tmp_path)


def test_ogg_cut_short_inside_its_header_fails(tmp_path: Path) -> None:
    path = dirty_ogg(audio_seed("tone.opus", tmp_path), big=True)
    path.write_bytes(path.read_bytes()[:30000])
    assert_fails_one_line(path, tmp_path, "cut short")


def test_ogg_cut_short_in_the_audio_drops_only_the_broken_page(tmp_path: Path) -> None:
    data = dirty_ogg(audio_seed("tone.ogg", tmp_path)).read_bytes()
    path = tmp_path / "cut.ogg"
    path.write_bytes(data[:-100])
    out = clean_to(path, tmp_path)
    pages = ogg_pages(out.read_bytes())
    whole = ogg_pages(clean_to(audio_seed("tone.ogg", tmp_path, "t.ogg"), tmp_path).read_bytes())
    assert ogg_packets(pages) == ogg_packets(whole[: len(pages)])
    assert len(pages) == len(whole) - 1


# --- M4A ------------------------------------------------------------------------------------


def mp4_samples(data: bytes) -> list[bytes]:
    """Every audio sample, found through the sample tables as a player finds them."""
    stbl = mp4_path(data, "moov", "trak", "mdia", "minf", "stbl")
    tables = {t: data[s + 8 : e] for t, s, e in mp4_boxes(data, stbl[0] + 8, stbl[1])}
    (count,) = struct.unpack_from(">I", tables["stsz"], 8)
    fixed = struct.unpack_from(">I", tables["stsz"], 4)[0]
    sizes = [fixed] * count if fixed else list(struct.unpack_from(f">{count}I", tables["stsz"], 12))
    (n,) = struct.unpack_from(">I", tables["stco"], 4)
    offsets = struct.unpack_from(f">{n}I", tables["stco"], 8)
    (runs,) = struct.unpack_from(">I", tables["stsc"], 4)
    stsc = [struct.unpack_from(">III", tables["stsc"], 8 + 12 * i) for i in range(runs)]
    samples, index = [], 0
    for chunk, offset in enumerate(offsets, start=1):
        per_chunk = next(r[1] for r in reversed(stsc) if r[0] <= chunk)
        for _ in range(per_chunk):
            samples.append(data[offset : offset + sizes[index]])
            offset += sizes[index]
            index += 1
    assert index == count
    return samples


@pytest.mark.exiftool
@pytest.mark.parametrize("seed_name", ["tone.m4a", "tone-moov-last.m4a"])
def test_m4a_tags_location_and_times_go_samples_stay(tmp_path: Path, seed_name: str) -> None:
    seed = audio_seed(seed_name, tmp_path, "seed.m4a")
    path = dirty_m4a(audio_seed(seed_name, tmp_path, "dirty.m4a"))
    assert audio_leaks(path)
    expected = [
        (C.PERSON, "MP4:©ART"),
        (C.PERSON, "MP4:apID"),
        (C.SOFTWARE, "MP4:©too"),
        (C.EMBEDDED, "MP4:covr"),
        (C.TIME, "MP4:©day"),
    ]
    if seed_name == "tone-moov-last.m4a":
        expected += [
            (C.LOCATION, "MP4:©xyz"),
            (C.LOCATION, "MP4:com.apple.quicktime.location.ISO6709"),
            (C.DEVICE, "MP4:com.apple.quicktime.model"),
            (C.TIME, "MP4:CreateDate"),
            (C.TIME, "MP4:MediaModifyDate"),
        ]
    assert_found(path, *expected)
    out = clean_to(path, tmp_path)
    assert_audio_clean(out)
    data = out.read_bytes()
    assert mp4_samples(data) == mp4_samples(seed.read_bytes())
    assert [t for t, _, _ in mp4_boxes(data)] == [t for t, _, _ in mp4_boxes(seed.read_bytes())]
    moov = data[slice(*mp4_path(data, "moov"))]
    assert b"udta" not in moov and b"meta" not in moov and b"ilst" not in moov
    cleaned = mutagen.File(out)
    assert cleaned is not None and not cleaned.tags
    assert cleaned.info.length == pytest.approx(mutagen.File(seed).info.length)
    assert_already_clean(out, tmp_path)


def test_m4a_boxes_before_the_audio_go_and_offsets_follow(tmp_path: Path) -> None:
    seed = audio_seed("tone-moov-last.m4a", tmp_path, "seed.m4a").read_bytes()
    data = bytearray(dirty_m4a(audio_seed("tone-moov-last.m4a", tmp_path)).read_bytes())
    xmp = b"<x:xmpmeta><dc:creator>" + CANARY.encode() + b"</dc:creator></x:xmpmeta>"
    extra = mp4_box("free", f"{CANARY} old tags left in padding".encode())
    extra += mp4_box("uuid", bytes.fromhex("be7acfcb97a942e89c71999491e3afac") + xmp)
    mdat = mp4_path(bytes(data), "mdat")[0]
    stco = mp4_path(bytes(data), "moov", "trak", "mdia", "minf", "stbl", "stco")[0]
    (count,) = struct.unpack_from(">I", data, stco + 12)
    for i in range(count):  # the audio moves by what is inserted in front of it
        (offset,) = struct.unpack_from(">I", data, stco + 16 + 4 * i)
        struct.pack_into(">I", data, stco + 16 + 4 * i, offset + len(extra))
    path = tmp_path / "padded.m4a"
    path.write_bytes(bytes(data[:mdat]) + extra + bytes(data[mdat:]))
    assert mp4_samples(path.read_bytes()) == mp4_samples(seed)
    assert_found(path, (C.OTHER, "MP4:free"), (C.PERSON, "XMP:creator"))
    out = clean_to(path, tmp_path)
    assert not canary_in_bytes(out)
    assert mp4_samples(out.read_bytes()) == mp4_samples(seed)
    assert "uuid" not in [t for t, _, _ in mp4_boxes(out.read_bytes())]


def test_utf16_text_is_not_taken_for_mp3(tmp_path: Path) -> None:
    # UTF-16 starts with FF FE, which with the next byte reads as an MPEG frame header.
    path = tmp_path / "notes.txt"
    path.write_text(f"{CANARY} my number is 0123456789. " * 20, encoding="utf-16")
    res = clean(path, tmp_path / "out" / path.name)
    assert res.outcome is Outcome.REFUSED and res.output is None


def test_m4a_cut_short_fails(tmp_path: Path) -> None:
    path = dirty_m4a(audio_seed("tone.m4a", tmp_path))
    path.write_bytes(path.read_bytes()[:-500])  # inside the audio data
    assert_fails_one_line(path, tmp_path, "cut short")


def test_copy_protected_m4p_is_refused(tmp_path: Path) -> None:
    data = bytearray(audio_seed("tone.m4a", tmp_path).read_bytes())
    data[8:12] = b"M4P "
    path = tmp_path / "bought.m4p"
    path.write_bytes(bytes(data))
    res = clean(path, tmp_path / "out" / "bought.m4a")
    assert res.outcome is Outcome.REFUSED and res.error and "copy-protected" in res.error.message


def test_m4a_with_another_kind_of_track_is_refused_in_one_sentence(tmp_path: Path) -> None:
    data = audio_seed("tone.m4a", tmp_path).read_bytes()
    sound = b"hdlr" + bytes(8) + b"soun"
    assert data.count(sound) == 1
    path = tmp_path / "film.m4a"
    path.write_bytes(data.replace(sound, b"hdlr" + bytes(8) + b"vide"))  # its track is video now
    res = clean(path, tmp_path / "out" / "film.m4a")
    assert res.outcome is Outcome.REFUSED and res.output is None and res.error
    message = res.error.message
    assert isinstance(message, Message) and message.id == "m4a.other_tracks"
    assert message == (
        "this M4A file also holds video, chapters or text, which cannot be cleaned here"
    )


# --- WAV and AIFF ---------------------------------------------------------------------------


def chunk_ids(data: bytes, order: str) -> list[bytes]:
    out, pos = [], 12
    while pos + 8 <= len(data):
        (size,) = struct.unpack(order + "I", data[pos + 4 : pos + 8])
        out.append(data[pos : pos + 4])
        pos += 8 + size + (size & 1)
    return out


@pytest.mark.exiftool
def test_wav_keeps_format_and_samples_only(tmp_path: Path) -> None:
    path = dirty_wav(tmp_path / "voice.wav")
    assert audio_leaks(path)
    assert_found(
        path,
        (C.PERSON, "RIFF:IART"),
        (C.SOFTWARE, "RIFF:ISFT"),
        (C.TIME, "RIFF:ICRD"),
        (C.DEVICE, "BWF:Originator"),
        (C.DEVICE, "BWF:UMID"),
        (C.SOFTWARE, "BWF:CodingHistory"),
        (C.PERSON, "ID3:TPE1"),
        (C.PERSON, "XMP:creator"),
        (C.OTHER, "WAV:iXML"),
        (C.EMBEDDED, "WAV:trailer"),
    )
    out = clean_to(path, tmp_path)
    assert_audio_clean(out)
    assert chunk_ids(out.read_bytes(), "<") == [b"fmt ", b"data", b"JUNK"]
    with wave.open(str(out)) as a, wave.open(str(path)) as b:
        assert a.getparams() == b.getparams()
        assert a.readframes(a.getnframes()) == b.readframes(b.getnframes()) == pcm_tone()
    assert_already_clean(out, tmp_path)


def test_wav_cut_short_fails(tmp_path: Path) -> None:
    data = dirty_wav(tmp_path / "voice.wav").read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[:2000])  # inside the samples
    assert_fails_one_line(cut, tmp_path, "cut short")


@pytest.mark.exiftool
def test_aiff_keeps_common_and_sound_chunks_only(tmp_path: Path) -> None:
    path = dirty_aiff(tmp_path / "voice.aiff")
    assert audio_leaks(path)
    assert_found(
        path,
        (C.OTHER, "AIFF:NAME"),
        (C.PERSON, "AIFF:AUTH"),
        (C.PERSON, "AIFF:(c)"),
        (C.OTHER, "AIFF:ANNO"),
        (C.SOFTWARE, "AIFF:APPL"),
        (C.PERSON, "ID3:TPE1"),
    )
    out = clean_to(path, tmp_path)
    assert_audio_clean(out)
    data = out.read_bytes()
    assert chunk_ids(data, ">") == [b"COMM", b"SSND"]
    assert data[12:] == path.read_bytes()[12 : len(data)]  # COMM and SSND, byte for byte
    cleaned = mutagen.File(out)
    assert cleaned is not None and not cleaned.tags and cleaned.info.sample_rate == 8000
    assert_already_clean(out, tmp_path)


def test_riff_sniffing_tells_wav_from_webp(tmp_path: Path) -> None:
    body = b"WAVE" + riff_chunk(b"fmt ", struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16))
    body += riff_chunk(b"data", pcm_tone(10))
    path = tmp_path / "named-wrong.webp"
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    report = inspect(path)
    assert report.format == "WAV" and not report.findings
    assert any("really WAV" in w for w in report.warnings)


# --- the command line over a folder of mixed audio ----------------------------------------


@pytest.mark.exiftool
def test_cli_cleans_a_folder_of_mixed_audio(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    dirty_mp3(audio_seed("tone.mp3", src, "a.mp3"))
    dirty_flac(audio_seed("tone.flac", src, "b.flac"))
    dirty_ogg(audio_seed("tone.ogg", src, "c.ogg"))
    dirty_ogg(audio_seed("tone.opus", src, "d.opus"))
    dirty_m4a(audio_seed("tone-moov-last.m4a", src, "e.m4a"))
    dirty_wav(src / "f.wav")
    dirty_aiff(src / "g.aiff")
    (src / "broken.mp3").write_bytes(id3v24_tag(f"{CANARY}-only")[:-3])

    proc = run_cli("clean", src, "-o", tmp_path / "out")

    assert proc.returncode == 1  # the broken file
    outputs = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert outputs == ["a.mp3", "b.flac", "c.ogg", "d.opus", "e.m4a", "f.wav", "g.aiff"]
    for out in (tmp_path / "out").iterdir():
        assert_audio_clean(out)
