"""A bounds-checked reader for HEIF's ISO BMFF boxes: items, their properties and data.

Written for inspection, so it trusts nothing: every size is checked against its parent,
and counts and sizes are capped before anything is allocated.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import BinaryIO

from scrubber.errors import CleaningRefused, CorruptFile, UnsupportedFormat
from scrubber.formats import isobmff
from scrubber.messages import Message

MAX_META = 64 << 20  # iPhone meta boxes are a few kB; more is hostile or absurd
MAX_ITEM_DATA = 16 << 20  # EXIF/XMP larger than this is reported, not parsed
MAX_ALL_ITEM_DATA = 64 << 20
MAX_BOXES = 100_000
MAX_ITEMS = 20_000
MAX_EXTENTS = 200_000
META_OK = {"hdlr", "pitm", "iloc", "iinf", "iref", "iprp", "idat", "dinf"}
IMAGE_TYPES = {"hvc1", "hev1", "av01", "grid", "iden", "iovl", "jpeg", "unci", "j2k1", "vvc1"}
IMAGE_TYPES |= {"avc1", "tmap", "mski", "lhv1"}
ALPHA_URNS = {"urn:mpeg:hevc:2015:auxid:1", "urn:mpeg:mpegB:cicp:systems:auxiliary:alpha"}


@dataclass(frozen=True)
class Box:
    """A box with its payload in hand (isobmff.Box holds offsets into a buffer instead)."""

    type: str
    data: memoryview  # the payload, after the header
    offset: int = 0  # file offset of the header (top-level boxes only)


def _fourcc(raw: bytes) -> str | None:
    return raw.decode("latin-1") if all(0x20 <= b < 0x7F for b in raw) else None


def children(data: memoryview) -> list[Box]:
    """The boxes packed in a payload, each with its payload in hand. isobmff.boxes walks
    them and checks every size against the parent; a HEIF box type is four printable
    characters, so any other is damage."""
    found = isobmff.boxes(data, 0, len(data))
    if any(_fourcc(b.type.encode("latin-1")) is None for b in found):
        raise CorruptFile("this HEIC file is damaged (a box has an unreadable type)")
    return [Box(b.type, data[b.body : b.end]) for b in found]


def _cstr(data: memoryview, pos: int) -> tuple[str, int]:
    end = bytes(data[pos:]).find(b"\x00")
    end = len(data) if end < 0 else pos + end
    return bytes(data[pos:end]).decode("utf-8", "replace"), end + 1


def _uint(data: memoryview, pos: int, size: int) -> int:
    if size == 0:
        return 0
    if pos + size > len(data):
        raise CorruptFile("this HEIC file is damaged (a field is cut short)")
    return int.from_bytes(data[pos : pos + size], "big")


# --- the parsed file ---------------------------------------------------------------------


@dataclass
class Item:
    id: int
    type: str
    name: str = ""
    content_type: str = ""
    protected: bool = False
    props: list[int] = field(default_factory=list)  # 1-based ipco indices, in order
    essential: set[int] = field(default_factory=set)  # the indices marked essential
    method: int = 0  # iloc construction method: 0 file, 1 idat, 2 another item
    extents: list[tuple[int, int]] = field(default_factory=list)  # (offset, length)
    located: bool = False  # iloc places its data in this file (external data is not)


@dataclass
class Heif:
    top: list[Box] = field(default_factory=list)  # payloads read for ftyp and meta only
    top_sizes: dict[int, tuple[int, int]] = field(default_factory=dict)  # (size, header)
    trailer: int = 0  # bytes after the last box
    meta: list[Box] = field(default_factory=list)
    items: dict[int, Item] = field(default_factory=dict)
    props: list[Box] = field(default_factory=list)
    refs: list[tuple[str, int, list[int]]] = field(default_factory=list)
    primary: int = -1
    idat: memoryview = field(default_factory=lambda: memoryview(b""))
    handler: tuple[str, str] = ("", "")
    data: dict[int, bytes | None] = field(default_factory=dict)  # metadata item payloads
    unused_mdat: int = 0
    _inputs: dict[int, list[int]] | None = None

    def prop(self, index: int) -> Box:
        if not 1 <= index <= len(self.props):
            raise CorruptFile("this HEIC file is damaged (a missing picture property)")
        return self.props[index - 1]

    def item_props(self, item_id: int, typ: str) -> list[Box]:
        item = self.items.get(item_id)
        return [b for b in (self.prop(i) for i in item.props) if b.type == typ] if item else []

    def sources(self, roots: Iterable[int]) -> set[int]:
        """The items plus every item they are derived from (grid tiles, overlay layers)."""
        if self._inputs is None:
            self._inputs = {}
            for kind, frm, tos in self.refs:
                if kind == "dimg":
                    self._inputs.setdefault(frm, []).extend(tos)
        seen: set[int] = set()
        todo = list(roots)
        while todo:
            iid = todo.pop()
            if iid not in seen:
                seen.add(iid)
                todo += self._inputs.get(iid, [])
        return seen


def read(path: Path) -> Heif:
    """Parse the box structure; damaged structure raises CorruptFile."""
    try:
        with open(path, "rb") as f:
            return _read(f, path.stat().st_size)
    except (struct.error, IndexError, ValueError, OverflowError) as e:
        raise CorruptFile("this HEIC file is damaged (its structure cannot be read)") from e


def _read(f: BinaryIO, file_size: int) -> Heif:
    heif = Heif()
    pos = 0
    while pos < file_size:
        f.seek(pos)
        head = f.read(16)
        size, raw = struct.unpack(">I4s", head[:8]) if len(head) >= 8 else (0, b"")
        hlen = 8
        if size == 1 and len(head) == 16:
            (size,), hlen = struct.unpack(">Q", head[8:16]), 16
        elif size == 0 and raw:
            size = file_size - pos
        typ = _fourcc(raw) if raw else None
        if typ is None or size < hlen:
            break  # not a box: a trailer
        if pos + size > file_size:
            if typ in ("mdat", "meta", "ftyp") or not heif.top:
                raise CorruptFile("this HEIC file is incomplete (it was cut off)")
            break
        body = b""
        if typ in ("ftyp", "meta"):
            if size > MAX_META:
                raise CleaningRefused(Message("heic.description_too_large", format="HEIC"))
            f.seek(pos + hlen)
            body = f.read(size - hlen)
        heif.top.append(Box(typ, memoryview(body), pos))
        heif.top_sizes[pos] = (size, hlen)
        pos += size
        if len(heif.top) > MAX_BOXES:
            raise CorruptFile("this HEIC file is damaged (too many boxes)")
    heif.trailer = file_size - pos
    if not heif.top or heif.top[0].type != "ftyp":
        raise CorruptFile("this is not a readable HEIC file (no file type box)")
    metas = [b for b in heif.top if b.type == "meta"]
    if not metas:
        if any(b.type == "moov" for b in heif.top):
            raise UnsupportedFormat(Message("heic.sequence", format="HEIC"))
        raise CorruptFile("this HEIC file has no picture description (meta box)")
    if len(metas) > 1:
        raise CorruptFile("this HEIC file is damaged (two picture descriptions)")
    _parse_meta(heif, metas[0].data)
    _load_metadata_items(heif, f, file_size)
    heif.unused_mdat = _unused_mdat(heif)
    return heif


def _parse_meta(heif: Heif, meta: memoryview) -> None:
    heif.meta = children(meta[4:])  # meta is a FullBox: skip version and flags
    seen: set[str] = set()
    for box in heif.meta:
        if box.type in META_OK:
            if box.type in seen:
                raise CorruptFile(f"this HEIC file is damaged (two '{box.type}' boxes)")
            seen.add(box.type)
        d = box.data
        if box.type == "hdlr":
            heif.handler = (bytes(d[8:12]).decode("latin-1"), _cstr(d, 24)[0].strip())
        elif box.type == "pitm":
            heif.primary = _uint(d, 4, 2 if d[0] == 0 else 4)
        elif box.type == "iinf":
            _parse_iinf(heif, d)
        elif box.type == "idat":
            heif.idat = d
    if heif.handler[0] != "pict":
        raise CorruptFile("this HEIC file holds no picture")
    for box in heif.meta:  # iloc, iref and iprp refer to the items parsed above
        if box.type == "iloc":
            _parse_iloc(heif, box.data)
        elif box.type == "iref":
            _parse_iref(heif, box.data)
        elif box.type == "iprp":
            _parse_iprp(heif, box.data)
    if heif.primary not in heif.items:
        raise CorruptFile("this HEIC file is damaged (its main picture is missing)")


def _parse_iinf(heif: Heif, d: memoryview) -> None:
    start = 6 if d[0] == 0 else 8
    for box in children(d[start:]):
        if box.type != "infe":
            continue
        e = box.data
        version = e[0]
        if version >= 2:
            wide = version > 2
            iid = _uint(e, 4, 4 if wide else 2)
            pos = 8 + (2 if wide else 0)
            prot = _uint(e, pos - 2, 2)
            typ = bytes(e[pos : pos + 4]).decode("latin-1")
            name, pos = _cstr(e, pos + 4)
            content = _cstr(e, pos)[0] if typ in ("mime", "uri ") else ""
        else:  # versions 0 and 1 describe MIME items only
            iid, prot = _uint(e, 4, 2), _uint(e, 6, 2)
            name, pos = _cstr(e, 8)
            typ, content = "mime", _cstr(e, pos)[0]
        heif.items[iid] = Item(iid, typ, name, content, prot != 0)
        if len(heif.items) > MAX_ITEMS:
            raise CleaningRefused(Message("heic.too_many_parts", format="HEIC"))


def _parse_iloc(heif: Heif, d: memoryview) -> None:
    version = d[0]
    if version > 2:
        raise CorruptFile("this HEIC file uses an unknown item location format")
    off_size, len_size, base_size = d[4] >> 4, d[4] & 15, d[5] >> 4
    idx_size = d[5] & 15 if version else 0
    if any(s not in (0, 4, 8) for s in (off_size, len_size, base_size, idx_size)):
        raise CorruptFile("this HEIC file is damaged (bad item locations)")
    wide = 4 if version == 2 else 2
    count, pos = _uint(d, 6, wide), 6 + wide
    total = 0
    for _ in range(count):
        iid, pos = _uint(d, pos, wide), pos + wide
        method = 0
        if version:
            method, pos = _uint(d, pos, 2) & 15, pos + 2
        dref, pos = _uint(d, pos, 2), pos + 2
        base, pos = _uint(d, pos, base_size), pos + base_size
        n, pos = _uint(d, pos, 2), pos + 2
        extents = []
        for _ in range(n):
            pos += idx_size
            off, pos = _uint(d, pos, off_size), pos + off_size
            length, pos = _uint(d, pos, len_size), pos + len_size
            extents.append((base + off, length))
        total += n
        if total > MAX_EXTENTS:
            raise CleaningRefused(Message("heic.too_many_parts", format="HEIC"))
        item = heif.items.get(iid)
        if item is not None and dref == 0:  # dref != 0: data in another file, not ours
            item.method, item.extents, item.located = method, extents, True


def _parse_iref(heif: Heif, d: memoryview) -> None:
    wide = 2 if d[0] == 0 else 4
    for box in children(d[4:]):
        r = box.data
        frm, n = _uint(r, 0, wide), _uint(r, wide, 2)
        tos = [_uint(r, wide + 2 + i * wide, wide) for i in range(n)]
        heif.refs.append((box.type, frm, tos))


def _parse_iprp(heif: Heif, d: memoryview) -> None:
    for box in children(d):
        if box.type == "ipco":
            heif.props = children(box.data)
        elif box.type == "ipma":
            m = box.data
            version, flags = m[0], _uint(m, 1, 3)
            count, pos = _uint(m, 4, 4), 8
            wide, big = (2 if version < 1 else 4), (flags & 1) == 1
            for _ in range(count):
                iid, pos = _uint(m, pos, wide), pos + wide
                n, pos = m[pos], pos + 1
                assoc: list[tuple[int, bool]] = []
                for _ in range(n):
                    raw, pos = _uint(m, pos, 2 if big else 1), pos + (2 if big else 1)
                    idx = raw & (0x7FFF if big else 0x7F)
                    if idx:
                        assoc.append((idx, bool(raw >> (15 if big else 7))))
                if iid in heif.items:
                    item = heif.items[iid]
                    item.props += [idx for idx, _ in assoc]
                    item.essential |= {idx for idx, essential in assoc if essential}


def _item_bytes(heif: Heif, item: Item, f: BinaryIO, file_size: int) -> bytes | None:
    """The item's payload, or None when it cannot be read or is too large to parse."""
    total = sum(length for _, length in item.extents)
    if item.method not in (0, 1) or total > MAX_ITEM_DATA:
        return None
    parts = []
    for off, length in item.extents:
        if item.method == 1:
            limit = len(heif.idat)
            length = length or limit - off
            if off + length > limit:
                return None
            parts.append(bytes(heif.idat[off : off + length]))
        else:
            length = length or file_size - off
            if off + length > file_size or length > MAX_ITEM_DATA:
                return None
            f.seek(off)
            parts.append(f.read(length))
    return b"".join(parts)


def _load_metadata_items(heif: Heif, f: BinaryIO, file_size: int) -> None:
    budget = MAX_ALL_ITEM_DATA
    for item in heif.items.values():
        if item.type not in IMAGE_TYPES:
            data = _item_bytes(heif, item, f, file_size) if budget > 0 else None
            budget -= len(data or b"")
            heif.data[item.id] = data


def _unused_mdat(heif: Heif) -> int:
    """Bytes inside 'mdat' boxes that no item points at: room for hidden data."""
    spans = [
        (off, off + length)
        for item in heif.items.values()
        if item.method == 0
        for off, length in item.extents
    ]
    spans.sort()
    unused = 0
    for box in heif.top:
        if box.type != "mdat":
            continue
        size, hlen = heif.top_sizes[box.offset]
        end, cursor = box.offset + size, box.offset + hlen
        for lo, hi in spans:
            hi = end if hi == lo else hi  # length 0: to the end
            if hi <= cursor or lo >= end:
                continue
            unused += max(0, lo - cursor)
            cursor = max(cursor, min(hi, end))
        unused += end - cursor
    return unused


# --- what the structure means ------------------------------------------------------------


@dataclass
class Shown:
    """What the main picture looks like once decoded, as the file itself describes it."""

    size: tuple[int, int] = (0, 0)
    hidden_by_crop: bool = False
    icc: bytes | None = None
    icc_kept: bytes | None = None  # the rebuilt standard profile to write, if kept
    nclx: tuple[int, int] | None = None  # colour primaries, transfer characteristics
    chroma: int = 420
    needed: set[int] = field(default_factory=set)


def aux_type(heif: Heif, iid: int) -> str:
    for box in heif.item_props(iid, "auxC"):
        return _cstr(box.data, 4)[0]
    return ""


def shown(heif: Heif) -> Shown:
    """Follow the main picture's items and properties the way a decoder would."""
    s = Shown(needed=heif.sources([heif.primary]))
    for kind, frm, tos in heif.refs:
        if kind == "auxl" and set(tos) & s.needed and aux_type(heif, frm) in ALPHA_URNS:
            s.needed |= heif.sources([frm])
    order = [heif.primary, *sorted(s.needed - {heif.primary})]  # the main item's word first
    for iid in order:
        size = _item_size(heif, iid, s)
        if iid == heif.primary:
            s.size = size
        for box in heif.item_props(iid, "colr"):
            colour = bytes(box.data[:4])
            if colour in (b"prof", b"rICC") and s.icc is None:
                s.icc = bytes(box.data[4:])
            elif colour == b"nclx" and s.nclx is None:
                s.nclx = (_uint(box.data, 4, 2), _uint(box.data, 6, 2))
    for iid in order:
        config = heif.item_props(iid, "hvcC")
        if config and len(config[0].data) > 16:
            s.chroma = {3: 444, 2: 422}.get(config[0].data[16] & 3, 420)
            break
    if s.size[0] <= 0 or s.size[1] <= 0:
        raise CorruptFile("this HEIC file is damaged (the picture has no size)")
    return s


def _item_size(heif: Heif, iid: int, s: Shown) -> tuple[int, int]:
    """Displayed size of one item: its coded size, then each crop and rotation in order."""
    w = h = 0
    for box in (heif.prop(i) for i in heif.items[iid].props):
        if box.type == "ispe":
            w, h = _uint(box.data, 4, 4), _uint(box.data, 8, 4)
        elif box.type == "clap":
            w, h, hides = _crop(box.data, w, h)
            s.hidden_by_crop |= hides
        elif box.type == "irot" and box.data[0] & 1:
            w, h = h, w
    return w, h


def transforms(heif: Heif, iid: int) -> list[tuple[str, tuple[int, ...]]]:
    """The item's crop (left, top, width, height), rotation (anticlockwise quarter turns)
    and mirror (axis), in the order a decoder applies them, for decoders that do not."""
    ops: list[tuple[str, tuple[int, ...]]] = []
    w = h = 0
    for box in (heif.prop(i) for i in heif.items[iid].props):
        if box.type == "ispe":
            w, h = _uint(box.data, 4, 4), _uint(box.data, 8, 4)
        elif box.type == "clap":
            wn, wd, hn, hd = struct.unpack_from(">4I", box.data, 0)
            xn, xd, yn, yd = struct.unpack_from(">iIiI", box.data, 16)
            if not (wd and hd and xd and yd):
                raise CorruptFile("this HEIC picture's crop could not be applied safely")
            cw, ch = Fraction(wn, wd), Fraction(hn, hd)
            left = Fraction(xn, xd) + (w - cw) / 2
            top = Fraction(yn, yd) + (h - ch) / 2
            ops.append(("clap", (int(left), int(top), int(cw), int(ch))))
            w, h = int(cw), int(ch)
        elif box.type == "irot":
            ops.append(("irot", (box.data[0] & 3,)))
            w, h = (h, w) if box.data[0] & 1 else (w, h)
        elif box.type == "imir":
            ops.append(("imir", (box.data[0] & 1,)))
    return ops


def _crop(d: memoryview, w: int, h: int) -> tuple[int, int, bool]:
    """Apply a clean aperture; True when it hides more than encoder padding.

    Encoders pad odd sizes to even ones and crop the padding off again: that crop hides
    at most one column on the right and one row at the bottom, which cannot hold a
    picture. Any other crop hides part of the original photo.
    """
    wn, wd, hn, hd = struct.unpack_from(">4I", d, 0)
    xn, xd, yn, yd = struct.unpack_from(">iIiI", d, 16)
    if not (wd and hd and xd and yd and w and h):
        return w, h, True
    cw, ch = Fraction(wn, wd), Fraction(hn, hd)
    left = Fraction(xn, xd) + Fraction(w - cw, 2)
    top = Fraction(yn, yd) + Fraction(h - ch, 2)
    right, bottom = w - cw - left, h - ch - top
    if cw.denominator != 1 or ch.denominator != 1 or cw <= 0 or ch <= 0:
        return w, h, True
    padding_only = left == 0 and top == 0 and 0 <= right <= 1 and 0 <= bottom <= 1
    return int(cw), int(ch), not padding_only
