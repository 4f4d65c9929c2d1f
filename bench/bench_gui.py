"""GUI responsiveness: the longest stall of the event loop while 500 photos are added and cleaned.

Run by `make bench-gui` (not part of the test suite). A QTimer ticks every 5 ms on the GUI
thread and records when each tick actually ran; the gap between two ticks is how long the
window could not paint or react to input. Three phases, in one run, on the same window:

  idle      the window shown with nothing to do: the floor for this machine and load
  adding    a folder of N dirty camera JPEGs dropped in (inspected and previewed in the
            app's worker processes), the list scrolled a page every 100 ms down to the end
            so that every row asks for its thumbnail; ends when every file is inspected and
            every thumbnail made
  cleaning  Clean pressed; ends when the batch has finished (copies written, re-checked)

The target is a longest stall under 50 ms. The table is markdown, ready for the README.
Timings on a shared or busy machine are noisy: the load average is printed with them.
`--still` adds without scrolling (only rows on screen get thumbnails); `--why` samples the
GUI thread's stack whenever a tick is late, to find what stalls it. Exits with status 1 if
a file was not inspected or not cleaned (the figures would not mean much then).
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported at run time only, after the settings folder is set
    from gui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parent.parent
TICK_MS = 5
TARGET_MS = 50.0
SCROLL_MS = 100
CHECK_MS = 20
IDLE_S = 3.0
PHASE_LIMIT_S = 600.0
START_NS = 500_000_000  # the first half second of a phase: the starting call and its paint


@dataclass
class Phase:
    name: str
    ticks_ns: list[int]  # when each tick ran, from the start of the phase
    note: str = ""
    start_ms: float = 0.0  # the GUI thread's own call that starts the work (add, Clean)

    @property
    def gaps_ms(self) -> list[float]:
        return [(b - a) / 1e6 for a, b in zip(self.ticks_ns, self.ticks_ns[1:], strict=False)]

    def row(self) -> str:
        gaps = sorted(self.gaps_ms)
        longest = max(range(len(gaps)), key=self.gaps_ms.__getitem__)
        at = self.ticks_ns[longest] / 1e9  # when the longest stall began
        seconds = self.ticks_ns[-1] / 1e9
        p99 = (
            statistics.quantiles(gaps, n=100, method="inclusive")[98]
            if len(gaps) >= 2
            else gaps[-1]
        )
        over = sum(g > TARGET_MS for g in gaps)
        # After the start: without the stall of the call that starts the work (add, Clean).
        later = [g for g, t in zip(self.gaps_ms, self.ticks_ns, strict=False) if t > START_NS]
        return (
            f"| {self.name} | {seconds:.1f} | {len(gaps)} | {statistics.median(gaps):.1f} "
            f"| {p99:.1f} | **{gaps[-1]:.1f}** (at {at:.1f} s) | {max(later, default=0):.1f} "
            f"| {over} | {self.note} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500, help="files in the batch")
    parser.add_argument("--size", default="1600x1200", help="picture size, WxH")
    parser.add_argument("--repeat", type=int, default=1, help="add and clean this many times")
    parser.add_argument("--workdir", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--still", action="store_true", help="do not scroll the list while adding")
    parser.add_argument(
        "--why", action="store_true", help="sample the GUI thread's stack during stalls"
    )
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-gui-", dir=args.workdir) as tmp:
        # Before Qt is imported: the app's settings go to a throwaway folder.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
        bench = Bench(Path(tmp), args.count, (width, height), args.repeat, not args.still)
        sampler = Sampler(bench, Path(tmp)) if args.why else None
        status = bench.run()
        if sampler is not None:
            sampler.report()
        return status


class Sampler(threading.Thread):
    """Where the GUI thread is while a tick is late: its Python stack, every few ms.

    Diagnostic only. faulthandler reads the stacks without taking locks (reading another
    running thread's frames from Python crashed Qt). A stack that ends in the event loop
    call means Qt's own C++ work (layout, painting) or waiting for the GIL.
    """

    LATE_MS = 25.0

    def __init__(self, bench: Bench, tmp: Path) -> None:
        super().__init__(daemon=True)
        self.bench = bench
        self.gui = f"Thread 0x{threading.get_ident():016x}"
        self.seen: Counter[str] = Counter()
        self.dump = (tmp / "stacks.txt").open("w+")
        self.start()

    def run(self) -> None:
        while True:
            time.sleep(0.005)
            ticks = self.bench.ticks
            if not ticks or not self.bench.probe_running:
                continue
            if (self.bench.clock.nsecsElapsed() - ticks[-1]) / 1e6 < self.LATE_MS:
                continue
            self.dump.seek(0)
            self.dump.truncate()
            faulthandler.dump_traceback(self.dump, all_threads=True)
            self.dump.flush()
            self.dump.seek(0)
            self.seen[self.gui_stack(self.dump.read())] += 1

    def gui_stack(self, text: str) -> str:
        for block in text.split("\n\n"):
            lines = block.strip().splitlines()
            if lines and lines[0].startswith(self.gui):
                frames = [line.strip() for line in lines[1:] if line.strip().startswith("File")]
                ours = [f for f in frames if "site-packages" not in f][:4]
                return " < ".join(f.replace("File ", "").replace(f'"{ROOT}/', '"') for f in ours)
        return "?"

    def report(self) -> None:
        print()
        print(f"GUI thread stacks sampled while a tick was over {self.LATE_MS:.0f} ms late:")
        for where, n in self.seen.most_common(15):
            print(f"{n:5d}  {where}")


class Bench:
    def __init__(
        self, tmp: Path, count: int, size: tuple[int, int], repeat: int, scroll: bool
    ) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer
        from PySide6.QtWidgets import QApplication

        from gui import i18n

        self.tmp, self.count, self.size, self.repeat = tmp, count, size, repeat
        self.scroll = scroll
        self.failed = False
        self.app = QApplication([sys.argv[0]])
        self.app.setApplicationName("Scrubber")
        self.app.setOrganizationName("Scrubber")
        i18n.install(self.app, "en")
        self.clock = QElapsedTimer()
        self.ticks: list[int] = []  # nanoseconds
        self.probe_running = False
        self.probe = QTimer()
        self.probe.setTimerType(Qt.TimerType.PreciseTimer)
        self.probe.setInterval(TICK_MS)
        self.probe.timeout.connect(lambda: self.ticks.append(self.clock.nsecsElapsed()))

    # --- files --------------------------------------------------------------------------

    def make_files(self, run: int) -> Path:
        """N dirty camera JPEGs: one made by the test factory, then byte copies of it."""
        from factories import dirty_jpeg

        folder = self.tmp / f"photos-{run}"
        folder.mkdir()
        first = dirty_jpeg(folder / "IMG_00000.jpg", size=self.size)
        for i in range(1, self.count):
            shutil.copyfile(first, folder / f"IMG_{i:05d}.jpg")
        return folder

    # --- measuring ----------------------------------------------------------------------

    def measure(
        self,
        name: str,
        start: Callable[[], None],
        done: Callable[[], bool],
        during: Callable[[], None] | None = None,
        note: str = "",
    ) -> Phase:
        """Run the event loop from start() until done() holds, ticking the probe."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        checks = QTimer()
        checks.setInterval(CHECK_MS)
        began = time.monotonic()

        def check() -> None:
            if done() or time.monotonic() - began > PHASE_LIMIT_S:
                loop.quit()

        checks.timeout.connect(check)
        helper = QTimer()
        if during is not None:
            helper.setInterval(SCROLL_MS)
            helper.timeout.connect(during)
        self.clock.start()
        self.ticks = [0]
        self.probe.start()
        self.probe_running = True
        checks.start()
        if during is not None:
            helper.start()
        start_ms = [0.0]

        def timed_start() -> None:
            t0 = time.perf_counter()
            start()
            start_ms[0] = (time.perf_counter() - t0) * 1e3

        QTimer.singleShot(0, timed_start)
        loop.exec()
        self.probe_running = False
        self.probe.stop()
        checks.stop()
        helper.stop()
        self.ticks.append(self.clock.nsecsElapsed())
        if time.monotonic() - began > PHASE_LIMIT_S:
            note = (note + "; " if note else "") + f"STOPPED after {PHASE_LIMIT_S:.0f} s"
        return Phase(name, list(self.ticks), note, start_ms[0])

    def run(self) -> int:
        from gui.mainwindow import MainWindow

        load_before = os.getloadavg()
        window = MainWindow()
        window.resize(1180, 760)
        window.show()
        self.app.processEvents()
        phases: list[Phase] = []
        end = [0.0]

        def idle_start() -> None:
            end[0] = time.monotonic() + IDLE_S

        phases.append(
            self.measure("idle (reference)", idle_start, lambda: end[0] < time.monotonic())
        )
        for run in range(1, self.repeat + 1):
            folder = self.make_files(run)
            phases += self.one_run(window, folder, run)
            window.clear_list()
            shutil.rmtree(folder)
        load_after = os.getloadavg()
        window.close()
        self.report(phases, load_before, load_after)
        return 1 if self.failed else 0

    def one_run(self, window: MainWindow, folder: Path, run: int) -> list[Phase]:
        from gui.items import Status

        view, model = window.view, window.model
        bar = view.verticalScrollBar()
        suffix = f" #{run}" if self.repeat > 1 else ""

        def scroll() -> None:
            bar.setValue(min(bar.value() + bar.pageStep(), bar.maximum()))

        def added() -> bool:
            if len(model.items) < self.count or window.loading:
                return False
            if not self.scroll:  # only the rows on screen ask for thumbnails
                return True
            return bar.value() == bar.maximum() and all(i.thumbnail for i in model.items)

        def add() -> None:
            window.add_paths([folder])  # as a dropped folder

        how = "scrolled to the end" if self.scroll else "list not scrolled"
        adding = self.measure(
            f"adding {self.count} files ({how}){suffix}",
            add,
            added,
            during=scroll if self.scroll else None,
        )
        ready = sum(item.status is Status.READY for item in model.items)
        thumbs = sum(item.thumbnail is not None for item in model.items)
        adding.note = (
            f"{ready} inspected, {thumbs} thumbnails; the add call took {adding.start_ms:.0f} ms"
        )
        self.failed |= ready != self.count

        cleaning = self.measure(
            f"cleaning {self.count} files{suffix}", window.clean, lambda: not window.runner.running
        )
        cleaned = sum(item.result is not None and item.result.outcome.ok for item in model.items)
        cleaning.note = (
            f"{cleaned} cleaned and re-checked; the Clean call took {cleaning.start_ms:.0f} ms"
        )
        self.failed |= cleaned != self.count
        return [adding, cleaning]

    def report(
        self,
        phases: list[Phase],
        before: tuple[float, float, float],
        after: tuple[float, float, float],
    ) -> None:
        from PySide6 import __version__ as pyside

        w, h = self.size
        print(
            f"GUI event-loop stalls: {self.count} dirty camera JPEGs ({w}x{h}), "
            f"probe timer every {TICK_MS} ms, platform {self.app.platformName()}, "
            f"PySide6 {pyside}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
        )
        print(
            "Load average (1/5/15 min) before: "
            + "/".join(f"{x:.2f}" for x in before)
            + ", after: "
            + "/".join(f"{x:.2f}" for x in after)
        )
        print()
        print(
            "| phase | seconds | ticks | median gap ms | p99 gap ms | longest stall ms "
            f"| longest after 0.5 s | gaps > {TARGET_MS:.0f} ms | |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        for phase in phases:
            print(phase.row())
        worst = max(max(p.gaps_ms) for p in phases if not p.name.startswith("idle"))
        verdict = "meets" if worst < TARGET_MS else "MISSES"
        print()
        print(f"Longest stall with work: {worst:.1f} ms ({verdict} the {TARGET_MS:.0f} ms target).")


if __name__ == "__main__":
    sys.exit(main())
