"""HEIC/HEIF (iPhone photos) and AVIF: inspected box by box, rebuilt without loss.

HEIF keeps EXIF, XMP, thumbnails, depth maps and HDR gain maps as separate items beside
the photo. `clean` keeps only the items that make up the picture as shown and copies
their coded data unchanged (heif_write). Where such a copy would keep something unseen
(pixels a crop or grid hides, colour under transparent areas, covered layers), the
picture is decoded as displayed (libheif applies crop and rotation) and encoded afresh
instead; avif.py does the same with Pillow's AVIF codec. `inspect` is our own
bounds-checked ISO BMFF walker (heif_boxes) and never asks the library that wrote or
decodes the copy it checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from PIL import Image

from scrubber import selftest_samples as samples
from scrubber.errors import CleaningRefused, CorruptFile, ScrubberError, UnsupportedFormat
from scrubber.formats import exif, heif_write, pixels, xmp
from scrubber.formats.base import Cleaner, Format
from scrubber.formats.heif_boxes import (
    ALPHA_URNS,
    IMAGE_TYPES,
    META_OK,
    Heif,
    Item,
    Shown,
    aux_type,
    read,
    shown,
)
from scrubber.formats.icc import icc_decision
from scrubber.messages import Message, renamed
from scrubber.model import Category, CleanOptions, Collector, ColourProfile, Report

C = Category
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"}
HEIF_BRANDS |= {b"mif1", b"msf1", b"mif2"}
AVIF_BRANDS = {b"avif", b"avis", b"avio"}
MAX_PIXELS = pixels.MAX_PIXELS
# Quality 92: libheif/x265 at this setting keeps the second generation's loss below what
# eyes see (mean error ~1 level on photos) at about the size of the phone's original.
HEIC_QUALITY = 92
# Measured on a 12 MP photo-like picture at quality 92: "ultrafast" encodes in 2.3 s
# against 7.4 s for x265's default "medium", with the same mean error (0.2-0.7 levels)
# and a file 9% smaller. Our users are on old laptops, so speed wins.
HEIC_PRESET = "ultrafast"
TILE = 512  # as iPhones do: bounded encoder memory, odd sizes need no padding crop
MIN_SIDE = 64  # x265 pads smaller pictures to 64 and crops (clap) the padding away

MESSAGES = (C.SOFTWARE, "HEIC:Messages", "encoder messages in the picture data")
# Names libavif gives every picture it writes; they say nothing about the photo or its owner.
ENCODER_NAMES = {"", "Color", "Alpha"}
CODED_OK, DERIVED_OK = frozenset({"hvc1"}), frozenset({"grid", "iden", "iovl"})
# Properties that only say how to decode or show the picture.
HARMLESS_PROPS = {"hvcC", "av1C", "ispe", "pixi", "colr", "irot", "imir", "clap", "auxC", "pasp"}
HARMLESS_PROPS |= {"clli", "mdcv", "cclv", "amve", "ndwt", "rloc", "lsel", "a1op", "a1lx"}
PROP_FINDINGS = {
    "taic": (C.TIME, "a capture clock"),
    "itai": (C.TIME, "a capture time stamp"),
    "udes": (C.PERSON, "a title or description"),
    "cmin": (C.DEVICE, "camera calibration"),
    "cmex": (C.DEVICE, "camera position"),
    "gimi": (C.OTHER, "a content identifier"),
    "altt": (C.OTHER, "an alternative text"),
}
TOP_FINDINGS = {
    "moov": (C.EMBEDDED, "HEIC:Video", "a video or image sequence"),
    "mpvd": (C.EMBEDDED, "HEIC:MotionPhoto", "a Motion Photo video"),
    "free": (C.OTHER, "HEIC:FreeSpace", "unused space that may hold old data"),
    "skip": (C.OTHER, "HEIC:FreeSpace", "unused space that may hold old data"),
}

_pillow_heif: ModuleType | None = None


def _heif() -> ModuleType:
    """pillow-heif, imported on first use so that importing scrubber stays cheap."""
    global _pillow_heif
    if _pillow_heif is None:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _pillow_heif = pillow_heif
    return _pillow_heif


def register_opener() -> None:
    """Let Pillow's Image.open read HEIC (used for previews)."""
    _heif()


def describe(col: Collector, heif: Heif, keep_icc: bool = True) -> Shown:
    s = shown(heif)
    if s.hidden_by_crop:
        col.add(C.EMBEDDED, "HEIC:UncroppedOriginal", "the uncropped original picture")
    for icc in dict.fromkeys(
        bytes(b.data[4:])
        for iid in sorted(s.needed)
        for b in heif.item_props(iid, "colr")
        if bytes(b.data[:4]) in (b"prof", b"rICC")
    ):
        s.icc_kept = icc_decision(col, icc, keep_standard=keep_icc)
    _describe_items(col, heif, s)
    _describe_boxes(col, heif)
    return s


def _describe_items(col: Collector, heif: Heif, s: Shown) -> None:
    handled = set(s.needed)
    names = sum(1 for iid in s.needed if heif.items[iid].name.strip() not in ENCODER_NAMES)
    if names:
        col.add(C.OTHER, "HEIC:ItemName", f"{names} named picture parts")
    for wanted in ("thmb", "auxl"):  # thumbnails first: their alpha belongs to them
        for kind, frm, tos in heif.refs:
            if kind != wanted or frm in handled or frm not in heif.items:
                continue
            urn = aux_type(heif, frm)
            if kind == "thmb":
                col.add(C.EMBEDDED, "HEIC:Thumbnail", "a small copy of the photo")
            elif urn not in ALPHA_URNS or not set(tos) & handled:
                col.add(C.EMBEDDED, *_aux_label(urn))
            handled |= heif.sources([frm])
    for item in heif.items.values():
        if item.type not in IMAGE_TYPES:
            _describe_metadata(col, item, heif.data.get(item.id))
    others = [i for i in heif.items.values() if i.type in IMAGE_TYPES and i.id not in handled]
    inputs = {t for kind, frm, tos in heif.refs if kind == "dimg" for t in tos}
    for item in sorted(others, key=lambda i: (i.id in inputs, i.id)):
        if item.id in handled:
            continue
        if item.type == "tmap":
            col.add(C.EMBEDDED, "HEIC:HDRGainMap", "an HDR brightness map of the photo")
        else:
            col.add(C.EMBEDDED, "HEIC:OtherImage", "another picture")
        handled |= heif.sources([item.id])


def _aux_label(urn: str) -> tuple[str, str]:
    low = urn.lower()
    if "depth" in low or low.endswith("auxid:2") or "disparity" in low:
        return "HEIC:DepthMap", "a depth map of the scene (portrait mode)"
    if "gainmap" in low:
        return "HEIC:HDRGainMap", "an HDR brightness map of the photo"
    if "matte" in low:
        return "HEIC:Matte", "a cut-out mask of people in the photo"
    return "HEIC:AuxiliaryImage", f"an extra picture ({urn or 'unknown kind'})"


def _describe_metadata(col: Collector, item: Item, data: bytes | None) -> None:
    ctype = item.content_type.lower()
    if item.type == "Exif":
        before = len(col.findings)
        start = 4 + int.from_bytes(data[:4], "big") if data and len(data) >= 4 else -1
        if data is None or not 0 <= start <= len(data):
            col.add(C.OTHER, "EXIF:unreadable", "EXIF metadata that could not be read")
        else:
            tiff = data[start:]
            tiff = tiff[6:] if tiff.startswith(b"Exif\x00\x00") else tiff  # a common slip
            exif.exif_findings(col, tiff, "EXIF")
        if len(col.findings) == before:
            col.add(C.OTHER, "EXIF:block", "EXIF metadata")
    elif item.type == "mime" and ("rdf+xml" in ctype or "xmp" in ctype):
        if data is None:
            col.add(C.OTHER, "XMP:unreadable", "XMP metadata that could not be read")
        else:
            xmp.xmp_findings(col, data, "XMP")
    elif item.type == "mime" and "c2pa" in ctype:
        col.add(C.SOFTWARE, "HEIC:C2PA", "Content Credentials (C2PA)")
    elif item.type in ("mime", "uri "):
        col.add(C.OTHER, f"HEIC:{item.type.strip()}", item.content_type or "an attached file")
    else:
        col.add(C.OTHER, f"HEIC:Item:{item.type}", "an unknown attached item")


def _describe_boxes(col: Collector, heif: Heif) -> None:
    if heif.handler[1]:
        col.add(C.SOFTWARE, "HEIC:HandlerName", heif.handler[1])
    for box in heif.meta:
        if box.type == "xml ":
            xmp.xmp_findings(col, box.data[4:], "XMP")
        elif box.type == "grpl":
            col.add(C.OTHER, "HEIC:Groups", "links between pictures (bursts, brackets)")
        elif box.type not in META_OK:
            col.add(C.OTHER, f"HEIC:{box.type.strip()}", "unknown data in the picture description")
    used = {i for item in heif.items.values() for i in item.props}
    for index, box in enumerate(heif.props, 1):
        if box.type in PROP_FINDINGS:
            col.add(PROP_FINDINGS[box.type][0], f"HEIC:{box.type}", PROP_FINDINGS[box.type][1])
        elif box.type not in HARMLESS_PROPS:
            col.add(C.OTHER, f"HEIC:Property:{box.type.strip()}", "an unknown picture property")
        elif index not in used and box.type == "colr":
            col.add(C.OTHER, "HEIC:UnusedColour", "a colour description no picture uses")
    for box in heif.top:
        if box.type in ("ftyp", "meta", "mdat"):
            continue
        size = heif.top_sizes[box.offset][0]
        if box.type in ("free", "skip") and size <= 8:
            continue  # empty padding carries nothing
        cat, key, text = TOP_FINDINGS.get(
            box.type, (C.OTHER, f"HEIC:{box.type.strip()}", "unknown extra data")
        )
        col.add(cat, key, f"{text} ({size} bytes)")
    if heif.unused_mdat:
        col.add(C.OTHER, "HEIC:UnusedData", f"{heif.unused_mdat} bytes no picture uses")
    if heif.trailer:
        col.add(C.OTHER, "HEIC:Trailer", f"{heif.trailer} bytes after the picture")


# --- the cleaner -------------------------------------------------------------------------


FORMAT = Format(
    id="heic",
    name="HEIC",
    kind="image",
    extensions=(".heic", ".heif", ".hif"),
    mime_types=("image/heic", "image/heif"),
    cleaner=lambda _: HEICCleaner(),
    sample=samples.heic,
    redactable=True,
)


class HEICCleaner(Cleaner):
    """HEIC/HEIF: rebuilt around the main picture, whose coded data is copied unchanged."""

    name = FORMAT.name
    extensions = FORMAT.extensions
    coded = CODED_OK
    # The copy is a fresh container (new item numbers and offsets), never the same bytes.
    lossless = False

    def sniff(self, head: bytes) -> bool:
        found = brands(head)
        return not found & AVIF_BRANDS and bool(found & HEIF_BRANDS)

    def inspect(self, path: Path) -> Report:
        with self._own_words():
            col = Collector()
            heif = read(path)
            s = describe(col, heif)
            with open(path, "rb") as f:
                if heif_write.messages(f, path.stat().st_size, heif, s):
                    col.add(*MESSAGES)
            return col.report(self.name)

    @contextmanager
    def _own_words(self) -> Iterator[None]:
        """The shared HEIF reader and writer say HEIC; an AVIF file's messages say AVIF."""
        try:
            yield
        except ScrubberError as e:
            if self.name != "HEIC":
                e.message = renamed(e.message, "HEIC", self.name)
                e.args = (e.message,)
            raise

    def output_extension(self, options: CleanOptions) -> str:
        return ".jpg" if options.heic_to_jpeg else ".heic"

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        with self._own_words():
            return self._clean(src, out, options)

    def _clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        heif = read(src)
        col = Collector()
        keep = options.colour_profile is ColourProfile.STANDARD
        s = describe(col, heif, keep_icc=keep)
        check_supported(heif, s, self.coded)
        icc = s.icc_kept if keep else None
        reason: Message | None = None
        to_jpeg = self.output_extension(options) == ".jpg"  # never for AVIF
        if not to_jpeg:
            try:
                with open(src, "rb") as f:
                    written = heif_write.rebuild(f, src.stat().st_size, heif, s, icc, out)
                if written.messages:
                    col.add(*MESSAGES)
                return col.report(self.name)
            except heif_write.NotCopyable as e:
                reason = e.reason  # a Message, so the app translates it too
        w, h = s.size
        if w * h > MAX_PIXELS:
            raise CleaningRefused(Message("picture.too_large", size=f"{w}x{h}"))
        im = self.decode(src, heif, s)
        warnings = col.warnings
        if to_jpeg:
            if "A" in im.mode:
                warnings.append(Message("heic.transparent_white"))
                im = _flatten(im)
            if icc is None and s.nclx and s.nclx[0] not in (1, 2):
                warnings.append(Message("heic.colours"))
            pixels.save_jpeg(im, out, options.jpeg_quality, icc)
        else:
            assert reason is not None  # only a refused copy comes here
            warnings.append(Message("heic.saved_again", reason=reason))
            self.encode(im, out, s, icc)
        return col.report(self.name)

    def decode(self, src: Path, heif: Heif, s: Shown) -> Image.Image:
        """The picture as displayed, as bare pixels (crop, rotation and mirror applied)."""
        return decode_shown(src, s)

    def encode(self, im: Image.Image, out: BinaryIO, s: Shown, icc: bytes | None) -> None:
        save_heic(im, out, s, icc)


def brands(head: bytes) -> set[bytes]:
    if len(head) < 12 or head[4:8] != b"ftyp":
        return set()
    size = min(int.from_bytes(head[:4], "big"), len(head))
    return {head[8:12]} | {head[i : i + 4] for i in range(16, size - 3, 4)}


def check_supported(heif: Heif, s: Shown, coded: frozenset[str] = CODED_OK) -> None:
    for iid in s.needed:
        item = heif.items[iid]
        if item.protected:
            raise CleaningRefused(Message("heic.encrypted", format="HEIC"))
        if item.type == "av01" and "av01" not in coded:
            raise UnsupportedFormat(Message("heic.is_avif"))
        if item.type not in coded | DERIVED_OK:
            raise UnsupportedFormat(Message("heif.compression", code=item.type))


def decode_shown(src: Path, s: Shown) -> Image.Image:
    """The picture as displayed, as bare pixels; its size must match the file's own account.

    pillow_heif.open_heif is used rather than Image.open: we already refused oversized
    pictures from the box structure, so Pillow's global bomb limit need not be touched.
    """
    try:
        heif_file = _heif().open_heif(src, convert_hdr_to_8bit=True)
        image = heif_file[heif_file.primary_index]
        mode, size, stride = image.mode, image.size, image.stride
        im = Image.frombytes(mode, size, bytes(image.data), "raw", mode, stride)
    except (ValueError, EOFError, SyntaxError, RuntimeError, OSError, KeyError, IndexError) as e:
        raise CorruptFile(Message("heic.undecodable", format="HEIC")) from e
    if im.size != s.size:  # libheif did not apply the crop or rotation we read: fail closed
        raise CorruptFile("this HEIC picture's crop or rotation could not be applied safely")
    if im.mode not in ("RGB", "RGBA", "L", "LA"):
        im = im.convert("RGBA" if "A" in im.mode or "a" in im.mode else "RGB")
    return bare(im)


def bare(im: Image.Image) -> Image.Image:
    """No info, and no colour under fully transparent pixels (invisible, yet it may show
    what was cut out of the picture)."""
    if "A" in im.mode:
        clear = im.getchannel("A").point(lambda a: 255 if a == 0 else 0)
        im.paste(0, None, clear)
    im.info = {}
    return im


def _flatten(im: Image.Image) -> Image.Image:
    rgba = im.convert("RGBA")
    flat = Image.new("RGB", im.size, (255, 255, 255))
    flat.paste(rgba, None, rgba.getchannel("A"))
    return flat


def save_heic(im: Image.Image, out: BinaryIO, s: Shown, icc: bytes | None) -> None:
    """Encode the bare pixels with only what we pass: no EXIF, XMP, thumbnails or items."""
    w, h = im.size
    # x265 pads a side under 64 pixels and hides the padding behind a crop that our own
    # check rightly flags; grid tiles avoid that, but pillow-heif never tiles alpha.
    alpha = "A" in im.mode
    if alpha and min(w, h) >= MIN_SIDE:
        tile = 0
    elif not alpha and max(w, h) > TILE:
        tile = TILE
    elif not alpha and min(w, h) >= MIN_SIDE:
        tile = 0  # one image; an odd size gets a one-pixel padding crop, nothing more
    elif not alpha and max(w, h) > MIN_SIDE:
        tile = MIN_SIDE
    else:
        raise CleaningRefused(Message("heic.too_small"))
    params: dict[str, object] = {
        "quality": HEIC_QUALITY,
        "tile_size": tile,
        "enc_params": {"preset": HEIC_PRESET},
    }
    if im.mode in ("RGB", "RGBA"):
        params["chroma"] = s.chroma
    if icc:
        params["icc_profile"], params["icc_profile_type"] = icc, "prof"
    if s.nclx:  # primaries and transfer describe the pixels; the matrix is ours to choose
        params["color_primaries"], params["transfer_characteristics"] = s.nclx
        params["matrix_coefficients"], params["full_range_flag"] = 6, 1
    try:
        _heif().from_bytes(im.mode, im.size, im.tobytes()).save(out, **params)
    except (ValueError, RuntimeError) as e:
        raise CleaningRefused(Message("heic.save_failed")) from e
