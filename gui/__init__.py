"""The PySide6 desktop app (see issue 4)."""

from gui import qtfix as _qtfix  # noqa: F401  (applies the guard on import)
