"""A guard against a reference-counting bug in PySide6 6.12, applied once on import.

PySide6 6.12.0 (abi3 wheel) returns None, True and False to Python without taking a
reference: every call of a void method (setText, start, clear, ...) drops a reference
to None, every signal emit() one to True. Python 3.12+ makes these objects immortal, so
nothing happens there. On 3.10/3.11 their counts fall with every call, and after some
thousands of calls (a batch of a few hundred files, or a few minutes of painting) the
interpreter aborts: "Fatal Python error: none_dealloc" or "bool_dealloc".

None, True and False are static objects that are never freed, so giving them a huge
reference count, which is what 3.12 does, makes the lost references harmless.

Imported by gui/__init__.py and again by the main modules (app, main window, workers),
so it is in force even where tests/gui shadows the gui package as a namespace package.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

EXTRA_REFERENCES = 1 << 48  # 2.8e14 lost references before any trouble
_SINGLETONS = (None, True, False)


class _Probe(QObject):
    ping = Signal()


def _counts() -> tuple[int, ...]:
    return tuple(sys.getrefcount(value) for value in _SINGLETONS)


def loses_references() -> bool:
    """Whether this PySide6 drops references to None/True/False (probed, not assumed)."""
    probe = _Probe()
    before = _counts()
    for _ in range(8):
        probe.ping.emit()
        probe.setObjectName("probe")
    after = _counts()
    return any(a < b for a, b in zip(after, before, strict=True))


def _guard() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # immortal there already
    if not loses_references():
        return
    for value in _SINGLETONS:
        cell = ctypes.c_ssize_t.from_address(id(value))
        # Only where ob_refcnt is the object's first field, as in release builds.
        if cell.value == sys.getrefcount(value) - 1:
            cell.value += EXTRA_REFERENCES


_applied = False


def apply() -> None:
    global _applied
    if not _applied:
        _applied = True
        _guard()


apply()
