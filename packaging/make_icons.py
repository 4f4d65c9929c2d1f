"""Render assets/icons/scrubber.svg into packaging/windows/scrubber.ico and
packaging/macos/scrubber.icns, which build.spec and scrubber.nsi pick up when present.

Run by the release workflow before PyInstaller (`python packaging/make_icons.py`); the
outputs are not committed. Qt draws the SVG (offscreen), Pillow writes both formats.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent


def render(svg: Path, side: int) -> Image.Image:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(buf.data().data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    big = render(ROOT / "assets" / "icons" / "scrubber.svg", 1024)
    ico = ROOT / "packaging" / "windows" / "scrubber.ico"
    big.save(ico, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    icns = ROOT / "packaging" / "macos" / "scrubber.icns"
    icns.parent.mkdir(exist_ok=True)
    big.save(icns)
    print(ico, icns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
