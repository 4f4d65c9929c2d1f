"""The installation self-test (`scrubber selftest`, `scrubber-gui --selftest`)."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest

from scrubber import cli, registry, selftest, selftest_samples


def test_selftest_cleans_a_sample_of_every_registered_format(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["selftest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for fmt in registry.FORMATS:
        line = next(x for x in lines if x.split(":")[0].endswith(f"format {fmt.name}"))
        assert line.startswith("ok")
        assert "removed, copy re-read clean" in line
    assert "ok   faces: 1 face found, covered, none found in the copy" in lines
    assert "ok   video clip: 12 frames covered, turned upright, sound kept" in lines
    assert lines[-1].startswith("all checks passed")


def test_a_sample_with_nothing_to_remove_fails_the_selftest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def plain_png(path: Path) -> Path:
        selftest_samples.picture().save(path, "PNG")
        return path

    formats = [replace(f, sample=plain_png) if f.id == "png" else f for f in registry.FORMATS]
    monkeypatch.setattr(registry, "FORMATS", tuple(formats))
    out = io.StringIO()
    assert selftest.run(out) == 1
    assert "FAIL format PNG: AssertionError: nothing found in the dirty sample" in out.getvalue()
    assert out.getvalue().splitlines()[-1].startswith("1 check(s) failed")


def test_gui_selftest_checks_icons_translations_and_window(
    qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from gui import app

    assert app.main(["--selftest"]) == 0
    out = capsys.readouterr().out
    assert "ok   gui icons:" in out
    assert "ok   gui translation ru: ours and Qt's loaded" in out
    assert "ok   gui main window: built and drawn" in out


def test_a_clip_that_is_not_covered_fails_the_selftest(monkeypatch: pytest.MonkeyPatch) -> None:
    from scrubber import selftest_clip

    monkeypatch.setattr(selftest_clip, "AREA", (8, 8, 200, 24))  # off the 96x64 picture
    out = io.StringIO()
    assert selftest.run(out) == 1
    assert "FAIL video clip: AssertionError: not covered: area 1 lies outside" in out.getvalue()
