"""Why a document was refused, in the user's language.

Real refused documents go through the engine: each refusal is a catalogue message the app
has a plain form for, with the English the command line prints. Then the app runs in
French from the committed translations: the details pane says the reason as the
translators wrote it (read from the .ts), in plain view, not as English behind
"technical details".
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.shared import Inches
from factories import clipped_photo_pdf, pattern, rezip
from PySide6.QtWidgets import QLabel

import scrubber
from gui import messages
from gui.details import DetailsPane
from gui.items import BatchItem, Status
from scrubber.errors import ScrubberError
from scrubber.messages import Message
from scrubber.model import Outcome

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
PLACEHOLDER = re.compile(r"(\{\w+\})")


# word/document.xml declaring an external entity: the XML attack documents are refused for.
ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)


def round_clip_pdf(tmp: Path) -> Path:
    """A photo shown through a clip with round corners: its hidden part cannot be cut."""
    return clipped_photo_pdf(tmp / "round.pdf", "round")


def entity_docx(tmp: Path) -> Path:
    path = tmp / "letter.docx"
    doc = docx.Document()
    doc.add_paragraph("Plain text")
    doc.save(str(path))
    return rezip(path.read_bytes(), path, {"word/document.xml": ENTITY})


def cut_photo_docx(tmp: Path) -> Path:
    """A letter whose photo is cut off before its picture data: the JPEG cleaner's own
    message, placed in the document by another."""
    photo = tmp / "photo.jpg"
    pattern((48, 32)).save(photo, "JPEG")
    path = tmp / "photo.docx"
    doc = docx.Document()
    doc.add_picture(str(photo), width=Inches(1))
    doc.save(str(path))
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        (name,) = [n for n in z.namelist() if n.startswith("word/media/")]
    return rezip(data, path, {name: photo.read_bytes()[:200]})


# What each refusal must be: its id, and the English the command line prints.
CASES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "round-clip-pdf": (
        round_clip_pdf,
        "pdf.shape_uncuttable",
        "a picture in this PDF is shown through a shape that hides part of it, which cannot "
        "be cut exactly; turn pages into pictures (--flatten-pdf) to clean it",
    ),
    "xml-entity-docx": (
        entity_docx,
        "doc.xml_attack",
        "word/document.xml holds an XML declaration used in attacks; not opened",
    ),
    "cut-photo-docx": (
        cut_photo_docx,
        "doc.in_picture",
        "a picture in this document (word/media/image1.jpg): ",
    ),
}


def why(src: Path, out: Path) -> str:
    """The reason the engine gives for not cleaning `src` (the clean must fail)."""
    result = scrubber.clean(src, out / src.name)
    assert result.outcome in (Outcome.REFUSED, Outcome.FAILED) and result.output is None
    assert result.error is not None
    return result.error.message


@pytest.mark.parametrize("case", list(CASES))
def test_the_engine_refuses_with_a_message_the_app_can_say(case: str, tmp_path: Path) -> None:
    make, message_id, english = CASES[case]
    reason = why(make(tmp_path), tmp_path / "out")
    assert isinstance(reason, Message) and reason.id == message_id
    # The command line's words are what they were (a JPEG's own reason after the colon).
    assert reason == english + reason.params.get("problem", "")
    plain = messages.plain(reason.id)
    assert plain is not None
    assert messages.placeholders(plain) == set(reason.params)
    for value in reason.params.values():  # a message inside is said the app's way too
        if isinstance(value, Message):
            assert messages.known(value.id), value.id


def shown(pane: DetailsPane) -> str:
    """Every label the user sees, the folded technical details excluded."""
    return "\n".join(
        label.text()
        for label in pane.findChildren(QLabel)
        if label.isVisibleTo(pane) and not pane._tech.isAncestorOf(label)
    )


def test_in_french_the_pane_says_why_in_french(
    tmp_path: Path, pane: DetailsPane, french: Callable[[str], str]
) -> None:
    def in_french(message: Message) -> str:
        """The French the translators wrote for it, a message inside in French too."""
        params = {
            k: in_french(v) if isinstance(v, Message) else v for k, v in message.params.items()
        }
        return french(message.id).format(**params)

    assert not pane.technical_shown()
    for case, (make, _, _) in CASES.items():
        folder = tmp_path / case
        folder.mkdir()
        src = make(folder)
        item = BatchItem(src)
        try:
            item.report, item.status = scrubber.inspect(src), Status.READY
        except ScrubberError as e:  # refused on reading already: as the app's inspector does
            item.error, item.error_code, item.status = e.message, e.code, Status.UNREADABLE
        if item.report is not None:
            item.result, item.status = scrubber.clean(src, folder / "out" / src.name), Status.DONE
            assert item.result.error is not None
        reason = item.result.error.message if item.result and item.result.error else item.error
        assert isinstance(reason, Message), case
        pane.show_item(item)
        text = shown(pane)
        assert in_french(reason) in text, (case, text)  # in plain view, not behind a click
        assert str(reason) not in text, (case, text)  # no English of the engine's
        for value in reason.params.values():
            if isinstance(value, Message):  # the JPEG's own reason, in French too
                assert in_french(value) in text and str(value) not in text, (case, text)


def cut_late(photo: Path) -> bytes:
    """A JPEG cut off inside its picture data: still shown, so cleaned with a warning."""
    pattern((96, 64)).save(photo, "JPEG", quality=95)
    data = photo.read_bytes()
    return data[: (data.rindex(b"\xff\xda") + len(data)) // 2]


def photo_pdf(tmp: Path) -> Path:
    import pikepdf
    from pikepdf import Dictionary, Name

    pdf = pikepdf.new()
    image = pdf.make_stream(
        cut_late(tmp / "photo.jpg"), Type=Name.XObject, Subtype=Name.Image, Width=96,
        Height=64, ColorSpace=Name.DeviceRGB, BitsPerComponent=8, Filter=Name.DCTDecode,
    )  # fmt: skip
    page = pdf.add_blank_page()
    page.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.Contents = pdf.make_stream(b"q 96 0 0 64 72 500 cm /Im0 Do Q\n")
    pdf.save(tmp / "flyer.pdf")
    return tmp / "flyer.pdf"


def photo_docx(tmp: Path) -> Path:
    photo = tmp / "photo.jpg"
    pattern((96, 64)).save(photo, "JPEG")
    path = tmp / "photo.docx"
    doc = docx.Document()
    doc.add_picture(str(photo), width=Inches(1))
    doc.save(str(path))
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        (name,) = [n for n in z.namelist() if n.startswith("word/media/")]
    return rezip(data, path, {name: cut_late(photo)})


@pytest.mark.parametrize(
    ("make", "message_id", "english"),
    [
        (photo_pdf, "pdf.in_picture", "a picture inside this PDF: "),
        (photo_docx, "doc.in_picture", "a picture in this document (word/media/image1.jpg): "),
    ],
)
def test_a_warning_about_a_picture_inside_is_said_the_apps_way_too(
    make: Callable[[Path], Path], message_id: str, english: str, tmp_path: Path
) -> None:
    """The JPEG's own warning, placed in the document: a message holding a message, so
    the app translates both (it was English glued to English)."""
    result = scrubber.clean(make(tmp_path), tmp_path / "out" / "copy")
    assert result.outcome is Outcome.CLEANED, result.error
    (warning,) = [w for w in result.warnings if isinstance(w, Message) and w.id == message_id]
    inner = warning.params["problem"]
    assert isinstance(inner, Message) and inner.id == "jpeg.cut_off"
    assert warning == english + inner  # the command line's words
    assert messages.known(warning.id) and messages.known(inner.id)
