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

# The app's own error code: covered areas, or a weakened fingerprint, with in-place cleaning.
NEEDS_COPY = "needs_copy"


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
            return translate("words", "Reveals where it was taken or made")
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


def title(category: Category) -> str:
    """The name of a category as the first word of a line in the details pane."""
    match category:
        case Category.LOCATION:
            return translate("words", "Location")
        case Category.DEVICE:
            return translate("words", "Phone or camera")
        case Category.PERSON:
            return translate("words", "Names")
        case Category.TIME:
            return translate("words", "Date and time")
        case Category.EMBEDDED:
            return translate("words", "Hidden extras")
        case Category.SOFTWARE:
            return translate("words", "Apps and editing")
        case _:
            return translate("words", "Other data")


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


# Most dangerous first: the batch list's badges and the details pane's groups.
ORDER = (
    Category.LOCATION,
    Category.PERSON,
    Category.DEVICE,
    Category.EMBEDDED,
    Category.TIME,
    Category.SOFTWARE,
    Category.OTHER,
)


def badges(categories: Iterable[Category]) -> list[str]:
    """Badges in a fixed order (most dangerous first), each once."""
    present = set(categories)
    return [badge(c) for c in ORDER if c in present]


def removed_badges(categories: Iterable[Category]) -> list[str]:
    """Badges of a cleaned file: what was removed, the first one saying so."""
    shown = badges(categories)
    if shown:
        shown[0] = translate("words", "removed: {what}").format(what=shown[0])
    return shown


def left_badges(categories: Iterable[Category]) -> list[str]:
    """Badges of a copy the re-check still found something in."""
    shown = badges(categories)
    if shown:
        shown[0] = translate("words", "still in the copy: {what}").format(what=shown[0])
    return shown


def error(code: str | None) -> str:
    """A plain sentence for why a file could not be read or cleaned, from the core's error
    code (scrubber.errors: each kind of failure has one). The core's own English message is
    only shown as a detail below it."""
    match code:
        case "corrupt":
            return translate("words", "This file is damaged or incomplete.")
        case "unsupported":
            return translate("words", "This type of file is not supported yet.")
        case "not_a_file":
            return translate("words", "This file cannot be found or is not a normal file.")
        case "refused":
            return translate(
                "words",
                "Scrubber cannot clean this file safely (for example it is too large "
                "or protected by a password).",
            )
        case "output" | "io":
            return translate(
                "words",
                "The copy could not be written (is the disk full or the folder read-only?)",
            )
        case "verification":
            return translate(
                "words", "The copy still contained identifying data, so it was deleted."
            )
        case "cancelled":
            return translate("words", "Not done: cleaning was cancelled.")
        case "regions":
            return translate(
                "words", "The areas to cover do not fit this picture, so nothing was written."
            )
        case "detector":
            return translate("words", "Finding faces automatically does not work on this computer.")
        case "needs_copy":
            return translate(
                "words",
                "Photos with areas to cover or a weakened camera fingerprint need a copy: "
                "turn off “Replace the originals”.",
            )
        case "link":
            return translate(
                "words", "This is a link to another file or folder; it was not followed."
            )
        case "memory":
            return translate("words", "There is not enough memory to clean this file.")
        case "crash":
            return translate(
                "words",
                "This file made Scrubber's reader crash (the file may be damaged). "
                "It was not cleaned.",
            )
        case "timeout":
            return translate(
                "words",
                "Reading this file took far too long (it may be damaged), so it was stopped. "
                "It was not cleaned.",
            )
        case _:  # internal, error: a fault of ours, not of the file
            return translate(
                "words", "Something went wrong in Scrubber with this file. Nothing was written."
            )
