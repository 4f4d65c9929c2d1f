"""Pictures, sounds and videos refused or saved again: the engine says why in catalogue
messages, so the app says it in the user's language, down to the reason inside a warning.

The files are real (a HEIC whose crop hides part of the picture, a PNG with a part no
standard defines, a FLAC behind an ID3 tag), cleaned by the engine as the app does it.
The app runs in French from the committed translations (the `french` fixture); the
expected French is read from the .ts file, and English left anywhere shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from factories import audio_seed, id3v24_tag, pattern
from PIL import Image
from test_details import cleaned
from test_heic import GREEN, blocks, crop_primary, phone_heic
from test_plain import ENGLISH, fill, visible_text
from test_png import chunk, insert_before

import scrubber
from gui import messages
from gui.batchview import BatchModel
from gui.details import DetailsPane
from gui.items import BatchItem
from scrubber.messages import Message

ROOT = Path(__file__).resolve().parents[2]


def hidden_by_crop(path: Path) -> Path:
    """A HEIC whose crop hides a green border: its data cannot be copied as it is."""
    im = Image.new("RGB", (256, 192), GREEN)
    im.paste(blocks((128, 96)), (64, 48))
    phone_heic(path, im, exif=False, thumbnail=False)
    crop_primary(path, 128, 96)
    return path


def shown_english(pane: DetailsPane) -> list[str]:
    text = visible_text(pane)
    return [e for e in ENGLISH if e in text]


def test_a_heic_saved_again_says_why_in_messages(tmp_path: Path) -> None:
    result = scrubber.clean(hidden_by_crop(tmp_path / "a.heic"), tmp_path / "out" / "a.heic")
    assert result.outcome is scrubber.Outcome.CLEANED, result.error
    (warning,) = [w for w in result.warnings if "saved again" in w]
    assert isinstance(warning, Message) and warning.id == "heic.saved_again"
    # The command line prints what it printed before...
    assert warning == "the photo was saved again at high quality (a crop hid part of the picture)"
    # ...and the reason inside is a message of its own, with a plain form to translate.
    reason = warning.params["reason"]
    assert isinstance(reason, Message) and reason.id == "heic.again_crop"
    assert messages.known(reason.id) and messages.known(warning.id)


def test_the_reason_a_heic_was_saved_again_is_translated_too(
    french: Callable[[str], str], pane: DetailsPane, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    item = cleaned(BatchItem(hidden_by_crop(tmp_path / "recadrée.heic")), out)
    assert item.result is not None
    pane.show_item(item)
    said = french("heic.saved_again").format(reason=french("heic.again_crop"))
    assert said in visible_text(pane)
    assert not shown_english(pane)
    assert "a crop hid part of the picture" not in visible_text(pane)


@pytest.mark.parametrize("kind", ["png", "flac"])
def test_a_refused_picture_or_sound_is_explained_in_the_users_language(
    french: Callable[[str], str], pane: DetailsPane, tmp_path: Path, kind: str
) -> None:
    if kind == "png":  # a part decoders must understand, which no standard defines
        path = tmp_path / "cgbi.png"
        pattern().save(path)
        path.write_bytes(insert_before(path.read_bytes(), chunk(b"ZZZZ", b"x")))
        expected = ("png.unknown_part", {"part": "ZZZZ"})
    else:  # FLAC players do not expect an ID3 tag in front
        path = tmp_path / "voix.flac"
        path.write_bytes(id3v24_tag("titre") + audio_seed("tone.flac", tmp_path).read_bytes())
        expected = ("flac.id3", {})
    (item,) = BatchModel().add([path])
    fill(item)
    assert isinstance(item.error, Message), item.error
    assert (item.error.id, item.error.params) == expected
    pane.show_item(item)
    shown = visible_text(pane)
    assert french(expected[0]).format(**expected[1]) in shown  # not behind a click
    assert item.error not in shown and not shown_english(pane)
