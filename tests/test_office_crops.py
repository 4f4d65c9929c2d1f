"""Cropped pictures in documents: the part cut away must not survive, the part shown must.

Judged by pixels: every picture in the cleaned package (and in packages inside it) is
decoded with Pillow and searched for the canary colour of the cut-away part; the shown
part is compared with the original's pixels. ExifTool and a canary search of every part
check the rest. LibreOffice writes its own crops (`fo:clip`) when it converts the Word
file, and opens what we wrote.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pptx
import pypdfium2
import pytest
from factories import clean_to
from lxml import etree
from office_cases import (
    CROP_ONE,
    CROP_TWO,
    CUT_AWAY,
    TOP_BAND,
    cropped_docx,
    cropped_pptx,
    cropped_xlsx,
    docx_with_paths,
    mean_difference,
    pictures_in,
    pixels_near,
    visible,
    vml_cropped_docx,
)
from oracle import canary_in_package, office_leaks

from scrubber import clean, inspect

pytestmark = pytest.mark.exiftool
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def assert_only_shown_parts(out: Path, shown: list[tuple[float, float, float, float]]) -> None:
    """No picture holds the cut-away colour; each crop's picture is there, exactly once."""
    pictures = pictures_in(out)
    assert pictures, "the pictures were lost"
    for name, im in pictures.items():
        assert pixels_near(im, CUT_AWAY) == 0, f"{name} still holds the cropped-away part"
    for crop in shown:
        want = visible(crop)
        matches = [
            n
            for n, im in pictures.items()
            if im.size == want.size and mean_difference(im, want) < 6
        ]
        assert len(matches) == 1, (crop, {n: im.size for n, im in pictures.items()})


def assert_clean_package(out: Path, file_type: str) -> None:
    assert office_leaks(out, file_type) == {}
    assert canary_in_package(out) == []


def crop_rects(out: Path) -> list[dict[str, str]]:
    """The positive crops still written anywhere in the package."""
    found = []
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if not name.endswith(".xml"):
                continue
            root = etree.fromstring(z.read(name))
            for rect in root.iter(f"{{{A}}}srcRect"):
                if any(int(v) > 0 for v in rect.attrib.values()):
                    found.append(dict(rect.attrib))
            for el in root.iter("{urn:schemas-microsoft-com:vml}imagedata"):
                found += [dict(el.attrib)] if any(k.startswith("crop") for k in el.attrib) else []
            text = z.read(name)
            if b"fo:clip" in text and b"rect(0" not in text:
                found.append({"fo:clip": name})
    return found


def test_the_pixel_check_sees_the_cut_away_part_in_an_uncleaned_docx(tmp_path: Path) -> None:
    src = cropped_docx(tmp_path / "cv.docx")
    assert any(pixels_near(im, CUT_AWAY) for im in pictures_in(src).values())
    assert crop_rects(src)


def test_a_photo_cropped_twice_in_word_keeps_only_what_each_use_shows(tmp_path: Path) -> None:
    src = cropped_docx(tmp_path / "cv.docx")
    keys = {f.key for f in inspect(src).findings}
    assert "Office:CroppedAway" in keys
    res = clean(src, tmp_path / "said" / "cv.docx")
    assert "2 cropped photos still held the parts you cut away: removed" in res.warnings
    out = clean_to(src, tmp_path)
    assert_only_shown_parts(out, [CROP_ONE, CROP_TWO])
    # Two uses, two crops: two pictures; only the second shows the top band.
    pictures = pictures_in(out)
    assert sum(1 for im in pictures.values() if pixels_near(im, TOP_BAND)) == 1
    assert crop_rects(out) == []
    assert_clean_package(out, "DOCX")
    assert len(docx.Document(str(out)).inline_shapes) == 2


def test_a_cropped_photo_on_a_slide_keeps_only_what_is_shown(tmp_path: Path) -> None:
    out = clean_to(cropped_pptx(tmp_path / "flyer.pptx"), tmp_path)
    assert_only_shown_parts(out, [CROP_ONE])
    assert crop_rects(out) == []
    assert_clean_package(out, "PPTX")
    pics = [s for s in pptx.Presentation(str(out)).slides[0].shapes if s.shape_type == 13]
    assert len(pics) == 1 and pics[0].crop_left == 0 and pics[0].crop_top == 0


def test_a_cropped_photo_in_a_sheet_keeps_only_what_is_shown(tmp_path: Path) -> None:
    src = cropped_xlsx(tmp_path / "rates.xlsx")
    assert any(pixels_near(im, CUT_AWAY) for im in pictures_in(src).values())
    out = clean_to(src, tmp_path)
    assert_only_shown_parts(out, [CROP_ONE])
    assert crop_rects(out) == []
    assert_clean_package(out, "XLSX")


def test_a_cropped_picture_in_an_old_vml_drawing_keeps_only_what_is_shown(tmp_path: Path) -> None:
    out = clean_to(vml_cropped_docx(tmp_path / "old.docx"), tmp_path)
    assert_only_shown_parts(out, [CROP_ONE])
    assert crop_rects(out) == []
    assert_clean_package(out, "DOCX")


# --- LibreOffice's own crops -----------------------------------------------------------------


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
        [*command, "--outdir", str(outdir), str(src)],
        capture_output=True,
        timeout=180,
        check=False,
    )
    out = outdir / f"{src.stem}.{to}"
    assert out.exists(), f"LibreOffice did not convert {src.name} to {to}"
    return out


@pytest.mark.parametrize(
    ("make", "to", "file_type", "crops"),
    [
        (cropped_docx, "odt", "ODT", [CROP_ONE, CROP_TWO]),
        (cropped_pptx, "odp", "ODP", [CROP_ONE]),
        (cropped_xlsx, "ods", "ODS", [CROP_ONE]),
    ],
)
def test_a_picture_libreoffice_clipped_keeps_only_what_is_shown(
    soffice: str,
    make: Callable[[Path], Path],
    to: str,
    file_type: str,
    crops: list[tuple[float, float, float, float]],
    tmp_path: Path,
) -> None:
    made = make(tmp_path / {"odt": "made.docx", "odp": "made.pptx", "ods": "made.xlsx"}[to])
    src = convert(soffice, made, to, tmp_path)
    assert b"fo:clip" in zipfile.ZipFile(src).read("content.xml")  # LibreOffice's own crop
    assert any(pixels_near(im, CUT_AWAY) for im in pictures_in(src).values())
    out = clean_to(src, tmp_path)
    assert_only_shown_parts(out, crops)
    assert crop_rects(out) == []
    assert office_leaks(out, file_type) == {}
    # LibreOffice opens the copy and shows the pictures, with nothing cut away.
    pdf = convert(soffice, out, "pdf", tmp_path)
    assert pdf.stat().st_size > 1000


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (cropped_docx, "cv.docx"),
        (cropped_pptx, "flyer.pptx"),
        (cropped_xlsx, "rates.xlsx"),
        (vml_cropped_docx, "old.docx"),
        (docx_with_paths, "paths.docx"),
    ],
)
def test_libreoffice_opens_what_we_wrote(
    soffice: str, make: Callable[[Path], Path], name: str, tmp_path: Path
) -> None:
    out = clean_to(make(tmp_path / name), tmp_path)
    pdf = convert(soffice, out, "pdf", tmp_path)
    doc = pypdfium2.PdfDocument(pdf)
    try:
        pages = [page.render(scale=2).to_pil().convert("RGB") for page in doc]
    finally:
        doc.close()
    shown = sum(pixels_near(page, (105, 120, 110), 45) for page in pages)
    assert shown > 500, "the picture is not shown"
    if name != "paths.docx":  # the only one shown uncropped
        assert sum(pixels_near(page, CUT_AWAY, 40) for page in pages) == 0
