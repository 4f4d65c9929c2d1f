"""PDF "flatten to images": every page drawn to pixels, then a fresh PDF of those pictures.

For the most cautious: nothing of the original structure survives (no fonts, hidden
layers, text under pictures, objects we do not know). The price: text can no longer be
selected or searched, links stop working, and the file is usually bigger.
The input is the already cleaned copy, so the renderer never sees scripts or attachments.
"""

from __future__ import annotations

import io
import math
import threading

import pikepdf
from pikepdf import Dictionary, Name
from PIL import Image

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.messages import Message

DPI = 150
QUALITY = 90
MAX_PIXELS = 40_000_000  # per page: a huge page is drawn at a lower resolution instead
MAX_PAGES = 2_000
WARNING = Message("pdf.flattened")
# PDFium is not thread-safe: the GUI cleans several files at once on worker threads.
_PDFIUM = threading.Lock()


def flatten(cleaned: bytes) -> pikepdf.Pdf:
    """A new PDF with one JPEG picture per page of `cleaned`, at the same page sizes."""
    import pypdfium2  # imported here: only this option needs the renderer

    out = pikepdf.new()
    with _PDFIUM:
        try:
            doc = pypdfium2.PdfDocument(cleaned)
        except pypdfium2.PdfiumError as e:
            raise CorruptFile("this PDF could not be drawn to pictures") from e
        try:
            doc.init_forms()  # so filled-in form fields are drawn too
            if len(doc) > MAX_PAGES:
                raise CleaningRefused(Message("pdf.too_many_pages", count=len(doc)))
            for i in range(len(doc)):
                page = doc[i]
                try:
                    _add_page(out, page)
                finally:
                    page.close()
        except pypdfium2.PdfiumError as e:
            raise CorruptFile("a page of this PDF could not be drawn") from e
        finally:
            doc.close()
    return out


def first_page(path: str, size: int) -> Image.Image | None:
    """The first page drawn to fit in size x size pixels (for previews); None when
    PDFium cannot open or draw it (damaged, password-protected)."""
    import pypdfium2

    with _PDFIUM:
        try:
            doc = pypdfium2.PdfDocument(path)
        except pypdfium2.PdfiumError:
            return None
        try:
            if len(doc) == 0:
                return None
            page = doc[0]
            try:
                width, height = page.get_size()
                if width <= 0 or height <= 0:
                    return None
                bitmap = page.render(scale=size / max(width, height))
                picture = bitmap.to_pil().convert("RGB")
                bitmap.close()
                return picture
            finally:
                page.close()
        except pypdfium2.PdfiumError:
            return None
        finally:
            doc.close()


def _add_page(out: pikepdf.Pdf, page: object) -> None:
    width, height = page.get_size()  # type: ignore[attr-defined]
    if width <= 0 or height <= 0:
        raise CorruptFile("a page of this PDF has no size")
    scale = min(DPI / 72, math.sqrt(MAX_PIXELS / (width * height)))
    bitmap = page.render(scale=scale, may_draw_forms=True)  # type: ignore[attr-defined]
    picture = bitmap.to_pil().convert("RGB")
    bitmap.close()
    data = io.BytesIO()
    picture.save(data, "JPEG", quality=QUALITY)  # Pillow writes no metadata unless asked
    # The drawn page is already turned by its /Rotate: the new page takes its shape.
    w_pt, h_pt = width, height
    if (picture.width > picture.height) != (w_pt > h_pt):
        w_pt, h_pt = h_pt, w_pt
    image = out.make_stream(
        data.getvalue(),
        Type=Name.XObject,
        Subtype=Name.Image,
        Width=picture.width,
        Height=picture.height,
        ColorSpace=Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=Name.DCTDecode,
    )
    new = out.add_blank_page(page_size=(w_pt, h_pt))
    new.Resources = Dictionary(XObject=Dictionary(Im0=image))
    new.Contents = out.make_stream(f"q {w_pt:.4f} 0 0 {h_pt:.4f} 0 0 cm /Im0 Do Q".encode())
