"""Languages, translations, icons and the desktop entry: what the app ships besides code."""

from __future__ import annotations

import ast
import configparser
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui import i18n, paths
from scrubber import registry
from scrubber.messages import Message

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "assets" / "translations").glob("scrubber_*.ts"))
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


pytestmark = pytest.mark.usefixtures("english_after")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled into a private folder (the build's .qm may be stale)."""
    out = tmp_path_factory.mktemp("qm")
    for ts in TS_FILES:
        lrelease(ts, out / ts.with_suffix(".qm").name)
    return out


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["pt-BR", "pt"], "pt"),
        (["pt-PT"], "pt"),
        (["zh-Hans-CN", "zh-CN", "zh"], "zh_CN"),
        (["zh_CN"], "zh_CN"),
        (["zh-SG"], "zh_CN"),  # Simplified characters outside China
        (["zh-Hant-TW"], "zh_TW"),
        (["zh-Hant-HK"], "zh_TW"),  # Traditional characters outside Taiwan
        (["es-ES"], "es_ES"),
        (["es"], "es_ES"),  # Qt reads a bare "es" as Spain's
        (["es-419"], "es_419"),
        (["es-MX"], "es_419"),
        (["es-US"], "es_419"),
        (["fr-CA", "en-CA"], "fr"),
        (["ru-RU"], "ru"),
        (["tl-PH"], "fil"),  # Tagalog is written as Filipino
        (["ar-MA"], "ar"),
        (["gd-GB", "de-AT"], "de"),  # Gaelic is not shipped: the next preference wins
        (["en-GB", "ru-RU"], "en"),
        (["C"], "en"),
        ([], "en"),
    ],
)
def test_best_match(ui_languages: list[str], expected: str) -> None:
    assert i18n.best_match(ui_languages) == expected


def test_system_language_uses_the_system_preferences() -> None:
    assert i18n.system_language() == i18n.best_match(QLocale.system().uiLanguages())
    assert i18n.system_language() in i18n.LANGUAGES


def test_every_shipped_language_has_a_translation_file() -> None:
    shipped = {ts.stem.removeprefix("scrubber_") for ts in TS_FILES}
    assert shipped == set(i18n.LANGUAGES) - {"en"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_translations_are_finished_and_keep_placeholders(ts: Path) -> None:
    found = messages(ts)
    assert found, "no messages: lupdate found no strings"
    for context, source, msg in found:
        tr = msg.find("translation")
        assert tr is not None
        where = f"{ts.name} {context}: {source!r}"
        assert tr.get("type") is None, f"unfinished: {where}"
        text = tr.text or ""
        assert text.strip(), f"empty: {where}"
        # {count} is filled by str.format after tr(): a lost or renamed field would crash.
        assert set(re.findall(r"\{(\w*)\}", text)) == set(re.findall(r"\{(\w*)\}", source)), where
        # Qt's own placeholders, e.g. the progress bar's "%v of %m files".
        assert sorted(re.findall(r"%\w", text)) == sorted(re.findall(r"%\w", source)), where
        # File dialog filters: Qt reads the patterns from the parentheses at the end.
        filt = re.search(r"\((\*|\{patterns\})\)$", source)
        if filt:
            assert text.endswith(filt.group(0)), where
        # Keyboard users rely on the & mnemonic ("&Clean", "清除(&C)").
        has_mnemonic = re.compile(r"&(?!&)\w")
        assert bool(has_mnemonic.search(text)) == bool(has_mnemonic.search(source)), where


@pytest.mark.parametrize("code", [c for c in i18n.LANGUAGES if c != "en"])
def test_install_translates_our_strings_and_qts(
    qapp: QApplication, built: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    monkeypatch.setattr(paths, "translations", lambda: built)
    expected = {
        (ctx, src): msg.findtext("translation")
        for ctx, src, msg in messages(ROOT / "assets" / "translations" / f"scrubber_{code}.ts")
    }
    assert QCoreApplication.translate("words", "location") == "location"

    assert i18n.install(qapp, code) == code

    assert QCoreApplication.translate("words", "location") == expected[("words", "location")]
    assert QCoreApplication.translate("words", "location") != "location"
    # Qt's own catalogue: the Cancel button of standard dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    assert QLocale().language() == QLocale(code).language()
    # Arabic lays out right to left, the others left to right.
    direction = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert qapp.layoutDirection() == direction

    # Switching again replaces, not stacks: English is back entirely.
    assert i18n.install(qapp, "en") == "en"
    assert QCoreApplication.translate("words", "location") == "location"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_switching_between_languages_replaces_the_previous_one(
    qapp: QApplication, built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "translations", lambda: built)
    i18n.install(qapp, "ru")
    russian = QCoreApplication.translate("words", "Cleaned")
    i18n.install(qapp, "fr")
    french = QCoreApplication.translate("words", "Cleaned")
    assert russian != french
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


@pytest.mark.parametrize("content", [None, b"", b"not a qm file at all"])
def test_missing_or_broken_translation_falls_back_to_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None
) -> None:
    monkeypatch.setattr(paths, "translations", lambda: tmp_path)
    if content is not None:
        (tmp_path / "scrubber_fr.qm").write_bytes(content)
    assert i18n.install(qapp, "fr") == "en"
    assert QCoreApplication.translate("words", "location") == "location"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() == QLocale.Language.English


def test_unknown_language_code_falls_back_to_english(qapp: QApplication) -> None:
    assert i18n.install(qapp, "xx") == "en"
    assert i18n.install(qapp, "../../etc/passwd") == "en"


def test_right_to_left_language_flips_the_layout(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A one-message Arabic catalogue proves the path without the shipped one.
    ts = tmp_path / "scrubber_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">'
        "<context><name>words</name><message><source>date</source>"
        "<translation>التاريخ</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    lrelease(ts, tmp_path / "scrubber_ar.qm")
    monkeypatch.setattr(paths, "translations", lambda: tmp_path)
    monkeypatch.setitem(i18n.LANGUAGES, "ar", "العربية")

    assert i18n.install(qapp, "ar") == "ar"
    assert QCoreApplication.translate("words", "date") == "التاريخ"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.install(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


ICON_CALLS = {"icon", "_icon", "_button", "action"}  # helpers in gui/ that take an icon name


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def referenced_icons() -> set[str]:
    """Icon names in gui/*.py: literals passed to the icon helpers, or looped over for them."""
    names: set[str] = set()
    for py in (ROOT / "gui").glob("*.py"):
        tree = ast.parse(py.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called(node) in ICON_CALLS:
                names |= {
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant)
                    and isinstance(a.value, str)
                    and re.fullmatch(r"[a-z]+(-[a-z]+)*", a.value)
                }
            # for tool, name, key in ((Tool.RECT, "rect", "R"), ...): ... _icon(name)
            if isinstance(node, ast.For) and isinstance(node.target, ast.Tuple):
                targets = [t.id if isinstance(t, ast.Name) else "" for t in node.target.elts]
                used = {
                    a.id
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call) and _called(call) in ICON_CALLS
                    for a in call.args
                    if isinstance(a, ast.Name)
                }
                rows = node.iter.elts if isinstance(node.iter, ast.Tuple | ast.List) else []
                for i, target in enumerate(targets):
                    if target in used:
                        cells = [r.elts[i] for r in rows if isinstance(r, ast.Tuple)]
                        names |= {str(c.value) for c in cells if isinstance(c, ast.Constant)}
    return names


def test_every_icon_the_code_asks_for_exists_and_renders(qapp: QApplication) -> None:
    names = referenced_icons()
    assert {"scrubber", "add-files", "clean", "rect", "undo"} <= names  # the scan still works
    for name in sorted(names):
        path = paths.icon(name)
        assert path.is_file(), f"missing icon {name}.svg"
        assert QSvgRenderer(str(path)).isValid(), f"invalid SVG {name}.svg"


def test_every_shipped_icon_is_a_valid_svg(qapp: QApplication) -> None:
    icons = sorted((ROOT / "assets" / "icons").glob("*.svg"))
    assert len(icons) >= 19
    for path in icons:
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), path.name
        # Square, so Qt scales them evenly at any DPI.
        size = renderer.defaultSize()
        assert size.width() == size.height() > 0, path.name


def test_desktop_entry_declares_what_the_app_opens() -> None:
    # The entry as packages.sh installs it: the template plus the derived MimeType line.
    script = ROOT / "packaging" / "linux" / "desktop_entry.py"
    built = subprocess.run([sys.executable, script], capture_output=True, text=True, check=True)
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(built.stdout)
    entry = parser["Desktop Entry"]

    assert entry["Type"] == "Application"
    assert entry["Exec"] == "scrubber-gui %F"  # %F: several files and folders at once
    assert entry["Terminal"] == "false"
    assert paths.icon(entry["Icon"]).is_file()
    for code in i18n.LANGUAGES:
        # Desktop files name countries, not regions: Latin American Spanish is plain "es".
        key = {"es_419": "es"}.get(code, code)
        if code != "en":
            assert entry[f"Comment[{key}]"] and entry[f"GenericName[{key}]"], code

    # Exactly what the formats' descriptors declare: a type we cannot clean would put us in
    # "Open with" for files we then refuse; every format the core learns is declared.
    declared = entry["MimeType"].split(";")
    assert declared[-1] == "" and len(set(declared)) == len(declared)
    for fmt in registry.FORMATS:
        assert fmt.mime_types and set(fmt.mime_types) <= set(declared), fmt.id
    assert set(declared[:-1]) == {m for fmt in registry.FORMATS for m in fmt.mime_types}


# Latin words that stay as they are in every language: names, formats, key names.
KEEP = {
    "Scrubber",
    "Scrubbed",
    "JPEG",
    "HEIC",
    "PDF",
    "Word",
    "Ctrl",
    "Shift",
    "Enter",
    "Esc",
    "Del",
    "IMG_20240611_143207.jpg",  # file names shown as examples
    "photo-1f0c9a2e.jpg",
    ".cache/thumbnails",  # the guide: where the thumbnail cache is, on each system
    "Linux",
    "Windows",
    "macOS",
    "Mac",
}


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """Every string a user can see or hear (screen readers) in a window: widgets, list
    and table cells, menus and tool buttons."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = widget.objectName() or type(widget).__name__
        for attr in (
            "text",
            "title",
            "windowTitle",
            "toolTip",
            "accessibleName",
            "placeholderText",
        ):
            getter = getattr(widget, attr, None)
            value = getter() if callable(getter) else None
            if isinstance(value, str) and value:
                found.append((f"{where}.{attr}", value))
        if isinstance(widget, QTextBrowser):
            found.append((f"{where}.document", widget.toPlainText()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for col in range(widget.count()):
                label = widget.model().headerData(col, widget.orientation())
                if isinstance(label, str):
                    found.append((f"{where}.header{col}", label))
        # A list shown only on request (the raw tag names) is checked when shown.
        shown = widget.isVisibleTo(root) or widget is root
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and shown:
            found += [(f"{where}.cell", text) for text in _cells(widget.model())]
        if isinstance(widget, QComboBox):
            found += [(f"{where}.item", widget.itemText(i)) for i in range(widget.count())]
    for action in root.findChildren(QAction):
        found += [("action.text", action.text()), ("action.toolTip", action.toolTip())]
    return found


def _cells(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    out = []
    for row in range(min(model.rowCount(parent), 40)):
        for col in range(model.columnCount(parent)):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    out.append(value)
            if col == 0 and model.rowCount(index) > 0:
                out += _cells(model, index)
    return out


def english_left(texts: list[tuple[str, str]], allowed: set[str]) -> list[tuple[str, str]]:
    """Texts with a Latin word left: for languages written in another script."""
    natives = set(i18n.LANGUAGES.values())
    left = []
    for where, text in texts:
        if text in natives:  # the language menu names each language in itself
            continue
        # File names, folders and the test files' own values are the user's, not ours.
        bare = text
        for word in sorted(allowed, key=len, reverse=True):  # "IMG_0001.jpg" before "IMG"
            bare = bare.replace(word, "")
        bare = re.sub(r"/[^\s<]*|SCRUBCANARY-[\w-]+", "", bare)
        if re.search(r"[A-Za-z]{3,}", bare):
            left.append((where, text))
    return left


def same_as_english(
    english: list[tuple[str, str]], texts: list[tuple[str, str]], allowed: set[str], code: str
) -> list[tuple[str, str]]:
    """Texts still exactly as in English: for languages written in Latin letters too."""
    before = {text for _, text in english_left(english, allowed)}
    same = allowed | SAME_WORD.get(code, set())
    return [(w, t) for w, t in english_left(texts, same) if t in before]


# Words that are the same in English and in these languages (checked by a translator).
SAME_WORD: dict[str, set[str]] = {
    "fr": {"Type", "Date", "Options", "Format", "Image", "Photo", "Position", "Zoom", "Document"}
    | {"Rectangle", "Ellipse"},
    "es_ES": {"General"},
    "es_419": {"General"},
    "pt": {"Zoom", "item"},
    "de": {"Name", "Details", "Format", "Position", "Zoom", "Start", "Status", "Ellipse"},
    "it": {"Zoom", "File", "Computer"},
    "ro": {"Zoom", "Format", "Document", "Computer"},
    "id": {"Zoom", "Format", "Folder"},
    "fil": {"Zoom", "Folder", "File", "Computer"},
    "hu": {"Zoom", "Computer"},
    "pl": {"Zoom", "Format"},
    "tr": {"Zoom", "Format"},
    "vi": {"Zoom"},
}
LATIN = {"de", "es_ES", "es_419", "fil", "fr", "hu", "id", "it", "pl", "pt", "ro", "tr", "vi"}


@pytest.mark.parametrize("code", [c for c in i18n.LANGUAGES if c != "en"])
def test_no_visible_string_is_left_in_english(
    qtbot: QtBot, built: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: str
) -> None:
    # Every window the user meets, filled as in use: a photo added and selected (its
    # findings, badges and details), the safety guide, the redaction editor and Qt's own
    # file chooser. A language in another script may keep no Latin word; one in Latin
    # letters may keep no text exactly as in English, save the words listed above.
    from factories import dirty_jpeg

    from gui import dialogs
    from gui.editor import RedactionEditor
    from gui.guide import SafetyGuide
    from gui.mainwindow import MainWindow

    def chooser() -> QFileDialog:  # Qt names the chooser's parts when it is built
        dialog = dialogs._dialog(window, "")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setDirectory(str(tmp_path))
        return dialog

    monkeypatch.setattr(paths, "translations", lambda: built)
    photo = dirty_jpeg(tmp_path / "IMG_0001.jpg", size=(160, 120), with_exiftool=False)
    allowed = KEEP | {photo.name, str(tmp_path), tmp_path.name, "JPEG"}

    window = MainWindow()  # built in English, then switched: tests retranslate()
    qtbot.addWidget(window)
    window.show()
    window.add_paths([photo])
    qtbot.waitUntil(lambda: not window.inspector.busy)
    window.view.setCurrentIndex(window.model.index(0, 0))
    # What the file itself says (names, the camera, "IMG" of its name) is shown as written;
    # the engine's own words around it (a Message's text) must be translated.
    report = window.model.items[0].report
    assert report is not None
    for f in report.findings:
        values = f.value.params.values() if isinstance(f.value, Message) else [f.value]
        allowed |= {v for v in values if len(v) > 2}  # not "N" of north: it is in words
    guide = SafetyGuide(window)
    editor = RedactionEditor(photo, [], parent=window)
    qtbot.addWidget(editor)
    english = {w: texts_of(w) for w in (window, guide, editor)}
    english_chooser = chooser()
    before_chooser = texts_of(english_chooser)
    english_chooser.deleteLater()

    window.set_language(code)
    QApplication.processEvents()
    # The chooser's lists show the user's own folder names; its labels and headers are ours.
    before_chooser = [(w, t) for w, t in before_chooser if not w.endswith(".cell")]
    english[chooser()] = before_chooser

    left = {}
    for w, before in english.items():
        assert len(english_left(before, allowed)) >= 5  # the scan sees the texts at all
        now = texts_of(w)
        if isinstance(w, QFileDialog):
            now = [(where, t) for where, t in now if not where.endswith(".cell")]
        if code in LATIN:
            left[type(w).__name__] = same_as_english(before, now, allowed, code)
        else:
            left[type(w).__name__] = english_left(now, allowed)
    left = {name: texts for name, texts in left.items() if texts}
    assert not left, "\n".join(f"{n}: {w} {t!r}" for n, texts in left.items() for w, t in texts)
    editor.reject()
    window.set_language("en")


def mnemonic(text: str) -> str | None:
    """The Alt+key of a label: the character after a single & (&& is a literal &)."""
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            keys.setdefault(key, []).append(text)
    return {k: v for k, v in keys.items() if len(v) > 1}


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_alt_keys_are_unique_in_the_main_window_and_its_menus(
    qtbot: QtBot, built: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    # Alt+letter must do one thing: the menu bar titles and every visible button, check
    # box and labelled field of the window share one set of keys; each menu has its own.
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from gui.mainwindow import MainWindow

    monkeypatch.setattr(paths, "translations", lambda: built)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.options_box.more_button.setChecked(True)  # the options' keys count too
    window.set_language(code)
    QApplication.processEvents()

    bar = [a.text() for a in window.menuBar().actions()]
    widgets = [
        w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window) and w.text()
    ]
    labels = [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    groups = [g.title() for g in window.findChildren(QGroupBox) if g.isCheckable()]
    shared = bar + widgets + labels + groups
    assert len([t for t in shared if mnemonic(t)]) >= 15  # the scan sees the window
    assert clashes(shared) == {}, code
    for action in window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        assert clashes([a.text() for a in menu.actions() if not a.isSeparator()]) == {}, code
    window.set_language("en")


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_the_clip_editor_is_translated_and_its_alt_keys_are_unique(
    qtbot: QtBot, built: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: str
) -> None:
    from clips import make_clip
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from gui.editor_clip import ClipEditor
    from gui.mainwindow import MainWindow

    monkeypatch.setattr(paths, "translations", lambda: built)
    clip = make_clip(tmp_path / "clip.mp4", frames=3, sound=None, with_face=False)
    window = MainWindow()
    qtbot.addWidget(window)
    editor = ClipEditor(clip.path, [], parent=window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: not editor.busy(), timeout=30_000)
    english = texts_of(editor)
    window.set_language(code)
    QApplication.processEvents()

    if code in ("ru", "zh_CN"):  # no words shared with English: any Latin word is a miss
        allowed = KEEP | {clip.path.name}
        assert len(english_left(english, allowed)) >= 5
        assert english_left(texts_of(editor), allowed) == []
    buttons = [w.text() for w in editor.findChildren(QAbstractButton) if w.isVisibleTo(editor)]
    labels = [w.text() for w in editor.findChildren(QLabel) if w.buddy() is not None]
    groups = [g.title() for g in editor.findChildren(QGroupBox) if g.isCheckable()]
    shared = buttons + labels + groups
    assert len([t for t in shared if mnemonic(t)]) >= 6  # the scan sees the editor
    assert clashes(shared) == {}, code
    editor.reject()
    window.set_language("en")
