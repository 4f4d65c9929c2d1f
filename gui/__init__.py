"""The PySide6 desktop app (not yet built; see issue 4)."""
