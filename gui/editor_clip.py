"""The redaction editor for a clip: one frame at a time, a timeline to scrub through it,
areas that cover the whole clip.

The frame shown is decoded by the same code that writes the copy (video.picture_at, the
rotation applied), and the preview covers it with masks.apply as the writer does. Faces
are not proposed here: they move, so an area from one frame would miss them in others;
the batch's face option searches every frame instead (the note says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from gui import editor_work as work
from gui.editor import RedactionEditor
from gui.thumbs import to_qimage
from scrubber.redact.regions import Region

SCRUB_DELAY_MS = 60  # the frame is decoded once the slider rests this long


@dataclass(frozen=True)
class Frame(work.Loaded):
    frames: int = 1  # in the whole clip (an estimate where the file does not say)


def frame(path: Path, index: int) -> Frame:
    from scrubber.redact import video  # PyAV loads only when a clip is opened

    im, info = video.picture_at(path, index)
    return Frame(im, to_qimage(work.shown_copy(im)), info.frames)


class ClipEditor(RedactionEditor):
    def __init__(
        self,
        path: Path,
        regions: list[Region],
        mode: str = "fill",
        color: tuple[int, int, int] = (0, 0, 0),
        parent: QWidget | None = None,
    ) -> None:
        self._frame_serial = 0
        self._frame_busy = False
        super().__init__(path, regions, mode, color, parent)

    def _build(self) -> None:
        super()._build()
        self.small_faces.hide()
        row = QHBoxLayout()
        self.time_label = QLabel(self)
        self.timeline = QSlider(Qt.Orientation.Horizontal, self)
        self.timeline.setRange(0, 0)
        self.timeline.setEnabled(False)
        self.time_label.setBuddy(self.timeline)
        self.position = QLabel(self)
        row.addWidget(self.time_label)
        row.addWidget(self.timeline, 1)
        row.addWidget(self.position)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, row)  # under the picture, above the status and buttons
        self._scrub = QTimer(self)
        self._scrub.setSingleShot(True)
        self._scrub.setInterval(SCRUB_DELAY_MS)
        self._scrub.timeout.connect(self._show_frame)
        self.timeline.valueChanged.connect(lambda _: self._scrub.start())

    def _start_loading(self) -> None:
        path = self._path
        work.start(self._relay, "load", 0, lambda: frame(path, 0))

    def retranslate(self) -> None:
        super().retranslate()
        self.time_label.setText(self.tr("&Time in the clip"))
        self.timeline.setAccessibleName(self.tr("Time in the clip"))
        self.canvas.setAccessibleName(self.tr("Frame of the clip"))
        self._show_position()

    def _show_position(self) -> None:
        self.position.setText(f"{self.timeline.value() + 1} / {self.timeline.maximum() + 1}")

    def _show_status(self) -> None:
        super()._show_status()
        self.detect_status.setText(
            self.tr(
                "Areas cover every frame of the clip. Faces move: to cover them in every "
                "frame, turn on “Cover the faces found in photos and clips” in the main window."
            )
        )

    def busy(self) -> bool:
        return super().busy() or (not self._closed and (self._frame_busy or self._scrub.isActive()))

    def _run_detection(self, search: object, state: str) -> None:
        self._detect_state = "done"  # no per-frame proposals (see the module's note)

    def _loaded(self, result: object) -> None:
        super()._loaded(result)
        if isinstance(result, Frame):
            self.timeline.setRange(0, max(0, result.frames - 1))
            self.timeline.setEnabled(True)
            self._show_position()

    def _show_frame(self) -> None:
        if self._closed:
            return
        self._frame_serial += 1
        self._frame_busy = True
        path, index = self._path, self.timeline.value()
        self._show_position()
        work.start(self._relay, "frame", self._frame_serial, lambda: frame(path, index))

    def _on_result(self, kind: str, serial: int, result: object) -> None:
        if kind == "frame" and serial == self._frame_serial and not self._closed:
            self._frame_busy = False
            if isinstance(result, Frame):
                self._image = result.image
                self.canvas.set_photo(result.shown, result.image.size)
                if self.preview_action.isChecked():
                    self._request_preview()
            elif isinstance(result, work.Failed):
                self._preview_error = result.message
        super()._on_result(kind, serial, result)
