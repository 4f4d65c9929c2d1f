"""The colour tags of an ICC profile, written again from their numbers alone.

A standard profile (icc.canonical_icc) keeps only its colour tags. Copying those
tags' bytes would also copy their reserved fields, the padding between a table's parts
and whatever follows the numbers the tag's own fields count: places where a device or
a person can tuck text ("Jane's MacBook"). So each tag is read field by field and
written afresh: reserved bytes zero, parts packed one after the other, nothing after
the last number. A tag that does not read as its type says is left out.
"""

from __future__ import annotations

import struct
from collections.abc import Callable

# Tags holding exactly one XYZ number (white and black points, primaries, luminance).
ONE_XYZ = {b"wtpt", b"bkpt", b"rXYZ", b"gXYZ", b"bXYZ", b"lumi"}
PARA_PARAMS = {0: 1, 1: 3, 2: 4, 3: 5, 4: 7}  # parametric curve type -> its numbers
MAX_CHANNELS = 15  # the ICC limit for lookup tables


def numeric_tag(sig: bytes, body: bytes) -> bytes | None:
    """The tag rebuilt from its numbers, or None when it is not a numeric colour tag."""
    typ = body[:4]
    if sig in ONE_XYZ:
        return _fixed(body, 12) if typ == b"XYZ " else None
    if sig == b"chad":
        return _fixed(body, 36) if typ == b"sf32" else None
    reader = _READERS.get(typ)
    try:
        return reader(body) if reader else None
    except (struct.error, ValueError, IndexError):
        return None


def _head(typ: bytes) -> bytes:
    return typ + bytes(4)  # type signature, then four reserved bytes


def _fixed(body: bytes, size: int) -> bytes | None:
    """A type whose numbers fill `size` bytes after the head."""
    if len(body) < 8 + size:
        return None
    return _head(body[:4]) + body[8 : 8 + size]


def _curve(body: bytes) -> tuple[bytes, int] | None:
    """A `curv` or `para` curve: (rebuilt, bytes it took in `body`)."""
    typ = body[:4]
    if typ == b"curv" and len(body) >= 12:
        (count,) = struct.unpack_from(">I", body, 8)
        size = 12 + 2 * count
        if len(body) < size:
            return None
        return _head(typ) + body[8:size], size
    if typ == b"para" and len(body) >= 12:
        (kind,) = struct.unpack_from(">H", body, 8)
        params = PARA_PARAMS.get(kind)
        if params is None or len(body) < 12 + 4 * params:
            return None
        size = 12 + 4 * params
        return _head(typ) + struct.pack(">H2x", kind) + body[12:size], size
    return None


def _whole_curve(body: bytes) -> bytes | None:
    curve = _curve(body)
    return curve[0] if curve else None


def _chrm(body: bytes) -> bytes | None:
    (channels,) = struct.unpack_from(">H", body, 8)
    size = 12 + 8 * channels
    if not 1 <= channels <= MAX_CHANNELS or len(body) < size:
        return None
    return _head(b"chrm") + body[8:size]


def _grid(points: bytes, inputs: int) -> int:
    cells = 1
    for p in points[:inputs]:
        cells *= p
    return cells


def _lut8(body: bytes) -> bytes | None:
    inputs, outputs, points = body[8], body[9], body[10]
    if not (1 <= inputs <= MAX_CHANNELS and 1 <= outputs <= MAX_CHANNELS and points >= 2):
        return None
    size = 48 + 256 * inputs + points**inputs * outputs + 256 * outputs
    if len(body) < size:
        return None
    return _head(b"mft1") + bytes((inputs, outputs, points, 0)) + body[12:size]


def _lut16(body: bytes) -> bytes | None:
    inputs, outputs, points = body[8], body[9], body[10]
    if not (1 <= inputs <= MAX_CHANNELS and 1 <= outputs <= MAX_CHANNELS and points >= 2):
        return None
    n_in, n_out = struct.unpack_from(">HH", body, 48)
    if not (2 <= n_in <= 4096 and 2 <= n_out <= 4096):
        return None
    size = 52 + 2 * (n_in * inputs + points**inputs * outputs + n_out * outputs)
    if len(body) < size:
        return None
    return _head(b"mft2") + bytes((inputs, outputs, points, 0)) + body[12:size]


def _curve_set(body: bytes, at: int, count: int) -> bytes | None:
    out = b""
    for _ in range(count):
        curve = _curve(body[at:])
        if curve is None:
            return None
        data, size = curve
        out += data + bytes(-len(data) % 4)
        at += size + (-size % 4)
    return out


def _clut(body: bytes, at: int, inputs: int, outputs: int) -> bytes | None:
    points, precision = body[at : at + inputs], body[at + 16]
    if len(points) < inputs or precision not in (1, 2) or min(points) < 2:
        return None
    data = at + 20
    size = _grid(points, inputs) * outputs * precision
    if len(body) < data + size:
        return None
    grid = points + bytes(16 - inputs)  # unused grid entries are zero
    return grid + bytes((precision, 0, 0, 0)) + body[data : data + size]


def _lut_ab(body: bytes) -> bytes | None:
    """`mAB ` / `mBA `: curve sets, a matrix and a grid, each at an offset of its own."""
    typ, inputs, outputs = body[:4], body[8], body[9]
    if not (1 <= inputs <= MAX_CHANNELS and 1 <= outputs <= MAX_CHANNELS):
        return None
    b_at, matrix_at, m_at, clut_at, a_at = struct.unpack_from(">5I", body, 12)
    # A-to-B: A curves, grid, M curves, matrix, B curves; B-to-A the other way round.
    b_count = outputs if typ == b"mAB " else inputs
    a_count = inputs if typ == b"mAB " else outputs
    if not b_at:
        return None  # B curves are required
    parts: list[bytes | None] = [_curve_set(body, b_at, b_count)]
    if matrix_at:
        parts.append(body[matrix_at : matrix_at + 48] if len(body) >= matrix_at + 48 else None)
    else:
        parts.append(b"")
    parts.append(_curve_set(body, m_at, b_count) if m_at else b"")
    parts.append(_clut(body, clut_at, inputs, outputs) if clut_at else b"")
    parts.append(_curve_set(body, a_at, a_count) if a_at else b"")
    if any(p is None for p in parts):
        return None
    offsets, pos, data = [], 32, b""
    for part in parts:
        assert part is not None
        offsets.append(pos if part else 0)
        data += part + bytes(-len(part) % 4)
        pos = 32 + len(data)
    return _head(typ) + struct.pack(">BB2x5I", inputs, outputs, *offsets) + data


_READERS: dict[bytes, Callable[[bytes], bytes | None]] = {
    b"curv": _whole_curve,
    b"para": _whole_curve,
    b"chrm": _chrm,
    b"cicp": lambda body: _fixed(body, 4),
    b"meas": lambda body: _fixed(body, 28),
    b"mft1": _lut8,
    b"mft2": _lut16,
    b"mAB ": _lut_ab,
    b"mBA ": _lut_ab,
}
