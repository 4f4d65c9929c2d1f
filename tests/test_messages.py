"""Engine messages: every one the engine builds has an id in the catalogue, the English
text the command line prints is what it was, and the id survives a trip to a worker."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest
from factories import dirty_jpeg

import scrubber
from scrubber import names
from scrubber.errors import CorruptFile
from scrubber.messages import CATALOGUE, Message

SOURCE = Path(scrubber.__file__).parent


def message_ids_in_source() -> dict[str, str]:
    """Every id passed to Message(...) in scrubber/, with where (ids must be literals, or
    an f-string choosing between literals, so that this list is complete)."""
    found: dict[str, str] = {}
    for path in SOURCE.rglob("*.py"):
        if path == SOURCE / "messages.py":  # the catalogue itself (and _rebuild) uses none
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message"):
                continue
            where = f"{path.relative_to(SOURCE)}:{node.lineno}"
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found[first.value] = where
            elif isinstance(first, ast.JoinedStr):  # value.altitude_{above|below}
                prefix = "".join(str(v.value) for v in first.values if isinstance(v, ast.Constant))
                for known in CATALOGUE:
                    if known.startswith(prefix):
                        found[known] = where
            elif isinstance(first, ast.Name):  # a variable holding one of two literals
                for known in CATALOGUE:
                    if f'"{known}"' in path.read_text(encoding="utf-8"):
                        found.setdefault(known, where)
            else:
                pytest.fail(f"{where}: a message id must be a literal")
    return found


def test_every_id_built_is_in_the_catalogue_and_every_entry_is_used() -> None:
    used = message_ids_in_source()
    assert set(used) <= set(CATALOGUE), {k: v for k, v in used.items() if k not in CATALOGUE}
    assert set(CATALOGUE) <= set(used), set(CATALOGUE) - set(used)


def test_the_english_text_is_unchanged_and_the_id_travels(tmp_path: Path) -> None:
    found = names.findings("IMG_20240611_143207.jpg")
    texts = {f.key: f.value for f in found}
    assert texts[names.DATE_KEY] == "the file name shows when it was taken: 20240611_143207"
    assert texts[names.DEVICE_KEY] == "the file name shows the phone or camera that made it: IMG"
    date = texts[names.DATE_KEY]
    assert isinstance(date, Message) and date.id == "name.date"
    assert date.params == {"shown": "20240611_143207"}
    _, warnings = names.compare(Path("IMG_1.jpg"), Path("IMG_1.jpg"))
    kept = warnings[0]
    assert kept == "the file name shows the phone or camera that made it: IMG (the name was kept)"
    assert isinstance(kept, Message) and kept.params["finding"].id == "name.device"  # type: ignore[attr-defined]
    # Results go to the app's worker processes and back: the ids must survive pickling.
    back = pickle.loads(pickle.dumps(kept))
    assert back == kept and back.id == "name.kept" and back.params["finding"].id == "name.device"


def test_a_real_photo_and_a_cut_off_one_speak_in_messages(tmp_path: Path) -> None:
    photo = dirty_jpeg(tmp_path / "a.jpg", with_exiftool=False)
    report = scrubber.inspect(photo)
    altitude = next(f.value for f in report.findings if f.key == "EXIF:GPSAltitude")
    assert altitude == "12.0 m above sea level"
    assert isinstance(altitude, Message) and altitude.params == {"metres": "12.0"}
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(photo.read_bytes()[:200])
    with pytest.raises(CorruptFile) as caught:
        scrubber.inspect(cut)
    assert isinstance(caught.value.message, Message)
    assert str(caught.value) == caught.value.message == CATALOGUE[caught.value.message.id]
