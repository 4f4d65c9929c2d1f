"""Where the app's own files (icons, translations) are, in a checkout and when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def assets() -> Path:
    # PyInstaller unpacks data next to the executable and says where in sys._MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def icon(name: str) -> Path:
    return assets() / "icons" / f"{name}.svg"


def translations() -> Path:
    return assets() / "translations"
