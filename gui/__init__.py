"""The PySide6 desktop app (see issue 4). Importing it applies one guard, below."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# PySide6 6.12's SignalInstance.emit() returns True (or False) without taking a reference
# to it. On CPython before 3.12 every emit() from Python therefore drops a reference to
# True; after some thousands of emits (a batch of a few hundred files) the interpreter
# aborts with "Fatal Python error: bool_dealloc". True and False are static objects that
# are never freed, so a huge reference count, which is what Python 3.12+ gives them
# ("immortal" objects), makes the lost references harmless.
EXTRA_REFERENCES = 1 << 48


class _Probe(QObject):
    ping = Signal()


def emit_loses_references() -> bool:
    """Whether emit() drops a reference to its True/False result (the PySide6 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(8):
        probe.ping.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    return after[0] < before[0] or after[1] < before[1]


def _guard_bool_refcounts() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if not emit_loses_references():
        return
    for value in (True, False):
        cell = ctypes.c_ssize_t.from_address(id(value))
        # Only where ob_refcnt is the first field, as in every release build of 3.11.
        if cell.value == sys.getrefcount(value) - 1:
            cell.value += EXTRA_REFERENCES


_guard_bool_refcounts()
