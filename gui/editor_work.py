"""The redaction editor's slow work: decoding, face detection and the preview, off the GUI
thread so a 12 MP photo never freezes the window.

The photo (or a clip's frame) is decoded in one of the app's worker processes
(scrubber.isolation): a stranger's file that crashes or hangs a decoder costs the editor
its picture (one plain line), never the app and its batch. Face detection and the
preview work on those decoded pixels, not on the file, so they stay in the app's threads.

Each job runs in QThreadPool.globalInstance() and reports through a Relay, a parentless
QObject that the job keeps alive: if the editor is closed first, the late result is simply
not delivered (Qt drops the connection with the receiver) and nothing crashes. PySide still
deletes every parentless QObject when the app quits, even one a running job holds: a
detection that ends after that has nobody to tell, and says nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PIL import Image
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtGui import QImage

from gui import words
from gui.thumbs import to_qimage
from scrubber import isolation
from scrubber.cancel import CancelToken
from scrubber.errors import DetectorUnavailable, ScrubberError
from scrubber.isolation import Isolation
from scrubber.redact import detect, masks
from scrubber.redact.regions import Region

# translate("RedactionEditor", "...") with literal strings, so lupdate finds them.
translate = QCoreApplication.translate

# The photo is shown from a copy at most this long on its longer side: a 12 MP pixmap is
# slow to scale on every repaint and 36 MB of video memory; regions keep full-size units.
DISPLAY_MAX = 2560
PRIORITY = 10


@dataclass(frozen=True)
class Loaded:
    image: Image.Image  # the full picture as displayed (region coordinates are its pixels)
    shown: QImage  # the copy for the screen, at most DISPLAY_MAX long


@dataclass(frozen=True)
class Failed:
    message: str  # one plain line for the user


class Relay(QObject):
    """Carries a job's result (Loaded/Failed, a list of regions, a QImage) to the GUI."""

    finished = Signal(str, int, object)  # job kind, request number, result


def start(relay: Relay, kind: str, serial: int, work: Callable[[], object]) -> None:
    def job() -> None:
        try:
            result = work()
        except DetectorUnavailable:
            # Shown as "Face detection is not available ({reason})": the core's English
            # reason names packages and files, which mean nothing to the user.
            result = Failed(translate("RedactionEditor", "its files are missing or damaged"))
        except ScrubberError as e:
            result = Failed(words.error(e.code))
        except MemoryError:
            result = Failed(
                translate("RedactionEditor", "There is not enough memory to open this photo.")
            )
        except Exception:  # never let a bad file kill the worker; say it plainly
            result = Failed(translate("RedactionEditor", "The photo could not be opened."))
        deliver(relay, kind, serial, result)

    # Ahead of queued batch work (thumbnails, inspection): the user is waiting on this.
    QThreadPool.globalInstance().start(job, PRIORITY)


def deliver(relay: Relay, kind: str, serial: int, result: object) -> None:
    """Emit a result unless the relay is gone (the app quit while the job ran)."""
    if not shiboken6.isValid(relay):
        return
    with contextlib.suppress(RuntimeError):  # deleted between the check and the emit
        relay.finished.emit(kind, serial, result)


def shown_copy(im: Image.Image) -> Image.Image:
    if max(im.size) <= DISPLAY_MAX:
        return im
    small = im.copy()
    small.thumbnail((DISPLAY_MAX, DISPLAY_MAX), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return small


def load(path: Path, pool: Isolation, cancel: CancelToken | None = None) -> Loaded:
    """The photo as redact() covers it, decoded in a worker process of `pool`."""
    limit = isolation.PICTURE.for_file(path)
    picture = pool.call(isolation.shown_picture, path, limit_s=limit, cancel=cancel)
    im = picture.image()
    return Loaded(im, to_qimage(shown_copy(im)))


def faces(im: Image.Image, search: detect.Search) -> list[Region]:
    return detect.detect_faces(im, search)


def preview(
    im: Image.Image, regions: Sequence[Region], mode: str, color: tuple[int, int, int]
) -> QImage:
    """Exactly what redact() writes (same covering on the full picture), scaled for the
    screen afterwards so small areas are covered the same way as in the file."""
    covered = masks.apply(im, regions, masks.Mode(mode), color) if regions else im
    return to_qimage(shown_copy(covered))
