"""The plain words the app uses for what a file reveals and how a clean went.

Every string goes through Qt's translation system (context "words"), so these are
functions, not constants: they must be looked up after the language is chosen.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from scrubber.model import Category, Outcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("words", text)


def badge(category: Category) -> str:
    """A one- or two-word label for the batch list."""
    match category:
        case Category.LOCATION:
            return _tr("location")
        case Category.DEVICE:
            return _tr("phone/camera")
        case Category.PERSON:
            return _tr("your name")
        case Category.TIME:
            return _tr("date")
        case Category.EMBEDDED:
            return _tr("hidden extra image/video")
        case Category.SOFTWARE:
            return _tr("editing history")
        case _:
            return _tr("other hidden data")


def sentence(category: Category) -> str:
    """What a finding of this kind means for the user, as a plain sentence."""
    match category:
        case Category.LOCATION:
            return _tr("Reveals where it was taken")
        case Category.DEVICE:
            return _tr("Identifies your phone or camera")
        case Category.PERSON:
            return _tr("Contains a name")
        case Category.TIME:
            return _tr("Tells when it was taken or made")
        case Category.EMBEDDED:
            return _tr("Hides an extra picture, video or file")
        case Category.SOFTWARE:
            return _tr("Shows editing history or the apps used")
        case _:
            return _tr("Other hidden data")


def outcome(value: Outcome) -> str:
    match value:
        case Outcome.CLEANED:
            return _tr("Cleaned")
        case Outcome.ALREADY_CLEAN:
            return _tr("Nothing to remove")
        case Outcome.REFUSED:
            return _tr("Not supported")
        case Outcome.FAILED:
            return _tr("Could not be cleaned")
        case _:
            return _tr("Cancelled")


def badges(categories: Iterable[Category]) -> list[str]:
    """Badges in a fixed order (most dangerous first), each once."""
    order = [
        Category.LOCATION,
        Category.PERSON,
        Category.DEVICE,
        Category.EMBEDDED,
        Category.TIME,
        Category.SOFTWARE,
        Category.OTHER,
    ]
    present = set(categories)
    return [badge(c) for c in order if c in present]
