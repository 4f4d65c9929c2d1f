"""One area to cover, drawn over the photo in the redaction editor.

Scene units are pixels of the full photo as displayed, so an item's geometry plus its
position is the Region that redact() receives. Outlines use a fixed two-tone pen (dark
under light) so they show on any photo, light or dark; the rest of the UI follows the
palette.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from scrubber.redact.regions import Point, Region

DARK = QColor(0, 0, 0)
LIGHT = QColor(255, 214, 0)  # amber: readable on skin, hair, sky and black fill alike
SELECTED = QColor(0, 200, 255)
MARK = 18  # on-screen size of a face's on/off box, whatever the zoom
MIN_SIDE = 4.0  # photo pixels: resizing with the keyboard stops at this width and height


def stroke_path(points: Sequence[Point], width: float) -> QPainterPath:
    """The outline of a brush stroke: the polyline widened with round caps and joins."""
    line = QPainterPath(QPointF(*points[0]))
    for p in points[1:]:
        line.lineTo(QPointF(*p))
    if len(points) == 1:  # a single dab: a circle
        r = width / 2
        out = QPainterPath()
        out.addEllipse(QPointF(*points[0]), r, r)
        return out
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line).simplified()


def region_path(region: Region) -> QPainterPath:
    path = QPainterPath()
    if region.kind == "rect":
        path.addRect(QRectF(region.x, region.y, region.w, region.h))
    elif region.kind == "ellipse":
        path.addEllipse(QRectF(region.x, region.y, region.w, region.h))
    elif region.kind == "polygon":
        path.moveTo(QPointF(*region.points[0]))
        for p in region.points[1:]:
            path.lineTo(QPointF(*p))
        path.closeSubpath()
    else:
        path = stroke_path(region.points, region.width)
    return path


class AreaItem(QGraphicsPathItem):
    """A movable, selectable area; `enabled` False means shown but not covered."""

    def __init__(self, region: Region, serial: int) -> None:
        super().__init__(region_path(region))
        self.base = region  # geometry at position (0, 0)
        self.serial = serial  # numbers the side list ("Face 2"); never reused
        self.enabled = True
        self.tint = QColor(0, 0, 0)
        self.bounds: QRectF | None = None  # the picture; moves stay inside it
        self.on_toggle: Callable[[AreaItem], None] | None = None
        self.margin = 8.0  # scene units around the path for the cosmetic outline
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.mark = ToggleMark(self) if region.source == "detector" else None

    @property
    def is_face(self) -> bool:
        return self.base.source == "detector"

    def box(self) -> QRectF:
        """The area's outline box in scene units, as Region.box() counts it."""
        x0, y0, x1, y1 = self.base.box()
        return QRectF(x0, y0, x1 - x0, y1 - y0).translated(self.pos())

    def region(self) -> Region:
        dx, dy = self.pos().x(), self.pos().y()
        r = self.base
        if r.kind in ("rect", "ellipse"):
            return Region(r.kind, r.x + dx, r.y + dy, r.w, r.h, source=r.source, score=r.score)
        points = tuple((px + dx, py + dy) for px, py in r.points)
        return Region(r.kind, points=points, width=r.width, source=r.source, score=r.score)

    def set_base(self, region: Region) -> None:
        """New geometry at position (0, 0): a resize, done or undone."""
        self.base = region
        self.setPath(region_path(region))
        if self.mark is not None:
            x0, y0, _, _ = region.box()
            self.mark.setPos(x0, y0)

    def resized(self, dw: float, dh: float) -> Region:
        """The geometry with the right and bottom edges moved by dw, dh photo pixels (the
        top-left corner stays), no smaller than MIN_SIDE and still on the picture."""
        x0, y0, x1, y1 = self.base.box()
        w, h = x1 - x0, y1 - y0
        room_w = room_h = math.inf
        if self.bounds is not None:  # the box may grow up to the picture's edge
            room_w = self.bounds.right() - (x0 + self.pos().x())
            room_h = self.bounds.bottom() - (y0 + self.pos().y())
        new_w = max(min(w + dw, max(room_w, w)), min(MIN_SIDE, w))
        new_h = max(min(h + dh, max(room_h, h)), min(MIN_SIDE, h))
        return resized(self.base, new_w, new_h)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        self.update()
        if self.mark is not None:
            self.mark.update()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if (
            change == QGraphicsItem.GraphicsItemChange.ItemPositionChange
            and self.bounds is not None
            and isinstance(value, QPointF)
        ):
            return self._clamped(value)
        return super().itemChange(change, value)

    def _clamped(self, pos: QPointF) -> QPointF:
        # Keep the outline box on the picture: redact() refuses areas outside it.
        x0, y0, x1, y1 = self.base.box()
        b = self.bounds
        assert b is not None
        dx = min(max(pos.x(), b.left() - x0), b.right() - x1)
        dy = min(max(pos.y(), b.top() - y0), b.bottom() - y1)
        return QPointF(dx, dy)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        path = self.path()
        if self.enabled:
            fill = QColor(self.tint)
            fill.setAlpha(110)
            painter.fillPath(path, QBrush(fill))
        selected = self.isSelected()
        under = QPen(DARK, 5 if selected else 3)
        under.setCosmetic(True)
        over = QPen(SELECTED if selected else LIGHT, 3 if selected else 1.5)
        over.setCosmetic(True)
        if not self.enabled:
            over.setStyle(Qt.PenStyle.DashLine)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen in (under, over):
            painter.setPen(pen)
            painter.drawPath(path)

    def set_margin(self, margin: float) -> None:
        """The outline is a few screen pixels wide at any zoom: the view says how many
        scene units that is, so repaints leave no trails."""
        self.prepareGeometryChange()
        self.margin = margin

    def boundingRect(self) -> QRectF:
        m = self.margin
        return super().boundingRect().adjusted(-m, -m, m, m)

    def shape(self) -> QPainterPath:
        return self.path()


class ToggleMark(QGraphicsItem):
    """A face's on/off box at its top-left corner; a click switches covering on or off."""

    def __init__(self, parent: AreaItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        x0, y0, _, _ = parent.base.box()
        self.setPos(x0, y0)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, MARK + 2, MARK + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        area = self.parentItem()
        on = isinstance(area, AreaItem) and area.enabled
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(DARK, 2))
        painter.setBrush(LIGHT)
        painter.drawRect(QRectF(1, 1, MARK, MARK))
        if on:
            tick = QPen(DARK, 3)
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(tick)
            s = MARK / 18
            painter.drawPolyline([QPointF(5 * s, 10 * s), QPointF(8 * s, 14 * s)])
            painter.drawPolyline([QPointF(8 * s, 14 * s), QPointF(15 * s, 5 * s)])

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # the click is for the box, not a drag of the face

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        area = self.parentItem()
        if (
            isinstance(area, AreaItem)
            and area.on_toggle is not None
            and self.boundingRect().contains(event.pos())
        ):
            area.on_toggle(area)


def resized(region: Region, new_w: float, new_h: float) -> Region:
    """The region stretched so that its box is new_w x new_h, its top-left corner fixed.
    Shapes made of points are scaled (a brush keeps its stroke width; a straight stroke
    keeps its zero width or height)."""
    x0, y0, x1, y1 = region.box()
    if region.kind in ("rect", "ellipse"):
        return replace(region, w=new_w, h=new_h)
    sx = new_w / (x1 - x0) if x1 > x0 else 1.0
    sy = new_h / (y1 - y0) if y1 > y0 else 1.0
    points = tuple((x0 + (px - x0) * sx, y0 + (py - y0) * sy) for px, py in region.points)
    return replace(region, points=points)


def distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())
