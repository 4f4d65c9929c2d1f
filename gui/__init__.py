"""The PySide6 desktop app (see issue 4)."""

# Before anything else of the app: the libraries' telemetry off (see scrubber/optouts.py).
import scrubber.optouts  # noqa: F401
