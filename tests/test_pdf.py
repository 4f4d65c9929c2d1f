"""PDF: a full rewrite that keeps what the document shows and drops what identifies.

Judged three ways: the canary in the raw bytes and in every decoded stream, ExifTool
(with -ee, which also reads the embedded pictures), and pikepdf reading the structure.
"""

from __future__ import annotations

import io
import json
import re
import struct
import zlib
from pathlib import Path

import pikepdf
import pytest
from factories import (
    LOCKED_PDF,
    PDF_LINK,
    PDF_TEXT,
    assert_failed_without_output,
    attachments_locked_pdf,
    clean_to,
    clipped_photo_pdf,
    crop_photo,
    custom_icc,
    dirty_jpeg,
    dirty_pdf,
    has_crop_canary,
    hidden_content_pdf,
    indirect_values_pdf,
    libreoffice_cropped_pdf,
    libreoffice_tagged_pdf,
    locked_pdf,
    paths_and_profiles_pdf,
    pattern,
    run_cli,
)
from oracle import CANARY, canary_in_bytes, leaks
from pikepdf import Array, Dictionary, Name
from PIL import Image

from scrubber import Category, CleanOptions, Outcome, clean, inspect
from scrubber.formats import pdf_images, pdf_walk
from scrubber.messages import Message

pytestmark = pytest.mark.exiftool

# What ExifTool says about any PDF and the pictures in it: structure, not content.
PDF_STRUCTURE = {
    "PDF:PDFVersion",
    "PDF:Linearized",
    "PDF:PageCount",
    "PDF:EmbeddedImage",
    "PDF:EmbeddedImageColorSpace",
    "PDF:EmbeddedImageFilter",
    "PDF:EmbeddedImageWidth",
    "PDF:EmbeddedImageHeight",
    "PDF:HasXFA",
    "PDF:TaggedPDF",  # has a structure for screen readers
    "PDF:Language",  # the catalog's /Lang: screen readers need it
    # JPEG 2000 pictures: how to decode the colours.
    "Jpeg2000:NumberOfComponents",
    "Jpeg2000:BitsPerComponent",
    "Jpeg2000:ColorSpecMethod",
    "Jpeg2000:ColorSpecPrecedence",
    "Jpeg2000:ColorSpecApproximation",
    "Jpeg2000:ColorSpace",
}
PASSWORD = "this PDF asks for a password to open it; remove the password first"


def pdf_leaks(path: Path) -> dict[str, object]:
    return {k: v for k, v in leaks(path).items() if k not in PDF_STRUCTURE}


def canary_in_streams(path: Path) -> list[tuple[int, int]]:
    """Objects whose decoded stream data holds the canary (object streams included)."""
    found = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    data = obj.read_bytes()
                except pikepdf.PdfError:  # a picture codec qpdf does not decode
                    data = obj.read_raw_bytes()
                if any(CANARY.encode(e) in data for e in ("utf-8", "utf-16-be", "utf-16-le")):
                    found.append(obj.objgen)
    return found


def assert_pdf_clean(path: Path, exiftool_warning: str = "") -> None:
    assert not canary_in_bytes(path), "a canary survived in the raw bytes"
    assert not canary_in_streams(path), "a canary survived in a decoded stream"
    left = pdf_leaks(path)
    if exiftool_warning and left.get("ExifTool:Warning") == exiftool_warning:
        del left["ExifTool:Warning"]
    assert not left, f"ExifTool still sees: {left}"


@pytest.fixture(scope="module")
def dirty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return dirty_pdf(tmp_path_factory.mktemp("pdf") / "flyer.pdf")


def test_dirty_flyer_loses_every_identifying_part(dirty: Path, tmp_path: Path) -> None:
    # The fixture really is dirty, for all three judges.
    assert canary_in_bytes(dirty) and canary_in_streams(dirty) and pdf_leaks(dirty)
    assert {f.category for f in inspect(dirty).findings} == set(Category)

    result = clean(dirty, tmp_path / "out" / "flyer.pdf")

    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_pdf_clean(result.output)
    keys = {f.key for f in result.removed}
    assert {"PDF:Author", "PDF:EarlierVersions", "PDF:ID", "EXIF:GPSLatitude"} <= keys


def test_pages_text_links_and_comments_stay(dirty: Path, tmp_path: Path) -> None:
    out = clean_to(dirty, tmp_path)
    with pikepdf.open(dirty) as a, pikepdf.open(out) as b:
        assert len(a.pages) == len(b.pages) == 2
        for pa, pb in zip(a.pages, b.pages, strict=True):
            assert pa.Contents.read_bytes() == pb.Contents.read_bytes()
            assert pa.MediaBox == pb.MediaBox
            assert pa.Resources.Font.F1.BaseFont == pb.Resources.Font.F1.BaseFont
        assert PDF_TEXT in b.pages[1].Contents.read_bytes()  # the selectable text
        annots = {str(x.Subtype): x for x in b.pages[0].Annots}
        assert set(annots) == {"/Text", "/Link"}  # the file attachment went
        assert str(annots["/Link"].A.URI) == PDF_LINK
        note = annots["/Text"]
        assert str(note.Contents) == "Remember the flyer"
        assert not {"/T", "/M", "/CreationDate", "/NM"} & set(note.keys())


def test_embedded_photo_is_cleaned_losslessly(dirty: Path, tmp_path: Path) -> None:
    out = clean_to(dirty, tmp_path)
    with pikepdf.open(dirty) as a, pikepdf.open(out) as b:
        before = a.pages[0].Resources.XObject.Im0.read_raw_bytes()
        after = b.pages[0].Resources.XObject.Im0.read_raw_bytes()
    assert b"Exif" in before and b"Exif" not in after
    assert b"http://ns.adobe.com" not in after
    # The scan data is copied: the same pixels.
    assert before[before.rindex(b"\xff\xda") :] == after[after.rindex(b"\xff\xda") :]
    with Image.open(io.BytesIO(before)) as x, Image.open(io.BytesIO(after)) as y:
        assert x.tobytes() == y.tobytes()


def test_structure_holds_no_hidden_parts(dirty: Path, tmp_path: Path) -> None:
    out = clean_to(dirty, tmp_path)
    banned = {"/Metadata", "/PieceInfo", "/Thumb", "/AA", "/JS", "/EF", "/AF", "/LastModified"}
    with pikepdf.open(out) as pdf:
        assert "/Info" not in pdf.trailer
        assert "/OpenAction" not in pdf.Root
        assert "/JavaScript" not in pdf.Root.get("/Names", Dictionary())
        assert len(pdf.attachments) == 0
        for obj in pdf.objects:
            if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
                assert not banned & set(obj.keys()), obj.objgen


def test_earlier_revision_holding_the_first_author_is_gone(dirty: Path, tmp_path: Path) -> None:
    raw = dirty.read_bytes()
    assert raw.count(b"%%EOF") == 2  # ExifTool appended an update...
    assert f"{CANARY}-original-author".encode() in raw  # ...and the first author stayed
    with pikepdf.open(dirty) as pdf:
        assert str(pdf.docinfo.Author) == "Someone Else"  # readers only show the update
    assert "PDF:EarlierVersions" in {f.key for f in inspect(dirty).findings}

    out = clean_to(dirty, tmp_path).read_bytes()
    assert out.count(b"%%EOF") == 1 and out.count(b"startxref") == 1
    assert b"original-author" not in out and b"Someone Else" not in out


def test_document_id_is_new_and_random_each_time(dirty: Path, tmp_path: Path) -> None:
    def ids(path: Path) -> set[bytes]:
        with pikepdf.open(path) as pdf:
            return {bytes(x) for x in pdf.trailer.ID}

    first = clean(dirty, tmp_path / "a" / "f.pdf").output
    second = clean(dirty, tmp_path / "b" / "f.pdf").output
    assert first and second
    assert not ids(first) & ids(dirty)
    assert not ids(first) & ids(second)
    assert len(ids(first)) == 2  # both elements random, not one copied from the other


def test_second_clean_only_replaces_the_id(dirty: Path, tmp_path: Path) -> None:
    once = clean_to(dirty, tmp_path)
    again = clean(once, tmp_path / "again" / "f.pdf")
    assert again.outcome is Outcome.CLEANED
    assert [f.key for f in again.removed] == ["PDF:ID"]


def test_pdf_that_asks_for_a_password_is_refused(tmp_path: Path) -> None:
    src = locked_pdf(tmp_path / "locked.pdf", user="secret")
    assert assert_failed_without_output(src, tmp_path) == PASSWORD
    assert clean(src, tmp_path / "o.pdf").outcome is Outcome.REFUSED


def test_pdf_locked_only_against_copying_is_cleaned_and_unlocked(tmp_path: Path) -> None:
    src = locked_pdf(tmp_path / "locked.pdf", user="")
    with pikepdf.open(src) as pdf:  # opens without a password, but is locked
        assert pdf.is_encrypted and not pdf.allow.extract and not pdf.allow.print_highres
    result = clean(src, tmp_path / "out" / "locked.pdf")
    assert result.outcome is Outcome.CLEANED and result.output, result.error
    assert any("opens without a password" in w for w in result.warnings)
    assert "PDF:Lock" in {f.key for f in result.removed}
    assert_pdf_clean(result.output)
    with pikepdf.open(result.output) as pdf:
        assert not pdf.is_encrypted and "/Encrypt" not in pdf.trailer
        assert pdf.pages[0].Contents.read_bytes() == PDF_TEXT


def test_pdf_with_only_its_attachments_locked_is_cleaned(tmp_path: Path) -> None:
    src = attachments_locked_pdf(tmp_path / "attached.pdf")
    with pytest.raises(pikepdf.PasswordError):  # qpdf alone refuses it
        pikepdf.open(src)
    assert canary_in_bytes(src)
    result = clean(src, tmp_path / "out" / "attached.pdf")
    assert result.outcome is Outcome.CLEANED and result.output, result.error
    assert any("attached files are locked" in w for w in result.warnings)
    assert_pdf_clean(result.output)
    with pikepdf.open(result.output) as pdf:
        assert not pdf.is_encrypted and len(pdf.attachments) == 0
        assert pdf.pages[0].Contents.read_bytes() == b"0 0 1 rg 72 72 200 100 re f"


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_cut_off_pdf_fails_with_a_clear_message_and_no_output(
    dirty: Path, tmp_path: Path, keep: float
) -> None:
    data = dirty.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: int(len(data) * keep)])
    message = assert_failed_without_output(cut, tmp_path)
    assert "damaged" in message and "\n" not in message
    assert clean(cut, tmp_path / "o.pdf").outcome is Outcome.FAILED


def test_garbage_named_pdf_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert "damaged" in assert_failed_without_output(bad, tmp_path)


def test_command_line_cleans_a_pdf(dirty: Path, tmp_path: Path) -> None:
    proc = run_cli("clean", dirty, "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "out" / dirty.name
    assert out.exists()
    assert_pdf_clean(out)


# --- the re-check reads the structure itself -------------------------------------------------


def _xmp(pdf: pikepdf.Pdf, who: str) -> pikepdf.Stream:
    text = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{who}</dc:creator></x:xmpmeta>'
    return pdf.make_stream(text.encode(), Type=Name.Metadata, Subtype=Name.XML)


def odd_places_pdf(path: Path) -> Path:
    """Metadata where a careless cleaner does not look: a font descriptor, a form
    XObject, an XMP stream under a private key, a signature, a pdfTeX figure name."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    descriptor = Dictionary(Type=Name.FontDescriptor, FontName=Name.Helvetica)
    descriptor.Metadata = _xmp(pdf, f"{CANARY}-font")
    font = Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica, FontDescriptor=descriptor
    )
    form = pdf.make_stream(b"0 0 10 10 re f", Type=Name.XObject, Subtype=Name.Form)
    form.BBox = [0, 0, 10, 10]
    form.Metadata = _xmp(pdf, f"{CANARY}-form")
    form["/PTEX.FileName"] = f"/home/{CANARY}/figure.pdf"
    page.Resources = Dictionary(Font=Dictionary(F1=font), XObject=Dictionary(Fm0=form))
    page.Contents = pdf.make_stream(b"/Fm0 Do")
    page.obj["/Private"] = Dictionary(Where=_xmp(pdf, f"{CANARY}-private"))
    signature = Dictionary(
        Type=Name.Sig,
        Name=f"{CANARY}-signer",
        M="D:20240101",
        ByteRange=[0, 0, 0, 0],
        Contents=pikepdf.String(b"\x00" * 8),
    )
    field = pdf.make_indirect(
        Dictionary(FT=Name.Sig, T="Signature1", V=signature, Subtype=Name.Widget, Rect=[0, 0, 0, 0])
    )
    page.Annots = Array([field])
    pdf.Root.AcroForm = Dictionary(Fields=Array([field]))
    pdf.save(path)
    return path


def test_metadata_in_odd_places_is_found_and_removed(tmp_path: Path) -> None:
    src = odd_places_pdf(tmp_path / "odd.pdf")
    found = {(f.key, f.value) for f in inspect(src).findings}
    for who in ("font", "form", "private"):
        assert ("XMP:creator", f"{CANARY}-{who}") in found
    assert any(k == "PDF:Signature" for k, _ in found)
    assert any(k == "PDF:Private" for k, _ in found)

    result = clean(src, tmp_path / "out" / "odd.pdf")
    assert result.outcome is Outcome.CLEANED and result.output
    assert any("signature" in w for w in result.warnings)
    assert_pdf_clean(result.output)
    with pikepdf.open(result.output) as pdf:
        assert str(pdf.pages[0].Annots[0].T) == "Signature1"  # a field's name is not an author


def _append_before_xref(path: Path, chunk: bytes) -> None:
    """Put bytes into the file body without changing what the xref table points at."""
    data = path.read_bytes()
    at = data.rindex(b"\nxref") + 1
    shifted = data[:at] + chunk + data[at:]
    start = int(re.search(rb"startxref\s+(\d+)", data[at:]).group(1))  # type: ignore[union-attr]
    fixed = re.sub(
        rb"startxref\s+\d+", b"startxref\n%d" % (start + len(chunk)), shifted[at + len(chunk) :]
    )
    path.write_bytes(shifted[: at + len(chunk)] + fixed)


def test_dead_objects_and_data_after_the_end_are_reported_and_dropped(tmp_path: Path) -> None:
    src = tmp_path / "dead.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(src, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    _append_before_xref(src, f"99 0 obj\n({CANARY}-dead)\nendobj\n".encode())
    with open(src, "ab") as f:
        f.write(f"{CANARY}-after-the-end".encode())
    keys = {f.key for f in inspect(src).findings}
    assert {"PDF:OldObjects", "PDF:TrailingData"} <= keys
    assert_pdf_clean(clean_to(src, tmp_path))


def test_unreferenced_objects_are_reported_and_dropped(tmp_path: Path) -> None:
    src = tmp_path / "orphan.pdf"
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    page.obj.Orphan = pdf.make_indirect(Dictionary(Note=f"{CANARY}-orphan"))
    pdf.save(src, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    # Blank out the only reference (same length): the object stays, listed but unused.
    data = src.read_bytes()
    ref = re.search(rb"/Orphan \d+ 0 R", data)
    assert ref is not None
    src.write_bytes(data[: ref.start()] + b" " * len(ref.group()) + data[ref.end() :])
    assert canary_in_bytes(src)
    assert "PDF:UnusedObjects" in {f.key for f in inspect(src).findings}
    assert_pdf_clean(clean_to(src, tmp_path))


def test_output_still_dirty_is_deleted(
    dirty: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fail closed: a walker that removes nothing must not produce an output."""
    real = pdf_walk.Walker.__init__

    def lazy(
        self: pdf_walk.Walker, pdf: pikepdf.Pdf, col: object, fix: bool, keep_icc: bool
    ) -> None:
        real(self, pdf, col, False, keep_icc)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_walk.Walker, "__init__", lazy)
    message = assert_failed_without_output(dirty, tmp_path)
    assert "still held" in message


# --- JPEG 2000 pictures -------------------------------------------------------------------


def _jpx_pdf(path: Path, picture: bytes) -> Path:
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    image = pdf.make_stream(
        picture, Type=Name.XObject, Subtype=Name.Image, Width=64, Height=48, Filter=Name.JPXDecode
    )
    page.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.Contents = pdf.make_stream(b"q 64 0 0 48 0 0 cm /Im0 Do Q")
    pdf.save(path)
    return path


def _image_bytes(path: Path) -> bytes:
    with pikepdf.open(path) as pdf:
        return pdf.pages[0].Resources.XObject.Im0.read_raw_bytes()


def _pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        return im.tobytes()


def test_jpeg2000_codestream_comments_removed_in_main_and_tile_headers(tmp_path: Path) -> None:
    buf = io.BytesIO()
    pattern().save(buf, "JPEG2000", no_jp2=True, comment=f"{CANARY}-main")
    data = buf.getvalue()
    sot = data.index(b"\xff\x90")
    com = f"{CANARY}-tile".encode()
    segment = b"\xff\x64" + struct.pack(">HH", len(com) + 4, 1) + com
    (psot,) = struct.unpack_from(">I", data, sot + 6)
    tile = bytearray(data[sot : sot + 12])
    struct.pack_into(">I", tile, 6, psot + len(segment))
    picture = data[:sot] + bytes(tile) + segment + data[sot + 12 :]
    assert _pixels(picture) == _pixels(data)  # the dirty picture is valid

    src = _jpx_pdf(tmp_path / "j2k.pdf", picture)
    assert {"JPEG2000:Comment"} <= {f.key for f in inspect(src).findings}
    out = clean_to(src, tmp_path)
    # ExifTool reads a bare codestream (no JP2 boxes) only in part, and says so.
    assert_pdf_clean(out, exiftool_warning="[minor] Unknown SIZ segment")
    assert _pixels(_image_bytes(out)) == _pixels(data)


def test_jpeg2000_metadata_boxes_removed(tmp_path: Path) -> None:
    buf = io.BytesIO()
    pattern().save(buf, "JPEG2000")
    data = buf.getvalue()
    xml = f"<x:xmpmeta><dc:creator>{CANARY}-jp2</dc:creator></x:xmpmeta>".encode()
    picture = data + struct.pack(">I4s", len(xml) + 8, b"xml ") + xml
    picture += struct.pack(">I4s", 24, b"uuid") + bytes(16)
    src = _jpx_pdf(tmp_path / "jp2.pdf", picture)
    keys = {f.key for f in inspect(src).findings}
    assert {"JPEG2000-XML:creator", "JPEG2000:uuid"} <= keys
    out = clean_to(src, tmp_path)
    assert_pdf_clean(out)
    assert b"OpenJPEG" in data and b"OpenJPEG" not in _image_bytes(out)  # its comment went too
    assert _pixels(_image_bytes(out)) == _pixels(data)


# --- limits ---------------------------------------------------------------------------------


def test_too_many_parts_is_refused(
    dirty: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_walk, "MAX_NODES", 10)
    message = assert_failed_without_output(dirty, tmp_path)
    assert "too complex" in message


def test_picture_unpacking_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    photo = io.BytesIO()
    pattern().save(photo, "JPEG")
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    image = pdf.make_stream(
        zlib.compress(photo.getvalue() + bytes(100_000)),
        Type=Name.XObject,
        Subtype=Name.Image,
        Width=64,
        Height=48,
        ColorSpace=Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=Array([Name.FlateDecode, Name.DCTDecode]),
    )
    page.Resources = Dictionary(XObject=Dictionary(Im0=image))
    src = tmp_path / "chain.pdf"
    pdf.save(src)
    assert clean(src, tmp_path / "ok" / "chain.pdf").outcome is Outcome.CLEANED

    monkeypatch.setattr(pdf_images, "MAX_DECODED", 50_000)
    message = assert_failed_without_output(src, tmp_path)
    assert "unpacks to more than" in message


# --- flatten to images ----------------------------------------------------------------------


def _render(path: Path, index: int) -> Image.Image:
    import pypdfium2

    doc = pypdfium2.PdfDocument(path)
    try:
        return doc[index].render(scale=1).to_pil().convert("L")
    finally:
        doc.close()


def test_flatten_draws_every_page_into_a_fresh_pdf(dirty: Path, tmp_path: Path) -> None:
    result = clean(dirty, tmp_path / "out" / "flat.pdf", CleanOptions(flatten_pdf=True))
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert any("text can no longer be selected" in w for w in result.warnings)
    assert_pdf_clean(result.output)
    with pikepdf.open(dirty) as a, pikepdf.open(result.output) as b:
        assert len(b.pages) == len(a.pages)
        for pa, pb in zip(a.pages, b.pages, strict=True):
            assert [float(x) for x in pa.MediaBox] == [float(x) for x in pb.MediaBox]
            assert set(pb.Resources.keys()) == {"/XObject"}  # one picture, no fonts
            assert b"BT" not in pb.Contents.read_bytes()  # no text left to select
            assert "/Annots" not in pb.obj
    for i in range(2):
        before, after = _render(dirty, i), _render(result.output, i)
        assert before.size == after.size
        # The same page as a picture: what was drawn dark (text, photo) is still dark.
        pairs = zip(before.tobytes(), after.tobytes(), strict=True)
        inked = [y for x, y in pairs if x < 128]
        assert len(inked) > 200
        assert sum(y < 160 for y in inked) > 0.9 * len(inked)


def test_inline_picture_in_page_content_is_cleaned(tmp_path: Path) -> None:
    photo = dirty_jpeg(tmp_path / "small.jpg", size=(16, 12)).read_bytes()
    head = b"q 16 0 0 12 72 72 cm BI /W 16 /H 12 /CS /RGB /BPC 8 /F /DCT ID "
    tail = b"\nEI Q\n" + PDF_TEXT
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    page.Resources = Dictionary(
        Font=Dictionary(F1=Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))
    )
    page.Contents = pdf.make_stream(head + photo + tail)
    src = tmp_path / "inline.pdf"
    pdf.save(src)
    assert "EXIF:GPSLatitude" in {f.key for f in inspect(src).findings}

    out = clean_to(src, tmp_path)
    assert_pdf_clean(out)
    with pikepdf.open(out) as b:
        content = b.pages[0].Contents.read_bytes()
    assert content.startswith(head) and content.endswith(tail)  # only the picture changed
    picture = content[len(head) : -len(tail)]
    assert b"Exif" not in picture
    assert _pixels(picture) == _pixels(photo)


def _shift_offsets(data: bytes, by: int) -> bytes:
    """Every entry of the cross-reference tables off by `by` bytes, as a careless editor
    leaves a file after changing it in place (same length: nothing else moves)."""

    def bump(m: re.Match[bytes]) -> bytes:
        return b"%010d %05d n" % (int(m[1]) + by, int(m[2]))

    return re.sub(rb"(\d{10}) (\d{5}) n", bump, data)


@pytest.mark.parametrize("damage", ["offsets", "startxref"])
def test_broken_index_is_repaired_cleaned_and_said(
    dirty: Path, tmp_path: Path, damage: str
) -> None:
    """Viewers rebuild a broken index by scanning for objects; so does qpdf. The newest
    version of each object wins, and the old author of the earlier version goes."""
    data = dirty.read_bytes()
    broken = tmp_path / "broken.pdf"
    if damage == "offsets":
        broken.write_bytes(_shift_offsets(data, 3))
    else:
        broken.write_bytes(re.sub(rb"startxref\s+\d+", b"startxref\n17", data))
    with pikepdf.open(broken) as pdf:
        assert any("reconstruct" in w for w in pdf.get_warnings())
    result = clean(broken, tmp_path / "out" / "broken.pdf")
    assert result.outcome is Outcome.CLEANED and result.output, result.error
    assert any("index was rebuilt" in w for w in result.warnings)
    assert_pdf_clean(result.output)
    out = result.output.read_bytes()
    assert b"original-author" not in out
    with pikepdf.open(result.output) as b, pikepdf.open(dirty) as a:
        assert not b.get_warnings()  # the copy's own index is whole
        assert [p.Contents.read_bytes() for p in a.pages] == [
            p.Contents.read_bytes() for p in b.pages
        ]


def test_cli_flatten_pdf_switch(dirty: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run_cli("clean", dirty, "-o", out, "--flatten-pdf", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert any("text can no longer be selected" in w for w in result["warnings"])
    with pikepdf.open(result["output"]) as pdf:
        assert all(b"BT" not in page.Contents.read_bytes() for page in pdf.pages)


# --- ordinary files are not refused -----------------------------------------------------------


def test_referenced_names_strings_and_numbers_are_not_unused(tmp_path: Path) -> None:
    src = indirect_values_pdf(tmp_path / "values.pdf")
    assert "PDF:UnusedObjects" not in {f.key for f in inspect(src).findings}
    out = clean_to(src, tmp_path)  # the re-check of the rewrite passes
    with pikepdf.open(out) as pdf:
        rights = pdf.pages[0].obj.Rights
        # qpdf kept them as objects of their own: the re-check really saw them.
        for key in ("/License", "/Count"):
            assert rights.get_raw(key).is_indirect
        assert str(rights.License).startswith("https://creativecommons.org/")
        assert int(rights.Count) == 12345678
        image = pdf.pages[0].Resources.XObject.Im0
        assert image.get_raw("/ColorSpace").is_indirect


def test_libreoffice_export_is_cleaned(tmp_path: Path) -> None:
    src = libreoffice_cropped_pdf(tmp_path)
    assert {"PDF:Producer", "PDF:CreationDate"} <= {f.key for f in inspect(src).findings}
    out = clean_to(src, tmp_path)
    assert_pdf_clean(out)
    with pikepdf.open(out) as pdf:
        assert b"TJ" in pdf.pages[0].Contents.read_bytes()  # the text is still there


# --- pictures shown only in part ----------------------------------------------------------------


def pictures_in(path: Path) -> list[Image.Image]:
    """Every picture stored in the file, decoded (masks and alternates included)."""
    out = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                out.append(pikepdf.PdfImage(obj).as_pil_image().convert("RGB"))
    return out


def assert_same_page(a: Path, b: Path) -> None:
    """What the page shows is the same (a JPEG cut part is encoded again: near)."""
    x, y = _render(a, 0), _render(b, 0)
    assert x.size == y.size
    diff = [abs(p - q) for p, q in zip(x.tobytes(), y.tobytes(), strict=True)]
    assert sum(diff) / len(diff) < 1.5 and sorted(diff)[int(0.999 * len(diff))] < 40


@pytest.mark.parametrize(
    ("how", "flate", "predictor"),
    [
        ("rect", False, False),
        ("rect", True, False),
        ("rect", True, True),
        ("form", False, False),
        ("page", True, False),
        ("away", False, False),
    ],
)
def test_part_of_a_picture_hidden_by_a_clip_or_the_page_edge_is_cut_away(
    tmp_path: Path, how: str, flate: bool, predictor: bool
) -> None:
    src = clipped_photo_pdf(tmp_path / "clip.pdf", how, flate, predictor)
    assert any(has_crop_canary(im) for im in pictures_in(src))
    assert "PDF:HiddenPicturePart" in {f.key for f in inspect(src).findings}
    result = clean(src, tmp_path / "out" / "clip.pdf")
    assert result.outcome is Outcome.CLEANED and result.output, result.error
    assert "a cropped picture still held the part you cut away: removed" in result.warnings
    pictures = pictures_in(result.output)
    assert pictures and not any(has_crop_canary(im) for im in pictures)
    assert max(im.width for im in pictures) <= (1 if how == "away" else 151)  # of 200
    assert_pdf_clean(result.output)
    assert_same_page(src, result.output)


def test_libreoffice_cropped_photo_loses_the_cropped_part(tmp_path: Path) -> None:
    src = libreoffice_cropped_pdf(tmp_path)
    assert any(has_crop_canary(im) for im in pictures_in(src))
    result = clean(src, tmp_path / "out" / "lo.pdf")
    assert result.outcome is Outcome.CLEANED and result.output, result.error
    assert any("cropped picture" in w for w in result.warnings)
    assert not any(has_crop_canary(im) for im in pictures_in(result.output))
    assert_pdf_clean(result.output)
    assert_same_page(src, result.output)


def test_picture_behind_a_shaped_clip_is_refused_unless_flattened(tmp_path: Path) -> None:
    src = clipped_photo_pdf(tmp_path / "round.pdf", "round")
    message = assert_failed_without_output(src, tmp_path)
    assert "--flatten-pdf" in message and "\n" not in message
    result = clean(src, tmp_path / "flat" / "round.pdf", CleanOptions(flatten_pdf=True))
    assert result.outcome is Outcome.CLEANED and result.output, result.error
    assert not any(has_crop_canary(im) for im in pictures_in(result.output))
    assert_pdf_clean(result.output)


def test_alternate_versions_of_a_picture_go(tmp_path: Path) -> None:
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    shown = pdf.make_stream(
        bytes(3 * 4 * 4), Type=Name.XObject, Subtype=Name.Image, Width=4,
        Height=4, ColorSpace=Name.DeviceRGB, BitsPerComponent=8,
    )  # fmt: skip
    hidden = pdf.make_stream(
        crop_photo(), Type=Name.XObject, Subtype=Name.Image, Width=200, Height=100,
        ColorSpace=Name.DeviceRGB, BitsPerComponent=8, Filter=Name.DCTDecode,
    )  # fmt: skip
    shown.Alternates = Array([Dictionary(Image=hidden, DefaultForPrinting=True)])
    page.Resources = Dictionary(XObject=Dictionary(Im0=shown))
    page.Contents = pdf.make_stream(b"q 40 0 0 40 0 0 cm /Im0 Do Q")
    src = tmp_path / "alt.pdf"
    pdf.save(src)
    assert any(has_crop_canary(im) for im in pictures_in(src))
    out = clean_to(src, tmp_path)
    assert not any(has_crop_canary(im) for im in pictures_in(out))
    assert len(pictures_in(out)) == 1
    assert_pdf_clean(out)


# --- paths, names and profiles ----------------------------------------------------------------


def test_local_links_paths_profiles_and_private_data_go(tmp_path: Path) -> None:
    src = paths_and_profiles_pdf(tmp_path / "paths.pdf")
    assert canary_in_streams(src)  # the profile's description (UTF-16) among them
    keys = {f.key for f in inspect(src).findings}
    assert {
        "PDF:LocalLink", "PDF:PictureDescription", "PDF:ColourProfile", "PDF:OutputIntent",
        "PDF:PartInfo", "PDF:DocumentPart", "PDF:PrivateCatalog",
    } <= keys  # fmt: skip
    out = clean_to(src, tmp_path)
    assert_pdf_clean(out)
    assert_same_page(src, out)  # the rebuilt profile draws the same colours
    with pikepdf.open(out) as pdf:
        links = [a for a in pdf.pages[0].Annots if "/A" in a]
        assert [str(a.A.URI) for a in links] == [PDF_LINK]  # the web link stays
        alts = sorted(str(e.Alt) for e in pdf.Root.StructTreeRoot.K)
        assert alts == ["", "A beach at sunset"]
        intent = pdf.Root.OutputIntents[0]
        assert str(intent.OutputConditionIdentifier) == "Custom"
        assert set(intent.keys()) == {
            "/Type", "/S", "/OutputConditionIdentifier", "/Info", "/DestOutputProfile"
        }  # fmt: skip
        profile = intent.DestOutputProfile.read_bytes()
        colours = pdf.pages[0].Resources.XObject.Im0.ColorSpace[1].read_bytes()
    original = custom_icc()
    for tag in (b"rXYZ", b"gXYZ", b"bXYZ", b"wtpt"):  # the colour numbers are kept
        assert _icc_tag(profile, tag) == _icc_tag(original, tag) == _icc_tag(colours, tag)
    assert b"desc" in profile and not canary_in_icc(profile)


def _icc_tag(icc: bytes, sig: bytes) -> bytes:
    (count,) = struct.unpack_from(">I", icc, 128)
    for i in range(count):
        tag, off, size = struct.unpack_from(">4sII", icc, 132 + 12 * i)
        if tag == sig:
            return icc[off : off + size]
    raise AssertionError(f"no {sig!r} tag")


def canary_in_icc(icc: bytes) -> bool:
    return any(CANARY.encode(e) in icc for e in ("utf-8", "utf-16-be", "utf-16-le"))


# --- content that does not show ---------------------------------------------------------------


def test_hidden_text_is_told_and_flattening_leaves_it_out(tmp_path: Path) -> None:
    src = hidden_content_pdf(tmp_path / "hidden.pdf")
    result = clean(src, tmp_path / "out" / "hidden.pdf")
    assert result.outcome is Outcome.CLEANED and result.output, result.error
    told = " | ".join(result.warnings)
    for words in ("1 layer hidden", "text in white on 1 page", "text placed off the page"):
        assert words in told, told
    assert "--flatten-pdf" in told
    ids = {w.id for w in result.warnings if isinstance(w, Message)}  # the app translates by id
    assert {"pdf.hidden_layers_one", "pdf.white_text_one", "pdf.off_page_text_one"} <= ids, ids
    assert canary_in_streams(result.output)  # kept: it is content, not metadata

    flat = clean(src, tmp_path / "flat" / "hidden.pdf", CleanOptions(flatten_pdf=True))
    assert flat.outcome is Outcome.CLEANED and flat.output, flat.error
    assert not any("hidden" in w or "white" in w for w in flat.warnings)
    assert_pdf_clean(flat.output)


def test_ordinary_text_raises_no_hidden_content_warning(dirty: Path, tmp_path: Path) -> None:
    result = clean(dirty, tmp_path / "out" / "f.pdf")
    assert not any("--flatten-pdf" in w for w in result.warnings), result.warnings


def test_white_text_on_a_dark_box_is_not_called_hidden(tmp_path: Path) -> None:
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(300, 300))
    font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    page.Resources = Dictionary(Font=Dictionary(F1=font))
    page.Contents = pdf.make_stream(
        b"0 0 0 rg 10 10 280 280 re f 1 1 1 rg BT /F1 24 Tf 30 150 Td (Call me) Tj ET"
    )
    src = tmp_path / "flyer.pdf"
    pdf.save(src)
    assert not any("white" in w for w in inspect(src).warnings)


def test_libreoffice_tagged_pdfa_loses_local_link_and_picture_path(tmp_path: Path) -> None:
    src = libreoffice_tagged_pdf(tmp_path)
    keys = {f.key for f in inspect(src).findings}
    assert {"PDF:LocalLink", "PDF:PictureDescription"} <= keys
    assert canary_in_bytes(src) or canary_in_streams(src)
    out = clean_to(src, tmp_path)
    assert_pdf_clean(out)
    with pikepdf.open(out) as pdf:
        links = [a for a in pdf.pages[0].Annots if "/A" in a]
        assert [str(a.A.URI) for a in links] == [PDF_LINK]
        intent = pdf.Root.OutputIntents[0]  # still declares its standard colour space
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"


def test_bytes_that_are_not_utf8_in_keys_and_operators_are_read(tmp_path: Path) -> None:
    """Found by fuzzing: pikepdf cannot look up a key, nor name an operator, whose bytes
    are not UTF-8; the checks of references and hidden text must still finish."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    page.obj["/OddXXXKey"] = pdf.make_indirect(pikepdf.String("NUMBER"))
    page.Contents = pdf.make_stream(b"q OPXX Q 1 1 1 rg BT ET")
    src = tmp_path / "odd.pdf"
    pdf.save(src, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    data = src.read_bytes().replace(b"/OddXXXKey", b"/Odd#FFKey").replace(b"(NUMBER)", b"12345678")
    src.write_bytes(data.replace(b"OPXX", b"\x9c\x9c\x9c\x9c"))
    inspect(src)  # no parser error behind a "could not be read" message
    assert clean(src, tmp_path / "out" / "odd.pdf").outcome is Outcome.CLEANED


def test_libreoffice_export_locked_against_printing_is_cleaned_unlocked(tmp_path: Path) -> None:
    src = libreoffice_cropped_pdf(tmp_path, LOCKED_PDF)
    with pikepdf.open(src) as pdf:  # no password to open it, but no printing or copying
        assert pdf.is_encrypted and not pdf.allow.print_highres and not pdf.allow.extract
    result = clean(src, tmp_path / "out" / "locked.pdf")
    assert result.outcome is Outcome.CLEANED and result.output, result.error
    assert any("has no lock" in w for w in result.warnings)
    assert_pdf_clean(result.output)
    assert not any(has_crop_canary(im) for im in pictures_in(result.output))
    with pikepdf.open(result.output) as pdf:
        assert not pdf.is_encrypted
