"""`scrubber-gui --selftest`: the core's self-test plus what only the desktop app needs.

Checks the files a frozen bundle must carry for the GUI: every icon renders (so the SVG
plugins are there), every translation loads with Qt's own strings for that language, and
the main window can be built and shown. Run with QT_QPA_PLATFORM=offscreen in CI.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication

from gui import i18n, paths, workers
from scrubber import isolation, selftest
from scrubber.selftest import Check


def run(app: QApplication) -> int:
    try:
        return selftest.run(extra=lambda: _checks(app))
    finally:
        workers.close_app_isolation()


def _checks(app: QApplication) -> Iterator[Check]:
    yield _icons()
    for code in sorted(set(i18n.LANGUAGES) - {"en"}):
        yield _translation(app, code)
    i18n.install(app, "en")
    yield _window()
    yield _worker()


def _icons() -> Check:
    if b"svg" not in QImageReader.supportedImageFormats():
        return Check("gui icons", False, "the SVG image plugin is missing")
    files = sorted((paths.assets() / "icons").glob("*.svg"))
    bad = [p.stem for p in files if QIcon(str(p)).pixmap(32, 32).isNull()]
    if not paths.icon("scrubber").is_file() or bad:
        return Check("gui icons", False, f"not drawn: {', '.join(bad) or 'scrubber'}")
    return Check("gui icons", True, f"{len(files)} SVG icons drawn")


def _translation(app: QApplication, code: str) -> Check:
    name = f"gui translation {code}"
    if i18n.install(app, code) != code:
        return Check(name, False, f"scrubber_{code}.qm missing or unreadable")
    # Qt's own strings come from its catalogue (qtbase) where Qt ships one, else from ours.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator().load(QLocale(code), "qtbase", "_", qt_dir)
    if QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel":
        return Check(name, False, "Qt's own strings (qtbase) are missing")
    return Check(name, True, "ours and Qt's loaded" if qtbase else "ours, Qt's strings included")


def _window() -> Check:
    from gui.mainwindow import MainWindow

    window = MainWindow()
    window.show()
    QApplication.processEvents()
    shown = window.isVisible() and not window.grab().isNull()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return Check("gui main window", shown, "built and drawn" if shown else "not drawn")


def _worker() -> Check:
    """A file read in a worker process, as the app reads every file: the bundle must be
    able to start them (multiprocessing's fork server runs this executable again)."""
    with tempfile.TemporaryDirectory(prefix="scrubber-selftest-") as tmp:
        path = Path(tmp) / "dot.png"
        Image.new("RGB", (4, 4), (200, 30, 30)).save(path)
        pool = isolation.Processes(keep=1)
        try:
            pid = pool.call(os.getpid, limit_s=60.0)
            report, error, _ = pool.call(isolation.inspect_file, path, limit_s=60.0)
        except Exception as e:
            return Check("gui worker process", False, f"{type(e).__name__}: {e}")
        finally:
            pool.close()
    ok = pid != os.getpid() and report is not None and report.format == "PNG"
    detail = "a file read in a worker process" if ok else f"not read there ({error})"
    return Check("gui worker process", ok, detail)
