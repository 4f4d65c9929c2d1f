"""Crops in Office Open XML: where a picture is shown cropped, and what to write instead.

DrawingML (Word, PowerPoint, Excel) crops with `a:srcRect` beside the `a:blip` that names
the picture; old VML drawings with `croptop`... on `v:imagedata`. Each use of a picture
is found with its crop; a picture used with several crops (or also uncropped) becomes
one part per crop, so each use shows exactly what it showed before.
"""

from __future__ import annotations

import math

from lxml import etree

from scrubber.formats.crop import Crop, Use

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V = "urn:schemas-microsoft-com:vml"
O = "urn:schemas-microsoft-com:office:office"  # noqa: E741
MARKERS = (b"srcRect", b"croptop", b"cropbottom", b"cropleft", b"cropright")
VML_SIDES = ("cropleft", "croptop", "cropright", "cropbottom")
SIDES = ("l", "t", "r", "b")


def has_crops(raw: bytes) -> bool:
    return any(m in raw for m in MARKERS)


def uses(root: etree._Element) -> list[Use]:
    """Every element naming a relationship, with the crop it is shown with."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr, value in el.attrib.items():
            if attr.startswith(f"{{{R}}}") or attr == f"{{{O}}}relid":
                found.append(Use(el, attr, _crop_of(el) if value else None))
    return found


def _crop_of(el: etree._Element) -> Crop | None:
    if el.tag == f"{{{A}}}blip":
        parent = el.getparent()
        rect = parent.find(f"{{{A}}}srcRect") if parent is not None else None
        if rect is None:
            return None
        crop = Crop(*(_percent(rect.get(s)) for s in SIDES))
    elif el.tag == f"{{{V}}}imagedata":
        crop = Crop(*(_fraction(el.get(s)) for s in VML_SIDES))
    else:
        return None
    return crop if crop.cuts else None


def _percent(value: str | None) -> float:
    """ST_Percentage: thousandths of a percent ("25000"), or "25%" in newer files."""
    if not value:
        return 0.0
    try:
        n = float(value[:-1]) / 100 if value.endswith("%") else int(value) / 100_000
    except ValueError:
        return 0.0
    return n if math.isfinite(n) else 0.0


def _fraction(value: str | None) -> float:
    """VML crops: a fraction ("0.25") or 65536ths ("16384f")."""
    if not value:
        return 0.0
    try:
        n = float(value[:-1]) / 65536 if value.endswith("f") else float(value)
    except ValueError:
        return 0.0
    return n if math.isfinite(n) else 0.0


def uncrop(use: Use) -> None:
    """Remove the crop instruction: the new picture is exactly what was shown. Negative
    sides (space added around the picture) stay, measured on the smaller picture."""
    crop = use.crop
    if crop is None:
        return
    c = crop.clamped()
    width, height = 1 - c.left - c.right, 1 - c.top - c.bottom
    pads = {
        "l": min(crop.left, 0) / max(width, 1e-6),
        "t": min(crop.top, 0) / max(height, 1e-6),
        "r": min(crop.right, 0) / max(width, 1e-6),
        "b": min(crop.bottom, 0) / max(height, 1e-6),
    }
    if use.el.tag == f"{{{V}}}imagedata":
        for side in VML_SIDES:
            use.el.attrib.pop(side, None)
        return
    parent = use.el.getparent()
    rect = parent.find(f"{{{A}}}srcRect") if parent is not None else None
    if rect is None:
        return
    for side in SIDES:
        rect.attrib.pop(side, None)
        if pads[side]:
            rect.set(side, str(round(pads[side] * 100_000)))
