"""Small previews of photos (Pillow, with HEIC through libheif) and of a PDF's first page
(PDFium), as plain pixels: made in a worker process, shown by the app (gui/thumbs.py)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps

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


def pixels(path: Path, size: int) -> tuple[int, int, bytes] | None:
    """The preview as (width, height, RGBA bytes): a few dozen kB, cheap to send from a
    worker process; None if there is none (the app shows a plain icon)."""
    try:
        im = load(path, size)
    except Exception:  # no preview is fine
        return None
    if im is None:
        return None
    return im.width, im.height, im.convert("RGBA").tobytes()
