"""A batch of photos never imports the documents' readers (pikepdf, lxml); a document
does. The real command line in a subprocess, with Python reporting every import of the
main process and of the workers it forks (PYTHONPROFILEIMPORTTIME, one line per module
on stderr), so the start-up before the first worker starts stays small (issue 16)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factories import dirty_docx, dirty_jpeg, dirty_pdf, pattern
from oracle import CANARY
from PIL.PngImagePlugin import PngInfo

from scrubber import isolation

pytestmark = pytest.mark.exiftool

HEAVY = ("pikepdf", "lxml")


def dirty_png(path: Path) -> Path:
    info = PngInfo()
    info.add_text("Author", f"{CANARY}-author")
    pattern((48, 32)).save(path, "PNG", pnginfo=info)
    return path


def imported_by_clean(folder: Path, out: Path) -> tuple[set[str], list[dict[str, object]]]:
    """The top-level packages every process of `scrubber clean` imported, and its rows."""
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "scrubber", "clean", "-o", out, "--jobs", "2", "--json", folder],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    modules = {
        line.rsplit("|", 1)[1].strip().split(".")[0]
        for line in proc.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return modules, [json.loads(line) for line in proc.stdout.splitlines()]


def test_a_batch_of_photos_never_imports_the_document_readers(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    for i in range(3):
        dirty_jpeg(photos / f"IMG_{i}.jpg")
        dirty_png(photos / f"shot_{i}.png")

    modules, rows = imported_by_clean(photos, tmp_path / "out")

    assert [r["outcome"] for r in rows] == ["cleaned"] * 6
    assert "PIL" in modules and "scrubber" in modules  # the profile did report imports
    assert not {m for m in modules if m in HEAVY}


def test_documents_in_a_batch_load_their_readers_in_the_workers(tmp_path: Path) -> None:
    # The photo comes first: the main process detects only it before forking, so the
    # readers are imported by the workers, whose imports are reported too. (The
    # factories leave their ingredients beside what they make, hence `made`.)
    made, batch = tmp_path / "made", tmp_path / "batch"
    made.mkdir()
    batch.mkdir()
    dirty_jpeg(batch / "a.jpg")
    shutil.move(dirty_pdf(made / "b.pdf"), batch / "b.pdf")
    shutil.move(dirty_docx(made / "c.docx"), batch / "c.docx")

    modules, rows = imported_by_clean(batch, tmp_path / "out")

    assert [r["outcome"] for r in rows] == ["cleaned"] * 3
    assert set(HEAVY) <= modules


def test_the_apps_fork_server_preloads_the_document_readers() -> None:
    # The app's workers start from a fork server that imports PRELOAD once, in the
    # background, so that no worker pays for pikepdf or lxml on its first document.
    code = (
        "import sys, importlib\n"
        f"for name in {isolation.PRELOAD!r}: importlib.import_module(name)\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert set(HEAVY) <= set(proc.stdout.split())
