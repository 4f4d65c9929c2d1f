"""The few lines shown after a batch: how many files were cleaned, which could not be, and
where the copies are.

Each part is a whole sentence of its own (one translation each), so every language uses
its own word order and punctuation. The counts share the first line; the folder of the
copies, then each problem, get a line of their own: the list above keeps its room.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gui import words
from gui.items import BatchItem
from scrubber.model import Outcome, escape

translate = QCoreApplication.translate

NAMED = 5  # problems named one by one; the rest are in the list
COUNTS_GAP = "   "  # between the count sentences on the first line


def problems(items: Sequence[BatchItem]) -> list[BatchItem]:
    return [i for i in items if i.result and i.result.outcome in (Outcome.FAILED, Outcome.REFUSED)]


def lines(items: Sequence[BatchItem], cancelled: bool) -> list[str]:
    """The summary of a finished batch of these items."""
    results = [i.result for i in items if i.result is not None]
    count = {o: sum(r.outcome is o for r in results) for o in Outcome}
    bad = problems(items)
    out: list[str] = []
    if cancelled:
        out.append(translate("Summary", "Cancelled."))
    if count[Outcome.CLEANED]:
        out.append(translate("Summary", "{n} cleaned.").format(n=count[Outcome.CLEANED]))
    if count[Outcome.ALREADY_CLEAN]:
        out.append(
            translate("Summary", "{n} had nothing to remove.").format(
                n=count[Outcome.ALREADY_CLEAN]
            )
        )
    if bad:
        out.append(translate("Summary", "{n} could not be cleaned.").format(n=len(bad)))
    if count[Outcome.CANCELLED]:
        out.append(
            translate("Summary", "{n} not done (cancelled).").format(n=count[Outcome.CANCELLED])
        )
    if not any(count.values()):
        out.append(translate("Summary", "Nothing was cleaned."))
    out = [COUNTS_GAP.join(out)]  # some languages end these without a full stop
    # Right after the counts, so it is never below the fold of the summary's few lines.
    for folder in copy_folders(items):
        where = translate("Summary", "Clean copies are in: {folder}")
        out.append(where.format(folder=escape(str(folder))))
    for item in bad[:NAMED]:
        assert item.result is not None
        code = item.result.error.code if item.result.error else None
        out.append(
            translate("Summary", "{name}: {reason}").format(
                name=item.display_name(), reason=words.error(code)
            )
        )
    if len(bad) > NAMED:
        out.append(translate("Summary", "…and {n} more: see the list.").format(n=len(bad) - NAMED))
    return out


def copy_folders(items: Sequence[BatchItem]) -> list[Path]:
    """The folders that hold the copies of these items now, in list order (a copy that
    replaced an earlier one stays in that one's folder); none when cleaned in place."""
    folders: dict[Path, None] = {}
    for item in items:
        result = item.result
        if result and result.outcome.ok and result.output and result.output != result.source:
            folders[result.output.parent] = None
    return [folder for folder in folders if folder.is_dir()]
