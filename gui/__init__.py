"""The PySide6 desktop app (see issue 4)."""
