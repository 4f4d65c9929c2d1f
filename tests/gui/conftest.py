"""GUI tests run offscreen, with settings kept in a throwaway folder (never the user's)."""

from __future__ import annotations

import os
import tempfile

# Before Qt is imported anywhere: QSettings and QStandardPaths read these once.
_CONFIG = tempfile.mkdtemp(prefix="scrubber-test-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess  # noqa: E402
import sys  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from gui import settings  # noqa: E402


@pytest.fixture(autouse=True)
def in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are read and cleaned in the test's process (quicker, and monkeypatched
    faults reach them); the tests of the isolation itself pass real worker processes."""
    from gui import workers
    from scrubber.isolation import InProcess

    monkeypatch.setattr(workers, "app_isolation", InProcess)


@pytest.fixture(autouse=True)
def fresh_settings() -> None:
    """Each test starts from default options."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, _CONFIG)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _CONFIG)
    settings.reset()


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[object]:
    """The main window, shown (offscreen), closed after the test."""
    from gui.mainwindow import MainWindow  # after the environment above is set

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


@pytest.fixture
def english_after(qapp: object) -> Iterator[None]:
    """Leave the app as other tests expect it: English, the locale it started with."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from gui import i18n

    before = QLocale()
    yield
    assert isinstance(qapp, QApplication)
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def pane(qtbot: QtBot) -> Iterator[object]:
    """The details pane alone, shown (offscreen) at a roomy size."""
    from PySide6.QtCore import QThreadPool

    from gui.details import DetailsPane

    widget = DetailsPane()
    qtbot.addWidget(widget)
    widget.resize(560, 800)
    widget.show()
    yield widget
    QThreadPool.globalInstance().waitForDone()  # no decode outlives its test's files


@pytest.fixture
def french(
    qapp: QApplication, english_after: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], str]:
    """The app in French, from the committed scrubber_fr.ts compiled here (the build's
    .qm may be stale). Returns the French of an engine message id's plain form, read
    from the .ts itself, not through the app."""
    from gui import i18n, messages, paths
    from scrubber.messages import CATALOGUE

    ts = Path(__file__).resolve().parents[2] / "assets" / "translations" / "scrubber_fr.ts"
    english = {i: messages.plain(i) for i in CATALOGUE}  # before French is installed
    table = {
        m.findtext("source"): m.findtext("translation") or ""
        for c in ET.parse(ts).getroot().iter("context")
        if c.findtext("name") == "messages"
        for m in c.iter("message")
    }
    qm = tmp_path / "qm"
    qm.mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(qm / "scrubber_fr.qm")], check=True
    )
    monkeypatch.setattr(paths, "translations", lambda: qm)
    assert i18n.install(qapp, "fr") == "fr"
    return lambda message_id: table[english[message_id]]
