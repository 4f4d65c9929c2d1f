"""Small dirty files, one per format, made in-process for `scrubber selftest`.

Each format's descriptor (`Format.sample`) names its maker here, or in its own module.

The tests' fixtures live in tests/, which a frozen app does not carry, so these are made
here with the libraries the app ships (Pillow, also for AVIF; pillow-heif, pikepdf) or byte by byte.
Each holds a name, a device or a place, so cleaning it must remove something.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

TAG = "selftest"
MAKE, MODEL, ARTIST, GPS_IFD = 0x010F, 0x0110, 0x013B, 0x8825


def picture(size: tuple[int, int] = (64, 48)) -> Image.Image:
    # Pillow is imported by the makers, not with this module: every format's descriptor
    # names its maker here, so the registry imports it, and ImageDraw only serves these.
    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, (200, 180, 150))
    ImageDraw.Draw(im).rectangle((8, 8, size[0] // 2, size[1] // 2), fill=(40, 90, 160))
    return im


def exif() -> Image.Exif:
    from PIL import Image

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
    # Under 64 px a side x265 pads the picture and crops the padding away (clap).
    picture((96, 72)).save(path, "HEIF", exif=exif().tobytes(), quality=60)
    return path


def avif(path: Path) -> Path:
    picture().save(path, "AVIF", exif=exif(), quality=60, speed=10)
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


def _vorbis_comment(artist: str) -> bytes:
    vendor, tag = b"selftest", f"ARTIST={artist}".encode()
    return struct.pack("<I", len(vendor)) + vendor + struct.pack("<II", 1, len(tag)) + tag


def flac(path: Path) -> Path:
    from scrubber.formats.audio_flac import crc8, crc16

    # STREAMINFO: 192-sample blocks, 8 kHz, mono, 16 bits, 192 samples, no MD5.
    info = struct.pack(">HH3s3s", 192, 192, bytes(3), bytes(3))
    info += ((8000 << 44) | (0 << 41) | (15 << 36) | 192).to_bytes(8, "big") + bytes(16)
    comment = _vorbis_comment(f"{TAG}-artist")
    blocks = b"\x00" + len(info).to_bytes(3, "big") + info
    blocks += b"\x84" + len(comment).to_bytes(3, "big") + comment  # last block
    # One frame: fixed blocking, 192 samples (code 1), 8 kHz (code 4), mono, 16 bits,
    # frame 0; a CONSTANT subframe of silence.
    head = b"\xff\xf8\x14\x08\x00"
    frame = head + bytes([crc8(head)]) + b"\x00" + b"\x00\x00"
    frame += crc16(frame).to_bytes(2, "big")
    path.write_bytes(b"fLaC" + blocks + frame)
    return path


def _ogg_page(serial: int, seq: int, flags: int, granule: int, packet: bytes) -> bytes:
    from scrubber.formats.audio_ogg import ogg_crc

    lacing = bytes([255] * (len(packet) // 255) + [len(packet) % 255])
    head = struct.pack("<4sBBqIII", b"OggS", 0, flags, granule, serial, seq, 0)
    page = head + bytes([len(lacing)]) + lacing + packet
    return page[:22] + struct.pack("<I", ogg_crc(page)) + page[26:]


def _ogg(path: Path, headers: list[bytes], audio: bytes, granule: int) -> Path:
    serial = 0x5E1F7E57
    pages = [_ogg_page(serial, 0, 0x02, 0, headers[0])]  # beginning of stream
    pages += [_ogg_page(serial, i, 0, 0, p) for i, p in enumerate(headers[1:], 1)]
    pages.append(_ogg_page(serial, len(headers), 0x04, granule, audio))  # end of stream
    path.write_bytes(b"".join(pages))
    return path


def opus(path: Path) -> Path:
    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, 312, 48000, 0, 0)
    tags = b"OpusTags" + _vorbis_comment(f"{TAG}-artist")
    return _ogg(path, [head, tags], b"\xf8\xff\xfe", 960)  # one 20 ms silent frame


def vorbis(path: Path) -> Path:
    ident = b"\x01vorbis" + struct.pack("<IBIiiiBB", 0, 1, 8000, 0, 16000, 0, 0x88, 1)
    comment = b"\x03vorbis" + _vorbis_comment(f"{TAG}-artist") + b"\x01"
    setup = b"\x05vorbis" + bytes(8)  # never decoded: the cleaner copies it as it is
    return _ogg(path, [ident, comment, setup], b"\x00", 128)


def _box(kind: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack(">I", 8 + len(body)) + kind + body


def _full(kind: bytes, flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", flags), *parts)


MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _movie(path: Path, brand: bytes, video: bool, udta: bytes) -> Path:
    """ftyp, mdat with one sample, then moov (so the sample's offset is known): one track,
    audio or video, and `udta` holding what identifies."""
    sample = bytes(range(64))
    ftyp = _box(b"ftyp", brand, bytes(4), brand, b"isom")
    mdat = _box(b"mdat", sample)
    if video:
        entry = _box(b"avc1", bytes(6), struct.pack(">H", 1), bytes(16), struct.pack(">HH", 64, 48))
        entry += struct.pack(">IIIH", 0x480000, 0x480000, 0, 1) + bytes(32)
        entry += struct.pack(">Hh", 24, -1)
        media_header = _full(b"vmhd", 1, bytes(8))
        handler, size = b"vide", struct.pack(">II", 64 << 16, 48 << 16)
    else:
        entry = _box(b"mp4a", bytes(6), struct.pack(">H", 1), bytes(8))
        entry += struct.pack(">HHHHI", 1, 16, 0, 0, 8000 << 16)
        media_header = _full(b"smhd", 0, bytes(4))
        handler, size = b"soun", bytes(8)
    stbl = _box(
        b"stbl",
        _full(b"stsd", 0, struct.pack(">I", 1), _fix(entry)),
        _full(b"stts", 0, struct.pack(">III", 1, 1, 1000)),
        _full(b"stsc", 0, struct.pack(">IIII", 1, 1, 1, 1)),
        _full(b"stsz", 0, struct.pack(">III", 0, 1, len(sample))),
        _full(b"stco", 0, struct.pack(">II", 1, len(ftyp) + 8)),
    )
    dinf = _box(b"dinf", _full(b"dref", 0, struct.pack(">I", 1), _full(b"url ", 1)))
    mdia = _box(
        b"mdia",
        _full(b"mdhd", 0, struct.pack(">IIIIHH", 0, 0, 1000, 1000, 0x55C4, 0)),
        _full(b"hdlr", 0, bytes(4), handler, bytes(12), b"\x00"),
        _box(b"minf", media_header, dinf, stbl),
    )
    tkhd = _full(b"tkhd", 3, struct.pack(">IIIII", 0, 0, 1, 0, 1000), bytes(8))
    tkhd += struct.pack(">hhhH", 0, 0, 0 if video else 0x100, 0) + MATRIX + size
    mvhd = _full(b"mvhd", 0, struct.pack(">IIIIIH", 0, 0, 1000, 1000, 0x10000, 0x100))
    mvhd += bytes(10) + MATRIX + bytes(24) + struct.pack(">I", 2)
    moov = _box(b"moov", _fix(mvhd), _box(b"trak", _fix(tkhd), mdia), _box(b"udta", udta))
    path.write_bytes(ftyp + mdat + moov)
    return path


def _fix(box: bytes) -> bytes:
    """A box whose body was extended after it was made: its size field made right."""
    return struct.pack(">I", len(box)) + box[4:]


def m4a(path: Path) -> Path:
    text = f"{TAG}-artist".encode()
    item = _box(b"\xa9ART", _box(b"data", struct.pack(">II", 1, 0), text))
    meta = _full(b"meta", 0, _full(b"hdlr", 0, bytes(4), b"mdir", b"appl", bytes(9)))
    meta = _fix(meta + _box(b"ilst", item))
    return _movie(path, b"M4A ", False, meta)


def _place() -> bytes:
    where = b"+52.3700+004.8900/"
    return _box(b"\xa9xyz", struct.pack(">HH", len(where), 0x15C7), where)


def mp4(path: Path) -> Path:
    return _movie(path, b"mp42", True, _place())


def mov(path: Path) -> Path:
    return _movie(path, b"qt  ", True, _place())
