"""PDF cleaning time against a plain qpdf rewrite of the same file, in the same run.

    .venv/bin/python bench/bench_pdf.py [--pages 300] [--repeat 3]

Makes a text-heavy document with a clipped JPEG on every page (a crop to cut) and times
the median of `--repeat` runs of: a bare pikepdf open + save (the floor: every clean is
a full rewrite), scrubber's inspect, and scrubber's clean (walk, crops, hidden-content
check, rewrite and the re-check of the copy). Prints the machine load next to the ratios.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pikepdf
from pikepdf import Dictionary, Name
from PIL import Image

from scrubber import clean, inspect


def make(path: Path, pages: int) -> None:
    photo = io.BytesIO()
    Image.effect_noise((800, 600), 60).convert("RGB").save(photo, "JPEG", quality=85)
    pdf = pikepdf.new()
    font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    lines = b"".join(
        b"BT /F1 10 Tf 50 %d Td (Line %d of the flyer text, with some words in it.) Tj ET\n"
        % (780 - 12 * i, i)
        for i in range(60)
    )
    for _ in range(pages):
        image = pdf.make_stream(
            photo.getvalue(), Type=Name.XObject, Subtype=Name.Image, Width=800, Height=600,
            ColorSpace=Name.DeviceRGB, BitsPerComponent=8, Filter=Name.DCTDecode,
        )  # fmt: skip
        page = pdf.add_blank_page()
        page.Resources = Dictionary(Font=Dictionary(F1=font), XObject=Dictionary(Im0=image))
        page.Contents = pdf.make_stream(
            lines + b"q 300 300 150 150 re W n 200 0 0 150 300 300 cm /Im0 Do Q"
        )
    pdf.save(path)


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.pdf"
        make(src, args.pages)
        runs = [0]

        def rewrite() -> None:
            with pikepdf.open(src) as pdf:
                pdf.save(Path(tmp) / "plain.pdf")

        def cleaned() -> None:
            runs[0] += 1
            result = clean(src, Path(tmp) / f"out{runs[0]}" / "doc.pdf")
            assert result.outcome.value == "cleaned", result.error

        floor = median_time(rewrite, args.repeat)
        look = median_time(lambda: inspect(src), args.repeat)
        full = median_time(cleaned, args.repeat)
        print(f"{args.pages} pages, {src.stat().st_size / 1e6:.1f} MB; load {os.getloadavg()}")
        print(f"qpdf rewrite  {floor:6.2f} s  1.0x")
        print(f"inspect       {look:6.2f} s  {look / floor:.1f}x")
        print(f"clean         {full:6.2f} s  {full / floor:.1f}x")


if __name__ == "__main__":
    main()
