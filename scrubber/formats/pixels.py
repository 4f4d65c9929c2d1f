"""Decoding and re-encoding pixels, for the paths that cannot stay lossless.

Every image written here starts from bare pixels: Pillow copies ICC, EXIF, XMP and text
from `info` into saved files unless told otherwise, so `info` is emptied and only what
we pass explicitly is written.
"""

from __future__ import annotations

import functools
import io
from typing import IO, BinaryIO

from PIL import Image

from scrubber.errors import CleaningRefused, CorruptFile
from scrubber.messages import Message
from scrubber.model import Category, Collector

# Refuse to decode anything larger: a 200-megapixel RGB image already needs 600 MB.
MAX_PIXELS = 200_000_000

ANIMATED_NOT_TURNED = Message("picture.animation_not_turned")

_TRANSPOSE = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}


def decode(fp: IO[bytes], keep: tuple[str, ...] = ()) -> Image.Image:
    """Fully decode an image, refusing decompression bombs before allocating them.

    Of what the decoder put in `info`, only the `keep` keys stay.
    """
    try:
        with Image.open(fp) as im:
            if im.width * im.height > MAX_PIXELS:
                raise CleaningRefused(Message("picture.too_large", size=f"{im.width}x{im.height}"))
            im.load()
            bare = im.copy()
    except Image.DecompressionBombError as e:  # Pillow's own, larger limit, met on open
        raise CleaningRefused(Message("picture.too_large_no_size")) from e
    except (OSError, SyntaxError, ValueError) as e:
        raise CorruptFile(f"the picture could not be decoded ({e})") from e
    bare.info = {k: v for k, v in bare.info.items() if k in keep}
    return bare


@functools.cache
def decoder_turns_tiff() -> bool:
    """Whether this Pillow applies a TIFF's Orientation tag while decoding (13 does, as
    viewers do): the pixels are then already as displayed and must not be turned again."""
    buf = io.BytesIO()
    probe = Image.new("L", (2, 1))
    probe.putpixel((0, 0), 255)
    probe.save(buf, "TIFF", tiffinfo={0x0112: 2})  # 2: mirrored left to right
    buf.seek(0)
    with Image.open(buf) as back:
        back.load()
        return back.getpixel((0, 0)) == 0


def transpose(im: Image.Image, orientation: int) -> Image.Image:
    """Apply an EXIF orientation (1-8) to the pixels."""
    for op in _TRANSPOSE.get(orientation, ()):
        im = im.transpose(op)
    im.info = {}
    return im


def save_jpeg(im: Image.Image, out: BinaryIO, quality: int, icc: bytes | None) -> None:
    """Re-encode at high quality with 4:4:4 chroma, so colour edges are not smeared."""
    if im.mode not in ("RGB", "L", "CMYK"):
        im = im.convert("RGB")
    im.info = {}
    params: dict[str, object] = {"quality": quality, "subsampling": 0, "exif": b""}
    if icc:
        params["icc_profile"] = icc
    im.save(out, "JPEG", **params)


def save_upright(
    fp: IO[bytes], orientation: int, out: BinaryIO, fmt: str, **params: object
) -> None:
    """Decode an already cleaned picture, turn it upright and save it as `fmt` with no EXIF;
    its transparency and (already vetted) colour profile stay."""
    im = decode(fp, keep=("transparency", "icc_profile"))
    info = im.info
    im = transpose(im, orientation)
    if info.get("icc_profile"):
        params["icc_profile"] = info["icc_profile"]
    if "transparency" in info:
        params["transparency"] = info["transparency"]
    im.save(out, fmt, exif=b"", **params)


def note_baked(col: Collector, warning: str) -> None:
    """Report that the rotation tag went because the pixels were turned instead."""
    col.kept[:] = [k for k in col.kept if k.key != "EXIF:Orientation"]
    col.add(Category.OTHER, "EXIF:Orientation", "turned the pixels upright instead")
    col.warnings.append(warning)
