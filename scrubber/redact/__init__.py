"""Covering faces, tattoos and other areas of a photo so they cannot be recovered.

`redact(src, dst, regions, mode, color, options)` writes a re-encoded copy with the
areas covered and metadata built from nothing. Areas are plain data (`Region`); face
detection, when it comes, proposes areas in the same form for the user to review.
"""

from scrubber.redact.masks import Mode, parse_color
from scrubber.redact.pipeline import redact
from scrubber.redact.regions import Region, grow

__all__ = ["Mode", "Region", "grow", "parse_color", "redact"]
