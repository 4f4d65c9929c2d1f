"""One plain value per category: what a file gives away, in a few words.

"52.37° N, 4.90° E, 12 m above sea level" rather than six GPS tags; "Apple iPhone 13,
serial 123" rather than Make, Model and BodySerialNumber. The raw tags stay available in
the details pane's technical section.

No place names: turning coordinates into "near Amsterdam" needs a place database, and the
app is offline and ships none (a useful one is tens of megabytes and would be one more
licensed data set to keep current); the coordinates are what the file really says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from gui import messages
from scrubber.messages import Message
from scrubber.model import Category, Finding

translate = QCoreApplication.translate

MOST_VALUES = 3  # values shown per line; the rest is counted
LONGEST = 60  # characters of one value

# 52° 22' 12.3" N (EXIF as the engine shows it), 52,22.205N (XMP), +52.3700+004.9000/ (ISO 6709)
_DMS = re.compile(r"(\d+(?:\.\d+)?)°\s*(?:(\d+(?:\.\d+)?)'\s*)?(?:(\d+(?:\.\d+)?)\"\s*)?([NSEW])?")
_XMP = re.compile(r"^(\d+),(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?([NSEW])$")
_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)")
_DATE = re.compile(r"(\d{4})[:\-/](\d\d)[:\-/](\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d))?)?")


def summary(category: Category, findings: Sequence[Finding]) -> str:
    """The plain value of one category's findings, in the current language."""
    match category:
        case Category.LOCATION:
            return _location(findings)
        case Category.DEVICE:
            return _device(findings)
        case Category.TIME:
            return _time(findings)
        case Category.EMBEDDED | Category.OTHER:
            return _count(len(findings))
        case _:
            return _values(findings)


def _count(n: int) -> str:
    if n == 1:
        return translate("plain", "1 item")
    return translate("plain", "{count} items").format(count=QLocale().toString(n))


def _shown(value: str) -> str:
    if isinstance(value, Message) and value.id in ("name.date", "name.device", "name.app"):
        # The line's title already says what it is: only where it shows.
        where = value.params.get("shown") or value.params.get("apps", "")
        return translate("plain", "in the file name: {shown}").format(shown=where)
    text = messages.text(value)
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


def _values(findings: Sequence[Finding], skip: set[str] | None = None) -> str:
    """Distinct values, most MOST_VALUES, and how many more."""
    seen = dict.fromkeys(
        _shown(f.value)
        for f in findings
        if f.value and not (isinstance(f.value, Message) and f.value.id == "value.bytes")
    )
    values = [v for v in seen if v not in (skip or set())]
    if not values:
        return _count(len(findings))
    shown = ", ".join(values[:MOST_VALUES])
    more = len(values) - MOST_VALUES
    if more > 0:
        shown = translate("plain", "{values} and {count} more").format(
            values=shown, count=QLocale().toString(more)
        )
    return shown


def _key(finding: Finding) -> str:
    return finding.key.rsplit(":", 1)[-1].lower()


_GEO_KEYS = {"latitude", "longitude", "location", "©xyz", "xyz"}


def _location(findings: Sequence[Finding]) -> str:
    lat = lon = None
    parts: list[str] = []
    for f in findings:
        key = _key(f)
        if key in ("gpslatitude", "latitude") and lat is None:
            lat = _degrees(f.value, "NS")
        elif key in ("gpslongitude", "longitude") and lon is None:
            lon = _degrees(f.value, "EW")
        elif key in ("gpscoordinates", "location", "©xyz", "xyz") and lat is None:
            m = _ISO6709.match(f.value.strip())
            if m:
                lat, lon = float(m.group(1)), float(m.group(2))
    if lat is not None and lon is not None:
        parts.append(coordinates(lat, lon))
    altitude = [f.value for f in findings if isinstance(f.value, Message)]
    parts += [messages.text(v) for v in altitude if v.id.startswith("value.altitude")][:1]
    # Places the file names in words (a city, a street): shown as written.
    named = [f for f in findings if not _key(f).startswith("gps") and _key(f) not in _GEO_KEYS]
    if named and parts:
        parts.append(_values(named))
    return ", ".join(parts) if parts else _values(findings)


def _degrees(value: str, refs: str) -> float | None:
    """Signed decimal degrees from what a GPS tag shows, or None."""
    text = value.strip()
    m = _XMP.match(text)
    if m:
        deg = float(m.group(1)) + float(m.group(2)) / 60 + float(m.group(3) or 0) / 3600
        ref = m.group(4)
    else:
        m = _DMS.match(text)
        if m is None:
            try:
                return float(text)
            except ValueError:
                return None
        deg = float(m.group(1)) + float(m.group(2) or 0) / 60 + float(m.group(3) or 0) / 3600
        ref = m.group(4) or refs[0]
    return -deg if ref == refs[1] else deg


def coordinates(lat: float, lon: float) -> str:
    """52.37° N, 4.90° E, with the user's decimal mark and words for the compass points."""
    locale = QLocale()
    north = locale.toString(abs(lat), "f", 2)
    east = locale.toString(abs(lon), "f", 2)
    ns = translate("plain", "{deg}° N") if lat >= 0 else translate("plain", "{deg}° S")
    ew = translate("plain", "{deg}° E") if lon >= 0 else translate("plain", "{deg}° W")
    return f"{ns.format(deg=north)}, {ew.format(deg=east)}"


def _device(findings: Sequence[Finding]) -> str:
    make = next((f.value for f in findings if _key(f) == "make" and f.value), "")
    model = next((f.value for f in findings if _key(f) == "model" and f.value), "")
    serial = next((f.value for f in findings if "serial" in _key(f) and f.value), "")
    parts = []
    if make and model.lower().startswith(make.lower()):
        make = ""  # Canon writes "Canon" and "Canon EOS 80D"
    name = " ".join(v for v in (make, model) if v)
    if name:
        parts.append(_shown(name))
    if serial:
        parts.append(translate("plain", "serial {number}").format(number=_shown(serial)))
    rest = [f for f in findings if _key(f) not in ("make", "model") and "serial" not in _key(f)]
    if rest:
        parts.append(_values(rest, skip=set(parts)))
    return ", ".join(p for p in parts if p)


def _time(findings: Sequence[Finding]) -> str:
    """The earliest date in the file, written the user's way; else the values as found."""
    dates = []
    for f in findings:
        m = _DATE.search(f.value) if not isinstance(f.value, Message) else None
        if m is None:
            continue
        y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
        when = QDateTime.fromString(
            f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}", Qt.DateFormat.ISODate
        )
        if when.isValid() and y > 1900:
            dates.append(when)
    if dates:
        # The user's short format, with the whole year: "6/11/24" could be any century.
        locale = QLocale()
        fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
        return locale.toString(min(dates), fmt.replace("yyyy", "yy").replace("yy", "yyyy"))
    return _values(findings)
