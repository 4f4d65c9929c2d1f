"""A whole session with the app, driven as a user would, for the run-time trace.

    python tests/app_session.py PHOTO_A PHOTO_B FOLDER OUTPUT

Offscreen: adds two photos through the real "Add files" chooser, a folder through "Add
folder", picks the output folder through "Choose", opens the redaction editor on the
first photo and waits for face detection, cleans, and closes. Prints one JSON line of what
happened, so the test knows the session really did each step. tests/test_silence.py runs
it under strace with an empty HOME and TMPDIR.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from gui import i18n, settings
from gui.items import Status


def answer_chooser(paths: list[Path]) -> None:
    """When Qt's chooser opens, pick `paths` in it (files, or one folder) and accept."""

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, pick)
            return
        if paths[0].is_dir():
            dialog.setDirectory(str(paths[0]))
        else:
            dialog.setDirectory(str(paths[0].parent))
            dialog.selectFile(" ".join(f'"{p.name}"' for p in paths))
        QTimer.singleShot(200, dialog.accept)

    QTimer.singleShot(0, pick)


def accept_editor_when_detected(seen: dict[str, object]) -> None:
    from gui.editor import RedactionEditor

    def check() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, RedactionEditor) or editor.busy():
            QTimer.singleShot(50, check)
            return
        seen["editor_areas"] = len(editor.regions())
        editor.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, check)


def wait(app: QApplication, done: Callable[[], bool], limit: float = 300) -> None:
    end = time.monotonic() + limit
    while not done():
        if time.monotonic() > end:
            raise SystemExit("app_session: timed out")
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    photo_a, photo_b, folder, output = map(Path, sys.argv[1:5])
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Scrubber")
    app.setOrganizationName("Scrubber")
    settings.keep_qt_from_recording()
    i18n.install(app, "en")
    from gui.mainwindow import MainWindow

    window = MainWindow()
    window.show()
    seen: dict[str, object] = {}

    answer_chooser([photo_a, photo_b])
    window.add_files_dialog()
    answer_chooser([folder])
    window.add_folder_dialog()
    answer_chooser([output])
    window.choose_output()
    seen["output_chosen"] = window.output_dir == output
    wait(app, lambda: not window.loading and not window.inspector.busy)
    seen["rows"] = len(window.model.items)

    window.view.setCurrentIndex(window.model.index(0, 0))
    accept_editor_when_detected(seen)
    window.open_editor()

    window.clean()
    wait(app, lambda: not window.runner.running)
    seen["cleaned"] = sum(1 for i in window.model.items if i.status is Status.DONE)
    window.close()
    app.processEvents()
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
