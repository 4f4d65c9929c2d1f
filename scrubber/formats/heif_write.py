"""Rebuild a HEIF or AVIF file around its main picture, copying the coded data unchanged.

Only the items that make up the picture as displayed are kept: the primary item and the
grid tiles it is assembled from. Each keeps only the properties a decoder needs (codec
configuration, size, colour, rotation, mirror, pixel layout). The boxes that describe
items (iinf, iloc, iref, iprp, idat) are written afresh with new item numbers and
offsets; the coded bytes are copied as they are, less the units that carry messages
rather than pixels (HEVC SEI, AV1 metadata), so the picture decodes to exactly the same
pixels, in milliseconds instead of seconds. What such a copy would keep unseen (pixels
a crop or grid hides, colour under transparent areas, covered layers) raises
NotCopyable, and the caller encodes the picture as shown instead.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from scrubber.errors import CorruptFile
from scrubber.formats.heif_boxes import Heif, Item, Shown
from scrubber.messages import Message

# Properties that say how to decode and show the picture, and nothing else.
KEEP_PROPS = {"hvcC", "av1C", "ispe", "pixi", "colr", "irot", "imir", "clap", "pasp"}
KEEP_PROPS |= {"auxC", "clli", "mdcv", "cclv", "amve", "a1op", "a1lx", "lsel"}
# dimg: grid tiles; auxl: the alpha plane's link; prem: alpha is premultiplied.
KEEP_REFS = {"dimg", "auxl", "prem"}
# Brands that only name the codec and the image profile; others (tmap for gain maps,
# MiPr, vendor brands) promise parts the copy no longer has.
KEEP_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"mif1", b"mif2", b"miaf", b"MiHA"}
KEEP_BRANDS |= {b"MiHB", b"MiHE", b"avif", b"MA1A", b"MA1B"}
HEVC_TYPES = {"hvc1", "hev1"}


class NotCopyable(Exception):
    """The picture's data cannot be copied as it is (a hiding crop, data stored
    elsewhere); the caller re-encodes it or refuses. `reason` says why, for the user."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Written:
    items: int  # how many items the copy holds
    coded_bytes: int  # bytes of coded picture data copied unchanged
    messages: int  # HEVC SEI and AV1 metadata units left out of the coded data


def box(typ: str, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), typ.encode("latin-1")) + payload


def full_box(typ: str, version: int, flags: int, payload: bytes) -> bytes:
    return box(typ, struct.pack(">I", (version << 24) | flags) + payload)


def messages(src: BinaryIO, file_size: int, heif: Heif, s: Shown) -> int:
    """How many SEI or metadata units the main picture's coded data and set-up carry
    (for inspect); 0 when the data will not be copied anyway (it is encoded afresh)."""
    try:
        spans = _mdat_spans(heif)
        found = sum(_payload(src, file_size, heif, heif.items[iid], spans)[1] for iid in s.needed)
    except NotCopyable:
        return 0
    return found + sum(_properties(heif, heif.items[iid], None, [])[1] for iid in s.needed)


def rebuild(src: BinaryIO, file_size: int, heif: Heif, s: Shown, icc: bytes | None,
            out: BinaryIO) -> Written:  # fmt: skip
    """Write the copy to `out`; `icc` is the standard profile to keep (rebuilt), or None."""
    if s.hidden_by_crop:
        raise NotCopyable(Message("heic.again_crop"))
    if any(kind == "auxl" and frm in s.needed for kind, frm, _ in heif.refs):
        raise NotCopyable(Message("heic.again_alpha"))
    if any(heif.items[iid].type == "iovl" for iid in s.needed):
        raise NotCopyable(Message("heic.again_layers"))
    keep = [heif.primary, *sorted(s.needed - {heif.primary})]
    new_id = {old: new for new, old in enumerate(keep, 1)}
    spans = _mdat_spans(heif)
    read = [_payload(src, file_size, heif, heif.items[iid], spans) for iid in keep]
    payloads = [data for data, _ in read]
    for iid, data in zip(keep, payloads, strict=True):
        if heif.items[iid].type == "grid":
            _check_grid(heif, iid, data)
    messages = sum(dropped for _, dropped in read)

    ipco: list[bytes] = []
    ipma = bytearray()
    for iid in keep:
        assoc, dropped = _properties(heif, heif.items[iid], icc, ipco)
        messages += dropped
        ipma += struct.pack(">HB", new_id[iid], len(assoc))
        ipma += b"".join(struct.pack(">H", (0x8000 if ess else 0) | i) for i, ess in assoc)
    iprp = box("iprp", box("ipco", b"".join(ipco)) + full_box("ipma", 0, 1, (
        struct.pack(">I", len(keep)) + bytes(ipma))))  # fmt: skip

    infe = [
        full_box("infe", 2, 0 if iid == heif.primary else 1,  # inputs are hidden items
                 struct.pack(">HH4s", new_id[iid], 0, heif.items[iid].type.encode("latin-1"))
                 + b"\x00")
        for iid in keep
    ]  # fmt: skip
    iinf = full_box("iinf", 0, 0, struct.pack(">H", len(infe)) + b"".join(infe))
    iref = _iref(heif, new_id)
    hdlr = full_box("hdlr", 0, 0, struct.pack(">I4s12x", 0, b"pict") + b"\x00")
    pitm = full_box("pitm", 0, 0, struct.pack(">H", 1))
    dinf = box("dinf", full_box("dref", 0, 0, struct.pack(">I", 1) + full_box("url ", 0, 1, b"")))
    idat_data = b"".join(p for iid, p in zip(keep, payloads, strict=True)
                         if heif.items[iid].method == 1)  # fmt: skip
    idat = box("idat", idat_data) if idat_data else b""
    ftyp = _ftyp(heif)

    mdat_size = sum(len(p) for iid, p in zip(keep, payloads, strict=True)
                    if heif.items[iid].method == 0)  # fmt: skip
    wide = 8 + mdat_size >= 1 << 32
    mdat_head = struct.pack(">I4sQ", 1, b"mdat", 16 + mdat_size) if wide else struct.pack(
        ">I4s", 8 + mdat_size, b"mdat")  # fmt: skip

    def meta_with(iloc: bytes) -> bytes:
        return full_box("meta", 0, 0, hdlr + dinf + pitm + iloc + iinf + iref + iprp + idat)

    # iloc's size does not depend on the offsets it holds, so measure it once with zeros.
    size_of_meta = len(meta_with(_iloc(keep, heif, payloads, new_id, 0, wide)))
    first = len(ftyp) + size_of_meta + len(mdat_head)
    meta = meta_with(_iloc(keep, heif, payloads, new_id, first, wide))
    out.write(ftyp + meta + mdat_head)
    coded = 0
    for iid, p in zip(keep, payloads, strict=True):
        if heif.items[iid].method == 0:
            out.write(p)
            coded += len(p)
    return Written(len(keep), coded, messages)


def _check_grid(heif: Heif, iid: int, descriptor: bytes) -> None:
    """A grid may cut its last column and row short (encoders pad the picture to whole
    tiles), but never by a whole tile: a tile outside the picture is a hidden picture."""
    if len(descriptor) < 8:
        raise CorruptFile("this HEIC picture's grid is damaged")
    rows, cols = descriptor[2] + 1, descriptor[3] + 1
    wide = 4 if descriptor[1] & 1 else 2
    if len(descriptor) < 4 + 2 * wide:
        raise CorruptFile("this HEIC picture's grid is damaged")
    width = int.from_bytes(descriptor[4 : 4 + wide], "big")
    height = int.from_bytes(descriptor[4 + wide : 4 + 2 * wide], "big")
    tiles = [t for kind, frm, tos in heif.refs if kind == "dimg" and frm == iid for t in tos]
    sizes = {_ispe(heif, t) for t in tiles}
    if len(tiles) != rows * cols or len(sizes) != 1:
        raise NotCopyable(Message("heic.again_grid"))
    ((tw, th),) = sizes
    if not (tw * (cols - 1) < width <= tw * cols and th * (rows - 1) < height <= th * rows):
        raise NotCopyable(Message("heic.again_grid_hides"))


def _ispe(heif: Heif, iid: int) -> tuple[int, int]:
    for b in heif.item_props(iid, "ispe"):
        if len(b.data) >= 12:
            return int.from_bytes(b.data[4:8], "big"), int.from_bytes(b.data[8:12], "big")
    return 0, 0


def _ftyp(heif: Heif) -> bytes:
    d = bytes(heif.top[0].data)
    brands = [d[i : i + 4] for i in range(8, len(d) - 3, 4)]
    major = d[:4] if d[:4] in KEEP_BRANDS else None
    kept = list(dict.fromkeys(b for b in brands if b in KEEP_BRANDS))
    major = major or (kept[0] if kept else b"mif1")
    return box("ftyp", major + bytes(4) + b"".join(kept or [b"mif1"]))


def _properties(
    heif: Heif, item: Item, icc: bytes | None, ipco: list[bytes]
) -> tuple[list[tuple[int, bool]], int]:
    """The item's kept properties as (new index, essential), sharing identical boxes; and
    how many SEI messages were left out of its decoder set-up."""
    out, dropped = [], 0
    for index in item.props:
        prop = heif.prop(index)
        if prop.type not in KEEP_PROPS:
            continue
        payload = bytes(prop.data)
        if prop.type == "colr" and payload[:4] in (b"prof", b"rICC"):
            if icc is None:
                continue  # a personal profile, or profiles not wanted: the copy has none
            payload = b"prof" + icc
        elif prop.type == "hvcC":
            payload, dropped = _hvcc_without_sei(payload)
        raw = box(prop.type, payload)
        if raw not in ipco:
            ipco.append(raw)
        if len(ipco) > 0x7FFF:
            raise CorruptFile("this HEIC file is damaged (too many picture properties)")
        out.append((ipco.index(raw) + 1, index in item.essential))
    return out, dropped


def _hvcc_without_sei(hvcc: bytes) -> tuple[bytes, int]:
    """The HEVC decoder set-up without its arrays of SEI units (encoder name, settings);
    the parameter sets, which decoding needs, stay as they are."""
    if len(hvcc) < 23:
        raise CorruptFile("this HEIC picture's decoder set-up is damaged")
    kept, dropped, pos = [], 0, 23
    for _ in range(hvcc[22]):
        if pos + 3 > len(hvcc):
            raise CorruptFile("this HEIC picture's decoder set-up is damaged")
        start, count = pos, int.from_bytes(hvcc[pos + 1 : pos + 3], "big")
        pos += 3
        for _ in range(count):
            if pos + 2 > len(hvcc):
                raise CorruptFile("this HEIC picture's decoder set-up is damaged")
            pos += 2 + int.from_bytes(hvcc[pos : pos + 2], "big")
        if pos > len(hvcc):
            raise CorruptFile("this HEIC picture's decoder set-up is damaged")
        if hvcc[start] & 0x3F in (39, 40):  # prefix and suffix SEI
            dropped += count
        else:
            kept.append(hvcc[start:pos])
    if not dropped:
        return hvcc, 0
    return hvcc[:22] + bytes([len(kept)]) + b"".join(kept) + hvcc[pos:], dropped


def _iref(heif: Heif, new_id: dict[int, int]) -> bytes:
    refs = b""
    for kind, frm, tos in heif.refs:
        if kind in KEEP_REFS and frm in new_id and tos and all(t in new_id for t in tos):
            ids = [new_id[frm], len(tos), *(new_id[t] for t in tos)]
            refs += box(kind, struct.pack(f">{len(ids)}H", *ids))
    return full_box("iref", 0, 0, refs) if refs else b""


def _iloc(keep: list[int], heif: Heif, payloads: list[bytes], new_id: dict[int, int],
          first: int, wide: bool) -> bytes:  # fmt: skip
    """Version 1 (it has construction methods), one extent per item, no base offsets."""
    off_size = 8 if wide else 4
    entries = b""
    mdat_pos, idat_pos = first, 0
    count = 0
    for iid, p in zip(keep, payloads, strict=True):
        method = heif.items[iid].method
        if not p:
            continue  # no data (an identity item): nothing to locate
        if method == 1:
            offset, idat_pos = idat_pos, idat_pos + len(p)
        else:
            offset, mdat_pos = mdat_pos, mdat_pos + len(p)
        entries += struct.pack(">HHHH", new_id[iid], method, 0, 1)
        entries += struct.pack(">QQ" if wide else ">II", offset, len(p))
        count += 1
    sizes = bytes([(off_size << 4) | off_size, 0])
    return full_box("iloc", 1, 0, sizes + struct.pack(">H", count) + entries)


def _mdat_spans(heif: Heif) -> list[tuple[int, int]]:
    spans = []
    for b in heif.top:
        if b.type == "mdat":
            size, head = heif.top_sizes[b.offset]
            spans.append((b.offset + head, b.offset + size))
    return spans


def _payload(src: BinaryIO, file_size: int, heif: Heif, item: Item,
             spans: Iterable[tuple[int, int]]) -> tuple[bytes, int]:  # fmt: skip
    """The item's data, its extents joined, only from inside 'mdat' boxes or 'idat'; and
    how many SEI messages were left out of it."""
    if not item.located:
        if item.type == "iden":
            return b"", 0  # an identity item has no data of its own
        raise NotCopyable(Message("heic.again_elsewhere"))
    if item.method not in (0, 1):
        raise NotCopyable(Message("heic.again_borrowed"))
    parts = []
    for off, length in item.extents:
        if item.method == 1:
            end = len(heif.idat) if length == 0 else off + length
            if end > len(heif.idat):
                raise CorruptFile("this HEIC file is damaged (picture data outside the file)")
            parts.append(bytes(heif.idat[off:end]))
            continue
        span = next(((lo, hi) for lo, hi in spans if lo <= off < hi), None)
        end = (span[1] if span else file_size) if length == 0 else off + length
        if end > file_size:
            raise CorruptFile("this HEIC file is incomplete (it was cut off)")
        if span is None or end > span[1]:
            raise NotCopyable(Message("heic.again_outside"))
        src.seek(off)
        parts.append(src.read(end - off))
    data = b"".join(parts)
    if item.type in HEVC_TYPES:
        return _without_sei(data, heif, item)
    if item.type == "av01":
        return _without_metadata_obus(data)
    return data, 0


def _without_metadata_obus(data: bytes) -> tuple[bytes, int]:
    """AV1 items are OBUs (open bitstream units). Metadata units (vendor data such as
    ITU-T T.35 messages) and padding go; they do not change pixels."""
    pos, kept, dropped = 0, [], 0
    while pos < len(data):
        start, header = pos, data[pos]
        pos += 2 if header & 0x04 else 1  # an extension byte follows
        if header & 0x02:  # a size field (LEB128) follows
            size = shift = 0
            while True:
                if pos >= len(data) or shift > 56:
                    raise CorruptFile(Message("heif.damaged", format="AVIF"))
                size |= (data[pos] & 0x7F) << shift
                shift, pos = shift + 7, pos + 1
                if not data[pos - 1] & 0x80:
                    break
            end = pos + size
        else:
            end = len(data)  # the last unit may run to the end
        if end > len(data) or header & 0x80:
            raise CorruptFile(Message("heif.damaged", format="AVIF"))
        if (header >> 3) & 0x0F in (5, 15):  # metadata, padding
            dropped += 1
        else:
            kept.append(data[start:end])
        pos = end
    return (b"".join(kept) if dropped else data), dropped


def _without_sei(data: bytes, heif: Heif, item: Item) -> tuple[bytes, int]:
    """HEVC items are length-prefixed NAL units, which must fill the data exactly. SEI
    units (where encoders write their name and settings) go; they do not change pixels."""
    config = heif.item_props(item.id, "hvcC")
    size = (config[0].data[21] & 3) + 1 if config and len(config[0].data) > 21 else 4
    pos, kept, dropped = 0, [], 0
    while pos < len(data):
        if pos + size > len(data):
            raise CorruptFile(Message("heif.damaged", format="HEIC"))
        length = int.from_bytes(data[pos : pos + size], "big")
        end = pos + size + length
        if length < 2 or end > len(data):
            raise CorruptFile(Message("heif.damaged", format="HEIC"))
        if (data[pos + size] >> 1) & 0x3F in (39, 40):  # prefix and suffix SEI
            dropped += 1
        else:
            kept.append(data[pos:end])
        pos = end
    return (b"".join(kept) if dropped else data), dropped
