"""A short run of the mutation fuzzer (fuzz/fuzz_formats.py) over every supported format.

The long run (`make fuzz`, 12,000 inputs) has its figures in the README; this one keeps
every format's parsers honest on each change: each mutated input ends in a result or a
project error with a message, in time, with nothing left behind and the input untouched.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from scrubber import registry

ROOT = Path(__file__).parent.parent
FORMATS = {fmt.id for fmt in registry.FORMATS}  # every registered format is fuzzed
CHECKSUMMED = {"vorbis", "opus"}  # Ogg pages carry checksums: few mutated inputs get cleaned


def test_mutated_files_of_every_format_end_in_a_result_or_a_clear_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "fuzz" / "fuzz_formats.py"),
            "--count",
            "750",
            "--seed",
            "8",
            "--workers",
            "2",
            "--json",
            "--keep",
            str(tmp_path / "failures"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,  # a guard; each input has its own 20 s bound inside
    )
    assert proc.stdout, proc.stderr
    figures = json.loads(proc.stdout.splitlines()[-1])
    assert figures["failures"] == [], "\n".join(figures["failures"])
    assert proc.returncode == 0, proc.stderr
    assert figures["inputs"] == 750
    outcomes = figures["outcomes"]
    assert set(outcomes) == FORMATS
    # The parsers refuse damage, and the mutations reach past the magic bytes: some inputs
    # of each format still get cleaned (except where checksums catch nearly every change).
    for fmt, counts in outcomes.items():
        assert counts.get("failed", 0) + counts.get("refused", 0) > 0, fmt
        if fmt not in CHECKSUMMED:
            assert counts.get("cleaned", 0) + counts.get("already_clean", 0) > 0, fmt
