"""Benchmark `scrubber clean` against `cp -r` and ExifTool, and measure peak memory.

Run by `make bench` (not part of the test suite). It makes N 12-megapixel camera JPEGs
carrying everything a phone writes (EXIF with GPS, serials, owner and a maker note, a
thumbnail, XMP, IPTC, an ICC profile, on some a Motion Photo video after the picture),
then times, with a warm page cache, the median of several runs of:

  cp -r DIR OUT                      the floor: reading and writing the bytes
  scrubber clean -o OUT DIR          the real CLI (process pool, re-verification, one sync)
  exiftool -all= -o OUT/ DIR         one ExifTool process for the whole batch

Then it measures the peak RSS of `scrubber clean` on one 100-megapixel JPEG.
The tables it prints are markdown, ready for the README. Sizes are decimal MB (10^6 B).
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import cProfile
import io
import json
import os
import pstats
import re
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import piexif
from PIL import Image, ImageChops, ImageCms

HERE = Path(__file__).resolve().parent
CANARY = "SCRUBCANARY"
MB = 1_000_000
SIZE_12MP = (4000, 3000)
SIZE_100MP = (12000, 8400)
QUALITY = 92  # what phone and camera firmware typically use
MOTION_VIDEO_BYTES = 3 * MB  # a ~1.5 s Motion Photo clip
RSS_TARGET_MB = 200
EXIFTOOL = shutil.which("exiftool")
TIME_V = "/usr/bin/time" if Path("/usr/bin/time").is_file() else None
# Tags that must not survive in a cleaned sample (checked with ExifTool, any group).
FORBIDDEN_TAGS = {
    "make", "model", "artist", "copyright", "serialnumber", "lensserialnumber",
    "ownername", "imageuniqueid", "makernote", "creator", "by-line", "city",
    "creatortool", "thumbnailimage", "datetimeoriginal", "software", "comment",
}  # fmt: skip


# --- making the inputs ---------------------------------------------------------------------


def texture(size: tuple[int, int]) -> Image.Image:
    """Photo-like entropy: smooth shapes and gradients plus sensor-like grain.

    Flat colour would compress to almost nothing and make every tool look fast.
    """
    w, h = size
    grain = Image.effect_noise(size, 8)  # luma grain, shared by the channels like real noise
    blobs = [
        Image.effect_noise((w // 16, h // 16), s).resize(size, Image.Resampling.BICUBIC)
        for s in (60, 50)
    ]
    ramp = Image.linear_gradient("L").resize(size)
    red = ImageChops.add(Image.blend(blobs[0], ramp, 0.4), grain, 1.0, -128)
    green = ImageChops.add(ramp.transpose(Image.Transpose.ROTATE_180), grain, 1.0, -128)
    blue = ImageChops.add(Image.blend(blobs[1], ramp.rotate(90), 0.5), grain, 1.0, -128)
    return Image.merge("RGB", [red, green, blue])


def encode_body(im: Image.Image) -> bytes:
    """The JPEG without SOI and without Pillow's JFIF APP0 (camera files have EXIF instead)."""
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=QUALITY)
    data = buf.getvalue()
    pos = 2
    while data[pos + 1] == 0xE0:  # skip APP0 segments
        (length,) = struct.unpack_from(">H", data, pos + 2)
        pos += 2 + length
    return data[pos:]


def segment(marker: int, payload: bytes) -> bytes:
    if len(payload) > 65533:
        raise ValueError(f"segment 0x{marker:02X} too large ({len(payload)} bytes)")
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def exif_segment(i: int, size: tuple[int, int], thumbnail: bytes) -> bytes:
    c = f"{CANARY}-{i:05d}".encode()
    stamp = f"2024:{1 + i % 12:02d}:{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00".encode()
    zeroth = {
        piexif.ImageIFD.Make: c + b"-make",
        piexif.ImageIFD.Model: c + b"-model",
        piexif.ImageIFD.Software: c + b"-firmware",
        piexif.ImageIFD.DateTime: stamp,
        piexif.ImageIFD.Artist: c + b"-artist",
        piexif.ImageIFD.Copyright: c + b"-copyright",
        piexif.ImageIFD.HostComputer: c + b"-host",
        piexif.ImageIFD.Orientation: 1,
        piexif.ImageIFD.XResolution: (72, 1),
        piexif.ImageIFD.YResolution: (72, 1),
        piexif.ImageIFD.ResolutionUnit: 2,
        piexif.ImageIFD.YCbCrPositioning: 1,
    }
    exif = {
        piexif.ExifIFD.ExposureTime: (1, 60 + i % 1000),
        piexif.ExifIFD.FNumber: (18, 10),
        piexif.ExifIFD.ISOSpeedRatings: 100 + i % 1000,
        piexif.ExifIFD.ExifVersion: b"0232",
        piexif.ExifIFD.DateTimeOriginal: stamp,
        piexif.ExifIFD.DateTimeDigitized: stamp,
        piexif.ExifIFD.OffsetTimeOriginal: b"+01:00",
        piexif.ExifIFD.SubSecTimeOriginal: b"%03d" % (i % 1000),
        piexif.ExifIFD.FocalLength: (50, 1),
        piexif.ExifIFD.PixelXDimension: size[0],
        piexif.ExifIFD.PixelYDimension: size[1],
        piexif.ExifIFD.BodySerialNumber: c + b"-body-serial",
        piexif.ExifIFD.LensMake: c + b"-lens-make",
        piexif.ExifIFD.LensModel: c + b"-lens-model",
        piexif.ExifIFD.LensSerialNumber: c + b"-lens-serial",
        piexif.ExifIFD.CameraOwnerName: c + b"-owner",
        piexif.ExifIFD.ImageUniqueID: c + b"-unique-id",
        # Real maker notes are a few KB of vendor IFDs; size and entropy are what matter here.
        piexif.ExifIFD.MakerNote: c + b"-makernote" + os.urandom(6000),
        piexif.ExifIFD.UserComment: b"ASCII\x00\x00\x00" + c + b"-comment",
    }
    gps = {
        piexif.GPSIFD.GPSVersionID: (2, 3, 0, 0),
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((52, 1), (i % 60, 1), (i * 37 % 6000, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((4, 1), (53, 1), (i * 53 % 6000, 100)),
        piexif.GPSIFD.GPSAltitudeRef: 0,
        piexif.GPSIFD.GPSAltitude: (12 + i % 1000, 1),
        piexif.GPSIFD.GPSTimeStamp: ((12, 1), (i % 60, 1), (0, 1)),
        piexif.GPSIFD.GPSDateStamp: b"2024:01:01",
        piexif.GPSIFD.GPSProcessingMethod: b"ASCII\x00\x00\x00" + c + b"-gps",
    }
    first = {
        piexif.ImageIFD.JPEGInterchangeFormat: 0,
        piexif.ImageIFD.JPEGInterchangeFormatLength: 0,
    }
    data = {"0th": zeroth, "Exif": exif, "GPS": gps, "1st": first, "thumbnail": thumbnail}
    return segment(0xE1, piexif.dump(data))


def xmp_segment(i: int, video_bytes: int) -> bytes:
    c = f"{CANARY}-{i:05d}"
    motion = ""
    if video_bytes:
        motion = (
            ' GCamera:MotionPhoto="1" GCamera:MotionPhotoVersion="1"'
            ' GCamera:MotionPhotoPresentationTimestampUs="733000">'
            "<Container:Directory><rdf:Seq>"
            '<rdf:li rdf:parseType="Resource"><Container:Item Item:Mime="image/jpeg"'
            ' Item:Semantic="Primary" Item:Length="0" Item:Padding="0"/></rdf:li>'
            '<rdf:li rdf:parseType="Resource"><Container:Item Item:Mime="video/mp4"'
            f' Item:Semantic="MotionPhoto" Item:Length="{video_bytes}"/></rdf:li>'
            "</rdf:Seq></Container:Directory"
        )
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:GCamera="http://ns.google.com/photos/1.0/camera/"'
        ' xmlns:Container="http://ns.google.com/photos/1.0/container/"'
        ' xmlns:Item="http://ns.google.com/photos/1.0/container/item/"'
        f' xmp:CreatorTool="{c}-tool" xmpMM:DocumentID="xmp.did:{c}"'
        f' xmpMM:InstanceID="xmp.iid:{c}" photoshop:City="{c}-city"'
        f"{motion}>"
        f"<dc:creator><rdf:Seq><rdf:li>{c}-creator</rdf:li></rdf:Seq></dc:creator>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        + " " * 2048  # the usual in-place editing padding
        + '<?xpacket end="w"?>'
    )
    return segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode())


def iptc_segment(i: int) -> bytes:
    c = f"{CANARY}-{i:05d}".encode()
    datasets = b"".join(
        struct.pack(">BBBH", 0x1C, 2, num, len(value)) + value
        for num, value in ((80, c + b"-byline"), (90, c + b"-city"), (120, c + b"-caption"))
    )
    if len(datasets) % 2:
        datasets += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00"
    resource += struct.pack(">I", len(datasets)) + datasets
    return segment(0xED, b"Photoshop 3.0\x00" + resource)


def icc_segments(icc: bytes) -> bytes:
    step = 65533 - 14
    parts = [icc[n : n + step] for n in range(0, len(icc), step)]
    return b"".join(
        segment(0xE2, b"ICC_PROFILE\x00" + bytes((n, len(parts))) + part)
        for n, part in enumerate(parts, 1)
    )


def motion_trailer(i: int, video: bytes) -> bytes:
    """An MP4 after the end of the picture, as Google and Samsung Motion Photos have."""
    ftyp = struct.pack(">I", 24) + b"ftypmp42" + struct.pack(">I", 0) + b"isommp42"
    note = f"{CANARY}-{i:05d}-video".encode()
    free = struct.pack(">I", 8 + len(note)) + b"free" + note
    mdat = struct.pack(">I", 8 + len(video)) + b"mdat" + video
    return ftyp + free + mdat


@dataclass(frozen=True)
class Parts:
    """Shared bytes that every generated file is spliced from."""

    size: tuple[int, int]
    body: bytes  # everything after SOI, starting at the first decoding segment
    thumbnail: bytes
    icc: bytes
    video: bytes


def make_parts(size: tuple[int, int]) -> Parts:
    base = texture(SIZE_12MP)
    thumb = io.BytesIO()
    base.resize((160, 120), Image.Resampling.BILINEAR).save(thumb, "JPEG", quality=85)
    if size != SIZE_12MP:  # tile the 12 MP texture: same entropy, no slow noise at 100 MP
        big = Image.new("RGB", size)
        for y in range(0, size[1], SIZE_12MP[1]):
            for x in range(0, size[0], SIZE_12MP[0]):
                big.paste(base, (x, y))
        base = big
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return Parts(size, encode_body(base), thumb.getvalue(), icc, os.urandom(MOTION_VIDEO_BYTES))


def dirty_jpeg(parts: Parts, i: int, motion: bool) -> bytes:
    video = motion_trailer(i, parts.video) if motion else b""
    comment = segment(0xFE, f"{CANARY}-{i:05d}-comment".encode())
    return b"".join(
        (
            b"\xff\xd8",
            exif_segment(i, parts.size, parts.thumbnail),
            xmp_segment(i, len(video)),
            icc_segments(parts.icc),
            iptc_segment(i),
            comment,
            parts.body,
            video,
        )
    )


def make_inputs(folder: Path, count: int, motion_every: int) -> list[Path]:
    folder.mkdir(parents=True)
    parts = make_parts(SIZE_12MP)
    paths = []
    for i in range(count):
        path = folder / f"IMG_{i:05d}.jpg"
        path.write_bytes(dirty_jpeg(parts, i, motion_every > 0 and i % motion_every == 0))
        paths.append(path)
    return paths


# --- measuring -----------------------------------------------------------------------------


@dataclass
class Row:
    tool: str
    seconds: list[float]
    cpu: list[float] = field(default_factory=list)  # user + sys of the tool's processes

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")


def scrubber_cmd() -> list[str]:
    beside = Path(sys.executable).parent / "scrubber"
    found = str(beside) if beside.exists() else shutil.which("scrubber")
    if not found:
        sys.exit("scrubber is not installed in this environment (run `make run` first)")
    return [found]


def timed(
    cmd: Sequence[str], check: bool = True
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds, CPU seconds (user + sys of the command and its children) and result."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if check and proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return elapsed, cpu, proc


def warm_cache(paths: Sequence[Path]) -> None:
    """Read every input, untimed, before each tool, so each starts with the same warm page
    cache (on a shared machine other jobs evict it between runs)."""
    for path in paths:
        with open(path, "rb") as f:
            while f.read(1 << 22):
                pass


def fresh(work: Path, name: str) -> Path:
    out = work / name
    if out.exists():
        shutil.rmtree(out)
    return out


def compile_bytecode() -> None:
    """Give scrubber's modules their bytecode, as an installed copy has (a wheel or the
    bundle). A development venv may have none (PYTHONDONTWRITEBYTECODE is set, say), and
    then every run compiles some sixty modules first: 0.1 s of start-up no user pays."""
    import scrubber

    compileall.compile_dir(Path(scrubber.__file__).parent, quiet=2)  # a read-only install: as it is


def run_batch(
    work: Path, inputs: Path, paths: Sequence[Path], repeat: int, keep: bool
) -> tuple[list[Row], list[str]]:
    scrub = scrubber_cmd()
    compile_bytecode()
    subprocess.run([*scrub, "--version"], capture_output=True, check=True)  # warm imports
    warm_cache(paths)
    os.sync()
    rows = {"cp": Row("cp -r", []), "sync": Row("cp -r + sync", [])}
    rows["scrubber"] = Row("scrubber clean", [])
    if EXIFTOOL:
        rows["exiftool"] = Row("exiftool -all=", [])
    problems: list[str] = []

    def cp(last: bool) -> None:
        out = fresh(work, "out-cp")
        warm_cache(paths)
        seconds, cpu, _ = timed(["cp", "-r", str(inputs), str(out)])
        start = time.perf_counter()
        os.sync()  # what the data costs to reach the disk: scrubber syncs its copies too
        rows["cp"].seconds.append(seconds)
        rows["cp"].cpu.append(cpu)
        rows["sync"].seconds.append(seconds + time.perf_counter() - start)
        shutil.rmtree(out)

    def scrubber(last: bool) -> None:
        nonlocal problems
        out = fresh(work, "out-scrubber")
        warm_cache(paths)
        # Not checked here: a failed file makes the exit status 1, and check_scrubber says which.
        seconds, cpu, proc = timed([*scrub, "clean", "--json", "-o", str(out), str(inputs)], False)
        rows["scrubber"].seconds.append(seconds)
        rows["scrubber"].cpu.append(cpu)
        problems += check_scrubber(proc.stdout, len(paths), out, sample=last)
        if not (keep and last):
            shutil.rmtree(out)

    def exiftool(last: bool) -> None:
        out = fresh(work, "out-exiftool")
        warm_cache(paths)
        seconds, cpu, _ = timed([str(EXIFTOOL), "-q", "-all=", "-o", f"{out}/", str(inputs)])
        rows["exiftool"].seconds.append(seconds)
        rows["exiftool"].cpu.append(cpu)
        if not (keep and last):
            shutil.rmtree(out)

    tools = [cp, scrubber, exiftool] if EXIFTOOL else [cp, scrubber]
    for rep in range(repeat):
        # Each run starts with another tool: whichever follows another one inherits the
        # kernel's state (pages still being written, memory just freed), so no tool may
        # always come first or always after the same one.
        order = tools[rep % len(tools) :] + tools[: rep % len(tools)]
        for tool in order:
            tool(rep == repeat - 1)
            os.sync()
        print(f"  run {rep + 1}/{repeat} done", file=sys.stderr)
    return list(rows.values()), problems


def check_scrubber(stdout: str, expected: int, out: Path, sample: bool) -> list[str]:
    """Every input must come out cleaned and exist; a sample must pass ExifTool and a canary
    scan."""
    results = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    problems = [
        f"{r['source']}: {r['outcome']} {r['error']}" for r in results if r["outcome"] != "cleaned"
    ]
    outputs = [Path(r["output"]) for r in results if r["output"]]
    if len(results) != expected:
        problems.append(f"{len(results)} results for {expected} inputs")
    problems += [f"missing output {p}" for p in outputs if not p.is_file()]
    found = sorted(out.iterdir()) if out.is_dir() else []
    if len(found) != expected:  # a leftover temp file or a renamed copy would show here
        problems.append(f"{len(found)} files in {out} for {expected} inputs")
    if sample and outputs:
        # About 9 files spread over the batch, with and without Motion Photo trailers.
        stride = max(1, len(outputs) // 8)
        problems += leaks(sorted(set(outputs[::stride]) | {outputs[-1]}))
    return problems


def leaks(paths: Sequence[Path]) -> list[str]:
    found = []
    for path in paths:
        data = path.read_bytes()
        if any(CANARY.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be")):
            found.append(f"{path.name}: canary bytes still present")
    if not EXIFTOOL:
        return found
    proc = subprocess.run(
        [EXIFTOOL, "-j", "-a", "-u", "-G1", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )
    for tags in json.loads(proc.stdout or "[]"):
        name = Path(tags["SourceFile"]).name
        for key, value in tags.items():
            group, _, tag = key.rpartition(":")
            bad = (
                group.startswith("GPS")
                or tag.lower() in FORBIDDEN_TAGS
                or tag == "Warning"
                or CANARY in str(value)
            )
            if bad:
                found.append(f"{name}: {key}={str(value)[:60]}")
    return found


def peak_rss_kib(cmd: Sequence[str]) -> int:
    """Peak resident set size of `cmd` in KiB (file pages it maps count too)."""
    if TIME_V:
        proc = subprocess.run([TIME_V, "-v", *cmd], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            sys.exit(f"scrubber failed on the large file:\n{proc.stderr[-2000:]}")
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        if m:
            return int(m.group(1))
    # A fresh interpreter, so only this one child counts towards RUSAGE_CHILDREN.
    probe = (
        "import resource, subprocess, sys\n"
        "rc = subprocess.run(sys.argv[1:], capture_output=True).returncode\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(rc, r // 1024 if sys.platform == 'darwin' else r)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True
    )
    rc, kib = map(int, out.stdout.split())
    if rc != 0:
        sys.exit("scrubber failed on the large file")
    return kib


@dataclass
class MemRow:
    label: str
    file_mb: float
    rss_mb: float
    seconds: float


def run_memory(work: Path, sizes: Sequence[tuple[str, tuple[int, int]]]) -> list[MemRow]:
    rows = []
    scrub = scrubber_cmd()
    for label, size in sizes:
        src = work / f"mem-{label}.jpg"
        parts = make_parts(size)
        src.write_bytes(dirty_jpeg(parts, 99_999, motion=False))
        del parts
        out = fresh(work, f"out-mem-{label}")
        start = time.perf_counter()
        kib = peak_rss_kib([*scrub, "clean", "-o", str(out), str(src)])
        seconds = time.perf_counter() - start
        problems = leaks(list(out.iterdir()))
        if problems:
            sys.exit("large file not clean: " + "; ".join(problems))
        rows.append(MemRow(label, src.stat().st_size / MB, kib * 1024 / MB, seconds))
        shutil.rmtree(out)
        src.unlink()
    return rows


def profile(inputs: Path, work: Path) -> None:
    """cProfile of a single-process run (`--jobs 1`): where the time goes in scrubber itself."""
    from scrubber import cli

    out = fresh(work, "out-profile")
    prof = cProfile.Profile()
    with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
        prof.runcall(cli.main, ["clean", "--jobs", "1", "-o", str(out), str(inputs)])
    shutil.rmtree(out)
    for key in ("tottime", "cumulative"):
        print(f"\n### Profile, --jobs 1, sorted by {key}\n\n```")
        pstats.Stats(prof, stream=sys.stdout).strip_dirs().sort_stats(key).print_stats(15)
        print("```")


# --- reporting -----------------------------------------------------------------------------


def batch_table(rows: Sequence[Row], files: int, total_mb: float, repeat: int) -> str:
    cp = rows[0].median
    lines = [
        f"| tool ({files} files, {total_mb:.0f} MB, median of {repeat}) "
        "| seconds | CPU s (user+sys) | files/s | MB/s | x cp | each run, s |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        s = row.median
        cpu = f"{row.cpu_median:.2f}" if row.cpu else ""
        each = " ".join(f"{t:.2f}" for t in row.seconds)
        lines.append(
            f"| `{row.tool}` | {s:.2f} | {cpu} | {files / s:.1f} | {total_mb / s:.0f} "
            f"| {s / cp:.2f}x | {each} |"
        )
    return "\n".join(lines)


def targets(rows: Sequence[Row]) -> str:
    """The two targets of the batch, as ratios of medians from this same run, with the
    range of the ratios within each repetition (the tools ran one after the other)."""
    by = {row.tool: row for row in rows}
    scrub = by["scrubber clean"]
    lines = []
    # At most 1.5x cp, and faster than ExifTool.
    for name, label, limit, target in (
        ("cp -r", "cp -r", 1.5, "<= 1.5x"),
        ("exiftool -all=", "exiftool", 0.999, "< 1x"),
    ):
        if name not in by:
            continue
        ref = by[name]
        ratio = scrub.median / ref.median
        ok = "met" if ratio <= limit else "NOT met"
        each = [a / b for a, b in zip(scrub.seconds, ref.seconds, strict=True)]
        lines.append(
            f"scrubber / {label}: {ratio:.2f}x (target {target}: {ok}); "
            f"run by run {min(each):.2f}-{max(each):.2f}x"
        )
    return "\n".join(lines)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def memory_table(rows: Sequence[MemRow]) -> str:
    lines = [
        "| `scrubber clean`, one file | file MB | peak RSS MB | seconds | target |",
        "|---|---:|---:|---:|---|",
    ]
    for r in rows:
        target = f"< {RSS_TARGET_MB} MB " + ("✔" if r.rss_mb < RSS_TARGET_MB else "✘")
        lines.append(
            f"| {r.label} JPEG | {r.file_mb:.1f} | {r.rss_mb:.0f} | {r.seconds:.2f} | {target} |"
        )
    return "\n".join(lines)


def environment() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    tool = "ExifTool not installed"
    if EXIFTOOL:
        ver = subprocess.run([EXIFTOOL, "-ver"], capture_output=True, text=True, check=False)
        tool = f"ExifTool {ver.stdout.strip()}"
    return f"{os.cpu_count()} x {cpu}, Python {sys.version.split()[0]}, {tool}"


@contextlib.contextmanager
def workspace(base: Path | None, keep: bool) -> Iterator[Path]:
    """A fresh folder under --workdir (or bench/out); removed at the end unless --keep."""
    root = base or HERE / "out"
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=root))
    try:
        yield work
    finally:
        if keep:
            print(f"\nkept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
            if base is None:
                with contextlib.suppress(OSError):
                    root.rmdir()  # only when empty


T = TypeVar("T")


def step(label: str, fn: Callable[[], T]) -> T:
    print(f"{label} ...", file=sys.stderr)
    start = time.perf_counter()
    result = fn()
    print(f"  {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return result


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--count", type=int, default=200, help="number of 12 MP JPEGs (200)")
    p.add_argument("--repeat", type=int, default=5, help="timed runs per tool; median (5)")
    p.add_argument(
        "--motion-every",
        type=int,
        default=4,
        metavar="K",
        help="every K-th file gets a Motion Photo video trailer; 0: none (4)",
    )
    p.add_argument("--workdir", type=Path, help="where to make the temp folder (bench/out)")
    p.add_argument("--keep", action="store_true", help="keep the generated files and outputs")
    p.add_argument(
        "--quick", action="store_true", help="smoke check: 20 files, no 100-megapixel memory test"
    )
    p.add_argument(
        "--profile",
        action="store_true",
        help="also profile a single-process scrubber run with cProfile",
    )
    args = p.parse_args(argv)
    if args.quick and args.count == 200:
        args.count = 20
    if args.count < 1 or args.repeat < 1:
        p.error("--count and --repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with workspace(args.workdir, args.keep) as work:
        inputs = work / "in"
        paths = step(
            f"making {args.count} 12 MP JPEGs in {inputs}",
            lambda: make_inputs(inputs, args.count, args.motion_every),
        )
        total_mb = sum(p.stat().st_size for p in paths) / MB
        print(f"  {total_mb:.0f} MB, {total_mb / len(paths):.1f} MB per file", file=sys.stderr)
        load_before = load()
        rows, problems = step(
            f"timing {args.repeat} runs per tool",
            lambda: run_batch(work, inputs, paths, args.repeat, args.keep),
        )
        # Printed now, so a failure in the memory test cannot lose the batch figures.
        print(f"\n{environment()}")
        print(f"load average (1, 5, 15 min): {load_before} before, {load()} after the timing\n")
        print(batch_table(rows, len(paths), total_mb, args.repeat))
        print("\n" + targets(rows))
        print("\n`cp -r + sync` adds the time to flush the copies to disk: scrubber syncs its")
        print("copies (once, at the end of the batch); cp and ExifTool do not. CPU is the")
        print("user + sys time of each tool's processes (scrubber's workers included).")
        if problems:
            print("\nPROBLEMS with scrubber's output:\n  " + "\n  ".join(problems[:50]))
        else:
            print("\nAll scrubber outputs exist; a sample passed ExifTool and a canary scan.")
        sys.stdout.flush()
        if not args.quick:
            sizes = [("12 MP", SIZE_12MP), ("100 MP", SIZE_100MP)]
            mem = step("peak memory on single files", lambda: run_memory(work, sizes))
            print("\n" + memory_table(mem), flush=True)
        if args.profile:
            profile(inputs, work)
        if problems:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
