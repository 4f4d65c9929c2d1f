"""The app with real worker processes: a worker that crashes or hangs on one file costs
that file only; the window, the other files and cancelling are unaffected."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import crashy
import pytest
from factories import dirty_jpeg
from leaky import temp_files
from oracle import assert_clean, leaks
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from gui import words
from gui.items import Status
from gui.mainwindow import MainWindow
from scrubber import isolation
from scrubber.model import Outcome

pytestmark = pytest.mark.exiftool
T = TypeVar("T")


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window reading, previewing and cleaning in real worker processes."""
    work = isolation.Processes(keep=3)
    window = MainWindow()
    qtbot.addWidget(window)
    window.inspector.work = window.runner.work = work
    window.output_dir = tmp_path / "out"
    window.show()
    yield window
    window.close()
    work.close()


def add_photos(qtbot: QtBot, window: MainWindow, folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir()
    first = dirty_jpeg(folder / names[0])
    paths = [first] + [Path(shutil.copyfile(first, folder / name)) for name in names[1:]]
    window.add_paths(paths)
    qtbot.waitUntil(
        lambda: all(i.status is Status.READY for i in window.model.items), timeout=30_000
    )
    return paths


def clean(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)


def responds(qtbot: QtBot) -> bool:
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2_000)
    return True


def test_a_worker_crash_fails_that_file_and_the_batch_goes_on(
    qtbot: QtBot, app: MainWindow, tmp_path: Path
) -> None:
    photos = add_photos(qtbot, app, tmp_path / "in", ["a.jpg", crashy.BAD, "c.jpg", "d.jpg"])
    assert all(leaks(p) for p in photos)
    # Inspected and previewed in the workers: reports with findings, thumbnails drawn.
    assert all(i.report is not None and i.report.findings for i in app.model.items)
    qtbot.waitUntil(lambda: all(i.thumbnail is not None for i in app.model.items), timeout=30_000)
    assert all(not i.thumbnail.isNull() for i in app.model.items if i.thumbnail)

    app.runner.run = crashy.run_crashing_on_bad  # that worker dies of SIGSEGV mid-batch
    clean(qtbot, app)

    rows = {i.path.name: i for i in app.model.items}
    bad = rows.pop(crashy.BAD)
    assert bad.result is not None and bad.result.outcome is Outcome.FAILED
    assert bad.result.error is not None and bad.result.error.code == "crash"
    assert app.model.status_text(bad) == words.outcome(Outcome.FAILED)
    for item in rows.values():
        assert item.result is not None and item.result.outcome is Outcome.CLEANED
        assert item.after is not None and not item.after.findings
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == sorted(rows)
    for copy in out.iterdir():
        assert_clean(copy)
    assert not temp_files(tmp_path)
    assert app.isVisible() and responds(qtbot)
    assert app.clean_button.isEnabled()


class CrashingInspection(isolation.Processes):
    """Real worker processes, whose inspection dies of SIGSEGV on the file named BAD."""

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if fn is isolation.inspect_file:
            fn = crashy.inspect_crashing_on_bad  # type: ignore[assignment]
        return super().call(fn, *args, **kwargs)


def test_a_worker_crash_while_listing_costs_that_row_only(
    qtbot: QtBot, app: MainWindow, tmp_path: Path
) -> None:
    work = CrashingInspection(keep=2)
    app.inspector.work = work
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        first = dirty_jpeg(folder / "a.jpg")
        shutil.copyfile(first, folder / crashy.BAD)
        app.add_paths([folder])
        qtbot.waitUntil(
            lambda: (
                len(app.model.items) == 2
                and all(i.status in (Status.READY, Status.UNREADABLE) for i in app.model.items)
            ),
            timeout=30_000,
        )
        rows = {i.path.name: i for i in app.model.items}
        assert rows[crashy.BAD].status is Status.UNREADABLE
        assert rows[crashy.BAD].error_code == "crash"
        assert app.model.status_text(rows[crashy.BAD]) == "Could not be read"
        assert rows["a.jpg"].status is Status.READY and rows["a.jpg"].report is not None
        clean(qtbot, app)  # the window goes on: the readable file is cleaned
        assert rows["a.jpg"].result is not None
        assert rows["a.jpg"].result.outcome is Outcome.CLEANED
        assert_clean(tmp_path / "out" / "a.jpg")
        assert app.isVisible() and responds(qtbot)
    finally:
        work.close()


def test_a_hung_worker_is_stopped_and_that_file_fails(
    qtbot: QtBot, app: MainWindow, tmp_path: Path
) -> None:
    add_photos(qtbot, app, tmp_path / "in", ["a.jpg", crashy.BAD, "c.jpg"])
    app.runner.run = crashy.run_hanging_on_bad
    app.runner.limit = isolation.TimeLimit(2.0)  # generous in the app; short for the test
    clean(qtbot, app)
    rows = {i.path.name: i for i in app.model.items}
    bad = rows.pop(crashy.BAD)
    assert bad.result is not None and bad.result.outcome is Outcome.FAILED
    assert bad.result.error is not None and bad.result.error.code == "timeout"
    assert all(i.result is not None and i.result.outcome is Outcome.CLEANED for i in rows.values())
    for copy in (tmp_path / "out").iterdir():
        assert_clean(copy)
    assert app.isVisible() and responds(qtbot)


def test_cancel_stops_files_being_written_at_once(
    qtbot: QtBot, app: MainWindow, tmp_path: Path
) -> None:
    add_photos(qtbot, app, tmp_path / "in", [f"{n}.jpg" for n in range(8)])
    app.runner.run = crashy.run_hanging  # every file hangs half-written
    qtbot.mouseClick(app.clean_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(temp_files(tmp_path / "out")) >= 1, timeout=30_000)
    start = time.monotonic()
    with qtbot.waitSignal(app.runner.finished, timeout=10_000) as finished:
        qtbot.mouseClick(app.cancel_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - start < 1.0  # a fraction of a second, load permitting
    assert finished.args == [True]
    assert all(i.result is not None for i in app.model.items)
    assert {i.result.outcome for i in app.model.items if i.result} == {Outcome.CANCELLED}
    assert not temp_files(tmp_path)
    assert responds(qtbot)
