"""Copies are as private as their originals: permission bits judged with stat."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from factories import dirty_jpeg, run_cli
from oracle import assert_clean

from scrubber import Outcome, clean
from scrubber.redact import Region, redact

pytestmark = [
    pytest.mark.exiftool,
    pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX"),
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def original(tmp_path: Path, bits: int, name: str = "a.jpg") -> Path:
    src = dirty_jpeg(tmp_path / name)
    src.chmod(bits)
    return src


@pytest.mark.parametrize(
    ("original_bits", "mask", "expected"),
    [
        (0o644, 0o077, 0o600),  # a private umask makes every copy private
        (0o600, 0o022, 0o600),  # a private original stays private under an open umask
        (0o640, 0o022, 0o640),
        (0o644, 0o022, 0o644),  # nothing tighter than asked for either
        (0o755, 0o022, 0o644),  # never executable
    ],
)
def test_copy_mode_is_original_within_umask(
    tmp_path: Path, original_bits: int, mask: int, expected: int
) -> None:
    src = original(tmp_path, original_bits)
    with umask(mask):
        result = clean(src, tmp_path / "out" / "a.jpg")
    assert result.outcome is Outcome.CLEANED and result.output is not None
    assert mode(result.output) == expected
    assert_clean(result.output)


def test_in_place_keeps_the_original_mode(tmp_path: Path) -> None:
    src = original(tmp_path, 0o640)
    with umask(0o077):
        result = clean(src, in_place=True)
    assert result.outcome is Outcome.CLEANED and result.output == src
    assert mode(src) == 0o640
    assert_clean(src)


def test_redacted_copy_is_as_private_as_the_original(tmp_path: Path) -> None:
    src = original(tmp_path, 0o600)
    with umask(0o022):
        result = redact(src, tmp_path / "out" / "a.jpg", [Region("rect", 2, 2, 10, 10)])
    assert result.outcome is Outcome.CLEANED and result.output is not None
    assert mode(result.output) == 0o600
    assert_clean(result.output)


def test_cli_copies_follow_the_umask_it_runs_under(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    original(src, 0o644, "open.jpg")
    original(src, 0o600, "private.jpg")

    proc = run_cli("clean", src, "-o", tmp_path / "strict", umask=0o077)
    assert proc.returncode == 0, proc.stderr
    assert {p.name: mode(p) for p in (tmp_path / "strict").iterdir()} == {
        "open.jpg": 0o600,
        "private.jpg": 0o600,
    }

    proc = run_cli("clean", src, "-o", tmp_path / "usual", umask=0o022)
    assert proc.returncode == 0, proc.stderr
    assert {p.name: mode(p) for p in (tmp_path / "usual").iterdir()} == {
        "open.jpg": 0o644,
        "private.jpg": 0o600,
    }
    for copy in (*(tmp_path / "strict").iterdir(), *(tmp_path / "usual").iterdir()):
        assert_clean(copy)


def test_cli_redact_copy_follows_the_umask(tmp_path: Path) -> None:
    src = original(tmp_path, 0o644)
    out = tmp_path / "covered.jpg"
    proc = run_cli("redact", src, "--region", "2,2,10,10", "-o", out, umask=0o077)
    assert proc.returncode == 0, proc.stderr
    assert mode(out) == 0o600
    assert_clean(out)
