"""Hostile input and failure: bombs, the originals under every outcome, a full disk, a kill
mid-write, dangerous names, no network and no traces.

What other modules already prove is not repeated here (zip bombs and XML entities in
test_office, the PNG text bomb, links in place in test_core, escapes of a name in test_cli).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from factories import camera_exif, dirty_jpeg, exif_block, pattern, riff_chunk, run_cli
from PIL import Image

from scrubber import CleanOptions, Outcome, Report, batch, clean, registry
from scrubber.cancel import CancelToken
from scrubber.formats.jpeg import JPEGCleaner
from scrubber.safe_output import TEMP_PREFIX

ROOT = Path(__file__).parent.parent
LINUX_CI = bool(os.environ.get("CI")) and sys.platform == "linux"  # root in a container there
MB = 1 << 20

# --- helpers ------------------------------------------------------------------------------

# Runs the real work in a child and prints the child's peak RSS: RUSAGE_CHILDREN of this
# wrapper covers that one child only, even if it is killed.
_MEASURE = """
import subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate(timeout=120)
sys.stderr.write(err[-3000:])
print(out.strip() or "null")
if sys.platform == "win32":  # no getrusage: the process's own peak working set
    import ctypes
    from ctypes import wintypes as w

    class Counters(ctypes.Structure):
        _fields_ = [("cb", w.DWORD), ("faults", w.DWORD)] + [
            (n, ctypes.c_size_t) for n in ("peak", "now", "a", "b", "c", "d", "e", "f")
        ]

    c = Counters()
    c.cb = ctypes.sizeof(c)
    ctypes.windll.psapi.GetProcessMemoryInfo(int(p._handle), ctypes.byref(c), c.cb)
    print(c.peak >> 20)
else:
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(peak >> 20 if sys.platform == "darwin" else peak >> 10)  # bytes there, KB here
"""
_CLEAN = (
    "import json, sys\n"
    "from scrubber import CleanOptions, Orientation, clean, inspect\n"
    "from scrubber.errors import ScrubberError\n"
    "src, out, opts = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])\n"
    "try:\n"
    "    inspect(src)\n"
    "except ScrubberError:\n"
    "    pass\n"
    "if 'orientation' in opts:\n"
    "    opts['orientation'] = Orientation(opts['orientation'])\n"
    "r = clean(src, out, CleanOptions(**opts))\n"
    "print(json.dumps([r.outcome.value, r.error.message if r.error else '']))\n"
)


def clean_in_child(src: Path, out: Path, **opts: object) -> tuple[str, str, int]:
    """(outcome, error message, peak RSS in MB) of inspect + clean run in a fresh process."""
    child = [sys.executable, "-c", _CLEAN, str(src), str(out), json.dumps(opts)]
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, *child],
        capture_output=True,
        text=True,
        timeout=180,  # a guard against a hang, not a timing
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result, rss = proc.stdout.strip().splitlines()[-2:]
    assert result != "null", proc.stderr  # the child crashed or was killed
    outcome, message = json.loads(result)
    return outcome, message, int(rss)


@pytest.fixture(scope="module")
def baseline_rss(tmp_path_factory: pytest.TempPathFactory) -> int:
    """Peak RSS of cleaning an ordinary small photo: the libraries alone."""
    folder = tmp_path_factory.mktemp("baseline")
    src = folder / "a.jpg"
    pattern().save(src, "JPEG", exif=camera_exif(6))
    outcome, _, rss = clean_in_child(src, folder / "out" / "a.jpg", orientation="bake")
    assert outcome == "cleaned"
    return rss


def no_leftovers(folder: Path) -> None:
    assert not folder.exists() or not list(folder.iterdir())


def snapshot(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


def _can_mount() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = Path(os.environ.get("TMPDIR", "/tmp")) / f"scrubber-mount-probe-{os.getpid()}"
    probe.mkdir(exist_ok=True)
    try:
        ok = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                capture_output=True,
                check=False,
            ).returncode
            == 0
        )
        if ok:
            subprocess.run(["umount", str(probe)], check=True)
        return ok
    finally:
        probe.rmdir()


CAN_MOUNT = _can_mount()


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


class _FullDiskWriter(io.BufferedWriter):
    """A file that takes `budget` bytes, then fails as a full disk does."""

    budget = 64 * 1024

    def write(self, data: object) -> int:
        size = len(memoryview(data))  # type: ignore[arg-type]
        if self.budget < size:
            raise OSError(errno.ENOSPC, "No space left on device")
        _FullDiskWriter.budget -= size
        return super().write(data)  # type: ignore[arg-type]

    def fileno(self) -> int:  # no kernel copies around the budget
        raise io.UnsupportedOperation("fileno")


@contextlib.contextmanager
def full_disk(folder: Path, monkeypatch: pytest.MonkeyPatch, used: int) -> Iterator[Path]:
    """`folder` on a file system with room for about `used` bytes plus a little.

    A real tiny tmpfs where this process may mount one (root); otherwise the output is
    written through a writer that fails with ENOSPC, like a full disk."""
    if CAN_MOUNT:
        with tmpfs(folder, f"{(used + 300 * 1024) // 1024}k") as f:
            yield f
        return
    folder.mkdir(parents=True, exist_ok=True)

    def fdopen(fd: int, mode: str = "r", *args: object, **kw: object) -> BinaryIO:
        _FullDiskWriter.budget = 64 * 1024
        return _FullDiskWriter(io.FileIO(fd, "wb"))

    monkeypatch.setattr(os, "fdopen", fdopen)  # how safe_output opens its temp file
    yield folder


def noisy_jpeg(path: Path, size: tuple[int, int] = (1200, 900)) -> Path:
    """A photo too big to fit a nearly full disk (noise does not compress)."""
    im = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    im.save(path, "JPEG", quality=95, exif=camera_exif())
    return path


# --- bombs --------------------------------------------------------------------------------


def _jpeg_bomb(path: Path) -> None:
    buf = io.BytesIO()
    pattern().save(buf, "JPEG", exif=camera_exif(6))  # rotated: baking it decodes pixels
    data = bytearray(buf.getvalue())
    sof = data.rindex(b"\xff\xc0")  # the photo's frame, not its EXIF thumbnail's
    data[sof + 5 : sof + 9] = struct.pack(">HH", 65500, 65500)
    path.write_bytes(data)


def _png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def _png_bomb(path: Path) -> None:
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    idat = zlib.compress(bytes(64 * MB), 9)  # 64 MB of pixel rows in 64 KB
    text = _png_chunk(b"tEXt", b"Author\x00someone")
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + text
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def _webp_bomb(path: Path) -> None:
    pattern().save(path, "WEBP", exif=exif_block())
    data = bytearray(path.read_bytes())
    assert data[12:16] == b"VP8X"
    data[24:30] = (0xFFFFFF).to_bytes(3, "little") * 2  # a 16777216 x 16777216 canvas
    path.write_bytes(data)


def _gif_bomb(path: Path) -> None:
    pattern().save(path, "GIF", comment=b"who made this")
    data = bytearray(path.read_bytes())
    data[6:10] = struct.pack("<HH", 65535, 65535)  # the logical screen
    at = data.index(b"\x2c\x00\x00\x00\x00")  # the image descriptor at (0, 0)
    data[at + 5 : at + 9] = struct.pack("<HH", 65535, 65535)
    path.write_bytes(data)


def _tiff_bomb(path: Path) -> None:
    strip = zlib.compress(bytes(32 * MB), 9)
    tags = [  # a 1,000,000 x 1,000,000 grey picture in one deflated strip
        (256, 4, 1, 1_000_000),
        (257, 4, 1, 1_000_000),
        (258, 3, 1, 8),
        (259, 3, 1, 8),
        (262, 3, 1, 1),
        (273, 4, 1, 0),
        (277, 3, 1, 1),
        (278, 4, 1, 1_000_000),
        (279, 4, 1, len(strip)),
        (315, 2, 4, int.from_bytes(b"Me\x00\x00", "little")),
    ]
    ifd_size = 2 + 12 * len(tags) + 4
    strip_at = 8 + ifd_size
    body = struct.pack("<H", len(tags))
    for tag, typ, count, value in tags:
        body += struct.pack("<HHII", tag, typ, count, strip_at if tag == 273 else value)
    path.write_bytes(b"II*\x00" + struct.pack("<I", 8) + body + bytes(4) + strip)


def _heic_bomb(path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    Image.new("RGB", (64, 64), (90, 120, 200)).save(path, format="HEIF", exif=camera_exif())
    data = path.read_bytes()
    old = b"ispe" + bytes(4) + struct.pack(">II", 64, 64)
    assert data.count(old) == 1
    path.write_bytes(data.replace(old, b"ispe" + bytes(4) + struct.pack(">II", 60000, 60000)))


# name: (maker, options that make the cleaner decode pixels where it can)
BOMBS: dict[str, tuple[Callable[[Path], None], dict[str, object]]] = {
    "bomb.jpg": (_jpeg_bomb, {"orientation": "bake"}),
    "bomb.png": (_png_bomb, {}),
    "bomb.webp": (_webp_bomb, {}),
    "bomb.gif": (_gif_bomb, {}),
    "bomb.tif": (_tiff_bomb, {}),
    "bomb.heic": (_heic_bomb, {"heic_to_jpeg": True}),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_decompression_bombs_are_handled_in_bounded_memory(
    tmp_path: Path, name: str, baseline_rss: int
) -> None:
    """Each declares billions of pixels: decoding any of them would take gigabytes."""
    make, opts = BOMBS[name]
    src = tmp_path / name
    make(src)
    before = snapshot(src)
    out = tmp_path / "out"
    outcome, message, rss = clean_in_child(src, out / name, **opts)
    assert rss < baseline_rss + 150, (outcome, message, rss)
    assert snapshot(src) == before
    if name in ("bomb.jpg", "bomb.heic"):  # these options need the pixels: refused up front
        assert (outcome, "too large" in message) == ("refused", True), message
    if outcome in ("cleaned", "already_clean"):  # lossless formats may pass through whole
        assert [p.name for p in out.iterdir()] == [name]
    else:
        assert message
        no_leftovers(out)


def _raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF with a correct cross-reference table around the given object bodies."""
    out = b"%PDF-1.7\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\n".encode()
    return out + f"startxref\n{xref}\n%%EOF\n".encode()


PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>"
CONTENT = b"<< /Length 9 >>\nstream\n0 0 m S\n\nendstream"
HOSTILE_PDFS = {
    "nested arrays": [
        b"<< /Type /Catalog /Pages 2 0 R /Deep 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        PAGE,
        CONTENT,
        b"[" * 100_000 + b"]" * 100_000,
    ],
    "nested dictionaries": [
        b"<< /Type /Catalog /Pages 2 0 R /Deep 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        PAGE,
        CONTENT,
        b"<< /A " * 50_000 + b"1" + b" >>" * 50_000,
    ],
    "page tree cycle": [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R 5 0 R] /Count 3 >>",
        PAGE,
        CONTENT,
        b"<< /Type /Pages /Kids [2 0 R 5 0 R] /Parent 5 0 R /Count 2 >>",
    ],
    "outline and action loops": [
        b"<< /Type /Catalog /Pages 2 0 R /Outlines 5 0 R /OpenAction 7 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        PAGE,
        CONTENT,
        b"<< /Type /Outlines /First 6 0 R /Last 6 0 R >>",
        b"<< /Title (a) /Parent 5 0 R /First 6 0 R /Next 6 0 R /Prev 6 0 R >>",
        b"<< /Type /Action /S /GoTo /D [3 0 R /Fit] /Next 8 0 R >>",
        b"<< /Type /Action /S /GoTo /D [3 0 R /Fit] /Next [7 0 R 8 0 R] >>",
    ],
    "self references": [
        b"<< /Type /Catalog /Pages 2 0 R /Me 1 0 R /Names 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        PAGE,
        CONTENT,
        b"<< /Dests 5 0 R /Kids [5 0 R] /Names [(x) 5 0 R] >>",
    ],
    "image bomb": [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
        b" /Resources << /XObject << /Im 5 0 R >> >> >>",
        b"<< /Length 22 >>\nstream\n200 0 0 200 0 0 cm /Im Do\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace"
        b" /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n",
    ],
}


@pytest.mark.parametrize("flatten", [False, True], ids=["lossless", "pages-to-pictures"])
@pytest.mark.parametrize("case", list(HOSTILE_PDFS))
def test_hostile_pdf_structures_end_in_bounded_memory(
    tmp_path: Path, case: str, flatten: bool, baseline_rss: int
) -> None:
    objects = list(HOSTILE_PDFS[case])
    if case == "image bomb":  # 10.8 GB of pixels declared, 256 MB of them in 256 KB
        bomb = zlib.compress(bytes(256 * MB), 9)
        objects[-1] = objects[-1] % len(bomb) + bomb + b"\nendstream"
    src = tmp_path / "hostile.pdf"
    src.write_bytes(_raw_pdf(objects))
    before = snapshot(src)
    outcome, message, rss = clean_in_child(src, tmp_path / "out" / "o.pdf", flatten_pdf=flatten)
    assert rss < baseline_rss + 400, (outcome, message, rss)  # pdfium draws a 1700x1700 page
    assert snapshot(src) == before
    assert outcome in ("cleaned", "already_clean", "refused", "failed"), message
    if outcome in ("refused", "failed"):
        assert message and "unexpected" not in message
        no_leftovers(tmp_path / "out")


def test_a_pdf_name_that_is_not_utf8_is_read_not_a_crash(tmp_path: Path) -> None:
    """Found by the fuzzer: str() of such a pikepdf.Name raised UnicodeDecodeError, so a
    document with one (in /Info, an action, a filter, a key, an annotation type) failed as
    an 'unexpected error'."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Java#92Script /JS (x) >>"
        b" /Odd#FFKey [6 0 R] /Extra << /Subtype /Li#FFnk /Rect [0 0 1 1] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        PAGE,
        CONTENT,
        b"<< /Author /Jane#92Doe >>",
        b"<< /Filter /Flate#FFDecode /Length 3 >>\nstream\nabc\nendstream",
    ]
    src = tmp_path / "names.pdf"
    src.write_bytes(_raw_pdf(objects).replace(b"/Root 1 0 R", b"/Root 1 0 R /Info 5 0 R"))
    result = clean(src, tmp_path / "out" / "names.pdf")
    assert result.outcome is Outcome.CLEANED, result.error
    keys = {f.key for f in result.removed}
    assert {"PDF:Author", "PDF:Action"} <= keys
    assert result.output is not None and b"Jane" not in result.output.read_bytes()


# --- the originals under every outcome ----------------------------------------------------

_TOKEN = CancelToken()


class CancelledMidWay(JPEGCleaner):
    """The user presses Stop while this file is being written."""

    def clean(self, src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        report = super().clean(src, out, options)
        _TOKEN.cancel()
        return report


def _original(kind: str, folder: Path) -> Path:
    if kind == "refused":
        src = folder / "notes.txt"
        src.write_text("not a picture")
        return src
    src = dirty_jpeg(folder / "a.jpg", with_exiftool=False)
    if kind == "already_clean":
        cleaned = clean(src, folder / "tmp" / "a.jpg").output
        assert cleaned is not None
        src.unlink()
        cleaned.rename(src)
        cleaned.parent.rmdir()
    elif kind == "failed":
        src.write_bytes(src.read_bytes()[:600])  # cut off inside the metadata
    return src


# In-place "cleaned" is left out: replacing the original is what it is for.
MATRIX = [
    (kind, in_place)
    for kind in ("cleaned", "already_clean", "refused", "failed", "cancelled")
    for in_place in (False, True)
    if not (kind == "cleaned" and in_place)
]


@pytest.mark.parametrize(("kind", "in_place"), MATRIX)
def test_the_original_is_untouched_by_every_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, in_place: bool
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    src = _original(kind, folder)
    old = 1_500_000_000
    os.utime(src, (old, old))
    before = snapshot(src)
    token = None
    if kind == "cancelled":
        _TOKEN.__init__()  # type: ignore[misc]
        monkeypatch.setattr(registry, "CLEANERS", (CancelledMidWay(), *registry.CLEANERS[1:]))
        token = _TOKEN
    out = tmp_path / "out"
    if in_place:
        result = clean(src, in_place=True, cancel=token)
    else:
        result = clean(src, out / src.name, cancel=token)
    assert result.outcome.value == kind, result.error
    assert snapshot(src) == before
    assert sorted(p.name for p in folder.iterdir()) == [src.name]  # no temp beside it
    if kind not in ("cleaned", "already_clean"):
        no_leftovers(out)


@pytest.mark.parametrize("in_place", [False, True], ids=["copy", "in-place"])
def test_a_full_disk_fails_the_file_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_place: bool
) -> None:
    src = noisy_jpeg(tmp_path / "big.jpg")
    size = src.stat().st_size
    assert size > 600 * 1024
    disk = tmp_path / "disk"
    with full_disk(disk, monkeypatch, used=size if in_place else 0) as folder:
        if in_place:  # the original lives on the full disk: its clean copy cannot fit
            moved = folder / "big.jpg"
            shutil.copy2(src, moved)
            src = moved
        before = snapshot(src)
        result = clean(src, in_place=True) if in_place else clean(src, folder / "o" / "big.jpg")
        assert result.outcome is Outcome.FAILED
        assert result.error is not None and result.error.code in ("output", "io")
        assert "space" in result.error.message
        assert snapshot(src) == before
        left = sorted(p.name for p in folder.rglob("*") if p.is_file())
        assert left == (["big.jpg"] if in_place else [])


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """A folder nobody may write to: a read-only mount as root (who ignores modes)."""
    if CAN_MOUNT:
        with tmpfs(folder, "4m"):
            for p in folder.parent.glob("seed-*"):
                shutil.copy2(p, folder / p.name[5:])
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield folder
        return
    folder.mkdir()
    for p in folder.parent.glob("seed-*"):
        shutil.copy2(p, folder / p.name[5:])
    if sys.platform == "win32":  # a folder's read-only flag means nothing there: refuse opens
        real_open = os.open

        def refuse(path: object, flags: int, *args: object, **kw: object) -> int:
            if Path(str(path)).parent == folder and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied")
            return real_open(path, flags, *args, **kw)  # type: ignore[arg-type]

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(os, "open", refuse)
            yield folder
        return
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)


def test_a_read_only_folder_fails_copies_and_in_place_alike(tmp_path: Path) -> None:
    dirty_jpeg(tmp_path / "seed-a.jpg", with_exiftool=False)
    elsewhere = dirty_jpeg(tmp_path / "b.jpg", with_exiftool=False)
    with read_only(tmp_path / "ro") as folder:
        src = folder / "a.jpg"
        before = snapshot(src)
        for result in (clean(src, in_place=True), clean(elsewhere, folder / "b.jpg")):
            assert result.outcome is Outcome.FAILED
            assert result.error is not None and result.error.code == "output"
            assert "output folder" in result.error.message
        assert snapshot(src) == before
        assert [p.name for p in folder.iterdir()] == ["a.jpg"]


def test_a_file_deleted_mid_batch_costs_only_that_file(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    names = ["a.jpg", "b.jpg", "c.jpg", "d.jpg"]
    for name in names:
        dirty_jpeg(src / name, with_exiftool=False)
    jobs = list(batch.plan([src], tmp_path / "out", False, "keep", CleanOptions()))
    outcomes = []
    for result in batch.run_all(jobs, workers=1):
        outcomes.append(result.outcome)
        if len(outcomes) == 1:
            (src / "c.jpg").unlink()  # the user tidies up while the batch runs
    assert outcomes == [Outcome.CLEANED, Outcome.CLEANED, Outcome.REFUSED, Outcome.CLEANED]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.jpg", "b.jpg", "d.jpg"]


def _big_wav(path: Path, mb: int = 256) -> Path:
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16)
    head = b"WAVE" + riff_chunk(b"fmt ", fmt)
    head += riff_chunk(b"LIST", b"INFO" + riff_chunk(b"IART", b"someone\x00"))
    n = mb * MB
    with open(path, "wb") as f:
        f.write(b"RIFF" + struct.pack("<I", len(head) + 8 + n) + head)
        f.write(b"data" + struct.pack("<I", n))
        for _ in range(mb):
            f.write(bytes(MB))
    return path


@pytest.mark.parametrize("in_place", [False, True], ids=["copy", "in-place"])
def test_a_kill_mid_write_leaves_no_partial_file_under_the_final_name(
    tmp_path: Path, in_place: bool
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    src = _big_wav(folder / "big.wav")
    before = snapshot(src)
    out = folder if in_place else tmp_path / "out"
    code = "import sys; from scrubber import clean; " + (
        "clean(sys.argv[1], in_place=True)" if in_place else "clean(sys.argv[1], sys.argv[2])"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(src), str(out / "big.wav")])
    deadline = time.monotonic() + 60
    part = None
    while proc.poll() is None and time.monotonic() < deadline:
        parts = list(out.glob(f"{TEMP_PREFIX}*")) if out.exists() else []
        with contextlib.suppress(OSError):
            if parts and parts[0].stat().st_size > 4 * MB:
                part = parts[0]
                break
        time.sleep(0.001)
    proc.kill()  # SIGKILL; TerminateProcess on Windows
    proc.wait()
    assert part is not None, "the clean ended before it could be killed"
    assert proc.returncode != 0
    assert snapshot(src) == before
    # Only the hidden temp name may remain (a killed process cleans nothing up); the next
    # batch skips it, and no file with a real name is half written.
    names = {p.name for p in out.iterdir()}
    assert names - {"big.wav"} == {part.name}
    assert [f for f in batch.walk([out]) if f.path.name.startswith(TEMP_PREFIX)] == []


# --- paths --------------------------------------------------------------------------------


def test_links_in_a_folder_are_not_followed_out_of_it(tmp_path: Path) -> None:
    secret = tmp_path / "private"
    secret.mkdir()
    dirty_jpeg(secret / "me.jpg", with_exiftool=False)
    album = tmp_path / "album"
    (album / "day").mkdir(parents=True)
    dirty_jpeg(album / "day" / "a.jpg", with_exiftool=False)
    (album / "me.jpg").symlink_to(secret / "me.jpg")
    (album / "day" / "private").symlink_to(secret, target_is_directory=True)
    proc = run_cli("clean", album, "-o", tmp_path / "out", "--json")
    written = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*"))
    assert written == ["day", "day/a.jpg"]
    assert sorted(p.name for p in secret.iterdir()) == ["me.jpg"]
    # Each link is named in the results, never dropped without a word: a refused row.
    assert proc.returncode == 1, proc.stderr
    outcomes = {
        str(Path(str(r["source"])).relative_to(album)): (r["outcome"], r["error"])
        for r in map(json.loads, proc.stdout.splitlines())
    }
    link = ("refused", {"code": "link", "message": "this is a link; it was not followed"})
    assert outcomes == {"day/a.jpg": ("cleaned", None), "day/private": link, "me.jpg": link}
    text = run_cli("clean", album, "-o", tmp_path / "again")
    assert "refused: " + str(album / "me.jpg") + ": this is a link; it was not followed" in (
        text.stdout
    )
    assert "1 of 3 files cleaned." in text.stderr
    inspected = run_cli("inspect", album, "--json")
    assert inspected.returncode == 1
    errors = {
        Path(r["source"]).name: r["error"] for r in map(json.loads, inspected.stdout.splitlines())
    }
    assert errors == {"a.jpg": None, "private": link[1], "me.jpg": link[1]}


@pytest.mark.parametrize("stem", ["a" * 251, "é" * 125 + "x"], ids=["ascii", "utf8"])
def test_names_of_255_bytes_are_cleaned_and_never_overwrite(tmp_path: Path, stem: str) -> None:
    """Found here: 'NAME-copy.jpg' or 'NAME-2.jpg' of a 255-byte name was too long for the
    file system, so such a photo could not be cleaned at all."""
    src = dirty_jpeg(tmp_path / f"{stem}.jpg", with_exiftool=False)
    assert len(src.name.encode()) == 255
    before = snapshot(src)
    outputs = []
    for args in ([], [], ["-o", str(tmp_path / "out")], ["-o", str(tmp_path / "out")]):
        proc = run_cli("clean", src, "--json", *args)
        assert proc.returncode == 0, proc.stdout
        outputs.append(Path(json.loads(proc.stdout)["output"]))
    assert len(set(outputs)) == 4  # each run a new file: nothing overwritten
    for out in outputs:
        assert out.is_file() and len(out.name.encode()) <= 255 and out.suffix == ".jpg"
    assert "-copy" in outputs[0].name and outputs[0].parent == tmp_path
    assert snapshot(src) == before


def test_names_and_notes_are_escaped_in_every_cli_line(tmp_path: Path) -> None:
    """A name's own bytes reach the notes (the extension warning) and the error messages."""
    liar = dirty_jpeg(tmp_path / "photo.jp\x1b]0;owned\x07g", with_exiftool=False)
    broken = tmp_path / "line\nbreak\u2067.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    outputs = [
        run_cli("clean", liar, broken, "-o", tmp_path / "out"),
        run_cli("inspect", liar, broken),
    ]
    for proc in outputs:
        text = proc.stdout + proc.stderr
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", text), text
        assert "\\x1b]0;owned\\x07" in text and "line\\nbreak\\u2067" in text


# --- no network, no traces ----------------------------------------------------------------

NET_MODULES = r"socket|ssl|http|urllib|urllib3|requests|ftplib|smtplib|asyncio|xmlrpc|httpx"


def test_no_module_mentions_networking_code() -> None:
    """Text-level, so an import by string (importlib, __import__) is caught too."""
    bad = re.compile(
        rf"^\s*(import|from)\s+({NET_MODULES})\b|[\"']({NET_MODULES})[\"']|QtNetwork|QNetwork"
        r"|QTcpSocket|QUdpSocket|QWebEngine|QLocalSocket",
        re.MULTILINE,
    )
    found = [
        f"{path.relative_to(ROOT)}: {m.group(0).strip()}"
        for folder in ("scrubber", "gui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for m in bad.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def _unshare() -> list[str] | None:
    """A command prefix that runs a program without any network, or None if impossible."""
    if not shutil.which("unshare"):
        return None
    for prefix in (["unshare", "-n"], ["unshare", "-r", "-n"]):
        if subprocess.run([*prefix, "true"], capture_output=True, check=False).returncode == 0:
            return prefix
    return None


GUI_BATCH = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from scrubber.model import CleanOptions
from gui.workers import BatchRunner, Task

app = QApplication([])
runner = BatchRunner()
results = []
runner.itemFinished.connect(lambda uid, result, after: results.append(result.outcome.value))
runner.finished.connect(lambda cancelled: app.quit())
out = Path(sys.argv[1])
tasks = [Task(i, Path(p), out, CleanOptions()) for i, p in enumerate(sys.argv[2:])]
runner.start(tasks)
app.exec()
runner.shutdown(5000)
print(" ".join(sorted(results)))
"""


@pytest.fixture
def sealed_env(tmp_path: Path) -> dict[str, str]:
    """Fresh, empty temp, home and config dirs for a child, to see what it leaves there."""
    env = dict(os.environ)
    for var, name in (
        ("TMPDIR", "sys-tmp"),
        ("TEMP", "sys-tmp"),  # Windows
        ("TMP", "sys-tmp"),
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_HOME", "data"),
    ):
        (tmp_path / name).mkdir(exist_ok=True)
        env[var] = str(tmp_path / name)
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")  # Qt's own, 0700 as it wants
    (tmp_path / "runtime").mkdir(mode=0o700)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return env


def _traces(tmp_path: Path) -> list[str]:
    return [
        str(p.relative_to(tmp_path))
        for name in ("sys-tmp", "home", "config", "cache", "data")
        for p in (tmp_path / name).rglob("*")
    ]


def _network_off() -> list[str]:
    """The command prefix that runs a program with no network; CI must have it."""
    found = _unshare()
    if found is None:
        assert not LINUX_CI, "CI must be able to run Scrubber without a network (unshare -n)"
        pytest.skip("unshare -n is not available here")
    return found


def _photos(folder: Path, n: int = 4) -> list[Path]:
    folder.mkdir()
    return [dirty_jpeg(folder / f"{i}.jpg", with_exiftool=False) for i in range(n)]


@pytest.mark.parametrize("isolated", [False, True], ids=["plain", "unshare-n"])
def test_cli_batch_leaves_no_traces_and_needs_no_network(
    tmp_path: Path, sealed_env: dict[str, str], isolated: bool
) -> None:
    prefix = _network_off() if isolated else []
    photos = _photos(tmp_path / "in")
    cmd = [
        *prefix,
        sys.executable,
        "-m",
        "scrubber",
        "clean",
        "--jobs",
        "2",
        "--json",
        str(tmp_path / "in"),
        "-o",
        str(tmp_path / "out"),
    ]
    proc = subprocess.run(cmd, env=sealed_env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["outcome"] for line in proc.stdout.splitlines()] == ["cleaned"] * 4
    assert _traces(tmp_path) == []
    assert len(list((tmp_path / "out").iterdir())) == len(photos)


@pytest.mark.parametrize("isolated", [False, True], ids=["plain", "unshare-n"])
def test_gui_batch_leaves_no_traces_and_needs_no_network(
    tmp_path: Path, sealed_env: dict[str, str], isolated: bool
) -> None:
    prefix = _network_off() if isolated else []
    photos = _photos(tmp_path / "in")
    cmd = [*prefix, sys.executable, "-c", GUI_BATCH, str(tmp_path / "out"), *map(str, photos)]
    proc = subprocess.run(
        cmd, env=sealed_env, capture_output=True, text=True, check=False, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["cleaned"] * 4
    assert _traces(tmp_path) == []
    assert len(list((tmp_path / "out").iterdir())) == len(photos)
