"""The XML parts of zip documents (Office Open XML, OpenDocument): parsed, edited, written.

XML is parsed with lxml, which keeps namespace prefixes as written. Office lists
prefixes by name in mc:Ignorable, so a parser that renames them (the standard library's
ElementTree) produces files Word calls corrupt. The parser never loads a DTD, resolves
no entities, never reaches the network and keeps libxml2's size and depth limits; any
DOCTYPE or entity declaration is refused outright (billion laughs, external entities).

Only the documents' readers (odf_file.py, ooxml_file.py) import this, on first use: lxml
is not loaded for a batch of photos.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats.zipdoc import MAX_XML, too_big
from scrubber.messages import Message

# lxml's own errors (a serializer's, an XPath's): damage, with zipdoc.damage_as_corrupt.
ERRORS = (etree.LxmlError,)

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=False,
)
_DECLARATIONS = ("<!DOCTYPE", "<!ENTITY")


def parse_xml(data: bytes, where: str) -> etree._ElementTree:
    """A part's XML tree; refuses DTDs and entities, CorruptFile for malformed XML."""
    if len(data) > MAX_XML:
        raise CleaningRefused(too_big(MAX_XML))
    if _declares(data):
        raise CleaningRefused(Message("doc.xml_attack", part=where))
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as e:
        raise CorruptFile(f"the document is damaged ({where} is not valid XML)") from e
    tree = root.getroottree()
    if tree.docinfo.doctype or next(root.iter(etree.Entity), None) is not None:
        raise CleaningRefused(Message("doc.xml_attack", part=where))
    if (tree.docinfo.encoding or "UTF-8").upper() not in ENCODINGS:
        raise CorruptFile(f"the document is damaged ({where} has an unusual text encoding)")
    return tree


# Encodings Office and LibreOffice write; in all of them ASCII names stay ASCII bytes,
# except UTF-16, which `ascii_view` turns into UTF-8 first.
ENCODINGS = {"UTF-8", "UTF8", "UTF-16", "UTF-16LE", "UTF-16BE", "US-ASCII", "ASCII", "ISO-8859-1"}


def ascii_view(data: bytes) -> bytes:
    """The part's text with ASCII names as ASCII bytes, for quick substring checks."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
        return data.decode("utf-16", "replace").encode()
    return data


def _declares(data: bytes) -> bool:
    head = data[:4]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:2] in (b"<\x00", b"\x00<"):
        text = data.decode("utf-16", "replace")
        return any(d in text for d in _DECLARATIONS)
    if head in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00") or b"\x00" in head:
        return True  # UTF-32 and other wide encodings: never written by Office
    return any(d.encode() in data for d in _DECLARATIONS)


def serialize(tree: etree._ElementTree) -> bytes:
    """UTF-8 with the declaration Office writes. standalone="yes" is always true here:
    documents with a DTD, the only thing it is about, are refused. Only the root element
    is written: comments and processing instructions around it are left behind."""
    root = tree.getroot()
    tail, root.tail = root.tail, None
    body: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    root.tail = tail
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + body


def strip_comments(tree: etree._ElementTree) -> int:
    """Remove XML comments and processing instructions (invisible free text); how many.
    Those outside the root element are never written back (see `serialize`)."""
    root = tree.getroot()
    outside = [*root.itersiblings(preceding=True), *root.itersiblings()]
    nodes = list(root.iter(etree.Comment, etree.ProcessingInstruction))
    for node in nodes:
        remove_keeping_tail(node)
    return len(nodes) + len(outside)


def elements(root: etree._Element) -> Iterator[etree._Element]:
    """Elements in document order; the children of one the caller has just removed are
    skipped (they went with it). Iterative: no recursion limit on deep documents."""
    stack = [root]
    while stack:
        el = stack.pop()
        yield el
        if el is not root and el.getparent() is None:
            continue
        stack.extend(reversed([c for c in el if isinstance(c.tag, str)]))


def remove_keeping_tail(node: etree._Element) -> None:
    """Remove an element; the text that followed it stays where it was."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def unwrap(node: etree._Element) -> None:
    """Replace an element by its children (and text), e.g. an accepted insertion."""
    parent = node.getparent()
    if parent is None:
        return
    at = parent.index(node)
    prev = node.getprevious()
    if node.text:
        if prev is not None:
            prev.tail = (prev.tail or "") + node.text
        else:
            parent.text = (parent.text or "") + node.text
    children = list(node)
    for i, child in enumerate(children):
        parent.insert(at + i, child)
    tail, node.tail = node.tail, None
    if tail:
        last = node.getprevious()  # the last child moved out, or what came before
        if last is not None:
            last.tail = (last.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)
