"""Previews for the list (decoded in a worker process by scrubber.preview, turned into a
QImage here) and for the details pane."""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage

from scrubber.preview import MAX_PREVIEW_PIXELS, load

__all__ = ["MAX_PREVIEW_PIXELS", "from_pixels", "load", "to_qimage"]


def to_qimage(im: Image.Image) -> QImage:
    """A QImage that owns its pixels (safe to hand to the GUI thread)."""
    if im.mode == "RGBA":
        fmt, depth = QImage.Format.Format_RGBA8888, 4
    else:
        im, fmt, depth = im.convert("RGB"), QImage.Format.Format_RGB888, 3
    data = im.tobytes()
    return QImage(data, im.width, im.height, im.width * depth, fmt).copy()


def from_pixels(width: int, height: int, rgba: bytes) -> QImage:
    """The QImage of scrubber.preview.pixels() (a copy: it owns its pixels)."""
    fmt = QImage.Format.Format_RGBA8888
    return QImage(rgba, width, height, width * 4, fmt).copy()
