"""ICC colour profiles: which are standard, and their rebuilt form that keeps only the
numbers colours need (no names of calibrated displays, no dates or vendor text).
"""

from __future__ import annotations

import struct

from scrubber.formats.icc_tags import numeric_tag
from scrubber.model import Category, Collector

C = Category

# Profile descriptions of colour spaces that are the same on every device. Matched on
# the profile's own description tag (its content), never on a file name; a rebuilt
# profile gets our own spelling of it, whatever the original's case.
ICC_SPELLING = {
    name.lower(): name
    for name in (
        "sRGB", "sRGB IEC61966-2.1", "sRGB IEC61966-2-1", "sRGB IEC61966-2.1 black scaled",
        "sRGB IEC61966-2-1 black scaled", "sRGB built-in",
        "sRGB v4 ICC preference perceptual intent beta",
        "sRGB2014", "Display P3", "P3", "DCI-P3", "DCI(P3) RGB", "Image P3", "Adobe RGB (1998)",
        "Compatible with Adobe RGB (1998)", "ProPhoto RGB", "ROMM-RGB", "ROMMRGB", "Apple RGB",
        "ColorMatch RGB", "Generic RGB Profile", "Rec. 2020", "Rec2020", "ITU-R BT.2020",
        "Rec. 709", "Rec709", "Generic Gray Gamma 2.2 Profile", "Gray Gamma 2.2",
        "Dot Gain 20%", "sGray", "Linear sRGB", "U.S. Web Coated (SWOP) v2",
        "Coated FOGRA39 (ISO 12647-2:2004)", "Japan Color 2001 Coated",
        "Uncoated FOGRA29 (ISO 12647-2:2004)",
    )
}  # fmt: skip
STANDARD_ICC = set(ICC_SPELLING)

# Colour tags kept in a rebuilt standard profile, each written again from its numbers
# (icc_tags), so no text (copyright, device names, targets) can ride along.
ICC_COLOUR_TAGS = {
    b"wtpt", b"bkpt", b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC", b"kTRC",
    b"chad", b"chrm", b"cicp", b"lumi", b"meas", b"gamt",
    b"A2B0", b"A2B1", b"A2B2", b"B2A0", b"B2A1", b"B2A2",
}  # fmt: skip
# Tags a recognised standard profile may hold; others (or text in the kept ones)
# disqualify it, since a device or a person may have written them.
ICC_STANDARD_TAGS = ICC_COLOUR_TAGS | {b"desc", b"cprt", b"dmnd", b"dmdd", b"view", b"vued"}
ICC_STANDARD_TAGS |= {b"targ", b"clrt", b"MS00", b"vcgt", b"dscm", b"rig0", b"aarg", b"aagg"}
ICC_STANDARD_TAGS |= {b"aabg", b"ncl2", b"pre0", b"pre1", b"pre2", b"tech"}
# Header signatures a profile may have: anything else is not a profile we know.
ICC_CLASSES = {b"scnr", b"mntr", b"prtr", b"link", b"spac", b"abst", b"nmcl"}
ICC_SPACES = {b"XYZ ", b"Lab ", b"Luv ", b"YCbr", b"Yxy ", b"RGB ", b"GRAY", b"HSV ", b"HLS "}
ICC_SPACES |= {b"CMYK", b"CMY "} | {b"%XCLR" % c for c in b"23456789ABCDEF"}
ICC_D50 = struct.pack(">3I", 0xF6D6, 0x10000, 0xD32D)  # the illuminant the ICC fixes
ICC_COPYRIGHT = "No copyright, use freely"
MAX_ICC = 4 * 1024 * 1024


def icc_description(icc: bytes | memoryview) -> str:
    """The profile's description text ('' when it has none or cannot be read)."""
    buf = bytes(icc)
    if len(buf) < 132 or buf[36:40] != b"acsp":
        return ""
    (count,) = struct.unpack_from(">I", buf, 128)
    for i in range(min(count, 200)):
        pos = 132 + 12 * i
        if pos + 12 > len(buf):
            break
        sig, off, size = struct.unpack_from(">4sII", buf, pos)
        if sig != b"desc" or off + size > len(buf) or size < 12:
            continue
        body = buf[off : off + size]
        if body[:4] == b"desc":
            (n,) = struct.unpack_from(">I", body, 8)
            return body[12 : 12 + n].split(b"\x00")[0].decode("latin-1").strip()
        if body[:4] == b"mluc" and size >= 28:
            (_, _rec_size) = struct.unpack_from(">II", body, 8)
            length, str_off = struct.unpack_from(">II", body, 16 + 4)
            text = body[str_off : str_off + length]
            return text.decode("utf-16-be", "replace").strip("\x00 ")
    return ""


def _icc_tags(buf: bytes) -> list[tuple[bytes, int, int]] | None:
    (count,) = struct.unpack_from(">I", buf, 128)
    if count > 200 or 132 + 12 * count > len(buf):
        return None
    tags = [struct.unpack_from(">4sII", buf, 132 + 12 * i) for i in range(count)]
    if any(off < 132 or off + size > len(buf) or size < 8 for _, off, size in tags):
        return None
    return tags


def canonical_icc(icc: bytes | memoryview) -> bytes | None:
    """A standard profile rebuilt from the numbers of its colour tags, or None if not standard.

    Recognised by its own description and tag list, never by a file name. The header
    loses creator, device, platform, date and ID fields (a LittleCMS profile carries the
    moment it was made); every colour tag is written again from its numbers (icc_tags),
    so no reserved field, padding or trailing byte of the original survives; the
    description and copyright are our own text. The rebuilt profile keeps the colours
    and nothing else.
    """
    buf = bytes(icc)
    if not 132 <= len(buf) <= MAX_ICC or buf[36:40] != b"acsp":
        return None
    name = icc_description(buf)
    tags = _icc_tags(buf)
    if name.lower() not in STANDARD_ICC or tags is None:
        return None
    if not {sig for sig, _, _ in tags} <= ICC_STANDARD_TAGS:
        return None
    return _rebuilt_icc(buf, tags, ICC_SPELLING[name.lower()])


def icc_numbers_only(icc: bytes | memoryview, name: str = "Colour profile") -> bytes | None:
    """Any profile rebuilt from its numeric colour tags alone, None if unreadable.

    A standard profile is rebuilt as canonical_icc does; any other (a calibrated
    display's, say) loses its description to `name`, and its device, maker and text tags,
    where a document cannot simply drop it (a PDF colour space needs it to draw).
    """
    canonical = canonical_icc(icc)
    if canonical is not None:
        return canonical
    buf = bytes(icc)
    if not 132 <= len(buf) <= MAX_ICC or buf[36:40] != b"acsp":
        return None
    tags = _icc_tags(buf)
    return None if tags is None else _rebuilt_icc(buf, tags, name)


def _rebuilt_icc(buf: bytes, tags: list[tuple[bytes, int, int]], description: str) -> bytes | None:
    """The profile's header fields that matter and its numeric colour tags, with our own
    description and copyright; None if its class or colour spaces are not ones we know."""
    pcs = buf[20:24] if buf[20:24] in (b"XYZ ", b"Lab ") else None
    if buf[12:16] not in ICC_CLASSES or buf[16:20] not in ICC_SPACES or pcs is None:
        return None
    header = bytearray(128)
    header[8:10] = buf[8:10]  # version (the two bytes after it are reserved)
    header[12:24] = buf[12:24]  # class, colour space, connection space
    header[36:40] = b"acsp"
    (intent,) = struct.unpack_from(">I", buf, 64)
    struct.pack_into(">I", header, 64, intent if intent <= 3 else 0)
    header[68:80] = ICC_D50
    v4 = buf[8] >= 4
    kept = [(b"desc", _icc_text(description, v4, b"desc"))]
    kept.append((b"cprt", _icc_text(ICC_COPYRIGHT, v4, b"text")))
    for sig, off, size in tags:
        body = numeric_tag(sig, buf[off : off + size]) if sig in ICC_COLOUR_TAGS else None
        if body is not None:
            kept.append((sig, body))
    table = struct.pack(">I", len(kept))
    data = b""
    shared: dict[bytes, int] = {}  # identical bodies (r/g/b curves) stored once
    pos = 128 + 4 + 12 * len(kept)
    for sig, body in kept:
        if body not in shared:
            shared[body] = pos + len(data)
            data += body + bytes(-len(body) % 4)
        table += struct.pack(">4sII", sig, shared[body], len(body))
    out = header + table + data
    struct.pack_into(">I", out, 0, len(out))
    return bytes(out)


def _icc_text(text: str, v4: bool, v2_type: bytes) -> bytes:
    if v4:
        utf16 = text.encode("utf-16-be")
        return (
            b"mluc"
            + bytes(4)
            + struct.pack(">II2s2sII", 1, 12, b"en", b"US", len(utf16), 28)
            + utf16
        )
    ascii_ = text.encode("ascii", "replace") + b"\x00"
    if v2_type == b"text":
        return b"text" + bytes(4) + ascii_
    return b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_ + bytes(4 + 4 + 2 + 1 + 67)


def icc_is_standard(icc: bytes | memoryview) -> bool:
    """True for a standard profile already in our rebuilt form (what we write)."""
    return canonical_icc(icc) == bytes(icc)


def icc_decision(col: Collector, icc: bytes | memoryview, keep_standard: bool) -> bytes | None:
    """Record what happens to a colour profile; return the profile to write, if any."""
    name = icc_description(icc) or "unnamed"
    canonical = canonical_icc(icc)
    if canonical is None:
        col.add(C.OTHER, "ICC:Profile", f"{name} (not a standard profile; colours may shift)")
        return None
    if not keep_standard:
        col.add(C.OTHER, "ICC:Profile", f"{name} (removed as asked)")
        return None
    if canonical != bytes(icc):
        col.add(
            C.OTHER, "ICC:ProfileDetails", "maker, device or date details in the colour profile"
        )
    col.keep("ICC:Profile", name)
    return canonical
