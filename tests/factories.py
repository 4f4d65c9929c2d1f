"""Dirty test files, made fresh by each test: Pillow + piexif, then ExifTool writing real tags,
plus the few helpers for reading results that several test modules share.

Every planted text value contains the canary so the raw-byte scan can find leftovers.
"""

from __future__ import annotations

import io
import random
import struct
import subprocess
import sys
import zlib
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


def padded_icc() -> bytes:
    """The standard sRGB profile with text where only numbers should be.

    rXYZ holds one XYZ number and then the canary (a reader counting 12-byte numbers
    takes it for a second one), wtpt's reserved bytes say "SCRU", and two lookup tables
    are added: an A2B0 (`mAB `) with the canary in the gaps between its parts and a B2A0
    (`mft2`) with the canary after its last number.
    """
    icc = bytearray(SRGB_ICC)
    count = struct.unpack_from(">I", icc, 128)[0]
    tags = {bytes(icc[132 + 12 * i : 136 + 12 * i]): 132 + 12 * i for i in range(count)}
    wtpt = struct.unpack_from(">I", icc, tags[b"wtpt"] + 4)[0]
    icc[wtpt + 4 : wtpt + 8] = b"SCRU"
    a2b0 = _lut_a_to_b(gap=f"{CANARY}-gap".encode().ljust(16, b"\0"))
    unit = struct.pack(">9i", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x10000)
    grid = b"".join(
        struct.pack(">3H", r, g, b) for r in (0, 65535) for g in (0, 65535) for b in (0, 65535)
    )
    tables = struct.pack(">2H", 0, 65535) * 3
    b2a0 = b"mft2" + bytes(4) + bytes((3, 3, 2, 0)) + unit + struct.pack(">HH", 2, 2)
    b2a0 += tables + grid + tables + f"{CANARY}-tail".encode()
    rxyz = struct.unpack_from(">I", icc, tags[b"rXYZ"] + 4)[0]
    extra = [
        (b"rXYZ", icc[rxyz : rxyz + 20] + f"{CANARY}\0".encode()),
        (b"A2B0", a2b0),
        (b"B2A0", b2a0),
    ]
    table, data = bytearray(icc[: 132 + 12 * count]), bytearray(icc[132 + 12 * count :])
    for sig, body in extra:
        data += bytes(-len(data) % 4)
        at = 132 + 12 * (count + 2) + len(data)  # the table grows by the two new tags
        if sig in tags:
            struct.pack_into(">II", table, tags[sig] + 4, at, len(body))
        else:
            table += struct.pack(">4sII", sig, at, len(body))
        data += body
    out = table + data
    # Every old offset moves by the 24 bytes of the two new table entries.
    for i in range(count):
        pos = 132 + 12 * i
        if table[pos : pos + 4] != b"rXYZ":
            struct.pack_into(">I", out, pos + 4, struct.unpack_from(">I", out, pos + 4)[0] + 24)
    struct.pack_into(">I", out, 128, count + 2)
    struct.pack_into(">I", out, 0, len(out))
    return bytes(out)


def _lut_a_to_b(gap: bytes) -> bytes:
    """An A-to-B table (`mAB `) with every part, each after `gap`: B curves (y = x),
    a matrix (halving), M curves (gamma 1), a 2x2x2 grid and A curves (two points)."""
    cells = b"".join(
        struct.pack(">3H", 40000 * r, 30000 * g + 5000 * r, 20000 * b)
        for r in (0, 1)
        for g in (0, 1)
        for b in (0, 1)
    )
    parts = [
        (b"curv" + bytes(8)) * 3,
        struct.pack(">12i", 0x8000, 0, 0, 0, 0x8000, 0, 0, 0, 0x8000, 0, 0, 0),
        (b"para" + bytes(4) + struct.pack(">H2xi", 0, 0x10000)) * 3,
        bytes((2, 2, 2)) + bytes(13) + bytes((2, 0, 0, 0)) + cells,
        (b"curv" + bytes(4) + struct.pack(">IHH", 2, 0, 65535)) * 3,
    ]
    offsets, data = [], b""
    for part in parts:
        data += gap
        offsets.append(32 + len(data))
        data += part
    return b"mAB " + bytes(4) + struct.pack(">BB2x5I", 3, 3, *offsets) + data


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


def run_cli(
    *args: str | Path, cwd: Path | None = None, umask: int = -1
) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it: a real subprocess (with this umask, if given)."""
    return subprocess.run(
        [sys.executable, "-m", "scrubber", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        umask=umask,
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


# --- audio --------------------------------------------------------------------------------

AUDIO_SEEDS = Path(__file__).parent / "data" / "audio"  # untagged tones; see its README


def audio_seed(name: str, tmp_path: Path, as_name: str | None = None) -> Path:
    """A copy of a committed untagged recording, ready to be tagged."""
    path = tmp_path / (as_name or name)
    path.write_bytes((AUDIO_SEEDS / name).read_bytes())
    return path


def cover_jpeg() -> bytes:
    """Cover art that is itself a photo with GPS and camera EXIF."""
    out = io.BytesIO()
    pattern((32, 32)).save(out, "JPEG", exif=camera_exif(thumbnail=False))
    return out.getvalue()


def _syncsafe(n: int) -> bytes:
    return bytes((n >> s) & 0x7F for s in (21, 14, 7, 0))


def id3v24_tag(text: str, footer: bool = False) -> bytes:
    """A hand-made ID3v2.4 tag with one title frame (footer: the form appended at the end)."""
    value = b"\x03" + text.encode()
    frame = b"TIT2" + _syncsafe(len(value)) + b"\x00\x00" + value
    flags = 0x10 if footer else 0
    tag = b"ID3\x04\x00" + bytes([flags]) + _syncsafe(len(frame)) + frame
    return tag + (b"3DI\x04\x00" + bytes([flags]) + _syncsafe(len(frame)) if footer else b"")


def id3v1_tag(title: str) -> bytes:
    def field(text: str, size: int) -> bytes:
        return text.encode("latin-1")[:size].ljust(size, b"\x00")

    return b"TAG" + field(title, 30) + field(CANARY, 30) + bytes(30) + b"2024" + bytes(31)


def id3_frames() -> list[object]:
    """Every kind of ID3v2 frame that identifies: people, dates, software, files, pictures."""
    from mutagen import id3

    c = CANARY
    return [
        id3.TIT2(encoding=3, text=f"{c}-title"),
        id3.TPE1(encoding=1, text=f"{c}-artist"),
        id3.TCOM(encoding=3, text=f"{c}-composer"),
        id3.TDRC(encoding=3, text="2024-05-06"),
        id3.TSSE(encoding=3, text=f"{c}-software"),
        id3.TENC(encoding=3, text=f"{c}-encoded-by"),
        id3.COMM(encoding=3, lang="eng", desc="", text=f"{c}-comment"),
        id3.TXXX(encoding=3, desc="location", text=f"{c}-52.37,4.89"),
        id3.USLT(encoding=3, lang="eng", desc="", text=f"{c}-lyrics"),
        id3.PRIV(owner="WM/MediaClassPrimaryID", data=f"{c}-priv".encode()),
        id3.GEOB(encoding=3, mime="text/plain", filename="note.txt", desc="d", data=c.encode()),
        id3.APIC(encoding=3, mime="image/jpeg", type=3, desc=f"{c}-cover", data=cover_jpeg()),
        id3.POPM(email=f"{c}@example.org", rating=255, count=3),
        id3.WOAR(url=f"https://example.org/{c}"),
    ]


def dirty_mp3(path: Path) -> Path:
    """tone.mp3 with an ID3v2.3 tag in front and APEv2 + ID3v1 tags appended."""
    from mutagen.apev2 import BINARY, APEv2, APEValue
    from mutagen.id3 import ID3

    ape = APEv2()
    ape["Artist"] = f"{CANARY}-ape-artist"
    ape["Year"] = "2024"
    ape["Cover Art (Front)"] = APEValue(b"cover.jpg\x00" + cover_jpeg(), BINARY)
    ape.save(path)
    tags = ID3()
    for frame in id3_frames():
        tags.add(frame)
    tags.save(path, v1=2, v2_version=3)
    return path


def picture_block(description: str) -> bytes:
    """A FLAC PICTURE block body (also the base64 payload of METADATA_BLOCK_PICTURE)."""
    from mutagen.flac import Picture

    pic = Picture()
    pic.type, pic.mime, pic.desc, pic.data = 3, "image/jpeg", description, cover_jpeg()
    pic.width = pic.height = 32
    pic.depth = 24
    return bytes(pic.write())


def flac_blocks(data: bytes) -> tuple[list[tuple[int, bytes]], int]:
    """(type, body) of each FLAC metadata block, and where the audio frames start."""
    assert data[:4] == b"fLaC"
    pos, out = 4, []
    while True:
        head = data[pos]
        length = int.from_bytes(data[pos + 1 : pos + 4], "big")
        out.append((head & 0x7F, data[pos + 4 : pos + 4 + length]))
        pos += 4 + length
        if head & 0x80:
            return out, pos


def flac_join(blocks: list[tuple[int, bytes]], audio: bytes) -> bytes:
    out = b"fLaC"
    for i, (kind, body) in enumerate(blocks):
        last = 0x80 if i == len(blocks) - 1 else 0
        out += bytes([kind | last]) + len(body).to_bytes(3, "big") + body
    return out + audio


def dirty_flac(path: Path) -> Path:
    """tone.flac with comments, a picture, an application block, a cue sheet and ID3v1."""
    from mutagen.flac import FLAC, Picture

    flac = FLAC(path)
    assert flac.tags is not None
    flac.tags.vendor = f"{CANARY}-vendor"
    flac["ARTIST"] = f"{CANARY}-artist"
    flac["DATE"] = "2024-05-06"
    flac["ENCODER"] = f"{CANARY}-encoder"
    flac["COMMENT"] = f"{CANARY}-comment"
    flac.add_picture(Picture(picture_block(f"{CANARY}-cover")))
    flac.save()
    data = path.read_bytes()
    blocks, audio_at = flac_blocks(data)
    riff = b"riff" + b"LIST" + struct.pack("<I", 20) + b"INFOIART" + struct.pack("<I", 11)
    riff += f"{CANARY}\x00".encode()
    cue = b"1234567890123" + bytes(396 - 13)  # a media catalogue number, no tracks
    blocks[1:1] = [(2, riff), (5, cue)]
    path.write_bytes(flac_join(blocks, data[audio_at:]) + id3v1_tag(f"{CANARY}-v1"))
    return path


def dirty_ogg(path: Path, big: bool = False) -> Path:
    """tone.ogg or tone.opus with comments, a canary vendor and METADATA_BLOCK_PICTURE.

    `big` adds 70 kB of lyrics so the comment header spans several pages.
    """
    import base64

    import mutagen

    audio = mutagen.File(path)
    assert audio is not None and audio.tags is not None
    audio.tags.vendor = f"{CANARY}-vendor"
    audio["ARTIST"] = f"{CANARY}-artist"
    audio["DATE"] = "2024-05-06"
    audio["LOCATION"] = f"{CANARY}-location"
    audio["ENCODER"] = f"{CANARY}-encoder"
    picture = base64.b64encode(picture_block(f"{CANARY}-cover")).decode()
    audio["METADATA_BLOCK_PICTURE"] = picture
    if big:
        audio["LYRICS"] = (f"{CANARY}-lyrics " * 4000)[:70000]
    audio.save()
    return path


def mp4_boxes(data: bytes, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(type, start, end) of each box in data[start:end] (32-bit sizes only: test files)."""
    end = len(data) if end is None else end
    out, pos = [], start
    while pos < end:
        size, typ = struct.unpack(">I4s", data[pos : pos + 8])
        size = end - pos if size == 0 else size
        out.append((typ.decode("latin-1"), pos, pos + size))
        pos += size
    return out


def mp4_path(data: bytes, *names: str) -> tuple[int, int]:
    """(start, end) of the box reached by following `names` from the top level."""
    start, end = 0, len(data)
    for i, name in enumerate(names):
        inner = start + 8 if i else start
        found = [b for b in mp4_boxes(data, inner, end) if b[0] == name]
        assert found, f"no {name} box"
        _, start, end = found[0]
    return start, end


def mp4_box(typ: str, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + typ.encode("latin-1") + payload


def _grow(data: bytes, names: tuple[str, ...], extra: bytes) -> bytes:
    """Append `extra` inside the box at `names`, fixing the sizes of it and its parents."""
    out = bytearray(data)
    _, end = mp4_path(data, *names)
    out[end:end] = extra
    for depth in range(1, len(names) + 1):
        start, _ = mp4_path(data, *names[:depth])
        (size,) = struct.unpack(">I", out[start : start + 4])
        struct.pack_into(">I", out, start, size + len(extra))
    return bytes(out)


def dirty_m4a(path: Path) -> Path:
    """An M4A tagged the way iTunes and phones tag it.

    mutagen writes the iTunes tags (cover art, store account, encoder...). For the seed
    with its movie header last, the phone-style parts are added by hand: a QuickTime
    `©xyz` location and Apple `mdta` make/model/location keys, and real creation times.
    """
    from mutagen.mp4 import MP4, MP4Cover, MP4FreeForm

    c = CANARY
    m4a = MP4(path)
    assert m4a.tags is not None
    m4a["©nam"] = f"{c}-title"
    m4a["©ART"] = f"{c}-artist"
    m4a["©day"] = "2024-05-06"
    m4a["©too"] = f"{c}-encoder"
    m4a["©cmt"] = f"{c}-comment"
    m4a["apID"] = f"{c}@example.org"
    m4a["ownr"] = f"{c}-owner"
    m4a["covr"] = [MP4Cover(cover_jpeg(), imageformat=MP4Cover.FORMAT_JPEG)]
    m4a["----:com.apple.iTunes:NOTE"] = [MP4FreeForm(f"{c}-freeform".encode())]
    m4a.save()
    data = path.read_bytes()
    if mp4_path(data, "moov")[1] != len(data):
        return path  # the movie header is first: hand edits would have to move the audio
    data = _with_times(data)
    xyz = b"+52.3700+004.8900/"
    data = _grow(data, ("moov", "udta"), mp4_box("©xyz", struct.pack(">HH", len(xyz), 0) + xyz))
    keys = [
        "com.apple.quicktime.location.ISO6709",
        "com.apple.quicktime.make",
        "com.apple.quicktime.model",
    ]
    values = ["+52.3700+004.8900+001.000/", f"{c}-make", f"{c}-model"]
    keys_box = mp4_box(
        "keys",
        bytes(4)
        + struct.pack(">I", len(keys))
        + b"".join(struct.pack(">I", 8 + len(k)) + b"mdta" + k.encode() for k in keys),
    )
    items = b"".join(
        mp4_box(
            struct.pack(">I", i + 1).decode("latin-1"),
            mp4_box("data", struct.pack(">II", 1, 0) + v.encode()),
        )
        for i, v in enumerate(values)
    )
    hdlr = mp4_box("hdlr", bytes(8) + b"mdta" + bytes(12) + b"\x00")
    meta = mp4_box("meta", hdlr + keys_box + mp4_box("ilst", items))
    return _write(path, _grow(data, ("moov",), meta))


def _with_times(data: bytes) -> bytes:
    """Creation and modification times (2024-05-06) in the movie, track and media headers."""
    when = struct.pack(">II", 3797913600, 3797913601)
    out = bytearray(data)
    for names in (("moov", "mvhd"), ("moov", "trak", "tkhd"), ("moov", "trak", "mdia", "mdhd")):
        start, _ = mp4_path(data, *names)
        assert out[start + 8] == 0  # version 0: 32-bit times
        out[start + 12 : start + 20] = when
    return bytes(out)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def pcm_tone(frames: int = 1600, rate: int = 8000) -> bytes:
    """16-bit mono samples of a tone, with a ramp so no two seconds look alike."""
    import math

    return b"".join(
        struct.pack("<h", int(12000 * math.sin(i * 0.3) * (i % 400) / 400)) for i in range(frames)
    )


def riff_chunk(fourcc: bytes, payload: bytes, order: str = "<") -> bytes:
    pad = b"\x00" if len(payload) & 1 else b""
    return fourcc + struct.pack(order + "I", len(payload)) + payload + pad


def dirty_wav(path: Path) -> Path:
    """A WAV from the wave module, then the chunks recorders and taggers add."""
    import wave

    from mutagen.wave import WAVE

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(pcm_tone())
    wav = WAVE(path)
    wav.add_tags()
    assert wav.tags is not None
    for frame in id3_frames()[:4]:
        wav.tags.add(frame)
    wav.save()
    c = CANARY.encode()
    info = b"INFO" + b"".join(
        riff_chunk(k, v + b"\x00")
        for k, v in (
            (b"IART", c + b"-artist"),
            (b"ICRD", b"2024-05-06"),
            (b"ISFT", c + b"-software"),
            (b"ICMT", c + b"-comment"),
        )
    )
    bext = c.ljust(256, b"\x00") + (c + b"-rec").ljust(32, b"\x00") + c.ljust(32, b"\x00")
    bext += b"2024-05-0612:00:00" + bytes(8) + struct.pack("<H", 1) + c.ljust(64, b"\x00")
    bext += bytes(190) + c + b"-coding-history\r\n"
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
    xmp += b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
    xmp += b"<dc:creator>" + c + b"-xmp</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    extra = riff_chunk(b"LIST", info) + riff_chunk(b"bext", bext)
    extra += riff_chunk(b"iXML", b"<BWFXML><PROJECT>" + c + b"</PROJECT></BWFXML>")
    extra += riff_chunk(b"_PMX", xmp) + riff_chunk(b"JUNK", bytes(28))
    data = path.read_bytes()
    body = data[12:] + extra
    path.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WAVE" + body + c + b"-trailer")
    return path


def _extended80(rate: int) -> bytes:
    """An AIFF sample rate: an 80-bit IEEE extended float."""
    exponent = rate.bit_length() - 1
    return struct.pack(">HQ", 16383 + exponent, rate << (63 - exponent))


def dirty_aiff(path: Path, samples: bytes | None = None) -> Path:
    """A hand-made AIFF (big-endian PCM) with name, author, copyright, notes, ID3 and app data."""
    from mutagen.aiff import AIFF

    pcm = samples if samples is not None else pcm_tone()
    be = b"".join(pcm[i + 1 : i + 2] + pcm[i : i + 1] for i in range(0, len(pcm), 2))
    comm = struct.pack(">hIh", 1, len(be) // 2, 16) + _extended80(8000)
    ssnd = struct.pack(">II", 0, 0) + be
    c = CANARY.encode()
    chunks = riff_chunk(b"COMM", comm, ">") + riff_chunk(b"SSND", ssnd, ">")
    chunks += riff_chunk(b"NAME", c + b"-name", ">") + riff_chunk(b"AUTH", c + b"-author", ">")
    chunks += riff_chunk(b"(c) ", c + b"-copyright", ">") + riff_chunk(b"ANNO", c + b"-anno", ">")
    chunks += riff_chunk(b"APPL", b"pdos" + c + b"-app", ">")
    path.write_bytes(b"FORM" + struct.pack(">I", 4 + len(chunks)) + b"AIFF" + chunks)
    aiff = AIFF(path)
    aiff.add_tags()
    assert aiff.tags is not None
    for frame in id3_frames()[:4]:
        aiff.tags.add(frame)
    aiff.save()
    return path


# --- video ----------------------------------------------------------------------------------

VIDEO_SEEDS = Path(__file__).parent / "data" / "video"  # untagged clips; see its README
WHEN = "2024:05:06 12:00:00"
VIDEO_EXIFTOOL_TAGS = (
    "-Keys:GPSCoordinates=52.37, 4.89, 1",
    "-UserData:GPSCoordinates=52.37, 4.89",
    f"-Keys:Make={CANARY}-make",
    f"-Keys:Model={CANARY}-model",
    f"-Keys:Software={CANARY}-software",
    f"-Keys:CreationDate={WHEN}+02:00",
    f"-UserData:Make={CANARY}-udta-make",
    f"-UserData:Model={CANARY}-udta-model",
    f"-UserData:SoftwareVersion={CANARY}-swr",
    f"-UserData:ContentCreateDate={WHEN}",
    f"-UserData:Author={CANARY}-author",
    f"-XMP-dc:Creator={CANARY}-xmp-creator",
    f"-QuickTime:CreateDate={WHEN}",
    f"-QuickTime:ModifyDate={WHEN}",
    f"-TrackCreateDate={WHEN}",
    f"-TrackModifyDate={WHEN}",
    f"-MediaCreateDate={WHEN}",
    f"-MediaModifyDate={WHEN}",
)


def video_seed(name: str, tmp_path: Path, as_name: str | None = None) -> Path:
    """A copy of a committed untagged clip, ready to be tagged."""
    path = tmp_path / (as_name or name)
    path.write_bytes((VIDEO_SEEDS / name).read_bytes())
    return path


def mp4_traks(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every track box in the movie header."""
    start, end = mp4_path(data, "moov")
    return [(s, e) for t, s, e in mp4_boxes(data, start + 8, end) if t == "trak"]


def mp4_table(data: bytes, trak: tuple[int, int], *names: str) -> tuple[int, int] | None:
    """(start, end) of the box below a track at `names` (e.g. mdia, minf, stbl, stco)."""
    start, end = trak
    for name in names:
        found = [b for b in mp4_boxes(data, start + 8, end) if b[0] == name]
        if not found:
            return None
        _, start, end = found[0]
    return start, end


def shift_chunks(data: bytes, at: int, delta: int) -> bytes:
    """Every chunk offset at or after `at` moved by `delta` (what inserting bytes needs)."""
    out = bytearray(data)
    for trak in mp4_traks(data):
        for table, fmt in (("stco", ">I"), ("co64", ">Q")):
            box = mp4_table(data, trak, "mdia", "minf", "stbl", table)
            if box is None:
                continue
            (count,) = struct.unpack_from(">I", data, box[0] + 12)
            width = struct.calcsize(fmt)
            for i in range(count):
                pos = box[0] + 16 + width * i
                (offset,) = struct.unpack_from(fmt, data, pos)
                if offset >= at:
                    struct.pack_into(fmt, out, pos, offset + delta)
    return bytes(out)


def grow_moov(data: bytes, names: tuple[str, ...], extra: bytes) -> bytes:
    """Append `extra` inside the box at `names` (under moov), keeping chunk offsets right."""
    moov, mdat = mp4_path(data, "moov")[0], mp4_path(data, "mdat")[0]
    data = _grow(data, names, extra)
    return shift_chunks(data, 0, len(extra)) if moov < mdat else data


def insert_media(data: bytes, at: int, blob: bytes) -> bytes:
    """Insert `blob` into the media data at file offset `at`, moving later chunks along."""
    start, end = mp4_path(data, "mdat")
    assert start + 8 <= at <= end
    out = bytearray(shift_chunks(data, at, len(blob)))
    out[at:at] = blob
    struct.pack_into(">I", out, start, end - start + len(blob))
    return bytes(out)


def chunk_offsets(data: bytes, track: int = 0) -> list[int]:
    box = mp4_table(data, mp4_traks(data)[track], "mdia", "minf", "stbl", "stco")
    assert box is not None
    (count,) = struct.unpack_from(">I", data, box[0] + 12)
    return list(struct.unpack_from(f">{count}I", data, box[0] + 16))


def _full_box(typ: str, flags: int, body: bytes) -> bytes:
    return mp4_box(typ, struct.pack(">I", flags) + body)


def timed_track(track_id: int, handler: str, entry: bytes, chunks: list[tuple[int, int]]) -> bytes:
    """A metadata track with one sample per chunk at the given (offset, size) places."""
    when, n = 3797913600, len(chunks)
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    head = struct.pack(">5I", when, when, track_id, 0, n * 1000)
    tkhd = _full_box("tkhd", 1, head + bytes(16) + matrix + bytes(8))  # no size: not shown
    mdhd = _full_box("mdhd", 0, struct.pack(">4IHH", when, when, 1000, n * 1000, 0x55C4, 0))
    hdlr = _full_box(
        "hdlr", 0, bytes(4) + handler.encode() + bytes(12) + f"{CANARY} MET\0".encode()
    )
    dref = _full_box("dref", 0, struct.pack(">I", 1) + _full_box("url ", 1, b""))
    stbl = mp4_box(
        "stbl",
        _full_box("stsd", 0, struct.pack(">I", 1) + entry)
        + _full_box("stts", 0, struct.pack(">III", 1, n, 1000))
        + _full_box("stsc", 0, struct.pack(">IIII", 1, 1, 1, 1))
        + _full_box("stsz", 0, struct.pack(f">II{n}I", 0, n, *(s for _, s in chunks)))
        + _full_box("stco", 0, struct.pack(f">I{n}I", n, *(o for o, _ in chunks))),
    )
    minf = mp4_box("minf", _full_box("nmhd", 0, b"") + mp4_box("dinf", dref) + stbl)
    return mp4_box("trak", tkhd + mp4_box("mdia", mdhd + hdlr + minf))


AMR_VENDOR = b"SCRB"  # the maker code a phone writes into the AMR set-up (4 bytes)


def amr_3gp(path: Path, seconds: int = 1) -> Path:
    """A phone's voice recording: 3GP with one AMR-NB track, built box by box.

    The `samr` sample description carries the encoder's maker code and version in its
    `damr` box (and the entry's own vendor field), as phones write them; the handler name
    and a `©nam` title hold the canary. The samples are real 12.2 kbit/s AMR frames
    (frame header 0x3C, 31 bytes of speech bits), 50 a second.
    """
    rng = random.Random(12)
    frames = [b"\x3c" + bytes(rng.randrange(256) for _ in range(31)) for _ in range(50 * seconds)]
    when, n = 3797913600, len(frames)
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = _full_box(
        "mvhd", 0, struct.pack(">4IIH10x", when, when, 1000, 1000 * seconds, 0x10000, 0x100)
        + matrix + bytes(24) + struct.pack(">I", 2),
    )  # fmt: skip
    track = struct.pack(">5I8xHHHH", when, when, 1, 0, 1000 * seconds, 0, 0, 0x100, 0)
    tkhd = _full_box("tkhd", 7, track + matrix + bytes(8))
    mdhd = _full_box("mdhd", 0, struct.pack(">4IHH", when, when, 8000, 160 * n, 0x55C4, 0))
    hdlr = _full_box("hdlr", 0, bytes(4) + b"soun" + bytes(12) + f"{CANARY} voice\0".encode())
    damr = mp4_box("damr", AMR_VENDOR + struct.pack(">BHBB", 7, 0x81FF, 0, 1))
    samr = mp4_box(
        "samr",
        bytes(6)
        + b"\0\1"
        + bytes(4)
        + AMR_VENDOR
        + struct.pack(">HHHHI", 1, 16, 0, 0, 8000 << 16)
        + damr,
    )
    dref = _full_box("dref", 0, struct.pack(">I", 1) + _full_box("url ", 1, b""))

    def moov(offset: int) -> bytes:
        stbl = mp4_box(
            "stbl",
            _full_box("stsd", 0, struct.pack(">I", 1) + samr)
            + _full_box("stts", 0, struct.pack(">III", 1, n, 160))
            + _full_box("stsc", 0, struct.pack(">IIII", 1, 1, n, 1))
            + _full_box("stsz", 0, struct.pack(">II", 32, n))
            + _full_box("stco", 0, struct.pack(">II", 1, offset)),
        )
        minf = mp4_box("minf", _full_box("smhd", 0, bytes(4)) + mp4_box("dinf", dref) + stbl)
        title = f"{CANARY} memo".encode()
        udta = mp4_box("udta", mp4_box("©nam", struct.pack(">HH", len(title), 0) + title))
        trak = mp4_box("trak", tkhd + mp4_box("mdia", mdhd + hdlr + minf))
        return mp4_box("moov", mvhd + trak + udta)

    ftyp = mp4_box("ftyp", b"3gp4" + struct.pack(">I", 0x200) + b"isom3gp4")
    head = ftyp + moov(0)
    return _write(path, ftyp + moov(len(head) + 8) + mp4_box("mdat", b"".join(frames)))


def _klv(key: str, typ: str, size: int, value: bytes) -> bytes:
    """One GoPro GPMF item: key, type, item size, repeat count, padded value."""
    head = key.encode() + typ.encode("latin-1") + bytes([size])
    return head + struct.pack(">H", len(value) // size) + value + bytes(-len(value) % 4)


def gpmf_sample(second: int) -> bytes:
    """A GoPro telemetry sample: the camera's name and a GPS fix, as GoPro cameras write."""
    fix = struct.pack(">5i", 523700000 + second, 48900000, 1000, 250, 250)
    scale = struct.pack(">5i", 10000000, 10000000, 1000, 1000, 100)
    stream = _klv("STNM", "c", 1, b"GPS (Lat., Long., Alt., 2D speed, 3D speed)")
    stream += _klv("GPSU", "U", 16, b"240506120000.000") + _klv("GPSF", "L", 4, b"\0\0\0\3")
    stream += _klv("SCAL", "l", 4, scale) + _klv("GPS5", "l", 20, fix)
    device = _klv("DVID", "L", 4, b"\0\0\0\1") + _klv("DVNM", "c", 1, f"{CANARY}-gopro".encode())
    return _klv("DEVC", "\0", 1, device + _klv("STRM", "\0", 1, stream))


def camm_sample() -> bytes:
    """A Google camera-motion GPS sample (type 6), little-endian as the format says."""
    gps = struct.pack("<dIddffffff", 1714996800.0, 3, 52.37, 4.89, 1.0, 5, 5, 0, 0, 0)
    return struct.pack("<HH", 0, 6) + gps + struct.pack("<f", 1.0)


MEBX_KEYS = ("com.apple.quicktime.location.ISO6709", "com.apple.quicktime.model")


def mebx_entry() -> bytes:
    """Apple's timed-metadata sample description naming the keys its samples carry."""
    keys = b"".join(
        mp4_box(
            struct.pack(">I", i + 1).decode("latin-1"),
            mp4_box("keyd", b"mdta" + key.encode()) + mp4_box("dtyp", struct.pack(">II", 0, 1)),
        )
        for i, key in enumerate(MEBX_KEYS)
    )
    return mp4_box("mebx", bytes(6) + b"\0\1" + mp4_box("keys", keys))


def mebx_sample() -> bytes:
    values = (b"+52.3700+004.8900+001.000/", f"{CANARY}-timed-model".encode())
    return b"".join(
        mp4_box(struct.pack(">I", i + 1).decode("latin-1"), v) for i, v in enumerate(values)
    )


def with_timed_track(
    data: bytes, handler: str, entry: bytes, samples: list[bytes], at: int
) -> bytes:
    """A timed metadata track whose samples lie together at offset `at` of the media data."""
    data = insert_media(data, at, b"".join(samples))
    chunks, pos = [], at
    for sample in samples:
        chunks.append((pos, len(sample)))
        pos += len(sample)
    track_id = 1 + max(
        struct.unpack_from(">I", data, t[0] + 8 + 12 + 8)[0] for t in mp4_traks(data)
    )
    return grow_moov(data, ("moov",), timed_track(track_id, handler, entry, chunks))


def dirty_video(path: Path) -> Path:
    """A clip tagged as phones and action cameras tag them.

    ExifTool writes the QuickTime tags (Apple keys with location, make, model, software
    and date; user data with ©xyz, make, model, author; XMP; times in every header).
    Added by hand: a track-level ©xyz, GoPro (gpmd) and Google (camm) GPS tracks whose
    samples sit between the video frames, an Apple timed-metadata (mebx) track after
    them, leftover data in a free box and a camera maker's private uuid box at the end.
    """
    exiftool_write(path, *VIDEO_EXIFTOOL_TAGS)
    data = path.read_bytes()
    xyz = b"+48.8583+002.2945/"
    udta = mp4_box("udta", mp4_box("©xyz", struct.pack(">HH", len(xyz), 0) + xyz))
    data = grow_moov(data, ("moov", "trak"), udta)
    gpmd = mp4_box("gpmd", bytes(6) + b"\0\1" + bytes(8))
    gps = [gpmf_sample(0), gpmf_sample(1)]
    data = with_timed_track(data, "meta", gpmd, gps, chunk_offsets(data)[1])
    camm = mp4_box("camm", bytes(6) + b"\0\1")
    data = with_timed_track(data, "camm", camm, [camm_sample()], chunk_offsets(data)[3])
    data = with_timed_track(data, "meta", mebx_entry(), [mebx_sample()], mp4_path(data, "mdat")[1])
    data += mp4_box("free", f"{CANARY} old header left in padding".encode())
    data += mp4_box("uuid", bytes.fromhex("50524f4621d24fcebb88695cfac9c740") + CANARY.encode())
    return _write(path, data)


# --- Office documents ---------------------------------------------------------------------

OFFICE_BODY = ["Dear reader,", "Start inserted words middle end", "Bold now"]
ODT_BODY = "Hello world inserted end tail"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def rezip(data: bytes, path: Path, replace: dict[str, bytes], first: str = "") -> Path:
    """Rewrite a zip with some parts replaced or added, dated now as most tools date them.
    `first` goes first and uncompressed (an ODF mimetype)."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    parts.update(replace)
    names = sorted(parts, key=lambda n: n != first)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in names:
            kind = zipfile.ZIP_STORED if name == first else zipfile.ZIP_DEFLATED
            out.writestr(name, parts[name], compress_type=kind)
    return path


def _add_rel(rels: bytes, rid: str, kind: str, target: str, external: bool = False) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"{mode}/>'
    return rels.replace(b"</Relationships>", rel.encode() + b"</Relationships>")


def _add_override(types: bytes, part: str, content_type: str) -> bytes:
    entry = f'<Override PartName="{part}" ContentType="{content_type}"/>'
    return types.replace(b"</Types>", entry.encode() + b"</Types>")


def office_jpeg(tmp: Path, name: str = "photo.jpg") -> Path:
    """A camera photo (EXIF with GPS and owner, XMP, IPTC) to put inside documents."""
    return dirty_jpeg(tmp / name, size=(48, 32))


DOCX_APP = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<Template>C:\\Users\\{CANARY}-user\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm</Template>
<TotalTime>42</TotalTime><Pages>1</Pages><Words>9</Words>
<Application>{CANARY}-Microsoft Office Word</Application><DocSecurity>0</DocSecurity>
<Manager>{CANARY}-manager</Manager><Company>{CANARY}-company</Company>
<AppVersion>16.0000</AppVersion></Properties>"""
DOCX_CUSTOM = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="Client">
<vt:lpwstr>{CANARY}-custom</vt:lpwstr></property></Properties>"""
DOCX_PEOPLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">
<w15:person w15:author="{CANARY}-person"><w15:presenceInfo w15:providerId="AD"
 w15:userId="S::{CANARY}@example.org::1"/></w15:person></w15:people>"""
# Tracked changes as Word writes them: an insertion, a deletion, a formatting change.
DOCX_INS = (
    f'<w:ins w:id="901" w:author="{CANARY}-reviser" w:date="2024-05-01T10:00:00Z">'
    '<w:r w:rsidR="00A1B2C3"><w:t>inserted words</w:t></w:r></w:ins>'
)
DOCX_DEL = (
    f'<w:del w:id="902" w:author="{CANARY}-reviser" w:date="2024-05-01T10:01:00Z">'
    f"<w:r><w:delText>{CANARY}-deleted words</w:delText></w:r></w:del>"
)
DOCX_FORMAT = (
    '<w:r><w:rPr><w:b/><w:rPrChange w:id="903" w:author="' + CANARY + '-formatter" '
    'w:date="2024-05-01T10:02:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>Bold now</w:t></w:r>'
)


def dirty_docx(path: Path) -> Path:
    """A letter as Word leaves it: every kind of hidden data a .docx carries.

    python-docx writes the author, a comment and a photo; the rest is added as Word
    writes it: company and template path in app.xml, tracked changes with rsids, people,
    custom properties, an attached template and document variables in settings.xml, a
    hidden XML comment and a thumbnail that is a camera photo.
    """
    import docx

    doc = docx.Document()
    props = doc.core_properties
    props.author = f"{CANARY}-author"
    props.last_modified_by = f"{CANARY}-last-modified-by"
    props.title = f"{CANARY}-title"
    props.comments = f"{CANARY}-description"
    first = doc.add_paragraph(OFFICE_BODY[0])
    doc.add_comment(
        first.runs, text=f"{CANARY}-comment", author=f"{CANARY}-commenter", initials="SC"
    )
    doc.add_paragraph("Start INSMARK middle DELMARK end")
    doc.add_paragraph("FORMATMARK")
    doc.add_picture(str(office_jpeg(path.parent, "docx-photo.jpg")))
    doc.sections[0].header.paragraphs[0].text = "Header text"
    buf = io.BytesIO()
    doc.save(buf)

    import zipfile

    with zipfile.ZipFile(buf) as z:
        body = z.read("word/document.xml")
        settings = z.read("word/settings.xml")
        types = z.read("[Content_Types].xml")
        rels = z.read("_rels/.rels")
        doc_rels = z.read("word/_rels/document.xml.rels")
    marked = b"<w:r><w:t>Start INSMARK middle DELMARK end</w:t></w:r>"
    assert marked in body
    body = body.replace(
        marked,
        b'<w:r><w:t xml:space="preserve">Start </w:t></w:r>'
        + DOCX_INS.encode()
        + b'<w:r><w:t xml:space="preserve"> middle</w:t></w:r>'
        + DOCX_DEL.encode()
        + b'<w:r><w:t xml:space="preserve"> end</w:t></w:r>',
    )
    body = body.replace(b"<w:r><w:t>FORMATMARK</w:t></w:r>", DOCX_FORMAT.encode())
    body = body.replace(b"<w:body>", f"<w:body><!-- {CANARY}-xml-comment -->".encode(), 1)
    settings = settings.replace(
        b"<w:zoom",
        (
            f'<w:attachedTemplate r:id="rId900"/><w:docVars><w:docVar w:name="client" '
            f'w:val="{CANARY}-docvar"/></w:docVars><w:zoom'
        ).encode(),
        1,
    )
    settings_rels = _add_rel(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="' + PKG_REL.encode() + b'"></Relationships>',
        "rId900",
        f"{REL}/attachedTemplate",
        f"file:///C:/Users/{CANARY}-user/Templates/Letter.dotm",
        external=True,
    )
    rels = _add_rel(rels, "rId901", f"{REL}/custom-properties", "docProps/custom.xml")
    doc_rels = _add_rel(
        doc_rels,
        "rId902",
        "http://schemas.microsoft.com/office/2011/relationships/people",
        "people.xml",
    )
    types = _add_override(
        types,
        "/docProps/custom.xml",
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    )
    types = _add_override(types, "/word/people.xml", "application/vnd.ms-word.people+xml")
    replace = {
        "word/document.xml": body,
        "word/settings.xml": settings,
        "word/_rels/settings.xml.rels": settings_rels,
        "_rels/.rels": rels,
        "word/_rels/document.xml.rels": doc_rels,
        "[Content_Types].xml": types,
        "docProps/app.xml": DOCX_APP.encode(),
        "docProps/custom.xml": DOCX_CUSTOM.encode(),
        "word/people.xml": DOCX_PEOPLE.encode(),
        "docProps/thumbnail.jpeg": office_jpeg(path.parent, "thumb.jpg").read_bytes(),
    }
    return rezip(buf.getvalue(), path, replace)


XLSX_WORKBOOK_EXTRA = (
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac='
    '"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" '
    f'url="C:\\Users\\{CANARY}-user\\Documents\\"/></mc:Choice></mc:AlternateContent>'
)


def dirty_xlsx(path: Path) -> Path:
    """A price list as Excel leaves it: creator, last editor, a comment with its author,
    a photo, the folder it was saved in and the Excel build."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.drawing.image import Image as XLImage

    wb = openpyxl.Workbook()
    wb.properties.creator = f"{CANARY}-creator"
    wb.properties.lastModifiedBy = f"{CANARY}-last-modified-by"
    ws = wb.active
    ws["A1"] = "Service"
    ws["B1"] = 120
    ws["A1"].comment = Comment(f"{CANARY}-cell-comment", f"{CANARY}-commenter")
    ws.add_image(XLImage(str(office_jpeg(path.parent, "xlsx-photo.jpg"))), "D2")
    buf = io.BytesIO()
    wb.save(buf)
    import zipfile

    with zipfile.ZipFile(buf) as z:
        book = z.read("xl/workbook.xml")
    at = book.index(b"<workbookPr")
    book = book[:at] + XLSX_WORKBOOK_EXTRA.encode() + book[at:]
    return rezip(buf.getvalue(), path, {"xl/workbook.xml": book})


def dirty_pptx(path: Path) -> Path:
    """A one-slide flyer: author and last editor, and a camera photo on the slide."""
    import pptx
    from pptx.util import Inches

    prs = pptx.Presentation()
    prs.core_properties.author = f"{CANARY}-author"
    prs.core_properties.last_modified_by = f"{CANARY}-last-modified-by"
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Call me"
    slide.shapes.add_picture(str(office_jpeg(path.parent, "pptx-photo.jpg")), Inches(1), Inches(2))
    prs.save(str(path))
    return path


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:officeooo="http://openoffice.org/2009/office" office:version="1.3"'
)
ODT_CHANGE = (
    f"<office:change-info><dc:creator>{CANARY}-reviser</dc:creator>"
    "<dc:date>2024-05-01T10:00:00</dc:date></office:change-info>"
)
ODT_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS}><office:automatic-styles>
<style:style style:name="P1" style:family="paragraph"><style:text-properties
 officeooo:rsid="0012ab34" officeooo:paragraph-rsid="0012ab34"/></style:style>
</office:automatic-styles><office:body><office:text><text:tracked-changes>
<text:changed-region text:id="ct1"><text:deletion>{ODT_CHANGE}
<text:p>{CANARY}-deleted words</text:p></text:deletion></text:changed-region>
<text:changed-region text:id="ct2"><text:insertion>{ODT_CHANGE}</text:insertion>
</text:changed-region></text:tracked-changes>
<text:p text:style-name="P1">Hello <text:change text:change-id="ct1"/>world <text:change-start
 text:change-id="ct2"/>inserted<text:change-end text:change-id="ct2"/> end<office:annotation>
<dc:creator>{CANARY}-annotator</dc:creator><dc:date>2024-05-02T09:00:00</dc:date>
<text:p>{CANARY}-annotation</text:p></office:annotation> tail</text:p>
<text:p><draw:frame draw:name="Photo" svg:width="2cm" svg:height="1.5cm"><draw:image
 xlink:href="Pictures/photo.jpg" xlink:type="simple"/></draw:frame></text:p>
</office:text></office:body></office:document-content>"""
ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF_NS}><office:master-styles><style:master-page
 style:name="Standard"><style:header><text:p>Header text<office:annotation>
<dc:creator>{CANARY}-header-annotator</dc:creator><text:p>{CANARY}-header-note</text:p>
</office:annotation></text:p></style:header></style:master-page></office:master-styles>
</office:document-styles>"""
ODT_META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {ODF_NS}><office:meta>
<meta:initial-creator>{CANARY}-initial-creator</meta:initial-creator>
<dc:creator>{CANARY}-creator</dc:creator><meta:creation-date>2024-05-01T09:00:00</meta:creation-date>
<dc:date>2024-05-02T09:00:00</dc:date><meta:editing-cycles>7</meta:editing-cycles>
<meta:editing-duration>PT1H2M</meta:editing-duration><meta:printed-by>{CANARY}-printer-user</meta:printed-by>
<meta:generator>{CANARY}-LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>
<meta:template xlink:type="simple" xlink:href="file:///home/{CANARY}-user/Templates/cv.ott"/>
</office:meta></office:document-meta>"""
ODT_SETTINGS = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-settings {ODF_NS}><office:settings>
<config:config-item-set config:name="ooo:view-settings"><config:config-item
 config:name="ViewAreaWidth" config:type="long">25000</config:config-item></config:config-item-set>
<config:config-item-set config:name="ooo:configuration-settings">
<config:config-item config:name="PrinterName"
 config:type="string">{CANARY}-printer</config:config-item>
<config:config-item config:name="PrinterSetup"
 config:type="base64Binary">U0NSVUJDQU5BUlktc2V0dXA=</config:config-item>
<config:config-item config:name="Rsid" config:type="int">1193046</config:config-item>
<config:config-item config:name="AddParaTableSpacing"
 config:type="boolean">true</config:config-item>
</config:config-item-set></office:settings></office:document-settings>"""


def _odt_manifest(paths: list[str]) -> bytes:
    types = {".xml": "text/xml", ".png": "image/png", ".jpg": "image/jpeg"}
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{p}" '
        f'manifest:media-type="{types.get(Path(p).suffix, "")}"/>'
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        f"{entries}</manifest:manifest>"
    ).encode()


def dirty_odt(path: Path, extra: dict[str, bytes] | None = None) -> Path:
    """A CV as LibreOffice leaves it, built part by part with zipfile: meta.xml with
    creator, dates and generator, a printer in settings.xml, a thumbnail, a tracked
    change, annotations (one in a header) and a camera photo."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Software", f"{CANARY}-thumbnail-software")
    thumb = io.BytesIO()
    pattern((32, 32)).save(thumb, "PNG", pnginfo=info)
    parts = {
        "content.xml": ODT_CONTENT.encode(),
        "styles.xml": ODT_STYLES.encode(),
        "meta.xml": ODT_META.encode(),
        "settings.xml": ODT_SETTINGS.encode(),
        "Pictures/photo.jpg": office_jpeg(path.parent, "odt-photo.jpg").read_bytes(),
        "Thumbnails/thumbnail.png": thumb.getvalue(),
        "Configurations2/accelerator/current.xml": b"",
        **(extra or {}),
    }
    parts["META-INF/manifest.xml"] = _odt_manifest(sorted(parts))
    parts["mimetype"] = b"application/vnd.oasis.opendocument.text"
    empty = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(empty, "w"):
        pass
    return rezip(empty.getvalue(), path, parts, first="mimetype")


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


def soffice_convert(src: Path, out_dir: Path, to: str = "pdf") -> Path:
    """LibreOffice's own export of `src` (a private profile, never the user's); `to` may
    carry filter options ("pdf:writer_pdf_Export:{...}")."""
    import os
    import shutil

    import pytest

    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):  # .ci/run installs it: missing there is a failure
            pytest.fail("LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    profile = (out_dir / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to]
    proc = subprocess.run(
        [*command, "--outdir", str(out_dir), str(src)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    out = out_dir / f"{src.stem}.{to.split(':')[0]}"
    assert out.exists(), proc.stderr or proc.stdout
    return out


# A photo with a magenta block on its right eighth: the part a crop hides.
CROP_CANARY_RGB = (255, 0, 255)


def crop_picture(size: tuple[int, int] = (200, 100)) -> Image.Image:
    """A picture whose right eighth is a magenta block (the pixel canary)."""
    w, h = size
    im = pattern(size)
    im.paste(CROP_CANARY_RGB, (w - w // 8, 0, w, h))
    return im


def crop_photo(size: tuple[int, int] = (200, 100)) -> bytes:
    buf = io.BytesIO()
    crop_picture(size).save(buf, "JPEG", quality=95)
    return buf.getvalue()


def has_crop_canary(im: Image.Image) -> bool:
    """Whether a picture holds a block of the magenta canary (a few JPEG-blurred pixels
    at a cut edge do not count; a block of 4x4 does)."""
    rgb = im.convert("RGB")
    px = rgb.load()
    w, h = rgb.size
    for y in range(0, h - 3, 2):
        for x in range(0, w - 3, 2):
            if all(_magenta(px[x + i, y + j]) for i in range(4) for j in range(4)):
                return True
    return False


def _magenta(p: tuple[int, int, int]) -> bool:
    return p[0] > 200 and p[1] < 60 and p[2] > 200


# Writer's PDF export locked against printing and copying (an owner password only).
LOCKED_PDF = (
    'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},'
    '"PermissionPassword":{"type":"string","value":"owner-secret"},'
    '"Printing":{"type":"long","value":"0"},'
    '"EnableCopyingOfContent":{"type":"boolean","value":"false"}}'
)


def libreoffice_cropped_pdf(tmp: Path, to: str = "pdf") -> Path:
    """A Writer document with the crop photo cropped by a quarter on the right
    (fo:clip), exported to PDF by LibreOffice itself (with `to`'s settings)."""
    import base64

    photo = base64.b64encode(crop_photo()).decode()
    fodt = tmp / "cropped.fodt"
    fodt.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
        '<office:automatic-styles><style:style style:name="fr1" style:family="graphic">'
        '<style:graphic-properties fo:clip="rect(0cm, 1.25cm, 0cm, 0cm)"/></style:style>'
        "</office:automatic-styles><office:body><office:text><text:p>Flyer: call me "
        '<draw:frame draw:style-name="fr1" draw:name="Image1" text:anchor-type="as-char" '
        'svg:width="3.75cm" svg:height="2.5cm"><draw:image><office:binary-data>'
        f"{photo}</office:binary-data></draw:image></draw:frame></text:p>"
        "</office:text></office:body></office:document>",
        encoding="utf-8",
    )
    return soffice_convert(fodt, tmp, to)


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


# Writer's PDF export settings: tagged (pictures get their descriptions as /Alt), PDF/A-1b.
TAGGED_PDFA = (
    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
    '"SelectPdfVersion":{"type":"long","value":"1"}}'
)
ONE_PIXEL_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
)


def libreoffice_tagged_pdf(tmp: Path) -> Path:
    """A Writer document with a link to a file in the home folder, a web link, and a
    picture whose title and description are its camera file name and path, exported by
    LibreOffice as a tagged PDF/A-1b."""
    fodt = tmp / "tagged.fodt"
    photo = f"C:\\Users\\{CANARY}\\Pictures\\IMG_20240315_221530.jpg"
    fodt.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
        f'<text:p>See <text:a xlink:type="simple" xlink:href="file:///home/{CANARY}/cv.odt">'
        f'my CV</text:a> and <text:a xlink:type="simple" xlink:href="{PDF_LINK}">the flyer'
        '</text:a>. <draw:frame draw:name="IMG_20240315_221530.jpg" text:anchor-type="as-char" '
        'svg:width="2cm" svg:height="1cm"><draw:image><office:binary-data>'
        f"{ONE_PIXEL_PNG}</office:binary-data></draw:image>"
        f"<svg:title>IMG_20240315_221530.jpg</svg:title><svg:desc>{photo}</svg:desc>"
        "</draw:frame></text:p></office:text></office:body></office:document>",
        encoding="utf-8",
    )
    return soffice_convert(fodt, tmp, TAGGED_PDFA)
