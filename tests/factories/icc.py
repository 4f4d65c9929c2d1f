"""Colour profiles: the standard sRGB, one naming a person, and one with text where only
numbers belong."""

from __future__ import annotations

import struct

from oracle import CANARY
from PIL import ImageCms


def custom_icc() -> bytes:
    """A valid profile whose description names a person: not standard, must go."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    raw = bytearray(profile.tobytes())
    return _set_icc_description(bytes(raw), f"{CANARY} studio monitor")


def standard_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


# Made once: the profile's header holds its creation time, so two calls can differ.
SRGB_ICC = standard_icc()


def padded_icc() -> bytes:
    """The standard sRGB profile with text where only numbers should be.

    rXYZ holds one XYZ number and then the canary (a reader counting 12-byte numbers
    takes it for a second one), wtpt's reserved bytes say "SCRU", and two lookup tables
    are added: an A2B0 (`mAB `) with the canary in the gaps between its parts and a B2A0
    (`mft2`) with the canary after its last number.
    """
    icc = bytearray(SRGB_ICC)
    count = struct.unpack_from(">I", icc, 128)[0]
    tags = {bytes(icc[132 + 12 * i : 136 + 12 * i]): 132 + 12 * i for i in range(count)}
    wtpt = struct.unpack_from(">I", icc, tags[b"wtpt"] + 4)[0]
    icc[wtpt + 4 : wtpt + 8] = b"SCRU"
    a2b0 = _lut_a_to_b(gap=f"{CANARY}-gap".encode().ljust(16, b"\0"))
    unit = struct.pack(">9i", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x10000)
    grid = b"".join(
        struct.pack(">3H", r, g, b) for r in (0, 65535) for g in (0, 65535) for b in (0, 65535)
    )
    tables = struct.pack(">2H", 0, 65535) * 3
    b2a0 = b"mft2" + bytes(4) + bytes((3, 3, 2, 0)) + unit + struct.pack(">HH", 2, 2)
    b2a0 += tables + grid + tables + f"{CANARY}-tail".encode()
    rxyz = struct.unpack_from(">I", icc, tags[b"rXYZ"] + 4)[0]
    extra = [
        (b"rXYZ", icc[rxyz : rxyz + 20] + f"{CANARY}\0".encode()),
        (b"A2B0", a2b0),
        (b"B2A0", b2a0),
    ]
    table, data = bytearray(icc[: 132 + 12 * count]), bytearray(icc[132 + 12 * count :])
    for sig, body in extra:
        data += bytes(-len(data) % 4)
        at = 132 + 12 * (count + 2) + len(data)  # the table grows by the two new tags
        if sig in tags:
            struct.pack_into(">II", table, tags[sig] + 4, at, len(body))
        else:
            table += struct.pack(">4sII", sig, at, len(body))
        data += body
    out = table + data
    # Every old offset moves by the 24 bytes of the two new table entries.
    for i in range(count):
        pos = 132 + 12 * i
        if table[pos : pos + 4] != b"rXYZ":
            struct.pack_into(">I", out, pos + 4, struct.unpack_from(">I", out, pos + 4)[0] + 24)
    struct.pack_into(">I", out, 128, count + 2)
    struct.pack_into(">I", out, 0, len(out))
    return bytes(out)


def _lut_a_to_b(gap: bytes) -> bytes:
    """An A-to-B table (`mAB `) with every part, each after `gap`: B curves (y = x),
    a matrix (halving), M curves (gamma 1), a 2x2x2 grid and A curves (two points)."""
    cells = b"".join(
        struct.pack(">3H", 40000 * r, 30000 * g + 5000 * r, 20000 * b)
        for r in (0, 1)
        for g in (0, 1)
        for b in (0, 1)
    )
    parts = [
        (b"curv" + bytes(8)) * 3,
        struct.pack(">12i", 0x8000, 0, 0, 0, 0x8000, 0, 0, 0, 0x8000, 0, 0, 0),
        (b"para" + bytes(4) + struct.pack(">H2xi", 0, 0x10000)) * 3,
        bytes((2, 2, 2)) + bytes(13) + bytes((2, 0, 0, 0)) + cells,
        (b"curv" + bytes(4) + struct.pack(">IHH", 2, 0, 65535)) * 3,
    ]
    offsets, data = [], b""
    for part in parts:
        data += gap
        offsets.append(32 + len(data))
        data += part
    return b"mAB " + bytes(4) + struct.pack(">BB2x5I", 3, 3, *offsets) + data


def _set_icc_description(icc: bytes, text: str) -> bytes:
    """Append a new 'desc' tag and point the tag table at it."""
    count = struct.unpack_from(">I", icc, 128)[0]
    body = bytearray(icc)
    encoded = text.encode("utf-16-be")
    mluc = (
        b"mluc"
        + bytes(4)
        + struct.pack(">II", 1, 12)
        + b"enUS"
        + struct.pack(">II", len(encoded), 28)
        + encoded
    )
    while len(body) % 4:
        body.append(0)
    offset = len(body)
    body += mluc
    for i in range(count):
        pos = 132 + 12 * i
        if body[pos : pos + 4] == b"desc":
            struct.pack_into(">II", body, pos + 4, offset, len(mluc))
    struct.pack_into(">I", body, 0, len(body))
    return bytes(body)
