"""The movie header (`moov`) rebuilt from an allowlist, for M4A and video files alike.

Kept: the movie, track and media headers (with creation and modification times set to
zero), edit lists, codec set-up and the sample tables, for the tracks whose kind the
policy keeps (sound for M4A; picture and sound for video). Every `udta` and `meta` box
goes, as do unknown boxes, track references to dropped tracks, handler names and vendor
codes (which name the writing software or maker). Sample descriptions lose the encoder
name, reserved and encoder-quality fields, the encoder maker and version of 3GPP codec
set-up (AMR, H.263), SEI messages in HEVC set-up (x265's version and options) and any
colour profile but a standard one, rebuilt from its numbers (icc.canonical_icc).
Data references are written afresh: only "the media is in this file" is accepted. Tracks
of other kinds (timed GPS and camera metadata, timecode, text) are dropped whole;
isobmff_file then leaves their samples out of the media data.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats.audio_tags import words
from scrubber.formats.icc import icc_decision
from scrubber.formats.isobmff import Box, box, boxes, describe, first, key_category
from scrubber.formats.isobmff_samples import Chunk, SoundFormat, chunk_extents, sound_format
from scrubber.messages import Message
from scrubber.model import Category, Collector

C = Category
Translate = Callable[[int], int]
STBL_KEEP = set(
    words("stsd stts ctts stsc stsz stz2 stco co64 stss stps sdtp sgpd sbgp cslg subs stsh padb")
)
SAMPLE_TABLES = {"stsd", "stsz", "stz2", "stsc", "stco", "co64"}  # at most one of each
TABLE_TWINS = ({"stco", "co64"}, {"stsz", "stz2"})  # two forms of one table: one only
TRAK_KEEP = {"edts", "tapt"}  # edit list; QuickTime's clean-aperture sizes
MEDIA_HEADERS = {"smhd", "vmhd"}
ENTRY_KEEP = set(
    words(
        "esds alac dac3 dec3 dOps dfLa chan btrt wave srat pcmC chnl SA3D damr dawp devc dqcp dsmv"
    )
)
# 3GPP codec set-up boxes (AMR, AMR-WB+, H.263; 3GPP2 EVRC, QCELP, SMV) open with the
# encoder's maker code and version, which decoders do not use: both are emptied.
VENDOR_CONFIG = set(words("damr dawp d263 devc dqcp dsmv"))
ICC_COLOURS = (b"prof", b"rICC")  # colour boxes that hold a whole ICC profile
HEVC_SEI = {39, 40}  # prefix and suffix SEI NAL unit types
VIDEO_ENTRY_KEEP = set(
    words(
        "avcC hvcC lhvC av1C vpcC dvcC dvvC dvwC esds d263 glbl pasp colr clap fiel gama btrt "
        "mdcv clli CoLL SmDm ccst st3d sv3d vexu hfov amve rinf"
    )
)
PROTECTED = {"drms", "enca", "encv", "drmi", "sinf"}
VIDEO_ENTRY = 86  # a visual sample entry's fixed part, header included
_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
# Tracks that are dropped, by sample entry (or handler) type: what they give away.
TRACK_KINDS = {
    "gpmd": (C.LOCATION, "GoPro telemetry: GPS position, speed and camera motion"),
    "camm": (C.LOCATION, "camera motion data, which can hold GPS positions"),
    "rtmd": (C.DEVICE, "camera settings recorded with every frame"),
    "djmd": (C.LOCATION, "drone flight data: GPS position and camera settings"),
    "tmcd": (C.TIME, "a timecode track, which can tell the time of day it was filmed"),
    "text": (C.OTHER, "a text, subtitle or chapter track"),
    "sbtl": (C.OTHER, "a text, subtitle or chapter track"),
    "subt": (C.OTHER, "a text, subtitle or chapter track"),
    "clcp": (C.OTHER, "a closed-caption track"),
    "hint": (C.OTHER, "a streaming hint track"),
}


@dataclass(frozen=True)
class Policy:
    label: str  # the format's name in messages ("M4A", "MP4", "MOV")
    tracks: frozenset[str]  # handler types of the tracks that are kept
    other_tracks: Message | None = None  # if set, a track of another kind is refused so
    need_ftyp: bool = True  # QuickTime files may start without a file-type box


@dataclass(frozen=True)
class Track:
    handler: str
    kept: bool
    chunks: list[Chunk]


@dataclass
class Movie:
    """One pass over a movie header: findings into `col`, tracks into `tracks`."""

    col: Collector
    policy: Policy
    translate: Translate = field(default=lambda offset: offset)
    tracks: list[Track] = field(default_factory=list)
    _kept_ids: set[int] = field(default_factory=set)

    def rebuild(self, data: bytes) -> bytes:
        """The new `moov` box from the old one's payload."""
        found = boxes(data, 0, len(data))
        peeks = {b.start: _peek(data, b) for b in found if b.type == "trak"}
        self._kept_ids = {tid for tid, handler in peeks.values() if handler in self.policy.tracks}
        out = []
        for b in found:
            payload = b.payload(data)
            if b.type == "mvhd":
                out.append(box("mvhd", self._times(payload, "MP4:CreateDate")))
            elif b.type == "iods":
                out.append(data[b.start : b.end])
            elif b.type == "trak":
                handler = peeks[b.start][1]
                if handler in self.policy.tracks:
                    out.append(box("trak", self._trak(payload, handler)))
                else:
                    self._drop_track(payload, handler)
            elif b.type in ("mvex", "cmov"):
                raise CleaningRefused(Message("movie.header_packed", format=self.policy.label))
            else:
                describe(self.col, b.type, payload, "MP4")
        if not any(t.kept for t in self.tracks):
            what = "audio" if self.policy.tracks == {"soun"} else "video or audio"
            raise CorruptFile(f"the {self.policy.label} file has no {what} track")
        return box("moov", b"".join(out))

    # --- tracks --------------------------------------------------------------------------

    def _trak(self, data: bytes, handler: str) -> bytes:
        out = []
        for b in boxes(data, 0, len(data)):
            payload = b.payload(data)
            if b.type == "tkhd":
                out.append(box("tkhd", self._times(payload, "MP4:TrackCreateDate")))
            elif b.type in TRAK_KEEP:
                out.append(data[b.start : b.end])
            elif b.type == "mdia":
                out.append(box("mdia", self._mdia(payload, handler)))
            elif b.type == "tref":
                out.append(self._tref(payload))
            else:
                describe(self.col, b.type, payload, "MP4:track")
        return b"".join(out)

    def _drop_track(self, data: bytes, handler: str) -> None:
        if self.policy.other_tracks is not None:
            raise CleaningRefused(self.policy.other_tracks)
        entry = b""
        chunks: list[Chunk] = []
        try:  # best effort: the data of a damaged dropped track counts as unused instead
            stbl = _stbl_of(data)
            if stbl is not None:
                tables = {b.type: b.payload(data) for b in boxes(data, stbl.body, stbl.end)}
                entries = boxes(tables.get("stsd", b""), 8, len(tables.get("stsd", b"")))
                entry = tables["stsd"][entries[0].start : entries[0].end] if entries else b""
                chunks = chunk_extents(tables, None)
        except (CorruptFile, CleaningRefused, struct.error, IndexError, KeyError):
            pass
        self.tracks.append(Track(handler, False, chunks))
        kind = entry[4:8].decode("latin-1") if len(entry) >= 8 else ""
        if kind == "mebx":
            self._mebx(entry)
            return
        category, text = TRACK_KINDS.get(kind) or TRACK_KINDS.get(
            handler, (C.OTHER, f"a timed data track ({_shown(handler)})")
        )
        self.col.add(category, f"MP4:Track:{_shown(kind or handler)}", text)

    def _mebx(self, entry: bytes) -> None:
        """Apple's timed metadata: name what its keys say (location, detected faces...)."""
        names = []
        try:
            keys = first(boxes(entry, 16, len(entry)), "keys")
            for local in boxes(entry, keys.body, keys.end) if keys else []:
                keyd = first(boxes(entry, local.body, local.end), "keyd")
                if keyd is not None:
                    names.append(entry[keyd.body + 4 : keyd.end].decode("utf-8", "replace"))
        except CorruptFile:
            pass
        for name in names or ["(no keys)"]:
            self.col.add(key_category(name), "MP4:TimedMetadata", name)

    def _tref(self, data: bytes) -> bytes:
        """Track references, minus those to dropped tracks."""
        out = []
        for b in boxes(data, 0, len(data)):
            ids = struct.unpack_from(f">{(b.end - b.body) // 4}I", data, b.body)
            kept = [i for i in ids if i in self._kept_ids]
            if kept:
                out.append(box(b.type, struct.pack(f">{len(kept)}I", *kept)))
        return box("tref", b"".join(out)) if out else b""

    def _mdia(self, data: bytes, handler: str) -> bytes:
        out = []
        for b in boxes(data, 0, len(data)):
            payload = b.payload(data)
            if b.type == "mdhd":
                out.append(box("mdhd", self._times(payload, "MP4:MediaCreateDate")))
            elif b.type == "hdlr":
                out.append(box("hdlr", self._hdlr(payload)))
            elif b.type == "minf":
                out.append(box("minf", self._minf(payload, handler)))
            else:
                describe(self.col, b.type, payload, "MP4:track")
        return b"".join(out)

    def _minf(self, data: bytes, handler: str) -> bytes:
        out = []
        for b in boxes(data, 0, len(data)):
            payload = b.payload(data)
            if b.type in MEDIA_HEADERS:
                out.append(data[b.start : b.end])
            elif b.type == "hdlr":  # QuickTime's data handler
                out.append(box("hdlr", self._hdlr(payload)))
            elif b.type == "dinf":
                out.append(self._dinf(payload))
            elif b.type == "stbl":
                out.append(box("stbl", self._stbl(payload, handler)))
            else:
                describe(self.col, b.type, payload, "MP4:track")
        return b"".join(out)

    def _stbl(self, data: bytes, handler: str) -> bytes:
        out = []
        tables: dict[str, bytes] = {}
        sound: SoundFormat | None = None
        for b in boxes(data, 0, len(data)):
            payload = b.payload(data)
            if b.type in SAMPLE_TABLES:
                twins = next((p for p in TABLE_TWINS if b.type in p), {b.type})
                if twins & tables.keys():
                    raise CorruptFile("the file is damaged (a sample table appears twice)")
                tables[b.type] = payload
            if b.type == "stsd":
                new, sound = self._stsd(payload, handler)
                out.append(box("stsd", new))
            elif b.type in ("stco", "co64"):
                out.append(box(b.type, self._offsets(payload, b.type == "co64")))
            elif b.type in STBL_KEEP:
                out.append(data[b.start : b.end])
            else:
                describe(self.col, b.type, payload, "MP4:track")
        self.tracks.append(Track(handler, True, chunk_extents(tables, sound)))
        return b"".join(out)

    # --- single boxes --------------------------------------------------------------------

    def _times(self, payload: bytes, key: str) -> bytes:
        """The header with its creation and modification times set to zero."""
        width = 8 if payload[:1] == b"\x01" else 4
        if len(payload) < 4 + 2 * width:
            raise CorruptFile("the file is damaged (a header is too short)")
        created = int.from_bytes(payload[4 : 4 + width], "big")
        modified = int.from_bytes(payload[4 + width : 4 + 2 * width], "big")
        for label, value in ((key, created), (key.replace("Create", "Modify"), modified)):
            if value:
                self.col.add(C.TIME, label, _date(value))
        return payload[:4] + bytes(2 * width) + payload[4 + 2 * width :]

    def _hdlr(self, payload: bytes) -> bytes:
        """The handler box with its name (e.g. "Core Media Audio") and maker code blanked."""
        if len(payload) < 24:
            raise CorruptFile("the file is damaged (a handler box is too short)")
        head = bytearray(payload[:24])
        if head[12:16].strip(b"\x00"):  # QuickTime's component manufacturer, e.g. "appl"
            self.col.add(C.SOFTWARE, "MP4:HandlerVendorID", bytes(head[12:16]))
            head[12:16] = bytes(4)
        name = payload[24:]
        if name.strip(b"\x00"):
            shown = name[1:] if name[0] == len(name) - 1 else name  # a QuickTime Pascal string
            self.col.add(C.SOFTWARE, "MP4:HandlerName", shown.rstrip(b"\x00"))
            return bytes(head) + b"\x00"
        return bytes(head) + name

    def _dinf(self, data: bytes) -> bytes:
        """The data references, rebuilt: each must say "the media is in this file".

        The self-contained flag is what players go by, whatever the entry's type (iTunes
        wrote `cios`), so every such entry is accepted and written afresh as a bare
        `url ` or `alis` entry: bytes after the flag (an alias naming the original file,
        its folder and disk) go. A reference to another file is refused.
        """
        try:
            dref = first(boxes(data, 0, len(data)), "dref")
            entries = boxes(data, dref.body + 8, dref.end) if dref else []
        except (ValueError, CorruptFile):
            entries = []
        if not entries or not all(e.end - e.body >= 4 and data[e.body + 3] & 1 for e in entries):
            raise CleaningRefused(Message("movie.external_media", format=self.policy.label))
        extra = sum(e.end - e.body - 4 for e in entries)
        if extra:
            self.col.add(C.OTHER, "MP4:DataReference", f"{extra} bytes naming where the media was")
        fresh = [
            box(e.type if e.type in ("url ", "alis") else "url ", b"\0\0\0\1") for e in entries
        ]
        return box("dinf", box("dref", struct.pack(">II", 0, len(fresh)) + b"".join(fresh)))

    def _stsd(self, payload: bytes, handler: str) -> tuple[bytes, SoundFormat | None]:
        """Sample descriptions: codec set-up kept, maker codes and unknown extensions dropped."""
        out = [payload[:8]]
        sound = None
        for e in boxes(payload, 8, len(payload)):
            if e.type in PROTECTED:
                raise CleaningRefused(Message("movie.protected", format=self.policy.label))
            entry = payload[e.start : e.end]
            if handler == "soun":
                if sound is None and len(entry) >= 36:
                    sound = sound_format(entry)
                out.append(self._entry(entry, _audio_fixed(entry), ENTRY_KEEP))
            else:
                out.append(self._entry(entry, VIDEO_ENTRY, VIDEO_ENTRY_KEEP))
        return b"".join(out), sound

    def _entry(self, entry: bytes, fixed: int, keep: set[str]) -> bytes:
        if len(entry) < fixed:
            return entry  # not a description we know: codec data, kept as it is
        head = bytearray(entry[:fixed])
        if head[20:24].strip(b"\x00"):  # QuickTime's vendor code, e.g. "FFMP", "appl"
            self.col.add(C.SOFTWARE, "MP4:VendorID", bytes(head[20:24]))
            head[20:24] = bytes(4)
        if fixed == VIDEO_ENTRY and head[50:82].strip(b"\x00"):
            # The compressor name, a Pascal string: often the encoding app or library.
            self.col.add(C.SOFTWARE, "MP4:CompressorName", bytes(head[51 : 51 + min(head[50], 31)]))
            head[50:82] = bytes(32)
        # Reserved fields, the revision level and (video) QuickTime's encoder quality and
        # data size: no player reads them, so none of the original's bytes stay there.
        spare = [(8, 14), (18, 20)] + ([(24, 32), (44, 48)] if fixed == VIDEO_ENTRY else [])
        if any(head[a:b].strip(b"\x00") for a, b in spare):
            self.col.add(C.OTHER, "MP4:SpareFields", "encoder settings in a sample description")
            for a, b in spare:
                head[a:b] = bytes(b - a)
        body = []
        for child in boxes(entry, fixed, _children_end(entry, fixed)):
            if child.type in PROTECTED:
                raise CleaningRefused(Message("movie.protected", format=self.policy.label))
            if child.type in VENDOR_CONFIG and child.end - child.body >= 5:
                body.append(self._no_vendor(child.type, child.payload(entry)))
            elif child.type == "colr" and entry[child.body : child.body + 4] in ICC_COLOURS:
                body.append(self._icc(child.payload(entry)))
            elif child.type == "hvcC":
                body.append(self._hvcc(child.payload(entry)))
            elif child.type in keep:
                body.append(entry[child.start : child.end])
            else:
                describe(self.col, child.type, child.payload(entry), "MP4:track")
        rest = b"".join(body) + entry[_children_end(entry, fixed) :]
        struct.pack_into(">I", head, 0, len(head) + len(rest))
        return bytes(head) + rest

    def _icc(self, payload: bytes) -> bytes:
        """A video's colour profile: a standard one rebuilt from its numbers, others dropped."""
        kept = icc_decision(self.col, payload[4:], keep_standard=True)
        return box("colr", payload[:4] + kept) if kept is not None else b""

    def _hvcc(self, payload: bytes) -> bytes:
        """HEVC set-up without SEI messages: x265 writes its version and every option
        there, and decoders need only the parameter sets."""
        try:
            kept, notes = _hvcc_without_sei(payload)
        except (IndexError, struct.error) as e:
            raise CorruptFile("the file is damaged (its HEVC set-up cannot be read)") from e
        if notes:
            self.col.add(C.SOFTWARE, "MP4:EncoderSettings", f"{notes} bytes of encoder notes")
        return box("hvcC", kept)

    def _no_vendor(self, typ: str, payload: bytes) -> bytes:
        if payload[:5].strip(b"\x00"):
            self.col.add(
                C.SOFTWARE,
                "MP4:EncoderVendor",
                f"{_shown(payload[:4].decode('latin-1'))} {payload[4]}",
            )
        return box(typ, bytes(5) + payload[5:])

    def _offsets(self, payload: bytes, wide: bool) -> bytes:
        if len(payload) < 8:
            raise CorruptFile("the file is damaged (a chunk table is too short)")
        (count,) = struct.unpack_from(">I", payload, 4)
        size = 8 if wide else 4
        if 8 + count * size > len(payload):
            raise CorruptFile("the file is damaged (a chunk table is cut short)")
        fmt = f">{count}{'Q' if wide else 'I'}"
        new = [self.translate(o) for o in struct.unpack_from(fmt, payload, 8)]
        if not wide and any(o > 0xFFFFFFFF for o in new):
            raise CleaningRefused(Message("movie.too_large", format=self.policy.label))
        return payload[:8] + struct.pack(fmt, *new) + payload[8 + count * size :]


def _peek(data: bytes, trak: Box) -> tuple[int, str]:
    """(track ID, handler type) of a track, read before deciding whether it stays."""
    kids = boxes(data, trak.body, trak.end)
    tkhd, mdia = first(kids, "tkhd"), first(kids, "mdia")
    hdlr = first(boxes(data, mdia.body, mdia.end), "hdlr") if mdia else None
    if tkhd is None or hdlr is None or hdlr.end - hdlr.body < 12 or tkhd.end - tkhd.body < 24:
        raise CorruptFile("the file is damaged (a track has no header)")
    at = tkhd.body + (20 if data[tkhd.body] == 1 else 12)
    (track_id,) = struct.unpack_from(">I", data, at)
    return track_id, data[hdlr.body + 8 : hdlr.body + 12].decode("latin-1")


def _stbl_of(trak: bytes) -> Box | None:
    mdia = first(boxes(trak, 0, len(trak)), "mdia")
    minf = first(boxes(trak, mdia.body, mdia.end), "minf") if mdia else None
    return first(boxes(trak, minf.body, minf.end), "stbl") if minf else None


def _hvcc_without_sei(payload: bytes) -> tuple[bytes, int]:
    """(the HEVC configuration record minus its SEI arrays, bytes of SEI dropped)."""
    if len(payload) < 23:
        raise IndexError("short")
    out, pos, dropped, arrays = bytearray(payload[:23]), 23, 0, 0
    for _ in range(payload[22]):
        start = pos
        nal_type, (count,) = payload[pos] & 0x3F, struct.unpack_from(">H", payload, pos + 1)
        pos += 3
        for _ in range(count):
            pos += 2 + struct.unpack_from(">H", payload, pos)[0]
        if pos > len(payload):
            raise IndexError("cut")
        if nal_type in HEVC_SEI:
            dropped += pos - start
        else:
            out += payload[start:pos]
            arrays += 1
    out[22] = arrays
    return bytes(out), dropped + len(payload) - pos  # nothing follows the arrays


def _audio_fixed(entry: bytes) -> int:
    """An audio sample entry's fixed part: 36 bytes, more in QuickTime versions 1 and 2."""
    version = int.from_bytes(entry[16:18], "big") if len(entry) >= 18 else 0
    return 36 + {1: 16, 2: 36}.get(version, 0)


def _children_end(entry: bytes, start: int) -> int:
    """Where an entry's child boxes end: some writers add up to 7 zero bytes after them."""
    pos = start
    while len(entry) - pos >= 8:
        size = int.from_bytes(entry[pos : pos + 4], "big")
        if size < 8:
            break
        pos += size
    tail = entry[pos:]
    if pos > len(entry) or len(tail) >= 8 or tail.strip(b"\x00"):
        return len(entry)  # let the box reader report the damage
    return pos


def _date(seconds: int) -> str:
    try:
        return (_EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")
    except OverflowError:
        return str(seconds)


def _shown(typ: str) -> str:
    return typ if typ.isprintable() else typ.encode("latin-1").hex()
