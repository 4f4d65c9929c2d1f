"""Clip redaction benchmark: wall time as a multiple of the clip's length, and peak memory.
Not part of the test suite; prints a markdown table for bench/README.md.

    .venv/bin/python bench/bench_video.py [--seconds 30] [--keep]

Makes a 1080p30 H.264 clip with AAC sound (the astronaut photo, slowly panned, as the
background, with her face; a second copy of the face moving across and back), then runs
the real CLI on it in a fresh process, twice, interleaved: `redact --region` (decode,
cover, encode: the reference) and `redact --faces` (the same plus the detector). Peak
memory is each process's own maximum RSS. Every frame of the `--faces` copy is checked:
the moving face's box must be covered (at least 99 % black), or the script exits with 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1920, 1080)
RATE = 30
FACE_CROP = (160, 30, 290, 200)  # tests/data/README.md: the face is at x 170-280, y 40-190
FACE_SIZE = (160, 210)
SOUND_RATE = 48000
MEASURE = (
    "import resource, subprocess, sys, time; t = time.monotonic(); "
    "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "w = time.monotonic() - t; u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(r.returncode, w, u.ru_maxrss, u.ru_utime + u.ru_stime); "
    "print(r.stdout + r.stderr, file=sys.stderr)"
)


def face_box(i: int, frames: int) -> tuple[int, int, int, int]:
    """The moving face's pasted picture: left to right in the first half, back in the
    second."""
    room = SIZE[0] - FACE_SIZE[0]
    half = max(1, frames // 2)
    x = round(room * (i / half if i < half else (frames - i) / half))
    x = max(0, min(room, x))
    y = 600
    return x, y, x + FACE_SIZE[0], y + FACE_SIZE[1]


def make_clip(path: Path, seconds: int) -> int:
    with Image.open(ROOT / "tests" / "data" / "astronaut.jpg") as im:
        photo = im.convert("RGB")
    face = photo.crop(FACE_CROP).resize(FACE_SIZE, Image.Resampling.LANCZOS)
    wide = photo.resize((2200, 2200), Image.Resampling.BICUBIC)
    frames = seconds * RATE
    with av.open(str(path), "w", format="mp4") as out:
        video = out.add_stream("libx264", rate=RATE, options={"crf": "20", "preset": "veryfast"})
        video.width, video.height = SIZE
        video.pix_fmt = "yuv420p"
        sound = out.add_stream("aac", rate=SOUND_RATE, layout="stereo")
        for i in range(frames):
            dx = round(200 * i / frames)  # a slow pan: every frame changes, as filmed
            picture = wide.crop((dx, 300, dx + SIZE[0], 300 + SIZE[1]))
            picture.paste(face, face_box(i, frames)[:2])
            frame = av.VideoFrame.from_image(picture)
            frame.pts, frame.time_base = i, Fraction(1, RATE)
            out.mux(video.encode(frame))
        out.mux(video.encode(None))
        n = seconds * SOUND_RATE
        tone = (np.sin(np.arange(n) * 2 * np.pi * 330 / SOUND_RATE) * 0.2).astype(np.float32)
        for start in range(0, n, 1024):
            part = np.stack([tone[start : start + 1024]] * 2)
            frame = av.AudioFrame.from_ndarray(part, format="fltp", layout="stereo")
            frame.sample_rate, frame.pts = SOUND_RATE, start
            frame.time_base = Fraction(1, SOUND_RATE)
            out.mux(sound.encode(frame))
        out.mux(sound.encode(None))
    return frames


def run(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of one CLI process."""
    cli = [sys.executable, "-m", "scrubber", *args]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *cli], capture_output=True, text=True, check=False
    )
    code, wall, rss, cpu = done.stdout.split()
    if code != "0":
        sys.exit(f"failed: {' '.join(args)}\n{done.stderr}")
    return float(wall), int(rss) / 1024, float(cpu)


def face_only(i: int, frames: int) -> tuple[int, int, int, int]:
    """The face itself (x 170-280, y 40-190 of the photo) in the moving picture."""
    x0, y0, _, _ = face_box(i, frames)
    kx, ky = (
        FACE_SIZE[0] / (FACE_CROP[2] - FACE_CROP[0]),
        FACE_SIZE[1] / (FACE_CROP[3] - FACE_CROP[1]),
    )
    return (
        x0 + round(10 * kx),
        y0 + round(10 * ky),
        x0 + round(120 * kx),
        y0 + round(160 * ky),
    )


def faces_covered(path: Path, frames: int) -> int:
    covered = 0
    with open(path, "rb") as f, av.open(f, "r") as container:
        for i, frame in enumerate(container.decode(video=0)):
            inside = np.asarray(frame.to_image().crop(face_only(i, frames)), np.int16)
            covered += bool((inside.max(axis=2) < 40).mean() >= 0.99)
    return covered


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-video-"))
    try:
        clip = work / "clip.mp4"
        start = time.monotonic()
        frames = make_clip(clip, args.seconds)
        made = time.monotonic() - start
        print(f"clip: {args.seconds} s, {frames} frames 1080p30 + AAC, "
              f"{clip.stat().st_size / 1e6:.1f} MB, made in {made:.0f} s")  # fmt: skip
        load = os.getloadavg()
        rows: dict[str, list[tuple[float, float, float]]] = {"region": [], "faces": []}
        for r in range(args.repeat):
            rows["region"].append(
                run(["redact", str(clip), "--region", "0,0,400,200", "-o", str(work / f"r{r}.mp4")])
            )
            rows["faces"].append(
                run(["redact", str(clip), "--faces", "-o", str(work / f"f{r}.mp4")])
            )
        load_after = os.getloadavg()
        covered = faces_covered(work / "f0.mp4", frames)
        print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} before, "
              f"{load_after[0]:.1f} after")  # fmt: skip
        print(
            "\n| run | wall s | wall / clip length | CPU s | CPU s / clip s / cores "
            "| peak RSS MB |\n|---|---:|---:|---:|---:|---:|"
        )
        cores = os.cpu_count() or 1
        for name, results in rows.items():
            wall, rss, cpu = min(results)
            print(
                f"| redact --{name} | {wall:.1f} | {wall / args.seconds:.2f} | {cpu:.0f} "
                f"| {cpu / args.seconds / cores:.2f} | {rss:.0f} |"
            )
        ratio = min(rows["faces"])[0] / min(rows["region"])[0]
        print(
            f"\n--faces / --region: {ratio:.2f} (wall); "
            f"moving face covered in {covered} of {frames} frames"
        )
        return 0 if covered == frames else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
