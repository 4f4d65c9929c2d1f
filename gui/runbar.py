"""The bottom of the main window: the progress bar, the Clean, Cancel and Open output
folder buttons, and the summary lines below them."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui import paths

SUMMARY_LINES = 4  # the summary scrolls beyond this: the window does not grow for it
PROGRESS_MS = 100  # QProgressBar repaints on every change: follow at most this often


def _button(parent: QWidget, icon: str) -> QPushButton:
    return QPushButton(QIcon(str(paths.icon(icon))), "", parent)


class RunBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar(self)
        # Hidden until a batch starts (empty, it looked like a box to type in); its place
        # is kept so the buttons do not move.
        keep = self.progress.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(keep)
        self.open_output_button = _button(self, "folder-open")  # first: tab follows the row
        self.cancel_button = _button(self, "cancel")
        self.clean_button = _button(self, "clean")
        self.clean_button.setDefault(True)
        font = self.clean_button.font()
        font.setBold(True)
        self.clean_button.setFont(font)
        self.clean_button.setMinimumHeight(self.clean_button.sizeHint().height() + 8)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.open_output_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.clean_button)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names files
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        holder = QWidget(self)  # its layout hands the scroll area the label's height for width
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.summary)
        self.summary_area = QScrollArea(self)
        self.summary_area.setWidget(holder)
        self.summary_area.setWidgetResizable(True)
        self.summary_area.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.summary_area.hide()  # shown with the first batch

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary_area)

        self._now = (0, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_MS)
        self._timer.timeout.connect(self._show_progress)
        self.reset_progress()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for button, text, name in (
            (self.cancel_button, self.tr("Ca&ncel"), self.tr("Cancel cleaning")),
            (self.clean_button, self.tr("&Clean"), self.tr("Clean all files in the list")),
            (
                self.open_output_button,
                self.tr("&Open output folder"),
                self.tr("Open output folder"),
            ),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.clean_button.setToolTip(self.tr("Write clean copies of all files (Ctrl+Enter)"))
        self.cancel_button.setToolTip(
            self.tr("Stop now; files not finished are left as they were (Esc)")
        )
        self.progress.setAccessibleName(self.tr("Cleaning progress"))
        self.progress.setFormat(self.tr("%v of %m files"))
        self.summary.setAccessibleName(self.tr("Summary"))

    def say(self, text: str) -> None:
        self.summary.setText(text)
        self._fit_summary()
        self.summary_area.setVisible(bool(text))

    def _fit_summary(self) -> None:
        # As tall as the text at this width, up to SUMMARY_LINES lines; then it scrolls.
        line = self.summary.fontMetrics().lineSpacing()
        need = self.summary.heightForWidth(max(self.summary_area.viewport().width(), 100))
        self.summary_area.setFixedHeight(min(need, SUMMARY_LINES * line + line // 2) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.summary.text():
            self._fit_summary()

    @contextlib.contextmanager
    def _later(self) -> Iterator[None]:
        """QProgressBar repaints at once (the whole window's pending paint with it: tens
        of ms with a long list) on setTextVisible and on most setValue calls; with its
        updates off it only schedules a paint for the next turn of the event loop."""
        self.progress.setUpdatesEnabled(False)
        try:
            yield
        finally:
            self.progress.setUpdatesEnabled(True)
            self.progress.update()

    def reset_progress(self) -> None:
        self._timer.stop()
        with self._later():
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setTextVisible(False)  # "0 of 0 files" means nothing before a batch
        self.progress.hide()

    def start_progress(self, total: int) -> None:
        self._now = (0, total)
        self.progress.show()
        with self._later():
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(0)
            self.progress.setTextVisible(True)

    def set_progress(self, done: int, total: int) -> None:
        # With hundreds of files, a repaint per file alone would stall the window.
        self._now = (done, total)
        if done == 0 or done == total:
            self._show_progress()
        elif not self._timer.isActive():
            self._timer.start()

    def _show_progress(self) -> None:
        self._timer.stop()
        done, total = self._now
        with self._later():
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
