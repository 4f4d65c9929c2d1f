"""Crops in OpenDocument: LibreOffice clips a picture with `fo:clip` on its frame's style.

The clip is a length cut off each side of the picture at its own size, which LibreOffice
takes from the picture's resolution (96 dpi when it has none). Each clipped use of a
picture gets a picture cut to what it shows; the clip goes from the style.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree
from PIL import Image

from scrubber.errors import CorruptFile
from scrubber.formats.crop import Crop, CropPlan, Use, plan_variants

STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
XLINK = "http://www.w3.org/1999/xlink"
HREF, CLIP = f"{{{XLINK}}}href", f"{{{FO}}}clip"
_MARKER = re.compile(rb"clip\s*=\s*[\"']\s*rect\(")
_LENGTH = re.compile(r"(-?[0-9.]+)\s*(in|cm|mm|pt|pc|px)?")
INCHES = {"in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4, "pt": 1 / 72, "pc": 1 / 6, "px": 1 / 96}


@dataclass
class Found:
    plan: CropPlan
    clips: list[etree._Element] = field(default_factory=list)  # style properties to unclip


def has_crops(raw: bytes) -> bool:
    return _MARKER.search(raw) is not None


def find(
    trees: dict[str, etree._ElementTree],
    pictures: set[str],
    read: Callable[[str], bytes],
    elsewhere: set[str],
    existing: set[str],
) -> Found:
    """The uses of each picture in content.xml and styles.xml, with their clips.
    `pictures`: the kept pictures; `read` gives a picture's bytes (to know its size)."""
    common = _styles(trees["styles.xml"]) if "styles.xml" in trees else {}
    parsed: dict[str, list[Use]] = {}
    targets: dict[str, dict[str, str]] = {}
    used: dict[int, etree._Element] = {}
    for part, tree in trees.items():
        scope = {**common, **_styles(tree)} if part == "content.xml" else common
        uses, shown = [], {}
        for el in tree.getroot().iter():
            href = el.get(HREF) if isinstance(el.tag, str) else None
            if href is None or href.lstrip("./") not in pictures:
                continue
            name = href.lstrip("./")
            shown[href] = name
            props = _clip_of(el, scope)
            cut = _crop(props.get(CLIP, ""), read(name)) if props is not None else None
            if cut is not None and props is not None:
                used[id(props)] = props
            uses.append(Use(el, HREF, cut))
        parsed[part], targets[part] = uses, shown
    return Found(plan_variants(parsed, targets, elsewhere, existing), list(used.values()))


def apply(found: Found) -> None:
    """Point each use at its picture and remove the clips."""
    for _, use, name in found.plan.assign:
        if use.crop is not None or use.el.get(use.attr, "").lstrip("./") != name:
            use.el.set(use.attr, name)
    for props in found.clips:
        props.attrib.pop(CLIP, None)


def _styles(tree: etree._ElementTree) -> dict[str, tuple[etree._Element | None, str]]:
    """Style name -> (its graphic properties, its parent's name)."""
    out = {}
    for style in tree.getroot().iter(f"{{{STYLE}}}style"):
        props = style.find(f"{{{STYLE}}}graphic-properties")
        parent = style.get(f"{{{STYLE}}}parent-style-name", "")
        out[style.get(f"{{{STYLE}}}name", "")] = (props, parent)
    return out


def _clip_of(
    el: etree._Element, scope: dict[str, tuple[etree._Element | None, str]]
) -> etree._Element | None:
    """The graphic properties holding the clip of the frame around a draw:image."""
    frame = el.getparent()
    if el.tag != f"{{{DRAW}}}image" or frame is None or frame.tag != f"{{{DRAW}}}frame":
        return None
    name = frame.get(f"{{{DRAW}}}style-name") or frame.get(f"{{{PRESENTATION}}}style-name") or ""
    seen: set[str] = set()
    while name and name not in seen and name in scope:
        seen.add(name)
        props, parent = scope[name]
        if props is not None and props.get(CLIP):
            return props
        name = parent
    return None


def _crop(clip: str, data: bytes) -> Crop | None:
    """rect(top, right, bottom, left) in lengths -> fractions of the shown picture."""
    inner = clip.strip()
    if not inner.startswith("rect(") or not inner.endswith(")"):
        return None
    sides = [s for s in re.split(r"[,\s]+", inner[5:-1].strip()) if s]
    if len(sides) != 4:
        return None
    top, right, bottom, left = (_inches(s) for s in sides)
    width, height = _size_in_inches(data)
    cut = Crop(left / width, top / height, right / width, bottom / height)
    return cut if cut.cuts else None


def _inches(length: str) -> float:
    m = _LENGTH.fullmatch(length.strip())
    if not m:
        return 0.0  # "auto"
    try:
        n = float(m[1]) * INCHES[m[2] or "in"]
    except ValueError:
        return 0.0
    return n if math.isfinite(n) else 0.0


def _size_in_inches(data: bytes) -> tuple[float, float]:
    try:
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
            dpi = _resolution(im)
            turned = im.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    except (OSError, ValueError, SyntaxError) as e:
        raise CorruptFile("a clipped picture in it is damaged") from e
    dx, dy = dpi
    if turned:
        w, h, dx, dy = h, w, dy, dx
    return max(w / dx, 1e-6), max(h / dy, 1e-6)


def _resolution(im: Image.Image) -> tuple[float, float]:
    """The resolution LibreOffice sizes a picture by. For a JPEG only the JFIF header
    counts (Pillow would also take EXIF's, which LibreOffice ignores)."""
    dpi = im.info.get("dpi")
    if im.format == "JPEG":
        unit, density = im.info.get("jfif_unit"), im.info.get("jfif_density")
        scale = {1: 1.0, 2: 2.54}.get(unit) if isinstance(unit, int) else None
        dpi = tuple(d * scale for d in density) if scale and isinstance(density, tuple) else None
    if isinstance(dpi, tuple) and len(dpi) == 2 and min(dpi) > 0:
        return float(dpi[0]), float(dpi[1])
    return 96.0, 96.0
