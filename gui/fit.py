"""Window sizes from the screen's free area: old laptops have 1024x600, and a 1080p screen
at 200 % leaves 960x540. A window bigger than that puts its buttons off screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)  # a window manager's borders and title bar, outside our size


def room(widget: QWidget, parent: QWidget | None = None) -> QSize | None:
    """What a window can fill on the screen it opens on, its frame left out."""
    screen = (parent or widget).screen()
    if screen is None:
        return None
    free = screen.availableGeometry().size()
    return QSize(free.width() - FRAME.width(), free.height() - FRAME.height())


def fit(widget: QWidget, wanted: QSize, parent: QWidget | None = None) -> None:
    """Resize to `wanted`, but within the screen's free area (its content scrolls or
    shrinks instead), and never below the widget's own least size."""
    free = room(widget, parent)
    size = QSize(wanted) if free is None else wanted.boundedTo(free)
    widget.resize(size.expandedTo(widget.minimumSizeHint()).boundedTo(free or size))
