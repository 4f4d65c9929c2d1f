"""Pictures a PDF shows only in part: what a crop, a clip or the page edge hides goes.

Office suites crop a photo by clipping it: the full photo stays in the file, and the
face or window the user cut away with it. Each page's drawing instructions are followed
(forms included) to find, for every picture, the part that can be seen. Where every
clip is an upright rectangle and the picture is drawn unrotated, the picture is cut to
that part; any other shape that hides part of a picture cannot be cut exactly, so the
copy is refused unless pages are turned into pictures.

A cut picture is replaced by a small form that draws the visible part where the whole
was, so every page that uses it looks the same; the cut part is stored again without
filters we did not write (JPEG for photos, Flate otherwise).
"""

from __future__ import annotations

import io
import math
import zlib
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name
from PIL import Image

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats.pdf_geometry import (
    IDENTITY,
    Box,
    Matrix,
    apply,
    bounds,
    floats,
    inherited,
    intersect,
    mul,
    page_box,
    union,
)
from scrubber.formats.pdf_images import Part, filters, name_text, undo_filters
from scrubber.messages import Message
from scrubber.model import Category, Collector

C = Category
Instruction = pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage
MAX_FORM_DEPTH = 12
MAX_DRAWS = 200_000  # forms and pictures drawn, over all pages
MAX_SAMPLES = 256 << 20  # decoded bytes of one picture we are willing to cut
SLACK = 1.0  # pixels: rounding at a cut edge is not a hidden part
WHERE = Part.PICTURE
KEY = "PDF:HiddenPicturePart"
CUT_NOTE = Message("pdf.crop_removed")
COMPLEX = Message("pdf.shape_uncuttable")
# Colour spaces by the number of values per pixel.
COMPONENTS = {
    "/DeviceGray": 1, "/CalGray": 1, "/Indexed": 1, "/Separation": 1, "/G": 1, "/I": 1,
    "/DeviceRGB": 3, "/CalRGB": 3, "/Lab": 3, "/RGB": 3,
    "/DeviceCMYK": 4, "/CMYK": 4,
}  # fmt: skip
PAINT = {"n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*"}


@dataclass
class Seen:
    """Where one picture is visible, in its own pixels (x right, y down)."""

    image: pikepdf.Stream
    box: Box | None = None  # union of the visible parts; None: never visible
    tricky: bool = False  # drawn where the visible part has no exact rectangle


@dataclass
class _Walk:
    """What one check has learnt: pictures seen, instructions read, forms drawn."""

    pdf: pikepdf.Pdf
    seen: dict[tuple[int, int], Seen] = field(default_factory=dict)
    parsed: dict[tuple[int, int], list[Instruction]] = field(default_factory=dict)
    draws: int = 0


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    clip: Box | None = None  # in page space; None = unbounded
    shaped: bool = False  # a clip that is not an upright rectangle is in force


@dataclass
class _Path:
    points: list[tuple[float, float]] = field(default_factory=list)
    rects: int = 0
    lines: int = 0  # points given by m and l
    other: bool = False  # curves: not a rectangle


def check_crops(pdf: pikepdf.Pdf, col: Collector, fix: bool, flatten: bool, quality: int) -> None:
    """Report pictures with hidden parts; with `fix`, cut them to what is shown."""
    walk = _Walk(pdf)
    for page in pdf.pages:
        state = _State(clip=page_box(page.obj))
        _run(page.obj, inherited(page.obj, "/Resources"), state, walk, 0)
    seen = walk.seen
    masks = _mask_images(seen)
    for og, s in seen.items():
        if og in masks:
            continue  # a mask of another picture: cut with it
        w, h = _size(s.image)
        if s.tricky:
            col.add(C.EMBEDDED, KEY, "a picture shown through a shape that hides part of it")
            if fix and not flatten:
                raise CleaningRefused(COMPLEX)
            continue
        cut = _pixel_box(s.box, w, h)
        if cut is None:
            continue
        col.add(
            C.EMBEDDED, KEY, f"a picture shows {_share(cut, w, h)}% of itself; the rest is hidden"
        )
        if fix:
            _cut(pdf, s.image, cut, quality)
            if CUT_NOTE not in col.warnings:
                col.warnings.append(CUT_NOTE)


# --- following the drawing instructions -------------------------------------------------


def _run(
    obj: pikepdf.Object,
    resources: object,
    state: _State,
    walk: _Walk,
    depth: int,
) -> None:
    if depth > MAX_FORM_DEPTH:
        raise CleaningRefused(Message("pdf.drawings_too_deep"))
    if not isinstance(resources, Dictionary):
        return
    xobjects = resources.get("/XObject")
    if not isinstance(xobjects, Dictionary) or not _has_images(xobjects, depth):
        return  # nothing drawn here can be a picture: skip reading the instructions
    key = obj.objgen if obj.is_indirect else (0, 0)
    operations = walk.parsed.get(key) if key != (0, 0) else None
    if operations is None:
        operations = read_instructions(walk.pdf, obj)
        if operations is None:  # packed in a way we do not unpack: cannot tell what shows
            raise CleaningRefused(Message("pdf.page_unchecked"))
        if isinstance(obj, pikepdf.Stream) and key != (0, 0):
            walk.parsed[key] = operations
    stack: list[_State] = []
    path = _Path()
    pending = False
    for instruction in operations:
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue  # pictures written into the instructions are small; not followed
        operands, name = instruction.operands, name_text(instruction.operator)
        if name == "q":
            stack.append(_State(state.ctm, state.clip, state.shaped))
        elif name == "Q":
            if stack:
                state = stack.pop()
        elif name == "cm" and len(operands) == 6:
            state.ctm = mul(floats(operands), state.ctm)
        elif name == "re" and len(operands) == 4:
            x, y, w, h = floats(operands)
            path.points += [(x, y), (x + w, y + h), (x, y + h), (x + w, y)]
            path.rects += 1
        elif name in ("m", "l") and len(operands) == 2:
            x, y = floats(operands)
            path.points.append((x, y))
            path.lines += 1
        elif name in ("c", "v", "y"):
            values = floats(operands)
            path.points += list(zip(values[::2], values[1::2], strict=False))
            path.other = True
        elif name in ("W", "W*"):
            pending = True
        elif name in PAINT:
            if pending:
                _clip(state, path)
            path, pending = _Path(), False
        elif name == "Do" and operands:
            walk.draws += 1
            if walk.draws > MAX_DRAWS:
                raise CleaningRefused(Message("pdf.too_complex"))
            _draw(operands[0], resources, xobjects, state, walk, depth)


def _draw(
    label: object,
    resources: Dictionary,
    xobjects: Dictionary,
    state: _State,
    walk: _Walk,
    depth: int,
) -> None:
    try:
        target = xobjects.get(label) if isinstance(label, Name) else None
    except (KeyError, TypeError, ValueError):
        return
    if not isinstance(target, pikepdf.Stream):
        return
    sub = target.get("/Subtype")
    if sub == "/Form":
        matrix = target.get("/Matrix")
        inner = _State(state.ctm, state.clip, state.shaped)
        if isinstance(matrix, Array) and len(matrix) == 6:
            inner.ctm = mul(floats(matrix), state.ctm)
        bbox = target.get("/BBox")
        if isinstance(bbox, Array) and len(bbox) == 4:
            x0, y0, x1, y1 = floats(bbox)
            path = _Path([(x0, y0), (x1, y1), (x0, y1), (x1, y0)], rects=1)
            _clip(inner, path)
        res = target.get("/Resources")
        # A form without resources of its own uses its page's (PDF 1.1 style).
        _run(target, res if isinstance(res, Dictionary) else resources, inner, walk, depth + 1)
        return
    if sub != "/Image" or not target.is_indirect:
        return
    entry = walk.seen.setdefault(target.objgen, Seen(target))
    w, h = _size(target)
    a, b, c, d, e, f = state.ctm
    corners = [apply(state.ctm, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
    whole = bounds(corners)
    shown = whole if state.clip is None else intersect(whole, state.clip)
    if abs(b) > 1e-9 or abs(c) > 1e-9:  # turned or slanted: fine only when wholly shown
        if shown != whole or state.shaped:
            entry.tricky = True
        entry.box = (0.0, 0.0, float(w), float(h))
        return
    if state.shaped and shown is not None:
        entry.tricky = True  # what the shape hides inside its bounds is unknown
    if shown is None or abs(a) < 1e-12 or abs(d) < 1e-12:
        return
    # Page space back to the picture's pixels: u across, v up; row 0 is the top.
    us = sorted(((shown[0] - e) / a, (shown[2] - e) / a))
    vs = sorted(((shown[1] - f) / d, (shown[3] - f) / d))
    box = (us[0] * w, (1 - vs[1]) * h, us[1] * w, (1 - vs[0]) * h)
    entry.box = box if entry.box is None else union(entry.box, box)


def read_instructions(pdf: pikepdf.Pdf, obj: pikepdf.Object) -> list[Instruction] | None:
    """The drawing instructions of a page or form, unpacked by our own capped filters
    (qpdf would unpack a small bomb to gigabytes); None when packed another way."""
    contents = obj.get("/Contents") if not isinstance(obj, pikepdf.Stream) else obj
    parts = contents if isinstance(contents, Array) else [contents]
    data = []
    for part in parts:
        if not isinstance(part, pikepdf.Stream):
            continue
        unpacked = undo_filters(part.read_raw_bytes(), filters(part), Part.PAGE)
        if unpacked is None or _predictor(part):
            return None
        data.append(unpacked)
    try:
        return list(pikepdf.parse_content_stream(pikepdf.Stream(pdf, b"\n".join(data))))
    except pikepdf.PdfError as e:
        raise CorruptFile("the drawing instructions of a page are damaged") from e


def _has_images(xobjects: Dictionary, depth: int) -> bool:
    for _, value in xobjects.items():
        if isinstance(value, pikepdf.Stream):
            if value.get("/Subtype") == "/Image":
                return True
            res = value.get("/Resources")
            inner = res.get("/XObject") if isinstance(res, Dictionary) else None
            if res is None or (
                isinstance(inner, Dictionary)
                and depth < MAX_FORM_DEPTH
                and _has_images(inner, depth + 1)
            ):
                return True
    return False


def _clip(state: _State, path: _Path) -> None:
    if not path.points:
        return
    _, b, c, _, _, _ = state.ctm
    upright = abs(b) < 1e-9 and abs(c) < 1e-9
    corners = [apply(state.ctm, x, y) for x, y in path.points]
    region = bounds(corners)
    if not (upright and _is_rectangle(path, corners, region)):
        state.shaped = True  # the shape lies inside its bounds; what it hides there is unknown
    state.clip = region if state.clip is None else intersect(state.clip, region) or (0, 0, 0, 0)


def _is_rectangle(path: _Path, corners: list[tuple[float, float]], region: Box) -> bool:
    """One `re`, or four corners joined by lines (as Word and others write a clip)."""
    if path.other:
        return False
    if path.rects == 1 and not path.lines:
        return True
    if path.rects or path.lines not in (4, 5):
        return False
    x0, y0, x1, y1 = region
    near = [
        (min(abs(x - x0), abs(x - x1)) < 1e-6, min(abs(y - y0), abs(y - y1)) < 1e-6)
        for x, y in corners
    ]
    return (
        all(a and b for a, b in near) and len({(round(x, 4), round(y, 4)) for x, y in corners}) == 4
    )


def _size(image: pikepdf.Stream) -> tuple[int, int]:
    try:
        return int(image.get("/Width", 0)), int(image.get("/Height", 0))
    except (TypeError, ValueError):
        return 0, 0


def _pixel_box(box: Box | None, w: int, h: int) -> tuple[int, int, int, int] | None:
    """The whole pixels to keep, or None when (within rounding) all of them show."""
    if w <= 0 or h <= 0:
        return None
    if box is None:  # drawn nowhere visible: one pixel stands in for it
        return None if w * h <= 1 else (0, 0, 1, 1)
    x0, y0, x1, y1 = box
    if x0 < SLACK and y0 < SLACK and x1 > w - SLACK and y1 > h - SLACK:
        return None
    left, top = max(0, math.floor(x0)), max(0, math.floor(y0))
    right, bottom = min(w, math.ceil(x1)), min(h, math.ceil(y1))
    return left, top, max(right, left + 1), max(bottom, top + 1)


def _share(cut: tuple[int, int, int, int], w: int, h: int) -> int:
    return round(100 * (cut[2] - cut[0]) * (cut[3] - cut[1]) / (w * h))


def _mask_images(seen: dict[tuple[int, int], Seen]) -> set[tuple[int, int]]:
    out = set()
    for s in seen.values():
        for key in ("/SMask", "/Mask"):
            m = s.image.get(key)
            if isinstance(m, pikepdf.Stream) and m.is_indirect:
                out.add(m.objgen)
    return out


# --- cutting -------------------------------------------------------------------------------


def _cut(
    pdf: pikepdf.Pdf, image: pikepdf.Stream, cut: tuple[int, int, int, int], quality: int
) -> None:
    """Replace `image` in place by a form that draws only the `cut` part of it."""
    w, h = _size(image)
    part = _cut_picture(pdf, image, cut, quality)
    for key in ("/SMask", "/Mask"):
        mask = image.get(key)
        if isinstance(mask, pikepdf.Stream):
            mw, mh = _size(mask)
            scaled = (
                math.floor(cut[0] * mw / w), math.floor(cut[1] * mh / h),
                max(1, math.ceil(cut[2] * mw / w)), max(1, math.ceil(cut[3] * mh / h)),
            )  # fmt: skip
            part[key] = _cut_picture(pdf, mask, scaled, quality)
        elif isinstance(mask, Array):
            part[key] = mask
    x0, y0, x1, y1 = cut
    u0, u1 = x0 / w, x1 / w
    v0, v1 = 1 - y1 / h, 1 - y0 / h
    drawing = f"q {u1 - u0:.9f} 0 0 {v1 - v0:.9f} {u0:.9f} {v0:.9f} cm /Im0 Do Q".encode()
    kept = {k: image.get(k) for k in ("/OC", "/StructParent") if k in image}
    for key in list(image.keys()):
        if key != "/Length":
            del image[key]
    image.write(drawing)
    image.Type = Name.XObject
    image.Subtype = Name.Form
    image.BBox = Array([0, 0, 1, 1])
    image.Resources = Dictionary(XObject=Dictionary(Im0=part))
    for k, v in kept.items():
        image[k] = v


# Entries of a picture that describe how to read its samples: copied to the cut part.
SAMPLE_KEYS = (
    "/ColorSpace",
    "/BitsPerComponent",
    "/Decode",
    "/ImageMask",
    "/Intent",
    "/Interpolate",
    "/Matte",
)


def _cut_picture(
    pdf: pikepdf.Pdf, image: pikepdf.Stream, cut: tuple[int, int, int, int], quality: int
) -> pikepdf.Stream:
    w, h = _size(image)
    x0, y0, x1, y1 = cut
    chain = filters(image)
    space = image.get("/ColorSpace")
    comps = 1 if image.get("/ImageMask") is True else _components(space)
    bpc = 1 if image.get("/ImageMask") is True else int(image.get("/BitsPerComponent", 8))
    if comps is None or bpc not in (1, 2, 4, 8, 16):
        raise CleaningRefused(Message("pdf.hidden_part_uncuttable"))
    if w * h * comps * bpc // 8 > MAX_SAMPLES:
        raise CleaningRefused(Message("pdf.hidden_part_too_large"))
    new = {k: image.get(k) for k in SAMPLE_KEYS if k in image}
    if chain == ["/DCTDecode"] and comps in (1, 3) and bpc == 8:
        try:
            with Image.open(io.BytesIO(image.read_raw_bytes())) as im:
                im.load()
                if im.mode in ("L", "RGB") and im.size == (w, h):
                    buf = io.BytesIO()
                    im.crop(cut).save(buf, "JPEG", quality=quality)
                    return pdf.make_stream(
                        buf.getvalue(),
                        Type=Name.XObject,
                        Subtype=Name.Image,
                        Width=x1 - x0,
                        Height=y1 - y0,
                        Filter=Name.DCTDecode,
                        **_names(new),
                    )
        except (OSError, ValueError):
            pass  # not a picture Pillow reads: cut the decoded samples below
    # Only filters we unpack ourselves, with a size cap (qpdf has none): bare samples.
    data = undo_filters(image.read_raw_bytes(), chain, WHERE)
    if data is None:
        raise CleaningRefused(Message("pdf.hidden_part_uncuttable"))
    if _predictor(image):  # now known to unpack to a bounded size: qpdf undoes the predictor
        try:
            data = image.read_bytes(pikepdf.StreamDecodeLevel.generalized)
        except pikepdf.PdfError as e:
            raise CorruptFile(f"{WHERE} is damaged") from e
    row = (w * comps * bpc + 7) // 8
    if len(data) < row * h:
        raise CorruptFile(f"{WHERE} is damaged (its pixels are cut short)")
    import numpy as np  # here, not at the top: batches of photos never pay for it

    rows = np.frombuffer(data, dtype=np.uint8, count=row * h).reshape(h, row)[y0:y1]
    pixel = comps * bpc
    if pixel % 8 == 0:
        part = rows[:, x0 * pixel // 8 : x1 * pixel // 8]
    else:
        bits = np.unpackbits(rows, axis=1)[:, x0 * pixel : x1 * pixel]
        part = np.packbits(bits, axis=1)
    return pdf.make_stream(
        zlib.compress(part.tobytes(), 6), Type=Name.XObject, Subtype=Name.Image,
        Width=x1 - x0, Height=y1 - y0, Filter=Name.FlateDecode, **_names(new),
    )  # fmt: skip


def _predictor(image: pikepdf.Stream) -> bool:
    """Whether the samples were packed with a PNG or TIFF predictor."""
    parms = image.get("/DecodeParms")
    items = parms if isinstance(parms, Array) else [parms]
    return any(isinstance(p, Dictionary) and p.get("/Predictor", 1) != 1 for p in items)


def _names(entries: dict[str, pikepdf.Object | None]) -> dict[str, object]:
    return {k[1:]: v for k, v in entries.items()}


def _components(space: object) -> int | None:
    if isinstance(space, Array) and len(space):
        kind = name_text(space[0])
        if kind == "/ICCBased" and len(space) > 1 and isinstance(space[1], pikepdf.Stream):
            n = space[1].get("/N")
            return int(n) if isinstance(n, int) else None
        if kind == "/DeviceN" and len(space) > 1 and isinstance(space[1], Array):
            return len(space[1])
        return COMPONENTS.get(kind)
    if isinstance(space, Name):
        return COMPONENTS.get(name_text(space))
    return None
