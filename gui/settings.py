"""The app's remembered choices: cleaning options and language, nothing about the user.

No paths, file names, output folders or history are ever stored: someone else may look
at this computer. "Replace the originals" is never stored either, so every start is safe.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from scrubber.model import CleanOptions, ColourProfile
from scrubber.names import Naming
from scrubber.redact.masks import Mode

DEFAULT_OUTPUT = "Scrubbed"
_MODES = tuple(m.value for m in Mode)


@dataclass
class Options:
    random_names: bool = False
    # Off: copies of files whose names show a date, phone or app get neutral names.
    keep_names: bool = False
    heic_to_jpeg: bool = False
    remove_colour_profile: bool = False
    flatten_pdf: bool = False  # PDF pages become pictures: strongest, text not selectable
    remove_hidden: bool = False  # documents: hidden slides, sheets, text and speaker notes
    # Photos drawn afresh, softened and 0.97x: weakens the sensor-noise pattern (PRNU).
    reduce_fingerprint: bool = False
    in_place: bool = False  # never saved: off at each start
    redact_mode: str = "fill"
    redact_color: tuple[int, int, int] = (0, 0, 0)
    cover_faces: bool = False  # the batch covers the faces it finds in photos and clips
    fast_faces: bool = False  # the quick face search (misses small faces), by choice

    def face_search(self) -> str:
        """The search for faces, as scrubber.redact.detect.Search names it."""
        return "fast" if self.fast_faces else "thorough"

    def naming(self) -> Naming:
        if self.random_names:  # the stronger choice wins
            return Naming.RANDOM
        return Naming.KEEP if self.keep_names else Naming.NEUTRAL

    def clean_options(self) -> CleanOptions:
        profile = ColourProfile.REMOVE if self.remove_colour_profile else ColourProfile.STANDARD
        return CleanOptions(
            colour_profile=profile,
            heic_to_jpeg=self.heic_to_jpeg,
            flatten_pdf=self.flatten_pdf,
            remove_notes=self.remove_hidden,
            remove_hidden=self.remove_hidden,
            reduce_fingerprint=self.reduce_fingerprint,
        )


def settings_file() -> Path:
    """Our one file: Scrubber/Scrubber.conf in the user's configuration folder (on Linux
    where QSettings("Scrubber", "Scrubber") always put it). A named INI file, so that the
    redirection below, which is for Qt's own records, never applies to it."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(folder) / "Scrubber" / "Scrubber.conf"


def _store() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def reset() -> None:
    """Back to the default options and language (tests)."""
    _store().clear()


# Where QSettings would keep Qt's own records: a folder that can never be created, so they
# are never written. Qt's file dialog stores the folders the user visited and picked
# (FileDialog/history, lastVisited) and its colour dialog the custom colours under
# "QtProject", and that cannot be switched off in Qt itself.
_NOWHERE = os.path.join(os.devnull, "scrubber")


def keep_qt_from_recording() -> None:
    """Send the QSettings of Qt's own dialogs nowhere. Call before any dialog is made."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, _NOWHERE)


def _flag(store: QSettings, key: str) -> bool:
    value = store.value(key, False)
    # INI-backed settings hand bools back as the strings "true"/"false".
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _color(text: object) -> tuple[int, int, int]:
    if isinstance(text, str) and len(text) == 7 and text.startswith("#"):
        try:
            return int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16)
        except ValueError:
            pass
    return (0, 0, 0)


def load() -> Options:
    store = _store()
    mode = store.value("redaction/mode", "fill")
    return Options(
        random_names=_flag(store, "options/random_names"),
        keep_names=_flag(store, "options/keep_names"),
        heic_to_jpeg=_flag(store, "options/heic_to_jpeg"),
        remove_colour_profile=_flag(store, "options/remove_colour_profile"),
        flatten_pdf=_flag(store, "options/flatten_pdf"),
        remove_hidden=_flag(store, "options/remove_hidden"),
        reduce_fingerprint=_flag(store, "options/reduce_fingerprint"),
        redact_mode=mode if mode in _MODES else "fill",
        redact_color=_color(store.value("redaction/color", "#000000")),
        cover_faces=_flag(store, "redaction/cover_faces"),
        fast_faces=_flag(store, "redaction/fast_faces"),
    )


def save(options: Options) -> None:
    store = _store()
    store.setValue("options/random_names", options.random_names)
    store.setValue("options/keep_names", options.keep_names)
    store.setValue("options/heic_to_jpeg", options.heic_to_jpeg)
    store.setValue("options/remove_colour_profile", options.remove_colour_profile)
    store.setValue("options/flatten_pdf", options.flatten_pdf)
    store.setValue("options/remove_hidden", options.remove_hidden)
    store.setValue("options/reduce_fingerprint", options.reduce_fingerprint)
    store.setValue("redaction/mode", options.redact_mode)
    store.setValue("redaction/color", "#{:02x}{:02x}{:02x}".format(*options.redact_color))
    store.setValue("redaction/cover_faces", options.cover_faces)
    store.setValue("redaction/fast_faces", options.fast_faces)
    store.sync()


def more_options() -> bool:
    """Whether the options were left unfolded (a view choice, like the language)."""
    return _flag(_store(), "view/more_options")


def set_more_options(on: bool) -> None:
    store = _store()
    store.setValue("view/more_options", on)
    store.sync()


def language() -> str | None:
    value = _store().value("language", "")
    return value if isinstance(value, str) and value else None


def set_language(code: str) -> None:
    store = _store()
    store.setValue("language", code)
    store.sync()


def default_output(first_file: Path) -> Path:
    """A new folder next to the originals: Scrubbed, or Scrubbed-2, -3 ... if taken."""
    base = first_file.parent / DEFAULT_OUTPUT
    candidate, n = base, 2
    while candidate.exists() or candidate.is_symlink():
        candidate = base.with_name(f"{DEFAULT_OUTPUT}-{n}")
        n += 1
    return candidate
