"""File and folder choosers that leave no record of what the user opened.

The operating system's own choosers remember: GTK's adds every picked file to
recently-used.xbel, Windows' to Recent Items and its recent places, macOS's to Recent
Items, and a desktop portal may keep its own list. So Scrubber always uses Qt's own
chooser, whose history goes nowhere (gui/settings.keep_qt_from_recording), and starts it
in the home folder rather than in the last folder used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from gui import fit, settings

_OPTIONS = (
    QFileDialog.Option.DontUseNativeDialog
    # Thumbnails and icons from a folder's own files are not worth their reads.
    | QFileDialog.Option.DontUseCustomDirectoryIcons
)


def _dialog(parent: QWidget | None, title: str) -> QFileDialog:
    settings.keep_qt_from_recording()
    dialog = QFileDialog(parent, title, QDir.homePath())
    dialog.setOptions(_OPTIONS)
    dialog.setHistory([])
    fit.fit(dialog, dialog.sizeHint(), parent)  # its buttons on screen at 1024x600 too
    return dialog


def _run(dialog: QFileDialog) -> list[Path]:
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return [Path(f) for f in dialog.selectedFiles()] if accepted else []
    finally:
        dialog.setHistory([])
        dialog.deleteLater()
        _forget()


def _forget() -> None:
    # Where QSettings cannot be sent elsewhere (the Windows registry), remove what the
    # dialog wrote there. Elsewhere this touches nothing.
    QSettings(QSettings.Scope.UserScope, "QtProject").remove("FileDialog")


def open_files(parent: QWidget | None, title: str, filters: list[str]) -> list[Path]:
    dialog = _dialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters(filters)
    return _run(dialog)


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    dialog = _dialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    chosen = _run(dialog)
    return chosen[0] if chosen else None
