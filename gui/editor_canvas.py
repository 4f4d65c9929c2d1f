"""The redaction editor's picture: shows the photo, draws new areas, moves them, zooms, pans.

Scene units are pixels of the full photo as displayed; the pixmap on screen is a smaller
copy scaled up to that size, so every coordinate the user draws is already the one
redact() needs. New areas are snapped outward to whole pixels (covering more, never less).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from gui.editor_items import DARK, LIGHT, AreaItem, ToggleMark, distance, stroke_path
from scrubber.redact.regions import Point, Region

ZOOM_STEP = 1.25
MAX_ZOOM = 16.0  # screen pixels per photo pixel
MIN_DRAG = 3  # screen pixels: a shorter drag is a click, not a shape
MOVE_STEP = 10  # screen pixels per arrow key, whatever the zoom (zoom in for finer steps)
BIG_STEP = 5  # Shift+arrow moves (or resizes) this many steps at once
NEW_SHARE = 4  # a new area from the keyboard is this fraction of the visible picture


class Tool(Enum):
    SELECT = "select"
    RECT = "rect"
    ELLIPSE = "ellipse"
    BRUSH = "brush"


class Canvas(QGraphicsView):
    drawn = Signal(object)  # Region
    moved = Signal(object, bool)  # [(AreaItem, old QPointF, new QPointF)], by keys
    reshaped = Signal(object, object, object)  # AreaItem, old Region, new Region

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Keyboard users must see when the keys act on the picture: a highlight-coloured
        # frame while it has the focus (same width without it, so nothing shifts).
        self.setObjectName("canvas")
        self.setStyleSheet(
            "#canvas { border: 2px solid transparent; }"
            "#canvas:focus { border: 2px solid palette(highlight); }"
        )
        self.photo = QGraphicsPixmapItem()
        self.photo.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.photo.setZValue(-1)
        self.scene().addItem(self.photo)
        self.size_: tuple[int, int] | None = None  # the full photo's size once loaded
        self.tool = Tool.SELECT
        self.brush_px = 24  # brush width in screen pixels
        self.fitted = True  # keep fitting the photo to the window until the user zooms
        self._original: QPixmap | None = None
        self._start: QPointF | None = None
        self._ghost: QGraphicsPathItem | None = None
        self._points: list[Point] = []
        self._press_pos: dict[AreaItem, QPointF] = {}
        self._space = False
        # The areas in the order [ and ] step through them (the editor's side list).
        self.order: Callable[[], list[AreaItem]] = self.areas
        # The brush's size under the mouse: the width slider is in screen pixels.
        self.brush_ring = QGraphicsEllipseItem()
        ring = QPen(LIGHT, 1.5)
        ring.setCosmetic(True)
        self.brush_ring.setPen(ring)
        self.brush_ring.setZValue(10)
        self.brush_ring.setVisible(False)
        self.scene().addItem(self.brush_ring)
        self.set_tool(Tool.SELECT)

    # --- the photo ------------------------------------------------------------------------

    def set_photo(self, shown: QImage, size: tuple[int, int]) -> None:
        first = self._original is None or size != self.size_
        self.size_ = size
        self._original = QPixmap.fromImage(shown)
        self._show(self._original)
        self.scene().setSceneRect(QRectF(0, 0, size[0], size[1]))
        for item in self.areas():
            item.bounds = self.scene().sceneRect()
        if first:  # another frame of the same clip keeps the zoom the user chose
            self.fit()

    def drop_photo(self) -> None:
        self._original = None
        self.photo.setPixmap(QPixmap())

    def show_covered(self, covered: QImage | None) -> None:
        """The preview instead of the photo, or the photo again with None."""
        if covered is None:
            if self._original is not None:
                self._show(self._original)
        else:
            self._show(QPixmap.fromImage(covered))

    def _show(self, pixmap: QPixmap) -> None:
        self.photo.setPixmap(pixmap)
        if self.size_ and pixmap.width() and pixmap.height():
            sx, sy = self.size_[0] / pixmap.width(), self.size_[1] / pixmap.height()
            self.photo.setTransform(QTransform.fromScale(sx, sy))

    def areas(self) -> list[AreaItem]:
        return [i for i in self.scene().items() if isinstance(i, AreaItem)]

    def add_area(self, item: AreaItem) -> None:
        if self.size_ is not None:
            item.bounds = self.scene().sceneRect()
        item.set_margin(self._margin())
        self.scene().addItem(item)

    # --- zoom -----------------------------------------------------------------------------

    def scale_now(self) -> float:
        """Screen pixels per photo pixel."""
        return self.transform().m11()

    def fit(self) -> None:
        if self.size_ is None:
            return
        self.fitted = True
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoomed()

    def zoom(self, factor: float, under_mouse: bool = False) -> None:
        if self.size_ is None:
            return
        fit = min(self.viewport().width() / self.size_[0], self.viewport().height() / self.size_[1])
        target = min(max(self.scale_now() * factor, min(fit, 1.0) / 4), max(MAX_ZOOM, fit))
        self.setTransformationAnchor(
            QGraphicsView.ViewportAnchor.AnchorUnderMouse
            if under_mouse
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        )
        self.scale(target / self.scale_now(), target / self.scale_now())
        self.fitted = False
        self._zoomed()

    def _margin(self) -> float:
        return 8 / max(self.scale_now(), 1e-6)

    def _zoomed(self) -> None:
        margin = self._margin()
        for item in self.areas():
            item.set_margin(margin)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP**steps, under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    # --- tools ----------------------------------------------------------------------------

    def set_tool(self, tool: Tool) -> None:
        self.tool = tool
        self.brush_ring.setVisible(False)
        self._drag_mode()

    def _ring_at(self, p: QPointF) -> None:
        r = self._brush_width() / 2
        self.brush_ring.setRect(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r))
        self.brush_ring.setVisible(self.tool is Tool.BRUSH and not self._space)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.brush_ring.setVisible(False)
        return super().viewportEvent(event)

    def _drag_mode(self) -> None:
        # The select tool drags areas, or pans when the drag starts on bare photo; the
        # drawing tools draw, and pan only while Space is held.
        hand = self._space or self.tool is Tool.SELECT
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if hand else QGraphicsView.DragMode.NoDrag
        )
        self.setInteractive(not self._space)
        if not hand:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def _drawing(self, event: QMouseEvent) -> bool:
        if self._space or self.tool is Tool.SELECT or self.size_ is None:
            return False
        # A face's on/off box stays clickable whatever the tool.
        under = self.items(event.position().toPoint())
        return not any(isinstance(item, ToggleMark) for item in under)

    def _clamp(self, p: QPointF) -> QPointF:
        assert self.size_ is not None
        return QPointF(min(max(p.x(), 0.0), self.size_[0]), min(max(p.y(), 0.0), self.size_[1]))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._drawing(event):
            super().mousePressEvent(event)
            self._press_pos = {item: item.pos() for item in self.areas()}
            return
        self._start = self._clamp(self.mapToScene(event.position().toPoint()))
        self._points = [(self._start.x(), self._start.y())]
        ghost = QGraphicsPathItem()
        pen = QPen(LIGHT, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        ghost.setPen(pen)
        if self.tool is Tool.BRUSH:
            fill = QColor(DARK)
            fill.setAlpha(110)
            ghost.setBrush(fill)
        self.scene().addItem(ghost)
        self._ghost = ghost
        self._update_ghost(self._start)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.tool is Tool.BRUSH and self.size_ is not None:
            self._ring_at(self._clamp(self.mapToScene(event.position().toPoint())))
        if self._ghost is None or self._start is None:
            super().mouseMoveEvent(event)
            return
        p = self._clamp(self.mapToScene(event.position().toPoint()))
        if self.tool is Tool.BRUSH:
            last = QPointF(*self._points[-1])
            if distance(p, last) * self.scale_now() >= 1:
                self._points.append((p.x(), p.y()))
        self._update_ghost(p)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._ghost is None or self._start is None:
            super().mouseReleaseEvent(event)
            self._report_moves()
            return
        end = self._clamp(self.mapToScene(event.position().toPoint()))
        self.scene().removeItem(self._ghost)
        self._ghost = None
        region = self._finish(self._start, end)
        self._start = None
        if region is not None:
            self.drawn.emit(region)
        event.accept()

    def _brush_width(self) -> float:
        return self.brush_px / max(self.scale_now(), 1e-6)

    def _update_ghost(self, p: QPointF) -> None:
        assert self._ghost is not None and self._start is not None
        path = QPainterPath()
        if self.tool is Tool.BRUSH:
            path = stroke_path(self._points, self._brush_width())
        else:
            box = QRectF(self._start, p).normalized()
            if self.tool is Tool.RECT:
                path.addRect(box)
            else:
                path.addEllipse(box)
        self._ghost.setPath(path)

    def _finish(self, start: QPointF, end: QPointF) -> Region | None:
        if self.tool is Tool.BRUSH:
            points = tuple((round(x, 1), round(y, 1)) for x, y in self._points)
            return Region("brush", points=points, width=round(self._brush_width(), 1))
        if distance(start, end) * self.scale_now() < MIN_DRAG:
            return None
        assert self.size_ is not None
        # Outward to whole pixels: the area covers at least what was drawn.
        x0, y0 = math.floor(min(start.x(), end.x())), math.floor(min(start.y(), end.y()))
        x1 = min(math.ceil(max(start.x(), end.x())), self.size_[0])
        y1 = min(math.ceil(max(start.y(), end.y())), self.size_[1])
        if x1 - x0 < 1 or y1 - y0 < 1 or (self.tool is Tool.ELLIPSE and min(x1 - x0, y1 - y0) < 2):
            return None
        kind = "rect" if self.tool is Tool.RECT else "ellipse"
        return Region(kind, x0, y0, x1 - x0, y1 - y0)

    def _report_moves(self) -> None:
        moves = [
            (item, old, item.pos())
            for item, old in self._press_pos.items()
            if item.scene() is self.scene() and item.pos() != old
        ]
        self._press_pos = {}
        if moves:
            self.moved.emit(moves, False)

    # --- keys: Space pans, arrows move (Ctrl: resize) the selected areas, [ ] pick one ------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self._drag_mode()
            event.accept()
            return
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        selected = [i for i in self.selected() if i.isVisible()]
        if key in steps and selected:
            step = self.key_step() * (BIG_STEP if mods & Qt.KeyboardModifier.ShiftModifier else 1)
            dx, dy = steps[Qt.Key(key)]
            if mods & Qt.KeyboardModifier.ControlModifier:
                self._resize(selected, dx * step, dy * step)
            else:
                self._nudge(selected, dx * step, dy * step)
            event.accept()
            return
        if key in (Qt.Key.Key_BracketLeft, Qt.Key.Key_BracketRight):
            self.cycle(1 if key == Qt.Key.Key_BracketRight else -1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.selected():
            self.scene().clearSelection()  # a second Escape closes the editor, as ever
            event.accept()
            return
        super().keyPressEvent(event)

    def key_step(self) -> int:
        """Photo pixels per arrow key: MOVE_STEP screen pixels, never less than one."""
        return max(1, round(MOVE_STEP / max(self.scale_now(), 1e-6)))

    def selected(self) -> list[AreaItem]:
        return [i for i in self.scene().selectedItems() if isinstance(i, AreaItem)]

    def _nudge(self, items: list[AreaItem], dx: float, dy: float) -> None:
        moves = []
        for item in items:
            old = item.pos()
            item.setPos(old + QPointF(dx, dy))  # clamped by the item
            if item.pos() != old:
                moves.append((item, old, item.pos()))
        if moves:
            self.moved.emit(moves, True)

    def _resize(self, items: list[AreaItem], dw: float, dh: float) -> None:
        for item in items:
            old, new = item.base, item.resized(dw, dh)
            if new != old:
                item.set_base(new)
                self.reshaped.emit(item, old, new)

    def cycle(self, direction: int) -> None:
        """Select the next (1) or previous (-1) area shown, in the side list's order."""
        areas = [item for item in self.order() if item.isVisible() and item.scene() is self.scene()]
        if not areas:
            return
        current = next((i for i, item in enumerate(areas) if item.isSelected()), None)
        if current is None:
            index = 0 if direction > 0 else len(areas) - 1
        else:
            index = (current + direction) % len(areas)
        self.select_only([areas[index]])

    def centre_region(self, kind: str) -> Region | None:
        """A new rectangle or ellipse in the middle of the visible picture, a quarter of
        its shorter side, on whole pixels (the keyboard's way to draw)."""
        if self.size_ is None:
            return None
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        seen = seen.intersected(self.scene().sceneRect())
        if seen.isEmpty():
            seen = self.scene().sceneRect()
        side = min(max(8, round(min(seen.width(), seen.height()) / NEW_SHARE)), *self.size_)
        x0 = min(max(0, round(seen.center().x() - side / 2)), self.size_[0] - side)
        y0 = min(max(0, round(seen.center().y() - side / 2)), self.size_[1] - side)
        return Region(kind, x0, y0, side, side)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._drag_mode()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def select_only(self, items: list[AreaItem]) -> None:
        self.scene().clearSelection()
        for item in items:
            item.setSelected(True)
        if items:
            self.ensureVisible(items[0], 20, 20)
