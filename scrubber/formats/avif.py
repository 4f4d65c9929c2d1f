"""AVIF: the HEIF container with AV1 pictures, inspected and rebuilt as HEIC is (heic.py).

Only where the coded data cannot be copied (a crop hides part of the picture, or the
picture has transparent areas) is it decoded and encoded afresh, with Pillow's own AVIF
support (libavif). Pillow does not apply the file's crop, rotation or mirror, so they
are applied here, read from the boxes.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from PIL import Image

from scrubber import selftest_samples as samples
from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.formats import heic
from scrubber.formats.base import Format
from scrubber.formats.heif_boxes import Heif, Shown, transforms
from scrubber.messages import Message
from scrubber.model import CleanOptions

# One more generation at this setting is hard to see (mean error about 1 level on
# photos); speed 6 is libavif's balance of time and size, fine for the rare re-encode.
AVIF_QUALITY = 90
AVIF_SPEED = 6
_ROTATE = {1: Image.Transpose.ROTATE_90, 2: Image.Transpose.ROTATE_180}
_ROTATE[3] = Image.Transpose.ROTATE_270
_MIRROR = {0: Image.Transpose.FLIP_TOP_BOTTOM, 1: Image.Transpose.FLIP_LEFT_RIGHT}


FORMAT = Format(
    id="avif",
    name="AVIF",
    kind="image",
    extensions=(".avif",),
    mime_types=("image/avif",),
    cleaner=lambda _: AVIFCleaner(),
    sample=samples.avif,
    redactable=True,
)


class AVIFCleaner(heic.HEICCleaner):
    name = FORMAT.name
    extensions = FORMAT.extensions
    coded = frozenset({"av01"})

    def sniff(self, head: bytes) -> bool:
        return bool(heic.brands(head) & heic.AVIF_BRANDS)

    def output_extension(self, options: CleanOptions) -> str:
        return ".avif"  # browsers and apps read AVIF: no JPEG option needed

    def decode(self, src: Path, heif: Heif, s: Shown) -> Image.Image:
        return decode_shown(src, heif, s)

    def encode(self, im: Image.Image, out: BinaryIO, s: Shown, icc: bytes | None) -> None:
        save_avif(im, out, icc)


def decode_shown(src: Path, heif: Heif, s: Shown) -> Image.Image:
    """The picture as displayed, as bare pixels, decoded by Pillow (libavif)."""
    try:
        with Image.open(src, formats=["AVIF"]) as opened:
            opened.load()
            im = opened.copy()
    except Image.DecompressionBombError as e:
        raise CleaningRefused(Message("picture.too_large_no_size")) from e
    except (OSError, SyntaxError, ValueError, EOFError, RuntimeError) as e:
        # libavif's failures come as RuntimeError ("Decoding of color planes failed").
        raise CorruptFile(Message("heic.undecodable", format="AVIF")) from e
    for op, args in transforms(heif, heif.primary):
        if op == "clap":
            left, top, w, h = args
            if left < 0 or top < 0 or left + w > im.width or top + h > im.height:
                raise CorruptFile("this AVIF picture's crop could not be applied safely")
            im = im.crop((left, top, left + w, top + h))
        elif op == "irot" and args[0]:
            im = im.transpose(_ROTATE[args[0]])
        elif op == "imir":
            im = im.transpose(_MIRROR[args[0]])
    if im.size != s.size:
        raise CorruptFile("this AVIF picture's crop or rotation could not be applied safely")
    if im.mode not in ("RGB", "RGBA", "L", "LA"):
        im = im.convert("RGBA" if "A" in im.mode else "RGB")
    return heic.bare(im)


def save_avif(im: Image.Image, out: BinaryIO, icc: bytes | None) -> None:
    """Encode bare pixels with only what we pass: no EXIF, XMP or other items."""
    im.info = {}
    params: dict[str, object] = {"quality": AVIF_QUALITY, "speed": AVIF_SPEED}
    if icc:
        params["icc_profile"] = icc
    try:
        im.save(out, "AVIF", **params)
    except (OSError, ValueError) as e:
        raise CleaningRefused(Message("avif.save_failed")) from e
