"""The command line, run as a user would run it: a real subprocess over real files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import decoded, dirty_jpeg, run_cli
from oracle import assert_clean, canary_in_bytes

from scrubber import CleanOptions, CleanResult, Outcome, batch

pytestmark = pytest.mark.exiftool


def rows(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_batch_goes_on_past_bad_files_and_keeps_layout(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    dirty_jpeg(src / "a.jpg")
    dirty_jpeg(src / "sub" / "b.jpeg", orientation=6)
    (src / "sub" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe1\x00\x10Exif")
    (src / "notes.txt").write_text("hello")

    proc = run_cli("clean", src, "-o", tmp_path / "out", "--json")

    assert proc.returncode == 1
    by_name = {Path(str(r["source"])).name: r for r in rows(proc.stdout)}
    assert by_name["a.jpg"]["outcome"] == "cleaned"
    assert by_name["b.jpeg"]["outcome"] == "cleaned"
    assert by_name["broken.jpg"]["outcome"] == "failed"
    assert by_name["notes.txt"]["outcome"] == "refused"
    error = by_name["broken.jpg"]["error"]
    assert isinstance(error, dict) and error["code"] == "corrupt" and error["message"]
    assert (tmp_path / "out" / "a.jpg").is_file()
    assert (tmp_path / "out" / "sub" / "b.jpeg").is_file()
    assert not (tmp_path / "out" / "sub" / "broken.jpg").exists()
    for out in (tmp_path / "out").rglob("*"):
        if out.is_file():
            assert_clean(out)
    removed = by_name["a.jpg"]["removed"]
    assert isinstance(removed, list)
    assert {"category": "location", "key": "EXIF:GPSLatitude"} in removed


def test_all_good_exits_zero_and_copy_sits_next_to_original(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "holiday.jpg")
    proc = run_cli("clean", src)
    assert proc.returncode == 0, proc.stderr
    copy = tmp_path / "holiday-copy.jpg"
    assert copy.is_file()
    assert_clean(copy)
    assert "reveals where it was taken" in proc.stdout
    # Running again never overwrites: a new free name is taken.
    assert run_cli("clean", src).returncode == 0
    assert (tmp_path / "holiday-copy-2.jpg").is_file()


def test_random_names_hide_the_camera_timestamp(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "IMG_20240101_120000.jpg")
    proc = run_cli("clean", src, "-o", tmp_path / "out", "--rename", "random", "--json")
    assert proc.returncode == 0
    (out,) = (tmp_path / "out").iterdir()
    assert "2024" not in out.name and "IMG" not in out.name and out.suffix == ".jpg"
    assert rows(proc.stdout)[0]["output"] == str(out)


def test_in_place_replaces_only_when_asked(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    proc = run_cli("clean", src, "--in-place", "--json")
    assert proc.returncode == 0, proc.stderr
    assert rows(proc.stdout)[0]["output"] == str(src)
    assert_clean(src)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg"]  # no temp file left


def test_inspect_json_lists_findings_with_categories(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    proc = run_cli("inspect", src, "--json")
    assert proc.returncode == 0
    (row,) = rows(proc.stdout)
    cats = {f["category"] for f in row["findings"]}  # type: ignore[union-attr]
    assert {"location", "device", "person", "time", "software", "embedded"} <= cats


def test_extension_that_lies_is_a_warning_and_gets_corrected(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "photo.jpg").rename(tmp_path / "photo.png")
    proc = run_cli("clean", src, "-o", tmp_path / "out", "--json")
    assert proc.returncode == 0
    (row,) = rows(proc.stdout)
    assert row["format"] == "JPEG"
    assert str(row["output"]).endswith("photo.jpg")
    assert any("really JPEG" in w for w in row["warnings"])  # type: ignore[union-attr]


def test_usage_errors_exit_two(tmp_path: Path) -> None:
    assert run_cli("clean").returncode == 2
    assert run_cli("clean", tmp_path, "--in-place", "-o", tmp_path).returncode == 2
    assert run_cli("frobnicate").returncode == 2


def test_missing_file_fails_for_that_file_only(tmp_path: Path) -> None:
    good = dirty_jpeg(tmp_path / "good.jpg")
    proc = run_cli("clean", tmp_path / "missing.jpg", good, "-o", tmp_path / "out", "--json")
    assert proc.returncode == 1
    missing, cleaned = rows(proc.stdout)
    assert (missing["outcome"], cleaned["outcome"]) == ("refused", "cleaned")
    assert missing["error"] == {
        "code": "not_a_file",
        "message": "the file could not be found (moved or deleted?)",
    }


def test_hostile_names_are_escaped_in_the_terminal(tmp_path: Path) -> None:
    evil = tmp_path / "photo\x1b[31m\u202egpj.jpg"
    dirty_jpeg(evil)
    proc = run_cli("clean", evil, "-o", tmp_path / "out")
    assert proc.returncode == 0
    assert "\x1b" not in proc.stdout and "\u202e" not in proc.stdout
    assert "\\x1b" in proc.stdout and "\\u202e" in proc.stdout


def test_leading_dash_names_are_files_not_options(tmp_path: Path) -> None:
    dirty_jpeg(tmp_path / "--version.jpg")
    proc = run_cli("clean", "-o", "out", "--", "--version.jpg", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "--version.jpg").is_file()


def test_no_network_client_modules_are_loaded(tmp_path: Path) -> None:
    # `socket` itself is loaded by multiprocessing for local pipes; clients must not be.
    src = dirty_jpeg(tmp_path / "a.jpg")
    code = (
        "import sys; from scrubber.cli import main; main(['clean', sys.argv[1], '--jobs', '2']);"
        "bad = {'ssl', 'http.client', 'urllib.request', 'ftplib', 'smtplib', 'requests',"
        " 'urllib3'} & set(sys.modules); print(sorted(bad))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(src)], capture_output=True, text=True, check=True
    )
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def crash_on_bomb(job: batch.Job) -> CleanResult:
    """Stands in for a native image library that kills its process on one file."""
    if job.source.name == "bomb.jpg":
        os._exit(1)
    return REAL_RUN(job)


REAL_RUN = batch.run


def test_a_crashing_worker_costs_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["a.jpg", "b.jpg", "bomb.jpg", "c.jpg", "d.jpg"]
    for name in names:
        dirty_jpeg(tmp_path / name, with_exiftool=False)
    monkeypatch.setattr(batch, "run", crash_on_bomb)  # forked workers inherit the patch
    jobs = [batch.Job(tmp_path / n, tmp_path / "out" / n, False, CleanOptions()) for n in names]
    results = list(batch.run_all(jobs, workers=2))
    assert [r.source.name for r in results] == names
    outcomes = {r.source.name: r.outcome for r in results}
    assert outcomes.pop("bomb.jpg") is Outcome.FAILED
    assert set(outcomes.values()) == {Outcome.CLEANED}
    assert not list((tmp_path / "out").glob(".scrubber-*"))  # killed workers left no temp


def test_ctrl_c_stops_a_batch_leaving_whole_files_only(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    dirty_jpeg(src / "0.jpg", size=(1600, 1200), with_exiftool=False)
    for i in range(1, 150):
        shutil.copy(src / "0.jpg", src / f"{i}.jpg")
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrubber", "clean", str(src), "-o", str(tmp_path / "out")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    out = tmp_path / "out"
    deadline = time.monotonic() + 30
    while not (out.exists() and list(out.glob("*.jpg"))) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Stopped" in err and "Traceback" not in err
    written = list(out.glob("*.jpg"))
    assert 0 < len(written) < 150
    assert not list(out.glob(".scrubber-*"))
    # Every file there is whole (it decodes to the original's pixels) and clean.
    assert_clean(written[0])
    pixels = decoded(src / "0.jpg")
    for path in written:
        assert not canary_in_bytes(path)
        assert decoded(path) == pixels


# --- durability: a batch syncs its copies once; in place syncs before replacing ----------


def record_syncs(monkeypatch: pytest.MonkeyPatch, events: list[tuple[str, str]]) -> None:
    real = os.fsync

    def fsync(fd: int) -> None:
        events.append(("sync", os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files via /proc")
def test_a_batch_syncs_its_copies_once_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        dirty_jpeg(tmp_path / "in" / name)
    events: list[tuple[str, str]] = []
    record_syncs(monkeypatch, events)
    jobs = list(batch.plan([tmp_path / "in"], tmp_path / "out", False, "keep", CleanOptions()))
    for result in batch.run_all(jobs, 1):
        assert result.outcome is Outcome.CLEANED and result.output
        events.append(("result", result.output.name))
    assert [e for e in events if e[0] == "result"] == events[:3]  # no copy synced alone
    synced = sorted(name for _, name in events[3:])
    assert synced == ["a.jpg", "b.jpg", "c.jpg", "out"]  # each copy and the folder, once


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files via /proc")
def test_in_place_syncs_the_copy_before_it_replaces_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    events: list[tuple[str, str]] = []
    record_syncs(monkeypatch, events)
    [job] = batch.plan([src], None, True, "keep", CleanOptions())
    [result] = batch.run_all([job], 1)
    assert result.outcome is Outcome.CLEANED and result.output == src
    # The temp file (its final name not yet given) was synced, before the replace.
    assert len(events) == 1 and events[0][1].startswith(".scrubber-")
    assert_clean(src)
