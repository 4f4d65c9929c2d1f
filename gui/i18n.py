"""Choosing and switching the app's language (ours plus Qt's own dialog strings).

Installing translators makes Qt send QEvent.LanguageChange to every widget; widgets
re-set their texts in changeEvent -> retranslate().
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from gui import paths

# Native names, so someone who cannot read the current language can still find theirs.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
    "zh_CN": "简体中文",
    "pt": "Português (Brasil)",
}

_BY_LANGUAGE = {
    QLocale.Language.English: "en",
    QLocale.Language.Spanish: "es",
    QLocale.Language.French: "fr",
    QLocale.Language.Russian: "ru",
    QLocale.Language.Portuguese: "pt",
}

# Kept here so a later install() can remove exactly ours, and so Python does not free them.
_installed: list[QTranslator] = []


def _code_for(tag: str) -> tuple[str | None, bool]:
    """Our language code for one BCP 47 tag, and whether the match is exact."""
    locale = QLocale(tag)
    language = locale.language()
    if language == QLocale.Language.Chinese:
        # Readers of Traditional Chinese usually manage Simplified better than English,
        # but a later exact match in their list (say, English) should win.
        exact = locale.script() != QLocale.Script.TraditionalHanScript
        return "zh_CN", exact
    code = _BY_LANGUAGE.get(language)
    return code, code is not None


def best_match(ui_languages: Iterable[str]) -> str:
    """The first of the user's preferred languages we ship, e.g. pt-BR -> pt; else "en"."""
    weak: str | None = None
    for tag in ui_languages:
        code, exact = _code_for(tag)
        if code is not None and exact:
            return code
        if code is not None and weak is None:
            weak = code
    return weak or "en"


def system_language() -> str:
    return best_match(QLocale.system().uiLanguages())


def install(app: QCoreApplication, code: str) -> str:
    """Switch the whole app to `code`; returns the language actually applied.

    Falls back to English (the source strings) when that language's .qm is missing.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    applied = "en"
    qm = paths.translations() / f"scrubber_{code}.qm"
    if code != "en" and code in LANGUAGES and qm.is_file():
        ours = QTranslator()
        if ours.load(str(qm)):
            applied = code
            _installed.append(ours)

    locale = QLocale(applied)
    if applied != "en":
        # Qt's own strings (standard dialog buttons, file dialogs); the lookup follows the
        # locale's fallbacks, so "pt" finds qtbase_pt_BR.qm.
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            _installed.append(qt)

    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    return applied
