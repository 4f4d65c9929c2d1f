"""The plain words the app uses for what a file reveals and how a clean went.

Every string goes through Qt's translation system (context "words"), so these are
functions, not constants: they must be looked up after the language is chosen.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from scrubber.model import Category, Outcome

# Called as translate("words", "...") with literal strings: that is what lupdate extracts
# (a one-argument wrapper hides the strings from it).
translate = QCoreApplication.translate


def badge(category: Category) -> str:
    """A one- or two-word label for the batch list."""
    match category:
        case Category.LOCATION:
            return translate("words", "location")
        case Category.DEVICE:
            return translate("words", "phone/camera")
        case Category.PERSON:
            return translate("words", "your name")
        case Category.TIME:
            return translate("words", "date")
        case Category.EMBEDDED:
            return translate("words", "hidden extra image/video")
        case Category.SOFTWARE:
            return translate("words", "editing history")
        case _:
            return translate("words", "other hidden data")


def sentence(category: Category) -> str:
    """What a finding of this kind means for the user, as a plain sentence."""
    match category:
        case Category.LOCATION:
            return translate("words", "Reveals where it was taken")
        case Category.DEVICE:
            return translate("words", "Identifies your phone or camera")
        case Category.PERSON:
            return translate("words", "Contains a name")
        case Category.TIME:
            return translate("words", "Tells when it was taken or made")
        case Category.EMBEDDED:
            return translate("words", "Hides an extra picture, video or file")
        case Category.SOFTWARE:
            return translate("words", "Shows editing history or the apps used")
        case _:
            return translate("words", "Other hidden data")


def outcome(value: Outcome) -> str:
    match value:
        case Outcome.CLEANED:
            return translate("words", "Cleaned")
        case Outcome.ALREADY_CLEAN:
            return translate("words", "Nothing to remove")
        case Outcome.REFUSED:
            return translate("words", "Not supported")
        case Outcome.FAILED:
            return translate("words", "Could not be cleaned")
        case _:
            return translate("words", "Cancelled")


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
