"""Nothing leaves the machine and nothing stays behind: proven at run time, libraries included.

Each program runs under `strace -f` with an empty HOME and TMPDIR (scripts/silence.py): any
internet socket, any file left in HOME but the settings file, anything left in TMPDIR
fails. Reading our own imports proves nothing about what onnxruntime or Qt do once loaded.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from scripts import silence

ROOT = Path(__file__).resolve().parents[1]
FACE = ROOT / "tests" / "data" / "astronaut.jpg"
SCRUBBER = [sys.executable, "-m", "scrubber"]
# onnxruntime 1.30-1.32 start their look-ups about 9 s after the import: a batch must last
# longer than that for the trace to see them.
LONG_ENOUGH_S = 15.0


@pytest.fixture(autouse=True)
def _strace() -> None:
    if shutil.which("strace") is None:
        assert not os.environ.get("CI"), "CI must have strace: .ci/run installs it"
        pytest.skip("strace is not installed (apt-get install strace)")


def photos(folder: Path, count: int) -> list[Path]:
    """Photos with a face, big enough that detection and covering take real time."""
    folder.mkdir(parents=True, exist_ok=True)
    with Image.open(FACE) as im:
        big = im.convert("RGB").resize((2048, 2048))
    out = []
    for n in range(count):
        path = folder / f"face-{n:03}.jpg"
        big.save(path, quality=90)
        out.append(path)
    return out


def assert_silent(trace: silence.Trace) -> None:
    assert trace.returncode == 0, trace.stdout[-2000:] + trace.stderr[-2000:]
    assert trace.silent, trace.details()


def test_the_trace_sees_a_socket_and_what_is_left_behind() -> None:
    # The check itself can fail: a program that looks up a host name and leaves files.
    code = (
        "import os, socket, tempfile\n"
        "socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()\n"
        "open(os.path.join(os.environ['HOME'], 'deviceid'), 'w').close()\n"
        "tempfile.NamedTemporaryFile(delete=False)\n"
    )
    trace = silence.run([sys.executable, "-c", code])
    assert trace.returncode == 0
    assert len(trace.sockets) == 1 and trace.home_left == ("deviceid",)
    assert len(trace.tmp_left) == 1 and not trace.silent


def test_a_long_batch_covering_faces_opens_no_socket_and_leaves_nothing(tmp_path: Path) -> None:
    count = 8
    for _attempt in range(3):
        folder = tmp_path / f"in-{count}"
        photos(folder, count)
        out = tmp_path / f"out-{count}"
        start = time.monotonic()
        trace = silence.run([*SCRUBBER, "clean", "--redact-faces", "-o", str(out), str(folder)])
        elapsed = time.monotonic() - start
        assert_silent(trace)
        assert len(list(out.iterdir())) == count
        if elapsed >= LONG_ENOUGH_S:
            break
        count = int(count * LONG_ENOUGH_S / elapsed * 1.3) + 1  # longer, to outlast the delay
    assert elapsed >= LONG_ENOUGH_S, f"the batch lasted only {elapsed:.1f} s"


@pytest.mark.parametrize(
    "command",
    [
        ["inspect", "{photo}"],
        ["redact", "--faces", "{photo}", "-o", "{out}"],
        ["faces", "--json", "{photo}"],
        ["selftest"],
    ],
    ids=["inspect", "redact", "faces", "selftest"],
)
def test_each_command_opens_no_socket_and_leaves_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    (photo,) = photos(tmp_path / "in", 1)
    args = [a.format(photo=photo, out=tmp_path / "out" / "covered.jpg") for a in command]
    assert_silent(silence.run([*SCRUBBER, *args]))


def test_the_app_opens_no_socket_and_leaves_only_its_settings(tmp_path: Path) -> None:
    # Adds files and a folder through the real choosers, covers a face in the editor
    # (detection runs), cleans and closes: tests/app_session.py.
    a, b, c = photos(tmp_path / "in", 3)
    folder = tmp_path / "folder"
    folder.mkdir()
    c.rename(folder / c.name)
    out = tmp_path / "out"
    out.mkdir()
    trace = silence.run(
        [
            sys.executable,
            str(ROOT / "tests" / "app_session.py"),
            str(a),
            str(b),
            str(folder),
            str(out),
        ],
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert_silent(trace)
    seen = json.loads(trace.stdout.strip().splitlines()[-1])
    assert seen == {"output_chosen": True, "rows": 3, "editor_areas": 1, "cleaned": 3}
    assert len(list(out.iterdir())) == 3
