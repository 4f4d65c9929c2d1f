"""Office Open XML and OpenDocument: documents as Word, Excel, PowerPoint and LibreOffice
leave them, judged by the canary in the raw bytes and in every unpacked part, by ExifTool
(which reads Office properties with Archive::Zip), and by python-docx, openpyxl and
python-pptx opening the cleaned copy. Hostile packages (zip bombs, XML entities, unsafe
names) and damaged ones are refused or failed with no output left behind.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pptx
import pypdfium2
import pytest
from factories import (
    ODT_BODY,
    OFFICE_BODY,
    assert_failed_without_output,
    clean_to,
    dirty_docx,
    dirty_odt,
    dirty_pptx,
    dirty_xlsx,
    rezip,
    run_cli,
)
from lxml import etree
from oracle import CANARY, canary_in_package, exiftool_tags, office_leaks
from PIL import Image

from scrubber import Category, Outcome, clean, inspect
from scrubber.errors import CleaningRefused

pytestmark = pytest.mark.exiftool
C = Category
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FIXED = (1980, 1, 1, 0, 0, 0)


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def part_of(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name)


@pytest.fixture(scope="module")
def docx_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return dirty_docx(tmp_path_factory.mktemp("docx") / "letter.docx")


# --- DOCX -----------------------------------------------------------------------------------


def test_docx_loses_every_identifying_part(docx_file: Path, tmp_path: Path) -> None:
    # The fixture is dirty for every judge.
    assert len(canary_in_package(docx_file)) > 8
    assert office_leaks(docx_file, "DOCX")
    found = inspect(docx_file)
    assert found.format == "DOCX"
    assert {C.PERSON, C.TIME, C.SOFTWARE, C.LOCATION, C.DEVICE, C.EMBEDDED} <= {
        f.category for f in found.findings
    }

    result = clean(docx_file, tmp_path / "out" / "letter.docx")

    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and result.format == "DOCX"
    assert canary_in_package(result.output) == []
    assert office_leaks(result.output, "DOCX") == {}
    keys = {f.key for f in result.removed}
    assert {
        "Office:Creator",
        "Office:Company",
        "Office:Manager",
        "Office:TotalTime",
        "Office:TrackedChanges",
        "Office:Comments",
        "Office:People",
        "Office:CustomProperties",
        "Office:Thumbnail",
        "Office:Template",
        "Office:RSID",
        "Office:DocVariables",
        "XML:Comment",
        "Zip:FileTimes",
        "EXIF:GPSLatitude",
    } <= keys


def test_docx_opens_with_the_accepted_text(docx_file: Path, tmp_path: Path) -> None:
    out = clean_to(docx_file, tmp_path)
    doc = docx.Document(str(out))
    # The insertion is kept as plain text, the deletion is gone, the formatting stays.
    assert [p.text for p in doc.paragraphs if p.text] == OFFICE_BODY
    assert doc.paragraphs[2].runs[0].bold
    assert doc.sections[0].header.paragraphs[0].text == "Header text"
    assert len(doc.inline_shapes) == 1
    assert list(doc.comments) == []
    assert doc.core_properties.author == "" and doc.core_properties.last_modified_by == ""
    body = etree.fromstring(part(out, "word/document.xml"))
    for tag in ("ins", "del", "rPrChange", "commentRangeStart", "commentReference"):
        assert body.find(f".//{W}{tag}") is None, tag
    assert not [a for el in body.iter() for a in el.attrib if "rsid" in a]
    settings = part(out, "word/settings.xml")
    assert b"attachedTemplate" not in settings and b"docVars" not in settings
    assert b"w:rsids" not in settings


def test_docx_photo_is_cleaned_losslessly(docx_file: Path, tmp_path: Path) -> None:
    out = clean_to(docx_file, tmp_path)
    with zipfile.ZipFile(docx_file) as z:
        name = next(n for n in z.namelist() if n.startswith("word/media/"))
        before = z.read(name)
    after = part(out, name)
    assert b"Exif" in before and b"Exif" not in after and b"http://ns.adobe.com" not in after
    assert before[before.rindex(b"\xff\xda") :] == after[after.rindex(b"\xff\xda") :]
    with Image.open(io.BytesIO(before)) as x, Image.open(io.BytesIO(after)) as y:
        assert x.tobytes() == y.tobytes()


def test_package_is_rebuilt_valid_in_a_fixed_order(docx_file: Path, tmp_path: Path) -> None:
    out = clean_to(docx_file, tmp_path)
    with zipfile.ZipFile(out) as z:
        infos = z.infolist()
        names = [i.filename for i in infos]
        types = etree.fromstring(z.read("[Content_Types].xml"))
        rels = {n: etree.fromstring(z.read(n)) for n in names if n.endswith(".rels")}
    assert names[:2] == ["[Content_Types].xml", "_rels/.rels"]
    assert names[2:] == sorted(names[2:])
    assert all(i.date_time == FIXED and not i.extra and not i.comment for i in infos)
    # Every content-type entry names a part that exists, and every internal
    # relationship points at one: the package stays valid.
    overrides = {e.get("PartName") for e in types if e.get("PartName")}
    assert overrides == {"/" + n for n in names if not n.endswith(".rels")} - {
        "/[Content_Types].xml"
    }
    for rels_name, root in rels.items():
        folder = rels_name.split("_rels/")[0]
        for rel in root:
            if rel.get("TargetMode") != "External":
                assert folder + rel.get("Target") in names, (rels_name, rel.get("Target"))
    assert not {"docProps/custom.xml", "word/comments.xml", "word/people.xml"} & set(names)
    assert not any(n.startswith(("customXml/", "docProps/thumbnail")) for n in names)
    # Cleaning is deterministic, and a cleaned copy has nothing left to remove.
    again = clean(docx_file, tmp_path / "again" / "letter.docx")
    assert again.output is not None and again.output.read_bytes() == out.read_bytes()
    second = clean(out, tmp_path / "second" / "letter.docx")
    assert second.outcome is Outcome.ALREADY_CLEAN, second.removed


def test_unreadable_pictures_are_removed_with_their_references(tmp_path: Path) -> None:
    src = dirty_docx(tmp_path / "emf.docx")
    data = src.read_bytes()
    body = part(src, "word/document.xml").replace(
        b"<w:body>",
        b'<w:body><w:p><w:r><w:pict><v:shape id="s1" style="width:10pt;height:10pt">'
        b'<v:imagedata r:id="rIdEMF"/></v:shape></w:pict></w:r></w:p><w:p><w:r><w:pict>'
        b'<v:shape id="s2" style="width:10pt;height:10pt"><v:imagedata r:id="rIdFake"/>'
        b"</v:shape></w:pict></w:r></w:p>",
        1,
    )
    rels = part(src, "word/_rels/document.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdEMF" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/image" Target="media/drawing.emf"/>'
        b'<Relationship Id="rIdFake" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/image" Target="media/fake.png"/></Relationships>',
    )
    types = part(src, "[Content_Types].xml").replace(
        b"</Types>",
        b'<Default Extension="emf" ContentType="image/x-emf"/>'
        b'<Default Extension="png" ContentType="image/png"/></Types>',
    )
    emf = struct.pack("<II", 1, 108) + bytes(32) + b" EMF" + f"{CANARY}-emf".encode("utf-16-le")
    rezip(
        data,
        src,
        {
            "word/document.xml": body,
            "word/_rels/document.xml.rels": rels,
            "[Content_Types].xml": types,
            "word/media/drawing.emf": emf,
            "word/media/fake.png": emf,  # an EMF under a photo's name
        },
    )

    result = clean(src, tmp_path / "out" / "emf.docx")

    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert any("EMF" in w for w in result.warnings)
    assert canary_in_package(result.output) == []
    body = part(result.output, "word/document.xml")
    assert b"rIdEMF" not in body and b"rIdFake" not in body
    assert [p.text for p in docx.Document(str(result.output)).paragraphs if p.text] == OFFICE_BODY


def test_links_to_files_keep_their_text_and_lose_the_path(tmp_path: Path) -> None:
    src = _small_docx(tmp_path, "links.docx")
    link = '<w:hyperlink r:id="{}"><w:r><w:t>{}</w:t></w:r></w:hyperlink>'
    body = part(src, "word/document.xml").replace(
        b"<w:t>Plain text</w:t></w:r>",
        b"<w:t>Plain text</w:t></w:r>"
        + (link.format("rIdWeb", " web") + link.format("rIdFile", " file")).encode(),
    )
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    rels = part(src, "word/_rels/document.xml.rels").replace(
        b"</Relationships>",
        (
            f'<Relationship Id="rIdWeb" Type="{kind}" Target="https://example.org/rates" '
            'TargetMode="External"/>'
            f'<Relationship Id="rIdFile" Type="{kind}" Target="file:///C:/Users/{CANARY}/cv.docx" '
            'TargetMode="External"/></Relationships>'
        ).encode(),
    )
    rezip(src.read_bytes(), src, {"word/document.xml": body, "word/_rels/document.xml.rels": rels})

    result = clean(src, tmp_path / "out" / "links.docx")

    assert result.outcome is Outcome.CLEANED and result.output is not None, result.error
    assert "Office:FileLink" in {f.key for f in result.removed}
    assert canary_in_package(result.output) == []
    assert docx.Document(str(result.output)).paragraphs[0].text == "Plain text web file"
    rels_out = part(result.output, "word/_rels/document.xml.rels")
    assert b'Target="https://example.org/rates"' in rels_out and b'Target="#"' in rels_out


def test_macros_are_removed_and_the_file_becomes_a_docx(tmp_path: Path) -> None:
    base = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Rates and hours")
    document.save(base)
    src = tmp_path / "macro.docm"
    with zipfile.ZipFile(base) as z:
        types = z.read("[Content_Types].xml")
        rels = z.read("word/_rels/document.xml.rels")
    types = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    ).replace(
        b"</Types>",
        b'<Override PartName="/word/vbaProject.bin" '
        b'ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    rels = rels.replace(
        b"</Relationships>",
        b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
        b'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    )
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + f"Attribute VB_Name {CANARY}-macro".encode()
    rezip(
        base.getvalue(),
        src,
        {
            "[Content_Types].xml": types,
            "word/_rels/document.xml.rels": rels,
            "word/vbaProject.bin": vba,
        },
    )
    assert inspect(src).format == "DOCM"

    result = clean(src, tmp_path / "out" / "macro.docm")

    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and result.output.suffix == ".docx"
    assert any("macros" in w for w in result.warnings)
    assert canary_in_package(result.output) == []
    assert b"macroEnabled" not in part(result.output, "[Content_Types].xml")
    assert exiftool_tags(result.output)["File:FileType"] == "DOCX"
    assert docx.Document(str(result.output)).paragraphs[0].text == "Rates and hours"
    # In place would have to change the file type: refused, the original untouched.
    before = src.read_bytes()
    assert clean(src, in_place=True).outcome is Outcome.REFUSED
    assert src.read_bytes() == before


# --- XLSX and PPTX --------------------------------------------------------------------------


def test_xlsx_keeps_cells_and_loses_people_and_paths(tmp_path: Path) -> None:
    src = dirty_xlsx(tmp_path / "prices.xlsx")
    assert canary_in_package(src) and office_leaks(src, "XLSX")

    out = clean_to(src, tmp_path)

    assert canary_in_package(out) == []
    assert office_leaks(out, "XLSX") == {}
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert (sheet["A1"].value, sheet["B1"].value) == ("Service", 120)
    assert sheet["A1"].comment is None
    assert len(sheet._images) == 1
    assert not book.properties.lastModifiedBy
    workbook = part(out, "xl/workbook.xml")
    assert b"absPath" not in workbook and b"fileVersion" not in workbook


def test_pptx_keeps_the_slide_and_cleans_the_photo(tmp_path: Path) -> None:
    src = dirty_pptx(tmp_path / "flyer.pptx")
    assert canary_in_package(src) and office_leaks(src, "PPTX")

    out = clean_to(src, tmp_path)

    assert canary_in_package(out) == []
    assert office_leaks(out, "PPTX") == {}
    deck = pptx.Presentation(str(out))
    shapes = list(deck.slides[0].shapes)
    assert deck.slides[0].shapes.title.text == "Call me"
    picture = next(s for s in shapes if s.shape_type == pptx.enum.shapes.MSO_SHAPE_TYPE.PICTURE)
    assert b"Exif" not in picture.image.blob
    assert not deck.core_properties.author
    with zipfile.ZipFile(out) as z:
        assert not any("thumbnail" in n or "printerSettings" in n for n in z.namelist())


def test_chart_workbook_inside_a_slide_is_cleaned_too(tmp_path: Path) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    deck = pptx.Presentation()
    data = CategoryChartData()
    data.categories = ["Mon", "Tue"]
    data.add_series("Bookings", (3, 5))
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1), Inches(4), Inches(3), data
    )
    src = tmp_path / "chart.pptx"
    deck.save(str(src))
    # The chart's data is a workbook inside the deck; Excel signs it with its user.
    book_name = "ppt/embeddings/Microsoft_Excel_Sheet1.xlsx"
    book = part(src, book_name)
    core = part_of(book, "docProps/core.xml").replace(
        b"</cp:coreProperties>",
        f"<dc:creator>{CANARY}-chart-author</dc:creator></cp:coreProperties>".encode(),
    )
    inner = tmp_path / "inner.xlsx"
    rezip(book, inner, {"docProps/core.xml": core})
    rezip(src.read_bytes(), src, {book_name: inner.read_bytes()})
    assert canary_in_package(src) == [f"{book_name}/docProps/core.xml"]

    result = clean(src, tmp_path / "out" / "chart.pptx")

    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and canary_in_package(result.output) == []
    assert "Office:Creator" in {f.key for f in result.removed}
    chart = pptx.Presentation(str(result.output)).slides[0].shapes[0].chart
    assert list(chart.plots[0].categories) == ["Mon", "Tue"]
    assert chart.series[0].values == (3.0, 5.0)
    cleaned_book = openpyxl.load_workbook(io.BytesIO(part(result.output, book_name)))
    assert cleaned_book.active["B2"].value == 3
    assert clean(result.output, tmp_path / "again" / "c.pptx").outcome is Outcome.ALREADY_CLEAN


# --- OpenDocument ---------------------------------------------------------------------------


def test_odt_loses_meta_printer_changes_and_annotations(tmp_path: Path) -> None:
    src = dirty_odt(tmp_path / "cv.odt")
    assert canary_in_package(src) and office_leaks(src, "ODT")
    assert inspect(src).format == "ODT"

    result = clean(src, tmp_path / "out" / "cv.odt")

    assert result.outcome is Outcome.CLEANED, result.error
    out = result.output
    assert out is not None
    assert canary_in_package(out) == []
    assert office_leaks(out, "ODT") == {}
    keys = {f.key for f in result.removed}
    assert {
        "ODF:Creator",
        "ODF:InitialCreator",
        "ODF:Generator",
        "ODF:EditingDuration",
        "ODF:Printer",
        "ODF:Thumbnail",
        "ODF:TrackedChanges",
        "ODF:Annotations",
        "ODF:RSID",
        "EXIF:GPSLatitude",
    } <= keys
    text = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    content = etree.fromstring(part(out, "content.xml"))
    paragraph = content.find(f".//{text}p")
    assert paragraph is not None and "".join(paragraph.itertext()) == ODT_BODY
    styles = etree.fromstring(part(out, "styles.xml"))
    assert [p.text for p in styles.iter(f"{text}p")] == ["Header text"]
    settings = part(out, "settings.xml")
    assert b"AddParaTableSpacing" in settings and b"Printer" not in settings
    assert b"view-settings" not in settings


def test_odt_package_order_manifest_and_photo(tmp_path: Path) -> None:
    src = dirty_odt(tmp_path / "cv.odt")
    out = clean_to(src, tmp_path)
    with zipfile.ZipFile(out) as z:
        infos = z.infolist()
        manifest = etree.fromstring(z.read("META-INF/manifest.xml"))
        photo = z.read("Pictures/photo.jpg")
    first = infos[0]
    assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
    assert out.read_bytes()[30:38] == b"mimetype"  # readable where the format puts it
    assert all(i.date_time == FIXED for i in infos)
    names = {i.filename for i in infos}
    assert names == {
        "mimetype",
        "META-INF/manifest.xml",
        "content.xml",
        "styles.xml",
        "settings.xml",
        "Pictures/photo.jpg",
    }
    listed = {e.get(f"{{{manifest.nsmap['manifest']}}}full-path") for e in manifest}
    assert listed == names - {"mimetype", "META-INF/manifest.xml"} | {"/"}
    assert b"Exif" not in photo
    original = io.BytesIO(part(src, "Pictures/photo.jpg"))
    with Image.open(original) as x, Image.open(io.BytesIO(photo)) as y:
        assert x.tobytes() == y.tobytes()


def test_odt_chart_object_stays_and_loses_its_meta(tmp_path: Path) -> None:
    office = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    chart = f"<office:document-content {office}><office:body><office:chart/></office:body>"
    meta = (
        f'<office:document-meta {office} xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<office:meta><dc:creator>{CANARY}-chart-author</dc:creator></office:meta>"
        "</office:document-meta>"
    )
    extra = {
        "Object 1/content.xml": (chart + "</office:document-content>").encode(),
        "Object 1/meta.xml": meta.encode(),
        "ObjectReplacements/Object 1": f"SVM1 {CANARY}-preview".encode(),
    }
    src = dirty_odt(tmp_path / "chart.odt", extra)
    content = part(src, "content.xml").replace(
        b"</office:text>",
        b'<text:p><draw:frame><draw:object xlink:href="./Object 1"/><draw:image xlink:href='
        b'"./ObjectReplacements/Object 1"/></draw:frame><text:a xlink:href="file:///home/'
        + CANARY.encode()
        + b'/cv-old.odt">my old CV</text:a></text:p></office:text>',
    )
    rezip(src.read_bytes(), src, {"content.xml": content}, first="mimetype")

    out = clean_to(src, tmp_path)

    assert canary_in_package(out) == []
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        manifest = z.read("META-INF/manifest.xml")
        body = z.read("content.xml")
    assert "Object 1/content.xml" in names and "Object 1/meta.xml" not in names
    assert not any(n.startswith("ObjectReplacements/") for n in names)
    assert b'full-path="Object 1/"' in manifest
    assert b'<draw:object xlink:href="./Object 1"/>' in body
    assert b'<text:a xlink:href="#">my old CV</text:a>' in body


def test_odt_macros_are_removed_with_a_warning(tmp_path: Path) -> None:
    module = f'<script:module script:name="Module1">Sub Main REM {CANARY}-macro End Sub'
    src = dirty_odt(tmp_path / "macro.odt", {"Basic/Standard/Module1.xml": module.encode()})
    result = clean(src, tmp_path / "out" / "macro.odt")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and canary_in_package(result.output) == []
    assert any("macros" in w for w in result.warnings)


# --- hostile and damaged packages -----------------------------------------------------------


def _small_docx(tmp_path: Path, name: str = "small.docx") -> Path:
    path = tmp_path / name
    doc = docx.Document()
    doc.add_paragraph("Plain text")
    doc.save(str(path))
    return path


def _patch_directory(data: bytes, member: str, size: int) -> bytes:
    """Make the central directory claim `size` unpacked bytes for `member`."""
    at = data.index(b"PK\x01\x02")
    while True:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == member.encode():
            break
        at = data.index(b"PK\x01\x02", at + 4)
    return data[: at + 24] + struct.pack("<I", size) + data[at + 28 :]


def test_zip_bomb_declared_size_is_refused(tmp_path: Path) -> None:
    src = _small_docx(tmp_path)
    src.write_bytes(_patch_directory(src.read_bytes(), "word/document.xml", 0xFFFF0000))
    message = assert_failed_without_output(src, tmp_path)
    assert "MB" in message or "zip bomb" in message
    with pytest.raises(CleaningRefused):
        inspect(src)


def test_zip_bomb_by_ratio_is_refused(tmp_path: Path) -> None:
    src = _small_docx(tmp_path)
    data = src.read_bytes()
    zeros = bytes(48 << 20)  # 48 MB that pack into about 50 kB
    rezip(data, src, {"word/media/image1.png": zeros})
    assert src.stat().st_size < 1 << 20
    assert "zip bomb" in assert_failed_without_output(src, tmp_path)


def test_too_many_parts_are_refused(tmp_path: Path) -> None:
    src = _small_docx(tmp_path)
    extra = {f"word/media/x{i}.bin": b"" for i in range(10_001)}
    rezip(src.read_bytes(), src, extra)
    assert "zip bomb" in assert_failed_without_output(src, tmp_path)


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    "xml",
    [
        LAUGHS,
        EXTERNAL,
        EXTERNAL.decode().replace('"1.0"', '"1.0" encoding="UTF-16"').encode("utf-16"),
    ],
    ids=["billion-laughs", "external-entity", "utf-16"],
)
def test_xml_entity_tricks_are_refused(tmp_path: Path, xml: bytes) -> None:
    src = _small_docx(tmp_path)
    rezip(src.read_bytes(), src, {"word/document.xml": xml})
    message = assert_failed_without_output(src, tmp_path)
    assert "XML declaration used in attacks" in message
    with pytest.raises(CleaningRefused):
        inspect(src)


def test_unsafe_part_name_is_refused(tmp_path: Path) -> None:
    src = _small_docx(tmp_path)
    rezip(src.read_bytes(), src, {"../../evil.xml": b"<x/>"})
    assert "unsafe name" in assert_failed_without_output(src, tmp_path)


@pytest.mark.parametrize("damage", ["truncated", "bad-xml"])
def test_corrupt_docx_fails_with_one_clear_line(tmp_path: Path, damage: str) -> None:
    src = _small_docx(tmp_path)
    data = src.read_bytes()
    if damage == "truncated":
        src.write_bytes(data[: len(data) // 2])
    else:
        rezip(data, src, {"word/document.xml": b"<w:document><w:body>"})
    result = clean(src, tmp_path / "out" / src.name)
    assert result.outcome is Outcome.FAILED and result.output is None
    assert result.error is not None and "damaged" in result.error.message
    assert "\n" not in result.error.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_hidden_zip_data_and_comment_are_dropped(tmp_path: Path) -> None:
    src = _small_docx(tmp_path)
    with zipfile.ZipFile(src, "a") as z:
        z.comment = f"{CANARY}-zip-comment".encode()
    # Bytes slipped in after the last part, before the directory (its offset moved on).
    data = src.read_bytes()
    end = data.rindex(b"PK\x05\x06")
    (directory,) = struct.unpack_from("<I", data, end + 16)
    junk = f"{CANARY}-between-parts".encode()
    data = data[:directory] + junk + data[directory : end + 16]
    data += struct.pack("<I", directory + len(junk)) + src.read_bytes()[end + 20 :]
    src.write_bytes(data)
    keys = {f.key for f in inspect(src).findings}
    assert {"Zip:Comment", "Zip:HiddenData"} <= keys
    out = clean_to(src, tmp_path)
    assert canary_in_package(out) == []


def test_comments_around_the_root_and_utf16_parts_are_cleaned(tmp_path: Path) -> None:
    src = _small_docx(tmp_path)
    body = part(src, "word/document.xml").decode()
    body = body.replace(
        "<w:t>Plain text</w:t></w:r>",
        f'<w:t>Plain text</w:t></w:r><w:ins w:id="1" w:author="{CANARY}-utf16">'
        "<w:r><w:t> added</w:t></w:r></w:ins>",
    )
    body = body.replace("UTF-8", "UTF-16").replace("?>", f"?><!-- {CANARY}-top -->", 1)
    styles = part(src, "word/styles.xml") + f"<?{CANARY}-pi after the root?>".encode()
    rezip(
        src.read_bytes(),
        src,
        {"word/document.xml": body.encode("utf-16"), "word/styles.xml": styles},
    )
    assert canary_in_package(src) == ["word/document.xml", "word/styles.xml"]

    out = clean_to(src, tmp_path)

    assert canary_in_package(out) == []
    assert docx.Document(str(out)).paragraphs[0].text == "Plain text added"


def test_other_zips_and_old_office_files_are_refused(tmp_path: Path) -> None:
    plain = tmp_path / "photos.zip"
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr("a.txt", "hello")
    result = clean(plain, tmp_path / "out" / "photos.zip")
    assert result.outcome is Outcome.REFUSED and result.error is not None
    assert "not an Office document" in result.error.message
    old = tmp_path / "letter.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    result = clean(old, tmp_path / "out" / "letter.doc")
    assert result.outcome is Outcome.REFUSED and result.error is not None
    assert "save it as .docx" in result.error.message
    strict = _small_docx(tmp_path, "strict.docx")
    rels = part(strict, "_rels/.rels").replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    )
    rezip(strict.read_bytes(), strict, {"_rels/.rels": rels})
    result = clean(strict, tmp_path / "out" / "strict.docx")
    assert result.outcome is Outcome.REFUSED and result.error is not None
    assert "Strict Open XML" in result.error.message


def test_cli_cleans_a_document(docx_file: Path, tmp_path: Path) -> None:
    proc = run_cli("clean", docx_file, "-o", tmp_path / "out", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["outcome"] == "cleaned" and result["format"] == "DOCX"
    assert canary_in_package(Path(result["output"])) == []


# --- LibreOffice opens what we wrote --------------------------------------------------------


@pytest.fixture(scope="module")
def soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("CI"):  # .ci/run installs it: missing there is a failure
            pytest.fail("LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    return found


@pytest.mark.parametrize(
    ("make", "name"),
    [(dirty_docx, "a.docx"), (dirty_xlsx, "b.xlsx"), (dirty_pptx, "c.pptx"), (dirty_odt, "d.odt")],
)
def test_libreoffice_converts_the_cleaned_document(
    soffice: str, make: Callable[[Path], Path], name: str, tmp_path: Path
) -> None:
    out = clean_to(make(tmp_path / name), tmp_path)
    profile = (tmp_path / "lo-profile").as_uri()  # never the user's LibreOffice profile
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    proc = subprocess.run(
        [*command, "--outdir", str(tmp_path / "pdf"), str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf_path = tmp_path / "pdf" / f"{out.stem}.pdf"
    assert pdf_path.exists(), proc.stderr or proc.stdout
    doc = pypdfium2.PdfDocument(pdf_path)
    try:
        assert len(doc) >= 1
        text = " ".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()
    if name.endswith(".docx"):  # the accepted text made it through LibreOffice
        assert all(line in " ".join(text.split()) for line in OFFICE_BODY), text
