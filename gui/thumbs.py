"""Small previews of photos (made with Pillow: Qt cannot read HEIC) and of a PDF's first
page (drawn by PDFium), off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps
from PySide6.QtGui import QImage

from scrubber.formats import heic, pdf_flatten

# Previews are small; a picture claiming more pixels than this is not decoded for one
# (the cleaner has its own, larger limit and its own error message).
MAX_PREVIEW_PIXELS = 120_000_000


def load(path: Path, size: int) -> Image.Image | None:
    """The picture as displayed (EXIF rotation applied), fitted in size x size; None if
    it is not a picture Pillow can read or a PDF PDFium can draw."""
    try:
        with open(path, "rb") as f:
            if f.read(5) == b"%PDF-":
                return pdf_flatten.first_page(str(path), size)
    except OSError:
        return None
    heic.register_opener()
    try:
        with Image.open(path) as im:
            if im.width * im.height > MAX_PREVIEW_PIXELS:
                return None
            im.draft("RGB", (size, size))  # JPEG decodes at 1/2..1/8 scale: much faster
            shown = ImageOps.exif_transpose(im)
            shown.thumbnail((size, size), Image.Resampling.BILINEAR)
            return (
                shown.convert("RGBA") if shown.mode in ("RGBA", "LA", "P") else shown.convert("RGB")
            )
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        return None


def to_qimage(im: Image.Image) -> QImage:
    """A QImage that owns its pixels (safe to hand to the GUI thread)."""
    if im.mode == "RGBA":
        fmt, depth = QImage.Format.Format_RGBA8888, 4
    else:
        im, fmt, depth = im.convert("RGB"), QImage.Format.Format_RGB888, 3
    data = im.tobytes()
    return QImage(data, im.width, im.height, im.width * depth, fmt).copy()


def thumbnail(path: Path, size: int = 96) -> QImage | None:
    im = load(path, size)
    return None if im is None else to_qimage(im)
