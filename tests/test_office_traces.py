"""Paths, file names, comments and password hashes that Office and LibreOffice keep where
the reader does not look: gone from the cleaned copy (canary in every part, ExifTool),
while what the reader sees (a field's result, a cell's value, the text) stays."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from factories import clean_to
from lxml import etree
from office_cases import (
    FIELDS,
    docx_with_paths,
    odp_with_comment,
    ods_with_external_formula,
    odt_with_file_name,
)
from oracle import CANARY, canary_in_package, office_leaks

from scrubber import inspect

pytestmark = pytest.mark.exiftool
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_the_canary_search_sees_the_paths_in_an_uncleaned_docx(tmp_path: Path) -> None:
    src = docx_with_paths(tmp_path / "cv.docx")
    found = canary_in_package(src)
    assert "word/document.xml" in found and "word/settings.xml" in found


def test_word_picture_names_alt_text_fields_and_password_hash_go(tmp_path: Path) -> None:
    src = docx_with_paths(tmp_path / "cv.docx")
    keys = {f.key for f in inspect(src).findings}
    assert {"Office:PictureFileNames", "Office:FileFields", "Office:PasswordHash"} <= keys
    out = clean_to(src, tmp_path)
    assert canary_in_package(out) == []
    assert office_leaks(out, "DOCX") == {}
    assert not any(b"IMG_20240315" in data for data in members(out).values())
    doc = docx.Document(str(out))
    text = [p.text for p in doc.paragraphs]
    # What the reader saw stays: each field's result, the linked value.
    assert all(shown in text for _, shown in FIELDS) and "Linked value" in text
    assert "shared folder" in text  # a link to a server share keeps its text, not its path
    body = etree.tostring(doc.element.body).decode()
    assert "https://example.org/rates" in body  # a web link is not a file: kept
    assert "INCLUDEPICTURE" not in body and "file:///" not in body
    protection = doc.settings.element.find(f"{W}documentProtection")
    assert protection is not None and protection.get(f"{W}enforcement") == "1"
    assert protection.get(f"{W}hash") is None and protection.get(f"{W}salt") is None


def test_impress_comments_go_with_their_initials(tmp_path: Path) -> None:
    src = odp_with_comment(tmp_path / "flyer.odp")
    assert {f.key for f in inspect(src).findings} >= {"ODF:Annotations"}
    out = clean_to(src, tmp_path)
    assert canary_in_package(out) == []
    assert office_leaks(out, "ODP") == {}
    content = members(out)["content.xml"]
    assert b"annotation" not in content and b"Available this week" in content


def test_odf_file_name_fields_and_picture_file_names_go(tmp_path: Path) -> None:
    out = clean_to(odt_with_file_name(tmp_path / "letter.odt"), tmp_path)
    assert canary_in_package(out) == []
    assert office_leaks(out, "ODT") == {}
    content = members(out)["content.xml"]
    assert b"file-name" not in content and b"template-name" not in content
    root = etree.fromstring(content)
    text = " ".join("".join(p.itertext()) for p in root.iter("{*}p"))
    assert "Saved as cv.odt today" in text and "Template letter" in text


def test_a_formula_reading_another_file_becomes_its_value(tmp_path: Path) -> None:
    src = ods_with_external_formula(tmp_path / "rates.ods")
    assert "ODF:ExternalData" in {f.key for f in inspect(src).findings}
    out = clean_to(src, tmp_path)
    assert canary_in_package(out) == []
    assert office_leaks(out, "ODS") == {}
    root = etree.fromstring(members(out)["content.xml"])
    cells = list(root.iter("{*}table-cell"))
    table = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    office = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    assert cells[0].get(f"{table}formula") is None and cells[0].get(f"{office}value") == "42"
    assert cells[1].get(f"{table}formula") == "of:=1+1"  # a formula within the sheet stays
    assert CANARY not in etree.tostring(root).decode()
