"""Reading and judging results, shared by several test modules: decoded pixels and
frames, clean-and-expect-success, clean-and-expect-failure, the command line as a user
runs it, and the crop canary search. The ExifTool judge is beside this, in oracle.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageSequence

from scrubber import CleanOptions, Outcome, clean


def decoded(path: Path) -> tuple[str, tuple[int, int], bytes]:
    with Image.open(path) as im:
        return im.mode, im.size, im.tobytes()


def rgba_frames(path: Path) -> list[bytes]:
    with Image.open(path) as im:
        return [f.convert("RGBA").tobytes() for f in ImageSequence.Iterator(im)]


def clean_to(src: Path, tmp_path: Path, **kw: object) -> Path:
    res = clean(src, tmp_path / "out" / src.name, CleanOptions(**kw))  # type: ignore[arg-type]
    assert res.outcome is Outcome.CLEANED, res.error
    assert res.output is not None
    return res.output


def assert_failed_without_output(src: Path, tmp_path: Path) -> str:
    out_dir = tmp_path / "failed"
    res = clean(src, out_dir / src.name)
    assert res.outcome in (Outcome.FAILED, Outcome.REFUSED)
    assert res.output is None and res.error is not None
    assert not out_dir.exists() or not any(out_dir.iterdir())  # no temp file left either
    return res.error.message


def run_cli(
    *args: str | Path, cwd: Path | None = None, umask: int = -1
) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it: a real subprocess (with this umask, if given)."""
    return subprocess.run(
        [sys.executable, "-m", "scrubber", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        umask=umask,
    )


def has_crop_canary(im: Image.Image) -> bool:
    """Whether a picture holds a block of the magenta canary (a few JPEG-blurred pixels
    at a cut edge do not count; a block of 4x4 does)."""
    rgb = im.convert("RGB")
    px = rgb.load()
    w, h = rgb.size
    for y in range(0, h - 3, 2):
        for x in range(0, w - 3, 2):
            if all(_magenta(px[x + i, y + j]) for i in range(4) for j in range(4)):
                return True
    return False


def _magenta(p: tuple[int, int, int]) -> bool:
    return p[0] > 200 and p[1] < 60 and p[2] > 200
