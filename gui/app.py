"""`scrubber-gui [FILES_OR_FOLDERS...]`: start the app, optionally with files in the batch.

`--screenshot PATH` loads the files, waits (bounded) for their inspection and previews,
saves a picture of the window and exits: for the README and for checks.
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
        "--lang", choices=sorted(i18n.LANGUAGES), help="language for this run (not saved)"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--selftest", action="store_true", help="check this installation, print results, exit"
    )
    return parser


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
        return _screenshot(window, args.screenshot)
    finally:
        from gui import workers

        workers.close_app_isolation()  # the worker processes exit with the app


def _screenshot(window: MainWindow, path: Path) -> int:
    from PySide6.QtCore import QThreadPool

    _wait_until(
        lambda: not window.inspector.busy and QThreadPool.globalInstance().activeThreadCount() == 0
    )
    picture = window.grab()
    window.close()
    window.deleteLater()
    path.parent.mkdir(parents=True, exist_ok=True)
    return 0 if picture.save(str(path), "PNG") else 1


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
