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
from scrubber.formats import metadata, pdf_images, pdf_inline
from scrubber.model import Category, Collector, display

C = Category
# A PDF is a graph of objects; a hostile one can make it huge.
MAX_OBJECTS = 500_000  # indirect objects in the cross-reference table
MAX_NODES = 5_000_000  # dictionaries, arrays and streams visited
MAX_DEPTH = 100  # direct nesting (qpdf's own parser stops at 500)
MAX_XMP = 4 << 20  # XMP decoded for display only

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

TRAILER_KEYS = {
    "/Root", "/Size", "/ID", "/Info", "/Encrypt", "/Prev", "/XRefStm",
    "/Type", "/W", "/Index", "/Filter", "/DecodeParms", "/Length",
}  # fmt: skip

# Actions that only move within the document or open a web address the reader can see.
SAFE_ACTIONS = {
    "/GoTo", "/GoToR", "/URI", "/Named", "/Thread", "/SubmitForm", "/ResetForm",
    "/Hide", "/SetOCGState", "/Trans", "/GoTo3DView",
}  # fmt: skip
# Actions found anywhere: the same name as a structure type or soft mask never clashes.
BAD_ACTIONS = {
    "/JavaScript", "/Launch", "/ImportData", "/GoToE", "/Rendition", "/RichMediaExecute",
    "/Sound", "/Movie",
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
                self.col.warnings.append("the form's XML layer was removed")
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
            raise CleaningRefused("this PDF is too complex to check safely")
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
                self.col.warnings.append("a digital signature was removed")
            return (C.PERSON, "PDF:Signature", "a digital signature (names the signer)")
        if "/EF" in obj:
            return (C.EMBEDDED, "PDF:EmbeddedFile", _file_name(obj))
        if _bad_action(obj):
            return (C.OTHER, f"PDF:{_text(obj['/S'])[1:]}Action", "an action (may be a script)")
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
                self._found(C.OTHER, "PDF:Action", "an action (may be a script)")
                if self.fix:
                    del d[key]
        kind = d.get("/Type")
        if kind == "/Page" and "/ID" in d:
            self._drop(d, "/ID", (C.OTHER, "PDF:WebCapture", "a web capture identifier"))
        sub = d.get("/Subtype")
        if sub is not None and _text(sub) in ANNOTATIONS and "/Rect" in d:
            for key, rule in ANNOTATION_KEYS.items():
                if key in d and (key != "/T" or sub != "/Widget"):
                    self._drop(d, key, rule)

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
        metadata.xmp_findings(sub, _xmp_bytes(stream), "XMP")
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
    stack: list[Node] = [pdf.trailer]
    nodes = 0
    while stack:
        obj = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise CleaningRefused("this PDF is too complex to check safely")
        for og in _scalar_refs(obj):
            seen.add(og)
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
    return seen


REF = re.compile(r"(\d+) (\d+) R")


def _scalar_refs(obj: Node) -> Iterator[tuple[int, int]]:
    """Indirect numbers, booleans and nulls a container refers to. pikepdf hands their
    values over as plain Python values, which lose where they came from."""
    if isinstance(obj, pikepdf.Array):
        if not any(not isinstance(v, pikepdf.Object) for v in obj):
            return
        if b" R" not in obj.unparse():  # quick: no reference at all
            return
        # qpdf's JSON tells a reference ("5 0 R") from a string ("u:5 0 R").
        for item in json.loads(obj.to_json(dereference=False, schema_version=2)):
            m = REF.fullmatch(item) if isinstance(item, str) else None
            if m:
                yield int(m[1]), int(m[2])
        return
    for key, value in obj.items():
        if isinstance(value, pikepdf.Object):
            continue
        raw = obj.get_raw(key)
        if isinstance(raw, pikepdf.Object) and raw.is_indirect:
            yield raw.objgen


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
    surely = strict or d.get("/Type") == "/Action"
    return surely and name not in SAFE_ACTIONS


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
