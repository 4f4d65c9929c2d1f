"""Small dirty files, one per format, made in-process for `scrubber selftest`.

The tests' fixtures live in tests/, which a frozen app does not carry, so these are made
here with the libraries the app ships (Pillow, pillow-heif, pikepdf) or byte by byte.
Each holds a name, a device or a place, so cleaning it must remove something.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

TAG = "selftest"
MAKE, MODEL, ARTIST, GPS_IFD = 0x010F, 0x0110, 0x013B, 0x8825


def picture(size: tuple[int, int] = (64, 48)) -> Image.Image:
    im = Image.new("RGB", size, (200, 180, 150))
    ImageDraw.Draw(im).rectangle((8, 8, size[0] // 2, size[1] // 2), fill=(40, 90, 160))
    return im


def exif() -> Image.Exif:
    ex = Image.Exif()
    ex[MAKE], ex[MODEL], ex[ARTIST] = f"{TAG}-make", f"{TAG}-model", f"{TAG}-artist"
    gps = ex.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (52.0, 22.0, 1.5), 3: "E", 4: (4.0, 53.0, 2.5)})
    return ex


def jpeg(path: Path) -> Path:
    picture().save(path, "JPEG", exif=exif(), quality=85)
    return path


def png(path: Path) -> Path:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", f"{TAG}-author")
    picture().save(path, "PNG", pnginfo=info, exif=exif())
    return path


def webp(path: Path) -> Path:
    picture().save(path, "WEBP", exif=exif(), quality=80)
    return path


def gif(path: Path) -> Path:
    picture().convert("P").save(path, "GIF", comment=f"{TAG}-comment".encode())
    return path


def tiff(path: Path) -> Path:
    picture().save(path, "TIFF", tiffinfo=exif())
    return path


def heic(path: Path) -> Path:
    import pillow_heif

    pillow_heif.register_heif_opener()
    # Below 64 px a side the cleaner refuses to re-encode HEIC (the encoder's minimum).
    picture((96, 72)).save(path, "HEIF", exif=exif().tobytes(), quality=60)
    return path


def pdf(path: Path) -> Path:
    import pikepdf

    with pikepdf.new() as doc:
        doc.add_blank_page(page_size=(200, 200))
        doc.docinfo["/Author"] = f"{TAG}-author"
        doc.docinfo["/Producer"] = f"{TAG}-producer"
        doc.save(path)
    return path


def _chunk(fourcc: bytes, payload: bytes, order: str) -> bytes:
    pad = b"\x00" if len(payload) & 1 else b""
    return fourcc + struct.pack(order + "I", len(payload)) + payload + pad


TONE = bytes(i * 37 % 256 for i in range(1600))  # 800 16-bit samples; any bytes will do


def wav(path: Path) -> Path:
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16)
    info = b"INFO" + _chunk(b"IART", f"{TAG}-artist\x00".encode(), "<")
    body = b"WAVE" + _chunk(b"fmt ", fmt, "<") + _chunk(b"data", TONE, "<")
    body += _chunk(b"LIST", info, "<")
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


def aiff(path: Path) -> Path:
    rate = 8000  # as an 80-bit extended float
    exponent = rate.bit_length() - 1
    comm = struct.pack(">hIh", 1, len(TONE) // 2, 16)
    comm += struct.pack(">HQ", 16383 + exponent, rate << (63 - exponent))
    chunks = _chunk(b"COMM", comm, ">") + _chunk(b"SSND", bytes(8) + TONE, ">")
    chunks += _chunk(b"AUTH", f"{TAG}-author".encode(), ">")
    path.write_bytes(b"FORM" + struct.pack(">I", 4 + len(chunks)) + b"AIFF" + chunks)
    return path


def _zip(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(name, (2024, 5, 6, 12, 0, 0)), text, kind)
    return path


ODF = "urn:oasis:names:tc:opendocument:xmlns"
DC = "http://purl.org/dc/elements/1.1/"


def odt(path: Path) -> Path:
    doc = f'xmlns:office="{ODF}:office:1.0" office:version="1.3"'
    return _zip(
        path,
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="'
                f'{ODF}:manifest:1.0" manifest:version="1.3"><manifest:file-entry '
                'manifest:full-path="/" manifest:version="1.3" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>'
            ),
            "content.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {doc} '
                f'xmlns:text="{ODF}:text:1.0"><office:body><office:text>'
                "<text:p>Hello</text:p></office:text></office:body></office:document-content>"
            ),
            "meta.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {doc} '
                f'xmlns:meta="{ODF}:meta:1.0" xmlns:dc="{DC}"><office:meta>'
                f"<meta:initial-creator>{TAG}-creator</meta:initial-creator>"
                f"<dc:creator>{TAG}-creator</dc:creator></office:meta></office:document-meta>"
            ),
        },
    )


PKG = "http://schemas.openxmlformats.org/package/2006"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006"
WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(path: Path) -> Path:
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    core = "application/vnd.openxmlformats-package.core-properties+xml"
    return _zip(
        path,
        {
            "[Content_Types].xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{PKG}/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                'package.relationships+xml"/><Default Extension="xml" ContentType='
                f'"application/xml"/><Override PartName="/word/document.xml" ContentType='
                f'"{main}"/><Override PartName="/docProps/core.xml" ContentType="{core}"/>'
                "</Types>"
            ),
            "_rels/.rels": (
                f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}/'
                f'relationships"><Relationship Id="rId1" Type="{OFFICE}/relationships/'
                'officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type='
                f'"{PKG}/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                "</Relationships>"
            ),
            "word/document.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{WORD}"><w:body>'
                "<w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>"
            ),
            "docProps/core.xml": (
                '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="'
                f'{PKG}/metadata/core-properties" xmlns:dc="{DC}">'
                f"<dc:creator>{TAG}-creator</dc:creator></cp:coreProperties>"
            ),
        },
    )


def _syncsafe(n: int) -> bytes:
    return bytes((n >> s) & 0x7F for s in (21, 14, 7, 0))


def mp3(path: Path) -> Path:
    text = b"\x03" + f"{TAG}-artist".encode()  # UTF-8
    frame = b"TPE1" + _syncsafe(len(text)) + b"\x00\x00" + text
    tag = b"ID3\x04\x00\x00" + _syncsafe(len(frame)) + frame
    # MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding: 417-byte frames of silence.
    audio = (b"\xff\xfb\x90\x64" + bytes(413)) * 4
    path.write_bytes(tag + audio)
    return path


# Cleaner name (scrubber.registry) -> maker and file name. A registered cleaner missing
# here is reported by the self-test as not exercised.
MAKERS: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "JPEG": ("photo.jpg", jpeg),
    "PNG": ("picture.png", png),
    "WebP": ("picture.webp", webp),
    "GIF": ("picture.gif", gif),
    "TIFF": ("scan.tif", tiff),
    "HEIC": ("photo.heic", heic),
    "PDF": ("document.pdf", pdf),
    "WAV": ("sound.wav", wav),
    "AIFF": ("sound.aiff", aiff),
    "OpenDocument": ("letter.odt", odt),
    "Office document": ("letter.docx", docx),
    "MP3": ("song.mp3", mp3),
}


def face_picture() -> Image.Image:
    """A plain picture: the detector must load and run on it (finding nothing is fine)."""
    buf = io.BytesIO()
    picture((320, 240)).save(buf, "PNG")
    return Image.open(buf)
