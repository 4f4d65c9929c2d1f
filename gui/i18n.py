"""Choosing and switching the app's language (ours plus Qt's own dialog strings).

Installing translators makes Qt send QEvent.LanguageChange to every widget; widgets
re-set their texts in changeEvent -> retranslate().
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from gui import paths

# Adding a language: its assets/translations/scrubber_<code>.ts and one line here.
# Native names, so someone who cannot read the current language can still find theirs.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "bg": "Български",
    "de": "Deutsch",
    "es_ES": "Español (España)",
    "es_419": "Español (Latinoamérica)",
    "fil": "Filipino",
    "fr": "Français",
    "hu": "Magyar",
    "id": "Bahasa Indonesia",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
    "pl": "Polski",
    "pt": "Português (Brasil)",
    "ro": "Română",
    "ru": "Русский",
    "th": "ไทย",
    "tr": "Türkçe",
    "uk": "Українська",
    "vi": "Tiếng Việt",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
}

# Codes an earlier version saved in the settings, and what they became.
RENAMED = {"es": "es_ES"}

# Kept here so a later install() can remove exactly ours, and so Python does not free them.
_installed: list[QTranslator] = []


def _variant(locale: QLocale, codes: list[str]) -> str:
    """Of several variants of one language, the one for this locale: the same script and
    country (es_ES for Spain), else the same script (zh_TW for Traditional characters),
    preferring a region code (es_419, Latin America) for a country no variant names."""
    for code in codes:
        ours = QLocale(code)
        if ours.script() == locale.script() and ours.territory() == locale.territory():
            return code
    same_script = [c for c in codes if QLocale(c).script() == locale.script()] or codes
    regional = [c for c in same_script if c.rpartition("_")[2].isdigit()]
    return (regional or same_script)[0]


def best_match(ui_languages: Iterable[str]) -> str:
    """The first of the user's preferred languages we ship, e.g. pt-BR -> pt; else "en"."""
    for tag in ui_languages:
        locale = QLocale(tag)
        if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            continue
        codes = [c for c in LANGUAGES if QLocale(c).language() == locale.language()]
        if codes:
            return codes[0] if len(codes) == 1 else _variant(locale, codes)
    return "en"


def system_language() -> str:
    return best_match(QLocale.system().uiLanguages())


def install(app: QCoreApplication, code: str) -> str:
    """Switch the whole app to `code`; returns the language actually applied.

    Falls back to English (the source strings) when that language's .qm is missing.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    code = RENAMED.get(code, code)
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
        # locale's fallbacks, so "pt" finds qtbase_pt_BR.qm. Installed after ours, so
        # searched first; where Qt ships no catalogue (ro, th, vi, id, fil), ours has
        # those strings too (gui/qt_strings.py).
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
