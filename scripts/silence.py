"""Run a program as a new user would and report whether it stayed silent and left no trace.

    python scripts/silence.py [--seconds N] [--env K=V]... -- PROGRAM [ARGS...]

The program runs under `strace -f` (children and threads included) with an empty HOME and
an empty TMPDIR of its own and no XDG folders, so that whatever it or any library below it
writes or opens is seen. It fails on:
  - any internet or raw socket (AF_INET, AF_INET6, AF_PACKET), created or connected;
  - any file left in HOME but the app's settings file;
  - anything left in TMPDIR.
A DNS look-up counts: it opens an AF_INET socket even where no network answers, so the
check does not depend on the machine being offline. Used by tests/test_silence.py and by
packaging/check-bundle.sh for the frozen app.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# The one file the app may leave: its options and language (gui/settings.py).
SETTINGS = Path(".config/Scrubber/Scrubber.conf")
_INTERNET = re.compile(r"\b(socket\(|connect\(|sendto\(|sendmsg\().*\bAF_(INET6?|PACKET)\b")
_KEEP_ENV = ("PATH", "LANG", "LC_ALL", "QT_QPA_PLATFORM", "LD_LIBRARY_PATH")


@dataclass(frozen=True)
class Trace:
    returncode: int
    stdout: str
    stderr: str
    sockets: tuple[str, ...]  # strace lines of internet sockets
    home_left: tuple[str, ...]  # files left in HOME (relative), settings excluded
    tmp_left: tuple[str, ...]  # anything left in TMPDIR (relative)

    @property
    def silent(self) -> bool:
        return not (self.sockets or self.home_left or self.tmp_left)

    def summary(self) -> str:
        return (
            f"{len(self.sockets)} internet socket call(s), {len(self.home_left)} file(s) "
            f"left in HOME, {len(self.tmp_left)} in TMPDIR"
        )

    def details(self) -> str:
        lines = [self.summary(), *self.sockets[:5], *self.home_left[:10], *self.tmp_left[:10]]
        return "\n".join(lines)


def run(
    argv: list[str],
    *,
    env: dict[str, str] | None = None,
    timeout: float = 600,
    cwd: Path | None = None,
) -> Trace:
    """Run `argv` traced, in a fresh empty HOME and TMPDIR, and say what it did."""
    strace = shutil.which("strace")
    if strace is None:
        raise RuntimeError("strace is not installed (apt-get install strace)")
    with tempfile.TemporaryDirectory(prefix="silence-") as work:
        root = Path(work)
        home, tmp, log = root / "home", root / "tmp", root / "trace"
        home.mkdir()
        tmp.mkdir()
        child_env = {k: os.environ[k] for k in _KEEP_ENV if k in os.environ}
        child_env.update(env or {})
        child_env.update(HOME=str(home), TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
        cmd = [strace, "-f", "-qq", "-e", "trace=network", "-o", str(log), *argv]
        done = subprocess.run(
            cmd,
            env=child_env,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        sockets = tuple(
            line for line in log.read_text(errors="replace").splitlines() if _INTERNET.search(line)
        )
        home_left = tuple(
            str(p.relative_to(home))
            for p in sorted(home.rglob("*"))
            if not p.is_dir() and p.relative_to(home) != SETTINGS
        )
        tmp_left = tuple(str(p.relative_to(tmp)) for p in sorted(tmp.rglob("*")))
        return Trace(done.returncode, done.stdout, done.stderr, sockets, home_left, tmp_left)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--env", action="append", default=[], metavar="K=V")
    parser.add_argument("--label", default="", help="what is being run, for the report line")
    parser.add_argument("program", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    program = args.program[1:] if args.program[:1] == ["--"] else args.program
    if not program:
        parser.error("name a program to run after --")
    env = dict(item.split("=", 1) for item in args.env)
    trace = run(program, env=env)
    label = args.label or " ".join(program[:3])
    print(f"silence: {label}: exit {trace.returncode}; {trace.summary()}")
    if trace.returncode != 0:
        print(trace.stdout[-2000:], trace.stderr[-2000:], sep="\n", file=sys.stderr)
        return 1
    if not trace.silent:
        print(trace.details(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
