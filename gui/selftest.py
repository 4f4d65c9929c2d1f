"""`scrubber-gui --selftest`: the core's self-test plus what only the desktop app needs.

Checks the files a frozen bundle must carry for the GUI: every icon renders (so the SVG
plugins are there), every translation loads with Qt's own strings for that language, and
the main window can be built and shown. Run with QT_QPA_PLATFORM=offscreen in CI.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication

from gui import i18n, paths
from scrubber import selftest
from scrubber.selftest import Check


def run(app: QApplication) -> int:
    return selftest.run(extra=lambda: _checks(app))


def _checks(app: QApplication) -> Iterator[Check]:
    yield _icons()
    for code in sorted(set(i18n.LANGUAGES) - {"en"}):
        yield _translation(app, code)
    i18n.install(app, "en")
    yield _window()


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
