"""Dirty test files, made fresh by each test: Pillow + piexif, then ExifTool writing real tags,
plus the few helpers for reading results that several test modules share.

Every planted text value contains the canary so the raw-byte scan can find leftovers.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from pathlib import Path

import piexif
from oracle import CANARY, EXIFTOOL
from PIL import Image, ImageCms, ImageSequence

from scrubber import CleanOptions, Outcome, clean


def pattern(size: tuple[int, int] = (64, 48), mode: str = "RGB") -> Image.Image:
    """A picture with structure in both axes, so rotations and flips are distinguishable."""
    w, h = size
    im = Image.new("RGB", size)
    im.putdata(
        [
            ((x * 255) // w, (y * 255) // h, ((x + 2 * y) * 7) % 256)
            for y in range(h)
            for x in range(w)
        ]
    )
    return im.convert(mode)


def camera_exif(orientation: int = 1, thumbnail: bool = True) -> bytes:
    """EXIF as a phone writes it: GPS, make, model, serials, owner, dates, maker note."""
    c = CANARY.encode()
    zeroth = {
        piexif.ImageIFD.Make: c + b"-make",
        piexif.ImageIFD.Model: c + b"-model",
        piexif.ImageIFD.Software: c + b"-software",
        piexif.ImageIFD.DateTime: b"2024:01:01 12:00:00",
        piexif.ImageIFD.Artist: c + b"-artist",
        piexif.ImageIFD.Copyright: c + b"-copyright",
        piexif.ImageIFD.HostComputer: c + b"-host",
        piexif.ImageIFD.ImageDescription: c + b"-description",
        piexif.ImageIFD.Orientation: orientation,
        piexif.ImageIFD.XResolution: (72, 1),
        piexif.ImageIFD.YResolution: (72, 1),
    }
    exif = {
        piexif.ExifIFD.DateTimeOriginal: b"2024:01:01 12:00:00",
        piexif.ExifIFD.DateTimeDigitized: b"2024:01:01 12:00:00",
        piexif.ExifIFD.BodySerialNumber: c + b"-body-serial",
        piexif.ExifIFD.LensSerialNumber: c + b"-lens-serial",
        piexif.ExifIFD.CameraOwnerName: c + b"-owner",
        piexif.ExifIFD.ImageUniqueID: c + b"-unique-id",
        piexif.ExifIFD.MakerNote: b"Apple iOS\x00" + c + b"-makernote" + bytes(64),
        piexif.ExifIFD.UserComment: b"ASCII\x00\x00\x00" + c + b"-usercomment",
        piexif.ExifIFD.ExposureTime: (1, 60),
        piexif.ExifIFD.FNumber: (18, 10),
    }
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((52, 1), (22, 1), (1234, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((4, 1), (53, 1), (5678, 100)),
        piexif.GPSIFD.GPSAltitude: (12, 1),
        piexif.GPSIFD.GPSProcessingMethod: b"ASCII\x00\x00\x00" + c + b"-gps-method",
    }
    data: dict[str, object] = {"0th": zeroth, "Exif": exif, "GPS": gps}
    if thumbnail:
        thumb = io.BytesIO()
        pattern((16, 12)).save(thumb, "JPEG")
        data["1st"] = {
            piexif.ImageIFD.JPEGInterchangeFormat: 0,
            piexif.ImageIFD.JPEGInterchangeFormatLength: 0,
        }
        data["thumbnail"] = thumb.getvalue()
    return piexif.dump(data)


XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    f'photoshop:City="{CANARY} city"><dc:creator><rdf:Seq><rdf:li>{CANARY} creator</rdf:li>'
    "</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
).encode()


def exif_block() -> bytes:
    """A small EXIF block (make, artist, GPS) with the JPEG 'Exif\\0\\0' prefix piexif adds.

    Pillow strips the prefix when it writes a PNG eXIf chunk, which holds bare TIFF.
    """
    return piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: f"{CANARY} make", piexif.ImageIFD.Artist: CANARY},
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: "N",
                piexif.GPSIFD.GPSLatitude: ((52, 1), (22, 1), (0, 1)),
            },
        }
    )


def custom_icc() -> bytes:
    """A valid profile whose description names a person: not standard, must go."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    raw = bytearray(profile.tobytes())
    return _set_icc_description(bytes(raw), f"{CANARY} studio monitor")


def standard_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


# Made once: the profile's header holds its creation time, so two calls can differ.
SRGB_ICC = standard_icc()


def _set_icc_description(icc: bytes, text: str) -> bytes:
    """Append a new 'desc' tag and point the tag table at it."""
    count = struct.unpack_from(">I", icc, 128)[0]
    body = bytearray(icc)
    encoded = text.encode("utf-16-be")
    mluc = (
        b"mluc"
        + bytes(4)
        + struct.pack(">II", 1, 12)
        + b"enUS"
        + struct.pack(">II", len(encoded), 28)
        + encoded
    )
    while len(body) % 4:
        body.append(0)
    offset = len(body)
    body += mluc
    for i in range(count):
        pos = 132 + 12 * i
        if body[pos : pos + 4] == b"desc":
            struct.pack_into(">II", body, pos + 4, offset, len(mluc))
    struct.pack_into(">I", body, 0, len(body))
    return bytes(body)


def exiftool_write(path: Path, *assignments: str) -> None:
    assert EXIFTOOL, "exiftool is needed to write realistic tags"
    subprocess.run(
        [EXIFTOOL, "-q", "-overwrite_original", "-m", *assignments, str(path)],
        check=True,
        capture_output=True,
    )


EXIFTOOL_TAGS = (
    f"-XMP-dc:Creator={CANARY}-xmp-creator",
    f"-XMP-xmpMM:DocumentID=xmp.did:{CANARY}",
    f"-XMP-xmpMM:InstanceID=xmp.iid:{CANARY}",
    f"-XMP-xmp:CreatorTool={CANARY}-tool",
    "-XMP-photoshop:City=SCRUBCANARY-city",
    f"-IPTC:By-line={CANARY}-byline",
    f"-IPTC:City={CANARY}-iptc-city",
    f"-IPTC:Caption-Abstract={CANARY}-caption",
    f"-Comment={CANARY}-comment",
    f"-ExifIFD:OwnerName={CANARY}-exiftool-owner",
)


def dirty_jpeg(
    path: Path,
    *,
    size: tuple[int, int] = (64, 48),
    orientation: int = 1,
    icc: bytes | None = None,
    trailer: bytes = b"",
    progressive: bool = False,
    mode: str = "RGB",
    with_exiftool: bool = True,
) -> Path:
    params: dict[str, object] = {"quality": 90, "exif": camera_exif(orientation)}
    if icc:
        params["icc_profile"] = icc
    if progressive:
        params["progressive"] = True
    pattern(size, mode).save(path, "JPEG", **params)
    if with_exiftool:
        exiftool_write(path, *EXIFTOOL_TAGS)
    if trailer:
        with open(path, "ab") as f:
            f.write(trailer)
    return path


def motion_photo_trailer() -> bytes:
    """What Google and Samsung append: an MP4 whose own metadata names the place."""
    body = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    return body + b"\x00\x00\x00\x20udta" + CANARY.encode() + b"-video-location" + bytes(1000)


def mpf_jpeg(path: Path) -> Path:
    """A JPEG with an MPF APP2 index and a second full image after EOI (like a depth map)."""
    main = io.BytesIO()
    pattern().save(main, "JPEG")
    second = io.BytesIO()
    pattern((32, 24)).save(second, "JPEG", exif=camera_exif(thumbnail=False))
    mpf_payload = b"MPF\x00II*\x00" + struct.pack("<I", 8) + CANARY.encode() + bytes(32)
    app2 = b"\xff\xe2" + struct.pack(">H", len(mpf_payload) + 2) + mpf_payload
    data = main.getvalue()
    path.write_bytes(data[:2] + app2 + data[2:] + second.getvalue())
    return path


def jfif_with_thumbnail(path: Path) -> Path:
    """A JFIF APP0 carrying a 2x2 RGB thumbnail (allowed by the JFIF spec)."""
    plain = io.BytesIO()
    pattern().save(plain, "JPEG")
    data = plain.getvalue()
    assert data[2:4] == b"\xff\xe0"
    (length,) = struct.unpack(">H", data[4:6])
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01" + bytes((2, 2)) + bytes(12)
    seg = b"\xff\xe0" + struct.pack(">H", len(app0) + 2) + app0
    path.write_bytes(data[:2] + seg + data[4 + length :])
    return path


def decoded(path: Path) -> tuple[str, tuple[int, int], bytes]:
    with Image.open(path) as im:
        return im.mode, im.size, im.tobytes()


def rgba_frames(path: Path) -> list[bytes]:
    with Image.open(path) as im:
        return [f.convert("RGBA").tobytes() for f in ImageSequence.Iterator(im)]


def clean_to(src: Path, tmp_path: Path, **kw: object) -> Path:
    res = clean(src, tmp_path / "out" / src.name, CleanOptions(**kw))  # type: ignore[arg-type]
    assert res.outcome is Outcome.CLEANED, res.error
    assert res.output is not None
    return res.output


def assert_failed_without_output(src: Path, tmp_path: Path) -> str:
    out_dir = tmp_path / "failed"
    res = clean(src, out_dir / src.name)
    assert res.outcome in (Outcome.FAILED, Outcome.REFUSED)
    assert res.output is None and res.error is not None
    assert not out_dir.exists() or not any(out_dir.iterdir())  # no temp file left either
    return res.error.message


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it: a real subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "scrubber", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


# --- PDF ----------------------------------------------------------------------------------

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
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.docinfo["/Author"] = f"{CANARY}-author"
    pdf.save(path, encryption=pikepdf.Encryption(user=user, owner="owner-pw"))
    return path
