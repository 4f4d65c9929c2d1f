"""The self-test's clip: PyAV's decoders, libx264 and the AAC encoder, and redact_video.

A 12-frame 96x64 clip (a red square on grey, turned for display like a phone's, with
sound) is made in the self-test's folder, an area over the square is
covered, and the copy is read back: every frame upright, the area black, the sound kept.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

SIZE = (96, 64)  # as displayed
AREA = (8, 8, 32, 24)  # x, y, w, h: the square, as displayed
FRAMES = 12


def check_clip(work: Path) -> str:
    import av
    import numpy as np
    from PIL import Image, ImageDraw

    from scrubber.redact import video
    from scrubber.redact.regions import Region

    src = work / "clip.mov"
    with av.open(str(src), "w", format="mov") as out:
        stream = out.add_stream("libx264", rate=12)
        stream.width, stream.height = SIZE[1], SIZE[0]  # stored turned
        stream.pix_fmt = "yuv420p"
        stream.set_display_rotation(-90)  # shown turned 90 degrees clockwise
        sound = out.add_stream("aac", rate=8000, layout="mono")
        for i in range(FRAMES):
            picture = Image.new("RGB", SIZE, (128, 128, 128))
            x, y, w, h = AREA
            ImageDraw.Draw(picture).rectangle((x, y, x + w - 1, y + h - 1), fill=(220, 30, 30))
            frame = av.VideoFrame.from_image(picture.transpose(Image.Transpose.ROTATE_90))
            frame.pts, frame.time_base = i, Fraction(1, 12)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
        tone = np.zeros((1, 8000), np.float32)
        chunk = av.AudioFrame.from_ndarray(tone, format="fltp", layout="mono")
        chunk.sample_rate = 8000
        out.mux(sound.encode(chunk))
        out.mux(sound.encode(None))
    result = video.redact_video(src, work / "covered.mp4", [Region("rect", *AREA)])
    if not result.outcome.ok or result.output is None:
        raise AssertionError(f"not covered: {result.error.message if result.error else ''}")
    with open(result.output, "rb") as f, av.open(f, "r") as copy:
        has_sound = bool(copy.streams.audio)
        pictures = [frame.to_image() for frame in copy.decode(video=0)]
    if len(pictures) != FRAMES or pictures[0].size != SIZE:
        raise AssertionError(f"{len(pictures)} frames of {pictures[0].size if pictures else '-'}")
    x, y, w, h = AREA
    for picture in pictures:
        if max(hi for _, hi in picture.crop((x, y, x + w, y + h)).getextrema()) > 40:
            raise AssertionError("the area still shows in a frame")
        if picture.getpixel((SIZE[0] - 4, SIZE[1] - 4))[0] < 100:
            raise AssertionError("the rest of the picture is not as it was")
    if not has_sound:
        raise AssertionError("the sound was lost")
    return f"{FRAMES} frames covered, turned upright, sound kept"
