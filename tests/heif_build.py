"""Phone-like HEIC and AVIF files, assembled item by item, and an independent item reader.

pillow-heif writes HEIC with a thumbnail, EXIF and XMP, and Pillow writes single AVIF
pictures, but neither writes depth maps beside a grid of tiles. So each tile, thumbnail
and depth map is encoded on its own by those libraries, its coded data and properties
are lifted out, and `assemble` packs them into one file the way phones do: a grid item
(in idat) as the primary picture, hidden tiles, a thumbnail, an auxiliary depth map, an
EXIF item and an XMP item. `read_items` reads any such file back without scrubber's code.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field

import pillow_heif
from factories import XMP, camera_exif
from PIL import Image

pillow_heif.register_heif_opener()

DEPTH_URN = "urn:mpeg:hevc:2015:auxid:2"
BRANDS = {  # major brand, then the compatible ones
    "heic": [b"heic", b"mif1", b"heic", b"miaf", b"MiHB"],
    "avif": [b"avif", b"mif1", b"avif", b"miaf", b"MA1B"],
}
TRANSFORMS = {"irot", "imir", "clap", "hvcC", "av1C"}  # marked essential, as the spec asks


def box(typ: str, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), typ.encode("latin-1")) + payload


def full_box(typ: str, version: int, flags: int, payload: bytes) -> bytes:
    return box(typ, struct.pack(">I", version << 24 | flags) + payload)


def boxes(buf: bytes, start: int = 0, end: int | None = None) -> list[tuple[str, bytes]]:
    end = len(buf) if end is None else end
    out, pos = [], start
    while pos < end:
        size, typ = struct.unpack_from(">I4s", buf, pos)
        head = 8
        if size == 1:
            (size,), head = struct.unpack_from(">Q", buf, pos + 8), 16
        assert head <= size <= end - pos, (typ, size)
        out.append((typ.decode("latin-1"), buf[pos + head : pos + size]))
        pos += size
    return out


# --- reading -------------------------------------------------------------------------------


@dataclass
class Items:
    primary: int
    types: dict[int, str]
    data: dict[int, bytes]
    props: dict[int, list[tuple[str, bytes]]]  # (type, payload) in association order
    refs: list[tuple[str, int, list[int]]]
    brands: list[bytes]
    top: list[str]


def _int(buf: bytes, pos: int, size: int) -> int:
    return int.from_bytes(buf[pos : pos + size], "big") if size else 0


def read_items(buf: bytes) -> Items:
    top = boxes(buf)
    ftyp = dict(top)["ftyp"]
    (meta,) = [p for t, p in top if t == "meta"]
    children = dict(boxes(meta, 4))
    pitm = children["pitm"]
    primary = _int(pitm, 4, 2 if pitm[0] == 0 else 4)
    types: dict[int, str] = {}
    iinf = children["iinf"]
    for _, e in boxes(iinf, 6 if iinf[0] == 0 else 8):
        wide = e[0] >= 3
        iid = _int(e, 4, 4 if wide else 2)
        pos = 8 + (2 if wide else 0)
        types[iid] = e[pos : pos + 4].decode("latin-1")
    idat = children.get("idat", b"")
    data: dict[int, bytes] = {}
    iloc = children["iloc"]
    version, (off_size, len_size), (base_size, idx_size) = (
        iloc[0],
        divmod(iloc[4], 16),
        divmod(iloc[5], 16),
    )
    wide = 4 if version == 2 else 2
    count, pos = _int(iloc, 6, wide), 6 + wide
    for _ in range(count):
        iid, pos = _int(iloc, pos, wide), pos + wide
        method = 0
        if version:
            method, pos = _int(iloc, pos, 2) & 15, pos + 2
        pos += 2  # data reference index
        base, pos = _int(iloc, pos, base_size), pos + base_size
        n, pos = _int(iloc, pos, 2), pos + 2
        parts = []
        for _ in range(n):
            pos += idx_size if version else 0
            off, pos = base + _int(iloc, pos, off_size), pos + off_size
            length, pos = _int(iloc, pos, len_size), pos + len_size
            parts.append((idat if method == 1 else buf)[off : off + length])
        data[iid] = b"".join(parts)
    refs = []
    if "iref" in children:
        iref = children["iref"]
        w = 2 if iref[0] == 0 else 4
        for kind, r in boxes(iref, 4):
            n = _int(r, w, 2)
            refs.append((kind, _int(r, 0, w), [_int(r, w + 2 + i * w, w) for i in range(n)]))
    iprp = dict(boxes(children["iprp"]))
    ipco = boxes(iprp["ipco"])
    ipma = iprp["ipma"]
    big, w = ipma[3] & 1, 2 if ipma[0] == 0 else 4
    props: dict[int, list[tuple[str, bytes]]] = {}
    count, pos = _int(ipma, 4, 4), 8
    for _ in range(count):
        iid, n = _int(ipma, pos, w), ipma[pos + w]
        pos += w + 1
        for _ in range(n):
            idx = _int(ipma, pos, 2) & 0x7FFF if big else ipma[pos] & 0x7F
            pos += 2 if big else 1
            props.setdefault(iid, []).append(ipco[idx - 1])
    brands = [ftyp[:4]] + [ftyp[i : i + 4] for i in range(8, len(ftyp), 4)]
    return Items(primary, types, data, props, refs, brands, [t for t, _ in top])


def tile_data(buf: bytes) -> list[bytes]:
    """The coded data of the primary picture's tiles, in grid order (or the picture's own)."""
    items = read_items(buf)
    tiles = [tos for kind, frm, tos in items.refs if kind == "dimg" and frm == items.primary]
    return [items.data[t] for t in (tiles[0] if tiles else [items.primary])]


# --- writing -------------------------------------------------------------------------------


@dataclass
class Part:
    """One item: its type, data and property boxes (whole boxes, header included)."""

    type: str
    data: bytes = b""
    props: list[bytes] = field(default_factory=list)
    name: str = ""
    content_type: str = ""
    in_idat: bool = False
    hidden: bool = False


def encode(im: Image.Image, codec: str, quality: int = 80) -> Part:
    """One picture encoded alone; its coded data and properties, ready to assemble."""
    buf = io.BytesIO()
    if codec == "heic":
        im.save(buf, "HEIF", quality=quality)
    else:
        im.save(buf, "AVIF", quality=quality, speed=10)
    items = read_items(buf.getvalue())
    props = [box(t, p) for t, p in items.props[items.primary]]
    return Part(items.types[items.primary], items.data[items.primary], props)


def assemble(
    brands: list[bytes], parts: list[Part], refs: list[tuple[str, int, list[int]]]
) -> bytes:
    """ftyp, meta and mdat for these items (ids 1, 2, ...; item 1 is the primary)."""
    ipco: list[bytes] = []
    ipma = b""
    for iid, part in enumerate(parts, 1):
        assoc = b""
        for prop in part.props:
            if prop not in ipco:
                ipco.append(prop)
            essential = 0x8000 if prop[4:8].decode() in TRANSFORMS else 0
            assoc += struct.pack(">H", essential | (ipco.index(prop) + 1))
        ipma += struct.pack(">HB", iid, len(part.props)) + assoc
    iprp = box(
        "iprp",
        box("ipco", b"".join(ipco)) + full_box("ipma", 0, 1, struct.pack(">I", len(parts)) + ipma),
    )
    infe = b""
    for iid, part in enumerate(parts, 1):
        payload = struct.pack(">HH4s", iid, 0, part.type.encode()) + part.name.encode() + b"\x00"
        if part.type == "mime":
            payload += part.content_type.encode() + b"\x00"
        infe += full_box("infe", 2, int(part.hidden), payload)
    iinf = full_box("iinf", 0, 0, struct.pack(">H", len(parts)) + infe)
    links = b"".join(box(k, struct.pack(f">HH{len(t)}H", f, len(t), *t)) for k, f, t in refs)
    iref = full_box("iref", 0, 0, links) if refs else b""
    hdlr = full_box("hdlr", 0, 0, struct.pack(">I4s12x", 0, b"pict") + b"\x00")
    pitm = full_box("pitm", 0, 0, struct.pack(">H", 1))
    idat = b"".join(p.data for p in parts if p.in_idat)
    ftyp = box("ftyp", brands[0] + bytes(4) + b"".join(brands[1:]))

    def meta(first: int) -> bytes:
        entries, mdat_pos, idat_pos = b"", first, 0
        for iid, part in enumerate(parts, 1):
            if part.in_idat:
                offset, idat_pos = idat_pos, idat_pos + len(part.data)
            else:
                offset, mdat_pos = mdat_pos, mdat_pos + len(part.data)
            entries += struct.pack(">HHHHII", iid, int(part.in_idat), 0, 1, offset, len(part.data))
        iloc = full_box("iloc", 1, 0, bytes([0x44, 0]) + struct.pack(">H", len(parts)) + entries)
        return full_box(
            "meta",
            0,
            0,
            hdlr + pitm + iloc + iinf + iref + iprp + (box("idat", idat) if idat else b""),
        )

    first = len(ftyp) + len(meta(0)) + 8
    mdat = b"".join(p.data for p in parts if not p.in_idat)
    return ftyp + meta(first) + box("mdat", mdat)


def phone_photo(im: Image.Image, codec: str, tile: int = 256, rotation: int = 0) -> bytes:
    """A picture as phones store it: a grid of `tile`-sized tiles (the size must be a
    multiple), a 320-pixel thumbnail, a depth map, EXIF with GPS and XMP; `rotation`
    (irot, anticlockwise quarter turns) on the grid."""
    w, h = im.size
    cols, rows = w // tile, h // tile
    assert (cols * tile, rows * tile) == im.size
    tiles = [encode(im.crop((x * tile, y * tile, (x + 1) * tile, (y + 1) * tile)), codec)
             for y in range(rows) for x in range(cols)]  # fmt: skip
    for t in tiles:
        t.hidden = True
    ispe = full_box("ispe", 0, 0, struct.pack(">II", w, h))
    colour = [p for p in tiles[0].props if p[4:8] in (b"colr", b"pixi")]
    grid_props = [ispe, *colour] + ([box("irot", bytes([rotation]))] if rotation else [])
    grid = Part(
        "grid", struct.pack(">BBBBHH", 0, 0, rows - 1, cols - 1, w, h), grid_props, in_idat=True
    )
    thumb = encode(im.resize((320, 320 * h // w)), codec, 60)
    depth = encode(im.convert("L").resize((w // 4, h // 4)).convert("RGB"), codec, 50)
    depth.props.append(full_box("auxC", 0, 0, DEPTH_URN.encode() + b"\x00"))
    depth.hidden = True
    exif = Part("Exif", struct.pack(">I", 6) + camera_exif(), name="Exif")
    xmp = Part("mime", XMP, content_type="application/rdf+xml", name="XMP")
    parts = [grid, *tiles, thumb, depth, exif, xmp]
    n = len(tiles)
    refs = [
        ("dimg", 1, list(range(2, 2 + n))),
        ("thmb", n + 2, [1]),
        ("auxl", n + 3, [1]),
        ("cdsc", n + 4, [1]),
        ("cdsc", n + 5, [1]),
    ]
    return assemble(BRANDS[codec], parts, refs)
