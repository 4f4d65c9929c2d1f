"""Paths, file names and password hashes inside the XML of Office documents.

Word names each picture after the file it came from (`IMG_20240315_221530.jpg`) and may
put its folder in the alt text; fields (`INCLUDEPICTURE`, `HYPERLINK`, `LINK`) keep the
path of a file on the author's computer; protection settings keep a password hash that
can be cracked offline. Each goes; what the reader sees stays (a field's shown result,
alt text that describes the picture).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from scrubber.formats import docxml, zipdoc
from scrubber.model import Category

C = Category
Note = Callable[..., None]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
O = "urn:schemas-microsoft-com:office:office"  # noqa: E741
V = "urn:schemas-microsoft-com:vml"
NEUTRAL = "Picture"  # what a picture is called instead of its file name

# Non-visual properties of a drawing: Word's docPr, every program's cNvPr.
NAMED = ("docPr", "cNvPr")
# Protection settings whose attributes hold a password hash, and those attributes.
PROTECTION = (
    "documentProtection", "writeProtection", "sheetProtection", "workbookProtection",
    "protectedRange", "modifyVerifier", "fileSharing",
)  # fmt: skip
HASH_ATTRS = {
    "hash", "salt", "hashValue", "saltValue", "hashData", "saltData", "password",
    "workbookPassword", "revisionsPassword", "cryptProviderType", "cryptAlgorithmClass",
    "cryptAlgorithmType", "cryptAlgorithmSid", "cryptSpinCount", "spinCount", "algorithmName",
    "cryptProvider", "algIdExt", "algIdExtSource", "cryptProviderTypeExt",
    "cryptProviderTypeExtSource", "workbookAlgorithmName", "workbookHashValue",
    "workbookSaltValue", "workbookSpinCount", "revisionsAlgorithmName", "revisionsHashValue",
    "revisionsSaltValue", "revisionsSpinCount", "spinValue",
}  # fmt: skip
# Fields that name a file: cut when that name is a path on a computer.
FILE_FIELDS = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|HYPERLINK|LINK|RD|DDE|DDEAUTO)\b", re.I)


def scrub(root: etree._Element, raw: bytes, note: Note) -> None:
    named = 0
    if b"Pr" in raw:
        named += _names(root)
    if b"imagedata" in raw or b"alt=" in raw:
        named += _vml_titles(root)
    if named:
        note(C.PERSON, "Office:PictureFileNames",
             "picture names or descriptions holding file names or folder paths", named)  # fmt: skip
    if b"instr" in raw:
        fields = _complex_fields(root) + _simple_fields(root)
        if fields:
            note(C.PERSON, "Office:FileFields", "fields holding the path of a file", fields)
    if any(p.encode() in raw for p in PROTECTION):
        hashes = _hashes(root)
        if hashes:
            what = "a password hash (the protection password could be found from it)"
            note(C.PERSON, "Office:PasswordHash", what, hashes)


def _names(root: etree._Element) -> int:
    n = 0
    for el in root.iter():
        if not isinstance(el.tag, str) or etree.QName(el).localname not in NAMED:
            continue
        name = el.get("name")
        if name and name != NEUTRAL and zipdoc.looks_like_a_file(name):
            el.set("name", NEUTRAL)
            n += 1
        for attr in ("descr", "title"):
            if zipdoc.looks_like_a_file(el.get(attr, "")):
                del el.attrib[attr]
                n += 1
    return n


def _vml_titles(root: etree._Element) -> int:
    n = 0
    for el in root.iter(f"{{{V}}}imagedata", f"{{{V}}}shape", f"{{{V}}}rect"):
        for attr in (f"{{{O}}}title", "alt", "title"):
            if zipdoc.looks_like_a_file(el.get(attr, "")):
                del el.attrib[attr]
                n += 1
    return n


def _hashes(root: etree._Element) -> int:
    n = 0
    for el in root.iter():
        if not isinstance(el.tag, str) or etree.QName(el).localname not in PROTECTION:
            continue
        for attr in list(el.attrib):
            if etree.QName(attr).localname in HASH_ATTRS:
                del el.attrib[attr]
                n = n or 1
    return n


def _simple_fields(root: etree._Element) -> int:
    n = 0
    for el in list(root.iter(f"{{{W}}}fldSimple")):
        instr = el.get(f"{{{W}}}instr", "")
        if FILE_FIELDS.match(instr) and zipdoc.looks_like_a_file(instr):
            docxml.unwrap(el)  # the shown result stays as plain text
            n += 1
    return n


def _complex_fields(root: etree._Element) -> int:
    """Fields written as begin / instruction / separate / result / end runs: a field
    naming a file loses all but its result."""
    n = 0
    stack: list[list[etree._Element]] = []
    codes: list[list[str]] = []
    for el in list(root.iter(f"{{{W}}}fldChar", f"{{{W}}}instrText")):
        kind = el.get(f"{{{W}}}fldCharType")
        if kind == "begin":
            stack.append([el])
            codes.append([])
        elif not stack:
            continue
        elif el.tag == f"{{{W}}}instrText":
            stack[-1].append(el)
            codes[-1].append(el.text or "")
        elif kind == "separate":
            stack[-1].append(el)
        elif kind == "end":
            marks = [*stack.pop(), el]
            code = "".join(codes.pop())
            if FILE_FIELDS.match(code) and zipdoc.looks_like_a_file(code):
                for mark in marks:
                    _remove_mark(mark)
                n += 1
    return n


def _remove_mark(el: etree._Element) -> None:
    """A field mark goes, with its run if nothing else is in it."""
    run = el.getparent()
    docxml.remove_keeping_tail(el)
    if run is not None and run.tag == f"{{{W}}}r" and all(c.tag == f"{{{W}}}rPr" for c in run):
        docxml.remove_keeping_tail(run)
