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

from factories import EXIFTOOL_TAGS, ODF_NS, camera_exif, exiftool_write
from lxml import etree
from oracle import CANARY
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


# --- paths, names, fields, hashes --------------------------------------------------------

PHOTO_NAME = f"IMG_20240315_{CANARY}.jpg"  # what Word copies into the picture's name
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _field(code: str, shown: str) -> str:
    """A field as Word writes it: begin, instruction, separate, shown result, end."""
    return (
        f'<w:p {W_NS}><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{shown}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


FIELDS = [
    (f'INCLUDEPICTURE "C:\\\\Users\\\\{CANARY}-user\\\\Pictures\\\\me.jpg" \\* MERGEFORMAT',
     "Shown picture result"),
    (f'HYPERLINK "file:///C:/Users/{CANARY}-user/Documents/cv.pdf"', "my CV"),
    ('HYPERLINK "https://example.org/rates"', "my rates"),
]  # fmt: skip
SIMPLE_FIELD = (
    f"<w:p {W_NS}><w:fldSimple w:instr='LINK Excel.Sheet.12 \"\\\\\\\\server\\\\{CANARY}"
    '\\\\book.xlsx" "Sheet1!R1C1" \\a \\t\'><w:r><w:t>Linked value</w:t></w:r>'
    "</w:fldSimple></w:p>"
)
PROTECTION = (
    f'<w:documentProtection {W_NS} w:edit="readOnly" w:enforcement="1"'
    ' w:cryptProviderType="rsaAES" w:cryptAlgorithmClass="hash" w:cryptAlgorithmType="typeAny"'
    f' w:cryptAlgorithmSid="14" w:cryptSpinCount="100000" w:hash="{CANARY}hash0AAAAAAAA=="'
    f' w:salt="{CANARY}salt0AAA=="/>'
)


def docx_with_paths(path: Path) -> Path:
    """A CV with a photo inserted from the camera folder: Word names the picture after
    the file and describes it by its path; fields that include a picture, link a local
    file and a workbook on a server; editing restricted with a password."""
    import docx
    from docx.shared import Inches

    photo = crop_photo(path.parent / PHOTO_NAME)
    doc = docx.Document()
    doc.add_paragraph("Curriculum vitae")
    doc.add_picture(str(photo), width=Inches(1))
    doc_pr = next(doc.element.body.iter(f"{{{WP}}}docPr"))
    doc_pr.set("descr", f"C:\\Users\\{CANARY}-user\\Pictures\\{PHOTO_NAME}")
    rid, _ = doc.part.get_or_add_image(str(photo))
    vml = VML_PICTURE.format(rid=rid).replace(
        'o:title="IMG_20240315_221532"', f'o:title="IMG_20240315_{CANARY}"'
    )
    body = doc.element.body
    for xml in [vml, *(_field(c, s) for c, s in FIELDS), SIMPLE_FIELD]:
        body.insert(len(body) - 1, etree.fromstring(xml))
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    unc = doc.part.relate_to(f"\\\\server\\{CANARY}-share\\rates.docx", RT.HYPERLINK, True)
    link = (
        f'<w:p {W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships"><w:hyperlink r:id="{unc}"><w:r><w:t>shared folder</w:t></w:r>'
        "</w:hyperlink></w:p>"
    )
    body.insert(len(body) - 1, etree.fromstring(link))
    settings = doc.settings.element
    settings.insert(0, etree.fromstring(PROTECTION))
    doc.save(str(path))
    return path


WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def odf_package(path: Path, mimetype: str, content: str, styles: str = "") -> Path:
    """An OpenDocument file part by part, as LibreOffice lays it out."""
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{p}" manifest:media-type="text/xml"/>'
        for p in ("content.xml", "styles.xml")
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        f'manifest:media-type="{mimetype}"/>{entries}</manifest:manifest>'
    )
    styles = styles or (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF_NS}/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)
        z.writestr("styles.xml", styles)
    return path


ODF = "application/vnd.oasis.opendocument."
ODF_EXTRA = (
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
)


def odp_with_comment(path: Path) -> Path:
    """A slide with an Impress comment as LibreOffice writes it: author, initials, date."""
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS} {ODF_EXTRA}><office:body><office:presentation>
<draw:page draw:name="page1"><draw:frame svg:width="10cm" svg:height="2cm" svg:x="1cm"
 svg:y="1cm"><draw:text-box><text:p>Available this week</text:p></draw:text-box></draw:frame>
<officeooo:annotation svg:x="1cm" svg:y="1cm"><dc:creator>{CANARY}-commenter</dc:creator>
<dc:date>2024-05-02T09:00:00</dc:date><meta:creator-initials>{CANARY}-JD</meta:creator-initials>
<text:p>{CANARY}-comment text</text:p></officeooo:annotation></draw:page>
</office:presentation></office:body></office:document-content>"""
    return odf_package(path, ODF + "presentation", content)


def odt_with_file_name(path: Path) -> Path:
    """A letter whose footer-like line shows its own file path (Insert > Field > File
    Name, "path/file name"), and a picture titled with its camera file name."""
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS}><office:body><office:text>
<text:p>Saved as <text:file-name text:display="full">cv.odt</text:file-name> today</text:p>
<text:p>Template <text:template-name text:display="name">letter</text:template-name></text:p>
<text:p><draw:frame draw:name="IMG_20240315_{CANARY}.jpg" svg:width="2cm" svg:height="1cm">
<draw:text-box><text:p>Box</text:p></draw:text-box>
<svg:title>IMG_20240315_{CANARY}.jpg</svg:title>
<svg:desc>C:\\Users\\{CANARY}-user\\Pictures\\IMG_20240315.jpg</svg:desc></draw:frame></text:p>
</office:text></office:body></office:document-content>"""
    return odf_package(path, ODF + "text", content)


def ods_with_external_formula(path: Path) -> Path:
    """A sheet whose cell reads a cell of another file, as LibreOffice writes it."""
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS} {ODF_EXTRA}><office:body><office:spreadsheet>
<table:table table:name="Sheet1"><table:table-row><table:table-cell
 table:formula="of:=['file:///home/{CANARY}-user/prices.ods'#$Sheet1.A1]"
 office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell>
<table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2">
<text:p>2</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"""
    return odf_package(path, ODF + "spreadsheet", content)


# --- hidden content --------------------------------------------------------------------------


def pptx_with_hidden(path: Path) -> Path:
    """Three slides: speaker notes on two, the middle slide hidden (Hide Slide)."""
    import pptx

    prs = pptx.Presentation()
    for n, words in enumerate(["Rates", f"{CANARY}-hidden slide", "Contact"]):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = words
        if n != 1:
            slide.notes_slide.notes_text_frame.text = f"{CANARY}-speaker notes {n}"
    prs.slides[1]._element.set("show", "0")
    prs.save(str(path))
    return path


def docx_with_hidden_text(path: Path) -> Path:
    """A paragraph with a run formatted hidden (Font > Hidden), as Word writes w:vanish."""
    import docx

    doc = docx.Document()
    para = doc.add_paragraph("Visible start ")
    para.add_run(f"{CANARY}-hidden words ").font.hidden = True
    para.add_run("visible end")
    doc.save(str(path))
    return path


def xlsx_with_hidden_sheet(path: Path) -> Path:
    """Three sheets, the middle one hidden; a print area scoped to the last sheet."""
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "Rates"
    first["A1"] = "visible"
    secret = book.create_sheet("Clients")
    secret["A1"] = f"{CANARY}-client list"
    secret.sheet_state = "hidden"
    last = book.create_sheet("Contact")
    last["A1"] = "call"
    last.print_area = "A1:B2"
    book.save(str(path))
    return path


def cropped_xlsx(path: Path) -> Path:
    """A sheet with the photo cropped, as Excel writes it: `a:srcRect` in the drawing's
    `xdr:blipFill` (openpyxl writes the picture, the crop is added the way Excel adds it)."""
    import openpyxl
    from factories import rezip
    from openpyxl.drawing.image import Image as SheetImage

    photo = crop_photo(path.parent / "IMG_20240315_221533.jpg")
    book = openpyxl.Workbook()
    book.active.add_image(SheetImage(str(photo)), "B2")
    made = path.with_suffix(".made.xlsx")
    book.save(str(made))
    with zipfile.ZipFile(made) as z:
        drawing = z.read("xl/drawings/drawing1.xml")
    root = etree.fromstring(drawing)
    fill = next(el for el in root.iter() if etree.QName(el).localname == "blipFill")
    _src_rect(fill, CROP_ONE)
    return rezip(made.read_bytes(), path, {"xl/drawings/drawing1.xml": etree.tostring(root)})


def odt_with_hidden_section(path: Path) -> Path:
    """A CV with a section hidden (Format > Sections > Hide), as LibreOffice writes it."""
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS}><office:body><office:text>
<text:p>Public part</text:p>
<text:section text:name="Section1" text:display="none">
<text:p>{CANARY}-old address and phone</text:p></text:section>
<text:p>Closing words</text:p></office:text></office:body></office:document-content>"""
    return odf_package(path, ODF + "text", content)
