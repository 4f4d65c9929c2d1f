"""PDFs made with pikepdf: a flyer with every kind of hidden data, locked ones, crops,
paths and profiles, hidden content."""

from __future__ import annotations

import zlib
from pathlib import Path

from oracle import CANARY
from PIL import Image

from factories.icc import custom_icc
from factories.pictures import crop_photo, crop_picture, dirty_jpeg, exiftool_write, pattern

PDF_XMP = (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
    'xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
    f'xmp:CreatorTool="{CANARY}-xmp-tool" xmp:CreateDate="2024-01-01T12:00:00Z" '
    f'xmpMM:DocumentID="uuid:{CANARY}-docid" pdf:Producer="{CANARY}-xmp-producer">'
    f"<dc:creator><rdf:Seq><rdf:li>{CANARY}-xmp-author</rdf:li></rdf:Seq></dc:creator>"
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
).encode()
PDF_TEXT = b"BT /F1 24 Tf 72 700 Td (Flyer: call me) Tj ET\n"
PDF_LINK = "https://example.org/flyer"


def _pdf_xmp(pdf: object, text: bytes = PDF_XMP) -> object:
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)
    return pdf.make_stream(text, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)


def _js(pdf: object, code: str) -> object:
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)
    return pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Action, S=pikepdf.Name.JavaScript, JS=code)
    )


def dirty_pdf(path: Path, *, incremental: bool = True) -> Path:
    """A two-page flyer with every kind of hidden data a PDF carries.

    Info and XMP (document, page, picture), PieceInfo, a page thumbnail, JavaScript
    (name tree, OpenAction, page actions), an attached file and a file-attachment
    annotation, a comment with author and dates, a link (which must survive), and a
    JPEG photo with EXIF GPS. With `incremental`, ExifTool then rewrites the author
    the way it edits PDFs: an appended update, leaving the first author in the bytes.
    """
    import pikepdf
    from pikepdf import Array, Dictionary, Name

    c = CANARY
    photo = dirty_jpeg(path.with_suffix(".photo.jpg"), size=(64, 48))
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    )
    image = pdf.make_stream(
        photo.read_bytes(),
        Type=Name.XObject,
        Subtype=Name.Image,
        Width=64,
        Height=48,
        ColorSpace=Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=Name.DCTDecode,
    )
    image.Metadata = _pdf_xmp(pdf)
    thumb = pdf.make_stream(
        bytes(range(256)) * 3, Width=16, Height=16, ColorSpace=Name.DeviceRGB, BitsPerComponent=8
    )
    content = PDF_TEXT + b"q 64 0 0 48 72 500 cm /Im0 Do Q\n"
    for n, body in enumerate((content, PDF_TEXT)):
        page = pdf.add_blank_page()
        page.Resources = Dictionary(Font=Dictionary(F1=font))
        page.Contents = pdf.make_stream(body)
        if n == 0:
            page.Resources.XObject = Dictionary(Im0=image)
    page1 = pdf.pages[0].obj
    page1.Thumb = thumb
    page1.Metadata = _pdf_xmp(pdf)
    page1.PieceInfo = Dictionary(
        Illustrator=Dictionary(LastModified="D:20240101120000Z", Private=f"{c}-piece")
    )
    page1.LastModified = "D:20240101120000Z"
    page1.AA = Dictionary(O=_js(pdf, f"app.alert('{c}-page-open')"))
    attached = pikepdf.AttachedFileSpec(
        pdf, f"{c} attached secret".encode(), filename=f"{c}-cv.txt", mod_date="D:20240101"
    )
    pdf.attachments[f"{c}-cv.txt"] = attached
    annot_file = pikepdf.AttachedFileSpec(pdf, f"{c} annotation file".encode(), filename="a.txt")
    page1.Annots = pdf.make_indirect(
        Array(
            [
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Text,
                    Rect=[300, 700, 320, 720],
                    Contents="Remember the flyer",
                    T=f"{c}-comment-author",
                    M="D:20240101120000Z",
                    CreationDate="D:20240101120000Z",
                    NM=f"{c}-annot-id",
                ),
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.FileAttachment,
                    Rect=[300, 600, 320, 620],
                    T=f"{c}-attachment-author",
                    FS=annot_file.obj,
                ),
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Link,
                    Rect=[72, 690, 300, 730],
                    A=Dictionary(S=Name.URI, URI=PDF_LINK),
                ),
            ]
        )
    )
    pdf.Root.Metadata = _pdf_xmp(pdf)
    pdf.Root.OpenAction = _js(pdf, f"app.alert('{c}-open')")
    pdf.Root.Names.JavaScript = Dictionary(Names=["init", _js(pdf, f"var who='{c}-js';")])
    pdf.docinfo = pdf.make_indirect(
        Dictionary(
            Author=f"{c}-original-author",
            Creator=f"{c}-creator",
            Producer=f"{c}-producer",
            Title=f"{c}-title",
            Subject=f"{c}-subject",
            Keywords=f"{c}-keywords",
            CreationDate="D:20240101120000Z",
            ModDate="D:20240102120000Z",
        )
    )
    pdf.save(path, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    photo.unlink()
    if incremental:
        exiftool_write(path, "-PDF:Author=Someone Else", "-PDF:Title=Updated")
    return path


def locked_pdf(path: Path, user: str = "secret") -> Path:
    """Encrypted with qpdf. With `user` empty it opens without a password and is locked
    only against copying and printing (an "owner password"), as many forms are."""
    import pikepdf

    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    page.Resources = pikepdf.Dictionary(
        Font=pikepdf.Dictionary(
            F1=pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
            )
        )
    )
    page.Contents = pdf.make_stream(PDF_TEXT)
    pdf.docinfo["/Author"] = f"{CANARY}-author"
    pdf.Root.Metadata = _pdf_xmp(pdf)
    locked = pikepdf.Permissions(extract=False, print_lowres=False, print_highres=False)
    pdf.save(path, encryption=pikepdf.Encryption(user=user, owner="owner-pw", allow=locked))
    return path


def attachments_locked_pdf(path: Path) -> Path:
    """Pages and text stored in the clear, the attached file locked with a password (a
    crypt filter for embedded files only, as Acrobat's "encrypt only file attachments")."""
    import os

    import pikepdf
    from pikepdf import Dictionary, Name

    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    page.Contents = pdf.make_stream(b"0 0 1 rg 72 72 200 100 re f")
    spec = pikepdf.AttachedFileSpec(pdf, b"LOCKEDDATA" * 8, filename=f"{CANARY}-cv.txt")
    pdf.attachments[f"{CANARY}-cv.txt"] = spec
    pdf.trailer["/Xncrypt"] = pdf.make_indirect(
        Dictionary(
            Filter=Name.Standard, V=4, R=4, Length=128, P=-4,
            O=pikepdf.String(os.urandom(32)), U=pikepdf.String(os.urandom(32)),
            CF=Dictionary(StdCF=Dictionary(CFM=Name.AESV2, AuthEvent=Name.EFOpen, Length=16)),
            StmF=Name.Identity, StrF=Name.Identity, EFF=Name.StdCF,
        )
    )  # fmt: skip
    pdf.save(path, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    data = path.read_bytes()
    # qpdf writes no /Encrypt of its own choosing: rename the key after writing, and
    # stand random bytes in for the locked attachment (same lengths, offsets unchanged).
    assert data.count(b"/Xncrypt") == 1 and data.count(b"LOCKEDDATA" * 8) == 1
    data = data.replace(b"/Xncrypt", b"/Encrypt").replace(b"LOCKEDDATA" * 8, os.urandom(80))
    path.write_bytes(data)
    return path


def indirect_values_pdf(path: Path) -> Path:
    """A page whose colour space name, licence URL and a count are objects of their own,
    as iBooks Author, PDF/A tools and pdf.js samples write them (referenced, so used)."""
    import pikepdf
    from pikepdf import Dictionary, Name

    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    space = pdf.make_indirect(Name.DeviceRGB)
    licence = pdf.make_indirect(pikepdf.String("https://creativecommons.org/licenses/by/4.0/"))
    count = pdf.make_indirect(pikepdf.String("NUMBER"))  # made a number below
    image = pdf.make_stream(
        bytes(range(48)) * 4, Type=Name.XObject, Subtype=Name.Image, Width=8, Height=8,
        ColorSpace=space, BitsPerComponent=8,
    )  # fmt: skip
    page.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.Contents = pdf.make_stream(b"q 8 0 0 8 0 0 cm /Im0 Do Q")
    # A number beside a dictionary in one array, as tagged PDFs' structure has them.
    nested = pdf.make_indirect(Dictionary(Space=pdf.make_indirect(Name.DeviceGray)))
    # ...and a number held only by an array that is an object of its own.
    widths = pdf.make_indirect(pikepdf.Array([2, pdf.make_indirect(pikepdf.String("NUMBR2"))]))
    page.obj.Rights = Dictionary(
        License=licence, Count=count, Sizes=pikepdf.Array([1, count, nested]), Widths=widths
    )
    pdf.save(path, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    # pikepdf cannot make an indirect number: swap the string's bytes (same length, so
    # the cross-reference offsets stay right).
    data = path.read_bytes()
    assert data.count(b"(NUMBER)") == 1 and data.count(b"(NUMBR2)") == 1
    path.write_bytes(data.replace(b"(NUMBER)", b"12345678").replace(b"(NUMBR2)", b"87654321"))
    return path


def clipped_photo_pdf(
    path: Path, how: str = "rect", flate: bool = False, predictor: bool = False
) -> Path:
    """The crop picture (200x100) drawn 200x100 pt, its right quarter hidden: by an
    upright clip rectangle ("rect", inside a form for "form"), by the page edge ("page";
    all of it with "away"), or by a clip with round corners ("round"). With `flate` the
    picture is stored as bare samples with a soft mask, not as a JPEG; with `predictor`
    too, its rows are packed as PNG rows (Predictor 15), as Acrobat writes them."""
    import pikepdf
    from pikepdf import Dictionary, Name

    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(300, 300))
    if flate:
        picture = crop_picture()
        alpha = Image.new("L", (100, 50), 255)
        mask = pdf.make_stream(
            zlib.compress(alpha.tobytes()), Type=Name.XObject, Subtype=Name.Image, Width=100,
            Height=50, ColorSpace=Name.DeviceGray, BitsPerComponent=8, Filter=Name.FlateDecode,
        )  # fmt: skip
        samples = picture.tobytes()
        if predictor:  # each row behind a PNG filter byte (0: the row as it is)
            samples = b"".join(b"\x00" + samples[i : i + 600] for i in range(0, len(samples), 600))
        image = pdf.make_stream(
            zlib.compress(samples), Type=Name.XObject, Subtype=Name.Image, Width=200,
            Height=100, ColorSpace=Name.DeviceRGB, BitsPerComponent=8, Filter=Name.FlateDecode,
            SMask=mask,
        )  # fmt: skip
        if predictor:
            image.DecodeParms = Dictionary(Predictor=15, Colors=3, Columns=200)
    else:
        image = pdf.make_stream(
            crop_photo(), Type=Name.XObject, Subtype=Name.Image, Width=200, Height=100,
            ColorSpace=Name.DeviceRGB, BitsPerComponent=8, Filter=Name.DCTDecode,
        )  # fmt: skip
    draw = b"q 200 0 0 100 50 100 cm /Im0 Do Q"
    clips = {
        "rect": b"q 50 100 150 100 re W n " + draw + b" Q",
        "page": draw.replace(b"50 100 cm", b"150 100 cm"),  # the right quarter off the page
        "away": draw.replace(b"50 100 cm", b"400 100 cm"),  # wholly off the page
        "round": (
            b"q 60 100 m 190 100 l 200 100 200 110 200 110 c 200 190 l 200 200 190 200 190 200 c"
            b" 60 200 l 50 200 50 190 50 190 c 50 110 l h W n " + draw + b" Q"
        ),
    }
    if how == "form":
        form = pdf.make_stream(
            b"q 0 0 150 100 re W n 200 0 0 100 0 0 cm /Im0 Do Q",
            Type=Name.XObject, Subtype=Name.Form, BBox=[0, 0, 300, 300],
            Resources=Dictionary(XObject=Dictionary(Im0=image)),
        )  # fmt: skip
        page.Resources = Dictionary(XObject=Dictionary(Fm0=form))
        page.Contents = pdf.make_stream(b"q 1 0 0 1 50 100 cm /Fm0 Do Q")
    else:
        page.Resources = Dictionary(XObject=Dictionary(Im0=image))
        page.Contents = pdf.make_stream(clips[how])
    pdf.save(path)
    return path


def paths_and_profiles_pdf(path: Path) -> Path:
    """What a PDF says about the computer it was made on, beyond its metadata: links to
    local files, a picture's description holding its path, a calibrated display's colour
    profile (on a picture and as the PDF/A output intent), document-part data, and
    private entries of the program that made it."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    c = CANARY
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(300, 300))
    icc = pdf.make_stream(custom_icc(), N=3)
    image = pdf.make_stream(
        pattern((8, 8)).tobytes(), Type=Name.XObject, Subtype=Name.Image, Width=8, Height=8,
        ColorSpace=Array([Name.ICCBased, icc]), BitsPerComponent=8, StructParent=0,
    )  # fmt: skip
    page.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.Contents = pdf.make_stream(b"/Figure <</MCID 0>> BDC q 200 0 0 200 50 50 cm /Im0 Do Q EMC")

    def link(y: int, action: Dictionary) -> Dictionary:
        return Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[0, y, 40, y + 10], A=action)

    page.obj.Annots = Array(
        [
            link(0, Dictionary(S=Name.URI, URI=f"file:///C:/Users/{c}/Documents/cv.docx")),
            link(10, Dictionary(S=Name.URI, URI=f"\\\\fileserver\\{c}\\photos")),
            link(20, Dictionary(S=Name.GoToR, F=f"/home/{c}/other.pdf", D=Array([0, Name.Fit]))),
            link(30, Dictionary(S=Name.Launch, F=f"{c}-tool.exe")),
            link(40, Dictionary(S=Name.URI, URI=PDF_LINK)),
        ]
    )
    page.obj.Info = Dictionary(Title=f"{c}-part-title", Author=f"{c}-part-author")
    page.obj.DPart = pdf.make_indirect(Dictionary(DPM=Dictionary(Customer=f"{c}-customer")))
    figure = Dictionary(
        Type=Name.StructElem, S=Name.Figure, Pg=page.obj, K=0,
        Alt=f"C:\\Users\\{c}\\Pictures\\IMG_20240315_221530.jpg",
    )  # fmt: skip
    caption = Dictionary(Type=Name.StructElem, S=Name.Figure, Pg=page.obj, Alt="A beach at sunset")
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    figure.P = caption.P = root
    root.K = Array([pdf.make_indirect(figure), pdf.make_indirect(caption)])
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.OutputIntents = Array(
        [
            Dictionary(
                Type=Name.OutputIntent,
                S=Name.GTS_PDFA1,
                OutputConditionIdentifier=f"{c} Jane's MacBook",
                OutputCondition=f"{c}-condition",
                Info=f"{c}-info",
                RegistryName=f"https://{c}.example",
                DestOutputProfile=pdf.make_stream(custom_icc(), N=3),
            )
        ]
    )
    pdf.Root.URI = Dictionary(Base=f"file:///home/{c}/")
    pdf.Root.DPartRoot = Dictionary(NodeNameList=Array([Name("/" + c)]))
    pdf.Root["/AAPL:Keywords"] = Array([String(f"{c}-private")])
    pdf.Root.PrivateData = pdf.make_stream(f"{c}-private-stream".encode())
    pdf.save(path)
    return path


def hidden_content_pdf(path: Path) -> Path:
    """A page with text that does not show: on a layer switched off, in white, and
    placed off the page."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name

    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(300, 300))
    layer = pdf.make_indirect(Dictionary(Type=Name.OCG, Name="Notes"))
    font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    page.Resources = Dictionary(Font=Dictionary(F1=font), Properties=Dictionary(L1=layer))
    page.Contents = pdf.make_stream(
        b"BT /F1 12 Tf 20 250 Td (Flyer: call me) Tj ET\n"
        + f"/OC /L1 BDC BT /F1 12 Tf 20 200 Td ({CANARY}-layer) Tj ET EMC\n".encode()
        + f"q 1 1 1 rg BT /F1 12 Tf 20 150 Td ({CANARY}-white) Tj ET Q\n".encode()
        + f"BT /F1 12 Tf 900 900 Td ({CANARY}-off-page) Tj ET\n".encode()
    )
    pdf.Root.OCProperties = Dictionary(
        OCGs=Array([layer]), D=Dictionary(OFF=Array([layer]), Order=Array([layer]))
    )
    pdf.save(path)
    return path
