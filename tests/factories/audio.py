"""Audio files tagged the way taggers, phones and recorders tag them: MP3, FLAC, Ogg,
M4A, WAV and AIFF, from the committed untagged tones or made by hand."""

from __future__ import annotations

import io
import struct
from pathlib import Path

from oracle import CANARY

from factories.mp4 import grow_box, mp4_box, mp4_path, write_file
from factories.pictures import camera_exif, pattern

AUDIO_SEEDS = Path(__file__).parents[1] / "data" / "audio"  # untagged tones; see its README


def audio_seed(name: str, tmp_path: Path, as_name: str | None = None) -> Path:
    """A copy of a committed untagged recording, ready to be tagged."""
    path = tmp_path / (as_name or name)
    path.write_bytes((AUDIO_SEEDS / name).read_bytes())
    return path


def cover_jpeg() -> bytes:
    """Cover art that is itself a photo with GPS and camera EXIF."""
    out = io.BytesIO()
    pattern((32, 32)).save(out, "JPEG", exif=camera_exif(thumbnail=False))
    return out.getvalue()


def _syncsafe(n: int) -> bytes:
    return bytes((n >> s) & 0x7F for s in (21, 14, 7, 0))


def id3v24_tag(text: str, footer: bool = False) -> bytes:
    """A hand-made ID3v2.4 tag with one title frame (footer: the form appended at the end)."""
    value = b"\x03" + text.encode()
    frame = b"TIT2" + _syncsafe(len(value)) + b"\x00\x00" + value
    flags = 0x10 if footer else 0
    tag = b"ID3\x04\x00" + bytes([flags]) + _syncsafe(len(frame)) + frame
    return tag + (b"3DI\x04\x00" + bytes([flags]) + _syncsafe(len(frame)) if footer else b"")


def id3v1_tag(title: str) -> bytes:
    def field(text: str, size: int) -> bytes:
        return text.encode("latin-1")[:size].ljust(size, b"\x00")

    return b"TAG" + field(title, 30) + field(CANARY, 30) + bytes(30) + b"2024" + bytes(31)


def id3_frames() -> list[object]:
    """Every kind of ID3v2 frame that identifies: people, dates, software, files, pictures."""
    from mutagen import id3

    c = CANARY
    return [
        id3.TIT2(encoding=3, text=f"{c}-title"),
        id3.TPE1(encoding=1, text=f"{c}-artist"),
        id3.TCOM(encoding=3, text=f"{c}-composer"),
        id3.TDRC(encoding=3, text="2024-05-06"),
        id3.TSSE(encoding=3, text=f"{c}-software"),
        id3.TENC(encoding=3, text=f"{c}-encoded-by"),
        id3.COMM(encoding=3, lang="eng", desc="", text=f"{c}-comment"),
        id3.TXXX(encoding=3, desc="location", text=f"{c}-52.37,4.89"),
        id3.USLT(encoding=3, lang="eng", desc="", text=f"{c}-lyrics"),
        id3.PRIV(owner="WM/MediaClassPrimaryID", data=f"{c}-priv".encode()),
        id3.GEOB(encoding=3, mime="text/plain", filename="note.txt", desc="d", data=c.encode()),
        id3.APIC(encoding=3, mime="image/jpeg", type=3, desc=f"{c}-cover", data=cover_jpeg()),
        id3.POPM(email=f"{c}@example.org", rating=255, count=3),
        id3.WOAR(url=f"https://example.org/{c}"),
    ]


def dirty_mp3(path: Path) -> Path:
    """tone.mp3 with an ID3v2.3 tag in front and APEv2 + ID3v1 tags appended."""
    from mutagen.apev2 import BINARY, APEv2, APEValue
    from mutagen.id3 import ID3

    ape = APEv2()
    ape["Artist"] = f"{CANARY}-ape-artist"
    ape["Year"] = "2024"
    ape["Cover Art (Front)"] = APEValue(b"cover.jpg\x00" + cover_jpeg(), BINARY)
    ape.save(path)
    tags = ID3()
    for frame in id3_frames():
        tags.add(frame)
    tags.save(path, v1=2, v2_version=3)
    return path


def picture_block(description: str) -> bytes:
    """A FLAC PICTURE block body (also the base64 payload of METADATA_BLOCK_PICTURE)."""
    from mutagen.flac import Picture

    pic = Picture()
    pic.type, pic.mime, pic.desc, pic.data = 3, "image/jpeg", description, cover_jpeg()
    pic.width = pic.height = 32
    pic.depth = 24
    return bytes(pic.write())


def flac_blocks(data: bytes) -> tuple[list[tuple[int, bytes]], int]:
    """(type, body) of each FLAC metadata block, and where the audio frames start."""
    assert data[:4] == b"fLaC"
    pos, out = 4, []
    while True:
        head = data[pos]
        length = int.from_bytes(data[pos + 1 : pos + 4], "big")
        out.append((head & 0x7F, data[pos + 4 : pos + 4 + length]))
        pos += 4 + length
        if head & 0x80:
            return out, pos


def flac_join(blocks: list[tuple[int, bytes]], audio: bytes) -> bytes:
    out = b"fLaC"
    for i, (kind, body) in enumerate(blocks):
        last = 0x80 if i == len(blocks) - 1 else 0
        out += bytes([kind | last]) + len(body).to_bytes(3, "big") + body
    return out + audio


def dirty_flac(path: Path) -> Path:
    """tone.flac with comments, a picture, an application block, a cue sheet and ID3v1."""
    from mutagen.flac import FLAC, Picture

    flac = FLAC(path)
    assert flac.tags is not None
    flac.tags.vendor = f"{CANARY}-vendor"
    flac["ARTIST"] = f"{CANARY}-artist"
    flac["DATE"] = "2024-05-06"
    flac["ENCODER"] = f"{CANARY}-encoder"
    flac["COMMENT"] = f"{CANARY}-comment"
    flac.add_picture(Picture(picture_block(f"{CANARY}-cover")))
    flac.save()
    data = path.read_bytes()
    blocks, audio_at = flac_blocks(data)
    riff = b"riff" + b"LIST" + struct.pack("<I", 20) + b"INFOIART" + struct.pack("<I", 11)
    riff += f"{CANARY}\x00".encode()
    cue = b"1234567890123" + bytes(396 - 13)  # a media catalogue number, no tracks
    blocks[1:1] = [(2, riff), (5, cue)]
    path.write_bytes(flac_join(blocks, data[audio_at:]) + id3v1_tag(f"{CANARY}-v1"))
    return path


def dirty_ogg(path: Path, big: bool = False) -> Path:
    """tone.ogg or tone.opus with comments, a canary vendor and METADATA_BLOCK_PICTURE.

    `big` adds 70 kB of lyrics so the comment header spans several pages.
    """
    import base64

    import mutagen

    audio = mutagen.File(path)
    assert audio is not None and audio.tags is not None
    audio.tags.vendor = f"{CANARY}-vendor"
    audio["ARTIST"] = f"{CANARY}-artist"
    audio["DATE"] = "2024-05-06"
    audio["LOCATION"] = f"{CANARY}-location"
    audio["ENCODER"] = f"{CANARY}-encoder"
    picture = base64.b64encode(picture_block(f"{CANARY}-cover")).decode()
    audio["METADATA_BLOCK_PICTURE"] = picture
    if big:
        audio["LYRICS"] = (f"{CANARY}-lyrics " * 4000)[:70000]
    audio.save()
    return path


def dirty_m4a(path: Path) -> Path:
    """An M4A tagged the way iTunes and phones tag it.

    mutagen writes the iTunes tags (cover art, store account, encoder...). For the seed
    with its movie header last, the phone-style parts are added by hand: a QuickTime
    `©xyz` location and Apple `mdta` make/model/location keys, and real creation times.
    """
    from mutagen.mp4 import MP4, MP4Cover, MP4FreeForm

    c = CANARY
    m4a = MP4(path)
    assert m4a.tags is not None
    m4a["©nam"] = f"{c}-title"
    m4a["©ART"] = f"{c}-artist"
    m4a["©day"] = "2024-05-06"
    m4a["©too"] = f"{c}-encoder"
    m4a["©cmt"] = f"{c}-comment"
    m4a["apID"] = f"{c}@example.org"
    m4a["ownr"] = f"{c}-owner"
    m4a["covr"] = [MP4Cover(cover_jpeg(), imageformat=MP4Cover.FORMAT_JPEG)]
    m4a["----:com.apple.iTunes:NOTE"] = [MP4FreeForm(f"{c}-freeform".encode())]
    m4a.save()
    data = path.read_bytes()
    if mp4_path(data, "moov")[1] != len(data):
        return path  # the movie header is first: hand edits would have to move the audio
    data = _with_times(data)
    xyz = b"+52.3700+004.8900/"
    data = grow_box(data, ("moov", "udta"), mp4_box("©xyz", struct.pack(">HH", len(xyz), 0) + xyz))
    keys = [
        "com.apple.quicktime.location.ISO6709",
        "com.apple.quicktime.make",
        "com.apple.quicktime.model",
    ]
    values = ["+52.3700+004.8900+001.000/", f"{c}-make", f"{c}-model"]
    keys_box = mp4_box(
        "keys",
        bytes(4)
        + struct.pack(">I", len(keys))
        + b"".join(struct.pack(">I", 8 + len(k)) + b"mdta" + k.encode() for k in keys),
    )
    items = b"".join(
        mp4_box(
            struct.pack(">I", i + 1).decode("latin-1"),
            mp4_box("data", struct.pack(">II", 1, 0) + v.encode()),
        )
        for i, v in enumerate(values)
    )
    hdlr = mp4_box("hdlr", bytes(8) + b"mdta" + bytes(12) + b"\x00")
    meta = mp4_box("meta", hdlr + keys_box + mp4_box("ilst", items))
    return write_file(path, grow_box(data, ("moov",), meta))


def _with_times(data: bytes) -> bytes:
    """Creation and modification times (2024-05-06) in the movie, track and media headers."""
    when = struct.pack(">II", 3797913600, 3797913601)
    out = bytearray(data)
    for names in (("moov", "mvhd"), ("moov", "trak", "tkhd"), ("moov", "trak", "mdia", "mdhd")):
        start, _ = mp4_path(data, *names)
        assert out[start + 8] == 0  # version 0: 32-bit times
        out[start + 12 : start + 20] = when
    return bytes(out)


def pcm_tone(frames: int = 1600, rate: int = 8000) -> bytes:
    """16-bit mono samples of a tone, with a ramp so no two seconds look alike."""
    import math

    return b"".join(
        struct.pack("<h", int(12000 * math.sin(i * 0.3) * (i % 400) / 400)) for i in range(frames)
    )


def riff_chunk(fourcc: bytes, payload: bytes, order: str = "<") -> bytes:
    pad = b"\x00" if len(payload) & 1 else b""
    return fourcc + struct.pack(order + "I", len(payload)) + payload + pad


def dirty_wav(path: Path) -> Path:
    """A WAV from the wave module, then the chunks recorders and taggers add."""
    import wave

    from mutagen.wave import WAVE

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(pcm_tone())
    wav = WAVE(path)
    wav.add_tags()
    assert wav.tags is not None
    for frame in id3_frames()[:4]:
        wav.tags.add(frame)
    wav.save()
    c = CANARY.encode()
    info = b"INFO" + b"".join(
        riff_chunk(k, v + b"\x00")
        for k, v in (
            (b"IART", c + b"-artist"),
            (b"ICRD", b"2024-05-06"),
            (b"ISFT", c + b"-software"),
            (b"ICMT", c + b"-comment"),
        )
    )
    bext = c.ljust(256, b"\x00") + (c + b"-rec").ljust(32, b"\x00") + c.ljust(32, b"\x00")
    bext += b"2024-05-0612:00:00" + bytes(8) + struct.pack("<H", 1) + c.ljust(64, b"\x00")
    bext += bytes(190) + c + b"-coding-history\r\n"
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
    xmp += b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
    xmp += b"<dc:creator>" + c + b"-xmp</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    extra = riff_chunk(b"LIST", info) + riff_chunk(b"bext", bext)
    extra += riff_chunk(b"iXML", b"<BWFXML><PROJECT>" + c + b"</PROJECT></BWFXML>")
    extra += riff_chunk(b"_PMX", xmp) + riff_chunk(b"JUNK", bytes(28))
    data = path.read_bytes()
    body = data[12:] + extra
    path.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WAVE" + body + c + b"-trailer")
    return path


def _extended80(rate: int) -> bytes:
    """An AIFF sample rate: an 80-bit IEEE extended float."""
    exponent = rate.bit_length() - 1
    return struct.pack(">HQ", 16383 + exponent, rate << (63 - exponent))


def dirty_aiff(path: Path, samples: bytes | None = None) -> Path:
    """A hand-made AIFF (big-endian PCM) with name, author, copyright, notes, ID3 and app data."""
    from mutagen.aiff import AIFF

    pcm = samples if samples is not None else pcm_tone()
    be = b"".join(pcm[i + 1 : i + 2] + pcm[i : i + 1] for i in range(0, len(pcm), 2))
    comm = struct.pack(">hIh", 1, len(be) // 2, 16) + _extended80(8000)
    ssnd = struct.pack(">II", 0, 0) + be
    c = CANARY.encode()
    chunks = riff_chunk(b"COMM", comm, ">") + riff_chunk(b"SSND", ssnd, ">")
    chunks += riff_chunk(b"NAME", c + b"-name", ">") + riff_chunk(b"AUTH", c + b"-author", ">")
    chunks += riff_chunk(b"(c) ", c + b"-copyright", ">") + riff_chunk(b"ANNO", c + b"-anno", ">")
    chunks += riff_chunk(b"APPL", b"pdos" + c + b"-app", ">")
    path.write_bytes(b"FORM" + struct.pack(">I", 4 + len(chunks)) + b"AIFF" + chunks)
    aiff = AIFF(path)
    aiff.add_tags()
    assert aiff.tags is not None
    for frame in id3_frames()[:4]:
        aiff.tags.add(frame)
    aiff.save()
    return path
