"""Describe the tag formats audio files share: ID3v2, ID3v1, APEv2, Lyrics3, Vorbis comments.

The cleaners drop these tags whole; this module only finds them and names what they hold,
reading every size with bounds checks. It also finds the tags that taggers append to the
end of MP3 and FLAC files, in any order.
"""

from __future__ import annotations

import struct

from scrubber.errors import CorruptFile
from scrubber.formats.streams import Buffer
from scrubber.model import Category, Collector

C = Category


def words(text: str) -> list[str]:
    return text.split()


MAX_DESCRIBE = 4 << 20  # bytes of one tag we parse to describe it; the rest is only counted
MAX_ITEMS = 2000  # frames or comments described per tag; more are counted, not listed

# ID3v2 frames (v2.3/v2.4 names) that say who, when or with what; the rest are OTHER.
ID3_CATEGORIES: dict[str, Category] = {
    **dict.fromkeys(
        words(
            "TPE1 TPE2 TPE3 TPE4 TCOM TEXT TOLY TOPE TOWN TENC TCOP TPUB TIPL TMCL IPLS "
            "TSOP TSO2 TSOC TRSN TRSO WOAR WCOP WPUB WORS USER OWNE POPM"
        ),
        C.PERSON,
    ),
    **dict.fromkeys(words("TDRC TDOR TDRL TDEN TDTG TYER TDAT TIME TORY TRDA"), C.TIME),
    "TSSE": C.SOFTWARE,
    "APIC": C.EMBEDDED,
    "GEOB": C.EMBEDDED,
}
# ID3v2.2 used three-letter names; these map to the four-letter frames above.
ID3_V22 = {
    "TP1": "TPE1", "TP2": "TPE2", "TP3": "TPE3", "TP4": "TPE4", "TCM": "TCOM", "TXT": "TEXT",
    "TOL": "TOLY", "TOA": "TOPE", "TEN": "TENC", "TCR": "TCOP", "TPB": "TPUB", "IPL": "IPLS",
    "POP": "POPM", "TYE": "TYER", "TDA": "TDAT", "TIM": "TIME", "TOR": "TORY", "TRD": "TRDA",
    "TSS": "TSSE", "PIC": "APIC", "GEO": "GEOB", "COM": "COMM", "TT2": "TIT2", "TXX": "TXXX",
    "ULT": "USLT", "WAR": "WOAR", "WCP": "WCOP", "WPB": "WPUB", "WXX": "WXXX",
}  # fmt: skip

# Comment names (Vorbis comments, APEv2 keys; upper case) by what they give away.
NAME_CATEGORIES: dict[str, Category] = {
    **dict.fromkeys(
        words(
            "ARTIST PERFORMER COMPOSER LYRICIST CONDUCTOR COPYRIGHT ORGANIZATION CONTACT "
            "ENCODED-BY ENCODEDBY ENCODED_BY ALBUMARTIST ALBUM_ARTIST AUTHOR PUBLISHER LABEL "
            "WRITER ARRANGER ENGINEER PRODUCER MIXER DJMIXER REMIXER ARTISTSORT "
            "ALBUMARTISTSORT COMPOSERSORT EMAIL"
        ),
        C.PERSON,
    ),
    **dict.fromkeys(
        words(
            "DATE YEAR ORIGINALDATE ORIGINALYEAR CREATION_TIME ENCODING_TIME TAGGING_TIME "
            "RELEASEDATE"
        ),
        C.TIME,
    ),
    "RECORD DATE": C.TIME,
    **dict.fromkeys(words("ENCODER ENCODER_OPTIONS ENCODERSETTINGS TOOL"), C.SOFTWARE),
    "TOOL NAME": C.SOFTWARE,
    **dict.fromkeys(words("LOCATION GEO_LOCATION LOCATION_RECORDED"), C.LOCATION),
    **dict.fromkeys(words("METADATA_BLOCK_PICTURE COVERART COVERARTMIME"), C.EMBEDDED),
}


def name_category(name: str) -> Category:
    upper = name.strip().upper()
    if upper.startswith("COVER ART"):
        return C.EMBEDDED
    return NAME_CATEGORIES.get(upper, C.OTHER)


def _syncsafe(raw: bytes | Buffer) -> int | None:
    if any(b & 0x80 for b in raw):
        return None
    return (raw[0] << 21) | (raw[1] << 14) | (raw[2] << 7) | raw[3]


# --- ID3v2 ---------------------------------------------------------------------------------


def id3v2_length(buf: Buffer, pos: int) -> int | None:
    """Total length of the ID3v2 tag starting at `pos` (footer included), or None."""
    head = buf[pos : pos + 10]
    if len(head) < 10 or head[:3] != b"ID3" or head[3] not in (2, 3, 4) or head[4] == 0xFF:
        return None
    size = _syncsafe(head[6:10])
    if size is None:
        return None
    footer = 10 if head[3] == 4 and head[5] & 0x10 else 0
    return 10 + size + footer


def id3v2_findings(col: Collector, tag: bytes | Buffer, where: str = "ID3") -> None:
    """A finding per frame of one ID3v2 tag (header included in `tag`)."""
    version, flags = tag[3], tag[5]
    size = _syncsafe(tag[6:10]) or 0  # the footer, if any, follows these bytes
    body = bytes(tag[10 : 10 + min(size, MAX_DESCRIBE)])
    if flags & 0x80 and version < 4:  # the whole tag is unsynchronised
        body = body.replace(b"\xff\x00", b"\xff")
    pos = 0
    if flags & 0x40 and len(body) >= 4:  # an extended header: skipped
        if version == 4:
            pos = _syncsafe(body[:4]) or len(body)
        else:
            pos = 4 + struct.unpack(">I", body[:4])[0]
    before = len(col.findings)
    id_len, head_len = (3, 6) if version == 2 else (4, 10)
    count = 0
    while pos + head_len <= len(body):
        frame_id = body[pos : pos + id_len]
        if not all(48 <= b < 58 or 65 <= b < 91 for b in frame_id):
            break  # padding, or a damaged frame: the rest is reported as a block
        raw = body[pos + id_len : pos + id_len + (3 if version == 2 else 4)]
        if version == 2:
            size = int.from_bytes(raw, "big")
        elif version == 4:
            size = _syncsafe(raw) or int.from_bytes(raw, "big")
        else:
            size = int.from_bytes(raw, "big")
        data = body[pos + head_len : pos + head_len + size]
        if version == 4 and body[pos + 9] & 0x02:  # this frame is unsynchronised
            data = data.replace(b"\xff\x00", b"\xff")
        name = frame_id.decode("ascii")
        name = ID3_V22.get(name, name) if version == 2 else name
        count += 1
        if count <= MAX_ITEMS:
            category = ID3_CATEGORIES.get(name, C.OTHER)
            col.add(category, f"{where}:{name}", id3_frame_value(name, data, version == 2))
        pos += head_len + size
    if count > MAX_ITEMS:
        col.add(C.OTHER, f"{where}:frames", f"{count - MAX_ITEMS} more frames")
    rest = body[pos:]
    if rest.strip(b"\x00"):
        col.add(C.OTHER, f"{where}:unreadable", f"{len(rest)} bytes the tag does not explain")
    if len(col.findings) == before:
        col.add(C.OTHER, f"{where}:tag", f"an empty ID3v2.{version} tag")


def _decode(data: bytes, encoding: int) -> str:
    codec = {0: "latin-1", 1: "utf-16", 2: "utf-16-be", 3: "utf-8"}.get(encoding, "latin-1")
    try:
        text = data.decode(codec, "replace")
    except UnicodeError:  # a UTF-16 frame without its byte-order mark
        text = data.decode("utf-16-le", "replace")
    return " / ".join(part for part in text.split("\x00") if part)


def _split_text(data: bytes, encoding: int) -> tuple[bytes, bytes]:
    """A NUL-terminated string (two NULs for UTF-16) and what follows it."""
    if encoding in (1, 2):
        for i in range(0, len(data) - 1, 2):
            if data[i : i + 2] == b"\x00\x00":
                return data[:i], data[i + 2 :]
        return data, b""
    end = data.find(b"\x00")
    return (data, b"") if end < 0 else (data[:end], data[end + 1 :])


def id3_frame_value(name: str, data: bytes, v22: bool = False) -> str:
    """A short plain rendering of one frame's content, for display only."""
    if not data:
        return ""
    enc = data[0]
    if name in ("TXXX", "WXXX"):
        desc, value = _split_text(data[1:], enc)
        value_enc = enc if name == "TXXX" else 0
        return f"{_decode(desc, enc)}: {_decode(value, value_enc)}"
    if name.startswith("T"):
        return _decode(data[1:], enc)
    if name.startswith("W"):
        return _decode(data, 0)
    if name in ("COMM", "USLT"):
        _desc, text = _split_text(data[4:], enc)
        return _decode(text, enc)
    if name == "APIC":
        return f"a picture ({len(data)} bytes)"
    if name == "GEOB":
        return f"an embedded file ({len(data)} bytes)"
    if name in ("PRIV", "POPM", "UFID"):
        owner, rest = _split_text(data, 0)
        return f"{_decode(owner, 0)} ({len(rest)} bytes)"
    return f"{len(data)} bytes"


# --- tags at the end of a file ---------------------------------------------------------------

ID3V1 = 128
ID3V1_EXT = 227  # "TAG+" before the ID3v1 tag
APE_FOOTER = 32
LYRICS3_V1_MAX = 5100 + 20


def trailing_tags(col: Collector, buf: Buffer, start: int, end: int) -> int:
    """Find the tags appended between `start` and `end`, report them; return where they begin.

    Taggers stack ID3v1, APEv2, Lyrics3 and appended ID3v2 tags in any order, so the end of
    the file is peeled until none is left.
    """
    while end > start:
        if end - start >= ID3V1 and buf[end - ID3V1 : end - ID3V1 + 3] == b"TAG":
            _id3v1_findings(col, bytes(buf[end - ID3V1 : end]))
            end -= ID3V1
            if end - start >= ID3V1_EXT and buf[end - ID3V1_EXT : end - ID3V1_EXT + 4] == b"TAG+":
                col.add(C.OTHER, "ID3v1:TAG+", "an extended ID3v1 tag")
                end -= ID3V1_EXT
        elif end - start >= APE_FOOTER and buf[end - APE_FOOTER : end - 24] == b"APETAGEX":
            end = _ape(col, buf, start, end)
        elif end - start >= 15 and buf[end - 9 : end] == b"LYRICS200":
            digits = bytes(buf[end - 15 : end - 9])
            if not digits.isdigit() or end - 15 - int(digits) < start:
                raise CorruptFile("the audio file has a damaged lyrics tag at its end")
            col.add(C.OTHER, "Lyrics3", f"a lyrics tag ({int(digits)} bytes)")
            end -= 15 + int(digits)
        elif end - start >= 20 and buf[end - 9 : end] == b"LYRICSEND":
            window = bytes(buf[max(start, end - LYRICS3_V1_MAX) : end])
            found = window.rfind(b"LYRICSBEGIN")
            if found < 0:
                raise CorruptFile("the audio file has a damaged lyrics tag at its end")
            col.add(C.OTHER, "Lyrics3", "a lyrics tag")
            end -= len(window) - found
        elif end - start >= 20 and buf[end - 10 : end - 7] == b"3DI":
            size = _syncsafe(buf[end - 4 : end])
            tag_start = end - 20 - (size if size is not None else end)
            if size is None or tag_start < start or buf[tag_start : tag_start + 3] != b"ID3":
                raise CorruptFile("the audio file has a damaged ID3 tag at its end")
            id3v2_findings(col, buf[tag_start:end], "ID3")
            end = tag_start
        else:
            return end
    return end


def _id3v1_findings(col: Collector, tag: bytes) -> None:
    def text(a: int, b: int) -> str:
        return tag[a:b].split(b"\x00")[0].decode("latin-1").strip()

    fields = [
        (C.OTHER, "Title", text(3, 33)),
        (C.PERSON, "Artist", text(33, 63)),
        (C.OTHER, "Album", text(63, 93)),
        (C.TIME, "Year", text(93, 97)),
        (C.OTHER, "Comment", text(97, 127)),
    ]
    listed = [(cat, key, value) for cat, key, value in fields if value]
    for cat, key, value in listed:
        col.add(cat, f"ID3v1:{key}", value)
    if not listed:
        col.add(C.OTHER, "ID3v1:tag", "an empty ID3v1 tag")


def _ape(col: Collector, buf: Buffer, start: int, end: int) -> int:
    """Report the APEv2 tag ending at `end`; return where it begins."""
    footer = bytes(buf[end - APE_FOOTER : end])
    _version, size, count, flags = struct.unpack("<4I", footer[8:24])
    has_header = bool(flags & 0x80000000)
    tag_start = end - size - (APE_FOOTER if has_header else 0)
    if size < APE_FOOTER or tag_start < start:
        raise CorruptFile("the audio file has a damaged APE tag at its end")
    items = bytes(buf[end - size : end - APE_FOOTER][:MAX_DESCRIBE])
    before = len(col.findings)
    pos = 0
    for _ in range(min(count, MAX_ITEMS)):
        if pos + 8 > len(items):
            break
        length, item_flags = struct.unpack_from("<II", items, pos)
        key_end = items.find(b"\x00", pos + 8)
        if key_end < 0:
            break
        key = items[pos + 8 : key_end].decode("ascii", "replace")
        value = items[key_end + 1 : key_end + 1 + length]
        shown = value.decode("utf-8", "replace") if (item_flags >> 1) & 3 == 0 else ""
        col.add(name_category(key), f"APE:{key}", shown or f"{len(value)} bytes")
        pos = key_end + 1 + length
    if len(col.findings) == before:
        col.add(C.OTHER, "APE:tag", f"an APE tag ({size} bytes)")
    return tag_start


# --- Vorbis comments (FLAC, Ogg Vorbis, Opus) ------------------------------------------------


def vorbis_comment_findings(col: Collector, data: bytes, where: str) -> int:
    """Report the vendor string and each comment; return the length the block used.

    Raises CorruptFile when the lengths do not fit: the caller decides what that means.
    """
    if len(data) < 8:
        raise CorruptFile("a comment block is cut short")
    (vendor_len,) = struct.unpack_from("<I", data, 0)
    if 4 + vendor_len + 4 > len(data):
        raise CorruptFile("a comment block is damaged")
    vendor = data[4 : 4 + vendor_len]
    if vendor:
        col.add(C.SOFTWARE, f"{where}:vendor", vendor)
    pos = 4 + vendor_len
    (count,) = struct.unpack_from("<I", data, pos)
    pos += 4
    for i in range(count):
        if pos + 4 > len(data):
            raise CorruptFile("a comment block is damaged")
        (length,) = struct.unpack_from("<I", data, pos)
        if pos + 4 + length > len(data):
            raise CorruptFile("a comment block is damaged")
        entry = data[pos + 4 : pos + 4 + length]
        pos += 4 + length
        if i >= MAX_ITEMS:
            continue
        name, _, value = entry.partition(b"=")
        key = name.decode("ascii", "replace").upper()
        category = name_category(key)
        shown: object = f"a picture ({len(value)} bytes)" if category is C.EMBEDDED else value
        col.add(category, f"{where}:{key}", shown)
    if count > MAX_ITEMS:
        col.add(C.OTHER, f"{where}:comments", f"{count - MAX_ITEMS} more comments")
    return pos
