"""Content a document holds but does not show: hidden slides, sheets and text, speaker
notes. It is the user's own, so it is kept unless the options say to remove it, and
either way the user is told in a plain sentence: a reader of the copy can show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from scrubber.messages import Message
from scrubber.model import Category, CleanOptions

# kind -> (finding key, what the finding says). When kept, the user is told by the
# messages "hidden.<kind>" (n of them) and "hidden.<kind>_one".
KINDS: dict[str, tuple[str, str]] = {
    "slides": ("HiddenSlides", "hidden slides"),
    "notes": ("SpeakerNotes", "speaker notes"),
    "sheets": ("HiddenSheets", "hidden sheets"),
    "text": ("HiddenText", "hidden text"),
    "sections": ("HiddenSections", "hidden sections"),
}


@dataclass
class Hidden:
    """Counts of hidden content found, and whether each kind is removed."""

    remove_notes: bool = False
    remove_hidden: bool = False

    def __post_init__(self) -> None:
        self.found: dict[str, int] = dict.fromkeys(KINDS, 0)

    @classmethod
    def of(cls, options: CleanOptions | None) -> Hidden:
        """Inspecting (no options) removes nothing: what stays is only reported."""
        if options is None:
            return cls()
        return cls(options.remove_notes, options.remove_hidden)

    def removes(self, kind: str) -> bool:
        return self.remove_notes if kind == "notes" else self.remove_hidden

    def add(self, kind: str, n: int = 1) -> bool:
        """Count `n` of a kind; True when they are to be removed."""
        self.found[kind] += n
        return self.removes(kind)

    def report(self, note: Callable[..., None], warnings: list[str], prefix: str) -> None:
        """Removed kinds become findings, kept ones warnings."""
        for kind, n in self.found.items():
            if not n:
                continue
            key, what = KINDS[kind]
            if self.removes(kind):
                note(Category.OTHER, prefix + key, what, n)
            elif n == 1:
                warnings.append(Message(f"hidden.{kind}_one"))
            else:
                warnings.append(Message(f"hidden.{kind}", count=n))
