"""Take the README's pictures of the desktop app from real files, made here and thrown away.

    .venv/bin/python scripts/screenshots.py            # offscreen (the default)
    .venv/bin/python scripts/screenshots.py --xvfb     # under a virtual X server
    .venv/bin/python scripts/screenshots.py --only editor --out /tmp/shots
    .venv/bin/python scripts/screenshots.py --only sizes --langs "en pt"   # small screens

It makes the files the app is shown on (dirty camera JPEGs from tests/factories/, the
test photo of a face with camera metadata added by ExifTool, a damaged file) in a temporary
folder, drives the app through its public methods as a user would (add, clean, select,
draw), saves each picture as an optimised PNG in docs/screenshots/ and removes the files.
Settings go to a throwaway folder too, so the user's own choices are never touched.
Run it after `make translations` (the Russian picture needs the compiled .qm).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported at run time only, after the settings folder is set
    from PySide6.QtWidgets import QWidget

    from gui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
ASTRONAUT = ROOT / "tests" / "data" / "astronaut.jpg"
MAX_BYTES = 250_000  # per PNG, so the README stays light
BATCH_COPIES = 80  # the "during a batch" picture
WAIT_S = 60.0
SHOTS = ("empty", "batch", "results", "details", "editor", "guide", "results-ru", "sizes")
# "sizes": the main window as `scrubber-gui --screenshot --size` draws it on small and
# zoomed screens, one process per picture (the zoom is fixed when Qt starts). The screen
# is (width, height, zoom); the picture has the screen's pixels.
SCREENS = ((1024, 600, 1), (1366, 768, 1), (1920, 1080, 2))
LANGS = ("en", "ar", "de")  # languages not shipped yet are skipped, with a note

# What a phone writes, with plausible values (the details picture shows them).
PHONE_TAGS = (
    "-Make=Apple",
    "-Model=iPhone 12",
    "-Software=17.4.1",
    "-DateTimeOriginal=2024:06:11 14:32:07",
    "-CreateDate=2024:06:11 14:32:07",
    "-OffsetTimeOriginal=+02:00",
    "-GPSLatitude=52.37312",
    "-GPSLatitudeRef=N",
    "-GPSLongitude=4.89218",
    "-GPSLongitudeRef=E",
    "-GPSAltitude=4.2",
    "-LensModel=iPhone 12 back dual wide camera 4.2mm f/1.6",
    "-SerialNumber=F2LDJ8K3Q1GH",
    "-OwnerName=Alex Morgan",
    "-XMP-dc:Creator=Alex Morgan",
    "-XMP-photoshop:City=Amsterdam",
    "-XMP-xmp:CreatorTool=Photos 9.0",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xvfb", action="store_true", help="run under xvfb-run (X11, xcb)")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs")
    parser.add_argument("--only", choices=SHOTS, action="append", help="just these pictures")
    parser.add_argument(
        "--langs", default=" ".join(LANGS), help='languages of the sizes pictures ("en pt")'
    )
    args = parser.parse_args()
    if args.xvfb and os.environ.get("QT_QPA_PLATFORM") != "xcb":
        return _rerun_under_xvfb()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="scrubber-shots-") as tmp:
        # Before Qt is imported: QSettings reads the config folder once.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
        wanted = set(args.only or SHOTS)
        if "sizes" in wanted:
            sizes(Path(tmp), args.out, args.langs.replace(",", " ").split())
            wanted.discard("sizes")
            if not wanted:
                return 0
        shots = Shots(Path(tmp), args.out, wanted)
        return shots.run()


def sizes(tmp: Path, out: Path, langs: list[str]) -> None:
    """main-<lang>-<W>x<H>[@2x].png for each screen and language: a phone photo, a camera
    photo and a damaged file in the list, the first selected (its details shown)."""
    from gui import i18n

    folder = tmp / "sizes"
    folder.mkdir(parents=True, exist_ok=True)
    files = [
        phone_photo(folder / "IMG_20240611_143207.jpg"),
        _factory_jpeg(folder / "IMG_20240612_090115.jpg"),
        damaged(folder / "Screenshot_2024-06-12-09-02-33-118_com.whatsapp.jpg"),
    ]
    out.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        if lang not in i18n.LANGUAGES:
            print(f"note: no {lang} translation in this tree yet; its pictures are skipped")
            continue
        for width, height, zoom in SCREENS:
            name = f"main-{lang}-{width}x{height}{'@2x' if zoom > 1 else ''}.png"
            _one_size(tmp, out / name, (width, height, zoom), lang, files)


def _one_size(
    tmp: Path, target: Path, screen: tuple[int, int, int], lang: str, files: list[Path]
) -> None:
    """One `scrubber-gui --screenshot` run on an offscreen screen of that size and zoom."""
    width, height, zoom = screen
    config = tmp / f"screen-{width}x{height}.json"
    geometry = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**geometry, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=str(zoom),
        XDG_CONFIG_HOME=str(tmp / "config"),
    )
    command = [sys.executable, "-m", "gui.app", "--screenshot", str(target)]
    command += ["--size", f"{width}x{height}", "--lang", lang, *map(str, files)]
    done = subprocess.run(command, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{target.name}: scrubber-gui exited {done.returncode}")
    _shrink(target)


def _shrink(target: Path) -> None:
    """Optimise a PNG (palette only if needed) and say what was written."""
    from PIL import Image

    with Image.open(target) as im:
        picture = im.convert("RGB")
    picture.save(target, "PNG", optimize=True)
    if target.stat().st_size > MAX_BYTES:  # photos in it: 256 colours, dithered
        picture.quantize(256, method=Image.Quantize.MEDIANCUT).save(target, "PNG", optimize=True)
    size = target.stat().st_size
    shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
    print(f"{shown}  {picture.width}x{picture.height}  {size / 1000:.0f} kB")


def phone_photo(path: Path) -> Path:
    """The face test photo, with what a phone would have written into it."""
    from factories import exiftool_write

    shutil.copyfile(ASTRONAUT, path)
    exiftool_write(path, *PHONE_TAGS)
    return path


def _factory_jpeg(path: Path) -> Path:
    from factories import dirty_jpeg

    return dirty_jpeg(path, size=(1600, 1200))


def damaged(path: Path) -> Path:
    """Starts like a JPEG, then nothing but noise: what a failed download leaves."""
    path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(3000))
    return path


def _rerun_under_xvfb() -> int:
    if shutil.which("xvfb-run") is None:
        print("xvfb-run is not installed", file=sys.stderr)
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    screen = ["-s", "-screen 0 1600x1000x24"]
    command = ["xvfb-run", "-a", *screen, sys.executable, *sys.argv]
    return subprocess.run(command, env=env, check=False).returncode


class Shots:
    """The app, its files and the pictures; one method per picture."""

    def __init__(self, tmp: Path, out: Path, wanted: set[str]) -> None:
        from PySide6.QtWidgets import QApplication

        from gui import i18n, paths

        self.tmp, self.out, self.wanted = tmp, out, wanted
        self.app = QApplication([sys.argv[0]])
        self.app.setApplicationName("Scrubber")
        self.app.setOrganizationName("Scrubber")
        self.app.setApplicationDisplayName("Scrubber")
        from PySide6.QtGui import QIcon

        self.app.setWindowIcon(QIcon(str(paths.icon("scrubber"))))
        i18n.install(self.app, "en")

    # --- files --------------------------------------------------------------------------

    def folder(self, name: str) -> Path:
        path = self.tmp / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def phone_photo(self, path: Path) -> Path:
        return phone_photo(path)

    def camera_jpegs(self, folder: Path, count: int, size: tuple[int, int]) -> list[Path]:
        """Dirty camera JPEGs: one made by the test factory, then byte copies of it."""
        from factories import dirty_jpeg

        first = dirty_jpeg(folder / "IMG_20240611_150000.jpg", size=size)
        paths = [first]
        for i in range(1, count):
            copy = folder / f"IMG_20240611_{150000 + i * 7:06d}.jpg"
            shutil.copyfile(first, copy)
            paths.append(copy)
        return paths

    @staticmethod
    def damaged(path: Path) -> Path:
        return damaged(path)

    # --- the event loop -----------------------------------------------------------------

    def wait(self, done: Callable[[], bool], what: str, calm_rounds: int = 5) -> None:
        """Run the event loop until done() has held for a few rounds in a row."""
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + WAIT_S
        calm = 0
        while calm < calm_rounds:
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {WAIT_S:.0f} s for {what}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.01)
            calm = calm + 1 if done() else 0

    def settle(self, seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        self.wait(lambda: time.monotonic() > end, "a pause", calm_rounds=1)

    def idle(self, window: MainWindow) -> Callable[[], bool]:
        from PySide6.QtCore import QThreadPool

        def check() -> bool:
            pool = QThreadPool.globalInstance()
            return not window.loading and pool.activeThreadCount() == 0

        return check

    # --- pictures -----------------------------------------------------------------------

    def save(self, name: str, widget: QWidget) -> None:
        """Grab the widget, optimise the PNG (palette only if needed) and write it."""
        from PIL import Image

        raw = self.tmp / "grab.png"
        if not widget.grab().save(str(raw), "PNG"):
            raise OSError(f"could not save the picture of {name}")
        with Image.open(raw) as im:
            picture = im.convert("RGB")
        self.out.mkdir(parents=True, exist_ok=True)
        target = self.out / f"{name}.png"
        picture.save(target, "PNG", optimize=True)
        if target.stat().st_size > MAX_BYTES:  # photos in it: 256 colours, dithered
            picture.quantize(256, method=Image.Quantize.MEDIANCUT).save(
                target, "PNG", optimize=True
            )
        size = target.stat().st_size
        print(
            f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}"
            f"  {picture.width}x{picture.height}  {size / 1000:.0f} kB"
        )

    def window(self) -> MainWindow:
        from gui.mainwindow import MainWindow

        window = MainWindow()
        window.resize(1180, 760)
        window.show()
        return window

    def close(self, window: MainWindow) -> None:
        window.close()
        window.deleteLater()
        self.settle(0.1)

    def run(self) -> int:
        if "empty" in self.wanted:
            self.shot_empty()
        if "batch" in self.wanted:
            self.shot_batch()
        if self.wanted & {"results", "details", "results-ru", "guide"}:
            self.shot_results()
        if "editor" in self.wanted:
            self.shot_editor()
        return 0

    def shot_empty(self) -> None:
        window = self.window()
        self.settle()
        self.save("main-empty", window)
        self.close(window)

    def shot_batch(self) -> None:
        """Many files, cleaning in progress: some done, some being written, most waiting."""
        from gui.items import Status

        files = self.camera_jpegs(self.folder("batch"), BATCH_COPIES, (1600, 1200))
        window = self.window()
        window.add_paths(files)
        self.wait(self.idle(window), "inspection")
        # Show the rows that will be in progress when the picture is taken (and wait for
        # their thumbnails, which visible rows ask for).
        first_row = BATCH_COPIES * 2 // 5 - 3
        view, model = window.view, window.model
        view.scrollTo(model.index(first_row, 0), view.ScrollHint.PositionAtTop)
        self.wait(self.idle(window), "thumbnails")
        done = [0]
        window.runner.progress.connect(lambda n, total: done.__setitem__(0, n))
        window.clean()
        rows = range(first_row, first_row + 7)

        def in_view() -> bool:
            """Some visible files cleaned and one being cleaned (or the moment has passed)."""
            being_cleaned = any(model.items[r].status is Status.CLEANING for r in rows)
            return done[0] >= first_row + 6 or (done[0] >= first_row + 2 and being_cleaned)

        self.wait(in_view, "the batch to reach the rows in view", 1)
        if all(model.items[r].status is not Status.CLEANING for r in rows):
            print("note: no file in the visible rows was being cleaned at the grab")
        self.save("main-batch", window)
        self.wait(lambda: not window.runner.running, "the batch to end")
        self.close(window)

    def shot_results(self) -> None:
        """A small batch after cleaning: the summary, one damaged file, then its details."""
        folder = self.folder("Photos")
        phone = self.phone_photo(folder / "IMG_20240611_143207.jpg")
        others = self.camera_jpegs(folder, 4, (1600, 1200))
        plain = folder / "portrait.jpg"
        shutil.copyfile(ASTRONAUT, plain)  # no metadata: nothing to remove
        broken = self.damaged(folder / "IMG_20240612_090115.jpg")
        window = self.window()
        window.add_paths([phone, *others, plain, broken])
        self.wait(self.idle(window), "inspection and thumbnails")
        window.clean()
        self.wait(lambda: not window.runner.running, "the batch to end")
        self.select(window, phone)
        self.wait(self.previews_shown(window), "the before and after previews")
        if "results" in self.wanted:
            self.save("main-results", window)
        if "details" in self.wanted:
            # Taller than the window's default, so both lists show more than a few lines.
            window.resize(1180, 1080)
            window.splitter.setSizes([540, 640])
            self.settle()
            self.save("details", window.details)
            window.resize(1180, 760)
            window.splitter.setSizes([680, 480])
        if "guide" in self.wanted:
            from gui.guide import SafetyGuide

            guide = SafetyGuide(window)
            guide.resize(640, 700)
            guide.show()
            self.settle()
            self.save("guide", guide)
            guide.close()
        if "results-ru" in self.wanted:
            self.select(window, broken)
            window.set_language("ru")
            self.settle()
            self.save("main-results-ru", window)
            window.set_language("en")
        self.close(window)

    def select(self, window: MainWindow, path: Path) -> None:
        model = window.model
        row = next(i for i, item in enumerate(model.items) if item.path == path)
        window.view.setCurrentIndex(model.index(row, 0))
        window.view.setFocus()

    @staticmethod
    def previews_shown(window: MainWindow) -> Callable[[], bool]:
        details = window.details
        return lambda: details.preview_state("before") == details.preview_state("after") == "image"

    def shot_editor(self) -> None:
        """The face found by the detector, outlined, and a rectangle drawn by hand."""
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtTest import QTest

        from gui.editor import RedactionEditor

        photo = self.phone_photo(self.folder("editor") / "IMG_20240611_143207.jpg")
        editor = RedactionEditor(photo, [])
        editor.resize(1000, 700)
        editor.show()
        self.wait(lambda: not editor.busy(), "the photo and face detection")
        # Drag over the mission patch on the suit, as a user hides a tattoo or a logo.
        viewport = editor.canvas.viewport()
        corners = ((128, 332), (212, 410))
        points = [editor.canvas.mapFromScene(QPointF(x, y)) for x, y in corners]
        left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        QTest.mousePress(viewport, left, none, points[0])
        QTest.mouseMove(viewport, points[1])
        QTest.mouseRelease(viewport, left, none, points[1])
        self.wait(lambda: not editor.busy(), "the drawn area")
        self.settle()
        self.save("editor", editor)
        editor.reject()
        editor.deleteLater()
        self.settle(0.1)


if __name__ == "__main__":
    sys.exit(main())
