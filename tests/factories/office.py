"""Office documents as Word, Excel, PowerPoint and LibreOffice leave them (.docx, .xlsx,
.pptx, .odt), with their hidden data."""

from __future__ import annotations

import io
from pathlib import Path

from oracle import CANARY

from factories.pictures import dirty_jpeg, pattern

OFFICE_BODY = ["Dear reader,", "Start inserted words middle end", "Bold now"]
ODT_BODY = "Hello world inserted end tail"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def rezip(data: bytes, path: Path, replace: dict[str, bytes], first: str = "") -> Path:
    """Rewrite a zip with some parts replaced or added, dated now as most tools date them.
    `first` goes first and uncompressed (an ODF mimetype)."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    parts.update(replace)
    names = sorted(parts, key=lambda n: n != first)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in names:
            kind = zipfile.ZIP_STORED if name == first else zipfile.ZIP_DEFLATED
            out.writestr(name, parts[name], compress_type=kind)
    return path


def _add_rel(rels: bytes, rid: str, kind: str, target: str, external: bool = False) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"{mode}/>'
    return rels.replace(b"</Relationships>", rel.encode() + b"</Relationships>")


def _add_override(types: bytes, part: str, content_type: str) -> bytes:
    entry = f'<Override PartName="{part}" ContentType="{content_type}"/>'
    return types.replace(b"</Types>", entry.encode() + b"</Types>")


def office_jpeg(tmp: Path, name: str = "photo.jpg") -> Path:
    """A camera photo (EXIF with GPS and owner, XMP, IPTC) to put inside documents."""
    return dirty_jpeg(tmp / name, size=(48, 32))


DOCX_APP = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<Template>C:\\Users\\{CANARY}-user\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm</Template>
<TotalTime>42</TotalTime><Pages>1</Pages><Words>9</Words>
<Application>{CANARY}-Microsoft Office Word</Application><DocSecurity>0</DocSecurity>
<Manager>{CANARY}-manager</Manager><Company>{CANARY}-company</Company>
<AppVersion>16.0000</AppVersion></Properties>"""
DOCX_CUSTOM = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="Client">
<vt:lpwstr>{CANARY}-custom</vt:lpwstr></property></Properties>"""
DOCX_PEOPLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">
<w15:person w15:author="{CANARY}-person"><w15:presenceInfo w15:providerId="AD"
 w15:userId="S::{CANARY}@example.org::1"/></w15:person></w15:people>"""
# Tracked changes as Word writes them: an insertion, a deletion, a formatting change.
DOCX_INS = (
    f'<w:ins w:id="901" w:author="{CANARY}-reviser" w:date="2024-05-01T10:00:00Z">'
    '<w:r w:rsidR="00A1B2C3"><w:t>inserted words</w:t></w:r></w:ins>'
)
DOCX_DEL = (
    f'<w:del w:id="902" w:author="{CANARY}-reviser" w:date="2024-05-01T10:01:00Z">'
    f"<w:r><w:delText>{CANARY}-deleted words</w:delText></w:r></w:del>"
)
DOCX_FORMAT = (
    '<w:r><w:rPr><w:b/><w:rPrChange w:id="903" w:author="' + CANARY + '-formatter" '
    'w:date="2024-05-01T10:02:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>Bold now</w:t></w:r>'
)


def dirty_docx(path: Path) -> Path:
    """A letter as Word leaves it: every kind of hidden data a .docx carries.

    python-docx writes the author, a comment and a photo; the rest is added as Word
    writes it: company and template path in app.xml, tracked changes with rsids, people,
    custom properties, an attached template and document variables in settings.xml, a
    hidden XML comment and a thumbnail that is a camera photo.
    """
    import docx

    doc = docx.Document()
    props = doc.core_properties
    props.author = f"{CANARY}-author"
    props.last_modified_by = f"{CANARY}-last-modified-by"
    props.title = f"{CANARY}-title"
    props.comments = f"{CANARY}-description"
    first = doc.add_paragraph(OFFICE_BODY[0])
    doc.add_comment(
        first.runs, text=f"{CANARY}-comment", author=f"{CANARY}-commenter", initials="SC"
    )
    doc.add_paragraph("Start INSMARK middle DELMARK end")
    doc.add_paragraph("FORMATMARK")
    doc.add_picture(str(office_jpeg(path.parent, "docx-photo.jpg")))
    doc.sections[0].header.paragraphs[0].text = "Header text"
    buf = io.BytesIO()
    doc.save(buf)

    import zipfile

    with zipfile.ZipFile(buf) as z:
        body = z.read("word/document.xml")
        settings = z.read("word/settings.xml")
        types = z.read("[Content_Types].xml")
        rels = z.read("_rels/.rels")
        doc_rels = z.read("word/_rels/document.xml.rels")
    marked = b"<w:r><w:t>Start INSMARK middle DELMARK end</w:t></w:r>"
    assert marked in body
    body = body.replace(
        marked,
        b'<w:r><w:t xml:space="preserve">Start </w:t></w:r>'
        + DOCX_INS.encode()
        + b'<w:r><w:t xml:space="preserve"> middle</w:t></w:r>'
        + DOCX_DEL.encode()
        + b'<w:r><w:t xml:space="preserve"> end</w:t></w:r>',
    )
    body = body.replace(b"<w:r><w:t>FORMATMARK</w:t></w:r>", DOCX_FORMAT.encode())
    body = body.replace(b"<w:body>", f"<w:body><!-- {CANARY}-xml-comment -->".encode(), 1)
    settings = settings.replace(
        b"<w:zoom",
        (
            f'<w:attachedTemplate r:id="rId900"/><w:docVars><w:docVar w:name="client" '
            f'w:val="{CANARY}-docvar"/></w:docVars><w:zoom'
        ).encode(),
        1,
    )
    settings_rels = _add_rel(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="' + PKG_REL.encode() + b'"></Relationships>',
        "rId900",
        f"{REL}/attachedTemplate",
        f"file:///C:/Users/{CANARY}-user/Templates/Letter.dotm",
        external=True,
    )
    rels = _add_rel(rels, "rId901", f"{REL}/custom-properties", "docProps/custom.xml")
    doc_rels = _add_rel(
        doc_rels,
        "rId902",
        "http://schemas.microsoft.com/office/2011/relationships/people",
        "people.xml",
    )
    types = _add_override(
        types,
        "/docProps/custom.xml",
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    )
    types = _add_override(types, "/word/people.xml", "application/vnd.ms-word.people+xml")
    replace = {
        "word/document.xml": body,
        "word/settings.xml": settings,
        "word/_rels/settings.xml.rels": settings_rels,
        "_rels/.rels": rels,
        "word/_rels/document.xml.rels": doc_rels,
        "[Content_Types].xml": types,
        "docProps/app.xml": DOCX_APP.encode(),
        "docProps/custom.xml": DOCX_CUSTOM.encode(),
        "word/people.xml": DOCX_PEOPLE.encode(),
        "docProps/thumbnail.jpeg": office_jpeg(path.parent, "thumb.jpg").read_bytes(),
    }
    return rezip(buf.getvalue(), path, replace)


XLSX_WORKBOOK_EXTRA = (
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac='
    '"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" '
    f'url="C:\\Users\\{CANARY}-user\\Documents\\"/></mc:Choice></mc:AlternateContent>'
)


def dirty_xlsx(path: Path) -> Path:
    """A price list as Excel leaves it: creator, last editor, a comment with its author,
    a photo, the folder it was saved in and the Excel build."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.drawing.image import Image as XLImage

    wb = openpyxl.Workbook()
    wb.properties.creator = f"{CANARY}-creator"
    wb.properties.lastModifiedBy = f"{CANARY}-last-modified-by"
    ws = wb.active
    ws["A1"] = "Service"
    ws["B1"] = 120
    ws["A1"].comment = Comment(f"{CANARY}-cell-comment", f"{CANARY}-commenter")
    ws.add_image(XLImage(str(office_jpeg(path.parent, "xlsx-photo.jpg"))), "D2")
    buf = io.BytesIO()
    wb.save(buf)
    import zipfile

    with zipfile.ZipFile(buf) as z:
        book = z.read("xl/workbook.xml")
    at = book.index(b"<workbookPr")
    book = book[:at] + XLSX_WORKBOOK_EXTRA.encode() + book[at:]
    return rezip(buf.getvalue(), path, {"xl/workbook.xml": book})


def dirty_pptx(path: Path) -> Path:
    """A one-slide flyer: author and last editor, and a camera photo on the slide."""
    import pptx
    from pptx.util import Inches

    prs = pptx.Presentation()
    prs.core_properties.author = f"{CANARY}-author"
    prs.core_properties.last_modified_by = f"{CANARY}-last-modified-by"
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Call me"
    slide.shapes.add_picture(str(office_jpeg(path.parent, "pptx-photo.jpg")), Inches(1), Inches(2))
    prs.save(str(path))
    return path


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:officeooo="http://openoffice.org/2009/office" office:version="1.3"'
)
ODT_CHANGE = (
    f"<office:change-info><dc:creator>{CANARY}-reviser</dc:creator>"
    "<dc:date>2024-05-01T10:00:00</dc:date></office:change-info>"
)
ODT_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS}><office:automatic-styles>
<style:style style:name="P1" style:family="paragraph"><style:text-properties
 officeooo:rsid="0012ab34" officeooo:paragraph-rsid="0012ab34"/></style:style>
</office:automatic-styles><office:body><office:text><text:tracked-changes>
<text:changed-region text:id="ct1"><text:deletion>{ODT_CHANGE}
<text:p>{CANARY}-deleted words</text:p></text:deletion></text:changed-region>
<text:changed-region text:id="ct2"><text:insertion>{ODT_CHANGE}</text:insertion>
</text:changed-region></text:tracked-changes>
<text:p text:style-name="P1">Hello <text:change text:change-id="ct1"/>world <text:change-start
 text:change-id="ct2"/>inserted<text:change-end text:change-id="ct2"/> end<office:annotation>
<dc:creator>{CANARY}-annotator</dc:creator><dc:date>2024-05-02T09:00:00</dc:date>
<text:p>{CANARY}-annotation</text:p></office:annotation> tail</text:p>
<text:p><draw:frame draw:name="Photo" svg:width="2cm" svg:height="1.5cm"><draw:image
 xlink:href="Pictures/photo.jpg" xlink:type="simple"/></draw:frame></text:p>
</office:text></office:body></office:document-content>"""
ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF_NS}><office:master-styles><style:master-page
 style:name="Standard"><style:header><text:p>Header text<office:annotation>
<dc:creator>{CANARY}-header-annotator</dc:creator><text:p>{CANARY}-header-note</text:p>
</office:annotation></text:p></style:header></style:master-page></office:master-styles>
</office:document-styles>"""
ODT_META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {ODF_NS}><office:meta>
<meta:initial-creator>{CANARY}-initial-creator</meta:initial-creator>
<dc:creator>{CANARY}-creator</dc:creator><meta:creation-date>2024-05-01T09:00:00</meta:creation-date>
<dc:date>2024-05-02T09:00:00</dc:date><meta:editing-cycles>7</meta:editing-cycles>
<meta:editing-duration>PT1H2M</meta:editing-duration><meta:printed-by>{CANARY}-printer-user</meta:printed-by>
<meta:generator>{CANARY}-LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>
<meta:template xlink:type="simple" xlink:href="file:///home/{CANARY}-user/Templates/cv.ott"/>
</office:meta></office:document-meta>"""
ODT_SETTINGS = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-settings {ODF_NS}><office:settings>
<config:config-item-set config:name="ooo:view-settings"><config:config-item
 config:name="ViewAreaWidth" config:type="long">25000</config:config-item></config:config-item-set>
<config:config-item-set config:name="ooo:configuration-settings">
<config:config-item config:name="PrinterName"
 config:type="string">{CANARY}-printer</config:config-item>
<config:config-item config:name="PrinterSetup"
 config:type="base64Binary">U0NSVUJDQU5BUlktc2V0dXA=</config:config-item>
<config:config-item config:name="Rsid" config:type="int">1193046</config:config-item>
<config:config-item config:name="AddParaTableSpacing"
 config:type="boolean">true</config:config-item>
</config:config-item-set></office:settings></office:document-settings>"""


def _odt_manifest(paths: list[str]) -> bytes:
    types = {".xml": "text/xml", ".png": "image/png", ".jpg": "image/jpeg"}
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{p}" '
        f'manifest:media-type="{types.get(Path(p).suffix, "")}"/>'
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        f"{entries}</manifest:manifest>"
    ).encode()


def dirty_odt(path: Path, extra: dict[str, bytes] | None = None) -> Path:
    """A CV as LibreOffice leaves it, built part by part with zipfile: meta.xml with
    creator, dates and generator, a printer in settings.xml, a thumbnail, a tracked
    change, annotations (one in a header) and a camera photo."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Software", f"{CANARY}-thumbnail-software")
    thumb = io.BytesIO()
    pattern((32, 32)).save(thumb, "PNG", pnginfo=info)
    parts = {
        "content.xml": ODT_CONTENT.encode(),
        "styles.xml": ODT_STYLES.encode(),
        "meta.xml": ODT_META.encode(),
        "settings.xml": ODT_SETTINGS.encode(),
        "Pictures/photo.jpg": office_jpeg(path.parent, "odt-photo.jpg").read_bytes(),
        "Thumbnails/thumbnail.png": thumb.getvalue(),
        "Configurations2/accelerator/current.xml": b"",
        **(extra or {}),
    }
    parts["META-INF/manifest.xml"] = _odt_manifest(sorted(parts))
    parts["mimetype"] = b"application/vnd.oasis.opendocument.text"
    empty = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(empty, "w"):
        pass
    return rezip(empty.getvalue(), path, parts, first="mimetype")
