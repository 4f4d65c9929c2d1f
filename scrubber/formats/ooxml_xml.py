"""What is removed inside the XML parts Office Open XML documents keep.

Each rule reports through `note(category, key, what, count)` and changes the tree; run
on a cleaned part, no rule finds anything. The rules go by namespace, so a rule for
WordprocessingML never touches a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from scrubber.formats import docxml
from scrubber.formats import ooxml_traces as traces
from scrubber.model import Category

C = Category
Note = Callable[..., None]  # note(category, key, what, n=1)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
X15AC = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"
XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

# Core property (local name) -> what it tells.
CORE = {
    "creator": C.PERSON, "lastModifiedBy": C.PERSON, "created": C.TIME, "modified": C.TIME,
    "lastPrinted": C.TIME, "revision": C.SOFTWARE, "version": C.SOFTWARE,
}  # fmt: skip
APP = {
    "Company": C.PERSON, "Manager": C.PERSON, "Template": C.SOFTWARE,
    "Application": C.SOFTWARE, "AppVersion": C.SOFTWARE, "TotalTime": C.TIME,
}  # fmt: skip

# Revision marks whose content stays (accepted) and whose content goes (rejected).
KEEP_CONTENT = {f"{{{W}}}ins", f"{{{W}}}moveTo"}
DROP_CONTENT = {f"{{{W}}}del", f"{{{W}}}moveFrom"}
RANGE_ENDS = {
    f"{{{W}}}{n}"
    for n in (
        "moveFromRangeEnd", "moveToRangeEnd", "customXmlInsRangeEnd", "customXmlDelRangeEnd",
        "customXmlMoveFromRangeEnd", "customXmlMoveToRangeEnd",
    )
}  # fmt: skip
COMMENT_ANCHORS = {f"{{{W}}}commentRangeStart", f"{{{W}}}commentRangeEnd"}
PERMISSIONS = {f"{{{W}}}permStart", f"{{{W}}}permEnd"}  # w:ed holds a user name
# Word settings that hold names, paths or ids, and what they are.
SETTINGS = {
    f"{{{W}}}attachedTemplate": (C.PERSON, "Template", "the path of the template it was made from"),
    f"{{{W}}}docVars": (C.OTHER, "DocVariables", "hidden document variables"),
    f"{{{W}}}mailMerge": (C.PERSON, "MailMerge", "a mail-merge data source (a file path)"),
    f"{{{W}}}trackRevisions": (C.OTHER, "TrackChanges", "the 'track changes' switch"),
    f"{{{W}}}rsids": (C.SOFTWARE, "RSID", "editing session ids"),
    f"{{{W14}}}docId": (C.SOFTWARE, "DocumentID", "a document id"),
    f"{{{W15}}}docId": (C.SOFTWARE, "DocumentID", "a document id"),
    f"{{{X}}}fileVersion": (C.SOFTWARE, "AppVersion", "the version of the program that saved it"),
    f"{{{X}}}fileSharing": (C.PERSON, "ReservedBy", "the name of who reserved the file"),
    f"{{{XR}}}revisionPtr": (C.SOFTWARE, "DocumentID", "a document id"),
    f"{{{P14}}}creationId": (C.SOFTWARE, "SlideID", "slide ids"),
}  # fmt: skip
W_PARA_IDS = {f"{{{W14}}}paraId", f"{{{W14}}}textId"}
PIVOT_ATTRS = {"refreshedBy": C.PERSON, "refreshedDate": C.TIME, "refreshedDateIso": C.TIME}


def properties(tree: etree._ElementTree, role: str, note: Note) -> None:
    """Findings for docProps/core.xml or app.xml, which are written back empty."""
    table = CORE if role == "core" else APP
    other = 0
    for el in tree.getroot():
        if not isinstance(el.tag, str):
            continue
        name = etree.QName(el).localname
        text = zipdoc_text(el)
        if not text and not len(el):
            continue  # an empty field says nothing
        if name in table:
            note(table[name], f"Office:{name[0].upper()}{name[1:]}", text)
        else:
            other += 1
    if other:
        key = "Office:Properties" if role == "core" else "Office:Statistics"
        what = "titles, subjects and keywords" if role == "core" else "document statistics"
        note(C.OTHER, key, what, other)
    root = tree.getroot()
    if root.attrib or (root.text or "").strip():
        note(C.OTHER, "Office:Properties", "other property data")


def zipdoc_text(el: etree._Element) -> str:
    return " ".join(t.strip() for t in el.itertext() if t.strip())


def empty_properties(role: str) -> bytes:
    if role == "core":
        root = etree.Element(f"{{{CP}}}coreProperties", nsmap={"cp": CP})
    else:
        root = etree.Element(f"{{{EP}}}Properties", nsmap={None: EP, "vt": VT})
    return docxml.serialize(etree.ElementTree(root))


def plain_vml(data: bytes, name: str) -> bool:
    """A legacy VML drawing worth keeping: well-formed and not comment boxes."""
    if b'ObjectType="Note"' in data:
        return False
    try:
        docxml.parse_xml(data, name)
    except Exception:
        return False
    return True


def scrub(tree: etree._ElementTree, raw: bytes, dropped_ids: set[str], note: Note) -> None:
    """Clean one kept part. `raw` is its text: attribute searches whose (prefix-free)
    name does not occur in it are skipped, which saves most of the time on big parts."""
    col = _Counter()
    col.comments = docxml.strip_comments(tree)
    root = tree.getroot()
    _dangling(root, dropped_ids)
    _revisions(root, col, b"author" in raw)
    _anchors(root, col)
    _settings(root, note)
    _attributes(root, col, note, raw)
    traces.scrub(root, raw, note)
    col.report(note)


class _Counter:
    def __init__(self) -> None:
        self.comments = 0
        self.tracked = 0
        self.anchors = 0
        self.permissions = 0
        self.rsid = 0
        self.para_ids = 0

    def report(self, note: Note) -> None:
        if self.comments:
            note(C.OTHER, "XML:Comment", "hidden XML comments", self.comments)
        if self.tracked:
            note(C.PERSON, "Office:TrackedChanges", "tracked changes with authors and dates",
                 self.tracked)  # fmt: skip
        if self.anchors:
            note(C.PERSON, "Office:Comments", "comments with their authors and dates")
        if self.permissions:
            note(C.PERSON, "Office:EditPermissions", "editing permissions naming users")
        if self.rsid:
            note(C.SOFTWARE, "Office:RSID", "editing session ids", self.rsid)
        if self.para_ids:
            note(C.SOFTWARE, "Office:ParagraphIDs", "paragraph ids", self.para_ids)


# Attribute searches run in libxml2 (XPath): a styles part has tens of thousands of elements.
_R_ATTRS = etree.XPath("//@*[namespace-uri()=$ns]", smart_strings=True)
_RSID_ATTRS = etree.XPath(
    "//@*[namespace-uri()=$w and starts-with(local-name(), 'rsid')]", smart_strings=True
)
_PARA_ID_ATTRS = etree.XPath(
    "//@*[namespace-uri()=$w14 and (local-name()='paraId' or local-name()='textId')]",
    smart_strings=True,
)
_AUTHORED = etree.XPath("//*[@w:author]", namespaces={"w": W})


def _drop_attribute(value: etree._ElementUnicodeResult) -> None:
    owner = value.getparent()
    if owner is not None and value.attrname in owner.attrib:
        del owner.attrib[value.attrname]


def _dangling(root: etree._Element, dropped_ids: set[str]) -> None:
    """Elements pointing at a removed part (a picture, a template, an embedded object)."""
    if not dropped_ids:
        return
    for value in _R_ATTRS(root, ns=R):
        owner = value.getparent()
        if str(value) in dropped_ids and owner is not None:
            _remove(owner)


def _revisions(root: etree._Element, col: _Counter, authored: bool) -> None:
    """Accept tracked changes: insertions stay as plain text, deletions go."""
    for el in list(root.iter(*DROP_CONTENT, *KEEP_CONTENT)):
        col.tracked += 1
        parent = el.getparent()
        ptag = parent.tag if parent is not None else ""
        if el.tag == f"{{{W}}}del" and ptag == f"{{{W}}}trPr":
            row = parent.getparent() if parent is not None else None
            _remove(row if row is not None else el)  # a deleted table row
        elif el.tag in DROP_CONTENT or ptag in (f"{{{W}}}rPr", f"{{{W}}}trPr"):
            _remove(el)  # deleted text, or the mark on a paragraph mark or row
    for el in list(root.iter(*KEEP_CONTENT)):
        docxml.unwrap(el)
    # Every other revision record carries w:author: property changes, cell changes...
    for el in [*(_AUTHORED(root) if authored else ()), *root.iter(*RANGE_ENDS)]:
        col.tracked += 1
        _remove(el)


def _anchors(root: etree._Element, col: _Counter) -> None:
    for el in list(root.iter(*COMMENT_ANCHORS, *PERMISSIONS, f"{{{W}}}commentReference")):
        if el.tag in PERMISSIONS:
            col.permissions += 1
            _remove(el)
            continue
        col.anchors += 1
        run = el.getparent()
        if el.tag in COMMENT_ANCHORS or run is None or run.tag != f"{{{W}}}r":
            _remove(el)
            continue
        rest = [c for c in run if c is not el and c.tag != f"{{{W}}}rPr"]
        _remove(el if rest else run)  # the run holding only the reference goes with it


def _settings(root: etree._Element, note: Note) -> None:
    for el in list(root.iter(*SETTINGS)):
        cat, key, what = SETTINGS[el.tag]
        note(cat, f"Office:{key}", what)
        _remove(el)
    for el in list(root.iter(f"{{{X15AC}}}absPath")):
        note(C.PERSON, "Office:SavedPath", "the folder the file was saved in")
        block = next(el.iterancestors(f"{{{MC}}}AlternateContent"), None)
        _remove(block if block is not None else el)


def _attributes(root: etree._Element, col: _Counter, note: Note, raw: bytes) -> None:
    if b"rsid" in raw:
        for value in _RSID_ATTRS(root, w=W):
            col.rsid += 1
            _drop_attribute(value)
        for el in list(root.iter(f"{{{W}}}rsid")):  # a style's own session id
            col.rsid += 1
            _remove(el)
    if b"paraId" in raw or b"textId" in raw:
        for value in _PARA_ID_ATTRS(root, w14=W14):
            col.para_ids += 1
            _drop_attribute(value)
    if etree.QName(root).localname == "pivotCacheDefinition":
        for key in [k for k in root.attrib if k in PIVOT_ATTRS]:
            note(PIVOT_ATTRS[key], f"Office:Pivot{key[0].upper()}{key[1:]}", root.get(key))
            del root.attrib[key]


def _remove(el: etree._Element) -> None:
    """Remove an element; an extension block left empty goes too (it must hold one)."""
    parent = el.getparent()
    docxml.remove_keeping_tail(el)
    while parent is not None and etree.QName(parent).localname in ("ext", "extLst"):
        if len(parent):
            break
        up = parent.getparent()
        docxml.remove_keeping_tail(parent)
        parent = up
