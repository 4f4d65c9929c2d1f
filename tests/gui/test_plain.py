"""Plain results first: one line per category with a plain value, raw tags behind a click,
badges that say what was removed, and the engine's messages in the user's language.

The photos are written by ExifTool with real tags, and ExifTool (not our reader) says
what they hold: the lines must agree with it.
"""

from __future__ import annotations

import re
import string
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import exiftool_write, pattern
from oracle import EXIFTOOL, exiftool_tags
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_details import cleaned, inspected
from test_i18n import lrelease

import scrubber
from gui import i18n, messages, paths, words
from gui.batchview import BatchModel, Column
from gui.details import DetailsPane
from gui.items import BatchItem, Status
from scrubber.errors import ScrubberError
from scrubber.messages import CATALOGUE, Message
from scrubber.model import Category, Finding, Report

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "assets" / "translations").glob("scrubber_*.ts"))
LAT, LON, ALT = -33.8688, 151.2093, 31.2  # Sydney, 31.2 m up


def phone_photo(path: Path) -> Path:
    """A JPEG as a phone writes it: GPS with altitude, maker, model, serial, owner, date."""
    pattern((96, 72)).save(path, "JPEG", quality=90)
    exiftool_write(
        path,
        f"-GPSLatitude={abs(LAT)}",
        "-GPSLatitudeRef=S",
        f"-GPSLongitude={LON}",
        "-GPSLongitudeRef=E",
        f"-GPSAltitude={ALT}",
        "-GPSAltitudeRef=0",
        "-Make=Apple",
        "-Model=iPhone 13",
        "-SerialNumber=F17XK2",
        "-OwnerName=Alice Example",
        "-DateTimeOriginal=2024:06:11 14:32:07",
    )
    return path


def oracle_numbers(path: Path) -> dict[str, float]:
    """GPS as numbers, read by ExifTool (-n: signed degrees, metres)."""
    assert EXIFTOOL
    out = subprocess.run(
        [EXIFTOOL, "-n", "-s3", "-GPSLatitude", "-GPSLongitude", "-GPSAltitude", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {"lat": float(out[0]), "lon": float(out[1]), "alt": float(out[2])}


def lines(pane: DetailsPane) -> dict[str, tuple[str, str]]:
    return {title: (value, state) for title, value, state in pane.plain_lines()}


def test_one_plain_line_per_category_agrees_with_exiftool(
    pane: DetailsPane, qtbot: QtBot, tmp_path: Path
) -> None:
    photo = phone_photo(tmp_path / "IMG_20240611_143207.jpg")
    truth = oracle_numbers(photo)
    item = inspected(photo)
    assert item.report is not None
    pane.show_item(item)
    shown = lines(pane)
    # Every category the file gives away has exactly one line, most dangerous first.
    found = [c for c in words.ORDER if any(f.category is c for f in item.report.findings)]
    assert [title for title, _, _ in pane.plain_lines()][: len(found)] == [
        words.title(c) for c in found
    ]
    place, state = shown[words.title(Category.LOCATION)]
    assert state == "will be removed"
    south = f"{abs(truth['lat']):.2f}° {'S' if truth['lat'] < 0 else 'N'}"
    east = f"{abs(truth['lon']):.2f}° {'E' if truth['lon'] > 0 else 'W'}"
    assert place.startswith(f"{south}, {east}")
    assert f"{truth['alt']:.1f} m above sea level" in place
    device, _ = shown[words.title(Category.DEVICE)]
    assert device.startswith("Apple iPhone 13, serial F17XK2")
    assert "in the file name: IMG" in device  # the name says which phone too
    assert "Alice Example" in shown[words.title(Category.PERSON)][0]
    assert "2024" in shown[words.title(Category.TIME)][0]
    # Raw tags only behind a click, which the keyboard reaches.
    assert not pane._tech.isVisibleTo(pane) and pane._tech_button.isVisibleTo(pane)
    assert "EXIF:GPSLatitude" not in visible_text(pane)
    pane._tech_button.setFocus()
    QTest.keyClick(pane._tech_button, Qt.Key.Key_Space)
    assert pane._tech.isVisibleTo(pane) and pane.technical_shown()
    assert "EXIF:GPSLatitude" in [
        pane._before_tree.topLevelItem(i).child(j).text(0)  # type: ignore[union-attr]
        for i in range(pane._before_tree.topLevelItemCount())
        for j in range(pane._before_tree.topLevelItem(i).childCount())  # type: ignore[union-attr]
    ]


def test_cleaned_lines_come_from_the_recheck(pane: DetailsPane, tmp_path: Path) -> None:
    item = cleaned(inspected(phone_photo(tmp_path / "a.jpg")), tmp_path / "out")
    assert item.result is not None and item.after is not None and item.result.output
    leaked = exiftool_tags(item.result.output)
    assert not [k for k in leaked if "GPS" in k or k.endswith(("Make", "Model", "OwnerName"))]
    pane.show_item(item)
    shown = lines(pane)
    removed = {f.category for f in item.result.removed}
    assert {words.title(c) for c in removed} <= set(shown)
    assert all(shown[words.title(c)][1] == "removed" for c in removed)
    assert pane._lines_title.text() == "What the clean copy no longer gives away"
    # Were anything left, it is said first and loudly, never "removed".
    left = Finding(Category.LOCATION, "EXIF:GPSLatitude", "33° 52' 7.7\" S")
    item.after = Report("JPEG", (left,), item.after.kept)
    pane.show_item(item)
    first = pane.plain_lines()[0]
    assert first[0] == words.title(Category.LOCATION) and first[2] == "still in the copy"
    assert pane._alarm.isVisibleTo(pane)
    # Without a re-check the pane does not claim the copy is clean.
    item.after = None
    pane.show_item(item)
    assert all(state != "removed" for _, _, state in pane.plain_lines())


def test_badges_say_what_was_removed_after_cleaning(qtbot: QtBot, tmp_path: Path) -> None:
    model = BatchModel()
    (item,) = model.add([phone_photo(tmp_path / "a.jpg")])
    fill(item)
    model.refresh(item.uid)
    cell = model.index(0, Column.REVEALS)
    before = model.data(cell)
    assert isinstance(before, str) and before.startswith("location, your name")
    cleaned(item, tmp_path / "out")
    model.refresh(item.uid)
    after = model.data(cell)
    assert isinstance(after, str) and after.startswith("removed: location, your name")


def test_every_engine_message_has_a_plain_form_with_its_parameters() -> None:
    for message_id, english in CATALOGUE.items():
        plain = messages.plain(message_id)
        assert plain is not None, f"gui/messages.py has no plain form for {message_id}"
        assert messages.placeholders(plain) == messages.placeholders(english), message_id
    # ...and every language has each, keeping the placeholders.
    plain_forms = {messages.plain(i) for i in CATALOGUE}
    for ts in TS_FILES:
        root = ET.parse(ts).getroot()
        context = next(c for c in root.iter("context") if c.findtext("name") == "messages")
        done = {
            m.findtext("source"): m.find("translation")
            for m in context.iter("message")
            if m.find("translation") is not None
        }
        for source in plain_forms:
            element = done.get(source)
            assert element is not None and element.get("type") is None, (ts.name, source)
            assert placeholders(element.text or "") == placeholders(source or ""), ts.name


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_an_unknown_id_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(CATALOGUE, "future.thing", "something new happened ({n})")
    assert messages.text(Message("future.thing", n=3)) == "something new happened (3)"
    assert messages.text("a plain str from an older engine") == "a plain str from an older engine"


# English words of the engine: every fixed run of two or more words in its catalogue.
ENGLISH = {
    part.strip(" ();:,.")
    for template in CATALOGUE.values()
    for part in re.split(r"\{\w+\}", template)
    if len(part.strip(" ();:,.").split()) >= 2
}


def visible_text(pane: DetailsPane) -> str:
    """Every label the user sees in the pane, the folded technical part excluded."""
    return "\n".join(
        label.text()
        for label in pane.findChildren(QLabel)
        if label.isVisibleTo(pane) and not pane._tech.isAncestorOf(label)
    )


def fill(item: BatchItem) -> None:
    """Inspect an item already in a model, as the app's inspector does (gui/workers.py)."""
    try:
        item.report, item.status = scrubber.inspect(item.path), Status.READY
    except ScrubberError as e:
        item.error, item.error_code, item.status = e.message, e.code, Status.UNREADABLE


@pytest.fixture
def french(
    qapp: QApplication, english_after: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The app in French, from the committed .ts (the build's .qm may be stale)."""
    qm = tmp_path / "qm"
    qm.mkdir()
    lrelease(ROOT / "assets" / "translations" / "scrubber_fr.ts", qm / "scrubber_fr.qm")
    monkeypatch.setattr(paths, "translations", lambda: qm)
    assert i18n.install(qapp, "fr") == "fr"
    yield


def test_in_french_no_english_engine_text_is_shown(
    french: None, pane: DetailsPane, tmp_path: Path
) -> None:
    assert QCoreApplication.translate("words", "Location") == "Lieu"
    photo = phone_photo(tmp_path / "IMG_20240611_143207.jpg")
    whole = photo.read_bytes()
    cut_short = tmp_path / "coupée.jpg"
    cut_short.write_bytes(whole[: len(whole) * 3 // 4])  # readable, its picture cut off
    broken = tmp_path / "cassée.jpg"
    broken.write_bytes(whole[:2] + b"\xff\xe1\x00\x01" + whole[6:])  # a wrong length
    model = BatchModel()
    for path in (photo, cut_short, broken):
        (item,) = model.add([path])
        fill(item)
        model.refresh(item.uid)
        engine = engine_messages(item)
        assert engine, path.name  # each case has engine words to translate
        pane.show_item(item)
        row = model.index(len(model.items) - 1, Column.STATUS)
        tip = Qt.ItemDataRole.ToolTipRole
        texts = [visible_text(pane), str(model.data(row)), str(model.data(row, tip))]
        texts.append(str(model.data(model.index(row.row(), Column.REVEALS))))
        for text in texts:
            left = [e for e in ENGLISH if e in text]
            assert not left, (path.name, left, text)
            assert not [m for m in engine if str(m) in text], (path.name, text)
    pane.show_item(model.items[0])
    place = lines(pane)["Lieu"][0]
    assert "33,87° S, 151,21° E" in place and "31,2 m au-dessus du niveau de la mer" in place
    pane.show_item(model.items[2])
    assert "octet" in pane._before_detail.text()  # "endommagé (une longueur erronée à…)"


def engine_messages(item: BatchItem) -> list[Message]:
    found: list[str] = [item.error or ""]
    if item.report is not None:
        found += [f.value for f in item.report.findings] + list(item.report.warnings)
    return [m for m in found if isinstance(m, Message)]


def test_in_french_english_only_details_wait_behind_technical_details(
    french: None, pane: DetailsPane, tmp_path: Path
) -> None:
    # Some engine messages have no plain form yet (this one: a FLAC cut short). The
    # translated sentence says what happened; the English words show only on request.
    broken = tmp_path / "voix.flac"
    broken.write_bytes(b"fLaC" + b"\x00\x00\x00\x22" + b"\x01" * 10)
    (item,) = BatchModel().add([broken])
    fill(item)
    assert item.error and not isinstance(item.error, Message)  # the case this test is for
    pane.show_item(item)
    shown = visible_text(pane)
    assert item.error not in shown and "cut short" not in shown
    assert "Cette" in shown or "fichier" in shown  # the plain French sentence is there

    pane._tech_button.setChecked(True)
    assert item.error in visible_text(pane)  # for someone helping, on request
    pane._tech_button.setChecked(False)
    assert item.error not in visible_text(pane)
