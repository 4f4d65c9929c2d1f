"""Covering faces and areas in clips: judged frame by frame against the pictures drawn.

The clips are made here (tests/clips.py): the astronaut's real face moving across a
phone-style portrait clip whose frames are stored turned (ExifTool confirms the
rotation), with sound. The copies are read by PyAV and ExifTool: the face's known box
is covered in every frame, the rest of the picture is as drawn and upright, the sound
is the same packets (or none), and ExifTool finds no metadata.
"""

from __future__ import annotations

import math
import os
import pty
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from clips import (
    decoded,
    make_clip,
    mean_difference,
    pixel_format,
    sound_codec,
    sound_packets,
)
from factories import VIDEO_EXIFTOOL_TAGS, exiftool_write, run_cli
from leaky import leave_canary
from oracle import canary_in_bytes, exiftool_tags
from test_video import video_leaks

from scrubber import Outcome
from scrubber.cancel import CancelToken
from scrubber.redact import video
from scrubber.redact.regions import Region
from scrubber.redact.video_faces import FaceTimeline

BOTTOM = (0, 280, 240, 320)  # the stripes along the bottom: never covered
TOLERANCE = 8  # mean levels two H.264 generations may move a picture


def covered_fraction(picture: object, box: tuple[int, int, int, int]) -> float:
    """Share of the box's pixels that are black (the fill), within codec noise."""
    inside = np.asarray(picture.crop(box), np.int16)  # type: ignore[attr-defined]
    return float((inside.max(axis=2) < 40).mean())


@pytest.mark.exiftool
def test_faces_covered_in_every_frame_of_a_rotated_phone_clip(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "phone.mov", rotation=90)
    exiftool_write(clip.path, *VIDEO_EXIFTOOL_TAGS)
    tags = exiftool_tags(clip.path)
    assert tags["Composite:Rotation"] == 90  # stored turned, as a phone held upright
    assert video_leaks(clip.path)  # the oracle sees the planted tags
    before = decoded(clip.path, rotation=90)
    for picture, shown, box in zip(before, clip.shown, clip.boxes, strict=True):
        assert mean_difference(picture, shown, box) < TOLERANCE  # the face shows
        assert covered_fraction(picture, box) < 0.5

    run = run_cli("redact", clip.path, "--faces", "-o", tmp_path / "out.mp4")
    assert run.returncode == 0, run.stdout + run.stderr
    out = tmp_path / "out.mp4"
    assert not video_leaks(out), video_leaks(out)
    data = out.read_bytes()
    assert not canary_in_bytes(out)
    assert b"x264" not in data and b"Lavf" not in data  # no encoder name or settings
    after_tags = exiftool_tags(out)
    assert after_tags.get("Composite:Rotation", 0) == 0  # the pixels are upright now
    assert after_tags["Composite:ImageSize"] == "240x320"

    frames = decoded(out)
    assert len(frames) == len(clip.boxes)
    for index, (picture, box) in enumerate(zip(frames, clip.boxes, strict=True)):
        assert covered_fraction(picture, box) > 0.99, f"face showing in frame {index}"
        assert mean_difference(picture, clip.shown[index], BOTTOM) < TOLERANCE
    assert sound_packets(out) == sound_packets(clip.path)  # the sound copied as it was


def test_a_batch_with_redact_faces_covers_faces_in_clips_too(tmp_path: Path) -> None:
    folder = tmp_path / "ads"
    folder.mkdir()
    clip = make_clip(folder / "walk.mov", frames=15, sound=None)
    run = run_cli("clean", folder, "--redact-faces", "-o", tmp_path / "out")
    assert run.returncode == 0, run.stdout + run.stderr
    frames = decoded(tmp_path / "out" / "walk.mp4")
    assert len(frames) == 15
    for index, (picture, box) in enumerate(zip(frames, clip.boxes, strict=True)):
        assert covered_fraction(picture, box) > 0.99, f"face showing in frame {index}"


def test_area_mosaic_only_in_its_time_range_and_muted(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4", frames=30)
    area = (0, 10, 240, 130)  # the face's whole path
    result = video.redact_video(
        clip.path,
        tmp_path / "out.mp4",
        [video.parse_arg("0,10,240,120@0.3-0.6")],
        mode="mosaic",
        mute=True,
    )
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert video.MUTED in result.warnings
    assert sound_codec(result.output) is None and sound_codec(clip.path) == "aac"
    frames = decoded(result.output)
    for index, picture in enumerate(frames):
        seconds = index / 30
        difference = mean_difference(picture, clip.shown[index], area)
        if 0.3 + 0.02 <= seconds <= 0.6 - 0.02:
            assert difference > 15, f"frame {index} not covered"
            assert covered_fraction(picture, area) < 0.5  # a mosaic look, not the fill
        elif seconds < 0.3 - 0.02 or seconds > 0.6 + 0.02:
            assert difference < TOLERANCE, f"frame {index} covered outside the range"
        assert mean_difference(picture, clip.shown[index], BOTTOM) < TOLERANCE


@pytest.mark.exiftool
def test_pcm_sound_in_a_mov_becomes_aac(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mov", frames=15, sound="pcm_s16le", with_face=False)
    assert sound_codec(clip.path) == "pcm_s16le"
    result = video.redact_video(clip.path, tmp_path / "out.mov", [Region("rect", 0, 0, 40, 40)])
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None and result.output.suffix == ".mp4"
    assert sound_codec(result.output) == "aac"
    assert not video_leaks(result.output)
    frames = decoded(result.output)
    assert len(frames) == 15
    assert all(covered_fraction(p, (0, 0, 40, 40)) > 0.99 for p in frames)


def test_a_10_bit_clip_is_written_with_8_bits_and_says_so(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "hdr.mp4", frames=6, sound=None, pix_fmt="yuv420p10le")
    assert pixel_format(clip.path) == "yuv420p10le"
    result = video.redact_video(clip.path, tmp_path / "out.mp4", [Region("rect", 0, 0, 40, 40)])
    assert result.outcome is Outcome.CLEANED and result.output is not None, result.error
    assert video.DEEP in result.warnings
    assert pixel_format(result.output) == "yuv420p"
    for picture, shown in zip(decoded(result.output), clip.shown, strict=True):
        assert covered_fraction(picture, (0, 0, 40, 40)) > 0.99
        assert mean_difference(picture, shown, BOTTOM) < TOLERANCE


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4", frames=30, sound=None)
    token = CancelToken()
    seen: list[float] = []

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction >= 0.3:
            token.cancel()

    out = tmp_path / "out"
    result = video.redact_video(
        clip.path, out / "copy.mp4", [Region("rect", 0, 0, 20, 20)], progress=progress, cancel=token
    )
    assert result.outcome is Outcome.CANCELLED and result.output is None
    assert seen and seen[-1] < 1.0
    assert not out.exists() or not any(out.iterdir())  # no temp file left either


def test_a_copy_that_fails_the_recheck_is_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clip = make_clip(tmp_path / "clip.mp4", frames=10, sound=None, with_face=False)
    leave_canary(monkeypatch, "MP4")  # the cleaner that rebuilds what PyAV wrote
    out = tmp_path / "out"
    result = video.redact_video(clip.path, out / "copy.mp4", [Region("rect", 0, 0, 20, 20)])
    assert result.outcome is Outcome.FAILED and result.output is None
    assert result.error is not None and result.error.code == "verification"
    assert not out.exists() or not any(out.iterdir())  # neither copy nor temp files


def test_bad_clips_and_areas_get_one_line(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4", frames=10, sound=None, with_face=False)
    broken = tmp_path / "broken.mp4"
    data = clip.path.read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    cases = [
        (broken, ["--region", "0,0,10,10"]),
        (clip.path, ["--region", "200,0,100,10"]),  # outside the 240x320 picture
        (clip.path, ["--region", "0,0,10,10@5-2"]),  # a range that ends before it starts
        (clip.path, ["--region", "0,0,10,10@50-60"]),  # after the end of the 0.3 s clip
        (clip.path, []),  # nothing to cover
    ]
    for source, extra in cases:
        run = run_cli("redact", source, *extra, "-o", tmp_path / "out" / "x.mp4")
        assert run.returncode == 1
        assert len(run.stdout.strip().splitlines()) == 1, run.stdout
        assert "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    photo_run = run_cli("redact", tmp_path / "missing.jpg", "--mute", "--region", "0,0,1,1")
    assert photo_run.returncode == 1 and "clips" in photo_run.stdout


def test_progress_line_on_a_terminal(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4", frames=10, sound=None, with_face=False)
    leader, follower = pty.openpty()
    try:
        run = subprocess.run(
            [sys.executable, "-m", "scrubber", "redact", str(clip.path), "--region", "0,0,9,9"],
            stdout=subprocess.PIPE,
            stderr=follower,
            check=False,
            timeout=120,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert run.returncode == 0
    assert b"clip.mp4: 100%" in shown and b"clip.mp4: 0%" in shown


def test_time_ranges_are_parsed() -> None:
    area = video.parse_arg("1,2,3,4:ellipse@1.5-3")
    assert area.region == Region("ellipse", 1, 2, 3, 4) and (area.start, area.end) == (1.5, 3)
    assert (video.parse_arg("1,2,3,4@-2").start, video.parse_arg("1,2,3,4@2-").end) == (
        0,
        math.inf,
    )
    assert video.parse_arg("1,2,3,4").active(1e9)


def test_a_moving_face_is_covered_along_its_path_and_around_each_find() -> None:
    faces = FaceTimeline(step=5, hold=2)
    faces.add(0, [Region("rect", 0, 0, 20, 20)])
    faces.add(5, [])  # missed in this detection
    faces.add(10, [Region("rect", 40, 0, 20, 20)])
    between = faces.covers(7)
    # The two finds are one face moving: its whole path is covered between them.
    assert any(r.x <= 0 and r.x + r.w >= 60 for r in between)
    assert faces.covers(17) and not faces.covers(18)  # held step + hold frames after


def test_a_face_not_found_again_asks_for_a_closer_look() -> None:
    faces = FaceTimeline(step=5, hold=2)
    face = Region("rect", 100, 100, 40, 50)
    faces.add(0, [face])
    assert not faces.lost(5, [Region("rect", 110, 100, 40, 50)])  # moved a little
    assert faces.lost(5, [])
    assert faces.lost(5, [Region("rect", 400, 100, 40, 50)])  # another face, far away
    faces.add(5, [])
    assert not faces.lost(10, [])  # looked at closely once: gone
