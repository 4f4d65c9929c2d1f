"""PDF: walk every object reachable from the trailer; report, and optionally remove, what
identifies a person, a device, a time or the software, or hides other files or scripts.

One walker serves both inspect (fix=False) and clean (fix=True), so what clean removes
and what the re-check of its output looks for are the same list.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator

import pikepdf

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats import icc, pdf_images, pdf_inline, xmp
from scrubber.messages import Message
from scrubber.model import Category, Collector, display

C = Category
# A PDF is a graph of objects; a hostile one can make it huge.
MAX_OBJECTS = 500_000  # indirect objects in the cross-reference table
MAX_NODES = 5_000_000  # dictionaries, arrays and streams visited
MAX_DEPTH = 100  # direct nesting (qpdf's own parser stops at 500)
MAX_XMP = 4 << 20  # XMP decoded for display only
TOO_COMPLEX = Message("pdf.too_complex")

# Keys that go wherever they appear: (category, finding key, what it is).
ANYWHERE: dict[str, tuple[Category, str, str]] = {
    "/PieceInfo": (C.SOFTWARE, "PDF:PieceInfo", "private data of the program that made it"),
    "/LastModified": (C.TIME, "PDF:LastModified", "when a part was last changed"),
    "/AA": (C.OTHER, "PDF:AutoActions", "actions that run by themselves (may be scripts)"),
    "/JS": (C.OTHER, "PDF:JavaScript", "a script"),
    "/Thumb": (C.EMBEDDED, "PDF:Thumbnail", "a small picture of a page"),
    "/AF": (C.EMBEDDED, "PDF:AssociatedFiles", "files attached to a part of the document"),
    "/EF": (C.EMBEDDED, "PDF:EmbeddedFile", "an attached file"),
    "/OPI": (C.OTHER, "PDF:OPI", "where an original picture file was kept"),
    "/Alternates": (C.EMBEDDED, "PDF:AlternatePictures", "other versions of a picture"),
    "/CreatorInfo": (C.SOFTWARE, "PDF:CreatorInfo", "the program that made a layer"),
    "/Perms": (C.SOFTWARE, "PDF:UsageRights", "a usage-rights signature"),
    "/DSS": (C.PERSON, "PDF:SignatureData", "certificates of who signed it"),
    "/SpiderInfo": (C.OTHER, "PDF:WebCapture", "web addresses and times of a capture"),
    "/Collection": (C.EMBEDDED, "PDF:Portfolio", "a portfolio of attached files"),
    "/ExData": (C.OTHER, "PDF:ExternalData", "data from another program"),
    "/DPart": (C.OTHER, "PDF:DocumentPart", "data about a part of the document (may name people)"),
    "/DPartRoot": (
        C.OTHER,
        "PDF:DocumentPart",
        "data about parts of the document (may name people)",
    ),
    "/Author": (C.PERSON, "PDF:Author", "an author's name"),
    "/Producer": (C.SOFTWARE, "PDF:Producer", "the program that made it"),
    "/Creator": (C.SOFTWARE, "PDF:Creator", "the program that made it"),
    "/CreationDate": (C.TIME, "PDF:CreationDate", "when it was made"),
    "/ModDate": (C.TIME, "PDF:ModDate", "when it was changed"),
}
PRIVATE_PREFIXES = ("/PTEX.",)  # pdfTeX: file name and Info dict of an included figure

INFO: dict[str, Category] = {
    "/Author": C.PERSON,
    "/Creator": C.SOFTWARE,
    "/Producer": C.SOFTWARE,
    "/CreationDate": C.TIME,
    "/ModDate": C.TIME,
}

# Entries of the catalog's name dictionary that hold scripts, files or capture data.
NAMES: dict[str, tuple[Category, str, str]] = {
    "/JavaScript": (C.OTHER, "PDF:JavaScript", "scripts that run when it is opened"),
    "/EmbeddedFiles": (C.EMBEDDED, "PDF:EmbeddedFiles", "attached files"),
    "/IDS": (C.OTHER, "PDF:WebCapture", "web capture identifiers"),
    "/URLS": (C.OTHER, "PDF:WebCapture", "web addresses of a capture"),
    "/Renditions": (C.EMBEDDED, "PDF:Media", "media clips"),
    "/AlternatePresentations": (C.EMBEDDED, "PDF:Media", "a slide show"),
}

# The document catalog's entries in PDF 2.0 (ISO 32000-2, 7.7.2); others are private
# data of the program that made the file.
CATALOG_KEYS = {
    "/Type", "/Version", "/Extensions", "/Pages", "/PageLabels", "/Names", "/Dests",
    "/ViewerPreferences", "/PageLayout", "/PageMode", "/Outlines", "/Threads", "/OpenAction",
    "/AA", "/URI", "/AcroForm", "/Metadata", "/StructTreeRoot", "/MarkInfo", "/Lang",
    "/SpiderInfo", "/OutputIntents", "/PieceInfo", "/OCProperties", "/Perms", "/Legal",
    "/Requirements", "/Collection", "/NeedsRendering", "/DSS", "/AF", "/DPartRoot",
}  # fmt: skip
# Text in a tagged PDF's structure that describes a picture: a path or a camera's file
# name there tells whose computer or phone made it.
DESCRIPTIONS = ("/Alt", "/E", "/T")
PATH_OR_FILE = re.compile(
    r"[A-Za-z]:[\\/]|\\\\\w|file:|~/|/(?:home|Users|var|tmp|mnt|media|private|Volumes)/"
    r"|\b[\w\-() ]+\.(?:jpe?g|png|heic|heif|gif|tiff?|webp|bmp|dng|raw|cr2|cr3|nef|arw|orf"
    r"|mov|mp4|m4v|avi|docx?|xlsx?|pptx?|odt|pdf)\b",
    re.I,
)
# Links that open a file on the author's computer or network, not a web page.
LOCAL_URI = re.compile(r"\s*(?:file:|smb:|afp:|nfs:|\\\\|[A-Za-z]:[\\/]|/|~/)", re.I)
# Output conditions named in the ICC's registry, which say nothing about who made it.
REGISTRY_CONDITION = re.compile(r"(?:FOGRA|CGATS TR ?|JC|IFRA|GRACoL|SWOP|CRPC)\d{0,4}[\w.]*", re.I)
NEUTRAL_PROFILE = "Colour profile"

TRAILER_KEYS = {
    "/Root", "/Size", "/ID", "/Info", "/Encrypt", "/Prev", "/XRefStm",
    "/Type", "/W", "/Index", "/Filter", "/DecodeParms", "/Length",
}  # fmt: skip

# Actions that only move within the document or open a web address the reader can see.
SAFE_ACTIONS = {
    "/GoTo", "/URI", "/Named", "/Thread", "/SubmitForm", "/ResetForm",
    "/Hide", "/SetOCGState", "/Trans", "/GoTo3DView",
}  # fmt: skip
# Actions found anywhere: the same name as a structure type or soft mask never clashes.
BAD_ACTIONS = {
    "/JavaScript", "/Launch", "/ImportData", "/GoToE", "/Rendition", "/RichMediaExecute",
    "/Sound", "/Movie", "/GoToR",
}  # fmt: skip
ACTION_KEYS = ("/A", "/OpenAction", "/Next")

ANNOTATIONS = {
    "/Text", "/Link", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine",
    "/Highlight", "/Underline", "/Squiggly", "/StrikeOut", "/Stamp", "/Caret", "/Ink",
    "/Popup", "/FileAttachment", "/Sound", "/Movie", "/Widget", "/Screen", "/PrinterMark",
    "/TrapNet", "/Watermark", "/3D", "/Redact", "/RichMedia", "/Projection",
}  # fmt: skip
# Annotations that carry a file, recording or clip: removed whole.
MEDIA_ANNOTATIONS = {
    "/FileAttachment": "an attached file",
    "/Sound": "a sound recording",
    "/Movie": "a video clip",
    "/Screen": "a media clip",
    "/RichMedia": "a media clip",
    "/3D": "a 3D model",
}
# Keys of comments and other annotations (not form fields, whose /T is the field name).
ANNOTATION_KEYS: dict[str, tuple[Category, str, str]] = {
    "/T": (C.PERSON, "PDF:CommentAuthor", "who wrote a comment"),
    "/M": (C.TIME, "PDF:CommentDate", "when a comment was changed"),
    "/CreationDate": (C.TIME, "PDF:CommentDate", "when a comment was made"),
    "/NM": (C.SOFTWARE, "PDF:CommentID", "an identifier of a comment"),
}

Node = pikepdf.Object
REPORTED = (C.OTHER, "", "")  # a reason to remove whose findings were added already


class Walker:
    """Visits every dictionary, array and stream once; records findings in `col`."""

    def __init__(self, pdf: pikepdf.Pdf, col: Collector, fix: bool, keep_icc: bool) -> None:
        self.pdf, self.col, self.fix, self.keep_icc = pdf, col, fix, keep_icc
        self.seen: set[tuple[int, int]] = set()
        self.nodes = 0
        self._said: set[tuple[str, str]] = set()
        self.contents: set[tuple[int, int]] = set()  # page content streams
        self._profiles: set[tuple[int, int]] = set()  # colour profiles checked

    def run(self) -> None:
        trailer = self.pdf.trailer
        for key in list(trailer.keys()):
            if key == "/Info":
                self._info(trailer)
            elif key not in TRAILER_KEYS:
                self._found(C.OTHER, "PDF:Trailer", f"extra entry {key} in the file's trailer")
                if self.fix:
                    del trailer[key]
        root = trailer.get("/Root")
        if not isinstance(root, pikepdf.Dictionary):
            raise CorruptFile("this PDF is damaged (it has no document catalog)")
        if root.is_indirect:
            self.seen.add(root.objgen)
        for page in self.pdf.pages:
            contents = page.obj.get("/Contents")
            for part in contents if isinstance(contents, pikepdf.Array) else [contents]:
                if isinstance(part, pikepdf.Stream):
                    self.contents.add(part.objgen)
        self._catalog(root)
        stack: list[tuple[Node, int]] = [(root, 0)]
        while stack:
            obj, depth = stack.pop()
            stack.extend(self._visit(obj, depth))

    # --- reporting ------------------------------------------------------------------------

    def _found(self, cat: Category, key: str, value: object) -> None:
        if not key:  # REPORTED: the details are in already
            return
        text = display(value)
        if (key, text) not in self._said:  # one line per kind, not one per page
            self._said.add((key, text))
            self.col.add(cat, key, text)

    def _drop(self, d: Node, key: str, rule: tuple[Category, str, str]) -> None:
        cat, name, what = rule
        value = d.get(key)
        shown = str(value) if isinstance(value, pikepdf.String) else what
        self._found(cat, name, shown)
        if self.fix:
            del d[key]

    # --- special places -------------------------------------------------------------------

    def _info(self, trailer: Node) -> None:
        info = trailer.get("/Info")
        if isinstance(info, pikepdf.Dictionary):
            if info.is_indirect:
                self.seen.add(info.objgen)
            for key, value in info.items():
                shown = str(value) if isinstance(value, pikepdf.String) else _text(value)[:80]
                self._found(INFO.get(key, C.OTHER), f"PDF:{key[1:]}", shown)
        if self.fix:
            del trailer["/Info"]

    def _catalog(self, root: Node) -> None:
        for key in list(root.keys()):
            if key not in CATALOG_KEYS:
                self._found(
                    C.OTHER, "PDF:PrivateCatalog", f"private data {key} of the program that made it"
                )
                if self.fix:
                    del root[key]
        base = root.get("/URI")
        if isinstance(base, pikepdf.Dictionary) and _local_link(base.get("/Base")):
            self._drop(
                base, "/Base", (C.PERSON, "PDF:LocalLink", "a folder on the author's computer")
            )
        names = root.get("/Names")
        if isinstance(names, pikepdf.Dictionary):
            for key, rule in NAMES.items():
                if key in names:
                    self._drop(names, key, rule)
        action = root.get("/OpenAction")
        if isinstance(action, pikepdf.Dictionary) and _bad_action(action):
            self._found(C.OTHER, "PDF:OpenAction", "an action run when it is opened")
            if self.fix:
                del root["/OpenAction"]
        form = root.get("/AcroForm")
        if isinstance(form, pikepdf.Dictionary) and "/XFA" in form:
            self._found(C.OTHER, "PDF:XFA", "an XML form layer (may hold data and scripts)")
            if self.fix:
                del form["/XFA"]
                if "/NeedsRendering" in root:
                    del root["/NeedsRendering"]
                self.col.warnings.append(Message("pdf.form_xml"))
        threads = root.get("/Threads")
        if isinstance(threads, pikepdf.Array):
            for thread in threads:
                if isinstance(thread, pikepdf.Dictionary) and "/I" in thread:
                    self._drop(thread, "/I", (C.PERSON, "PDF:ArticleInfo", "article details"))

    # --- the walk -------------------------------------------------------------------------

    def _visit(self, obj: Node, depth: int) -> Iterator[tuple[Node, int]]:
        """Check one container; yield the containers it refers to."""
        self.nodes += 1
        if self.nodes > MAX_NODES or depth > MAX_DEPTH:
            raise CleaningRefused(TOO_COMPLEX)
        if isinstance(obj, pikepdf.Array):
            yield from self._array(obj, depth)
            return
        if isinstance(obj, pikepdf.Stream):
            self._stream(obj)
        self._dict(obj)
        # items(), not get(key): a key that is not UTF-8 comes back as a str get() refuses.
        for key, value in list(obj.items()):
            if value is None or not _container(value):
                continue
            reason = self._forbidden(value)
            if reason is not None:
                self._found(*reason)
                if self.fix:
                    del obj[key]
                    continue
            yield from self._child(value, depth)

    def _array(self, arr: Node, depth: int) -> Iterator[tuple[Node, int]]:
        if len(arr) == 2 and arr[0] == "/ICCBased" and isinstance(arr[1], pikepdf.Stream):
            self._icc(arr[1])
        gone = []
        for i, value in enumerate(arr):
            if not _container(value):
                continue
            reason = self._forbidden(value)
            if reason is not None:
                self._found(*reason)
                if self.fix:
                    gone.append(i)
                    continue
            yield from self._child(value, depth)
        for i in reversed(gone):
            del arr[i]

    def _child(self, value: Node, depth: int) -> Iterator[tuple[Node, int]]:
        if value.is_indirect:
            og = value.objgen
            if og in self.seen:
                return
            self.seen.add(og)
            yield value, 0
        else:
            yield value, depth + 1

    def _forbidden(self, obj: Node) -> tuple[Category, str, str] | None:
        """Why a referenced object must go (its reference is removed), or None."""
        if isinstance(obj, pikepdf.Stream):
            kind, sub = obj.get("/Type"), obj.get("/Subtype")
            if kind == "/Metadata" or sub == "/XML":
                self._xmp(obj)
                return REPORTED
            if kind == "/EmbeddedFile":
                return (C.EMBEDDED, "PDF:EmbeddedFile", "an attached file")
            return None
        if not isinstance(obj, pikepdf.Dictionary):
            return None
        sub = obj.get("/Subtype")
        if sub is not None and _text(sub) in MEDIA_ANNOTATIONS and "/Rect" in obj:
            return (C.EMBEDDED, f"PDF:{_text(sub)[1:]}", MEDIA_ANNOTATIONS[_text(sub)])
        if obj.get("/Type") in ("/Sig", "/DocTimeStamp") or (
            "/ByteRange" in obj and "/Contents" in obj
        ):
            if self.fix:
                self.col.warnings.append(Message("pdf.signature"))
            return (C.PERSON, "PDF:Signature", "a digital signature (names the signer)")
        if "/EF" in obj:
            return (C.EMBEDDED, "PDF:EmbeddedFile", _file_name(obj))
        if _bad_action(obj):
            return _action_finding(obj)
        return None

    def _dict(self, d: Node) -> None:
        for key in list(d.keys()):
            rule = ANYWHERE.get(key)
            if rule is not None:
                self._drop(d, key, rule)
            elif key.startswith(PRIVATE_PREFIXES):
                self._drop(d, key, (C.OTHER, "PDF:Private", "the file name of an included figure"))
            elif key == "/Metadata":
                meta = d.get(key)
                if isinstance(meta, pikepdf.Stream):
                    self._xmp(meta)
                else:
                    self._found(C.OTHER, "PDF:XMP", "XMP metadata")
                if self.fix:
                    del d[key]
        for key in ACTION_KEYS:
            value = d.get(key)
            if isinstance(value, pikepdf.Dictionary) and _bad_action(value, strict=True):
                finding = _action_finding(value)
                if finding[1] != "PDF:LocalLink":
                    finding = (C.OTHER, "PDF:Action", "an action (may be a script)")
                self._found(*finding)
                if self.fix:
                    del d[key]
        if isinstance(d.get("/Info"), pikepdf.Dictionary):
            self._drop(d, "/Info", (C.PERSON, "PDF:PartInfo", "who made a part of it, and when"))
        self._descriptions(d)
        profile = d.get("/DestOutputProfile")
        if isinstance(profile, pikepdf.Stream) or d.get("/Type") == "/OutputIntent":
            self._output_intent(d, profile)
        kind = d.get("/Type")
        if kind == "/Page" and "/ID" in d:
            self._drop(d, "/ID", (C.OTHER, "PDF:WebCapture", "a web capture identifier"))
        sub = d.get("/Subtype")
        if sub is not None and _text(sub) in ANNOTATIONS and "/Rect" in d:
            for key, rule in ANNOTATION_KEYS.items():
                if key in d and (key != "/T" or sub != "/Widget"):
                    self._drop(d, key, rule)

    def _descriptions(self, d: Node) -> None:
        """Picture descriptions (/Alt) and structure titles that hold a path or file name."""
        element = "/S" in d and "/P" in d
        for key in DESCRIPTIONS:
            value = d.get(key) if key == "/Alt" or element else None
            if isinstance(value, pikepdf.String) and PATH_OR_FILE.search(_string(value)):
                self._found(C.PERSON, "PDF:PictureDescription", _string(value))
                if self.fix:
                    d[key] = pikepdf.String("")

    def _icc(self, stream: pikepdf.Stream) -> str:
        """Rebuild a colour profile from its numbers; return its (new) description."""
        what = pdf_images.Part.PROFILE
        data = pdf_images.undo_filters(stream.read_raw_bytes(), pdf_images.filters(stream), what)
        if data is None:
            raise CleaningRefused(Message("pdf.profile_unchecked"))
        rebuilt = icc.icc_numbers_only(data, NEUTRAL_PROFILE)
        if rebuilt is None:
            raise CorruptFile(f"{what} is damaged")
        if rebuilt != data and stream.objgen not in self._profiles:
            name = icc.icc_description(data) or "unnamed"
            self._found(C.DEVICE, "PDF:ColourProfile", f"{name} (its maker, device and text go)")
            if self.fix:
                stream.write(rebuilt)
        if stream.is_indirect:
            self._profiles.add(stream.objgen)
        return icc.icc_description(rebuilt)

    def _output_intent(self, d: Node, profile: object) -> None:
        """The printing condition a PDF/A or PDF/X file declares, without free text."""
        name = self._icc(profile) if isinstance(profile, pikepdf.Stream) else ""
        standard = name.lower() in icc.STANDARD_ICC
        rule = (C.DEVICE, "PDF:OutputIntent", "")
        for key in ("/OutputCondition", "/Info", "/OutputConditionIdentifier", "/RegistryName"):
            value = d.get(key)
            if not isinstance(value, pikepdf.String):
                continue
            text = _string(value)
            if key == "/RegistryName":
                fine = text.rstrip("/").split("://")[-1] == "www.color.org"
            elif key == "/OutputConditionIdentifier":
                fine = text.lower() in icc.STANDARD_ICC or bool(
                    text == "Custom" or REGISTRY_CONDITION.fullmatch(text)
                )
            else:
                fine = text == name and (standard or name == NEUTRAL_PROFILE)
            if fine:
                continue
            self._found(rule[0], rule[1], text)
            if not self.fix:
                continue
            if key == "/OutputConditionIdentifier":
                d[key] = pikepdf.String("Custom")
            elif key == "/Info":
                d[key] = pikepdf.String(name or NEUTRAL_PROFILE)
            else:
                del d[key]

    def _stream(self, s: pikepdf.Stream) -> None:
        codec = pdf_images.image_codec(s)
        sub = Collector()
        if codec is not None:
            pdf_images.check_picture(s, codec, sub, self.fix, self.keep_icc)
        elif s.objgen in self.contents or pdf_inline.is_content(s):
            pdf_inline.check_content(s, sub, self.fix, self.keep_icc)
        self._merge(sub)

    def _xmp(self, stream: pikepdf.Stream) -> None:
        sub = Collector()
        xmp.xmp_findings(sub, _xmp_bytes(stream), "XMP")
        self._merge(sub)

    def _merge(self, sub: Collector) -> None:
        for f in sub.findings:
            self._found(f.category, f.key, f.value)
        for k in sub.kept:
            if k not in self.col.kept:
                self.col.kept.append(k)
        for w in sub.warnings:
            if w not in self.col.warnings:
                self.col.warnings.append(w)


def reachable(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    """Every indirect object the trailer leads to: what a full rewrite keeps.

    Numbers, names and strings count as much as dictionaries: producers store a stream's
    /Length, a colour space name or a licence URL as objects of their own.
    """
    seen: set[tuple[int, int]] = set()
    # Apart from `seen`: a container found here must still be walked when met below.
    numbers: set[tuple[int, int]] = set()
    stack: list[Node] = [pdf.trailer]
    nodes = 0
    while stack:
        obj = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise CleaningRefused(TOO_COMPLEX)
        numbers.update(_scalar_refs(obj))
        values = obj if isinstance(obj, pikepdf.Array) else (v for _, v in obj.items())
        for value in values:
            if not isinstance(value, pikepdf.Object):
                continue  # a number, true/false or null: see _scalar_refs
            if value.is_indirect:
                if value.objgen in seen:
                    continue
                seen.add(value.objgen)
            if _container(value):
                stack.append(value)
    return seen | numbers


REF = re.compile(r"(\d+) (\d+) R")


def _scalar_refs(obj: Node) -> Iterator[tuple[int, int]]:
    """Indirect numbers, booleans and nulls a container refers to. pikepdf hands their
    values over as plain Python values, which lose where they came from."""
    if isinstance(obj, pikepdf.Array):
        if not any(not isinstance(v, pikepdf.Object) for v in obj):
            return
        yield from _json_refs(obj)
        return
    for key, value in obj.items():
        if isinstance(value, pikepdf.Object):
            continue
        try:
            raw = obj.get_raw(key)
        except (TypeError, ValueError):  # a key that is not UTF-8: pikepdf cannot look it up
            yield from _json_refs(obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj)
            return
        if isinstance(raw, pikepdf.Object) and raw.is_indirect:
            yield raw.objgen


def _json_refs(obj: Node) -> Iterator[tuple[int, int]]:
    """Every reference an array or dictionary holds directly, read from qpdf's JSON,
    which tells a reference ("5 0 R") from a string ("u:5 0 R")."""
    if b" R" not in obj.unparse(resolved=True):  # quick: no reference at all
        return
    # dereference: the object itself, not the reference to it; what it holds stays as is.
    parsed = json.loads(obj.to_json(dereference=True, schema_version=2))
    for item in parsed if isinstance(parsed, list) else parsed.values():
        m = REF.fullmatch(item) if isinstance(item, str) else None
        if m:
            yield int(m[1]), int(m[2])


def _container(obj: Node) -> bool:
    return isinstance(obj, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream))


_text = pdf_images.name_text


def _bad_action(d: Node, strict: bool = False) -> bool:
    """An action that is not known to be harmless. `strict` where `d` is surely an action
    (the value of /A, /OpenAction, /Next); elsewhere /S also names structure types."""
    s = d.get("/S")
    if s is None or not isinstance(s, pikepdf.Name):
        return False
    name = _text(s)
    if name in BAD_ACTIONS:
        return True
    if name == "/URI" and _local_link(d.get("/URI")):
        return True
    surely = strict or d.get("/Type") == "/Action"
    return surely and name not in SAFE_ACTIONS


def _string(value: pikepdf.String) -> str:
    try:
        return str(value)
    except UnicodeDecodeError:
        return bytes(value).decode("latin-1")


def _local_link(value: object) -> bool:
    return isinstance(value, pikepdf.String) and bool(LOCAL_URI.match(_string(value)))


def _action_finding(action: Node) -> tuple[Category, str, str]:
    kind = _text(action["/S"])
    if kind in ("/URI", "/GoToR", "/Launch", "/GoToE"):
        target = action.get("/URI") if kind == "/URI" else action.get("/F")
        if isinstance(target, pikepdf.Dictionary):
            target = target.get("/UF") or target.get("/F")
        shown = _string(target) if isinstance(target, pikepdf.String) else "another file"
        return (C.PERSON, "PDF:LocalLink", f"a link to a file on the author's computer: {shown}")
    return (C.OTHER, f"PDF:{kind[1:]}Action", "an action (may be a script)")


def _file_name(spec: Node) -> str:
    for key in ("/UF", "/F"):
        value = spec.get(key)
        if isinstance(value, pikepdf.String):
            return f"an attached file: {value}"
    return "an attached file"


def _xmp_bytes(stream: pikepdf.Stream) -> bytes:
    """The start of an XMP stream, decoded with a cap (for display only)."""
    chain = pdf_images.filters(stream)
    raw = stream.read_raw_bytes()
    if not chain:
        return raw[:MAX_XMP]
    if chain == ["/FlateDecode"]:
        try:
            return zlib.decompressobj().decompress(raw, MAX_XMP)
        except zlib.error:
            return b""
    return b""
