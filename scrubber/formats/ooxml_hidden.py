"""Where Office documents hide content: slides marked hidden (`show="0"`), speaker notes,
sheets whose state is hidden, Word runs formatted hidden (`w:vanish`)."""

from __future__ import annotations

from lxml import etree

from scrubber.formats import docxml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OFF = ("0", "false", "off")


def slide_hidden(raw: bytes, name: str) -> bool:
    """PowerPoint marks a hidden slide with show="0" on the slide's root element."""
    head = docxml.ascii_view(raw[:4096])
    if b"show=" not in head:
        return False
    return docxml.parse_xml(raw, name).getroot().get("show", "1") in OFF


def notes_have_text(raw: bytes, name: str) -> bool:
    """A notes page always has placeholders; it holds notes when its body has text."""
    root = docxml.parse_xml(raw, name).getroot()
    for shape in root.iter(f"{{{P}}}sp"):
        ph = next(shape.iter(f"{{{P}}}ph"), None)
        if ph is None or ph.get("type") != "body":
            continue
        if any((t.text or "").strip() for t in shape.iter(f"{{{A}}}t")):
            return True
    return False


def sheet_states(raw: bytes, name: str) -> list[tuple[str, bool]]:
    """(relationship id, hidden) of each sheet, in the workbook's order."""
    root = docxml.parse_xml(raw, name).getroot()
    return [
        (s.get(f"{{{R}}}id", ""), s.get("state", "visible") in ("hidden", "veryHidden"))
        for s in root.iter(f"{{{X}}}sheet")
    ]


def renumber_sheets(root: etree._Element, removed: list[int], remaining: int) -> None:
    """After sheets are removed from a workbook: names scoped to them go, names scoped to
    later sheets follow their sheet, and the window shows a sheet that is still there."""
    for name in list(root.iter(f"{{{X}}}definedName")):
        local = name.get("localSheetId")
        if local is None or not local.isdigit():
            continue
        index = int(local)
        if index in removed:
            docxml.remove_keeping_tail(name)
        else:
            name.set("localSheetId", str(index - sum(1 for r in removed if r < index)))
    for names in list(root.iter(f"{{{X}}}definedNames")):
        if not len(names):
            docxml.remove_keeping_tail(names)
    for view in root.iter(f"{{{X}}}workbookView"):
        for attr in ("activeTab", "firstSheet"):
            value = view.get(attr)
            if value is not None and (not value.isdigit() or int(value) >= remaining):
                view.set(attr, "0")


def hidden_runs(root: etree._Element, remove: bool) -> int:
    """Word runs formatted hidden that hold text; removed when asked."""
    n = 0
    for vanish in list(root.iter(f"{{{W}}}vanish")):
        props = vanish.getparent()
        run = props.getparent() if props is not None else None
        if run is None or run.tag != f"{{{W}}}r" or vanish.get(f"{{{W}}}val", "1") in OFF:
            continue
        if not any((t.text or "").strip() for t in run.iter(f"{{{W}}}t")):
            continue
        n += 1
        if remove:
            docxml.remove_keeping_tail(run)
    return n
