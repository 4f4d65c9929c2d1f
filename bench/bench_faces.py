"""Face detector benchmark: time per 12 MP photo, recall and false positives on a small
offline set. Not part of the test suite; prints markdown tables for bench/README.md.

    .venv/bin/python bench/bench_faces.py [--wheel scikit_image-*.whl] [--repeat 7]

Small faces: 12 MP crowds from tests/face_canvas.py (faces 25-100 px wide, light and
darkened, some a third outside the border): recall by width and tone, and whether
`redact` covered each, judged by the pixels of the copy.

Other faces: tests/data/astronaut.jpg always; with --wheel (from `pip download --no-deps
scikit-image`) also camera.png and the 100 face crops of lfw_subset.npy, plus non-face
pictures, read from the wheel in memory and never written into the repo. Every face
photo is also transformed (scale, rotation, half crop, mirror, tone, low light) and its
ground-truth box transformed with it. Each sample is saved as a JPEG (q95) in a
temporary folder and every detector reads that file, CenterFace the way the app does.
OpenCV's Haar cascade is the reference when cv2 (4.x) is importable."""

from __future__ import annotations

import argparse
import io
import math
import os
import statistics
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # face_canvas: the test suite's 12 MP crowds

from face_canvas import TONES as TONE_NAMES  # noqa: E402
from face_canvas import crowd, texture, tone, uncovered  # noqa: E402

from scrubber.formats import pixels  # noqa: E402
from scrubber.redact import detect, pipeline  # noqa: E402
from scrubber.redact.detect import Search  # noqa: E402

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
Detector = Callable[[Path], list[Box]]
CANVAS = (4000, 3000)
SCALE_WIDTHS = (25, 40, 60, 100)
TONES = (0.45, 0.6, 0.8, 1.2)
TONE_GROUP = "tone x0.45/0.6/0.8/1.2, gamma 1.8"
NON_FACE_SKIMAGE = [
    "chelsea.png",
    "coffee.png",
    "rocket.jpg",
    "coins.png",
    "hubble_deep_field.jpg",
    "retina.jpg",
    "motorcycle_left.png",
    "brick.png",
    "grass.png",
    "gravel.png",
    "color.png",
    "logo.png",
    "moon.png",
    "page.png",
    "text.png",
    "horse.png",
    "ihc.png",
    "cell.png",
    "clock_motion.png",
]


@dataclass
class Sample:
    group: str
    name: str
    im: Image.Image
    truth: list[Box] = field(default_factory=list)  # empty: a non-face image


# --- geometry -------------------------------------------------------------------------------


def iou(a: Box, b: Box) -> float:
    iw = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    ih = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = iw * ih
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def hit(det: Box, gt: Box) -> bool:
    cx, cy = (det[0] + det[2]) / 2, (det[1] + det[3]) / 2
    return iou(det, gt) >= 0.3 or (gt[0] <= cx <= gt[2] and gt[1] <= cy <= gt[3])


def score(dets: list[Box], truth: list[Box]) -> tuple[int, int]:
    """(faces found, detections matching no face)."""
    found = sum(any(hit(d, g) for d in dets) for g in truth)
    extra = sum(not any(hit(d, g) for g in truth) for d in dets)
    return found, extra


# --- pictures -------------------------------------------------------------------------------


def embed(photo: Image.Image, face: Box, width: float, bg: Image.Image) -> tuple[Image.Image, Box]:
    """Scale `photo` so the face is `width` px wide and paste it into a copy of `bg`."""
    s = width / (face[2] - face[0])
    small = photo.resize(
        (round(photo.width * s), round(photo.height * s)), Image.Resampling.LANCZOS
    )
    x, y = bg.width // 3, bg.height // 3
    out = bg.copy()
    out.paste(small, (x, y))
    return out, (x + face[0] * s, y + face[1] * s, x + face[2] * s, y + face[3] * s)


def rotate(photo: Image.Image, face: Box, deg: float) -> tuple[Image.Image, Box]:
    """Counter-clockwise rotation (expanded canvas); the truth is the rotated box's hull."""
    out = photo.rotate(deg, Image.Resampling.BICUBIC, expand=True, fillcolor=(110, 110, 110))
    cx, cy, ncx, ncy = photo.width / 2, photo.height / 2, out.width / 2, out.height / 2
    a = math.radians(deg)
    pts = []
    for px, py in ((face[0], face[1]), (face[2], face[1]), (face[0], face[3]), (face[2], face[3])):
        dx, dy = px - cx, py - cy
        pts.append(
            (ncx + dx * math.cos(a) + dy * math.sin(a), ncy - dx * math.sin(a) + dy * math.cos(a))
        )
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return out, (min(xs), min(ys), max(xs), max(ys))


def low_light(photo: Image.Image, k: float, sigma: float, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    arr = np.asarray(photo, np.float32) * k + rng.normal(0, sigma, (photo.height, photo.width, 3))
    return Image.fromarray(np.clip(np.round(arr), 0, 255).astype(np.uint8))


def variants(name: str, photo: Image.Image, face: Box, bg: Image.Image) -> list[Sample]:
    out = [Sample("original", name, photo, [face])]
    out.append(
        Sample(
            "mirrored",
            name,
            ImageOps.mirror(photo),
            [(photo.width - face[2], face[1], photo.width - face[0], face[3])],
        )
    )
    for deg in (30, -30, 90):
        im, gt = rotate(photo, face, deg)
        out.append(Sample("rotated +-30 and 90 deg", f"{name} {deg:+d}deg", im, [gt]))
    cx, cy = (face[0] + face[2]) / 2, (face[1] + face[3]) / 2
    for label, crop in (
        ("left half", (0, 0, round(cx), photo.height)),
        ("right half", (round(cx), 0, photo.width, photo.height)),
        ("top half", (0, 0, photo.width, round(cy))),
    ):
        x0, y0, x1, y1 = crop
        gt = (
            max(face[0], x0) - x0,
            max(face[1], y0) - y0,
            min(face[2], x1) - x0,
            min(face[3], y1) - y0,
        )
        out.append(
            Sample("half face (cut by the border)", f"{name} {label}", photo.crop(crop), [gt])
        )
    for k in TONES:
        out.append(Sample(TONE_GROUP, f"{name} x{k}", tone(photo, face, k), [face]))
    out.append(Sample(TONE_GROUP, f"{name} gamma1.8", tone(photo, face, 1.0, 1.8), [face]))
    for i, (k, sigma) in enumerate(((0.3, 6.0), (0.15, 10.0))):
        out.append(
            Sample(
                "low light + noise",
                f"{name} x{k} sd{sigma:g}",
                low_light(photo, k, sigma, i),
                [face],
            )
        )
    for wpx in SCALE_WIDTHS:
        im, gt = embed(photo, face, wpx, bg)
        out.append(Sample(f"{wpx} px face in 4000x3000", f"{name} {wpx}px", im, [gt]))
    return out


def lfw_grid(arr: np.ndarray, faces: bool) -> Sample:
    """100 LFW 25x25 crops, upscaled to 100 px, on a grey 10x10 grid."""
    im = Image.new("RGB", (1990, 1490), (128, 128, 128))
    truth: list[Box] = []
    for i, crop in enumerate(arr):
        tile = Image.fromarray((crop * 255).astype(np.uint8)).resize(
            (100, 100), Image.Resampling.BICUBIC
        )
        x, y = 40 + (i % 10) * 190, 40 + (i // 10) * 145
        im.paste(tile.convert("RGB"), (x, y))
        truth.append((x, y, x + 100, y + 100))
    if faces:
        return Sample("LFW crops, 25 px upscaled x4 (100 faces)", "lfw faces", im, truth)
    return Sample("non-face", "lfw non-face crops (100)", im, [])


def load_set(wheel: Path | None, bg: Image.Image) -> list[Sample]:
    photos: list[tuple[str, Image.Image, Box]] = [
        (
            "astronaut",
            Image.open(ROOT / "tests/data/astronaut.jpg").convert("RGB"),
            (170, 40, 280, 190),
        )
    ]
    non_faces = [
        Sample(
            "non-face", "Pillow effect_noise", Image.effect_noise((1600, 1200), 64).convert("RGB")
        ),
        Sample(
            "non-face",
            "Pillow mandelbrot",
            Image.effect_mandelbrot((1600, 1200), (-2, -1.2, 1, 1.2), 100).convert("RGB"),
        ),
        Sample(
            "non-face",
            "Pillow radial gradient",
            Image.radial_gradient("L").resize((1600, 1200)).convert("RGB"),
        ),
        Sample("non-face", "textured 4000x3000 canvas", bg),
    ]
    extra: list[Sample] = []
    if wheel is None:
        print(
            "> note: no --wheel given; camera.png, LFW crops and skimage non-face pictures"
            " skipped\n"
        )
    else:
        with zipfile.ZipFile(wheel) as z:

            def read(n: str) -> Image.Image:
                return Image.open(io.BytesIO(z.read(f"skimage/data/{n}"))).convert("RGB")

            photos.append(("camera", read("camera.png"), (180, 100, 258, 198)))
            lfw = np.load(io.BytesIO(z.read("skimage/data/lfw_subset.npy")))
            extra.append(lfw_grid(lfw[:100], True))
            non_faces.append(lfw_grid(lfw[100:], False))
            non_faces += [Sample("non-face", n, read(n)) for n in NON_FACE_SKIMAGE]
    samples = [s for name, im, face in photos for s in variants(name, im, face, bg)]
    return samples + extra + non_faces


# --- detectors ---------------------------------------------------------------------------
# Each takes a JPEG file, as the app does: CenterFace through `raw_faces_in_file` (so the
# fast pass uses its reduced decode), Haar on the fully decoded picture.


def centerface(search: Search) -> Detector:
    def run(path: Path) -> list[Box]:
        return [r.box() for r in detect.raw_faces_in_file(path, search)]

    return run


def haar() -> Detector | None:
    """OpenCV's frontal Haar cascade (scale 1.1, 5 neighbours, min 24 px, equalised), if
    cv2 is importable (`pip install "opencv-python-headless>=4.10,<5"`; 5.x has no Haar)."""
    try:
        import cv2

        xml = Path(cv2.__file__).parent / "data" / "haarcascade_frontalface_default.xml"
        cascade = cv2.CascadeClassifier(str(xml))
    except (ImportError, AttributeError):
        return None
    if cascade.empty():  # OpenCV 5 ships no cascades
        return None
    cv2.setNumThreads(2)

    def run(path: Path) -> list[Box]:
        grey = cv2.equalizeHist(np.asarray(decode_full(path).convert("L")))
        found = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=5, minSize=(24, 24))
        return [(float(x), float(y), float(x + w), float(y + h)) for x, y, w, h in found]

    return run


# --- timing ---------------------------------------------------------------------------------


def make_12mp(workdir: Path, bg: Image.Image) -> Path:
    photo = Image.open(ROOT / "tests/data/astronaut.jpg").convert("RGB")
    im, _ = embed(photo, (170, 40, 280, 190), 500, bg)  # face 500 px wide, photo 2330 px
    path = workdir / "face_12mp.jpg"
    im.save(path, quality=92)
    return path


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Median wall ms, minimum wall ms and median CPU ms (all threads) of `repeat` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - t) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return statistics.median(walls), min(walls), statistics.median(cpus)


def decode_full(path: Path) -> Image.Image:
    with open(path, "rb") as f:
        return pixels.decode(f)


def show_load() -> None:
    """Load averages now (1, 5, 15 min): timings on a shared 2-core machine depend on them."""
    one, five, fifteen = os.getloadavg()
    print(f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs\n")


def tiles_in_one_batch(im: Image.Image) -> object:
    """The alternative to running tiles one after another: the thorough search's tiles
    of `im` (already at its working scale) in one batched run of the model."""
    work, _, _ = detect._resized(im, 1.0)
    crops = [work.crop((x, y, x + w, y + h)) for x, y, w, h in detect._tile_grid(work.size)]
    batch = np.stack([np.asarray(c, np.float32).transpose(2, 0, 1) for c in crops])
    return detect._infer_batch(batch, detect.CANDIDATE_THRESHOLD)


def time_12mp(path: Path, crowded: Path, ref: Detector | None, repeat: int) -> None:
    decoded = decode_full(path)
    reduced = detect.load(path, Search.FAST)
    half = detect.load(path, Search.THOROUGH)
    detect.raw_faces(decoded)  # load the model, warm the page cache
    mb = path.stat().st_size / 1e6
    print(f"### Time per 12 MP photo (4000x3000 JPEG q92, {mb:.1f} MB, {repeat} runs)\n")
    show_load()
    fine = detect.CANDIDATE_THRESHOLD
    rows: list[tuple[str, Callable[[], object]]] = [
        ("decode, full size (`pixels.decode`; redaction)", lambda: decode_full(path)),
        (
            f"decode for the fast search (`detect.load`: inspect, draft() to "
            f"{reduced.width}x{reduced.height}, rotate)",
            lambda: detect.load(path, Search.FAST),
        ),
        (
            f"decode for the thorough search (draft() to {half.width}x{half.height})",
            lambda: detect.load(path, Search.THOROUGH),
        ),
        ("fast search, model only (on its decode)", lambda: detect.raw_faces(reduced, Search.FAST)),
        ("**fast search, file to boxes**", lambda: detect.raw_faces_in_file(path, Search.FAST)),
        ("thorough search, model only (on its decode)", lambda: detect.raw_faces(half)),
        (
            "thorough: its tiles one after another (as it runs; model only)",
            lambda: detect._run(half, 1.0, fine),
        ),
        (
            "thorough: the same tiles in one batched run (not used)",
            lambda: tiles_in_one_batch(half),
        ),
        (
            "**thorough search, file to boxes** (target <= 1200)",
            lambda: detect.raw_faces_in_file(path),
        ),
        (
            "thorough search on full decoded pixels (the app's editor)",
            lambda: detect.raw_faces(decoded),
        ),
        (
            "thorough search, file to boxes, 12 MP crowd (16 faces of 25-100 px)",
            lambda: detect.raw_faces_in_file(crowded),
        ),
    ]
    if ref is not None:
        rows.append(("Haar frontal, file to boxes", lambda: ref(path)))
    print("| step | wall ms, median | wall ms, best | CPU ms, median |\n|---|---:|---:|---:|")
    for label, step in rows:
        med, best, cpu = timed(step, repeat)
        print(f"| {label} | {med:.0f} | {best:.0f} | {cpu:.0f} |")
    show_load()
    n_fast = len(detect.raw_faces_in_file(path, Search.FAST))
    n_thorough = len(detect.raw_faces_in_file(path))
    print(f"(sanity: {n_fast} box(es) from the fast search, {n_thorough} from the thorough one)\n")


# --- recall ---------------------------------------------------------------------------------


def recall(samples: list[Sample], detectors: dict[str, Detector], workdir: Path) -> None:
    results: dict[str, dict[str, list[int]]] = {
        d: defaultdict(lambda: [0, 0, 0, 0]) for d in detectors
    }
    spent: dict[str, float] = defaultdict(float)
    misses: dict[str, list[str]] = defaultdict(list)
    for i, s in enumerate(samples):
        path = workdir / f"sample{i}.jpg"
        s.im.save(path, quality=95)  # every detector reads the same file
        for dname, fn in detectors.items():
            t = time.perf_counter()
            dets = fn(path)
            spent[dname] += time.perf_counter() - t
            found, extra = score(dets, s.truth)
            r = results[dname][s.group]
            r[0] += found
            r[1] += len(s.truth)
            r[2] += extra if s.truth else len(dets)
            r[3] += 1
            if found < len(s.truth):
                misses[dname].append(f"{s.name} ({found}/{len(s.truth)})")
            if s.truth == [] and dets:
                misses[dname].append(f"FP on {s.name}: {len(dets)}")
        path.unlink()

    groups = list(dict.fromkeys(s.group for s in samples))
    names = list(detectors)
    print("### Recall per variant group (faces found / faces; extra boxes on face images)\n")
    print("| group | images | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    totals = {d: [0, 0, 0] for d in names}
    photos = {d: [0, 0, 0] for d in names}  # all but the LFW crops
    for g in groups:
        if g == "non-face":
            continue
        n_img = results[names[0]][g][3]
        cells = []
        for d in names:
            f, t, x, _ = results[d][g]
            for acc in (totals[d], photos[d]) if not g.startswith("LFW") else (totals[d],):
                acc[0] += f
                acc[1] += t
                acc[2] += x
            cells.append(f"{f}/{t}" + (f" (+{x})" if x else ""))
        print(f"| {g} | {n_img} | " + " | ".join(cells) + " |")
    for label, sums in (("2 photos in all variants", photos), ("all, with the LFW crops", totals)):
        cells = [
            f"**{t[0]}/{t[1]} = {100 * t[0] / t[1]:.1f} %**" + (f" (+{t[2]})" if t[2] else "")
            for t in sums.values()
        ]
        print(f"| **{label}** | | " + " | ".join(cells) + " |")

    nf = [s for s in samples if s.group == "non-face"]
    print(f"\n### False positives on {len(nf)} non-face images\n")
    print("| detector | boxes on non-face images | images with any box | s for the whole set |")
    print("|---|---|---|---:|")
    for d in names:
        fp_imgs = sum(1 for m in misses[d] if m.startswith("FP on"))
        print(f"| {d} | {results[d]['non-face'][2]} | {fp_imgs}/{len(nf)} | {spent[d]:.0f} |")

    print("\n### Misses and false positives\n")
    for d in names:
        print(f"- {d}: " + ("; ".join(misses[d]) or "none"))


def small_faces(detectors: dict[str, Detector], workdir: Path, seeds: int) -> None:
    """Recall by face width and tone on 12 MP crowds (tests/face_canvas.py), and for the
    default search whether `redact` covered each face, judged by its pixels."""
    widths, cut = (25, 30, 40, 50, 60), (40, 60, 100)
    found: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    rows: list[str] = []
    for seed in range(1, seeds + 1):
        im, faces = crowd(widths, cut, seed)
        path = workdir / f"crowd{seed}.jpg"
        im.save(path, quality=92)
        results = {name: fn(path) for name, fn in detectors.items()}
        areas = detect.faces_in_file(path)
        out = pipeline.redact(path, workdir / f"covered{seed}.jpg", areas, "fill", "#ff00ff")
        assert out.output is not None, out.error
        left = uncovered(path, out.output, faces, (255, 0, 255))
        for face in faces:
            row = f"{face.width} px" + (", a third cut off by the border" if face.cut else "")
            rows.append(row)
            for name, dets in results.items():
                cell = found[(row, face.tone, name)]
                cell[0] += any(hit(d, face.box) for d in dets)
                cell[1] += 1
            cell = found[(row, face.tone, "covered")]
            cell[0] += face not in left
            cell[1] += 1
        out.output.unlink()
        path.unlink()
    names = [*detectors, "covered"]
    print(f"### Small faces in {seeds} 12 MP crowds (found / faces; light | dark)\n")
    print("| face width | " + " | ".join(f"{n} light | {n} dark" for n in names) + " |")
    print("|---|" + "---:|" * (2 * len(names)))
    for row in dict.fromkeys(rows):
        cells = [
            "{}/{}".format(*found[(row, tone_name, n)]) for n in names for tone_name in TONE_NAMES
        ]
        print(f"| {row} | " + " | ".join(cells) + " |")
    print(
        "\n`covered`: `redact` with the default (thorough) search's areas, checked by "
        "pixels of the copy inside each known face box.\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--wheel", type=Path, help="scikit-image wheel (pip download --no-deps scikit-image)"
    )
    ap.add_argument("--repeat", type=int, default=7, help="timing runs per row")
    ap.add_argument("--no-recall", action="store_true", help="timings only")
    ap.add_argument("--crowds", type=int, default=3, help="12 MP crowds of small faces")
    ap.add_argument(
        "--threads",
        type=int,
        help="model threads (default: one per core, as the app); 1 gives CPU times that "
        "other jobs on a shared machine inflate least",
    )
    args = ap.parse_args()
    if args.threads:
        threads = args.threads
        detect._threads = lambda: threads  # before the model is loaded
        print(f"> model threads: {threads}\n")

    bg = texture(CANVAS)
    detectors: dict[str, Detector] = {
        "CenterFace fast": centerface(Search.FAST),
        "CenterFace thorough": centerface(Search.THOROUGH),
    }
    ref = haar()
    if ref is None:
        print('> Haar: not installed (`pip install "opencv-python-headless>=4.10,<5"`)\n')
    else:
        detectors["Haar frontal (OpenCV)"] = ref

    with tempfile.TemporaryDirectory() as tmp:
        crowded = Path(tmp) / "crowd.jpg"
        crowd((25, 30, 40, 50, 60), (40, 60, 100))[0].save(crowded, quality=92)
        time_12mp(make_12mp(Path(tmp), bg), crowded, ref, args.repeat)
        if not args.no_recall:
            small_faces(detectors, Path(tmp), args.crowds)
            recall(load_set(args.wheel, bg), detectors, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
