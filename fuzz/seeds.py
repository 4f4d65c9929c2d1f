"""Seed files of every registered format: each format's self-test sample (its descriptor
names it), or, where there are some, richer metadata-laden files made by the test factories.

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

from scrubber import registry  # noqa: E402


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


# (format id, file name, maker). Figures are by format id; several seeds may share one.
RICH: tuple[tuple[str, str, Callable[[Path], Path]], ...] = (
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
    ("vorbis", "tone.ogg", _audio("tone.ogg", fx.dirty_ogg)),
    ("opus", "tone.opus", _audio("tone.opus", fx.dirty_ogg)),
    ("m4a", "tone.m4a", _audio("tone.m4a", fx.dirty_m4a)),
    ("wav", "tone.wav", fx.dirty_wav),
    ("aiff", "tone.aiff", fx.dirty_aiff),
    ("mp4", "clip.mp4", _video("clip.mp4")),
    ("mov", "clip.mov", _video("clip.mov")),
    ("ooxml", "letter.docx", fx.dirty_docx),
    ("ooxml", "sheet.xlsx", fx.dirty_xlsx),
    ("ooxml", "slides.pptx", fx.dirty_pptx),
    ("odf", "letter.odt", fx.dirty_odt),
)


def seed_makers() -> list[tuple[str, str, Callable[[Path], Path]]]:
    """(format id, file name, maker) for every registered format, rich seeds first (in
    their table's order, so a run's inputs stay the same), then the self-test samples of
    the formats that have none."""
    ids = {fmt.id for fmt in registry.FORMATS}
    unknown = {fid for fid, _, _ in RICH} - ids
    assert not unknown, f"seeds for formats the registry does not list: {unknown}"
    makers = [seed for seed in RICH if seed[0] in ids]
    rich = {fid for fid, _, _ in RICH}
    for fmt in registry.FORMATS:
        if fmt.id not in rich:
            makers.append((fmt.id, "sample" + fmt.extensions[0], fmt.sample))
    return makers


def make_seeds(folder: Path) -> list[tuple[str, str, bytes]]:
    """(format id, file name, bytes) for every seed, made in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = []
    for label, name, make in seed_makers():
        path = make(folder / name)
        seeds.append((label, name, Path(path).read_bytes()))
    return seeds
