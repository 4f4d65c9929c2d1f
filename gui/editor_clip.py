"""The redaction editor for a clip: one frame at a time, a timeline to scrub through it,
areas that cover the whole clip.

The frame shown is decoded by the same code that writes the copy (video.picture_at, the
rotation applied), in one of the app's worker processes as photos are (FFmpeg crashing
or hanging on a stranger's clip costs the editor its frame, not the app), one frame at a
time: a frame asked for while one is being decoded waits for it, and only the latest
is decoded then. The preview covers it with masks.apply as the writer does. Faces
are only outlined in the frame shown (the writer's own search), not proposed as areas:
they move, so an area from one frame would miss them in others; the batch's face option
searches every frame instead (the note says so).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from gui import editor_work as work
from gui.editor import RedactionEditor
from gui.editor_items import AreaItem
from gui.thumbs import to_qimage
from scrubber import isolation
from scrubber.cancel import CancelToken
from scrubber.isolation import Isolation
from scrubber.redact.regions import Region

SCRUB_DELAY_MS = 60  # the frame is decoded once the slider rests this long
WHOLE = (0.0, math.inf)  # an area's time range by default: the whole clip
Span = tuple[float, float]  # seconds from the clip's start, as video.TimedArea counts


@dataclass(frozen=True)
class Frame(work.Loaded):
    frames: int = 1  # in the whole clip (an estimate where the file does not say)
    rate: float = 30.0  # frames per second


def faces_in(im: Image.Image) -> list[Region]:
    """The faces the writer's search sees in this frame (same search, same size)."""
    from scrubber.redact import detect, video

    return detect.detect_faces(im, detect.Search.FAST, pixels=video.DETECT_PIXELS)


def frame(path: Path, index: int, pool: Isolation, cancel: CancelToken | None = None) -> Frame:
    """Frame `index` as displayed, decoded in a worker process of `pool`; faces are
    looked for in the app (on these pixels, not the file)."""
    limit = isolation.FRAME.for_file(path)
    picture, frames, rate = pool.call(
        isolation.clip_frame, path, index, limit_s=limit, cancel=cancel
    )
    im = picture.image()
    return Frame(im, to_qimage(work.shown_copy(im)), frames, rate)


class ClipEditor(RedactionEditor):
    def __init__(
        self,
        path: Path,
        regions: list[Region],
        mode: str = "fill",
        color: tuple[int, int, int] = (0, 0, 0),
        parent: QWidget | None = None,
        spans: list[Span] | None = None,
        pool: Isolation | None = None,
    ) -> None:
        self._frame_serial = 0
        self._frame_busy = False
        self._frame_again = False  # the slider moved on while a frame was being decoded
        self._frame_error: str | None = None  # why the frame asked for is not shown
        self._rate = 30.0
        self._spans: dict[AreaItem, Span] = {}
        self._faces_serial = 0
        self._faces_busy = False
        self._faces_note = ""
        self.face_outlines: list[QGraphicsRectItem] = []  # hints for the frame shown
        super().__init__(path, regions, mode, color, parent, pool=pool)
        for item, span in zip(self._items, spans or [], strict=False):
            self._spans[item] = span
        self._refresh_list()

    def spans(self) -> list[Span]:
        """The time range of each area regions() returns, in the same order."""
        return [self._spans.get(item, WHOLE) for item in self._items if item.enabled]

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
        # An area covers the whole clip unless it is given a start or an end here.
        self.from_here = QPushButton(self)
        self.until_here = QPushButton(self)
        self.whole_clip = QPushButton(self)
        for button, which in (
            (self.from_here, "from"),
            (self.until_here, "until"),
            (self.whole_clip, "whole"),
        ):
            button.clicked.connect(lambda _=False, w=which: self._set_spans(w))
            row.addWidget(button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, row)  # under the picture, above the status and buttons
        self._scrub = QTimer(self)
        self._scrub.setSingleShot(True)
        self._scrub.setInterval(SCRUB_DELAY_MS)
        self._scrub.timeout.connect(self._show_frame)
        self.timeline.valueChanged.connect(lambda _: self._scrub.start())

    def _tab_chain(self) -> list[QWidget]:
        # The timeline row sits under the picture and the side panel: after them, before
        # the dialog's buttons.
        chain = super()._tab_chain()
        row = [self.timeline, self.from_here, self.until_here, self.whole_clip]
        at = chain.index(self.ok_button)
        return chain[:at] + row + chain[at:]

    def _start_loading(self) -> None:
        path, pool, cancel = self._path, self._pool, self._cancel
        work.start(self._relay, "load", 0, lambda: frame(path, 0, pool, cancel))

    def retranslate(self) -> None:
        super().retranslate()
        self.time_label.setText(self.tr("&Time in the clip"))
        self.timeline.setAccessibleName(self.tr("Time in the clip"))
        self.canvas.setAccessibleName(self.tr("Frame of the clip"))
        self.from_here.setText(self.tr("From this f&rame"))
        self.from_here.setToolTip(
            self.tr("The selected areas (or all) are covered from this frame on")
        )
        self.until_here.setText(self.tr("Until t&his frame"))
        self.until_here.setToolTip(
            self.tr("The selected areas (or all) are covered up to this frame")
        )
        self.whole_clip.setText(self.tr("Whole cli&p"))
        self.whole_clip.setToolTip(
            self.tr("The selected areas (or all) are covered in every frame")
        )
        self._show_position()

    def _area_name(self, item: AreaItem) -> str:
        name = super()._area_name(item)
        start, end = self._spans.get(item, WHOLE)
        if (start, end) == WHOLE:
            return name
        last = "…" if math.isinf(end) else f"{end:.1f}"
        return self.tr("{name} ({start} to {end} s)").format(
            name=name, start=f"{start:.1f}", end=last
        )

    def _now(self) -> float:
        return self.timeline.value() / self._rate

    def _set_spans(self, which: str) -> None:
        """Give the chosen areas a start ("from") or an end ("until") at the frame
        shown, or the whole clip again. Half a frame around it, so this frame counts
        whatever the track's rounding of its time; never an empty range."""
        index, half = self.timeline.value(), 0.5 / self._rate
        # The selected areas, or all of them (the preview hides, and so deselects, them).
        chosen = [item for item in self._items if item.isSelected()] or self._items
        for item in chosen:
            start, end = self._spans.get(item, WHOLE)
            if which == "from":
                start = max(0.0, index / self._rate - half)
                end = end if end >= start else math.inf
            elif which == "until":
                end = index / self._rate + half
                start = start if start <= end else 0.0
            else:
                start, end = WHOLE
            self._spans[item] = (start, end)
        self._refresh_list()
        self.changed()

    def _shown_regions(self) -> list[Region]:
        now = self._now()
        return [
            region
            for region, (start, end) in zip(self.regions(), self.spans(), strict=True)
            if start <= now <= end
        ]

    def _show_position(self) -> None:
        self.position.setText(f"{self.timeline.value() + 1} / {self.timeline.maximum() + 1}")

    def _show_status(self) -> None:
        super()._show_status()
        if self._frame_error is not None and self._load_error is None:
            # One frame could not be decoded (a damaged stretch, or its worker crashed):
            # the frame before stays, the status says why, other frames can still be shown.
            self.status.setText(self._frame_error)
        text = self.tr(
            "Areas cover every frame of the clip. Faces move: to cover them in every "
            "frame, turn on “Cover the faces found in photos and clips” in the main window."
        )
        if self._faces_note:
            found = self.tr("Face detection is not available ({reason}).").format(
                reason=self._faces_note
            )
        elif self._faces_busy:
            found = self.tr("Looking for faces…")
        else:
            found = self.tr("Faces seen in this frame (dashed outlines): {count}.").format(
                count=len(self.face_outlines)
            )
        self.detect_status.setText(f"{found}\n{text}")

    def busy(self) -> bool:
        working = self._frame_busy or self._faces_busy or self._scrub.isActive()
        return super().busy() or (not self._closed and working)

    def _run_detection(self, search: object, state: str) -> None:
        self._detect_state = "done"  # no per-frame proposals (see the module's note)

    def _loaded(self, result: object) -> None:
        super()._loaded(result)
        if isinstance(result, Frame):
            self._look_for_faces()
            self._rate = result.rate or 30.0
            self.timeline.setRange(0, max(0, result.frames - 1))
            self.timeline.setEnabled(True)
            self._show_position()

    def _show_frame(self) -> None:
        if self._closed:
            return
        self._show_position()
        if self._frame_busy:  # one decode at a time (one worker): the latest comes next
            self._frame_again = True
            return
        self._frame_serial += 1
        self._frame_busy = True
        path, index = self._path, self.timeline.value()
        pool, cancel = self._pool, self._cancel
        work.start(
            self._relay, "frame", self._frame_serial, lambda: frame(path, index, pool, cancel)
        )

    def _on_result(self, kind: str, serial: int, result: object) -> None:
        if kind == "frame" and serial == self._frame_serial and not self._closed:
            self._frame_busy = False
            again, self._frame_again = self._frame_again, False
            self._frame_error = result.message if isinstance(result, work.Failed) else None
            if isinstance(result, Frame):
                self._image = result.image
                self.canvas.set_photo(result.shown, result.image.size)
                if not again:  # a frame already passed: its faces are not looked for
                    self._look_for_faces()
                if self.preview_action.isChecked():
                    self._request_preview()
            if again:
                self._show_frame()
        elif kind == "outlines" and serial == self._faces_serial and not self._closed:
            self._faces_busy = False
            self._outline(result if isinstance(result, list) else [])
            self._faces_note = result.message if isinstance(result, work.Failed) else ""
        super()._on_result(kind, serial, result)

    # --- faces in the frame shown: outlined only --------------------------------------------

    def _look_for_faces(self) -> None:
        im = self._image
        if im is None:
            return
        self._faces_serial += 1
        self._faces_busy = True
        self._outline([])  # the old frame's faces are not this frame's
        work.start(self._relay, "outlines", self._faces_serial, lambda: faces_in(im))

    def _outline(self, faces: list[Region]) -> None:
        for outline in self.face_outlines:
            self.canvas.scene().removeItem(outline)
        self.face_outlines = []
        pen = QPen(QColor(255, 200, 0), 0, Qt.PenStyle.DashLine)  # 0: one screen pixel
        for face in faces:
            outline = QGraphicsRectItem(QRectF(face.x, face.y, face.w, face.h))
            outline.setPen(pen)
            outline.setZValue(1)  # above the picture; not an area: cannot be picked
            outline.setVisible(not self.preview_action.isChecked())
            self.canvas.scene().addItem(outline)
            self.face_outlines.append(outline)

    def _set_preview(self, on: bool) -> None:
        super()._set_preview(on)
        for outline in self.face_outlines:
            outline.setVisible(not on)  # the preview shows only what is written
