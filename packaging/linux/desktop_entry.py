"""The desktop entry as installed: assets/scrubber.desktop plus the MimeType line derived
from the formats' descriptors (scrubber.registry.mime_types), so "Open with" offers
Scrubber for exactly the files it cleans, with no list to keep in step by hand.

    .venv/bin/python packaging/linux/desktop_entry.py > scrubber.desktop
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "assets" / "scrubber.desktop"


def entry(template: str) -> str:
    from scrubber import registry

    lines = [line for line in template.splitlines() if not line.startswith("MimeType=")]
    lines.append("MimeType=" + "".join(m + ";" for m in registry.mime_types()))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.stdout.write(entry(TEMPLATE.read_text(encoding="utf-8")))
