"""redact_video(): cover faces and areas in every frame of a clip, and write a fresh MP4.

Nothing of the original file is copied but the sound (unless muted): every frame is
decoded as displayed (the rotation applied, so the copy needs none), covered with the
same masks as photos (`masks.apply`), and encoded afresh as H.264 in MP4. The encoder's
own note (x264 writes its version and settings into the picture data) is filtered out,
and the file PyAV writes then goes through the MP4 cleaner, which rebuilds the movie
header from its allowlist (no names, dates or encoder tags). That copy is re-checked
like a cleaned one and deleted if anything is left (fail closed).

Decoding and encoding: PyAV (FFmpeg with libx264, in its wheel). Files are handed to it
as open file objects, never as names: FFmpeg reads names as URLs, and this app must
never open a network address.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO

import av
from av.bitstream import BitStreamFilterContext
from PIL import Image

from scrubber import core, registry, safe_output
from scrubber.cancel import CancelToken
from scrubber.errors import CleaningRefused, CorruptFile, InvalidRegions, UnsupportedFormat
from scrubber.messages import Message
from scrubber.model import Category, CleanOptions, CleanResult, Finding, Outcome
from scrubber.redact import masks
from scrubber.redact import regions as rg
from scrubber.redact.masks import RGB, Mode
from scrubber.redact.pipeline import CLIP_FORMATS, look_of
from scrubber.redact.regions import Region
from scrubber.redact.video_faces import FaceTimeline

FORMATS = CLIP_FORMATS  # what core.inspect calls the clips redact_video reads
MAX_PIXELS = 4096 * 2304  # 4K phone clips and a little more; 8K is refused
# The detector looks at a frame scaled to about 640x360: faces from about 16 px wide
# there, 48 px in a 1080p frame (a face in a clip is rarely smaller), at a third of
# the photo fast pass's cost (0.7 MP).
DETECT_PIXELS = 640 * 360
# When a face found in the previous detection is not found again, the frame is looked at
# again at the photo fast pass's size (0.7 MP, 3x the cost): in the benchmark clip, a
# face passing in front of a busy background scored 0.3-0.45 at 640x360, 0.85 at 0.7 MP.
CLOSER_PIXELS = 960 * 720
DETECT_SECONDS = 1 / 6  # the detector runs on a frame this often (every 5th at 30 fps)
HOLD_SECONDS = 0.1  # a face stays covered this long before and after it was found
PRESET = "veryfast"  # x264: 3-4x faster than "medium" for a few % more bytes
# Sound codecs an MP4 file holds as they are; any other (PCM in a MOV) becomes AAC.
COPY_SOUND = {"aac", "mp3", "alac", "opus", "ac3", "eac3", "flac"}
REENCODED = "the clip was encoded again from the covered frames (H.264)"
MUTED = Message("video.muted")
DEEP = Message("video.deep")

Progress = Callable[[float], None]


@dataclass(frozen=True)
class TimedArea:
    """An area covered from `start` to `end` seconds of the clip (all of it by default)."""

    region: Region
    start: float = 0.0
    end: float = math.inf

    def active(self, seconds: float) -> bool:
        return self.start <= seconds <= self.end


def parse_arg(text: str) -> TimedArea:
    """`x,y,w,h[:ellipse][@START-END]`, START and END in seconds (either may be left out)."""
    shape, _, when = text.partition("@")
    region = rg.parse_arg(shape)
    if not when:
        return TimedArea(region)
    first, dash, last = when.partition("-")
    try:
        start = float(first) if first else 0.0
        end = float(last) if last else math.inf
    except ValueError:
        raise InvalidRegions(
            f"a time range is written @START-END in seconds, not {when!r}"
        ) from None
    if not dash or not (0 <= start <= end) or math.isnan(end):
        raise InvalidRegions(f"a time range is written @START-END in seconds, not {when!r}")
    return TimedArea(region, start, end)


@dataclass
class _Job:
    areas: list[TimedArea]
    faces: bool
    look: Mode
    color: RGB
    mute: bool
    progress: Progress | None
    cancel: CancelToken | None
    warnings: list[str] = field(default_factory=list)
    face_frames: int = 0  # frames in which a face was covered


def redact_video(
    src: str | Path,
    dst: str | Path,
    areas: Sequence[TimedArea | Region] = (),
    *,
    faces: bool = False,
    mode: str = Mode.FILL,
    color: str | RGB = (0, 0, 0),
    mute: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> CleanResult:
    """Write an MP4 copy of the clip `src` with `areas` (and faces) covered in every
    frame; never raises for a bad file or area. `dst` is the wanted output path (its
    extension becomes .mp4; an existing file is never overwritten)."""
    src = Path(src)
    fmt = ""
    try:
        look, rgb = look_of(mode, color)
        timed = [a if isinstance(a, TimedArea) else TimedArea(a) for a in areas]
        if not timed and not faces:
            raise InvalidRegions("no areas to cover were given (and faces were not asked for)")
        report = core.inspect(src)  # also refuses missing files, folders and pipes
        fmt = report.format
        if fmt not in FORMATS:
            raise UnsupportedFormat(Message("redact.not_a_clip", format=fmt))
        target = Path(dst)
        if target.exists() and target.samefile(src):
            raise CleaningRefused(Message("redact.would_replace"))
        target = safe_output.fit_name(target.with_suffix(".mp4"))
        job = _Job(timed, faces, look, rgb, mute, progress, cancel)
        with safe_output.temp_beside(target) as (raw, raw_file):
            try:
                with open(src, "rb") as f:
                    _transcode(f, raw_file, job)
                raw_file.close()
                # The MP4 cleaner rebuilds what PyAV wrote: its tags and names go. What it
                # finds there is PyAV's, not the user's: not reported as removed.
                rebuild = registry.detect(raw)
                written = core.write_verified(
                    target, lambda out: rebuild.clean(raw, out, CleanOptions()), source=src
                )
            finally:
                safe_output.discard(raw)
        removed = [*report.findings]
        if timed:
            count = f"{len(timed)} area{'s' if len(timed) != 1 else ''} covered"
            removed.append(Finding(Category.OTHER, "redaction:regions", count))
        if faces:
            removed.append(
                Finding(
                    Category.OTHER, "redaction:faces", f"faces covered in {job.face_frames} frames"
                )
            )
        after = written.after
        warnings = (*report.warnings, *job.warnings, REENCODED, *after.warnings)
        return CleanResult(
            src,
            Outcome.CLEANED,
            written.output,
            fmt,
            removed=tuple(removed),
            kept=after.kept,
            warnings=tuple(dict.fromkeys(warnings)),
            after=after,
        )
    except Exception as e:  # a bad clip or area costs this clip, never the caller
        return core.failed_result(src, fmt, e)


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClipInfo:
    """What the editor and the writer need to know about a clip before decoding it all."""

    size: tuple[int, int]  # as displayed (rotation applied), made even for H.264
    rotation: int  # degrees counter-clockwise that turn a stored frame upright: 0/90/180/270
    rate: Fraction  # frames per second (average)
    duration: float  # seconds
    frames: int  # an estimate where the file does not say
    has_sound: bool
    deep: bool = False  # more than 8 bits per colour (HDR): the copy has 8


def probe(f: BinaryIO) -> ClipInfo:
    """ClipInfo of an open clip file (its first frame is decoded to learn the rotation)."""
    with _open(f) as container:
        return _info(container)


def _open(f: BinaryIO) -> Any:
    try:
        container = av.open(f, "r")
    except (av.FFmpegError, ValueError) as e:
        raise CorruptFile(f"the clip could not be read ({e})") from e
    if not container.streams.video:
        container.close()
        raise CorruptFile("the clip has no picture track")
    container.streams.video[0].thread_type = "AUTO"  # frames decoded on every core
    return container


def picture_at(path: Path, index: int) -> tuple[Image.Image, ClipInfo]:
    """Frame `index` (counted from 0) of the clip at `path` as displayed, as the writer
    decodes it (for the editor's view); past the end, the last frame."""
    with open(path, "rb") as f, _open(f) as container:
        info = _info(container)
        video = container.streams.video[0]
        start = float(video.start_time * video.time_base) if video.start_time else 0.0
        wanted = start + index / float(info.rate)
        if index > 0 and video.time_base:
            container.seek(int(wanted / video.time_base), stream=video, backward=True)
        picture = None
        for frame in _frames(container, video):
            picture = frame
            # Half a frame early counts: timestamps are rounded to the track's units.
            if frame.time is None or frame.time >= wanted - 0.5 / float(info.rate):
                break
        if picture is None:
            raise CorruptFile("the clip has no picture that could be decoded")
        return shown(picture, info), info


def _info(container: Any) -> ClipInfo:
    video = container.streams.video[0]
    first = next(_frames(container, video), None)
    if first is None:
        raise CorruptFile("the clip has no picture that could be decoded")
    rotation = round(first.rotation or 0) % 360
    if rotation not in (0, 90, 180, 270):
        raise CleaningRefused(Message("clip.turned", degrees=rotation))
    w, h = (first.height, first.width) if rotation in (90, 270) else (first.width, first.height)
    if w * h > MAX_PIXELS:
        raise CleaningRefused(Message("clip.too_large", size=f"{w}x{h}"))
    if w < 16 or h < 16:
        raise CorruptFile(f"the clip's pictures are too small ({w}x{h} pixels)")
    rate = video.average_rate or video.guessed_rate or Fraction(30)
    if container.duration:
        duration = container.duration / av.time_base
    elif video.duration and video.time_base:
        duration = float(video.duration * video.time_base)
    else:
        duration = 0.0
    frames = video.frames or max(1, round(duration * rate))
    container.seek(0)  # back to the start for the caller
    size = (w - w % 2, h - h % 2)
    deep = any(bits in first.format.name for bits in ("p10", "p12", "p16"))
    has_sound = bool(container.streams.audio)
    return ClipInfo(size, rotation, Fraction(rate), duration, frames, has_sound, deep)


def _frames(container: Any, video: Any) -> Iterator[av.VideoFrame]:
    try:
        yield from container.decode(video)
    except av.FFmpegError as e:
        raise CorruptFile(f"the clip's pictures could not be decoded ({e})") from e


def shown(frame: av.VideoFrame, info: ClipInfo, pixels: int | None = None) -> Image.Image:
    """An RGB picture of `frame` as displayed; with `pixels`, scaled down to about that
    many (for the detector), `info["shown_size"]` then holding the full size."""
    width, height = frame.width, frame.height
    if pixels is not None and width * height > pixels:
        k = (pixels / (width * height)) ** 0.5
        width, height = max(32, round(width * k)), max(32, round(height * k))
    im = frame.reformat(width=width, height=height, format="rgb24").to_image()
    if info.rotation:
        turn = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180}
        im = im.transpose(turn.get(info.rotation, Image.Transpose.ROTATE_270))
    if pixels is not None:
        im.info["shown_size"] = info.size
    elif im.size != info.size:
        im = im.crop((0, 0, *info.size))  # odd sides lose their last column or row
    return im


def find_faces(frame: av.VideoFrame, info: ClipInfo, pixels: int = DETECT_PIXELS) -> list[Region]:
    """Grown face boxes of one frame, in pixels of the clip as displayed."""
    from scrubber.redact import detect  # loads the model: only when faces are asked for

    return detect.detect_faces(shown(frame, info, pixels), detect.Search.FAST, pixels=pixels)


# --- writing ------------------------------------------------------------------------------


def _transcode(f: BinaryIO, raw: BinaryIO, job: _Job) -> None:
    with _open(f) as source:
        info = _info(source)
        if job.areas:
            rg.check_within([a.region for a in job.areas], info.size)
            for index, area in enumerate(job.areas, 1):
                if info.duration and area.start > info.duration:
                    raise InvalidRegions(
                        f"area {index} starts after the end of the clip ({info.duration:.1f} s)"
                    )
        if info.deep:
            job.warnings.append(DEEP)
        video = source.streams.video[0]
        sound = None if job.mute or not info.has_sound else source.streams.audio[0]
        if job.mute and info.has_sound:
            job.warnings.append(MUTED)
        try:
            out = av.open(raw, "w", format="mp4")
        except av.FFmpegError as e:
            raise CorruptFile(f"the copy could not be started ({e})") from e
        with out:
            writer = _Writer(out, video, sound, info, job)
            streams = [video] if sound is None else [video, sound]
            if job.progress is not None:
                job.progress(0.0)  # the model may take a while to load: say it started
            try:
                for packet in source.demux(*streams):
                    if job.cancel:
                        job.cancel.check()
                    if packet.stream is video:
                        writer.video(packet)
                    else:
                        writer.sound(packet)
                writer.finish()
            except av.FFmpegError as e:
                raise CorruptFile(f"the clip could not be decoded or encoded ({e})") from e


class _Writer:
    """Decodes, covers and encodes frame by frame, holding back only the frames whose
    face boxes still depend on detections a few frames ahead."""

    def __init__(self, out: Any, video: Any, sound: Any, info: ClipInfo, job: _Job) -> None:
        self.out, self.info, self.job = out, info, job
        self.source_video = video
        self.encoder = out.add_stream(
            "libx264", rate=info.rate, options={"crf": str(_crf(video, info)), "preset": PRESET}
        )
        self.encoder.width, self.encoder.height = info.size
        self.encoder.pix_fmt = "yuv420p"
        self.encoder.codec_context.time_base = video.time_base  # the source's timestamps
        # x264 writes its version and every setting into an SEI unit of the first frame.
        self.no_sei = BitStreamFilterContext("filter_units=remove_types=6", self.encoder)
        self.sound_in = sound
        self.sound_out = None
        self.sound_copied = sound is not None and sound.codec_context.name in COPY_SOUND
        if sound is not None:
            if self.sound_copied:
                self.sound_out = out.add_stream_from_template(sound)
            else:
                self.sound_out = out.add_stream("aac", rate=sound.rate, layout=sound.layout)
        step = max(1, round(float(info.rate) * DETECT_SECONDS))
        hold = max(1, round(float(info.rate) * HOLD_SECONDS))
        self.faces = FaceTimeline(step, hold) if job.faces else None
        self.pending: deque[tuple[int, av.VideoFrame]] = deque()
        self.decoded = 0
        self.written = 0
        self.first_pts: int | None = None

    def video(self, packet: Any) -> None:
        for frame in packet.decode():
            index = self.decoded
            self.decoded += 1
            if self.faces is not None and self.faces.wants(index):
                boxes = find_faces(frame, self.info)
                if self.faces.lost(index, boxes):  # as the photo fast pass sees it
                    boxes = find_faces(frame, self.info, CLOSER_PIXELS)
                self.faces.add(index, boxes)
            self.pending.append((index, frame))
            ahead = self.faces.lookahead() if self.faces is not None else 0
            while self.pending and self.pending[0][0] + ahead < self.decoded:
                self._write(*self.pending.popleft())

    def sound(self, packet: Any) -> None:
        if self.sound_out is None:
            return
        if self.sound_copied:
            if packet.dts is None:  # the demuxer's empty end-of-stream packet
                return
            packet.stream = self.sound_out
            self.out.mux(packet)
            return
        for frame in packet.decode():
            frame.pts = None  # the encoder numbers its own frames
            self.out.mux(self.sound_out.encode(frame))

    def finish(self) -> None:
        if self.faces is not None and self.pending:
            index, frame = self.pending[-1]
            if not self.faces.wants(index):  # the end: follow a face until the last frame
                self.faces.add(index, find_faces(frame, self.info))
        while self.pending:
            self._write(*self.pending.popleft())
        self._mux_video(self.encoder.encode(None))
        self.out.mux(self.no_sei.filter(None))  # what the filter still holds
        if self.sound_out is not None and not self.sound_copied:
            self.out.mux(self.sound_out.encode(None))

    def _write(self, index: int, frame: av.VideoFrame) -> None:
        if self.job.cancel:
            self.job.cancel.check()
        if self.first_pts is None:
            self.first_pts = frame.pts or 0
        seconds = (
            float(((frame.pts or 0) - self.first_pts) * frame.time_base) if frame.time_base else 0.0
        )
        areas = [a.region for a in self.job.areas if a.active(seconds)]
        if self.faces is not None:
            boxes = self.faces.covers(index)
            self.job.face_frames += bool(boxes)
            areas += boxes
        im = shown(frame, self.info)
        if areas:
            im = masks.apply(im, areas, self.job.look, self.job.color)
        fresh = av.VideoFrame.from_image(im)
        fresh.pts, fresh.time_base = frame.pts, frame.time_base
        self._mux_video(self.encoder.encode(fresh))
        self.written += 1
        if self.job.progress is not None:
            self.job.progress(min(1.0, self.written / self.info.frames))

    def _mux_video(self, packets: list[Any]) -> None:
        for packet in packets:
            self.out.mux(self.no_sei.filter(packet))


def _crf(video: Any, info: ClipInfo) -> int:
    """x264's constant quality (lower is better) close to the source's: from the source's
    bits per pixel. About 0.06 bits per pixel is what x264 spends at its default, 23, on
    ordinary footage; each halving or doubling of the bit rate is about 6 steps."""
    rate = video.bit_rate or video.codec_context.bit_rate
    if not rate:
        return 21
    w, h = info.size
    bits_per_pixel = rate / (w * h * float(info.rate))
    return max(17, min(28, round(23 - 6 * math.log2(bits_per_pixel / 0.06))))
