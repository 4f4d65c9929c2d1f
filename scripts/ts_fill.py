"""List and fill the untranslated strings of one Qt .ts file, for translators.

    python scripts/ts_fill.py todo assets/translations/scrubber_de.ts > de.tsv
    (edit: one line per string, "number<TAB>translation", \\n for a line break)
    python scripts/ts_fill.py apply assets/translations/scrubber_de.ts de.tsv

    python scripts/ts_fill.py qt assets/translations/scrubber_de.ts

`qt` fills the strings of Qt's own contexts (gui/qt_strings.py) from Qt's catalogue for
that language, where Qt ships one. `todo` prints "number<TAB>context<TAB>source<TAB>comment"
for every message without a finished translation; the numbers count every message of the
file in order, so apply a list to the same file it was made from. Run `make lupdate`
afterwards: it rewrites the file in Qt's own layout.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    out: list[tuple[str, ET.Element]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, message) for message in context.iter("message"))
    return out


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, chars = [], iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
        else:
            out.append(ch)
    return "".join(out)


def todo(ts: Path) -> None:
    for number, (context, message) in enumerate(_messages(ET.parse(ts).getroot())):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            print(f"{number}\t{context}\t{_escape(source)}\t{_escape(comment)}")


def apply(ts: Path, tsv: Path) -> None:
    tree = ET.parse(ts)
    messages = _messages(tree.getroot())
    done = 0
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        number, _, text = line.partition("\t")
        message = messages[int(number)][1]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = _unescape(text)
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{done} strings filled in {ts}", file=sys.stderr)


def from_qt(ts: Path) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    tree = ET.parse(ts)
    language = tree.getroot().get("language", "")
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load(QLocale(language), "qtbase", "_", qt_dir):
        sys.exit(f"Qt ships no catalogue for {language!r}: translate its strings by hand")
    done = 0
    for context, message in _messages(tree.getroot()):
        text = qt.translate(context, message.findtext("source") or "")
        if context.startswith("Q") and text:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            translation.text = text
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{done} of Qt's strings filled in {ts}", file=sys.stderr)


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["todo", ts]:
            todo(Path(ts))
        case ["qt", ts]:
            from_qt(Path(ts))
        case ["apply", ts, tsv]:
            apply(Path(ts), Path(tsv))
        case _:
            sys.exit(__doc__)
