"""What applying a crop costs: cleaning a Word file whose 12 MP photo is shown cropped
(decoded, cut, saved again) against the same file with the photo uncropped (copied
losslessly), in the same run. Not part of the test suite.

    .venv/bin/python bench/bench_office_crops.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import docx
import numpy as np
from docx.shared import Inches
from lxml import etree
from PIL import Image

from scrubber import CleanOptions, Outcome, clean

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def photo(path: Path) -> Path:
    """A noisy, photo-like 4000x3000 JPEG (quality 92), as a phone makes it."""
    rng = np.random.default_rng(1)
    y, x = np.mgrid[0:3000, 0:4000]
    base = np.stack([x * 255 // 4000, y * 255 // 3000, (x + y) * 255 // 7000], axis=-1)
    noisy = np.clip(base + rng.normal(0, 12, base.shape), 0, 255).astype(np.uint8)
    Image.fromarray(noisy, "RGB").save(path, "JPEG", quality=92)
    return path


def document(path: Path, picture: Path, cropped: bool) -> Path:
    doc = docx.Document()
    doc.add_paragraph("A photo")
    doc.add_picture(str(picture), width=Inches(5))
    if cropped:
        fill = next(doc.element.body.iter(f"{{{PIC}}}blipFill"))
        rect = etree.Element(f"{{{A}}}srcRect", l="10000", t="10000", r="10000", b="10000")
        fill.insert(1, rect)
    doc.save(str(path))
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        picture = photo(work / "photo.jpg")
        files = {
            "uncropped (reference)": document(work / "plain.docx", picture, cropped=False),
            "cropped 10% each side": document(work / "cropped.docx", picture, cropped=True),
        }
        times: dict[str, list[float]] = {name: [] for name in files}
        load_before = os.getloadavg()
        for run in range(args.repeat):
            for name, src in files.items():  # interleaved: both see the same load
                start = time.perf_counter()
                res = clean(src, work / f"out{run}" / src.name, CleanOptions())
                times[name].append(time.perf_counter() - start)
                if res.outcome is not Outcome.CLEANED:
                    print(f"{name}: {res.outcome} {res.error}", file=sys.stderr)
                    return 1
        load_after = os.getloadavg()
    print(f"load average before {load_before[0]:.1f}, after {load_after[0]:.1f}")
    print(f"photo: 4000x3000 JPEG, {args.repeat} runs each\n")
    reference = statistics.median(times["uncropped (reference)"])
    print("| document | median s | x reference |\n|---|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {median:.2f} | {median / reference:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
