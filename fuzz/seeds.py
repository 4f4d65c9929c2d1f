"""Seed files of every supported format, made by the test factories (real, metadata-laden).

Each seed is a file a cleaner fully accepts, so mutations start deep inside the parsers
rather than at the magic bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import factories as fx  # noqa: E402
from PIL import Image, PngImagePlugin  # noqa: E402


def _png(path: Path) -> Path:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "fuzz author")
    info.add_text("Comment", "compressed comment", zip=True)
    info.add_itxt("Description", "international", lang="en", tkey="k")
    fx.pattern((24, 16)).save(path, pnginfo=info, exif=fx.exif_block(), icc_profile=fx.custom_icc())
    return path


def _webp(path: Path, lossless: bool) -> Path:
    fx.pattern((24, 16)).save(
        path, "WEBP", lossless=lossless, exif=fx.exif_block(), icc_profile=fx.custom_icc()
    )
    return path


def _gif(path: Path) -> Path:
    frames = [fx.pattern((24, 16)), fx.pattern((24, 16)).rotate(180)]
    frames[0].save(
        path, "GIF", save_all=True, append_images=frames[1:], comment=b"who made this", loop=0
    )
    return path


def _tiff(path: Path) -> Path:
    fx.pattern((24, 16)).save(path, "TIFF", exif=fx.exif_block(), icc_profile=fx.custom_icc())
    return path


def _heic(path: Path) -> Path:
    import pillow_heif

    pillow_heif.register_heif_opener()
    Image.new("RGB", (64, 64), (90, 120, 200)).save(
        path, format="HEIF", quality=60, exif=fx.camera_exif(6), thumbnails=[32]
    )
    return path


def _avif(path: Path) -> Path:
    fx.pattern((24, 16)).save(
        path, "AVIF", quality=60, speed=10, exif=fx.camera_exif(6), xmp=fx.XMP
    )
    return path


def _jpeg_trailer(path: Path) -> Path:
    return fx.dirty_jpeg(path, trailer=fx.motion_photo_trailer(), with_exiftool=False)


def _audio(seed: str, make: Callable[[Path], Path]) -> Callable[[Path], Path]:
    return lambda path: make(fx.audio_seed(seed, path.parent, path.name))


def _video(seed: str) -> Callable[[Path], Path]:
    return lambda path: fx.dirty_video(fx.video_seed(seed, path.parent, path.name))


# (format label, file name, maker). Labels group the figures; several seeds may share one.
SEEDS: tuple[tuple[str, str, Callable[[Path], Path]], ...] = (
    ("jpeg", "camera.jpg", lambda p: fx.dirty_jpeg(p, with_exiftool=False)),
    ("jpeg", "tagged.jpg", lambda p: fx.dirty_jpeg(p, progressive=True)),
    ("jpeg", "motion.jpg", _jpeg_trailer),
    ("jpeg", "mpf.jpg", fx.mpf_jpeg),
    ("png", "dirty.png", _png),
    ("webp", "lossy.webp", lambda p: _webp(p, False)),
    ("webp", "lossless.webp", lambda p: _webp(p, True)),
    ("gif", "anim.gif", _gif),
    ("tiff", "photo.tif", _tiff),
    ("heic", "phone.heic", _heic),
    ("avif", "web.avif", _avif),
    ("pdf", "flyer.pdf", fx.dirty_pdf),
    ("mp3", "tone.mp3", _audio("tone.mp3", fx.dirty_mp3)),
    ("flac", "tone.flac", _audio("tone.flac", fx.dirty_flac)),
    ("ogg", "tone.ogg", _audio("tone.ogg", fx.dirty_ogg)),
    ("ogg", "tone.opus", _audio("tone.opus", fx.dirty_ogg)),
    ("m4a", "tone.m4a", _audio("tone.m4a", fx.dirty_m4a)),
    ("wav", "tone.wav", fx.dirty_wav),
    ("aiff", "tone.aiff", fx.dirty_aiff),
    ("mp4", "clip.mp4", _video("clip.mp4")),
    ("mov", "clip.mov", _video("clip.mov")),
    ("docx", "letter.docx", fx.dirty_docx),
    ("xlsx", "sheet.xlsx", fx.dirty_xlsx),
    ("pptx", "slides.pptx", fx.dirty_pptx),
    ("odt", "letter.odt", fx.dirty_odt),
)


def make_seeds(folder: Path) -> list[tuple[str, str, bytes]]:
    """(format label, file name, bytes) for every seed, made in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = []
    for label, name, make in SEEDS:
        path = make(folder / name)
        seeds.append((label, name, Path(path).read_bytes()))
    return seeds
