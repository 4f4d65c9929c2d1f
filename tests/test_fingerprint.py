"""Reducing the camera fingerprint: the sensor-noise residual of the copy matches the
original's less than without the option, the size changes by the stated factor, and the
option is labelled as reducing, not removing, the pattern."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from factories import dirty_jpeg, run_cli
from oracle import assert_clean
from PIL import Image, ImageFilter

from scrubber import CleanOptions, Outcome
from scrubber.redact import Region, fingerprint, redact

ASTRONAUT = Path(__file__).parent / "data" / "astronaut.jpg"
AREA = [Region("rect", 20, 20, 40, 40)]  # away from the face; any area will do


def noisy_photo(path: Path) -> Path:
    """A real photo plus a fixed noise pattern standing in for a sensor's (PRNU), lossless."""
    base = np.asarray(Image.open(ASTRONAUT).convert("RGB"), np.float64)
    sensor = np.random.default_rng(7).normal(0, 6, (*base.shape[:2], 1))
    Image.fromarray(np.clip(base + sensor, 0, 255).astype(np.uint8)).save(path)
    return path


def residual(im: Image.Image) -> np.ndarray:
    """High-frequency noise: the picture minus its blur (grey)."""
    grey = im.convert("L")
    blurred = grey.filter(ImageFilter.GaussianBlur(1))
    return np.asarray(grey, np.float64) - np.asarray(blurred, np.float64)


def residual_match(out: Path, src: Path) -> float:
    """Correlation of the copy's residual with the original's, resampled to the same size."""
    with Image.open(out) as copy, Image.open(src) as original:
        ref = original.convert("RGB")
        if ref.size != copy.size:
            ref = ref.resize(copy.size, Image.Resampling.LANCZOS)
        return float(np.corrcoef(residual(copy).ravel(), residual(ref).ravel())[0, 1])


def test_off_by_default() -> None:
    assert CleanOptions().reduce_fingerprint is False


def test_noise_residual_matches_less_and_size_changes_by_the_factor(tmp_path: Path) -> None:
    src = noisy_photo(tmp_path / "noisy.png")
    plain = redact(src, tmp_path / "plain.png", AREA)
    reduced = redact(
        src, tmp_path / "reduced.png", AREA, options=CleanOptions(reduce_fingerprint=True)
    )
    assert plain.outcome is Outcome.CLEANED and reduced.outcome is Outcome.CLEANED
    assert plain.output and reduced.output
    assert Image.open(plain.output).size == (512, 512)
    w, h = Image.open(reduced.output).size
    assert (w, h) == (round(512 * fingerprint.SCALE),) * 2 == (497, 497)
    without, with_option = residual_match(plain.output, src), residual_match(reduced.output, src)
    assert without > 0.9  # the fingerprint survives plain redaction (PNG is lossless)
    assert with_option < without - 0.15, (with_option, without)
    assert with_option > 0.3  # honest: reduced, not removed
    (note,) = [w for w in reduced.warnings if "fingerprint" in w]
    assert "reduces, does not remove" in note and "512x512 to 497x497" in note
    assert not any("fingerprint" in w for w in plain.warnings)


def test_weakening_alone_needs_no_area_and_refuses_nothing_else(tmp_path: Path) -> None:
    # The app's "Weaken the camera fingerprint" redraws photos that have nothing to cover.
    src = noisy_photo(tmp_path / "noisy.png")
    weak = redact(src, tmp_path / "weak.png", [], options=CleanOptions(reduce_fingerprint=True))
    assert weak.outcome is Outcome.CLEANED and weak.output is not None
    assert Image.open(weak.output).size == (497, 497)
    assert residual_match(weak.output, src) < 0.8
    assert "redaction:regions" not in {f.key for f in weak.removed}  # nothing was covered
    assert_clean(weak.output)
    plain = redact(src, tmp_path / "plain.png", [])  # without the option: nothing to do
    assert plain.outcome is Outcome.REFUSED and plain.output is None


def test_covered_area_stays_covered_after_the_resample(tmp_path: Path) -> None:
    src = noisy_photo(tmp_path / "noisy.png")
    area = [Region("rect", 100, 100, 200, 200)]
    res = redact(
        src, tmp_path / "o.png", area, "fill", "#ff00ff", CleanOptions(reduce_fingerprint=True)
    )
    assert res.output
    inside = Image.open(res.output).convert("RGB").crop((110, 110, 280, 280))  # 0.97 x, inset
    assert inside.getcolors() == [(inside.width * inside.height, (255, 0, 255))]


def test_transparent_png_keeps_its_alpha(tmp_path: Path) -> None:
    im = Image.new("RGBA", (100, 80), (10, 200, 30, 255))
    im.paste((0, 0, 0, 0), (60, 0, 100, 80))
    src = tmp_path / "t.png"
    im.save(src)
    res = redact(src, tmp_path / "o.png", AREA, options=CleanOptions(reduce_fingerprint=True))
    assert res.outcome is Outcome.CLEANED and res.output
    out = Image.open(res.output)
    assert out.mode == "RGBA" and out.size == (97, 78)
    assert out.getpixel((90, 40))[3] == 0 and out.getpixel((5, 70))[3] == 255  # type: ignore[index]


def test_cli_help_says_reduces() -> None:
    proc = run_cli("redact", "--help")
    assert proc.returncode == 0
    text = " ".join(proc.stdout.split())  # argparse wraps the help text
    assert "--reduce-fingerprint" in text and "reduces, does not remove" in text


@pytest.mark.exiftool
def test_cli_reduce_fingerprint_end_to_end(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "me.jpg", size=(200, 100))
    proc = run_cli("redact", src, "--region", "10,10,30,30", "--reduce-fingerprint", "--json")
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert row["outcome"] == "cleaned"
    assert any("reduces, does not remove" in w for w in row["warnings"])
    out = Path(row["output"])
    assert Image.open(out).size == (194, 97)
    assert_clean(out)
