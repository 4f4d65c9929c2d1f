"""Faces over time: boxes found in some frames of a clip, spread to the frames around them.

The detector runs on every `step`-th frame (it is the slow part). A frame is covered
with the boxes found in every detection frame within `reach` frames of it, before or
after, so a face missed in one detection, or moving in or out between two, is still
covered. Between two detection frames, a box is joined with the nearest box of the next
detection frame (the same face, moved): their common outline covers every place the
face passed through on a straight path, however fast it moved.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from scrubber.redact.regions import Region

# Boxes in two detection frames are taken for one face if their centres are at most this
# many box sizes apart per detection interval (a face crossing a 1080p frame in a second
# moves 0.4 of its width in 1/6 s: well inside).
MATCH_DISTANCE = 1.5


@dataclass
class FaceTimeline:
    step: int  # the detector runs on frames 0, step, 2 * step, ...
    hold: int  # extra frames before and after a detection a face stays covered
    found: dict[int, list[Region]] = field(default_factory=dict)
    _with_faces: list[int] = field(default_factory=list)  # sorted frames with boxes

    @property
    def reach(self) -> int:
        return self.step + self.hold

    def wants(self, index: int) -> bool:
        """Whether the detector should look at this frame."""
        return index % self.step == 0

    def add(self, index: int, boxes: list[Region]) -> None:
        self.found[index] = boxes
        if boxes:
            bisect.insort(self._with_faces, index)

    def lookahead(self) -> int:
        """Frames after frame i whose detections frame i's covers may depend on."""
        return 2 * self.step + self.hold

    def covers(self, index: int) -> list[Region]:
        """The face boxes to cover in frame `index` (rectangles, possibly overlapping)."""
        frames = self._with_faces
        lo = bisect.bisect_left(frames, index - self.reach)
        hi = bisect.bisect_right(frames, index + self.reach)
        out = [box for d in frames[lo:hi] for box in self.found[d]]
        # The detection frames just before and after: join each face with where it went.
        before = bisect.bisect_right(frames, index) - 1
        if 0 <= before < len(frames) - 1:
            d0, d1 = frames[before], frames[before + 1]
            if d1 - d0 <= self.lookahead():
                out += _paths(self.found[d0], self.found[d1], (d1 - d0) / self.step)
        return out


def _paths(first: list[Region], second: list[Region], steps: float) -> list[Region]:
    """The outline of each face's two places, `steps` detection intervals apart."""
    out = []
    for a in first:
        b = min(second, key=lambda r: _distance(a, r))
        if _distance(a, b) <= MATCH_DISTANCE * steps * max(a.w, a.h, b.w, b.h):
            x0, y0 = min(a.x, b.x), min(a.y, b.y)
            x1, y1 = max(a.x + a.w, b.x + b.w), max(a.y + a.h, b.y + b.h)
            out.append(Region("rect", x0, y0, x1 - x0, y1 - y0, source="detector"))
    return out


def _distance(a: Region, b: Region) -> float:
    ax, ay = a.x + a.w / 2, a.y + a.h / 2
    bx, by = b.x + b.w / 2, b.y + b.h / 2
    return float(((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5)
