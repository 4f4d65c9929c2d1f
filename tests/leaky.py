"""A cleaner that leaves a canary in what it writes, on purpose.

The verified write path (core.write_verified) must catch it in the re-check, delete the
copy and write nothing: no output, no temp file, the original untouched. Appended after
the end of the file, the canary is a trailer every format's reader reports, and the
JPEG cleaner's `proven` ranges stay true, so its fast re-check is put to the test too.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest
from oracle import CANARY

from scrubber import registry
from scrubber.model import CleanOptions, Report
from scrubber.safe_output import TEMP_PREFIX

LEFT = f"{CANARY}-left-behind".encode()


def leave_canary(monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """Make the registry's cleaner for `fmt` append LEFT to everything it writes."""
    cleaner = next(c for c in registry.CLEANERS if c.name == fmt)
    honest = cleaner.clean

    def clean(src: Path, out: BinaryIO, options: CleanOptions) -> Report:
        report = honest(src, out, options)
        out.write(LEFT)
        return report

    monkeypatch.setattr(cleaner, "clean", clean)


def temp_files(folder: Path) -> list[Path]:
    """Our temp files left anywhere under `folder`."""
    return [p for p in folder.rglob("*") if p.name.startswith(TEMP_PREFIX)]
