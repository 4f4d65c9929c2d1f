"""Paths and names inside OpenDocument XML that the reader does not see as such.

A file-name field updates itself to the path the document was opened from; a formula
that refers to another file keeps that file's path; a linked sheet or range names its
source; a picture's title or description may be its file name. Fields and formulas
become the value they show; links to outside data go (the copied data stays).
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from scrubber.formats import docxml, zipdoc
from scrubber.model import Category

C = Category
Note = Callable[..., None]  # note(category, key, what, n=1)
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
FILE_FIELDS = {f"{{{TEXT}}}file-name", f"{{{TEXT}}}template-name"}
# Where a sheet or range copies its data from (a path); the copied cells stay.
SOURCES = {
    f"{{{TABLE}}}table-source", f"{{{TABLE}}}cell-range-source", f"{{{OFFICE}}}dde-source",
    f"{{{TABLE}}}dde-links", f"{{{TEXT}}}dde-connection-decls", f"{{{TABLE}}}database-ranges",
}  # fmt: skip
FORMULA = f"{{{TABLE}}}formula"
_EXTERNAL = etree.XPath("//@table:formula[contains(., 'file:') or contains(., '\\\\')]",
                        namespaces={"table": TABLE}, smart_strings=True)  # fmt: skip


def scrub(root: etree._Element, note: Note) -> None:
    fields = 0
    for el in list(root.iter(*FILE_FIELDS)):
        docxml.unwrap(el)  # the name it showed stays as plain text
        fields += 1
    if fields:
        note(
            C.PERSON, "FileNameFields", "fields showing the document's file name or folder", fields
        )
    links = 0
    for el in list(root.iter(*SOURCES)):
        links += 1
        docxml.remove_keeping_tail(el)
    for value in _EXTERNAL(root):
        owner = value.getparent()
        if owner is not None:
            del owner.attrib[FORMULA]  # the cell keeps the value it shows
            links += 1
    if links:
        note(C.PERSON, "ExternalData", "formulas and links reading other files, with their paths",
             links)  # fmt: skip
    named = _names(root)
    if named:
        note(C.PERSON, "PictureFileNames",
             "picture names or descriptions holding file names or folder paths", named)  # fmt: skip


def _names(root: etree._Element) -> int:
    n = 0
    for el in root.iter(f"{{{DRAW}}}frame"):
        if zipdoc.looks_like_a_file(el.get(f"{{{DRAW}}}name", "")):
            el.set(f"{{{DRAW}}}name", f"Picture {n + 1}")
            n += 1
    for el in list(root.iter(f"{{{SVG}}}title", f"{{{SVG}}}desc")):
        if zipdoc.looks_like_a_file(" ".join(el.itertext())):
            docxml.remove_keeping_tail(el)
            n += 1
    return n
