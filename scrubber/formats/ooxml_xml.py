"""What is removed inside the XML parts Office Open XML documents keep.

Each rule reports through `note(category, key, what, count)` and changes the tree; run
on a cleaned part, no rule finds anything. The rules go by namespace, so a rule for
WordprocessingML never touches a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from scrubber.formats import zipdoc
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
    return zipdoc.serialize(etree.ElementTree(root))


def plain_vml(data: bytes) -> bool:
    """A legacy VML drawing worth keeping: well-formed and not comment boxes."""
    if b'ObjectType="Note"' in data:
        return False
    try:
        zipdoc.parse_xml(data, "a drawing")
    except Exception:
        return False
    return True


def scrub(tree: etree._ElementTree, dropped_ids: set[str], note: Note, where: str) -> None:
    col = _Counter()
    col.comments = zipdoc.strip_comments(tree)
    root = tree.getroot()
    _dangling(root, dropped_ids)
    _revisions(root, col)
    _anchors(root, col)
    _settings(root, note)
    _attributes(root, col, note)
    col.report(note)


class _Counter:
    def __init__(self) -> None:
        self.comments = 0
        self.tracked = 0
        self.anchors = 0
        self.permissions = 0
        self.rsid = 0
        self.para_ids = 0
        self.abs_path = 0

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
        if self.abs_path:
            note(C.PERSON, "Office:SavedPath", "the folder the file was saved in")


def _dangling(root: etree._Element, dropped_ids: set[str]) -> None:
    """Elements pointing at a removed part (a picture, a template, an embedded object)."""
    if not dropped_ids:
        return
    for el in zipdoc.elements(root):
        if any(k.startswith(f"{{{R}}}") and v in dropped_ids for k, v in el.attrib.items()):
            _remove(el)


def _revisions(root: etree._Element, col: _Counter) -> None:
    """Accept tracked changes: insertions stay as plain text, deletions go."""
    for el in zipdoc.elements(root):
        if el.tag in DROP_CONTENT or el.tag in KEEP_CONTENT:
            col.tracked += 1
            parent = el.getparent()
            ptag = parent.tag if parent is not None else ""
            if el.tag == f"{{{W}}}del" and ptag == f"{{{W}}}trPr":
                row = parent.getparent() if parent is not None else None
                _remove(row if row is not None else el)  # a deleted table row
            elif el.tag in DROP_CONTENT or ptag in (f"{{{W}}}rPr", f"{{{W}}}trPr"):
                _remove(el)  # deleted text, or the mark on a paragraph mark or row
    for el in [e for e in root.iter(*KEEP_CONTENT)]:
        zipdoc.unwrap(el)
    # Every other revision record carries w:author: property changes, cell changes...
    for el in zipdoc.elements(root):
        if el.get(f"{{{W}}}author") is not None or el.tag in RANGE_ENDS:
            col.tracked += 1
            _remove(el)


def _anchors(root: etree._Element, col: _Counter) -> None:
    for el in zipdoc.elements(root):
        if el.tag in COMMENT_ANCHORS:
            col.anchors += 1
            _remove(el)
        elif el.tag == f"{{{W}}}commentReference":
            col.anchors += 1
            run = el.getparent()
            rest = (
                [c for c in run if c is not el and c.tag != f"{{{W}}}rPr"]
                if run is not None
                else []
            )
            _remove(run if run is not None and run.tag == f"{{{W}}}r" and not rest else el)
        elif el.tag in PERMISSIONS:
            col.permissions += 1
            _remove(el)


def _settings(root: etree._Element, note: Note) -> None:
    for el in zipdoc.elements(root):
        if el.tag in SETTINGS and el.getparent() is not None:
            cat, key, what = SETTINGS[el.tag]
            note(cat, f"Office:{key}", what)
            _remove(el)
        elif etree.QName(el).localname == "absPath" and el.tag.startswith(f"{{{X15AC}}}"):
            note(C.PERSON, "Office:SavedPath", "the folder the file was saved in")
            block = next((a for a in el.iterancestors(f"{{{MC}}}AlternateContent")), None)
            _remove(block if block is not None else el)


def _attributes(root: etree._Element, col: _Counter, note: Note) -> None:
    pivot = etree.QName(root).localname == "pivotCacheDefinition"
    for el in zipdoc.elements(root):
        for key in list(el.attrib):
            if key.startswith(f"{{{W}}}rsid"):
                col.rsid += 1
                del el.attrib[key]
            elif key in W_PARA_IDS:
                col.para_ids += 1
                del el.attrib[key]
            elif pivot and el is root and key in PIVOT_ATTRS:
                note(PIVOT_ATTRS[key], f"Office:Pivot{key[0].upper()}{key[1:]}", el.get(key))
                del el.attrib[key]


def _remove(el: etree._Element) -> None:
    """Remove an element; an extension block left empty goes too (it must hold one)."""
    parent = el.getparent()
    zipdoc.remove_keeping_tail(el)
    while parent is not None and etree.QName(parent).localname in ("ext", "extLst"):
        if len(parent):
            break
        up = parent.getparent()
        zipdoc.remove_keeping_tail(parent)
        parent = up
