"""Text that can be read: every text colour at least 4.5:1 against what it is drawn on.

WCAG 2 contrast (relative luminance of sRGB colours). Desktop palettes do not promise it:
Fusion's light placeholder text is 4.0:1 on white, white on its blue selection 3.6:1, and
dark themes do worse. The app's palette is corrected once at start (apply()), moving
each text colour, or the selection colour behind white text, just far enough.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

LEAST = 4.5  # WCAG 2 AA for ordinary text
_STEPS = 40

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
# Each text role and the backgrounds it is drawn on. Disabled texts are exempt (WCAG
# 1.4.3). Placeholder text: in empty lists (Base) and the details pane's picture (Window).
TEXTS = {
    Role.Text: (Role.Base, Role.AlternateBase),
    Role.WindowText: (Role.Window,),
    Role.ButtonText: (Role.Button,),
    Role.ToolTipText: (Role.ToolTipBase,),
    Role.PlaceholderText: (Role.Base, Role.AlternateBase, Role.Window),
}
GROUPS = (Group.Active, Group.Inactive)


def _channel(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    r, g, b = (_channel(v) for v in (color.red(), color.green(), color.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(top: QColor, below: QColor) -> QColor:
    """`top` (with its alpha) painted over opaque `below`."""
    a = top.alphaF()
    return QColor(
        round(top.red() * a + below.red() * (1 - a)),
        round(top.green() * a + below.green() * (1 - a)),
        round(top.blue() * a + below.blue() * (1 - a)),
    )


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def _toward(color: QColor, end: QColor, against: list[QColor]) -> QColor | None:
    for step in range(_STEPS + 1):
        moved = _mix(color, end, step / _STEPS)
        if all(ratio(moved, bg) >= LEAST for bg in against):
            return moved
    return None


def readable(ink: QColor, *backgrounds: QColor) -> QColor:
    """`ink`, or the nearest colour toward black or white (its own side first) that
    has LEAST contrast with every background."""
    opaque = [QColor(b.red(), b.green(), b.blue()) for b in backgrounds]
    # A see-through ink (Qt's placeholder text is the text colour at half alpha) is
    # judged, and kept, as it shows on the first background.
    ink = over(ink, opaque[0])
    lighter = luminance(ink) >= max(luminance(b) for b in opaque)
    ends = [QColor("white"), QColor("black")]
    for end in ends if lighter else ends[::-1]:
        found = _toward(ink, end, opaque)
        if found is not None:
            return found
    return QColor("black") if luminance(opaque[0]) > 0.18 else QColor("white")


def fix(palette: QPalette) -> QPalette:
    """A copy of `palette` whose texts all have LEAST contrast (see TEXTS), and whose
    selection colour has it with the selected text."""
    out = QPalette(palette)
    for group in GROUPS:
        for text, backgrounds in TEXTS.items():
            below = [out.color(group, b) for b in backgrounds]
            out.setColor(group, text, readable(out.color(group, text), *below))
        # Selected rows: keep the selected text colour (usually white), move the selection.
        ink = out.color(group, Role.HighlightedText)
        high = out.color(group, Role.Highlight)
        if ratio(ink, high) < LEAST:
            out.setColor(group, Role.Highlight, readable(high, ink))
    return out


def apply(app: QGuiApplication) -> None:
    """Give the whole app the corrected palette (before its windows are made)."""
    app.setPalette(fix(app.palette()))
