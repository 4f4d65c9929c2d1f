"""12 MP canvases with small faces of known place, for tests/test_faces.py and
bench/bench_faces.py: the astronaut photo (tests/data) shrunk so its face is 25-60 px
wide, as it is (light) or darkened in the face area (dark), some cut by the border.

Darkening is a crude stand-in for darker skin: it shows the detector does not need
contrast a darker face lacks, not how it does on real people of every skin tone."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

ASTRONAUT = Path(__file__).parent / "data" / "astronaut.jpg"
FACE = (170, 40, 280, 190)  # where the face is in astronaut.jpg, checked by eye
CANVAS = (4000, 3000)
TONES = {"light": 1.0, "dark": 0.45}  # brightness factor of the face area
Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Face:
    box: Box  # the part of the face inside the canvas
    width: int  # px, of the whole face
    tone: str  # "light" or "dark"
    cut: bool  # partly outside the canvas


def astronaut() -> Image.Image:
    with Image.open(ASTRONAUT) as im:
        return im.convert("RGB")


def texture(size: tuple[int, int], seed: int = 1) -> Image.Image:
    """A photo-like background: smooth blotches, a gradient and fine grain."""
    w, h = size
    rng = np.random.default_rng(seed)
    chans = [
        Image.fromarray(rng.integers(40, 220, (h // 16, w // 16), dtype=np.uint8)).resize(
            size, Image.Resampling.BICUBIC
        )
        for _ in range(3)
    ]
    im = Image.blend(
        Image.merge("RGB", chans), Image.linear_gradient("L").resize(size).convert("RGB"), 0.35
    )
    arr = np.asarray(im, np.int16) + rng.integers(-12, 13, (h, w, 1), dtype=np.int16)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def tone(photo: Image.Image, face: Box, k: float, gamma: float = 1.0) -> Image.Image:
    """Scale the brightness of the face area (soft-edged ellipse, grown to take in the
    neck and ears) by k, or apply a gamma curve."""
    w, h = face[2] - face[0], face[3] - face[1]
    mask = Image.new("L", photo.size, 0)
    ImageDraw.Draw(mask).ellipse(
        (face[0] - 0.3 * w, face[1] - 0.1 * h, face[2] + 0.3 * w, face[3] + 0.4 * h), fill=255
    )
    mask = mask.filter(ImageFilter.GaussianBlur(w / 10))
    arr = np.asarray(photo, np.float32) / 255
    shifted = np.clip(arr**gamma * k, 0, 1)
    m = np.asarray(mask, np.float32)[..., None] / 255
    return Image.fromarray(np.round((shifted * m + arr * (1 - m)) * 255).astype(np.uint8))


def crowd(
    widths: tuple[int, ...],
    cut_widths: tuple[int, ...] = (),
    seed: int = 1,
    size: tuple[int, int] = CANVAS,
) -> tuple[Image.Image, list[Face]]:
    """A `size` (12 MP) canvas with one light and one dark face of each width in `widths`,
    scattered over a grid, and for each of `cut_widths` a light and a dark face a third
    outside the border (left, right, top, bottom in turn)."""
    rnd = random.Random(seed)
    canvas = texture(size, seed)
    photos = {
        name: tone(astronaut(), FACE, k) if k != 1 else astronaut() for name, k in TONES.items()
    }
    faces: list[Face] = []
    cells = [(x, y) for y in range(150, size[1] - 350, 450) for x in range(150, size[0] - 350, 420)]
    rnd.shuffle(cells)
    wanted = [(w, t) for w in widths for t in TONES]
    for (width, name), (cx, cy) in zip(wanted, cells, strict=False):
        x, y = cx + rnd.randrange(60), cy + rnd.randrange(60)
        faces.append(_paste(canvas, photos[name], width, name, x, y))
    for i, (width, name) in enumerate((w, t) for w in cut_widths for t in TONES):
        s = width / (FACE[2] - FACE[0])
        fx0, fy0, fx1, fy1 = (v * s for v in FACE)
        side = i % 4
        along = 400 + (i // 4) * 900 + rnd.randrange(200)
        if side == 0:  # left: the face's left third outside
            x, y = -(fx0 + (fx1 - fx0) / 3), along
        elif side == 1:  # right
            x, y = size[0] - (fx0 + 2 * (fx1 - fx0) / 3), along + 300
        elif side == 2:  # top
            x, y = along + 600, -(fy0 + (fy1 - fy0) / 3)
        else:  # bottom
            x, y = along + 900, size[1] - (fy0 + 2 * (fy1 - fy0) / 3)
        faces.append(_paste(canvas, photos[name], width, name, round(x), round(y)))
    return canvas, faces


def _paste(canvas: Image.Image, photo: Image.Image, width: int, name: str, x: int, y: int) -> Face:
    s = width / (FACE[2] - FACE[0])
    small = photo.resize(
        (round(photo.width * s), round(photo.height * s)), Image.Resampling.LANCZOS
    )
    canvas.paste(small, (x, y))
    x0, y0, x1, y1 = (x + FACE[0] * s, y + FACE[1] * s, x + FACE[2] * s, y + FACE[3] * s)
    inside = (
        max(0.0, x0),
        max(0.0, y0),
        min(float(canvas.width), x1),
        min(float(canvas.height), y1),
    )
    return Face(inside, width, name, inside != (x0, y0, x1, y1))


def uncovered(
    original: Path, result: Path, faces: list[Face], fill: tuple[int, int, int]
) -> list[Face]:
    """Faces whose known box, in the written copy, is not all fill colour (to within
    JPEG's error) or still looks like the original: judged by pixels, not by a detector."""
    with Image.open(original) as a, Image.open(result) as b:
        before, after = np.asarray(a.convert("RGB"), int), np.asarray(b.convert("RGB"), int)
    if before.shape != after.shape:
        raise ValueError(f"the copy is {after.shape[:2]}, the original {before.shape[:2]}")
    left = []
    for face in faces:
        x0, y0, x1, y1 = (round(v) for v in face.box)
        inside, was = after[y0:y1, x0:x1], before[y0:y1, x0:x1]
        filled = np.abs(inside - np.array(fill)).max(axis=2) <= 40
        if filled.mean() < 0.99 or np.abs(inside - was).mean() < 20:
            left.append(face)
    return left
