"""Undoable edits in the redaction editor: add, delete, move, resize, switch on/off, change
the look.

They have no text: the editor shows plain Undo/Redo buttons, not a history list.
Commands hold the items themselves (an item taken off the scene stays alive here), and
call back into the editor, which keeps the scene, the side list and the preview in step.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF
from PySide6.QtGui import QUndoCommand

from gui.editor_items import AreaItem
from scrubber.redact.regions import Region

MOVE_ID = 1  # consecutive arrow-key moves of the same areas merge into one undo step
RESHAPE_ID = 2  # and so do consecutive resizes of the same area


class Host(Protocol):
    def attach(self, item: AreaItem, index: int | None = None) -> None: ...
    def detach(self, item: AreaItem) -> int: ...
    def set_enabled(self, item: AreaItem, on: bool) -> None: ...
    def set_look(self, mode: str, color: tuple[int, int, int]) -> None: ...
    def changed(self) -> None: ...


class Add(QUndoCommand):
    def __init__(self, host: Host, item: AreaItem) -> None:
        super().__init__()
        self.host, self.item = host, item

    def redo(self) -> None:
        self.host.attach(self.item)

    def undo(self) -> None:
        self.host.detach(self.item)


class Delete(QUndoCommand):
    def __init__(self, host: Host, items: list[AreaItem]) -> None:
        super().__init__()
        self.host, self.items = host, items
        self.places: list[int] = []

    def redo(self) -> None:
        self.places = [self.host.detach(item) for item in self.items]

    def undo(self) -> None:
        for item, index in reversed(list(zip(self.items, self.places, strict=True))):
            self.host.attach(item, index)


class Move(QUndoCommand):
    """Items are already where the user put them when this is pushed; the first redo()
    (which QUndoStack.push calls) just records that."""

    def __init__(
        self, host: Host, moves: list[tuple[AreaItem, QPointF, QPointF]], keys: bool
    ) -> None:
        super().__init__()
        self.host = host
        self.items = [m[0] for m in moves]
        self.old = [QPointF(m[1]) for m in moves]
        self.new = [QPointF(m[2]) for m in moves]
        self.keys = keys

    def id(self) -> int:
        return MOVE_ID if self.keys else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Move) or other.items != self.items:
            return False
        self.new = other.new
        return True

    def _place(self, where: list[QPointF]) -> None:
        for item, pos in zip(self.items, where, strict=True):
            item.setPos(pos)
        self.host.changed()

    def redo(self) -> None:
        self._place(self.new)

    def undo(self) -> None:
        self._place(self.old)


class Reshape(QUndoCommand):
    """A new size for one area (Ctrl+arrow keys); like Move, already done when pushed."""

    def __init__(self, host: Host, item: AreaItem, old: Region, new: Region) -> None:
        super().__init__()
        self.host, self.item, self.old, self.new = host, item, old, new

    def id(self) -> int:
        return RESHAPE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Reshape) or other.item is not self.item:
            return False
        self.new = other.new
        return True

    def _set(self, region: Region) -> None:
        self.item.set_base(region)
        self.host.changed()

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class Toggle(QUndoCommand):
    def __init__(self, host: Host, item: AreaItem, on: bool) -> None:
        super().__init__()
        self.host, self.item, self.on = host, item, on

    def redo(self) -> None:
        self.host.set_enabled(self.item, self.on)

    def undo(self) -> None:
        self.host.set_enabled(self.item, not self.on)


class Look(QUndoCommand):
    def __init__(
        self,
        host: Host,
        old: tuple[str, tuple[int, int, int]],
        new: tuple[str, tuple[int, int, int]],
    ) -> None:
        super().__init__()
        self.host, self.old, self.new = host, old, new

    def redo(self) -> None:
        self.host.set_look(*self.new)

    def undo(self) -> None:
        self.host.set_look(*self.old)
