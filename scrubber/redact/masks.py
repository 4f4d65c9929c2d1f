"""Covering areas of a picture so that what was there cannot be recovered.

Blur and mosaic of the real pixels can be reversed or recognised by software (see
research/faces.md section 5), so "mosaic" and "blur" here are only looks. Each area is
first destroyed: replaced by at most 3x3 block means of what was there plus random
noise from `secrets` (the OS generator, so the noise cannot be replayed). The look is
then drawn from that destroyed content alone. Solid fill, the default, keeps nothing.
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Sequence
from enum import StrEnum

from PIL import Image, ImageFilter, ImageStat

from scrubber.errors import InvalidRegions
from scrubber.redact import regions as rg
from scrubber.redact.regions import Region

RGB = tuple[int, int, int]

MAX_MEANS = 3  # block means per side that survive from the original, at most
MIN_MEAN_BLOCK = 16  # pixels per mean block at least: small areas keep a single mean
LOOK_CELLS = 8  # mosaic cells per side at most, so cells are >= 1/8 of the area
MIN_CELL = 4
NOISE = 32  # per-cell noise, -NOISE..NOISE-1 levels, applied equally to R, G and B


class Mode(StrEnum):
    FILL = "fill"
    MOSAIC = "mosaic"
    BLUR = "blur"


def parse_color(text: str) -> RGB:
    """`#rrggbb`, `rrggbb`, `#rgb` or `rgb`."""
    m = re.fullmatch(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", text.strip())
    if not m:
        raise InvalidRegions(f"a colour is written as hex, like #000000, not {text!r}")
    digits = m.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return r, g, b


def apply(im: Image.Image, areas: Sequence[Region], mode: Mode, color: RGB) -> Image.Image:
    """A new RGB or RGBA picture with every area covered; covered areas are opaque."""
    alpha = im.getchannel("A") if im.mode == "RGBA" else None
    out = im.convert("RGB")
    if mode is Mode.FILL:
        mask = rg.union(areas, im.size)
        box = mask.getbbox()  # pasting only there: 10x faster for a face in a video frame
        if box is not None:
            out.paste(color, box, mask.crop(box))
    else:
        for area in areas:
            _cover(out, rg.mask(area, im.size), mode)
    if alpha is not None:
        # The transparency plane itself can trace a silhouette: make the area opaque.
        alpha.paste(255, (0, 0), rg.union(areas, im.size))
        out.putalpha(alpha)
    out.info = {}
    return out


def _cover(im: Image.Image, mask: Image.Image, mode: Mode) -> None:
    box = mask.getbbox()
    if box is None:
        return
    patch, cut = im.crop(box), mask.crop(box)
    cell = cell_size(patch.size)
    ruined = destroy(patch, cut, cell)
    look = mosaic_look(ruined, cell) if mode is Mode.MOSAIC else blur_look(ruined, cell)
    im.paste(look, box[:2], cut)


def cell_size(size: tuple[int, int]) -> int:
    """Side of a mosaic cell: at least 1/LOOK_CELLS of the area's longer side."""
    return max(MIN_CELL, math.ceil(max(size) / LOOK_CELLS))


def destroy(patch: Image.Image, mask: Image.Image, cell: int) -> Image.Image:
    """Content that replaces the area: block means plus per-cell noise, nothing else.

    The means are taken over covered pixels only, in at most MAX_MEANS x MAX_MEANS
    blocks of at least MIN_MEAN_BLOCK pixels; the noise is one random value per cell.
    """
    w, h = patch.size
    nx = max(1, min(MAX_MEANS, w // MIN_MEAN_BLOCK))
    ny = max(1, min(MAX_MEANS, h // MIN_MEAN_BLOCK))
    means = block_means(patch, mask, nx, ny)
    cols, rows = math.ceil(w / cell), math.ceil(h / cell)
    noise = secrets.token_bytes(cols * rows)
    grid = Image.new("RGB", (cols, rows))
    for j in range(rows):
        for i in range(cols):
            # The mean block holding this cell's centre.
            bx = min(nx - 1, (i * cell + cell // 2) * nx // w)
            by = min(ny - 1, (j * cell + cell // 2) * ny // h)
            n = noise[j * cols + i] * 2 * NOISE // 256 - NOISE
            grid.putpixel((i, j), tuple(min(255, max(0, c + n)) for c in means[by][bx]))
    # Cells are whole cell-size squares, cropped at the right and bottom edges.
    return grid.resize((cols * cell, rows * cell), Image.Resampling.NEAREST).crop((0, 0, w, h))


def block_means(patch: Image.Image, mask: Image.Image, nx: int, ny: int) -> list[list[RGB]]:
    """Rounded mean colour of the covered pixels in each of ny rows of nx blocks."""
    w, h = patch.size
    overall = _mean(patch, mask) or (0, 0, 0)
    rows = []
    for by in range(ny):
        row = []
        for bx in range(nx):
            box = (bx * w // nx, by * h // ny, (bx + 1) * w // nx, (by + 1) * h // ny)
            row.append(_mean(patch.crop(box), mask.crop(box)) or overall)
        rows.append(row)
    return rows


def _mean(im: Image.Image, mask: Image.Image) -> RGB | None:
    if mask.getbbox() is None:
        return None
    r, g, b = (round(v) for v in ImageStat.Stat(im, mask).mean)
    return r, g, b


def mosaic_look(ruined: Image.Image, cell: int) -> Image.Image:
    """Square cells, each one colour, rendered from destroyed content only."""
    w, h = ruined.size
    small = ruined.reduce(cell)  # cell means; partial cells at the edges included
    grown = small.resize((small.width * cell, small.height * cell), Image.Resampling.NEAREST)
    return grown.crop((0, 0, w, h))


def blur_look(ruined: Image.Image, cell: int) -> Image.Image:
    """A soft blur, strong enough to melt the cells, of destroyed content only."""
    return ruined.filter(ImageFilter.GaussianBlur(radius=max(2, cell)))
