"""Documents with content the reader does not see: cropped photos, paths in names and
fields, hidden slides and text. Built with python-docx and python-pptx as those programs
write them, with the few XML edits Word and PowerPoint make that the libraries do not.

Cropped photos carry two canary colours: CUT_AWAY fills the part every use crops off,
TOP_BAND a strip that only one of two uses shows.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from factories import EXIFTOOL_TAGS, camera_exif, exiftool_write
from lxml import etree
from PIL import Image

CUT_AWAY = (255, 0, 255)  # left quarter: cropped off by every use
TOP_BAND = (0, 255, 255)  # top quarter of the rest: shown by one use only
PHOTO_SIZE = (256, 128)  # crops fall on JPEG block edges: no colour bleeds across them
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def photo_pixels() -> Image.Image:
    """The photo's pixels: the canary colours on a dull gradient far from both."""
    w, h = PHOTO_SIZE
    im = Image.new("RGB", PHOTO_SIZE)
    im.putdata(
        [
            CUT_AWAY
            if x < w // 4
            else TOP_BAND
            if y < h // 4
            else (60 + (x * 90) // w, 90 + (y * 60) // h, 110)
            for y in range(h)
            for x in range(w)
        ]
    )
    return im


def crop_photo(path: Path, fmt: str = "JPEG") -> Path:
    """The photo saved with camera metadata (EXIF with GPS, XMP, IPTC by ExifTool)."""
    if fmt == "JPEG":
        photo_pixels().save(path, "JPEG", quality=95, subsampling=0, exif=camera_exif())
        exiftool_write(path, *EXIFTOOL_TAGS)
    else:
        photo_pixels().save(path, fmt)
    return path


def visible(crop: tuple[float, float, float, float]) -> Image.Image:
    """What a use cropped by (left, top, right, bottom) fractions shows of the photo."""
    w, h = PHOTO_SIZE
    l, t, r, b = crop  # noqa: E741
    box = (round(w * l), round(h * t), round(w * (1 - r)), round(h * (1 - b)))
    return photo_pixels().crop(box)


def pictures_in(path: Path) -> dict[str, Image.Image]:
    """Every member of the package (and of packages inside it) that Pillow can decode."""
    found: dict[str, Image.Image] = {}

    def walk(data: bytes, where: str) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                part = z.read(name)
                if part.startswith(b"PK\x03\x04"):
                    walk(part, f"{where}{name}/")
                    continue
                try:
                    with Image.open(io.BytesIO(part)) as im:
                        found[where + name] = im.convert("RGB")
                except (OSError, ValueError, SyntaxError):
                    continue

    walk(path.read_bytes(), "")
    return found


def pixels_near(im: Image.Image, colour: tuple[int, int, int], tolerance: int = 60) -> int:
    """How many pixels are within `tolerance` (per channel) of a canary colour."""
    r0, g0, b0 = colour
    return sum(
        1
        for r, g, b in im.get_flattened_data()
        if abs(r - r0) <= tolerance and abs(g - g0) <= tolerance and abs(b - b0) <= tolerance
    )


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    assert a.size == b.size, (a.size, b.size)
    pa, pb = a.tobytes(), b.tobytes()
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / len(pa)


# Crops as fractions (left, top, right, bottom): Word writes thousandths of a percent.
CROP_ONE = (0.25, 0.25, 0.0, 0.0)  # hides both canaries
CROP_TWO = (0.25, 0.0, 0.0, 0.0)  # hides the cut-away quarter, shows the top band


def _src_rect(blip_fill: etree._Element, crop: tuple[float, float, float, float]) -> None:
    rect = blip_fill.find(f"{{{A}}}srcRect")
    if rect is None:
        rect = etree.Element(f"{{{A}}}srcRect")
        blip_fill.insert(1, rect)
    for side, value in zip("ltrb", crop, strict=True):
        if value:
            rect.set(side, str(round(value * 100_000)))


def cropped_docx(path: Path) -> Path:
    """One photo shown twice with different crops, as Word stores it: one media part,
    one relationship, an `a:srcRect` beside each use."""
    import docx
    from docx.shared import Inches

    photo = crop_photo(path.parent / "IMG_20240315_221530.jpg")
    doc = docx.Document()
    doc.add_paragraph("Two crops of one photo")
    doc.add_picture(str(photo), width=Inches(2))
    doc.add_picture(str(photo), width=Inches(2))
    fills = list(doc.element.body.iter(f"{{{PIC}}}blipFill"))
    assert len(fills) == 2
    _src_rect(fills[0], CROP_ONE)
    _src_rect(fills[1], CROP_TWO)
    doc.save(str(path))
    return path


def cropped_pptx(path: Path) -> Path:
    """A slide with the photo cropped by PowerPoint's own crop (python-pptx writes the
    same `a:srcRect` PowerPoint does)."""
    import pptx
    from pptx.util import Inches

    photo = crop_photo(path.parent / "IMG_20240315_221531.jpg")
    prs = pptx.Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    pic = slide.shapes.add_picture(str(photo), Inches(1), Inches(1), width=Inches(3))
    pic.crop_left, pic.crop_top = CROP_ONE[0], CROP_ONE[1]
    prs.save(str(path))
    return path


VML_PICTURE = (
    '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:r><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:144pt;height:96pt">'
    '<v:imagedata r:id="{rid}" o:title="IMG_20240315_221532" croptop="16384f"'
    ' cropleft="16384f"/></v:shape></w:pict></w:r></w:p>'
)


def vml_cropped_docx(path: Path) -> Path:
    """A picture in an old-style (VML) drawing, as Word 2003 documents opened in newer
    Word keep it: `v:imagedata` with `croptop`/`cropleft` in 65536ths."""
    import docx

    photo = crop_photo(path.parent / "IMG_20240315_221532.jpg")
    doc = docx.Document()
    doc.add_paragraph("An old drawing")
    rid, _ = doc.part.get_or_add_image(str(photo))
    doc.element.body.insert(1, etree.fromstring(VML_PICTURE.format(rid=rid)))
    doc.save(str(path))
    return path
