"""Files inside documents go through the same cleaners as files on disk, and no module
reaches into another module's private functions to do it."""

from __future__ import annotations

import ast
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Inches
from factories import clean_to, dirty_jpeg, pattern
from oracle import CANARY
from PIL.PngImagePlugin import PngInfo

import scrubber

pytestmark = pytest.mark.exiftool


def dirty_png(path: Path) -> Path:
    """A screenshot with the text chunks a phone or editor writes."""
    info = PngInfo()
    info.add_text("Author", f"{CANARY}-author")
    info.add_text("Software", f"{CANARY}-software")
    pattern((48, 32)).save(path, "PNG", pnginfo=info)
    return path


@pytest.mark.parametrize(("make", "name"), [(dirty_jpeg, "photo.jpg"), (dirty_png, "shot.png")])
def test_a_picture_in_a_document_comes_out_as_the_same_file_cleaned_on_disk(
    make: object, name: str, tmp_path: Path
) -> None:
    picture = make(tmp_path / name)  # type: ignore[operator]
    alone = clean_to(picture, tmp_path / "alone").read_bytes()
    doc = docx.Document()
    doc.add_picture(str(picture), width=Inches(1))
    doc.save(str(tmp_path / "letter.docx"))
    out = clean_to(tmp_path / "letter.docx", tmp_path)
    with zipfile.ZipFile(out) as z:
        (inside,) = [z.read(n) for n in z.namelist() if n.startswith("word/media/")]
    assert inside == alone


def test_no_module_uses_another_modules_private_names() -> None:
    root = Path(scrubber.__file__).parent
    modules = {p.stem for p in root.rglob("*.py")}
    found = []
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module in modules:
                found += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
            ):
                found.append(f"{path.name}: {node.value.id}.{node.attr}")
    assert found == []
