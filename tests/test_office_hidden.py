"""Content documents hold but do not show: reported in a plain sentence and kept by
default (it is the user's own), removed when asked; judged by the canary in every part
and by the programs that open the copy (python-pptx, python-docx, openpyxl, LibreOffice)."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import openpyxl
import pptx
import pytest
from factories import clean_to, run_cli
from office_cases import (
    docx_with_hidden_text,
    odt_with_hidden_section,
    pptx_with_hidden,
    xlsx_with_hidden_sheet,
)
from oracle import canary_in_package, office_leaks

from scrubber import CleanOptions, clean, inspect

pytestmark = pytest.mark.exiftool
REMOVE = {"remove_notes": True, "remove_hidden": True}


def test_hidden_slides_and_speaker_notes_are_reported_and_kept(tmp_path: Path) -> None:
    src = pptx_with_hidden(tmp_path / "deck.pptx")
    warnings = inspect(src).warnings
    assert any(w.startswith("1 slide is hidden") for w in warnings), warnings
    assert any(w.startswith("speaker notes on 2 slides") for w in warnings), warnings
    res = clean(src, tmp_path / "out" / "deck.pptx")
    assert res.output is not None
    assert any(w.startswith("1 slide is hidden") for w in res.warnings)
    assert canary_in_package(res.output)  # kept: the user's own, and told so


def test_hidden_slides_and_speaker_notes_are_removed_when_asked(tmp_path: Path) -> None:
    src = pptx_with_hidden(tmp_path / "deck.pptx")
    out = clean_to(src, tmp_path, **REMOVE)
    assert canary_in_package(out) == []
    assert office_leaks(out, "PPTX") == {}
    prs = pptx.Presentation(str(out))
    assert [s.shapes.title.text for s in prs.slides] == ["Rates", "Contact"]
    assert not any(s.has_notes_slide for s in prs.slides)


def test_only_notes_go_when_only_notes_are_asked(tmp_path: Path) -> None:
    src = pptx_with_hidden(tmp_path / "deck.pptx")
    res = clean(src, tmp_path / "out" / "deck.pptx", CleanOptions(remove_notes=True))
    assert res.output is not None
    assert {f.key for f in res.removed} >= {"Office:SpeakerNotes"}
    prs = pptx.Presentation(str(res.output))
    assert len(prs.slides) == 3 and not any(s.has_notes_slide for s in prs.slides)


def test_word_hidden_text_is_reported_and_removed_when_asked(tmp_path: Path) -> None:
    src = docx_with_hidden_text(tmp_path / "letter.docx")
    assert any(w.startswith("hidden text in 1 place") for w in inspect(src).warnings)
    out = clean_to(src, tmp_path, remove_hidden=True)
    assert canary_in_package(out) == []
    assert office_leaks(out, "DOCX") == {}
    assert docx.Document(str(out)).paragraphs[0].text == "Visible start visible end"


def test_a_hidden_sheet_is_reported_and_removed_when_asked(tmp_path: Path) -> None:
    src = xlsx_with_hidden_sheet(tmp_path / "book.xlsx")
    assert any(w.startswith("1 sheet is hidden") for w in inspect(src).warnings)
    out = clean_to(src, tmp_path, remove_hidden=True)
    assert canary_in_package(out) == []
    assert office_leaks(out, "XLSX") == {}
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Rates", "Contact"]
    assert book["Contact"].print_area == "'Contact'!$A$1:$B$2"  # its scope followed it


def test_a_hidden_libreoffice_section_is_reported_and_removed_when_asked(tmp_path: Path) -> None:
    src = odt_with_hidden_section(tmp_path / "cv.odt")
    res = clean(src, tmp_path / "kept" / "cv.odt")
    assert any(w.startswith("1 hidden section") for w in res.warnings), res.warnings
    assert res.output is not None and canary_in_package(res.output)
    out = clean_to(src, tmp_path, remove_hidden=True)
    assert canary_in_package(out) == []
    assert office_leaks(out, "ODT") == {}
    content = zipfile.ZipFile(out).read("content.xml")
    assert b"Public part" in content and b"Closing words" in content


def test_the_command_line_removes_hidden_content(tmp_path: Path) -> None:
    src = pptx_with_hidden(tmp_path / "deck.pptx")
    proc = run_cli("clean", src, "-o", tmp_path / "out", "--remove-notes", "--remove-hidden")
    assert proc.returncode == 0, proc.stderr
    assert canary_in_package(tmp_path / "out" / "deck.pptx") == []


@pytest.fixture(scope="module")
def soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("CI"):  # .ci/run installs it: missing there is a failure
            pytest.fail("LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    return found


def convert(soffice: str, src: Path, to: str, tmp_path: Path) -> Path:
    profile = (tmp_path / "lo-profile").as_uri()  # never the user's LibreOffice profile
    outdir = tmp_path / f"lo-{to}"
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to]
    subprocess.run(
        [*command, "--outdir", str(outdir), str(src)], capture_output=True, timeout=180, check=False
    )
    out = outdir / f"{src.stem}.{to}"
    assert out.exists(), f"LibreOffice did not convert {src.name} to {to}"
    return out


@pytest.mark.parametrize(
    ("make", "name", "to", "sentence"),
    [
        (pptx_with_hidden, "deck.pptx", "odp", "1 slide is hidden"),
        (pptx_with_hidden, "notes.pptx", "odp", "speaker notes on 2 slides"),
        (docx_with_hidden_text, "letter.docx", "odt", "hidden text in 1 place"),
        (xlsx_with_hidden_sheet, "book.xlsx", "ods", "1 sheet is hidden"),
    ],
)
def test_hidden_content_libreoffice_wrote_is_reported_and_removed(
    soffice: str, make: object, name: str, to: str, sentence: str, tmp_path: Path
) -> None:
    made = make(tmp_path / name)  # type: ignore[operator]
    src = convert(soffice, made, to, tmp_path)
    assert canary_in_package(src)
    assert any(w.startswith(sentence) for w in inspect(src).warnings), inspect(src).warnings
    out = clean_to(src, tmp_path, **REMOVE)
    assert canary_in_package(out) == []
    assert office_leaks(out, to.upper()) == {}
    assert convert(soffice, out, "pdf", tmp_path).stat().st_size > 1000  # still opens
