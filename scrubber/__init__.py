"""Scrubber: remove identifying data from photos and documents, offline.

The public API is `inspect(path) -> Report` and `clean(src, dst, options) -> CleanResult`.
This package never imports Qt and never touches the network.
"""

__version__ = "0.1.0"

# First: the libraries' telemetry is switched off before any of them can be imported.
from scrubber import optouts  # noqa: F401
from scrubber.core import clean, inspect
from scrubber.model import (
    Category,
    CleanOptions,
    CleanResult,
    ColourProfile,
    Finding,
    Orientation,
    Outcome,
    Report,
)

__all__ = [
    "Category",
    "CleanOptions",
    "CleanResult",
    "ColourProfile",
    "Finding",
    "Orientation",
    "Outcome",
    "Report",
    "__version__",
    "clean",
    "inspect",
]
