"""Short clips made in the test: a real face (the astronaut's) moving across, with sound.

Each clip is drawn as a player shows it; the stored frames are those pictures turned the
other way, and the track says how to turn them back (ExifTool confirms it, so the
convention is checked by a reader we did not write). The face's box in every displayed
frame is known, so a test can compare exactly those pixels with the original.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw

DATA = Path(__file__).parent / "data"
# The astronaut's face with hair and chin (tests/data/README.md: face at x 170-280, y 40-190).
FACE_CROP = (160, 30, 290, 200)
FACE_SIZE = (78, 102)
RATE = 30
SOUND_RATE = 44100
Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in displayed pixels
T = Image.Transpose
COUNTER_CLOCKWISE = {90: T.ROTATE_90, 180: T.ROTATE_180, 270: T.ROTATE_270}


@dataclass(frozen=True)
class Clip:
    path: Path
    size: tuple[int, int]  # as displayed
    boxes: list[Box]  # the face in each frame, as displayed
    shown: list[Image.Image]  # each frame as drawn (before encoding)


def face() -> Image.Image:
    with Image.open(DATA / "astronaut.jpg") as im:
        return im.convert("RGB").crop(FACE_CROP).resize(FACE_SIZE, Image.Resampling.LANCZOS)


def backdrop(size: tuple[int, int]) -> Image.Image:
    """A plain wall with coloured stripes along the bottom edge (never covered; they show
    whether the copy is turned the right way)."""
    w, h = size
    im = Image.new("RGB", size, (120, 128, 136))
    pen = ImageDraw.Draw(im)
    colours = [(200, 40, 40), (40, 180, 60), (40, 60, 200), (230, 210, 40)]
    for i, colour in enumerate(colours):
        pen.rectangle((i * w // 4, h - 40, (i + 1) * w // 4 - 1, h - 1), fill=colour)
    pen.rectangle((w - 24, h - 70, w - 1, h - 41), fill=(250, 250, 250))  # bottom right
    return im


def make_clip(
    path: Path,
    frames: int = 36,
    size: tuple[int, int] = (240, 320),
    rotation: int = 0,
    sound: str | None = "aac",
    with_face: bool = True,
    pix_fmt: str = "yuv420p",
) -> Clip:
    """A clip whose face moves from the top left to the right; `rotation` is how far a
    player turns the stored frames clockwise to show them (ExifTool's Rotation: 90 for a
    phone held upright). `sound`: "aac", "pcm_s16le" (MOV only) or None."""
    fmt = "mov" if path.suffix.lower() == ".mov" else "mp4"
    portrait = face()
    boxes, shown = [], []
    out = av.open(str(path), "w", format=fmt)
    stored = size if rotation in (0, 180) else (size[1], size[0])
    video = out.add_stream("libx264", rate=RATE, options={"crf": "16", "preset": "veryfast"})
    video.width, video.height = stored
    video.pix_fmt = pix_fmt
    if rotation:
        video.set_display_rotation(-rotation)  # FFmpeg counts counter-clockwise
    audio = out.add_stream(sound, rate=SOUND_RATE, layout="mono") if sound else None
    room = size[0] - FACE_SIZE[0]
    for i in range(frames):
        x = round(i * room / max(1, frames - 1))
        y = 20 + i // 3
        picture = backdrop(size)
        if with_face:
            picture.paste(portrait, (x, y))
        boxes.append((x, y, x + FACE_SIZE[0], y + FACE_SIZE[1]))
        shown.append(picture)
        # Stored turned back: a player turning it `rotation` clockwise shows `picture`.
        kept = picture.transpose(COUNTER_CLOCKWISE[rotation]) if rotation else picture
        frame = av.VideoFrame.from_image(kept)
        frame.pts = i
        frame.time_base = Fraction(1, RATE)
        out.mux(video.encode(frame))
    out.mux(video.encode(None))
    if audio is not None:
        n = frames * SOUND_RATE // RATE
        tone = (np.sin(np.arange(n) * 2 * np.pi * 440 / SOUND_RATE) * 0.3).astype(np.float32)
        samples = (tone * 32767).astype(np.int16) if sound == "pcm_s16le" else tone
        layout_fmt = "s16" if sound == "pcm_s16le" else "fltp"
        chunk = 1024
        for start in range(0, n, chunk):
            frame = av.AudioFrame.from_ndarray(
                samples[None, start : start + chunk], format=layout_fmt, layout="mono"
            )
            frame.sample_rate = SOUND_RATE
            frame.pts = start
            frame.time_base = Fraction(1, SOUND_RATE)
            out.mux(audio.encode(frame))
        out.mux(audio.encode(None))
    out.close()
    return Clip(path, size, boxes, shown)


def decoded(path: Path, rotation: int = 0) -> list[Image.Image]:
    """Every frame of a clip as RGB, turned `rotation` degrees clockwise (as a player
    does with ExifTool's Rotation)."""
    with open(path, "rb") as f, av.open(f, "r") as container:
        pictures = [frame.to_image() for frame in container.decode(video=0)]
    clockwise = COUNTER_CLOCKWISE[(360 - rotation) % 360] if rotation else None
    return [p.transpose(clockwise) for p in pictures] if clockwise else pictures


def sound_packets(path: Path) -> list[bytes]:
    with open(path, "rb") as f, av.open(f, "r") as container:
        if not container.streams.audio:
            return []
        return [bytes(p) for p in container.demux(audio=0) if p.size]


def pixel_format(path: Path) -> str:
    with open(path, "rb") as f, av.open(f, "r") as container:
        return str(container.streams.video[0].codec_context.pix_fmt)


def sound_codec(path: Path) -> str | None:
    with open(path, "rb") as f, av.open(f, "r") as container:
        streams = container.streams.audio
        return streams[0].codec_context.name if streams else None


def mean_difference(a: Image.Image, b: Image.Image, box: Box | None = None) -> float:
    """Mean absolute difference per channel level (0-255), in `box` or everywhere."""
    if box is not None:
        a, b = a.crop(box), b.crop(box)
    return float(np.abs(np.asarray(a, np.int16) - np.asarray(b, np.int16)).mean())
