"""OpenDocument (ODT, ODS, ODP, ODG and their templates), inspected and cleaned.

Kept: the `mimetype` (first and stored, as the format requires), content.xml and
styles.xml (of the document and of embedded charts and formulas), settings.xml without
printer, data-source, rsid and window settings, and pictures, cleaned by the photo
cleaners. Everything else goes: meta.xml (authors, dates, editing time, generator),
Thumbnails/, Configurations2/, macros (Basic/, Scripts/), signatures, RDF metadata and
previews of embedded objects. The manifest is rebuilt to list exactly what is kept.
Inside the XML, tracked changes (deleted text included) and annotations are removed,
also from the headers and footers in styles.xml; insertions stay as plain text.

Imported on first use (ODFCleaner.pick in odf.py, once a zip is OpenDocument): lxml and
the picture cropping are not loaded for a batch of photos.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats import crop, docxml, odf_crops, odf_hidden, odf_traces, zipdoc
from scrubber.formats.base import Nested
from scrubber.formats.hidden import Hidden
from scrubber.formats.odf import KINDS, ODFCleaner, read_mimetype
from scrubber.formats.streams import Source
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector, Report

C = Category
MANIFEST = "META-INF/manifest.xml"
MF = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
SCRIPT = "urn:oasis:names:tc:opendocument:xmlns:script:1.0"
CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
DC = "http://purl.org/dc/elements/1.1/"
XLINK = "http://www.w3.org/1999/xlink"
OOO = "http://openoffice.org/2009/office"  # LibreOffice's rsid attributes
PICTURE_EXT = {".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".webp"}
MACROS = Message("doc.macros_removed")
WEB = ("http://", "https://", "mailto:", "tel:", "#")

# Dropped parts by folder or name: category, key, what, warning.
DROPPED = (
    ("Thumbnails/", C.EMBEDDED, "Thumbnail", "a thumbnail picture of the first page", ""),
    ("Configurations2/", C.OTHER, "UISettings", "toolbar and menu settings", ""),
    ("Basic/", C.SOFTWARE, "Macros", "macros (programs)", MACROS),
    ("Scripts/", C.SOFTWARE, "Macros", "macros (programs)", MACROS),
    ("META-INF/", C.PERSON, "Signatures", "digital signatures (with the signer's name)", ""),
    ("ObjectReplacements/", C.OTHER, "ObjectPreviews", "previews of embedded objects", ""),
    ("manifest.rdf", C.OTHER, "RDF", "RDF metadata", ""),
)
META_FIELDS = {
    "initial-creator": C.PERSON, "creator": C.PERSON, "printed-by": C.PERSON,
    "template": C.PERSON, "creation-date": C.TIME, "date": C.TIME, "print-date": C.TIME,
    "editing-cycles": C.SOFTWARE, "editing-duration": C.SOFTWARE, "generator": C.SOFTWARE,
}  # fmt: skip
# settings.xml items that name a printer or data source, or are session ids.
SETTING_ITEMS = {
    "PrinterName": (C.DEVICE, "Printer", "the printer's name"),
    "PrinterSetup": (C.DEVICE, "Printer", "printer driver settings"),
    "PrintFaxName": (C.DEVICE, "Printer", "a fax printer's name"),
    "Rsid": (C.SOFTWARE, "RSID", "editing session ids"),
    "RsidRoot": (C.SOFTWARE, "RSID", "editing session ids"),
    "CurrentDatabaseDataSource": (C.OTHER, "DataSource", "a mail-merge data source"),
    "CurrentDatabaseCommand": (C.OTHER, "DataSource", "a mail-merge data source"),
}  # fmt: skip
CHANGE_MARKS = {f"{{{TEXT}}}change", f"{{{TEXT}}}change-start", f"{{{TEXT}}}change-end"}
TRACKED = {f"{{{TEXT}}}tracked-changes", f"{{{TABLE}}}tracked-changes"}
# Impress and Draw keep their comments in LibreOffice's own namespace.
ANNOTATIONS = {
    f"{{{OFFICE}}}annotation", f"{{{OFFICE}}}annotation-end",
    f"{{{OOO}}}annotation", f"{{{OOO}}}annotation-end",
}  # fmt: skip
LINKS = {f"{{{TEXT}}}a", f"{{{OFFICE}}}a", "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}a"}


@dataclass
class Plan:
    kind: tuple[str, str]
    mimetype: str
    col: Collector = field(default_factory=Collector)
    roles: dict[str, str] = field(default_factory=dict)  # part -> xml|settings|picture
    dropped: set[str] = field(default_factory=set)
    entries: dict[str, etree._Element] = field(default_factory=dict)  # manifest entries
    version: str | None = None
    counts: Counter[tuple[Category, str, str]] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    trees: dict[str, etree._ElementTree] = field(default_factory=dict)  # parsed ahead (crops)
    crops: dict[str, tuple[str, crop.Crop]] = field(default_factory=dict)  # part -> source, crop
    hidden: Hidden = field(default_factory=Hidden)

    def note(self, cat: Category, key: str, what: str, n: int = 1) -> None:
        self.counts[(cat, "ODF:" + key, what)] += n


class ODFFileCleaner(ODFCleaner):
    """The registry's ODFCleaner once a file is OpenDocument of a known kind (its `pick`)."""

    def __init__(self, nested: Nested, mimetype: str) -> None:
        super().__init__(nested, mimetype)

    def pick(self, source: Source) -> ODFFileCleaner:
        return self

    def inspect(self, path: Source) -> Report:
        return _run(path, self.nested, None)

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report:
        return _run(src, self.nested, options, out)


# --- the plan -----------------------------------------------------------------------------


def _plan(pkg: zipdoc.Package, nested: Nested, options: CleanOptions | None) -> Plan:
    mimetype = read_mimetype(pkg)
    plan = Plan(KINDS[mimetype], mimetype, hidden=Hidden.of(options))
    if MANIFEST not in pkg.parts:
        raise CorruptFile("the document is damaged (it has no list of its parts)")
    _manifest(pkg, plan)
    for name in sorted(pkg.parts):
        role = _role(pkg, nested, plan, name)
        if role:
            plan.roles[name] = role
        elif name not in ("mimetype", MANIFEST):
            plan.dropped.add(name)
    if "content.xml" not in plan.roles:
        raise CorruptFile("the document is damaged (it has no content)")
    _crops(pkg, plan)
    return plan


def _crops(pkg: zipdoc.Package, plan: Plan) -> None:
    """Pictures shown clipped get their own picture, cut to what is shown."""
    raws: dict[str, bytes] = {
        n: pkg.read(n, zipdoc.MAX_XML) for n in ("content.xml", "styles.xml") if n in plan.roles
    }
    if not any(odf_crops.has_crops(raw) for raw in raws.values()):
        return
    pictures = {n for n, r in plan.roles.items() if r == "picture"}
    trees = {n: docxml.parse_xml(raw, n) for n, raw in raws.items()}
    others = [n for n, r in plan.roles.items() if r == "xml" and n not in trees]
    elsewhere = {p for p in pictures for n in others if p.encode() in pkg.read(n, zipdoc.MAX_XML)}
    found = odf_crops.find(trees, pictures, pkg.read, elsewhere, set(pkg.parts))
    if not found.plan.cropped:
        return
    plan.trees.update(trees)
    cp = found.plan
    plan.note(crop.CROPPED[0], crop.CROPPED[1], crop.CROPPED[2], cp.cropped)
    for name, (source, cut) in cp.variants.items():
        plan.roles[name] = "crop"
        plan.crops[name] = (source, cut)
        if source in plan.entries:
            plan.entries[name] = plan.entries[source]
    odf_crops.apply(found)


def _manifest(pkg: zipdoc.Package, plan: Plan) -> None:
    root = docxml.parse_xml(pkg.read(MANIFEST, zipdoc.MAX_XML), MANIFEST).getroot()
    plan.version = root.get(f"{{{MF}}}version")
    for entry in root.iter(f"{{{MF}}}file-entry"):
        if entry.find(f"{{{MF}}}encryption-data") is not None:
            raise CleaningRefused(Message("doc.password"))
        path = entry.get(f"{{{MF}}}full-path", "")
        plan.entries[path] = entry


def _role(pkg: zipdoc.Package, nested: Nested, plan: Plan, name: str) -> str | None:
    folder, base = posixpath.split(name)
    sub = folder.startswith("Object ") and "/" not in folder  # an embedded chart or formula
    if name in ("mimetype", MANIFEST):
        return None
    if base in ("content.xml", "styles.xml") and (not folder or sub):
        return "xml"
    if name == "settings.xml":
        return "settings"
    if base == "meta.xml":
        _meta(pkg, plan, name)
        return None
    if (
        posixpath.splitext(name)[1].lower() in PICTURE_EXT
        and (name.startswith("Pictures/") or "/Pictures/" in name)
        and nested.kind(pkg.head(name, 64)) == "picture"
    ):
        return "picture"
    for prefix, cat, key, what, warn in DROPPED:
        if name.startswith(prefix):
            plan.note(cat, key, what)
            if warn and warn not in plan.warnings:
                plan.warnings.append(warn)
            return None
    if sub or name.startswith("Object "):
        plan.note(C.EMBEDDED, "EmbeddedObjects", "embedded files or objects")
        _warn(plan, Message("doc.objects_removed"))
    elif name.startswith("Pictures/"):
        plan.note(C.EMBEDDED, "UncheckedPictures", "pictures in a format that cannot be checked")
        _warn(plan, Message("doc.drawings_removed"))
    else:
        plan.note(C.OTHER, "OtherPart", "parts of unknown purpose")
    return None


def _warn(plan: Plan, text: str) -> None:
    if text not in plan.warnings:
        plan.warnings.append(text)


def _meta(pkg: zipdoc.Package, plan: Plan, name: str) -> None:
    tree = docxml.parse_xml(pkg.read(name, zipdoc.MAX_XML), name)
    other = 0
    for el in tree.getroot().iter():
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        local = etree.QName(el).localname
        if local == "meta":
            continue
        text = " ".join(t.strip() for t in el.itertext() if t.strip())
        if local == "template":
            text = el.get(f"{{{XLINK}}}href", "") or el.get(f"{{{XLINK}}}title", "")
        if local in META_FIELDS and text:
            plan.note(META_FIELDS[local], f"{local.title().replace('-', '')}", text)
        elif local not in META_FIELDS:
            other += 1
    if other:
        plan.note(C.OTHER, "Properties", "titles, keywords, statistics and custom fields", other)


# --- the XML ------------------------------------------------------------------------------


_HREFS = etree.XPath("//@xlink:href", namespaces={"xlink": XLINK}, smart_strings=True)
_RSIDS = etree.XPath(
    "//@*[namespace-uri()=$ns and contains(local-name(), 'rsid')]", smart_strings=True
)


def _scrub(tree: etree._ElementTree, plan: Plan, where: str) -> None:
    root = tree.getroot()
    n = docxml.strip_comments(tree)
    if n:
        plan.note(C.OTHER, "XMLComment", "hidden XML comments", n)
    tracked = annotations = rsid = scripts = 0
    for el in list(root.iter(*TRACKED)):
        tracked += max(1, len(el))  # one changed region each
        docxml.remove_keeping_tail(el)
    for el in list(root.iter(*ANNOTATIONS)):
        annotations += not el.tag.endswith("-end")
        docxml.remove_keeping_tail(el)
    # Change marks in the text, and any creator or date left outside those records.
    people = (f"{{{DC}}}creator", f"{{{DC}}}date", f"{{{META}}}creator-initials")
    for el in list(root.iter(*CHANGE_MARKS, *people)):
        tracked += el.tag == f"{{{DC}}}creator"
        docxml.remove_keeping_tail(el)
    for el in list(root.iter(f"{{{SCRIPT}}}event-listener", f"{{{OFFICE}}}scripts")):
        scripts += 1
        docxml.remove_keeping_tail(el)
    for value in _RSIDS(root, ns=OOO):
        owner = value.getparent()
        if owner is not None:
            rsid += 1
            del owner.attrib[value.attrname]
    folder = posixpath.dirname(where)
    for value in _HREFS(root):
        owner = value.getparent()
        if owner is not None:
            _href(owner, str(value), plan, folder)
    odf_traces.scrub(root, plan.note)
    if where == "content.xml":
        odf_hidden.scrub(root, plan.hidden)
    if tracked:
        plan.note(C.PERSON, "TrackedChanges", "tracked changes with authors and dates", tracked)
    if annotations:
        plan.note(C.PERSON, "Annotations", "comments with their authors and dates", annotations)
    if rsid:
        plan.note(C.SOFTWARE, "RSID", "editing session ids", rsid)
    if scripts:
        plan.note(C.SOFTWARE, "MacroLinks", "links to macros", scripts)


def _href(el: etree._Element, href: str, plan: Plan, folder: str) -> None:
    """A link to a removed part goes; a path to a file on a computer is cut out."""
    if href.lower().startswith(WEB):
        return
    inner = posixpath.normpath(posixpath.join(folder, zipdoc.unquote(href)))
    if ":" not in href and not inner.startswith(".."):
        if inner in plan.roles or any(p.startswith(inner + "/") for p in plan.roles):
            return
        if inner in plan.dropped or any(p.startswith(inner + "/") for p in plan.dropped):
            docxml.remove_keeping_tail(el)  # a picture or object that was removed
            return
    if el.tag in LINKS:
        plan.note(C.PERSON, "FileLink", "links to files on a computer")
        el.set(f"{{{XLINK}}}href", "#")
    else:
        plan.note(C.OTHER, "ExternalLink", "links to outside files or pictures")
        docxml.remove_keeping_tail(el)


def _settings(tree: etree._ElementTree, plan: Plan) -> None:
    root = tree.getroot()
    n = docxml.strip_comments(tree)
    if n:
        plan.note(C.OTHER, "XMLComment", "hidden XML comments", n)
    for el in docxml.elements(root):
        name = el.get(f"{{{CONFIG}}}name", "")
        if el.tag == f"{{{CONFIG}}}config-item-set" and name == "ooo:view-settings":
            plan.note(C.OTHER, "ViewSettings", "window size and position")
            docxml.remove_keeping_tail(el)
        elif el.tag == f"{{{CONFIG}}}config-item" and name in SETTING_ITEMS:
            if (el.text or "").strip():
                cat, key, what = SETTING_ITEMS[name]
                plan.note(cat, key, what)
            docxml.remove_keeping_tail(el)


def _manifest_xml(plan: Plan) -> bytes:
    nsmap = {"manifest": MF}
    root = etree.Element(f"{{{MF}}}manifest", nsmap=nsmap)
    if plan.version:
        root.set(f"{{{MF}}}version", plan.version)
    top = etree.SubElement(root, f"{{{MF}}}file-entry")
    top.set(f"{{{MF}}}full-path", "/")
    if plan.version:
        top.set(f"{{{MF}}}version", plan.version)
    top.set(f"{{{MF}}}media-type", plan.mimetype)
    folders = sorted({posixpath.dirname(p) + "/" for p in plan.roles if p.startswith("Object ")})
    for path in [*folders, *sorted(plan.roles)]:
        entry = etree.SubElement(root, f"{{{MF}}}file-entry")
        entry.set(f"{{{MF}}}full-path", path)
        old = plan.entries.get(path)
        for attr in ("version", "media-type"):
            value = old.get(f"{{{MF}}}{attr}") if old is not None else None
            if attr == "media-type" and value is None:
                value = "text/xml" if path.endswith(".xml") else ""
            if value is not None:
                entry.set(f"{{{MF}}}{attr}", value)
    return docxml.serialize(etree.ElementTree(root))


# --- inspecting and writing ---------------------------------------------------------------


def _run(
    source: Source, nested: Nested, options: CleanOptions | None, out: BinaryIO | None = None
) -> Report:
    """Inspect (no options) or clean into `out`: the same plan either way."""
    with zipdoc.damage_as_corrupt(*docxml.ERRORS), zipdoc.Package(source) as pkg:
        plan = _plan(pkg, nested, options)
        plan.col.findings.extend(pkg.layout.findings)
        members = _members(pkg, plan, nested, options)
        if out is None:
            for _ in members:
                pass
        else:
            zipdoc.write_package(out, members, stored="mimetype")
    plan.hidden.report(plan.note, plan.warnings, "")
    if options is not None and plan.crops:
        plan.warnings.append(crop.removed_sentence(len(plan.crops)))
    col = plan.col
    for (cat, key, what), n in plan.counts.items():
        col.add(cat, key, f"{what} ({n})" if n > 1 else what)
    col.warnings.extend(plan.warnings)
    return col.report(plan.kind[0])


def _members(
    pkg: zipdoc.Package, plan: Plan, nested: Nested, options: CleanOptions | None
) -> Iterator[tuple[str, bytes]]:
    yield "mimetype", plan.mimetype.encode("ascii")
    yield MANIFEST, _manifest_xml(plan)
    for name in sorted(plan.roles):
        role = plan.roles[name]
        if role in ("picture", "crop"):
            data = pkg.read(plan.crops[name][0] if role == "crop" else name)
            if role == "crop" and options is not None:
                data = crop.apply(data, plan.crops[name][1], options.jpeg_quality)
            yield name, zipdoc.embedded(nested, data, options, plan.col, zipdoc.PICTURE, name)
            continue
        tree = plan.trees.pop(name, None) or docxml.parse_xml(pkg.read(name, zipdoc.MAX_XML), name)
        if role == "settings":
            _settings(tree, plan)
        else:
            _scrub(tree, plan, name)
        yield name, docxml.serialize(tree)
