"""redact(): cover areas of a photo and write a fresh copy made from the covered pixels.

Nothing of the original file is copied: the picture is decoded as displayed (rotation
applied), covered, and encoded from bare pixels. That also drops every hidden copy of
the picture (EXIF or Photoshop thumbnails, MPF and XMP previews, trailers), each of
which would still show what was covered. The copy is then re-checked like a cleaned
one and deleted if anything is left (fail closed).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from PIL import Image

from scrubber import core, names, registry
from scrubber.errors import (
    CleaningRefused,
    CorruptFile,
    InvalidRegions,
    UnsupportedFormat,
)
from scrubber.formats import heic, heif_boxes, icc, pixels
from scrubber.formats.avif import AVIFCleaner
from scrubber.formats.heif_boxes import Shown
from scrubber.messages import Message
from scrubber.model import (
    Category,
    CleanOptions,
    CleanResult,
    Collector,
    ColourProfile,
    Finding,
    Outcome,
    Report,
)
from scrubber.redact import fingerprint, masks
from scrubber.redact import regions as rg
from scrubber.redact.masks import RGB, Mode

EXTENSIONS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",), "WebP": (".webp",)}
EXTENSIONS["HEIC"], EXTENSIONS["AVIF"] = (".heic", ".heif"), (".avif",)
# The formats redact() can read (Format.redactable); HEIC and AVIF are decoded and
# written by their cleaners, the others by Pillow.
FORMATS = registry.display_names("image", redactable=True)
# The clips video.redact_video reads; named here so the app can tell without loading PyAV.
CLIP_FORMATS = registry.display_names("video", redactable=True)
HEIF_CLEANERS = {"HEIC": heic.HEICCleaner(), "AVIF": AVIFCleaner()}
REENCODED = "the photo was saved again from the covered pixels (redaction always re-encodes it)"


@dataclass
class _Picture:
    im: Image.Image  # RGB or RGBA, as displayed
    icc: bytes | None  # a rebuilt standard profile, or None
    out: str  # output format: JPEG, PNG, WebP, HEIC or AVIF
    warnings: list[str] = field(default_factory=list)
    heic: Shown | None = None


def redact(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    regions: object,
    mode: str = Mode.FILL,
    color: str | RGB = (0, 0, 0),
    options: CleanOptions | None = None,
) -> CleanResult:
    """Write a copy of `src` with `regions` covered; never raises for a bad file or area.

    `regions` is a list of Region, or their JSON form (a list, or {"regions": [...]}).
    `dst` is the wanted output path: its extension is corrected to the real format and
    an existing file is never overwritten (a free name is chosen).
    """
    src = Path(src)
    options = options or CleanOptions()
    fmt = ""
    try:
        areas = rg.from_json(list(regions) if isinstance(regions, tuple) else regions)
        look, rgb = look_of(mode, color)
        report = core.inspect(src, name=False)  # also refuses missing files, folders, pipes
        fmt = report.format  # inspect already detected it
        target = Path(dst)
        if target.exists() and target.samefile(src):
            raise CleaningRefused(Message("redact.would_replace"))
        picture = _load(src, fmt, report, options)
        if areas or not options.reduce_fingerprint:  # weakening alone is a reason to redraw
            rg.check_within(areas, picture.im.size)
        covered = masks.apply(picture.im, areas, look, rgb)
        picture.im = Image.new("1", (1, 1))  # drop the uncovered pixels early
        if options.reduce_fingerprint:  # after covering: the cover gets the same treatment
            size = covered.size
            covered = fingerprint.reduce(covered)
            picture.warnings.append(fingerprint.warning(size, covered.size))
        target = _with_suffix(target, picture.out)
        written = core.write_verified(
            target, lambda f: _encode(covered, f, picture, options), source=src
        )
        after, final = written.after, written.output
        assert final is not None  # only in place may leave nothing written
        count = f"{len(areas)} area{'s' if len(areas) != 1 else ''} covered"
        covered_note = (Finding(Category.OTHER, "redaction:regions", count),) if areas else ()
        renamed, name_notes = names.compare(src, final)
        removed = (*report.findings, *covered_note, *renamed)
        warnings = (*report.warnings, *picture.warnings, REENCODED, *after.warnings, *name_notes)
        return CleanResult(
            src,
            Outcome.CLEANED,
            final,
            fmt,
            removed=removed,
            kept=after.kept,
            warnings=tuple(dict.fromkeys(warnings)),
            after=after,
        )
    except Exception as e:  # a bad photo or area costs this photo, never the caller
        return core.failed_result(src, fmt, e)


def look_of(mode: str, color: str | RGB) -> tuple[Mode, RGB]:
    """The mode and colour of a redaction, checked (photos and clips alike)."""
    return _mode(mode), masks.parse_color(color) if isinstance(color, str) else _rgb(color)


def _mode(mode: str) -> Mode:
    try:
        return Mode(mode)
    except ValueError:
        raise InvalidRegions(f"unknown mode {mode!r} (use fill, mosaic or blur)") from None


def _rgb(color: object) -> RGB:
    if (
        isinstance(color, tuple | list)
        and len(color) == 3
        and all(isinstance(c, int) and 0 <= c <= 255 for c in color)
    ):
        return color[0], color[1], color[2]
    raise InvalidRegions("a colour must be three numbers from 0 to 255, or hex like #000000")


def _with_suffix(target: Path, out: str) -> Path:
    allowed = EXTENSIONS[out]
    return target if target.suffix.lower() in allowed else target.with_suffix(allowed[0])


# --- decoding the picture as displayed ----------------------------------------------------


def load_shown(
    src: Path, options: CleanOptions | None = None, min_pixels: int | None = None
) -> Image.Image:
    """The picture exactly as `redact` covers it (rotation applied); for face detection.

    With `min_pixels`, a JPEG may be decoded at 1/2, 1/4 or 1/8 scale (libjpeg scales
    while decoding: 4x faster at 1/4), never below that many pixels; `info["shown_size"]`
    then holds the full size as displayed, to map boxes back. Only for looking at the
    picture: redaction always covers and writes the full one.
    """
    report = core.inspect(src, name=False)  # also refuses missing files, folders, pipes
    if min_pixels is not None and report.format == "JPEG":
        return _load_reduced(src, report, min_pixels)
    return _load(src, report.format, report, options or CleanOptions()).im


def _load_reduced(src: Path, report: Report, min_pixels: int) -> Image.Image:
    """`_load` for a JPEG at a reduced scale, with the same checks, colours and rotation."""
    with open(src, "rb") as f:
        try:
            with Image.open(f) as im:
                w, h = im.size
                if w * h > pixels.MAX_PIXELS:
                    raise CleaningRefused(Message("picture.too_large", size=f"{w}x{h}"))
                if w * h > min_pixels:
                    k = (min_pixels / (w * h)) ** 0.5  # the scale that keeps min_pixels
                    im.draft(None, (math.ceil(w * k), math.ceil(h * k)))
                im.load()
                bare = im.copy()
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
            raise CorruptFile(f"the picture could not be decoded ({e})") from e
    bare.info = {}
    shown, _ = _to_rgb(bare, [])
    orientation = _orientation(report)
    shown = pixels.transpose(shown, orientation)
    shown.info["shown_size"] = (h, w) if orientation in (5, 6, 7, 8) else (w, h)
    return shown


def _load(src: Path, fmt: str, report: Report, options: CleanOptions) -> _Picture:
    keep_icc = options.colour_profile is ColourProfile.STANDARD
    if fmt in HEIF_CLEANERS:
        return _load_heif(src, fmt, keep_icc, options)
    if fmt not in FORMATS:
        raise UnsupportedFormat(Message("redact.unsupported", format=fmt))
    with open(src, "rb") as f:
        try:
            with Image.open(f) as probe:  # the header only: nothing decoded yet
                frames = getattr(probe, "n_frames", 1)
                raw_icc = probe.info.get("icc_profile")
                transparency = probe.info.get("transparency")
                # The rotation the cleaner kept (JPEG, and PNG's and WebP's EXIF, which
                # browsers honour): the picture as shown.
                turn = _orientation(report)
                if fmt == "TIFF" and pixels.decoder_turns_tiff():
                    turn = 1  # already turned by the decoder
        except Image.DecompressionBombError as e:
            raise CleaningRefused(Message("picture.too_large_no_size")) from e
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            raise CorruptFile("the picture could not be decoded") from e
        f.seek(0)
        im = pixels.decode(f)  # refuses more than pixels.MAX_PIXELS
    out = {"JPEG": "JPEG", "WebP": "WebP"}.get(fmt, "PNG")
    picture = _Picture(im, None, out)
    if fmt in ("GIF", "TIFF"):
        picture.warnings.append(Message("picture.saved_as_png", format=fmt))
        if frames > 1:
            which = "picture.first_frame_only" if fmt == "GIF" else "picture.first_page_only"
            picture.warnings.append(Message(which, frames=frames))
    if transparency is not None and im.mode in ("P", "L", "RGB"):
        im.info["transparency"] = transparency  # decode() emptied info; convert() needs it
    picture.im, same_colours = _to_rgb(im, picture.warnings)
    picture.im = pixels.transpose(picture.im, turn)
    if keep_icc and same_colours and isinstance(raw_icc, bytes):
        # The source's findings already name the profile; keep only its rebuilt form.
        picture.icc = icc.icc_decision(Collector(), raw_icc, keep_standard=True)
    return picture


def _load_heif(src: Path, fmt: str, keep_icc: bool, options: CleanOptions) -> _Picture:
    """The HEIC or AVIF cleaner's own path: its checks, its decoder (crop and rotation
    applied)."""
    cleaner = HEIF_CLEANERS[fmt]
    heif = heif_boxes.read(src)
    shown = heic.describe(Collector(), heif, keep_icc=keep_icc)
    heic.check_supported(heif, shown, cleaner.coded)
    w, h = shown.size
    if w * h > pixels.MAX_PIXELS:
        raise CleaningRefused(Message("picture.too_large", size=f"{w}x{h}"))
    out = "JPEG" if cleaner.output_extension(options) == ".jpg" else fmt
    picture = _Picture(cleaner.decode(src, heif, shown), None, out)
    picture.im, same_colours = _to_rgb(picture.im, picture.warnings)
    picture.icc = shown.icc_kept if keep_icc and same_colours else None
    picture.heic = shown
    return picture


def _orientation(report: Report) -> int:
    for item in report.kept:
        if item.key == "EXIF:Orientation" and item.value.isdigit():
            return int(item.value)
    return 1


def _to_rgb(im: Image.Image, warnings: list[str]) -> tuple[Image.Image, bool]:
    """RGB or RGBA, and whether the colours still mean what the colour profile says."""
    if im.mode in ("RGB", "RGBA"):
        return im, True
    if im.mode in ("P", "PA"):
        alpha = im.mode == "PA" or "transparency" in im.info
        return im.convert("RGBA" if alpha else "RGB"), True
    if im.mode in ("1", "L", "LA"):
        return im.convert("RGBA" if im.mode == "LA" else "RGB"), False
    if im.mode.startswith("I") or im.mode == "F":
        warnings.append(Message("picture.8_bits"))
        scale = 1 / 256 if im.mode.startswith("I;16") or im.mode == "I" else 1.0
        grey = im.convert("I").point(lambda v: v * scale) if im.mode != "F" else im
        return grey.convert("L").convert("RGB"), False
    warnings.append(Message("picture.colours_rgb", mode=im.mode))
    return im.convert("RGB"), False


# --- encoding from bare pixels ------------------------------------------------------------


def _encode(im: Image.Image, out: BinaryIO, picture: _Picture, options: CleanOptions) -> None:
    im.info = {}  # Pillow writes what info holds; only what we pass goes in
    if picture.out == "JPEG":
        if im.mode == "RGBA":
            picture.warnings.append(Message("picture.transparent_white"))
            flat = Image.new("RGB", im.size, (255, 255, 255))
            flat.paste(im, (0, 0), im.getchannel("A"))
            im = flat
        # Quality 95 with 4:4:4 chroma (options.jpeg_quality, 95 by default): one
        # generation at this setting is invisible (mean error about 1 level), and full
        # chroma keeps a coloured fill's edge sharp instead of bleeding into the face.
        pixels.save_jpeg(im, out, options.jpeg_quality, picture.icc)
    elif picture.out in HEIF_CLEANERS:
        assert picture.heic is not None
        HEIF_CLEANERS[picture.out].encode(im, out, picture.heic, picture.icc)
    else:
        params: dict[str, object] = {"icc_profile": picture.icc} if picture.icc else {}
        if picture.out == "WebP":
            params.update(lossless=True, exact=False)
        im.save(out, picture.out.upper(), **params)
