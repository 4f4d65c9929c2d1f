"""Pictures written inline in a page's drawing instructions (BI ... ID ... EI).

Small JPEGs placed this way keep their EXIF like any other. Only the picture bytes are
swapped for cleaned ones; every other byte of the content stream stays as it was.
Content streams packed with a filter we do not unpack ourselves (LZW, RunLength) are
not searched: qpdf would unpack them without a size limit.
"""

from __future__ import annotations

import pikepdf

from scrubber.errors import CleaningRefused, CorruptFile, ScrubberError
from scrubber.formats import jpeg, pdf_images
from scrubber.formats.pdf_images import Part
from scrubber.messages import Message
from scrubber.model import Collector

WHERE = Part.INLINE_PICTURE
SOI = b"\xff\xd8\xff"


def check_content(stream: pikepdf.Stream, col: Collector, fix: bool, keep_icc: bool) -> None:
    """Report metadata in inline JPEGs of a content stream; with `fix`, rewrite them."""
    chain = pdf_images.filters(stream)
    data = pdf_images.undo_filters(stream.read_raw_bytes(), chain, Part.PAGE)
    if data is None or SOI not in data:
        return
    try:
        operations = pikepdf.parse_content_stream(stream)
    except pikepdf.PdfError as e:
        raise CorruptFile("the drawing instructions of a page are damaged") from e
    parts: list[bytes] = []
    pos = 0
    for instruction in operations:
        if not isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue
        image = instruction.iimage
        try:
            names = [str(f) for f in image.filters]
        except UnicodeDecodeError:  # a filter name that is not UTF-8 is not /DCTDecode
            continue
        if not names or names[-1] != "/DCTDecode":
            continue
        # qpdf counts the white space before EI as data; it must stay to end the image.
        raw = image.read_raw_bytes().rstrip(b" \t\r\n\f\x00")
        picture = pdf_images.undo_filters(raw, names[:-1], WHERE)
        if picture is None:
            raise CleaningRefused(Message("pdf.inline_picture_unchecked"))
        try:
            if not fix:
                jpeg.describe_jpeg_bytes(picture, col, keep_icc)
                continue
            new = jpeg.clean_jpeg_bytes(picture, col, keep_icc)
        except ScrubberError as e:
            raise pdf_images.within(e, WHERE) from e
        if new == picture:
            continue
        at = data.find(raw, pos)
        if names[:-1] or at < 0:
            raise CleaningRefused(Message("pdf.inline_picture_not_rewritten"))
        parts += [data[pos:at], new]
        pos = at + len(raw)
    if parts:
        # Written unpacked; the rewrite compresses it again.
        stream.write(b"".join([*parts, data[pos:]]))


def is_content(stream: pikepdf.Stream) -> bool:
    """Form XObjects and tiling patterns hold drawing instructions (pages are known)."""
    return stream.get("/Subtype") == "/Form" or stream.get("/PatternType") == 1
