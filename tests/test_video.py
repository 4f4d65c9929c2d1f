"""Video cleaners (MP4, MOV): real clips tagged as phones and action cameras tag them.

Each test proves with readers we did not write (ExifTool, with -ee for timed metadata)
or that are written here independently of the cleaner: nothing identifying is left, the
canary is gone from the raw bytes (the GPS samples in the media data too), and every
picture and sound sample is byte for byte what it was, found through the sample tables
as a player finds it.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from factories import (
    AMR_VENDOR,
    VIDEO_EXIFTOOL_TAGS,
    amr_3gp,
    camm_sample,
    chunk_offsets,
    clean_to,
    custom_icc,
    dirty_video,
    exiftool_write,
    gpmf_sample,
    grow_moov,
    insert_media,
    mp4_box,
    mp4_boxes,
    mp4_path,
    mp4_table,
    mp4_traks,
    padded_icc,
    run_cli,
    video_seed,
    with_timed_track,
)
from oracle import CANARY, HARMLESS_GROUPS, HARMLESS_TAGS, canary_in_bytes, exiftool_tags
from test_audio import AUDIO_HARMLESS, assert_already_clean, assert_fails_one_line, assert_found

from scrubber import Outcome, clean, inspect, registry
from scrubber.formats.icc import canonical_icc
from scrubber.model import Category

C = Category
SEEDS = ["clip.mp4", "clip.mov", "clip-pcm.mov"]
# Stream parameters ExifTool reads from video files (lower case): what a player needs.
VIDEO_HARMLESS = set(
    """
    handlerclass handlertype graphicsmode opcolor compressorid sourceimagewidth
    sourceimageheight bitdepth avcconfiguration unknown_hvcc pixelaspectratio buffersize
    maxbitrate averagebitrate videoframerate syncsampletable compositiontimetosample
    idependentanddisposablesamples videofieldorder timetosampletable avgbitrate
    audiobitspersample layoutflags purchasefileformat unknown_mp4a unknown_btrt wide
    """.split()  # noqa: SIM905
)


def video_leaks(path: Path) -> dict[str, object]:
    """What ExifTool (timed metadata included) still reports beyond stream parameters;
    empty values and zero dates are placeholders, not data."""
    found: dict[str, object] = {}
    for key, value in exiftool_tags(path).items():
        group, _, tag = key.rpartition(":")
        text = str(value)
        if CANARY in text:
            found[key] = value
        elif (
            key == "SourceFile"
            or (group in HARMLESS_GROUPS | {"Composite"} and tag != "Warning")
            or tag.lower() in HARMLESS_TAGS | AUDIO_HARMLESS | VIDEO_HARMLESS
            or text.strip() in ("", "0000:00:00 00:00:00")
        ):
            continue
        else:
            found[key] = value
    return found


def track_samples(data: bytes, frame_bytes: int = 0) -> dict[str, list[bytes]]:
    """Every sample of each track by handler type ('vide', 'soun'...), read through the
    sample tables. `frame_bytes`: bytes per sound sample where stsz says 1 (old QuickTime)."""
    out: dict[str, list[bytes]] = {}
    for trak in mp4_traks(data):
        hdlr = mp4_table(data, trak, "mdia", "hdlr")
        stbl = mp4_table(data, trak, "mdia", "minf", "stbl")
        assert hdlr and stbl
        handler = data[hdlr[0] + 16 : hdlr[0] + 20].decode("latin-1")
        tables = {t: data[s + 8 : e] for t, s, e in mp4_boxes(data, stbl[0] + 8, stbl[1])}
        fixed, count = struct.unpack_from(">II", tables["stsz"], 4)
        if fixed == 1 and frame_bytes and handler == "soun":
            fixed = frame_bytes
        sizes = (
            [fixed] * count if fixed else list(struct.unpack_from(f">{count}I", tables["stsz"], 12))
        )
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
        out.setdefault(handler, []).extend(samples)
    return out


def media_payload(data: bytes) -> bytes:
    start, end = mp4_path(data, "mdat")
    return data[start + 8 : end]


@pytest.mark.exiftool
@pytest.mark.parametrize("seed_name", SEEDS)
def test_video_metadata_tracks_and_times_go_samples_stay(tmp_path: Path, seed_name: str) -> None:
    seed = video_seed(seed_name, tmp_path, "seed" + Path(seed_name).suffix)
    path = dirty_video(video_seed(seed_name, tmp_path, "dirty" + Path(seed_name).suffix))
    before = video_leaks(path)
    # ExifTool reads the timed GPS from the samples themselves (-ee): the oracle can see it.
    assert any(str(v) == f"{CANARY}-gopro" for v in before.values()), before
    assert any(str(v) == f"{CANARY}-timed-model" for v in before.values()), before
    assert any(k.endswith("GPSLatitude") and k.startswith("Track") for k in before), before
    assert_found(
        path,
        (C.LOCATION, "MP4:©xyz"),
        (C.LOCATION, "MP4:com.apple.quicktime.location.ISO6709"),
        (C.LOCATION, "MP4:Track:gpmd"),
        (C.LOCATION, "MP4:Track:camm"),
        (C.LOCATION, "MP4:TimedMetadata"),
        (C.DEVICE, "MP4:com.apple.quicktime.model"),
        (C.DEVICE, "MP4:©mak"),
        (C.SOFTWARE, "MP4:com.apple.quicktime.software"),
        (C.SOFTWARE, "MP4:CompressorName"),
        (C.SOFTWARE, "MP4:HandlerName"),
        (C.TIME, "MP4:CreateDate"),
        (C.TIME, "MP4:TrackCreateDate"),
        (C.TIME, "MP4:MediaModifyDate"),
        (C.TIME, "MP4:com.apple.quicktime.creationdate"),
        (C.PERSON, "MP4:auth"),
        (C.PERSON, "XMP:creator"),
        (C.OTHER, "MP4:free"),
    )
    out = clean_to(path, tmp_path)
    assert out.suffix == path.suffix
    left = video_leaks(out)
    assert not left, f"ExifTool still sees: {left}"
    assert not canary_in_bytes(out), "a canary string survived in the raw bytes"
    data = out.read_bytes()
    # Picture and sound only, every sample as it was; the media data holds nothing else.
    assert track_samples(data) == track_samples(seed.read_bytes())
    assert media_payload(data) == media_payload(seed.read_bytes())
    moov = data[slice(*mp4_path(data, "moov"))]
    for name in (b"udta", b"meta", b"keys", b"XMP_", b"\xa9xyz", b"gpmd", b"camm", b"mebx"):
        assert name not in moov
    assert [t for t, _, _ in mp4_boxes(data)][-1] in ("mdat", "moov")  # nothing after
    assert_already_clean(out, tmp_path)


@pytest.mark.exiftool
@pytest.mark.parametrize("seed_name", ["clip.mp4", "clip.mov"])
def test_a_tagged_clip_without_extra_tracks_keeps_every_byte_of_media(
    tmp_path: Path, seed_name: str
) -> None:
    # Only QuickTime tags (as ExifTool or a phone's editor writes them): the media data is
    # copied whole, only its position changes.
    seed = video_seed(seed_name, tmp_path, "seed" + Path(seed_name).suffix)
    path = video_seed(seed_name, tmp_path)
    exiftool_write(path, *VIDEO_EXIFTOOL_TAGS)
    out = clean_to(path, tmp_path)
    assert not video_leaks(out)
    assert not canary_in_bytes(out)
    assert media_payload(out.read_bytes()) == media_payload(seed.read_bytes())
    assert track_samples(out.read_bytes()) == track_samples(seed.read_bytes())


def test_gps_samples_between_frames_leave_the_media_data(tmp_path: Path) -> None:
    seed = video_seed("clip.mp4", tmp_path, "seed.mp4").read_bytes()
    gps = [gpmf_sample(i) for i in range(3)]
    gpmd = mp4_box("gpmd", bytes(6) + b"\0\1" + bytes(8))
    data = with_timed_track(seed, "meta", gpmd, gps, chunk_offsets(seed)[2])
    camm = mp4_box("camm", bytes(6) + b"\0\1")
    data = with_timed_track(data, "camm", camm, [camm_sample()] * 2, chunk_offsets(data)[5])
    path = tmp_path / "gopro.mp4"
    path.write_bytes(data)
    assert CANARY.encode() in media_payload(data)
    assert track_samples(data)["vide"] == track_samples(seed)["vide"]
    out = clean_to(path, tmp_path).read_bytes()
    assert CANARY.encode() not in out
    assert struct.pack(">i", 523700000) not in out and struct.pack("<d", 52.37) not in out
    assert media_payload(out) == media_payload(seed)
    assert track_samples(out) == track_samples(seed)


def test_bytes_no_track_uses_are_reported_and_left_out(tmp_path: Path) -> None:
    seed = video_seed("clip.mov", tmp_path, "seed.mov").read_bytes()
    junk = f"{CANARY} an old recording's location +52.3700+004.8900/".encode()
    data = insert_media(seed, chunk_offsets(seed, track=1)[4], junk)  # between sound chunks
    path = tmp_path / "junk.mov"
    path.write_bytes(data)
    assert track_samples(data) == track_samples(seed)
    found = {f.key: f.value for f in inspect(path).findings}
    assert found.get("MP4:UnusedMediaData") == f"{len(junk)} bytes of media data no track plays"
    out = clean_to(path, tmp_path).read_bytes()
    assert not canary_in_bytes(tmp_path / "out" / "junk.mov")
    assert out == clean_to(video_seed("clip.mov", tmp_path, "plain.mov"), tmp_path).read_bytes()


def test_old_quicktime_sound_counts_frames_not_bytes(tmp_path: Path) -> None:
    # Classic QuickTime PCM says each "sample" is 1 byte and means one frame (2 bytes here).
    data = bytearray(video_seed("clip-pcm.mov", tmp_path).read_bytes())
    stsz = mp4_table(bytes(data), mp4_traks(bytes(data))[1], "mdia", "minf", "stbl", "stsz")
    assert stsz and struct.unpack_from(">I", data, stsz[0] + 12)[0] == 2
    struct.pack_into(">I", data, stsz[0] + 12, 1)
    seed = bytes(data)
    # A GPS track between the sound chunks: cutting it out needs each chunk's true length.
    gps = mp4_box("gpmd", bytes(6) + b"\0\1" + bytes(8))
    dirty = with_timed_track(seed, "meta", gps, [gpmf_sample(0)], chunk_offsets(seed, 1)[3])
    path = tmp_path / "old.mov"
    path.write_bytes(dirty)
    out = clean_to(path, tmp_path).read_bytes()
    assert CANARY.encode() not in out
    assert track_samples(out, frame_bytes=2) == track_samples(seed, frame_bytes=2)
    assert media_payload(out) == media_payload(seed)


def test_track_data_outside_the_media_data_fails(tmp_path: Path) -> None:
    data = bytearray(video_seed("clip.mp4", tmp_path).read_bytes())
    stco = mp4_table(bytes(data), mp4_traks(bytes(data))[0], "mdia", "minf", "stbl", "stco")
    assert stco
    struct.pack_into(">I", data, stco[0] + 16, 40)  # the first frame "inside" the header
    path = tmp_path / "bad.mp4"
    path.write_bytes(bytes(data))
    assert_fails_one_line(path, tmp_path, "damaged")


@pytest.mark.parametrize("seed_name", ["clip.mp4", "clip.mov"])
@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_cut_short_video_fails(tmp_path: Path, seed_name: str, cut: float) -> None:
    path = dirty_video(video_seed(seed_name, tmp_path))
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * cut)])
    assert_fails_one_line(path, tmp_path, "cut short")


def test_fragmented_video_is_refused(tmp_path: Path) -> None:
    data = video_seed("clip.mp4", tmp_path).read_bytes()
    path = tmp_path / "stream.mp4"
    path.write_bytes(data + mp4_box("moof", mp4_box("mfhd", bytes(8))))
    res = clean(path, tmp_path / "out" / path.name)
    assert res.outcome is Outcome.REFUSED and res.error and "fragments" in res.error.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_reference_movie_is_refused(tmp_path: Path) -> None:
    data = video_seed("clip.mp4", tmp_path).read_bytes()
    dref = mp4_table(data, mp4_traks(data)[0], "mdia", "minf", "dinf", "dref")
    assert dref and data[dref[0] + 16 + 4 : dref[0] + 16 + 8] == b"url "
    patched = bytearray(data)
    patched[dref[0] + 16 + 11] = 0  # "the data is elsewhere", with no place named
    path = tmp_path / "ref.mp4"
    path.write_bytes(bytes(patched))
    res = clean(path, tmp_path / "out" / "ref.mp4")
    assert res.outcome is Outcome.REFUSED and res.error and "other files" in res.error.message


@pytest.mark.exiftool
def test_self_contained_data_reference_of_any_type_is_accepted(tmp_path: Path) -> None:
    """iTunes wrote `cios` data references; the self-contained flag is what players read.

    The first track's reference also carries an alias naming the original file: it goes.
    """
    seed = video_seed("clip.mov", tmp_path, "seed.mov").read_bytes()
    alias = f"Macintosh HD:Users:{CANARY}:Movies:holiday.mov".encode()
    names = ("moov", "trak", "mdia", "minf", "dinf", "dref")
    data = bytearray(grow_moov(seed, names, alias))  # after the first track's one entry...
    for i, trak in enumerate(mp4_traks(bytes(data))):
        dref = mp4_table(bytes(data), trak, "mdia", "minf", "dinf", "dref")
        assert dref and data[dref[0] + 20 : dref[0] + 24] == b"url "
        if i == 0:  # ...and inside it
            struct.pack_into(">I", data, dref[0] + 16, 12 + len(alias))
        data[dref[0] + 20 : dref[0] + 24] = b"cios"
        assert data[dref[0] + 27] & 1  # "the media is in this file"
    path = tmp_path / "itunes.mov"
    path.write_bytes(bytes(data))
    assert (C.OTHER, "MP4:DataReference") in {(f.category, f.key) for f in inspect(path).findings}
    out = clean_to(path, tmp_path)
    assert not video_leaks(out)
    assert not canary_in_bytes(out)
    cleaned = out.read_bytes()
    assert track_samples(cleaned) == track_samples(seed)
    for trak in mp4_traks(cleaned):
        dref = mp4_table(cleaned, trak, "mdia", "minf", "dinf", "dref")
        assert dref and cleaned[dref[0] : dref[1]] == mp4_box(
            "dref", bytes(4) + b"\0\0\0\1" + mp4_box("url ", b"\0\0\0\1")
        )
    assert_already_clean(out, tmp_path)


@pytest.mark.exiftool
def test_amr_encoder_vendor_goes_and_the_voice_stays(tmp_path: Path) -> None:
    path = amr_3gp(tmp_path / "memo.3gp")
    before = video_leaks(path)
    assert (
        before.get("Track1:EncoderVendor") == AMR_VENDOR.decode()
        and before.get("Track1:EncoderVersion") == 7
    )
    assert (C.SOFTWARE, "MP4:EncoderVendor") in {
        (f.category, f.key) for f in inspect(path).findings
    }
    out = clean_to(path, tmp_path)
    assert out.suffix == ".3gp"
    tags = exiftool_tags(out)
    # The fields stay in their fixed places, emptied: no maker code, version 0.
    assert tags.get("Track1:EncoderVendor") == "" and tags.get("Track1:EncoderVersion") == 0
    left = {k: v for k, v in video_leaks(out).items() if k != "Track1:EncoderVersion"}
    assert not left, f"ExifTool still sees: {left}"
    assert not canary_in_bytes(out)
    data = out.read_bytes()
    moov = data[slice(*mp4_path(data, "moov"))]
    assert AMR_VENDOR not in moov
    assert track_samples(data) == track_samples(path.read_bytes())
    assert media_payload(data) == media_payload(path.read_bytes())
    assert_already_clean(out, tmp_path)


@pytest.mark.exiftool
@pytest.mark.parametrize("kind", ["personal", "standard-padded"])
def test_colour_profile_in_a_video_is_rebuilt_or_dropped(tmp_path: Path, kind: str) -> None:
    """An ICC profile in the video's `colr` box: only a standard one stays, as numbers."""
    seed = video_seed("clip.mp4", tmp_path, "seed.mp4").read_bytes()
    icc = custom_icc() if kind == "personal" else padded_icc()
    colr = mp4_box("colr", b"prof" + icc)
    names = ("moov", "trak", "mdia", "minf", "stbl", "stsd")
    data = bytearray(grow_moov(seed, names, colr))  # after the picture's one description...
    stsd = mp4_table(bytes(data), mp4_traks(bytes(data))[0], "mdia", "minf", "stbl", "stsd")
    assert stsd and data[stsd[0] + 20 : stsd[0] + 24] == b"avc1"
    entry = struct.unpack_from(">I", data, stsd[0] + 16)[0]
    struct.pack_into(">I", data, stsd[0] + 16, entry + len(colr))  # ...and inside it
    path = tmp_path / "profile.mp4"
    path.write_bytes(bytes(data))
    # ExifTool 12.57 does not read a profile there: the raw byte scan is the judge.
    assert canary_in_bytes(path)

    out = clean_to(path, tmp_path)
    assert not canary_in_bytes(out)
    cleaned = out.read_bytes()
    assert track_samples(cleaned) == track_samples(seed)
    if kind == "personal":
        assert not video_leaks(out)
        assert b"colr" not in cleaned[slice(*mp4_path(cleaned, "moov"))]
    else:
        kept = canonical_icc(icc)
        assert kept and b"SCRU" not in kept
        assert mp4_box("colr", b"prof" + kept) in cleaned
        assert not video_leaks(out)
    assert_already_clean(out, tmp_path)


def test_encoder_notes_in_hevc_set_up_go(tmp_path: Path) -> None:
    """x265 writes its version and options as an SEI message; ffmpeg puts it in hvcC."""
    seed = video_seed("clip.mov", tmp_path, "seed.mov").read_bytes()
    stsd = mp4_table(seed, mp4_traks(seed)[0], "mdia", "minf", "stbl", "stsd")
    assert stsd
    at = seed.index(b"hvcC", stsd[0]) - 4
    size = struct.unpack_from(">I", seed, at)[0]
    hvcc = seed[at + 8 : at + size]
    note = f"x265 (build 199) - 3.5 - H.265/HEVC codec - options: {CANARY}".encode()
    sei = b"\x4e\x01\x05" + bytes([16 + len(note)]) + bytes(16) + note + b"\x80"
    array = bytes([39]) + struct.pack(">HH", 1, len(sei)) + sei
    dirty = hvcc[:22] + bytes([hvcc[22] + 1]) + hvcc[23:] + array
    data = bytearray(seed[:at] + mp4_box("hvcC", dirty) + seed[at + size :])
    # The boxes around it grow with it (the movie header comes after the media data).
    trak = mp4_traks(seed)[0]
    inner = [mp4_table(seed, trak, *("mdia", "minf", "stbl", "stsd")[:i]) for i in range(1, 5)]
    for box in [mp4_path(seed, "moov"), trak, *inner]:
        assert box
        struct.pack_into(">I", data, box[0], box[1] - box[0] + len(array))
    entry = stsd[0] + 16
    struct.pack_into(">I", data, entry, struct.unpack_from(">I", seed, entry)[0] + len(array))
    path = tmp_path / "x265.mov"
    path.write_bytes(bytes(data))
    assert track_samples(bytes(data)) == track_samples(seed)
    assert (C.SOFTWARE, "MP4:EncoderSettings") in {
        (f.category, f.key) for f in inspect(path).findings
    }
    out = clean_to(path, tmp_path)
    assert not canary_in_bytes(out)
    assert not video_leaks(out)
    cleaned = out.read_bytes()
    assert mp4_box("hvcC", hvcc) in cleaned  # the parameter sets as they were
    assert track_samples(cleaned) == track_samples(seed)


def test_spare_fields_of_sample_descriptions_are_emptied(tmp_path: Path) -> None:
    """Reserved bytes, revision and QuickTime's quality fields: no player reads them."""
    seed = video_seed("clip.mp4", tmp_path, "seed.mp4").read_bytes()
    data = bytearray(seed)
    fields = {0: [(8, 14), (18, 20), (24, 32), (44, 48)], 1: [(8, 14), (18, 20)]}
    for i, trak in enumerate(mp4_traks(seed)):
        stsd = mp4_table(seed, trak, "mdia", "minf", "stbl", "stsd")
        assert stsd
        for a, b in fields[i]:
            data[stsd[0] + 16 + a : stsd[0] + 16 + b] = CANARY.encode()[: b - a]
    path = tmp_path / "spare.mp4"
    path.write_bytes(bytes(data))
    assert (C.OTHER, "MP4:SpareFields") in {(f.category, f.key) for f in inspect(path).findings}
    out = clean_to(path, tmp_path).read_bytes()
    for i, trak in enumerate(mp4_traks(out)):
        stsd = mp4_table(out, trak, "mdia", "minf", "stbl", "stsd")
        assert stsd
        assert all(out[stsd[0] + 16 + a : stsd[0] + 16 + b] == bytes(b - a) for a, b in fields[i])
    assert track_samples(out) == track_samples(seed)
    assert out == clean_to(video_seed("clip.mp4", tmp_path, "plain.mp4"), tmp_path).read_bytes()


def test_track_references_to_dropped_tracks_go(tmp_path: Path) -> None:
    seed = video_seed("clip.mov", tmp_path).read_bytes()
    tc = mp4_box("tmcd", bytes(6) + b"\0\1" + bytes(4) + struct.pack(">IIIBB", 0, 10, 1, 10, 0))
    data = with_timed_track(
        seed, "tmcd", tc, [struct.pack(">I", 43200 * 10)], mp4_path(seed, "mdat")[1]
    )
    data = grow_moov(data, ("moov", "trak"), mp4_box("tref", mp4_box("tmcd", struct.pack(">I", 3))))
    path = tmp_path / "timecode.mov"
    path.write_bytes(data)
    assert_found(path, (C.TIME, "MP4:Track:tmcd"))
    out = clean_to(path, tmp_path).read_bytes()
    assert b"tref" not in out and b"tmcd" not in out
    assert track_samples(out) == track_samples(seed)


def test_sniffing_in_the_registry_order_gives_each_file_its_cleaner(tmp_path: Path) -> None:
    def ftyp(major: bytes, *compatible: bytes) -> bytes:
        return mp4_box("ftyp", major + bytes(4) + b"".join(compatible)) + bytes(40)

    expected = {
        ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41"): "MP4",
        ftyp(b"mp42", b"mp42", b"isom"): "MP4",
        ftyp(b"M4V ", b"M4V ", b"M4A ", b"mp42", b"isom"): "MP4",
        ftyp(b"3gp4", b"3gp4", b"isom"): "MP4",
        ftyp(b"XAVC", b"XAVC", b"mp42", b"iso2"): "MP4",
        ftyp(b"qt  ", b"qt  "): "MOV",
        ftyp(b"M4A ", b"M4A ", b"mp42", b"isom"): "M4A",
        ftyp(b"heic", b"mif1", b"heic"): "HEIC",
        ftyp(b"mif1", b"mif1", b"heic"): "HEIC",
        ftyp(b"msf1", b"msf1", b"hevc", b"iso8"): "HEIC",
        ftyp(b"avif", b"avif", b"mif1", b"miaf"): "AVIF",
        ftyp(b"avis", b"avis", b"msf1", b"iso8"): "AVIF",  # sequences: refused by AVIF
        ftyp(b"crx ", b"crx ", b"isom"): None,  # a Canon raw photo
        mp4_box("wide", b"") + mp4_box("mdat", bytes(48)): "MOV",  # QuickTime before ftyp
    }
    for head, name in expected.items():
        # The first in the registry's order takes it (pictures and M4A before MP4).
        claimed = [c.name for c in registry.CLEANERS if c.sniff(head[:64])]
        assert claimed[:1] == ([name] if name else []), (head[:32], claimed)
    for seed in ("clip.mp4", "clip.mov", "clip-pcm.mov"):
        assert registry.detect(video_seed(seed, tmp_path)).name == seed[-3:].upper()


@pytest.mark.exiftool
def test_cli_cleans_a_folder_of_videos(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    dirty_video(video_seed("clip.mp4", src, "a.mp4"))
    dirty_video(video_seed("clip.mov", src, "b.MOV"))
    video_seed("clip.mov", src, "c.mp4")  # QuickTime named .mp4: the copy says what it is
    proc = run_cli("clean", "--output", tmp_path / "out", src)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    outputs = sorted(p.name for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert outputs == ["a.mp4", "b.MOV", "c.mov"]
    for name in outputs:
        assert not canary_in_bytes(tmp_path / "out" / name)
        assert video_leaks(tmp_path / "out" / name) == {}


def test_sample_groups_of_several_kinds_stay(tmp_path: Path) -> None:
    # A track may group its samples several ways (random access, roll recovery...).
    seed = video_seed("clip.mp4", tmp_path, "seed.mp4").read_bytes()
    groups = b"".join(
        mp4_box("sgpd", struct.pack(">I4sII", 0x01000000, kind, 1, 1) + b"\0")
        for kind in (b"rap ", b"sync")
    )
    data = grow_moov(seed, ("moov", "trak", "mdia", "minf", "stbl"), groups)
    path = tmp_path / "groups.mp4"
    path.write_bytes(data)
    out = clean_to(path, tmp_path).read_bytes()
    stbl = mp4_table(out, mp4_traks(out)[0], "mdia", "minf", "stbl")
    assert stbl and out[stbl[0] : stbl[1]].count(b"sgpd") == 2
    assert track_samples(out) == track_samples(seed)


@pytest.mark.parametrize(
    "trailer",
    [f"\x01\x02{CANARY} a camera's GPS log after the movie".encode(), bytes(4096)],
    ids=["log", "zeros"],
)
def test_data_after_the_last_box_goes(tmp_path: Path, trailer: bytes) -> None:
    seed = video_seed("clip.mov", tmp_path, "seed.mov").read_bytes()
    path = tmp_path / "trailer.mov"
    path.write_bytes(seed + trailer)
    found = {(f.category, f.key) for f in inspect(path).findings}
    expected = C.OTHER if not trailer.strip(b"\0") else C.EMBEDDED
    assert (expected, "MP4:trailer") in found
    out = clean_to(path, tmp_path).read_bytes()
    assert not out.endswith(trailer) and CANARY.encode() not in out
    assert track_samples(out) == track_samples(seed)


@pytest.mark.exiftool
def test_timecode_subtitle_and_chapter_tracks_from_a_real_muxer_go(tmp_path: Path) -> None:
    path = video_seed("extras.mov", tmp_path)  # ffmpeg's own tracks and references
    assert CANARY.encode() in path.read_bytes()
    before = video_leaks(path)
    assert any(k.endswith(":Text") for k in before) and "Track1:ChapterListTrackID" in before
    assert_found(
        path,
        (C.TIME, "MP4:Track:tmcd"),
        (C.OTHER, "MP4:Track:text"),
        (C.LOCATION, "MP4:©xyz"),
        (C.OTHER, "MP4:chpl"),
        (C.TIME, "MP4:MediaCreateDate"),
    )
    out = clean_to(path, tmp_path)
    left = video_leaks(out)
    assert not left, f"ExifTool still sees: {left}"
    assert not canary_in_bytes(out)
    data = out.read_bytes()
    assert b"tref" not in data and b"tmcd" not in data and b"chpl" not in data
    original = video_seed("clip.mov", tmp_path, "original.mov").read_bytes()
    assert track_samples(data) == track_samples(original)
