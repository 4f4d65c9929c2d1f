"""The app's "Weaken the camera fingerprint" option: remembered, and it reaches the core."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import dirty_jpeg, dirty_pdf
from oracle import assert_clean
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui import settings
from gui.mainwindow import MainWindow
from scrubber.model import Outcome
from scrubber.redact import fingerprint

pytestmark = pytest.mark.exiftool


def test_fingerprint_option_is_remembered_and_weakens_the_photos(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    check = window.options_box.fingerprint_check
    assert not check.isChecked()
    assert "fingerprint" in check.text() and check.toolTip()
    photo = dirty_jpeg(tmp_path / "beach.jpg", size=(400, 300))
    pdf = dirty_pdf(tmp_path / "flyer.pdf")
    before = photo.read_bytes()

    check.setChecked(True)
    assert settings.load().reduce_fingerprint  # saved at once
    assert window.options.clean_options().reduce_fingerprint
    window.add_paths([photo, pdf])
    qtbot.waitUntil(lambda: all(i.report for i in window.model.items), timeout=20_000)
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)

    shot, doc = window.model.items
    assert shot.result is not None and shot.result.outcome is Outcome.CLEANED
    assert doc.result is not None and doc.result.outcome is Outcome.CLEANED
    assert shot.result.output is not None and doc.result.output is not None
    assert_clean(shot.result.output)
    assert photo.read_bytes() == before
    with Image.open(shot.result.output) as out, Image.open(photo) as original:
        assert out.size == fingerprint.new_size(original.size) == (388, 291)
        # Softened and resampled, not a copy of the pixels: compared at the same size.
        back = out.convert("RGB").resize(original.size)
        diff = ImageChops.difference(back, original.convert("RGB"))
        assert 0 < sum(ImageStat.Stat(diff).mean) / 3 < 40  # still the same picture
    assert "redaction:regions" not in {f.key for f in shot.result.removed}  # nothing covered
    assert doc.result.output.suffix == ".pdf"  # documents are cleaned as before

    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.options_box.fingerprint_check.isChecked()


def test_blur_is_described_as_what_it_is(qtbot: QtBot, tmp_path: Path) -> None:
    """The editor's blur is drawn over a wiped area (scrubber/redact/masks.py): it must
    not be called reversible, nor the safe choice."""
    from gui.editor import RedactionEditor

    photo = dirty_jpeg(tmp_path / "a.jpg", size=(160, 120), with_exiftool=False)
    editor = RedactionEditor(photo, [])
    qtbot.addWidget(editor)
    label = editor.mode_radio["blur"].text()
    assert "undone" not in label and "wiped first" in label
    assert editor.mode_radio["blur"].accessibleName() == label.replace("&", "")
    qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
    editor.reject()
