"""Every text in the main window reads at 4.5:1 or more (WCAG 2 AA), light and dark.

The ratios are computed from the colours the widgets are given, after the app corrected
its palette at start (gui/app.py calls contrast.apply), with see-through colours
composited over what they are drawn on.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory
from pytestqt.qtbot import QtBot

from gui import contrast
from gui.batchview import BadgeDelegate, Column
from gui.details import Preview
from gui.mainwindow import MainWindow

Role = QPalette.ColorRole
ACTIVE = QPalette.ColorGroup.Active  # disabled controls (Clean, empty list) are exempt


def dark() -> QPalette:
    """A dark desktop palette (KDE Breeze Dark's colours), placeholder at half alpha as
    Qt makes it."""
    palette = QPalette()
    colours = {
        Role.Window: "#202326",
        Role.WindowText: "#fcfcfc",
        Role.Base: "#141618",
        Role.AlternateBase: "#1d1f22",
        Role.Text: "#fcfcfc",
        Role.Button: "#292c30",
        Role.ButtonText: "#fcfcfc",
        Role.Highlight: "#3daee9",
        Role.HighlightedText: "#fcfcfc",
        Role.ToolTipBase: "#292c30",
        Role.ToolTipText: "#fcfcfc",
    }
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    palette.setColor(Role.PlaceholderText, QColor(252, 252, 252, 128))
    return palette


def light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def shown(ink: QColor, background: QColor) -> float:
    return contrast.ratio(contrast.over(ink, background), background)


@pytest.fixture(params=["light", "dark"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication
) -> Iterator[MainWindow]:
    before = qapp.palette()
    qapp.setPalette(light() if request.param == "light" else dark())
    contrast.apply(qapp)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    qapp.setPalette(before)


def test_the_desktop_palettes_alone_would_fail() -> None:
    # The case for the correction: without it these are below 4.5:1.
    for palette in (light(), dark()):
        selected = contrast.ratio(
            palette.color(Role.HighlightedText), palette.color(Role.Highlight)
        )
        placeholder = shown(palette.color(Role.PlaceholderText), palette.color(Role.Base))
        assert min(selected, placeholder) < contrast.LEAST


def test_every_text_reads_at_4_5_to_1(window: MainWindow) -> None:
    found: dict[str, float] = {}
    view = window.view.viewport().palette()
    found["list text"] = min(
        shown(view.color(ACTIVE, Role.Text), view.color(ACTIVE, Role.Base)),
        shown(view.color(ACTIVE, Role.Text), view.color(ACTIVE, Role.AlternateBase)),
    )
    found["empty list hint"] = shown(
        view.color(ACTIVE, Role.PlaceholderText), view.color(ACTIVE, Role.Base)
    )
    found["selected row"] = shown(
        view.color(ACTIVE, Role.HighlightedText), view.color(ACTIVE, Role.Highlight)
    )
    preview = window.details.findChild(Preview)
    assert preview is not None
    own = preview.palette()
    found["no preview"] = shown(
        own.color(ACTIVE, Role.PlaceholderText), own.color(ACTIVE, preview.backgroundRole())
    )
    labels = window.palette()
    found["labels"] = shown(
        labels.color(ACTIVE, Role.WindowText), labels.color(ACTIVE, Role.Window)
    )
    button = window.clean_button.palette()
    found["buttons"] = shown(
        button.color(ACTIVE, Role.ButtonText), button.color(ACTIVE, Role.Button)
    )
    tip = window.clean_button.palette()
    found["tooltips"] = shown(
        tip.color(ACTIVE, Role.ToolTipText), tip.color(ACTIVE, Role.ToolTipBase)
    )

    delegate = window.view.itemDelegateForColumn(Column.REVEALS)
    assert isinstance(delegate, BadgeDelegate)
    for selected in (False, True):
        ink, fill, _ = delegate.chip_colours(view, selected)
        rows = [Role.Highlight] if selected else [Role.Base, Role.AlternateBase]
        chip = min(shown(ink, contrast.over(fill, view.color(ACTIVE, r))) for r in rows)
        found[f"chip on {'a selected' if selected else 'a'} row"] = chip

    low = {name: round(value, 2) for name, value in found.items() if value < contrast.LEAST}
    assert low == {}


def test_ratio_matches_wcag_reference_values() -> None:
    assert contrast.ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast.ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast.ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
