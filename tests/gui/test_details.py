"""The details pane and the safety guide, on real files made fresh by each test."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import piexif
import pytest
from factories import SRGB_ICC, dirty_jpeg, dirty_pdf, dirty_wav, pattern
from oracle import CANARY
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTranslator, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

import scrubber
from gui import thumbs, words
from gui.batchview import BatchModel, Column
from gui.details import AFTER, BEFORE, DetailsPane
from gui.guide import SafetyGuide
from gui.items import BatchItem, Status
from scrubber.errors import ScrubberError
from scrubber.model import Category, CleanResult, ErrorInfo, Finding, Outcome, Report
from scrubber.redact import Region

HOSTILE = "<b>Alice</b><img src=x>"


def inspected(path: Path) -> BatchItem:
    item = BatchItem(path)
    try:
        item.report = scrubber.inspect(path)
        item.status = Status.READY
    except ScrubberError as e:
        item.error, item.error_code, item.status = str(e), e.code, Status.UNREADABLE
    return item


def cleaned(item: BatchItem, out_dir: Path) -> BatchItem:
    item.result = scrubber.clean(item.path, out_dir / item.path.name)
    assert item.result.output is not None
    item.after = item.result.after  # the re-check clean() made of its copy
    item.status = Status.DONE
    return item


def groups(tree: QTreeWidget) -> dict[str, QTreeWidgetItem]:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {item.text(0): item for item in items if item is not None}


def rows(parent: QTreeWidgetItem) -> list[tuple[str, str]]:
    """(key, value) of every leaf under parent."""
    out: list[tuple[str, str]] = []
    for child in (parent.child(i) for i in range(parent.childCount())):
        assert child is not None
        out.extend(rows(child) if child.childCount() else [(child.text(0), child.text(1))])
    return out


def test_before_lists_gps_and_device_in_plain_words(pane: DetailsPane, tmp_path: Path) -> None:
    item = inspected(
        dirty_jpeg(tmp_path / "a.jpg", orientation=6, icc=SRGB_ICC, with_exiftool=False)
    )
    pane.show_item(item)
    found = groups(pane._before_tree)
    place = found[f"{words.sentence(Category.LOCATION)} (6)"]
    assert ("EXIF:GPSLatitude", "52° 22' 12.3\" N") in rows(place)
    assert ("EXIF:GPSAltitude", "12.0 m above sea level") in rows(place)
    device = found[next(k for k in found if k.startswith(words.sentence(Category.DEVICE)))]
    assert ("EXIF:Model", f"{CANARY}-model") in rows(device)
    # Every finding appears once, under its category's sentence.
    shown = [r for g in found.values() for r in rows(g)]
    assert item.report is not None
    for f in item.report.findings:
        assert (f.key, f.value) in shown
    # Kept items are listed apart, each reason its own group, not among the findings.
    orientation = [t for t, g in found.items() if ("EXIF:Orientation", "6") in rows(g)]
    icc = [t for t, g in found.items() if ("ICC:Profile", "sRGB built-in") in rows(g)]
    assert len(orientation) == len(icc) == 1 and orientation != icc
    sentences = {words.sentence(c) for c in Category}
    assert not any(orientation[0].startswith(s) for s in sentences)
    # The plain lines say what is kept, in words, last.
    assert pane.plain_lines()[-1] == (
        "Kept",
        "a standard colour profile, which way up the photo is",
        "kept",
    )
    assert pane._name.full_text() == "a.jpg"
    assert pane._format.text() == "JPEG"
    pane.activateWindow()
    pane.setFocus()
    assert pane.focusProxy() is pane._lines


def test_after_shows_outcome_removed_and_output_name(pane: DetailsPane, tmp_path: Path) -> None:
    item = inspected(dirty_jpeg(tmp_path / "a.jpg", with_exiftool=False))
    pane.show_item(item)
    assert not pane._outcome.isVisibleTo(pane)
    cleaned(item, tmp_path / "out")
    pane.show_item(item)
    assert item.result is not None and item.result.outcome is Outcome.CLEANED
    assert pane._outcome.text() == words.outcome(Outcome.CLEANED)
    assert item.result.output is not None
    assert item.result.output.name in pane._after_message.text()
    after = groups(pane._after_tree)
    removed = next(g for g in after.values() if g.text(0).endswith(f"({len(item.result.removed)})"))
    assert sorted(rows(removed)) == sorted((f.key, f.value) for f in item.result.removed)
    assert ("EXIF:GPSLatitude", "52° 22' 12.3\" N") in rows(removed)
    # Its groups are folded, yet the key column fits the keys in them.
    key = max((f.key for f in item.result.removed), key=pane.fontMetrics().horizontalAdvance)
    assert not removed.child(0).isExpanded()
    pane._tech_button.click()  # the raw tags are folded away at first
    assert pane._after_tree.columnWidth(0) > pane.fontMetrics().horizontalAdvance(key)
    assert not pane._alarm.isVisibleTo(pane)


def test_something_left_in_the_copy_is_never_hidden(pane: DetailsPane, tmp_path: Path) -> None:
    item = cleaned(inspected(dirty_jpeg(tmp_path / "a.jpg", with_exiftool=False)), tmp_path / "o")
    assert item.after is not None and not item.after.findings
    left = Finding(Category.LOCATION, "EXIF:GPSLatitude", "52/1 22/1 0/1")
    item.after = Report("JPEG", (left,), item.after.kept)
    pane.show_item(item)
    assert pane._alarm.isVisibleTo(pane)
    first = pane._after_tree.topLevelItem(0)
    assert first is not None and rows(first) == [("EXIF:GPSLatitude", "52/1 22/1 0/1")]
    assert first.isExpanded()


def test_html_in_values_and_names_is_shown_literally(
    pane: DetailsPane, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "<i>me<i>.jpg"
    exif = piexif.dump({"0th": {piexif.ImageIFD.Artist: HOSTILE.encode()}})
    pattern().save(path, "JPEG", exif=exif)
    pane.show_item(inspected(path))
    pairs = [r for g in groups(pane._before_tree).values() for r in rows(g)]
    assert ("EXIF:Artist", HOSTILE) in pairs
    assert pane._name.full_text() == "<i>me<i>.jpg"
    assert "<i>" not in pane._name.toolTip() and "&lt;i&gt;" in pane._name.toolTip()
    # A message naming the file goes to the same plain labels.
    broken = tmp_path / "<b>x<b>.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00" + HOSTILE.encode())
    bad = inspected(broken)
    bad.error = f"{bad.error} {HOSTILE}"
    pane.show_item(bad)
    assert HOSTILE in pane._before_detail.text()
    labels = pane.findChildren(QLabel)
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    pane.grab()  # renders without interpreting anything


def test_previews_arrive_off_the_gui_thread(
    pane: DetailsPane, qtbot: QtBot, tmp_path: Path
) -> None:
    item = inspected(dirty_jpeg(tmp_path / "a.jpg", size=(64, 48), orientation=6))
    pane.show_item(item)
    qtbot.waitUntil(lambda: pane.preview_state(BEFORE) == "image")
    shown = pane.preview(BEFORE).image()
    assert shown.height() > shown.width()  # turned upright, as the photo is displayed
    assert pane.preview_state(AFTER) == "not_yet"
    cleaned(item, tmp_path / "out")
    pane.show_item(item)
    qtbot.waitUntil(lambda: pane.preview_state(AFTER) == "image")
    assert pane.preview(AFTER).image().size() == shown.size()


def test_late_preview_for_another_file_is_ignored(
    pane: DetailsPane, qtbot: QtBot, tmp_path: Path
) -> None:
    first = inspected(dirty_jpeg(tmp_path / "a.jpg", with_exiftool=False))
    second = inspected(dirty_jpeg(tmp_path / "b.jpg", size=(30, 90), with_exiftool=False))
    pane.show_item(first)
    pane.show_item(second)
    qtbot.waitUntil(lambda: pane.preview_state(BEFORE) == "image")
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(10)  # let any queued answer for the first file arrive
    shown = pane.preview(BEFORE).image()
    assert shown.height() > 2 * shown.width()  # the second file's picture, not the first's
    stale = QImage(8, 8, QImage.Format.Format_RGB888)
    pane._sink.loaded.emit(first.uid, BEFORE, stale)
    qtbot.wait(10)
    assert pane.preview(BEFORE).image().size() != stale.size()


def test_late_preview_of_a_copy_no_longer_shown_is_ignored(
    pane: DetailsPane, qtbot: QtBot, tmp_path: Path
) -> None:
    item = cleaned(inspected(dirty_jpeg(tmp_path / "a.jpg", with_exiftool=False)), tmp_path / "o")
    pane.show_item(item)  # starts decoding the copy
    item.result = item.after = None  # e.g. queued again before the decode finished
    pane.show_item(item)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(10)
    assert pane.preview_state(AFTER) == "not_yet" and pane.preview(AFTER).image().isNull()


def test_unreadable_file_has_placeholder_and_error(
    pane: DetailsPane, qtbot: QtBot, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00garbage")
    item = inspected(broken)
    assert item.error
    pane.show_item(item)
    qtbot.waitUntil(lambda: pane.preview_state(BEFORE) == "broken")
    assert pane.preview(BEFORE).image().isNull()
    assert pane.preview(BEFORE).text() == "This picture could not be read: the file may be damaged"
    assert pane.preview_state(AFTER) == "no_copy" and pane.preview(AFTER).text()
    # The reason in plain, translatable words; the core's English words as a detail.
    assert item.error_code == "corrupt"
    assert pane._before_summary.text() == "This file is damaged or incomplete."
    assert pane._before_detail.text() == f"Details: {item.error}"
    assert item.error not in pane._before_summary.text()
    assert pane._after_message.text()


def test_a_cut_off_photo_says_it_could_not_be_read(
    pane: DetailsPane, qtbot: QtBot, tmp_path: Path
) -> None:
    whole = dirty_jpeg(tmp_path / "whole.jpg", size=(320, 240), with_exiftool=False).read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    item = inspected(cut)
    assert item.report is not None and item.report.format == "JPEG"  # its metadata is readable
    pane.show_item(item)
    qtbot.waitUntil(lambda: pane.preview_state(BEFORE) == "broken")
    assert pane.preview(BEFORE).text() == "This picture could not be read: the file may be damaged"
    assert pane._format.text() == item.file_type() == "JPEG"  # as in the list's Type column


def test_a_pdf_shows_its_first_page(pane: DetailsPane, qtbot: QtBot, tmp_path: Path) -> None:
    pdf = dirty_pdf(tmp_path / "a.pdf")
    item = inspected(pdf)
    assert item.report is not None and item.report.format == "PDF"
    pane.show_item(item)
    qtbot.waitUntil(lambda: pane.preview_state(BEFORE) == "image")
    image = thumbs.load(pdf, 480)
    assert image is not None and max(image.size) == 480
    assert len(set(image.convert("L").tobytes())) > 2  # drawn: text and a photo on white


def test_a_file_that_is_no_picture_has_no_preview(
    pane: DetailsPane, qtbot: QtBot, tmp_path: Path
) -> None:
    sound = dirty_wav(tmp_path / "a.wav")
    item = inspected(sound)
    assert item.report is not None and item.report.format == "WAV"
    pane.show_item(item)
    qtbot.waitUntil(lambda: pane.preview_state(BEFORE) == "none")
    assert pane.preview(BEFORE).text() == "No preview for this kind of file"


def test_a_failed_clean_gives_the_plain_reason_and_the_detail(
    pane: DetailsPane, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.png"
    pattern().save(photo)
    item = inspected(photo)
    error = ErrorInfo("output", "could not write: No space left on device")
    item.result = CleanResult(item.path, Outcome.FAILED, None, "PNG", error=error)
    item.status = Status.DONE
    pane.show_item(item)
    assert pane._outcome.text() == "Could not be cleaned"
    assert "is the disk full" in pane._after_message.text()
    assert pane._after_detail.text() == f"Details: {error.message}"
    assert not pane._after_detail.isHidden()


def test_showing_an_unchanged_item_again_keeps_what_the_user_folded(
    pane: DetailsPane, tmp_path: Path
) -> None:
    item = inspected(dirty_jpeg(tmp_path / "a.jpg", with_exiftool=False))
    pane.show_item(item)
    first = pane._before_tree.topLevelItem(0)
    assert first is not None and first.isExpanded()
    first.setExpanded(False)
    pane.show_item(item)  # e.g. the list repainted the row
    assert pane._before_tree.topLevelItem(0) is first and not first.isExpanded()
    item.status = Status.CLEANING
    pane.show_item(item)
    assert pane._after_message.text() and pane._before_tree.topLevelItem(0) is not first


def test_regions_are_counted(pane: DetailsPane, tmp_path: Path) -> None:
    item = inspected(dirty_jpeg(tmp_path / "a.jpg", with_exiftool=False))
    pane.show_item(item)
    assert not pane._covered.isVisibleTo(pane)
    item.regions = [Region(kind="rect", x=i, y=i, w=4, h=4) for i in range(3)]
    pane.show_item(item)
    assert pane._covered.isVisibleTo(pane) and "3" in pane._covered.text()


class Shouting(QTranslator):
    """A stand-in language: every string in capitals, placeholders untouched."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        parts = re.split(r"(\{\w*\})", source)
        return "".join(p if p.startswith("{") else p.upper() for p in parts)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def shouting(qtbot: QtBot) -> Iterator[Shouting]:
    translator = Shouting()
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_language_change_retranslates(
    pane: DetailsPane, shouting: Shouting, tmp_path: Path
) -> None:
    item = inspected(dirty_jpeg(tmp_path / "a.jpg", with_exiftool=False))
    item.regions = [Region(kind="rect", x=1, y=1, w=4, h=4) for _ in range(2)]
    pane.show_item(item)
    title, covered = pane._before_title.text(), pane._covered.text()
    QCoreApplication.installTranslator(shouting)
    QApplication.processEvents()
    assert pane._before_title.text() == title.upper() != title
    assert pane._covered.text() == covered.upper() != covered  # "{count}" survived
    assert words.sentence(Category.LOCATION).isupper()
    assert any(t.startswith(words.sentence(Category.LOCATION)) for t in groups(pane._before_tree))


def test_guide_opens_with_text_and_closes_on_escape(qtbot: QtBot) -> None:
    guide = SafetyGuide()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    text = guide._text.toPlainText()
    paragraphs = [c for kind, c in guide.blocks() if isinstance(c, str) and kind == "p"]
    assert len(paragraphs) >= 6 and all(p in text for p in paragraphs)
    assert guide._text.openLinks() is False and guide._text.openExternalLinks() is False
    assert "<a " not in guide._text.toHtml() and "<img" not in guide._text.toHtml()
    # No resource is ever fetched, even one a translator could slip in.
    url = QUrl.fromLocalFile(str(Path(__file__)))
    assert guide._text.loadResource(int(QTextDocument.ResourceType.ImageResource), url) is None
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_guide_is_translated(qtbot: QtBot, shouting: Shouting) -> None:
    guide = SafetyGuide()
    qtbot.addWidget(guide)
    before = guide._text.toPlainText()
    QCoreApplication.installTranslator(shouting)
    QApplication.processEvents()
    assert guide._text.toPlainText() == before.upper() != before
    assert guide.windowTitle().isupper()


def test_a_name_with_a_bidi_override_is_shown_escaped(
    pane: DetailsPane, qtbot: QtBot, tmp_path: Path
) -> None:
    # U+202E makes "ad<RLO>gpj.exe" display as "adexe.jpg": the app must not be fooled.
    path = dirty_jpeg(tmp_path / "ad\u202egpj.exe.jpg", with_exiftool=False)
    item = inspected(path)
    pane.show_item(item)
    assert pane._name.full_text() == "ad\\u202egpj.exe.jpg"
    model = BatchModel()
    (added,) = model.add([path])
    assert model.data(model.index(0, Column.NAME)) == "ad\\u202egpj.exe.jpg"
    assert added.display_name() == "ad\\u202egpj.exe.jpg"


def test_a_file_refused_when_read_and_again_when_cleaned_says_why_once(
    pane: DetailsPane, tmp_path: Path
) -> None:
    """A document refused on reading is tried again by Clean (it may have changed) and
    refused for the same reason: the pane says that reason once, not twice."""
    pdf = dirty_pdf(tmp_path / "a.pdf")
    pdf.write_bytes(pdf.read_bytes()[:400])  # cut off: refused when read
    item = inspected(pdf)
    assert item.report is None and item.error
    item.result = scrubber.clean(pdf, tmp_path / "out" / pdf.name)
    assert item.result.error is not None and item.result.error.message == item.error
    pane.show_item(item)
    shown = "\n".join(
        label.text() for label in pane.findChildren(QLabel) if label.isVisibleTo(pane)
    )
    assert shown.count(words.error(item.error_code)) == 1, shown
    assert shown.count(str(item.error)) == 1, shown
    assert pane._after_message.text() == (
        "No clean copy can be made because the file could not be read."
    )
