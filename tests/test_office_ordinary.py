"""Ordinary documents other readers open are cleaned, not refused; documents inside
documents go through the same cleaners as files on disk, or the file is refused with a
reason (never "cleaned" with part of its text silently gone)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from factories import (
    OFFICE_BODY,
    assert_failed_without_output,
    clean_to,
    dirty_docx,
    dirty_odt,
    rezip,
)
from oracle import canary_in_package, office_leaks

from scrubber import Outcome, clean, inspect

pytestmark = pytest.mark.exiftool
AF_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def test_an_odt_whose_mimetype_is_not_first_is_cleaned(tmp_path: Path) -> None:
    made = dirty_odt(tmp_path / "made.odt")
    with zipfile.ZipFile(made) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    src = tmp_path / "cv.odt"
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:  # mimetype last, deflated
        for name in sorted(parts, key=lambda n: n == "mimetype"):
            z.writestr(name, parts[name])
    assert src.read_bytes()[30:38] != b"mimetype"
    assert inspect(src).format == "ODT"
    out = clean_to(src, tmp_path)
    assert out.read_bytes()[30:38] == b"mimetype"  # written where the format puts it
    assert office_leaks(out, "ODT") == {}
    assert canary_in_package(out) == []


def test_a_zip_that_is_no_document_is_still_refused(tmp_path: Path) -> None:
    src = tmp_path / "notes.docx"
    with zipfile.ZipFile(src, "w") as z:
        z.writestr("readme.txt", "hello")
    message = assert_failed_without_output(src, tmp_path)
    assert "not an Office document" in message


def test_a_docx_with_an_empty_font_table_is_cleaned_without_it(tmp_path: Path) -> None:
    made = dirty_docx(tmp_path / "made.docx")
    src = rezip(made.read_bytes(), tmp_path / "letter.docx", {"word/fontTable.xml": b""})
    out = clean_to(src, tmp_path)
    with zipfile.ZipFile(out) as z:
        assert "word/fontTable.xml" not in z.namelist()
        assert b"fontTable" not in z.read("word/_rels/document.xml.rels")
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    assert all(line in text for line in OFFICE_BODY)
    assert office_leaks(out, "DOCX") == {}
    assert canary_in_package(out) == []


def _with_alt_chunk(made: Path, path: Path, name: str, data: bytes, content_type: str) -> Path:
    """Word's altChunk: a part shown in place of a `w:altChunk` in the body."""
    with zipfile.ZipFile(made) as z:
        body = z.read("word/document.xml")
        rels = z.read("word/_rels/document.xml.rels")
        types = z.read("[Content_Types].xml")
    rel = f'<Relationship Id="rIdAlt" Type="{AF_CHUNK}" Target="{name}"/>'
    rels = rels.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
    over = f'<Override PartName="/word/{name}" ContentType="{content_type}"/>'
    types = types.replace(b"</Types>", over.encode() + b"</Types>")
    body = body.replace(b"<w:sectPr", b'<w:altChunk r:id="rIdAlt"/><w:sectPr', 1)
    return rezip(
        made.read_bytes(),
        path,
        {
            "word/document.xml": body,
            "word/_rels/document.xml.rels": rels,
            "[Content_Types].xml": types,
            f"word/{name}": data,
        },
    )


def test_a_word_file_shown_inside_a_word_file_is_cleaned_by_the_same_cleaner(
    tmp_path: Path,
) -> None:
    inner = dirty_docx(tmp_path / "inner.docx").read_bytes()
    made = docx.Document()
    made.add_paragraph("Outer text")
    made.save(str(tmp_path / "outer.docx"))
    src = _with_alt_chunk(
        tmp_path / "outer.docx",
        tmp_path / "merged.docx",
        "chunk.docx",
        inner,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    )
    assert canary_in_package(src)  # the inner document's author, comments, photo...
    out = clean_to(src, tmp_path)
    with zipfile.ZipFile(out) as z:
        chunk = z.read("word/chunk.docx")
    inner_text = [p.text for p in docx.Document(io.BytesIO(chunk)).paragraphs]
    assert all(line in inner_text for line in OFFICE_BODY)  # its text kept, accepted
    assert canary_in_package(out) == []
    assert office_leaks(out, "DOCX") == {}


def test_a_web_page_shown_inside_a_word_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    made = docx.Document()
    made.add_paragraph("Outer text")
    made.save(str(tmp_path / "outer.docx"))
    page = b"<html><body><p>Text only this chunk holds</p></body></html>"
    src = _with_alt_chunk(
        tmp_path / "outer.docx", tmp_path / "web.docx", "page.html", page, "text/html"
    )
    res = clean(src, tmp_path / "out" / "web.docx")
    assert res.outcome is Outcome.REFUSED and res.error is not None
    assert "save it again" in res.error.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
