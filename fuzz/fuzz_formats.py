"""Mutation fuzzing of inspect() and clean() on real seed files of every supported format.

    .venv/bin/python fuzz/fuzz_formats.py --count 10000 --seed 1 --workers 2

Each input is a seed file with a few random mutations: bit flips, truncation, inserted
bytes, a duplicated or dropped chunk, a corrupted length field, or (for zip documents) a
mutated member re-packed. Every input must end in a result or a ScrubberError with a
message, within the time bound, leaving no output or temp file when it failed and the
input untouched. Cases run in worker processes that are killed and replaced on a hang or a
crash. Prints figures; exits 1 if any input broke a rule.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing as mp
import os
import queue
import random
import shutil
import sys
import tempfile
import threading
import time
import traceback
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scrubber import CleanOptions, Orientation, clean, inspect
from scrubber.errors import ScrubberError
from scrubber.safe_output import TEMP_PREFIX

TIME_LIMIT = 20.0  # seconds per input before it counts as a hang
SAFETY_NET = "this file could not be read ("
LENGTHS = (0, 1, 0x7F, 0xFF, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF, 0x10000, 0xFFFFFFF0)


# --- mutations ----------------------------------------------------------------------------


def _bit_flips(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)


def _truncate(data: bytearray, rng: random.Random) -> None:
    if len(data) > 1:
        del data[rng.randrange(1, len(data)) :]


def _insert(data: bytearray, rng: random.Random) -> None:
    at = rng.randrange(len(data) + 1)
    blob = rng.choice(
        [
            bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))),
            bytes(rng.randint(1, 4096)),
            b"\xff" * rng.randint(1, 300),
            bytes(data[: rng.randint(1, 64)]),  # the magic again, mid-file
        ]
    )
    data[at:at] = blob


def _duplicate(data: bytearray, rng: random.Random) -> None:
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 2048))
    chunk = data[start:end]
    at = rng.randrange(len(data) + 1)
    data[at:at] = chunk * rng.randint(1, 3)


def _drop(data: bytearray, rng: random.Random) -> None:
    start = rng.randrange(len(data))
    del data[start : start + rng.randint(1, 512)]


def _length(data: bytearray, rng: random.Random) -> None:
    """Overwrite what may be a length or offset field with an extreme or nearby value."""
    size = rng.choice((2, 4, 4, 8))
    if len(data) <= size:
        return
    # Headers hold most length fields: bias towards the start.
    limit = len(data) - size
    i = min(limit, int(rng.random() ** 2 * limit))
    order = rng.choice("<>")
    old = int.from_bytes(data[i : i + size], "little" if order == "<" else "big")
    value = rng.choice((*LENGTHS, old + rng.randint(-16, 16), old * 2, len(data)))
    value %= 1 << (8 * size)
    data[i : i + size] = value.to_bytes(size, "little" if order == "<" else "big")


def _splice_word(data: bytearray, rng: random.Random) -> None:
    """A format word somewhere it does not belong (a second header, a chunk name)."""
    words = [
        b"IDAT",
        b"EXIF",
        b"moov",
        b"trak",
        b"obj",
        b"stream",
        b"\xff\xd8\xff\xe1",
        b"RIFF",
        b"meta",
        b"<<",
        b"ID3\x04",
        b"fLaC",
        b"OggS",
        b"PK\x03\x04",
        b"%PDF-",
    ]
    at = rng.randrange(len(data) + 1)
    data[at : at + rng.randint(0, 4)] = rng.choice(words)


MUTATORS = (_bit_flips, _truncate, _insert, _duplicate, _drop, _length, _length, _splice_word)


def _mutate_zip_member(data: bytes, rng: random.Random) -> bytes:
    """Mutate one part of a zip document and re-pack it, so the XML parsers see it."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [(info, z.read(info)) for info in z.infolist()]
    k = rng.randrange(len(parts))
    body = bytearray(parts[k][1] or b"x")
    for _ in range(rng.randint(1, 3)):
        if body:
            rng.choice(MUTATORS)(body, rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for i, (info, part) in enumerate(parts):
            z.writestr(info, bytes(body) if i == k else part)
    return out.getvalue()


def mutate(seed: bytes, rng: random.Random) -> tuple[bytes, str]:
    if seed[:2] == b"PK" and rng.random() < 0.5:
        return _mutate_zip_member(seed, rng), "zip-member"
    data = bytearray(seed)
    names = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        op = rng.choice(MUTATORS)
        if data:
            op(data, rng)
        names.append(op.__name__.strip("_"))
    return bytes(data), "+".join(names)


# --- one case, in a worker ----------------------------------------------------------------


@dataclass
class CaseResult:
    index: int
    fmt: str
    mutation: str
    outcome: str  # an Outcome value, or "hang" / "crash" (set by the parent)
    seconds: float
    rss_kb: int
    problems: list[str] = field(default_factory=list)
    code: str = ""
    net: str = ""  # a parser exception the core's safety net turned into an error


def _check_case(
    index: int, fmt: str, name: str, data: bytes, mutation: str, root: Path
) -> CaseResult:
    problems: list[str] = []
    net = ""
    case = root / f"case-{index}"
    case.mkdir()
    src = case / name
    src.write_bytes(data)
    mtime = src.stat().st_mtime_ns
    out_dir = case / "out"
    start = time.perf_counter()
    try:
        inspect(src)
    except ScrubberError as e:
        if not e.message:
            problems.append("inspect: error without a message")
        if e.message.startswith(SAFETY_NET):  # core.inspect's words for a parser exception
            net = f"inspect: {type(e.__cause__).__name__}"
    except BaseException as e:
        problems.append(f"inspect raised {type(e).__name__}: {e}\n{traceback.format_exc()}")
    options = CleanOptions(orientation=Orientation.BAKE if index % 5 == 0 else Orientation.KEEP_TAG)
    outcome, code = "raised", ""
    try:
        result = clean(src, out_dir / name, options)
        outcome = result.outcome.value
        code = result.error.code if result.error else ""
        if code == "internal" and result.error:
            net = net or f"clean: {result.error.message}"
        left = sorted(p.name for p in out_dir.iterdir()) if out_dir.exists() else []
        if result.outcome.ok:
            if result.output is None or not result.output.is_file():
                problems.append("ok without an output file")
            elif left != [result.output.name]:
                problems.append(f"extra files beside the output: {left}")
            elif not inspect(result.output).is_clean:
                problems.append("the output is not clean")
        else:
            if result.error is None or not result.error.message:
                problems.append("failed without a message")
            if left:
                problems.append(f"files left after {outcome}: {left}")
    except BaseException as e:
        problems.append(f"clean raised {type(e).__name__}: {e}\n{traceback.format_exc()}")
    seconds = time.perf_counter() - start
    if src.read_bytes() != data or src.stat().st_mtime_ns != mtime:
        problems.append("the original was changed")
    if any(p.name.startswith(TEMP_PREFIX) for p in case.rglob("*")):
        problems.append("a temp file was left")
    if problems:  # keep the input for a regression test
        (root.parent / "failures").mkdir(exist_ok=True)
        (root.parent / "failures" / f"{index}-{name}").write_bytes(data)
    shutil.rmtree(case, ignore_errors=True)
    rss = _peak_kb()
    return CaseResult(index, fmt, mutation, outcome, seconds, rss, problems, code, net)


def _peak_kb() -> int:
    """This worker's peak RSS so far; 0 where getrusage does not exist (Windows)."""
    try:
        import resource
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS


def _worker(
    conn: Connection, seeds: list[tuple[str, str, bytes]], run_seed: int, root: str
) -> None:
    work = Path(root) / f"w{os.getpid()}"
    work.mkdir()
    while True:
        index = conn.recv()
        if index is None:
            return
        fmt, name, data, mutation = case_input(seeds, run_seed, index)
        conn.send(_check_case(index, fmt, name, data, mutation, work))


def case_input(
    seeds: list[tuple[str, str, bytes]], run_seed: int, index: int
) -> tuple[str, str, bytes, str]:
    """The mutated input for case `index`: deterministic, so any case can be replayed."""
    fmt, name, seed = seeds[index % len(seeds)]
    rng = random.Random(f"{run_seed}:{index}")
    data, mutation = mutate(seed, rng)
    return fmt, name, data, mutation


# --- the parent: worker slots with a time bound --------------------------------------------


class Slot:
    """One worker process; replaced when it hangs or dies."""

    def __init__(self, ctx: Any, args: tuple[object, ...]) -> None:
        self.ctx, self.args = ctx, args
        self._start()

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child, *self.args), daemon=True)
        self.proc.start()
        child.close()

    def run(self, index: int, limit: float) -> CaseResult | str:
        """The case's result, or "hang" / "crash" (the worker is then replaced)."""
        try:
            self.conn.send(index)
            if self.conn.poll(limit):
                result: CaseResult = self.conn.recv()
                return result
            verdict = "hang"
        except (EOFError, OSError):
            verdict = "crash"
        if self.proc.is_alive():
            self.proc.kill()
        else:
            verdict = "crash"
        self.proc.join()
        self._start()
        return verdict

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()


@dataclass
class Summary:
    inputs: int = 0
    outcomes: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    max_seconds: float = 0.0
    slowest: str = ""
    peak_rss_mb: float = 0.0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    codes: Counter[str] = field(default_factory=Counter)
    nets: Counter[str] = field(default_factory=Counter)
    notable: list[str] = field(default_factory=list)

    def add(self, r: CaseResult) -> None:
        self.inputs += 1
        self.outcomes[r.fmt][r.outcome] += 1
        if r.code:
            self.codes[r.code] += 1
        if r.net:
            self.nets[f"{r.fmt} {r.net}"] += 1
        if r.net or r.code in ("internal", "verification"):  # worth a look: replay by index
            self.notable.append(f"case {r.index} {r.fmt}: {r.net or r.code}")
        if r.seconds > self.max_seconds:
            self.max_seconds, self.slowest = r.seconds, f"{r.fmt} case {r.index} ({r.mutation})"
        self.peak_rss_mb = max(self.peak_rss_mb, r.rss_kb / 1024)
        self.failures += [f"case {r.index} {r.fmt} ({r.mutation}): {p}" for p in r.problems]

    def to_json(self) -> dict[str, object]:
        return {
            "inputs": self.inputs,
            "outcomes": {k: dict(v) for k, v in sorted(self.outcomes.items())},
            "max_seconds": round(self.max_seconds, 3),
            "slowest": self.slowest,
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "seconds": round(self.seconds, 1),
            "failures": self.failures,
            "codes": dict(self.codes),
            "safety_net": dict(self.nets),
            "notable": self.notable,
        }


def fuzz(
    count: int, run_seed: int, workers: int, limit: float = TIME_LIMIT, keep: Path | None = None
) -> Summary:
    # Not fork: the slots are (re)started from threads, where forking is unsafe.
    ctx = mp.get_context("forkserver" if sys.platform != "win32" else "spawn")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="scrubber-fuzz-") as tmp:
        root = Path(tmp) / "work"
        root.mkdir()
        seeds = make_seed_list(Path(tmp) / "seeds")
        todo: queue.Queue[int] = queue.Queue()
        for i in range(count):
            todo.put(i)
        summary = Summary()
        lock = threading.Lock()

        def drive() -> None:
            slot = Slot(ctx, (seeds, run_seed, str(root)))
            try:
                while True:
                    try:
                        index = todo.get_nowait()
                    except queue.Empty:
                        return
                    got = slot.run(index, limit)
                    if isinstance(got, str):
                        fmt, _, _, mutation = case_input(seeds, run_seed, index)
                        got = CaseResult(index, fmt, mutation, got, limit, 0, [got])
                    with lock:
                        summary.add(got)
            finally:
                slot.stop()

        threads = [threading.Thread(target=drive) for _ in range(max(1, workers))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if keep and (Path(tmp) / "failures").exists():
            shutil.copytree(Path(tmp) / "failures", keep, dirs_exist_ok=True)
    summary.seconds = time.monotonic() - started
    return summary


def make_seed_list(folder: Path) -> list[tuple[str, str, bytes]]:
    from seeds import make_seeds  # the test factories: only the parent needs them

    return make_seeds(folder)


def print_figures(s: Summary) -> None:
    print(f"inputs: {s.inputs} in {s.seconds:.0f} s")
    kinds = sorted({k for c in s.outcomes.values() for k in c})
    print(f"{'format':8}" + "".join(f"{k:>15}" for k in kinds))
    for fmt, counts in sorted(s.outcomes.items()):
        print(f"{fmt:8}" + "".join(f"{counts.get(k, 0):>15}" for k in kinds))
    print(f"max time per input: {s.max_seconds:.2f} s ({s.slowest})")
    print(f"peak RSS of a worker: {s.peak_rss_mb:.0f} MB")
    print("error codes: " + ", ".join(f"{k} {v}" for k, v in s.codes.most_common()))
    print(f"caught only by the core's safety net: {sum(s.nets.values())}")
    for what, n in s.nets.most_common(15):
        print(f"  {n:5}  {what}")
    for note in sorted(s.notable)[:20]:
        print(f"  notable: {note}")
    print(f"failures: {len(s.failures)}")
    for f in s.failures[:20]:
        print("  " + f.splitlines()[0] if "\n" in f else "  " + f)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--time-limit", type=float, default=TIME_LIMIT)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--keep", type=Path, help="copy failing inputs into this folder")
    args = ap.parse_args(argv)
    summary = fuzz(args.count, args.seed, args.workers, args.time_limit, args.keep)
    if args.json:
        print(json.dumps(summary.to_json()))
    else:
        print_figures(summary)
    return 1 if summary.failures else 0


if __name__ == "__main__":
    sys.exit(main())
