"""`scrubber-gui [FILES_OR_FOLDERS...]`: start the app, optionally with files in the batch.

`--screenshot PATH` loads the files, waits (bounded) for their inspection and previews,
selects the first so its details show, saves a picture of the window and exits: for the
README and for checks. `--size WxH` sets the picture's size in screen pixels (at 200 %,
1920x1080 is a 960x540 window); it fails (exit 3) when the window cannot be that small.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.mainwindow import MainWindow

# Qt and the app's modules are imported in main(), not here: multiprocessing imports the
# program's main script again in every worker process (scrubber.isolation), which must
# not pay for loading Qt.

SCREENSHOT_WAIT_S = 30.0  # longest wait for inspection and previews before the picture


def _parser() -> argparse.ArgumentParser:
    from gui import i18n

    parser = argparse.ArgumentParser(
        prog="scrubber-gui", description="Remove hidden data from photos (desktop app)."
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="FILES_OR_FOLDERS")
    parser.add_argument("--screenshot", type=Path, metavar="PATH", help="save the window as PNG")
    parser.add_argument(
        "--size", type=_size, metavar="WxH", help="with --screenshot: the picture's size"
    )
    parser.add_argument(
        "--lang", choices=sorted(i18n.LANGUAGES), help="language for this run (not saved)"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--selftest", action="store_true", help="check this installation, print results, exit"
    )
    return parser


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not WIDTHxHEIGHT: {text!r}") from None
    if min(size) < 100 or max(size) > 10_000:
        raise argparse.ArgumentTypeError(f"not a screen size: {text!r}")
    return size


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        from scrubber import __version__

        print(f"scrubber-gui {__version__}")
        return 0

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gui import contrast, i18n, paths, settings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Scrubber")
    app.setOrganizationName("Scrubber")
    app.setApplicationDisplayName("Scrubber")
    app.setDesktopFileName("scrubber")
    app.setWindowIcon(QIcon(str(paths.icon("scrubber"))))
    settings.keep_qt_from_recording()  # before any dialog can write its history
    contrast.apply(app)  # every text readable (4.5:1), whatever the desktop's colours
    if args.selftest:  # before settings are read: the check must not depend on them
        from gui import selftest

        return selftest.run(app)
    applied = i18n.install(app, args.lang or settings.language() or i18n.system_language())

    from gui.mainwindow import MainWindow  # after the translators, so texts are translated

    window = MainWindow()
    window.language_installed(applied)
    if args.paths:
        window.add_paths(args.paths)
    window.show()
    try:
        if args.screenshot is None:
            return app.exec()
        return _screenshot(window, args.screenshot, args.size)
    finally:
        from gui import workers

        workers.close_app_isolation()  # the worker processes exit with the app


def _screenshot(window: MainWindow, path: Path, size: tuple[int, int] | None) -> int:
    from PySide6.QtCore import QSize

    fits = True
    if size is not None:
        ratio = window.devicePixelRatioF()
        wanted = QSize(round(size[0] / ratio), round(size[1] / ratio))
        window.resize(wanted)
        fits = window.minimumWidth() <= wanted.width() and window.minimumHeight() <= wanted.height()
        if not fits:
            print(
                f"the window cannot be {wanted.width()}x{wanted.height()}: "
                f"its least is {window.minimumWidth()}x{window.minimumHeight()}",
                file=sys.stderr,
            )
    _wait_until(lambda: not window.loading and _idle())
    if window.model.items:  # one file selected, so the details show
        window.view.setCurrentIndex(window.model.index(0, 0))
        window.view.setFocus()
        _wait_until(lambda: _previews_done(window) and _idle())
    picture = window.grab()
    window.close()
    window.deleteLater()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not picture.save(str(path), "PNG"):
        return 1
    return 0 if fits else 3


def _idle() -> bool:
    from PySide6.QtCore import QThreadPool

    return QThreadPool.globalInstance().activeThreadCount() == 0


def _previews_done(window: MainWindow) -> bool:
    states = {window.details.preview_state(w) for w in ("before", "after")}
    return "loading" not in states


def _wait_until(done: Callable[[], bool]) -> None:
    """Run the event loop until done() has held for a few rounds (previews arrive in
    waves: a painted row asks for its thumbnail), or until the time limit."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + SCREENSHOT_WAIT_S
    calm = 0
    while time.monotonic() < deadline and calm < 5:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)
        calm = calm + 1 if done() else 0


if __name__ == "__main__":
    sys.exit(main())
