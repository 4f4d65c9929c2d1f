"""Cropped pictures in documents: the picture is cut to the part that is shown.

Word, PowerPoint, Excel and LibreOffice crop a picture by an instruction beside it; the
whole photo stays in the file, and anyone can undo the crop. A cleaned document holds
only the part that was shown, drawn afresh by Pillow (so no metadata comes along), and
no crop instruction: the frame shows the whole of the new picture, which is what it
showed before.
"""

from __future__ import annotations

import io
import posixpath
import warnings
from collections import defaultdict
from dataclasses import dataclass, field

from lxml import etree
from PIL import Image, ImageOps

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.messages import Message
from scrubber.model import Category

CROPPED = (Category.EMBEDDED, "CroppedAway", "a cropped photo still held the part you cut away")
MAX_PIXELS = 200_000_000


def removed_sentence(n: int) -> str:
    """What the user is told after cleaning, in plain words."""
    if n == 1:
        return Message("crop.removed_one")
    return Message("crop.removed", count=n)


# decoding beyond this takes gigabytes: refused, never guessed at


@dataclass(frozen=True, order=True)
class Crop:
    """What is cut off each side, as a fraction of the picture's width or height."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def cuts(self) -> bool:
        return max(self.left, self.top, self.right, self.bottom) > 0

    def clamped(self) -> Crop:
        """Only the cutting part: a negative side is empty space around the picture."""
        sides = (self.left, self.top, self.right, self.bottom)
        return Crop(*(min(max(v, 0.0), 1.0) for v in sides))


@dataclass
class Use:
    """One place a part is named (by a relationship id or a path), with the crop it is
    shown with if it is a picture."""

    el: etree._Element
    attr: str  # the attribute holding the id
    crop: Crop | None


@dataclass
class CropPlan:
    variants: dict[str, tuple[str, Crop]] = field(default_factory=dict)  # part -> source, crop
    assign: list[tuple[str, Use, str]] = field(default_factory=list)  # (xml part, use, picture)
    cropped: int = 0  # uses shown cropped


def plan_variants(
    parsed: dict[str, list[Use]],
    targets: dict[str, dict[str, str]],
    elsewhere: set[str],
    existing: set[str],
) -> CropPlan:
    """Which picture part each use shows. `parsed`: the uses in each XML part that has
    crops; `targets`: for each of those parts, reference (an id, a path) -> picture part;
    `elsewhere`: pictures also named by parts without crops (shown uncropped there).
    A picture shown uncropped somewhere keeps its name; each crop gets a part whose
    name is not among `existing`."""
    out = CropPlan()
    wanted: dict[str, set[Crop | None]] = defaultdict(set)
    for source, found in parsed.items():
        for use in found:
            picture = targets[source].get(use.el.get(use.attr, ""))
            if picture:
                wanted[picture].add(use.crop)
                out.cropped += use.crop is not None
    taken = {n.lower() for n in (*wanted, *elsewhere, *existing)}
    names: dict[tuple[str, Crop | None], str] = {}
    for picture, crops in sorted(wanted.items()):
        cut = sorted(c for c in crops if c is not None)
        if None in crops or picture in elsewhere:
            names[(picture, None)] = picture
        for n, crop in enumerate(cut):
            name = picture if n == 0 and (picture, None) not in names else _fresh(picture, taken)
            taken.add(name.lower())
            names[(picture, crop)] = name
            out.variants[name] = (picture, crop)
    for source, found in parsed.items():
        for use in found:
            picture = targets[source].get(use.el.get(use.attr, ""))
            if picture:
                out.assign.append((source, use, names[(picture, use.crop)]))
    return out


def _fresh(picture: str, taken: set[str]) -> str:
    stem, ext = posixpath.splitext(picture)
    n = 1
    while f"{stem}-{n}{ext}".lower() in taken:
        n += 1
    return f"{stem}-{n}{ext}"


def apply(data: bytes, crop: Crop, quality: int = 95) -> bytes:
    """The shown part of a picture, encoded afresh in its own format, no metadata.

    Cropping is done on the picture as displayed (its rotation tag applied): Office and
    LibreOffice both show a photo upright and measure the crop on what they show.
    """
    c = crop.clamped()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                if im.width * im.height > MAX_PIXELS:
                    raise CleaningRefused(Message("crop.too_large"))
                fmt = im.format or "PNG"
                dpi = im.info.get("dpi")
                im.load()
                shown = ImageOps.exif_transpose(im)
        w, h = shown.size
        x0, y0 = round(w * c.left), round(h * c.top)
        x1, y1 = round(w * (1 - c.right)), round(h * (1 - c.bottom))
        part = shown.crop((x0, y0, max(x1, x0 + 1), max(y1, y0 + 1)))  # never empty
        return _encode(part, fmt, dpi, quality)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise CleaningRefused(Message("crop.too_large")) from e
    except (OSError, ValueError, SyntaxError) as e:
        raise CorruptFile("a cropped picture in it is damaged and cannot be cut") from e


def _encode(im: Image.Image, fmt: str, dpi: object, quality: int) -> bytes:
    out = io.BytesIO()
    extra: dict[str, object] = {}
    if isinstance(dpi, tuple) and len(dpi) == 2:
        extra["dpi"] = dpi
    if fmt == "JPEG":
        if im.mode not in ("RGB", "L", "CMYK"):
            im = im.convert("RGB")
        im.save(out, "JPEG", quality=quality, subsampling=0, **extra)
    elif fmt == "GIF":
        im.save(out, "GIF")
    elif fmt == "WEBP":
        im.save(out, "WEBP", lossless=True)
    elif fmt == "TIFF":
        im.save(out, "TIFF", compression="tiff_deflate", **extra)
    else:
        im.save(out, "PNG", **extra)
    return out.getvalue()
