"""Points, boxes and matrices of a PDF page: what following drawing instructions needs."""

from __future__ import annotations

from pikepdf import Array, Dictionary

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def floats(values: object) -> list[float]:
    out = []
    for v in values:  # type: ignore[attr-defined]
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            out.append(0.0)
    return out


def mul(m: Matrix | list[float], n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    A, B, Cc, D, E, F = n
    return (
        a * A + b * Cc, a * B + b * D,
        c * A + d * Cc, c * B + d * D,
        e * A + f * Cc + E, e * B + f * D + F,
    )  # fmt: skip


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def bounds(points: list[tuple[float, float]]) -> Box:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def intersect(p: Box, q: Box) -> Box | None:
    box = (max(p[0], q[0]), max(p[1], q[1]), min(p[2], q[2]), min(p[3], q[3]))
    return box if box[0] < box[2] and box[1] < box[3] else None


def union(p: Box, q: Box) -> Box:
    return min(p[0], q[0]), min(p[1], q[1]), max(p[2], q[2]), max(p[3], q[3])


def inherited(page: Dictionary, key: str) -> object:
    node: object = page
    for _ in range(32):
        if not isinstance(node, Dictionary):
            return None
        if key in node:
            return node.get(key)
        node = node.get("/Parent")
    return None


def page_box(page: Dictionary) -> Box | None:
    for key in ("/CropBox", "/MediaBox"):
        box = inherited(page, key)
        if isinstance(box, Array) and len(box) == 4:
            x0, y0, x1, y1 = floats(box)
            return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    return None
