"""The fail-closed write path shared by every format."""

from __future__ import annotations

import ast
import dataclasses
import errno
import io
import os
import struct
from pathlib import Path
from typing import BinaryIO

import pytest
from factories import camera_exif, decoded, dirty_jpeg, pattern
from leaky import LEFT, leave_canary
from oracle import CANARY, assert_clean
from PIL import Image, PngImagePlugin

from scrubber import CleanOptions, Orientation, Outcome, Report, clean, core, inspect, registry
from scrubber.cancel import CancelToken
from scrubber.errors import NotAFile, VerificationFailed
from scrubber.formats.exif import minimal_exif
from scrubber.formats.jpeg import JPEGCleaner
from scrubber.model import display
from scrubber.safe_output import TEMP_PREFIX

pytestmark = pytest.mark.exiftool
ROOT = Path(__file__).parent.parent


class LeakyCleaner(JPEGCleaner):
    """A buggy cleaner that copies its input unchanged."""

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        out.write(src.read_bytes())
        return Report(self.name)


class CrashingCleaner(JPEGCleaner):
    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        out.write(b"\xff\xd8 half a file")
        raise RuntimeError("boom")


@pytest.mark.parametrize(
    ("cleaner", "code"), [(LeakyCleaner(), "verification"), (CrashingCleaner(), "internal")]
)
def test_a_bad_cleaner_costs_the_file_never_a_leak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cleaner: JPEGCleaner, code: str
) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    monkeypatch.setattr(registry, "CLEANERS", (cleaner, *registry.CLEANERS[1:]))
    out_dir = tmp_path / "out"
    result = clean(src, out_dir / "a.jpg")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and result.error.code == code
    assert list(out_dir.iterdir()) == []  # no output and no temp file


def test_verification_message_names_what_was_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    monkeypatch.setattr(registry, "CLEANERS", (LeakyCleaner(), *registry.CLEANERS[1:]))
    result = clean(src, tmp_path / "b.jpg")
    assert result.error is not None
    assert "EXIF:GPSLatitude" in result.error.message and "deleted" in result.error.message


def test_cancelled_before_start_writes_nothing(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    token = CancelToken()
    token.cancel()
    result = clean(src, tmp_path / "out" / "a.jpg", cancel=token)
    assert result.outcome is Outcome.CANCELLED
    assert not (tmp_path / "out").exists()


def test_existing_output_is_never_overwritten(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    taken = tmp_path / "out" / "a.jpg"
    taken.parent.mkdir()
    taken.write_bytes(b"precious")
    result = clean(src, taken)
    assert result.output == tmp_path / "out" / "a-2.jpg"
    assert taken.read_bytes() == b"precious"


def test_output_onto_the_original_is_refused(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    before = src.read_bytes()
    result = clean(src, src)
    assert result.outcome is Outcome.REFUSED
    assert src.read_bytes() == before


class DiskFullCleaner(JPEGCleaner):
    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> list[str]:
        out.write(b"\xff\xd8" + bytes(1000))
        raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_mid_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    before = src.read_bytes()
    monkeypatch.setattr(registry, "CLEANERS", (DiskFullCleaner(), *registry.CLEANERS[1:]))
    result = clean(src, tmp_path / "out" / "a.jpg")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and "No space left" in result.error.message
    assert list((tmp_path / "out").iterdir()) == []
    assert src.read_bytes() == before


def test_failure_to_commit_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")

    def refuse(*args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "link", refuse)
    monkeypatch.setattr(os, "replace", refuse)
    result = clean(src, tmp_path / "out" / "a.jpg")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and result.error.code == "output"
    assert list((tmp_path / "out").iterdir()) == []


def test_already_clean_in_place_leaves_the_file_alone(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    first = clean(src, tmp_path / "b.jpg").output
    assert first is not None
    mtime = first.stat().st_mtime_ns
    result = clean(first, in_place=True)
    assert result.outcome is Outcome.ALREADY_CLEAN
    assert first.stat().st_mtime_ns == mtime


def test_inspect_never_writes(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    inspect(src)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg"]
    assert not any(p.name.startswith(TEMP_PREFIX) for p in tmp_path.iterdir())


def _imports(folder: Path) -> set[str]:
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
    return names


def test_core_never_imports_qt_or_network_code() -> None:
    imported = _imports(ROOT / "scrubber")
    banned = ("PySide6", "PyQt", "socket", "ssl", "http", "urllib", "requests", "ftplib")
    assert not [m for m in imported if m.split(".")[0] in banned]


def test_copies_get_fresh_timestamps(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    old = 1_000_000_000  # 2001: a capture time the file system would otherwise keep
    os.utime(src, (old, old))
    copy = clean(src, tmp_path / "b.jpg").output
    assert copy is not None and copy.stat().st_mtime > old + 10**8
    clean(src, in_place=True)
    assert src.stat().st_mtime > old + 10**8


class BlindInspectCleaner(JPEGCleaner):
    """Inspect names nothing, yet clean drops a comment: the core must notice."""

    def inspect(self, path: Path) -> Report:
        return Report(self.name)

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        super().clean(src, out, options)
        return Report(self.name)


def test_a_change_inspect_cannot_name_is_still_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "a.jpg"
    pattern().save(src, "JPEG", comment=b"who took this")
    monkeypatch.setattr(registry, "CLEANERS", (BlindInspectCleaner(), *registry.CLEANERS[1:]))
    result = clean(src, in_place=True)
    assert result.outcome is Outcome.CLEANED
    assert [f.key for f in result.removed] == ["file:other"]
    assert b"who took this" not in src.read_bytes()


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_in_place_refuses_links(tmp_path: Path, link: str) -> None:
    real = dirty_jpeg(tmp_path / "real.jpg", with_exiftool=False)
    alias = tmp_path / "alias.jpg"
    if link == "symlink":
        alias.symlink_to(real)
    else:
        os.link(real, alias)
    before = real.read_bytes()
    result = clean(alias, in_place=True)
    assert result.outcome is Outcome.REFUSED
    assert result.error is not None and "link" in result.error.message
    assert real.read_bytes() == before


def test_in_place_bake_turns_an_orientation_only_photo(tmp_path: Path) -> None:
    src = tmp_path / "r.jpg"
    pattern((32, 16)).save(src, "JPEG", exif=b"Exif\x00\x00" + minimal_exif(6))
    assert inspect(src).is_clean
    result = clean(src, in_place=True, options=CleanOptions(orientation=Orientation.BAKE))
    assert result.outcome is Outcome.CLEANED
    with Image.open(src) as im:
        assert im.size == (16, 32) and "exif" not in im.info


def test_inspect_refuses_a_named_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    with pytest.raises(NotAFile):
        inspect(fifo)  # would block forever if it opened the pipe


def test_a_tiff_that_points_every_tag_at_one_block_is_refused_cheaply(tmp_path: Path) -> None:
    """4,000 tags sharing one 256 KB value once made a 256 KB file cost 1 GB of memory."""
    count, size = 4000, 256 * 1024
    entries = [struct.pack("<HHII", 0x0100, 3, 1, 8), struct.pack("<HHII", 0x0101, 3, 1, 8)]
    entries += [struct.pack("<HHII", 0xB000 + i, 7, size - 16, 0) for i in range(count - 2)]
    body = b"II*\x00" + struct.pack("<IH", 8, count) + b"".join(entries) + bytes(4)
    bomb = tmp_path / "bomb.tif"
    bomb.write_bytes(body.ljust(size, b"\x00"))
    result = clean(bomb, tmp_path / "out.tif")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and "damaged" in result.error.message


def test_huge_metadata_values_are_shortened_for_display() -> None:
    assert len(display(b"x" * 10_000_000)) <= 120


# --- the re-check of a JPEG copy that skips searching its proven scan data again ---------


class TamperingCleaner(JPEGCleaner):
    """Writes a real clean copy, then changes it the way a writer bug could."""

    def __init__(self, tamper: str) -> None:
        self.tamper = tamper

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        buf = io.BytesIO()
        report = super().clean(src, buf, options)
        data, proven = buf.getvalue(), report.proven
        assert proven and data[proven[0][1] :] == b"\xff\xd9"
        if self.tamper == "exif-before-scan":  # a whole camera EXIF block, spans moved along
            app1 = b"Exif\x00\x00" + camera_exif()
            segment = b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
            data = data[:2] + segment + data[2:]
            proven = tuple((a + len(segment), b + len(segment)) for a, b in proven)
        elif self.tamper == "span-too-short":  # the scan is said to end early
            proven = tuple((a, b - 1) for a, b in proven)
        elif self.tamper == "span-elsewhere":  # no scan starts where the span does
            proven = tuple((a - 1, b) for a, b in proven)
        elif self.tamper == "glued-into-scan":  # a video's header at the end of the scan data
            glued = b"\x00\x00\x00\x18ftypisom" + CANARY.encode()
            data = data[:-2] + glued + data[-2:]
            proven = tuple((a, b + len(glued)) for a, b in proven)
        elif self.tamper == "trailer":
            data += CANARY.encode()
        out.write(data)
        return dataclasses.replace(report, proven=proven)


@pytest.mark.parametrize(
    "tamper", ["exif-before-scan", "span-too-short", "span-elsewhere", "glued-into-scan", "trailer"]
)
def test_recheck_with_proven_scans_still_fails_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tamper: str
) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    monkeypatch.setattr(registry, "CLEANERS", (TamperingCleaner(tamper), *registry.CLEANERS[1:]))
    out_dir = tmp_path / "out"
    result = clean(src, out_dir / "a.jpg")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and result.error.code == "verification"
    assert list(out_dir.iterdir()) == []


def test_recheck_with_proven_scans_passes_an_honest_copy(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg", size=(320, 240), progressive=True)
    buf = io.BytesIO()
    report = JPEGCleaner().clean(src, buf, CleanOptions())
    assert len(report.proven) > 1  # progressive: one span per scan
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(buf.getvalue())
    assert JPEGCleaner().recheck(copy, report.proven) == JPEGCleaner().inspect(copy)
    assert_clean(copy)


# --- the verified write path: whatever the re-check finds, nothing is written -------------


def test_write_verified_commits_a_clean_file_and_deletes_a_dirty_one(tmp_path: Path) -> None:
    src = tmp_path / "a.jpg"
    pattern().save(src, "JPEG")
    out = tmp_path / "out"

    def honest(f: BinaryIO) -> None:
        pattern().save(f, "JPEG")

    def dirty(f: BinaryIO) -> None:
        pattern().save(f, "JPEG", comment=CANARY.encode())

    written = core.write_verified(out / "b.jpg", honest, source=src)
    assert written.output == out / "b.jpg" and written.after is not None
    assert decoded(written.output) == decoded(src)
    with pytest.raises(VerificationFailed):
        core.write_verified(out / "c.jpg", dirty, source=src)
    assert list(out.iterdir()) == [out / "b.jpg"]  # no copy, no temp file


@pytest.mark.parametrize("in_place", [False, True])
@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])  # JPEG: the fast re-check; PNG: inspect
def test_a_cleaner_that_leaves_a_canary_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, in_place: bool
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    if fmt == "JPEG":
        src = dirty_jpeg(folder / "a.jpg", with_exiftool=False)
    else:
        src = folder / "a.png"
        info = PngImagePlugin.PngInfo()
        info.add_text("Author", CANARY)
        pattern().save(src, pnginfo=info)
    before = src.read_bytes()
    leave_canary(monkeypatch, fmt)
    out = tmp_path / "out"
    result = clean(src, in_place=True) if in_place else clean(src, out / src.name)
    assert result.outcome is Outcome.FAILED and result.output is None and result.after is None
    assert result.error is not None and result.error.code == "verification"
    assert src.read_bytes() == before and list(folder.iterdir()) == [src]
    assert not out.exists() or list(out.iterdir()) == []
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and LEFT in p.read_bytes()]
