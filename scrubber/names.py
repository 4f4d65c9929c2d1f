"""File names that give away when a photo was taken or what made it, and neutral names.

Phones, cameras and apps name files after the moment and the maker
(IMG_20240611_143207.jpg, PXL_..., "WhatsApp Image 2024-06-11 at 14.32.07.jpeg"): a copy
with such a name tells the capture time and the phone even with every tag removed.
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from scrubber import registry
from scrubber.messages import Message
from scrubber.model import Category, Finding


class Naming(StrEnum):
    """How copies are named."""

    NEUTRAL = "neutral"  # names that give something away become photo-1f0c9a2e.jpg ...
    RANDOM = "random"  # every file (and, under an output folder, folder) name is random
    KEEP = "keep"  # names stay as they are


DATE_KEY, DEVICE_KEY, APP_KEY = "name:date", "name:device", "name:app"

_YEAR = r"(?:19[89]\d|20\d\d)"
_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = r"(?:0[1-9]|[12]\d|3[01])"
_TIME = r"(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
_DATES = re.compile(
    "|".join(
        (
            # 2024-06-11, 2024_06_11, 2024.06.11
            rf"(?<!\d){_YEAR}([-_. ]){_MONTH}\1{_DAY}(?!\d)",
            # 20240611, with the time glued on as cameras write it: 20240611_143207123
            rf"(?<!\d){_YEAR}{_MONTH}{_DAY}(?:[-_T ]?{_TIME}\d{{0,3}})?(?!\d)",
            # 11.06.2024, 11-06-2024
            rf"(?<!\d){_DAY}([-_.]){_MONTH}\2{_YEAR}(?!\d)",
            # 14.32.07, 14-32-07, 14_32_07: "at 14.32.07", Telegram's photo_..._14-32-07
            r"(?<!\d)(?:[01]\d|2[0-3])([-_.:])[0-5]\d\3[0-5]\d(?!\d)",
            # 143207 right after a date: signal-2024-06-11-143207
            rf"(?<=\d[-_ ]){_TIME}(?!\d)",
        )
    )
)
# Seconds or milliseconds since 1970, as apps name downloads (FB_IMG_1718116327123).
_STAMP = re.compile(r"(?<!\d)(1[0-9]{9})(\d{3})?(?!\d)")
_STAMP_RANGE = (datetime(2005, 1, 1, tzinfo=UTC), datetime(2040, 1, 1, tzinfo=UTC))

# Camera and phone file names: a maker's prefix and a counter or date. IMG_1234 is the
# iPhone's (and many cameras') photo counter; it also links photos of one phone.
_DEVICE = re.compile(
    r"^(IMG_E|IMG|VID|PXL|MVIMG|PANO|BURST|DSC[NF]?|_DSC|_MG|MVI|DJI|GOPR|G[HX]\d\d|SAM|"
    r"CIMG|IMGP|HPIM|SDC|DCP|KIF)[_-]?\d"
    # Whole names of cameras that use no word: Panasonic P1000123, Sony C0001, MAH00012.
    r"|^(P\d{7}|C\d{4}|MAH\d{5})$",
    re.IGNORECASE,
)
# Apps that name what they save or send, in the languages the app speaks.
_APPS = (
    ("WhatsApp", re.compile(r"whatsapp|-WA\d{4}", re.IGNORECASE)),
    ("Signal", re.compile(r"^signal-", re.IGNORECASE)),
    ("Telegram", re.compile(r"telegram|^(photo|video)_\d{4}-\d\d-\d\d_", re.IGNORECASE)),
    ("Snapchat", re.compile(r"snapchat", re.IGNORECASE)),
    ("Facebook", re.compile(r"^FB_IMG|^received_\d", re.IGNORECASE)),
    ("Instagram", re.compile(r"instagram", re.IGNORECASE)),
    (
        "screenshot",
        re.compile(
            r"screen[ _-]?shot|screen[ _-]?record|bildschirmfoto|capture d.{1,2}[ée]cran|"
            r"captura de (pantalla|tela)|снимок экрана|скриншот|截屏|屏幕截图|屏幕快照|"
            r"スクリーンショット",
            re.IGNORECASE,
        ),
    ),
)

# The neutral name by kind of file; the kind comes from the extension (the core then
# corrects the extension itself if the content says otherwise).
_NEUTRAL = {"image": "photo", "video": "video", "audio": "recording", "document": "document"}


def findings(name: str) -> tuple[Finding, ...]:
    """What a file name gives away: when (TIME), which phone or camera (DEVICE), which app
    (SOFTWARE). One finding per kind, its value in plain words."""
    stem = Path(name).stem
    out: list[Finding] = []
    when = [m.group(0) for m in _DATES.finditer(stem)] + _stamps(stem)
    if when:
        shown = ", ".join(dict.fromkeys(when))
        out.append(Finding(Category.TIME, DATE_KEY, Message("name.date", shown=shown)))
    device = _DEVICE.match(stem)
    if device:
        shown = device.group(1) or device.group(2)
        out.append(Finding(Category.DEVICE, DEVICE_KEY, Message("name.device", shown=shown)))
    apps = [app for app, pattern in _APPS if pattern.search(stem)]
    if apps:
        what = Message("name.app", apps=", ".join(apps))
        out.append(Finding(Category.SOFTWARE, APP_KEY, what))
    return tuple(out)


def _stamps(stem: str) -> list[str]:
    found = []
    for m in _STAMP.finditer(stem):
        when = datetime.fromtimestamp(int(m.group(1)), UTC)
        if _STAMP_RANGE[0] <= when < _STAMP_RANGE[1]:
            found.append(f"{m.group(0)} ({when:%Y-%m-%d %H:%M} UTC)")
    return found


def neutral_stem(path: Path) -> str:
    """photo-1f0c9a2e (video-, recording-, document-, by the kind of file the name says):
    what it is, and 8 random characters.

    Random rather than photo-1, photo-2 ...: numbers would keep the order of the
    originals (their capture order, for camera names), and finding the next free number
    costs a try per copy already there, a slow second batch into a folder of thousands.
    """
    kind = _NEUTRAL.get(registry.kind_of_suffix(path.suffix) or "", "file")
    return f"{kind}-{random_stem(4)}"


def random_stem(size: int = 8) -> str:
    """2 x `size` random letters and digits that show nothing (a rare draw that would read
    as a date or a camera counter, such as 1718116327 in a row, is drawn again)."""
    while True:
        stem = secrets.token_hex(size)
        if not findings(stem):
            return stem


def compare(source: Path, final: Path) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """What naming the copy `final` did about the name of `source`: the findings its new
    name no longer shows (removed), and a warning for each it still shows."""
    before, after = findings(source.name), findings(final.name)
    removed = tuple(f for f in before if f.key not in {a.key for a in after})
    warnings = tuple(Message("name.kept", finding=f.value) for f in after)
    return removed, warnings
