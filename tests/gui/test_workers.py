"""The app's batch runner on real files: what it reports is what the core verified."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import dirty_jpeg, pattern
from leaky import LEFT, leave_canary, temp_files
from oracle import assert_clean
from pytestqt.qtbot import QtBot

from gui.workers import BatchRunner, Task
from scrubber.model import CleanOptions, CleanResult, Outcome, Report
from scrubber.redact import Region, pipeline

pytestmark = pytest.mark.exiftool


def run(qtbot: QtBot, tasks: list[Task]) -> dict[int, tuple[CleanResult, Report | None]]:
    runner = BatchRunner()
    done: dict[int, tuple[CleanResult, Report | None]] = {}
    runner.itemFinished.connect(lambda uid, result, after: done.__setitem__(uid, (result, after)))
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        runner.start(tasks)
    return done


def test_a_copy_the_recheck_faults_is_reported_failed_and_not_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    photo = dirty_jpeg(folder / "beach.jpg", with_exiftool=False)
    drawing = folder / "drawing.png"
    pattern().save(drawing)
    originals = {p: p.read_bytes() for p in (photo, drawing)}
    leave_canary(monkeypatch, "JPEG")  # PNG stays honest: the batch goes on
    options = CleanOptions()
    done = run(
        qtbot,
        [
            Task(1, photo, out, options),
            Task(2, photo, None, options),  # in place
            Task(3, drawing, out, options),
        ],
    )
    for uid in (1, 2):
        result, after = done[uid]
        assert result.outcome is Outcome.FAILED and after is None
        assert result.error is not None and result.error.code == "verification"
    result, after = done[3]
    assert result.outcome is Outcome.ALREADY_CLEAN and after is result.after is not None
    assert sorted(out.iterdir()) == [out / "drawing.png"]
    assert_clean(out / "drawing.png")
    assert {p: p.read_bytes() for p in originals} == originals
    assert not temp_files(tmp_path)
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and LEFT in p.read_bytes()]


def test_covered_photo_the_recheck_faults_is_not_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def leaky(im: object, f: object, picture: object, options: object) -> None:
        pattern().save(f, "JPEG", comment=LEFT)

    monkeypatch.setattr(pipeline, "_encode", leaky)
    photo = dirty_jpeg(tmp_path / "beach.jpg", with_exiftool=False)
    out = tmp_path / "out"
    task = Task(1, photo, out, CleanOptions(), regions=[Region("rect", 1, 1, 5, 5)])
    result, after = run(qtbot, [task])[1]
    assert result.outcome is Outcome.FAILED and after is None
    assert result.error is not None and result.error.code == "verification"
    assert not out.exists() or not any(out.iterdir())
