"""Where OpenDocument files hide content: slides whose page style says they are not
shown, speaker notes, sheets whose table style hides them, sections set not to display,
hidden paragraphs and hidden-text fields, and text in a character style marked hidden."""

from __future__ import annotations

from lxml import etree

from scrubber.formats import docxml
from scrubber.formats.hidden import Hidden

STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"


def scrub(root: etree._Element, hidden: Hidden) -> None:
    """Count (and, as the options say, remove) hidden content in a content.xml."""
    styles = _hiding_styles(root)
    _remove_each(hidden, "slides", [
        p for p in root.iter(f"{{{DRAW}}}page") if p.get(f"{{{DRAW}}}style-name") in styles
    ])  # fmt: skip
    _remove_each(hidden, "notes", [
        n for n in root.iter(f"{{{PRESENTATION}}}notes") if _has_text(n)
    ])  # fmt: skip
    _remove_each(hidden, "sheets", [
        t for t in root.iter(f"{{{TABLE}}}table") if t.get(f"{{{TABLE}}}style-name") in styles
    ])  # fmt: skip
    _remove_each(hidden, "sections", [
        s for s in root.iter(f"{{{TEXT}}}section") if s.get(f"{{{TEXT}}}display") == "none"
    ])  # fmt: skip
    texts = [
        el
        for el in root.iter(f"{{{TEXT}}}span", f"{{{TEXT}}}p", f"{{{TEXT}}}h")
        if el.get(f"{{{TEXT}}}style-name") in styles and _has_text(el)
    ]
    texts += [el for el in root.iter(f"{{{TEXT}}}hidden-text") if el.get(f"{{{TEXT}}}string-value")]
    for field in root.iter(f"{{{TEXT}}}hidden-paragraph"):
        paragraph = field.getparent()
        if field.get(f"{{{TEXT}}}is-hidden") == "true" and paragraph is not None:
            texts.append(paragraph)
    _remove_each(hidden, "text", texts)


def _remove_each(hidden: Hidden, kind: str, found: list[etree._Element]) -> None:
    if found and hidden.add(kind, len(found)):
        for el in found:
            docxml.remove_keeping_tail(el)


def _hiding_styles(root: etree._Element) -> set[str]:
    """Names of automatic styles that hide what uses them."""
    names = set()
    for style in root.iter(f"{{{STYLE}}}style"):
        for props in style:
            if (
                props.get(f"{{{PRESENTATION}}}visibility") == "hidden"
                or props.get(f"{{{TABLE}}}display") == "false"
                or props.get(f"{{{TEXT}}}display") == "none"
            ):
                names.add(style.get(f"{{{STYLE}}}name", ""))
    return names


def _has_text(el: etree._Element) -> bool:
    return any(t.strip() for t in el.itertext())
