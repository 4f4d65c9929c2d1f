"""Office Open XML (DOCX, XLSX, PPTX and their template and macro variants), inspected
and rebuilt.

The package is rebuilt from an allowlist. Starting at the package relationships, only
parts reached through relationships whose target is a kind we know to be content
(the body, styles, sheets, slides, charts, checkable pictures...) are kept; everything
else goes, with its relationship, its content-type entry and the XML elements that
pointed to it, so the package stays valid. Properties parts stay, emptied. Inside the
kept XML (rules in ooxml_xml.py): tracked changes are accepted, comment anchors, rsid
session ids, template paths and similar traces are removed. Pictures go through the
photo cleaners, a chart's embedded workbook through this cleaner (one level deep).
Macro-enabled files come out as their macro-free kind (.docm -> .docx).

`inspect` runs the same plan as `clean` without writing, so re-inspecting a cleaned
copy finds nothing only if the copy really holds nothing the plan would remove.

Imported on first use (OOXMLCleaner.pick in ooxml.py, once a zip is not OpenDocument):
lxml and the picture cropping are not loaded for a batch of photos.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree

from scrubber.errors import CleaningRefused, CorruptFile, UnsupportedFormat
from scrubber.formats import crop, docxml, ooxml_hidden, zipdoc
from scrubber.formats import ooxml_crops as crops
from scrubber.formats import ooxml_xml as rules
from scrubber.formats.base import Nested
from scrubber.formats.hidden import Hidden
from scrubber.formats.ooxml import CFB, KINDS, OD, PML, SML, WML, Kind, OOXMLCleaner
from scrubber.formats.streams import Source
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, Collector, Report

C = Category
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_PART, PKG_RELS = "[Content_Types].xml", "_rels/.rels"
REL_CT = "application/vnd.openxmlformats-package.relationships+xml"
CORE_CT = "application/vnd.openxmlformats-package.core-properties+xml"
APP_CT = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
OLD_OR_LOCKED = Message("office.old_or_locked")
# "Strict Open XML" uses other namespaces throughout, which the rules here do not know.
STRICT = "http://purl.oclc.org/ooxml/"
STRICT_MESSAGE = Message("office.strict")

# Parts kept (their XML cleaned): what the document shows and how it is laid out.
KEEP_XML = {
    *(WML + f"{x}+xml" for x in (
        "styles", "settings", "fontTable", "numbering", "footnotes", "endnotes", "header",
        "footer")),
    *(SML + f"{x}+xml" for x in (
        "worksheet", "chartsheet", "dialogsheet", "styles", "sharedStrings", "calcChain",
        "table", "pivotTable", "pivotCacheDefinition", "pivotCacheRecords",
        "volatileDependencies", "sheetMetadata")),
    *(PML + f"{x}+xml" for x in (
        "slide", "slideLayout", "slideMaster", "notesSlide", "notesMaster", "handoutMaster",
        "presProps", "viewProps", "tableStyles")),
    *(OD + f"drawingml.{x}+xml" for x in (
        "chart", "chartshapes", "diagramData", "diagramLayout", "diagramStyle",
        "diagramColors")),
    OD + "theme+xml", OD + "themeOverride+xml", OD + "drawing+xml",
    "application/vnd.ms-word.stylesWithEffects+xml",
    "application/vnd.ms-office.drawingml.diagramDrawing+xml",
    "application/vnd.ms-office.chartstyle+xml",
    "application/vnd.ms-office.chartcolorstyle+xml",
}  # fmt: skip
VML_CT = OD + "vmlDrawing"
# Whole documents inside a document: the data behind a chart is an embedded workbook, a
# Word file can show another Word file (altChunk). Cleaned through the registry.
PACKAGE_CT = {SML + "sheet", WML + "document", PML + "presentation", WML + "document.main+xml"}
PACKAGE_RELS = {"package", "afchunk"}
# Other altChunks (a web page, RTF, text, an e-mail) are shown as part of the text, but no
# cleaner here can check them; dropping them would lose that text without a word.
ALT_CHUNK = Message("office.alt_chunk")
PICTURE_CT = {"image/jpeg", "image/jpg", "image/png", "image/gif", "image/tiff", "image/webp"}

# What a dropped part was, by a word in its content or relationship type: the first
# match names it. `warn` says what the reader of the cleaned copy will notice.
MACROS = Message("doc.macros_removed")
DROPPED: tuple[tuple[tuple[str, ...], Category, str, str, str], ...] = (
    (("thumbnail",), C.EMBEDDED, "Thumbnail", "a thumbnail picture of the first page", ""),
    (("custom-properties",), C.OTHER, "CustomProperties", "custom document properties", ""),
    (("customxml", "application/xml"), C.OTHER, "CustomXML", "custom XML data", ""),
    (("people", "person", "authors", "usernames"), C.PERSON, "People",
     "names of the people who commented or edited", ""),
    (("comment",), C.PERSON, "Comments", "comments with their authors and dates", ""),
    (("revision",), C.PERSON, "SharedHistory", "shared-workbook history with user names", ""),
    (("printersettings",), C.DEVICE, "PrinterSettings", "printer settings", ""),
    (("websettings",), C.OTHER, "WebSettings", "web page settings", ""),
    (("glossary",), C.OTHER, "Glossary", "saved building blocks (glossary)", ""),
    (("vba", "keymapcustomizations", "attachedtoolbars", "activex", "extensibility",
      "customui"), C.SOFTWARE, "Macros", "macros, controls or custom toolbars", MACROS),
    (("externallink",), C.PERSON, "ExternalLinks",
     "links to other files, with their folder paths", ""),
    (("connections", "querytable"), C.OTHER, "DataConnections", "data connections", ""),
    (("webextension", "taskpane"), C.SOFTWARE, "AddIns", "add-ins", ""),
    (("classificationlabels", "labelinfo"), C.OTHER, "SensitivityLabel",
     "a sensitivity label", ""),
    (("tags",), C.OTHER, "Tags", "hidden tags", ""),
    (("digital-signature",), C.PERSON, "Signatures", "digital signatures (with the signer's name)",
     ""),
    (("oleobject", "package", "embeddings", "control"), C.EMBEDDED, "EmbeddedObjects",
     "embedded files or objects", Message("doc.objects_removed")),
    (("font",), C.OTHER, "EmbeddedFonts", "embedded fonts", Message("doc.fonts_removed")),
    (("video", "audio", "media"), C.EMBEDDED, "Media", "videos or sounds",
     Message("doc.media_removed")),
    (("image",), C.EMBEDDED, "UncheckedPictures",
     "pictures in a format that cannot be checked (EMF, WMF, SVG...)",
     Message("doc.office_drawings_removed")),
    (("vmldrawing",), C.OTHER, "OldDrawings", "drawings in an old format (VML)", ""),
)  # fmt: skip
WEB_TARGETS = ("http://", "https://", "mailto:", "tel:", "#")


@dataclass(frozen=True)
class Rel:
    id: str
    type: str
    target: str
    external: bool

    @property
    def short(self) -> str:
        return self.type.rsplit("/", 1)[-1].lower()


@dataclass
class Plan:
    """What stays: parts with how to write them, relationships, content types."""

    kind: Kind
    col: Collector = field(default_factory=Collector)
    roles: dict[str, str] = field(default_factory=dict)  # part -> xml|core|app|picture|crop
    types: dict[str, str] = field(default_factory=dict)  # part -> content type
    rels: dict[str, list[Rel]] = field(default_factory=dict)  # source ("" = package)
    dropped_ids: dict[str, set[str]] = field(default_factory=dict)
    dropped_parts: set[str] = field(default_factory=set)  # reported with their relationship
    counts: Counter[tuple[Category, str, str]] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    trees: dict[str, etree._ElementTree] = field(default_factory=dict)  # parsed ahead (crops)
    crops: dict[str, tuple[str, crop.Crop]] = field(default_factory=dict)  # part -> source, crop
    hidden: Hidden = field(default_factory=Hidden)
    hidden_parts: dict[str, bool] = field(default_factory=dict)  # hidden part -> removed
    sheets: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)  # workbook -> sheets
    removed_sheets: dict[str, list[int]] = field(default_factory=dict)  # workbook -> positions

    def note(self, cat: Category, key: str, what: str, n: int = 1) -> None:
        self.counts[(cat, key, what)] += n


class OOXMLFileCleaner(OOXMLCleaner):
    """The registry's OOXMLCleaner once a file is an Office document of a known kind
    (its `pick`)."""

    def __init__(self, nested: Nested, kind: Kind) -> None:
        super().__init__(nested, kind)
        self.kind: Kind = kind

    def pick(self, source: Source) -> OOXMLFileCleaner:
        return self

    def inspect(self, path: Source) -> Report:
        return _run(path, self.kind, self.nested, None)

    def clean(self, src: Source, out: BinaryIO, options: CleanOptions) -> Report:
        return _run(src, self.kind, self.nested, options, out)


def kind_of(source: Source) -> Kind:
    """Which kind of Office document a zip is, read from its content types and package
    relationships; UnsupportedFormat for any other zip or an old binary Office file."""
    if isinstance(source, bytes):
        head = source[:8]
    else:
        with open(source, "rb") as f:
            head = f.read(8)
    if head == CFB:
        raise UnsupportedFormat(OLD_OR_LOCKED)
    with zipdoc.damage_as_corrupt(*docxml.ERRORS), zipdoc.Package(source) as pkg:
        if CT_PART not in pkg.parts or PKG_RELS not in pkg.parts:
            raise UnsupportedFormat(Message("office.not_office"))
        defaults, overrides = _content_types(pkg)
        for rel in _rels(pkg, PKG_RELS):
            if rel.type.startswith(STRICT):
                raise UnsupportedFormat(STRICT_MESSAGE)
            if rel.short == "officedocument" and not rel.external:
                ct = _type_of(_resolve("", rel.target), defaults, overrides)
                if ct in KINDS:
                    return KINDS[ct]
                raise UnsupportedFormat(Message("office.unsupported_kind"))
    raise CorruptFile("the document is damaged (it has no main part)")


# --- reading the package ------------------------------------------------------------------


def _content_types(pkg: zipdoc.Package) -> tuple[dict[str, str], dict[str, str]]:
    root = docxml.parse_xml(pkg.read(CT_PART, zipdoc.MAX_XML), CT_PART).getroot()
    defaults, overrides = {}, {}
    for el in root:
        if el.tag == f"{{{CT_NS}}}Default":
            defaults[el.get("Extension", "").lower()] = el.get("ContentType", "")
        elif el.tag == f"{{{CT_NS}}}Override":
            overrides[el.get("PartName", "").lstrip("/").lower()] = el.get("ContentType", "")
    return defaults, overrides


def _type_of(name: str, defaults: dict[str, str], overrides: dict[str, str]) -> str:
    if name.lower() in overrides:
        return overrides[name.lower()]
    return defaults.get(posixpath.splitext(name)[1].lstrip(".").lower(), "")


def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels") if part else PKG_RELS


def _rels(pkg: zipdoc.Package, name: str) -> list[Rel]:
    if name not in pkg.parts:
        return []
    root = docxml.parse_xml(pkg.read(name, zipdoc.MAX_XML), name).getroot()
    out = []
    for el in root:
        if el.tag != f"{{{REL_NS}}}Relationship":
            continue
        external = el.get("TargetMode", "Internal") == "External"
        out.append(Rel(el.get("Id", ""), el.get("Type", ""), el.get("Target", ""), external))
    return out


def _resolve(source: str, target: str) -> str:
    """The part a relative target points to, from the folder of `source`."""
    target = zipdoc.unquote(target.split("#", 1)[0])
    if target.startswith("/"):
        path = target
    else:
        path = posixpath.join("/" + posixpath.dirname(source), target)
    return posixpath.normpath(path).lstrip("/")


def _find(pkg: zipdoc.Package, name: str) -> str | None:
    if name in pkg.parts:
        return name
    folded = {n.lower(): n for n in pkg.parts}  # part names are case-insensitive
    return folded.get(name.lower())


# --- the plan -----------------------------------------------------------------------------


def _plan(pkg: zipdoc.Package, kind: Kind, nested: Nested, options: CleanOptions | None) -> Plan:
    plan = Plan(kind, hidden=Hidden.of(options))
    defaults, overrides = _content_types(pkg)
    queue = [""]
    seen = {""}
    while queue:
        source = queue.pop()
        kept: list[Rel] = []
        for rel in _rels(pkg, _rels_name(source)):
            target = _decide(pkg, plan, nested, source, rel, defaults, overrides)
            if target is None:
                plan.dropped_ids.setdefault(source, set()).add(rel.id)
                continue
            kept.append(target[0])
            name = target[1]
            if name and name not in seen:
                seen.add(name)
                queue.append(name)
        plan.rels[source] = kept
    if (kind.out_main or kind.main) not in plan.types.values():
        raise CorruptFile("the document is damaged (its main part cannot be found)")
    _unused(pkg, plan)
    _crops(pkg, plan)
    return plan


def _decide(
    pkg: zipdoc.Package,
    plan: Plan,
    nested: Nested,
    source: str,
    rel: Rel,
    defaults: dict[str, str],
    overrides: dict[str, str],
) -> tuple[Rel, str] | None:
    """Keep a relationship (returning it and its target part, "" if external) or drop it."""
    if rel.external:
        return _external(plan, rel)
    found = _find(pkg, _resolve(source, rel.target))
    if found is None:
        return None  # points at nothing: drop the dangling reference
    ct = _type_of(found, defaults, overrides)
    if pkg.parts[found].size == 0 and ct != plan.kind.main:
        plan.dropped_parts.add(found)  # an empty optional part (fonts, settings): no loss
        return None
    if _hidden(pkg, plan, source, rel, ct, found):
        plan.dropped_parts.add(found)
        return None
    role = _role(pkg, nested, rel, ct, found, plan)
    if role is None:
        if found not in plan.dropped_parts:
            _dropped(plan, rel, ct)
            plan.dropped_parts.add(found)
        return None
    plan.roles[found] = role
    plan.types[found] = plan.kind.out_main if ct == plan.kind.main and plan.kind.macro else ct
    return rel, found


def _role(
    pkg: zipdoc.Package, nested: Nested, rel: Rel, ct: str, name: str, plan: Plan
) -> str | None:
    kind = plan.kind
    if rel.short == "thumbnail":
        return None
    document = rel.short in PACKAGE_RELS and ct in PACKAGE_CT
    if document and nested.kind(pkg.head(name, 64)) == "document":
        return "package"
    if rel.short == "afchunk":
        raise CleaningRefused(ALT_CHUNK)
    if ct == kind.main or ct in KEEP_XML:
        return "xml"
    if ct == CORE_CT:
        return "core"
    if ct == APP_CT:
        return "app"
    if ct.lower() in PICTURE_CT and rel.short == "image":
        # Named a photo but not one we can check (an EMF saved as .png): dropped below.
        return "picture" if nested.kind(pkg.head(name, 64)) == "picture" else None
    if ct == VML_CT and rules.plain_vml(pkg.read(name, zipdoc.MAX_XML), name):
        return "xml"
    return None


def _hidden(pkg: zipdoc.Package, plan: Plan, source: str, rel: Rel, ct: str, name: str) -> bool:
    """Whether a part is hidden content (a hidden slide or sheet, speaker notes) that the
    options remove. Counted once, however many parts point to it."""
    if name in plan.hidden_parts:
        return plan.hidden_parts[name]
    kind = ""
    if ct == PML + "slide+xml" and ooxml_hidden.slide_hidden(pkg.read(name, zipdoc.MAX_XML), name):
        kind = "slides"
    elif rel.short == "notesslide" and ooxml_hidden.notes_have_text(
        pkg.read(name, zipdoc.MAX_XML), name
    ):
        kind = "notes"
    elif rel.short in ("worksheet", "chartsheet", "dialogsheet") and source in plan.types:
        if source not in plan.sheets:
            plan.sheets[source] = ooxml_hidden.sheet_states(
                pkg.read(source, zipdoc.MAX_XML), source
            )
        order = [rid for rid, _ in plan.sheets[source]]
        if rel.id in order and plan.sheets[source][order.index(rel.id)][1]:
            kind = "sheets"
            if plan.hidden.removes(kind):
                plan.removed_sheets.setdefault(source, []).append(order.index(rel.id))
    if not kind:
        return False
    plan.hidden_parts[name] = plan.hidden.add(kind)
    return plan.hidden_parts[name]


def _dropped(plan: Plan, rel: Rel, ct: str) -> None:
    words = f"{rel.short} {ct}".lower()
    if rel.short == "image" and ct.lower() in PICTURE_CT:
        words = "image"
    for needles, cat, key, what, warn in DROPPED:
        if any(n in words for n in needles):
            plan.note(cat, "Office:" + key, what)
            if warn and warn not in plan.warnings:
                plan.warnings.append(warn)
            return
    plan.note(C.OTHER, "Office:OtherPart", "parts of unknown purpose")


def _external(plan: Plan, rel: Rel) -> tuple[Rel, str] | None:
    if rel.short == "hyperlink":
        if rel.target.lower().startswith(WEB_TARGETS):
            return rel, ""
        # A link to a file keeps its text; the path (often with a user name) goes.
        plan.note(C.PERSON, "Office:FileLink", "links to files on a computer")
        return Rel(rel.id, rel.type, "#", True), ""
    if rel.short == "attachedtemplate":
        plan.note(C.PERSON, "Office:Template", "the path of the template it was made from")
    else:
        plan.note(C.OTHER, "Office:ExternalLink", "links to outside files or pictures")
    return None


def _unused(pkg: zipdoc.Package, plan: Plan) -> None:
    reached = set(plan.roles) | {CT_PART}
    reached |= {_rels_name(p) for p in plan.rels}
    for name in pkg.parts:
        if name in reached or name in plan.dropped_parts:
            continue
        if name.lower().startswith("docprops/thumbnail"):
            plan.note(C.EMBEDDED, "Office:Thumbnail", "a thumbnail picture of the first page")
        elif "/_rels/" in "/" + name or name.endswith(".rels"):
            continue  # relationships of parts that are dropped anyway
        else:
            plan.note(C.OTHER, "Office:UnusedPart", "parts nothing in the document uses")


# --- inspecting and writing ---------------------------------------------------------------


def _run(
    source: Source,
    kind: Kind,
    nested: Nested,
    options: CleanOptions | None,
    out: BinaryIO | None = None,
) -> Report:
    """Inspect (no options) or clean into `out`: the same plan either way."""
    with zipdoc.damage_as_corrupt(*docxml.ERRORS), zipdoc.Package(source) as pkg:
        plan = _plan(pkg, kind, nested, options)
        col = plan.col
        col.findings.extend(pkg.layout.findings)
        members = _members(pkg, plan, nested, options)
        if out is None:
            for _ in members:
                pass
        else:
            zipdoc.write_package(out, members)
    plan.hidden.report(plan.note, plan.warnings, "Office:")
    if options is not None and plan.crops:
        plan.warnings.append(crop.removed_sentence(len(plan.crops)))
    for (cat, key, what), n in plan.counts.items():
        col.add(cat, key, f"{what} ({n})" if n > 1 else what)
    col.warnings.extend(plan.warnings)
    if kind.macro:
        col.add(C.SOFTWARE, "Office:Macros", "a macro-enabled document")
        if MACROS not in col.warnings:
            col.warnings.append(MACROS)
        col.warnings.append(Message("doc.saved_without_macros", ext=kind.out_ext))
    return col.report(kind.name)


def _members(
    pkg: zipdoc.Package, plan: Plan, nested: Nested, options: CleanOptions | None
) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of the cleaned package in its fixed order; findings go to the plan."""
    yield CT_PART, _content_types_xml(plan)
    names = {*plan.roles, *(_rels_name(s) for s, r in plan.rels.items() if r)}
    for name in zipdoc.iter_sorted(names, (PKG_RELS,)):
        if name.endswith(".rels") and name not in plan.roles:
            source = next(s for s in plan.rels if _rels_name(s) == name)
            yield name, _rels_xml(plan.rels[source])
            continue
        role = plan.roles[name]
        if role in ("package", "picture", "crop"):
            data = pkg.read(plan.crops[name][0] if role == "crop" else name)
            if role == "crop" and options is not None:
                data = crop.apply(data, plan.crops[name][1], options.jpeg_quality)
            what = zipdoc.DOCUMENT if role == "package" else zipdoc.PICTURE
            yield name, zipdoc.embedded(nested, data, options, plan.col, what, name)
            continue
        raw = pkg.read(name, zipdoc.MAX_XML)
        tree = plan.trees.pop(name, None) or docxml.parse_xml(raw, name)
        if role in ("core", "app"):
            rules.properties(tree, role, plan.note)
            yield name, rules.empty_properties(role)
            continue
        text = docxml.ascii_view(raw)
        rules.scrub(tree, text, plan.dropped_ids.get(name, set()), plan.note)
        _hidden_inside(tree.getroot(), name, text, plan)
        yield name, docxml.serialize(tree)


def _hidden_inside(root: etree._Element, name: str, text: bytes, plan: Plan) -> None:
    """Hidden text in a Word part; a workbook that lost hidden sheets is renumbered."""
    if b"vanish" in text:
        runs = ooxml_hidden.hidden_runs(root, plan.hidden.removes("text"))
        plan.hidden.add("text", runs)
    if plan.removed_sheets.get(name):
        removed = plan.removed_sheets[name]
        ooxml_hidden.renumber_sheets(root, removed, len(plan.sheets[name]) - len(removed))


# --- crops --------------------------------------------------------------------------------


def _crops(pkg: zipdoc.Package, plan: Plan) -> None:
    """Parts showing a picture cropped get their own picture, cut to what is shown."""
    pictures = {n for n, r in plan.roles.items() if r == "picture"}
    parsed: dict[str, list[crop.Use]] = {}
    targets: dict[str, dict[str, str]] = {}
    elsewhere: set[str] = set()
    for source, rels in plan.rels.items():
        shown = {r.id: n for r in rels if (n := _target(pkg, source, r)) in pictures}
        if not shown:
            continue
        raw = pkg.read(source, zipdoc.MAX_XML) if plan.roles.get(source) == "xml" else b""
        if not crops.has_crops(docxml.ascii_view(raw)):
            elsewhere |= set(shown.values())
            continue
        tree = docxml.parse_xml(raw, source)
        plan.trees[source] = tree
        parsed[source] = crops.uses(tree.getroot())
        targets[source] = shown
    if not parsed:
        return
    cp = crop.plan_variants(parsed, targets, elsewhere, set(pkg.parts))
    if cp.cropped:
        plan.note(crop.CROPPED[0], "Office:" + crop.CROPPED[1], crop.CROPPED[2], cp.cropped)
    for name, (source_picture, cut) in cp.variants.items():
        plan.roles[name] = "crop"
        plan.types[name] = plan.types[source_picture]
        plan.crops[name] = (source_picture, cut)
    for source, use, name in cp.assign:
        rid = use.el.get(use.attr, "")
        if targets[source].get(rid) != name:
            use.el.set(use.attr, _rel_to(plan, source, rid, name, targets[source]))
        crops.uncrop(use)


def _target(pkg: zipdoc.Package, source: str, rel: Rel) -> str | None:
    return None if rel.external else _find(pkg, _resolve(source, rel.target))


def _rel_to(plan: Plan, source: str, rid: str, name: str, shown: dict[str, str]) -> str:
    """The id of a relationship from `source` to the picture `name`, made if needed."""
    for other, target in shown.items():
        if target == name:
            return other
    rels = plan.rels[source]
    kind = next(r.type for r in rels if r.id == rid)
    ids = {r.id for r in rels}
    new = next(f"rIdCrop{n}" for n in range(1, len(ids) + 2) if f"rIdCrop{n}" not in ids)
    folder = posixpath.dirname(source)
    rels.append(Rel(new, kind, posixpath.relpath(name, folder or "."), False))
    shown[new] = name
    return new


def _content_types_xml(plan: Plan) -> bytes:
    root = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
    etree.SubElement(root, f"{{{CT_NS}}}Default", Extension="rels", ContentType=REL_CT)
    etree.SubElement(root, f"{{{CT_NS}}}Default", Extension="xml", ContentType="application/xml")
    for name in sorted(plan.types):
        etree.SubElement(
            root, f"{{{CT_NS}}}Override", PartName="/" + name, ContentType=plan.types[name]
        )
    return docxml.serialize(etree.ElementTree(root))


def _rels_xml(rels: list[Rel]) -> bytes:
    root = etree.Element(f"{{{REL_NS}}}Relationships", nsmap={None: REL_NS})
    for rel in rels:
        el = etree.SubElement(root, f"{{{REL_NS}}}Relationship", Id=rel.id, Type=rel.type)
        el.set("Target", rel.target)
        if rel.external:
            el.set("TargetMode", "External")
    return docxml.serialize(etree.ElementTree(root))
