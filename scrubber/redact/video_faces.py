"""Faces over time: boxes found in some frames of a clip, spread to the frames around them.

The detector runs on every `step`-th frame (it is the slow part). A frame is covered
with the boxes found in every detection frame within `reach` frames of it, before or
after, so a face missed in one detection, or moving in or out between two, is still
covered. Between two detection frames, a box is joined with the nearest box of the other
detection frame (the same face, moved): their common outline covers every place the
face passed through on a straight path, however fast it moved, also across a few
detections in a row that missed it. The last frame is always searched too, so a face
leaving the picture is followed to the end.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from scrubber.redact.regions import Region

# Boxes in two detection frames are taken for one face if their centres are at most this
# many box sizes apart per detection interval (a face crossing a 1080p frame in a second
# moves 0.4 of its width in 1/6 s: well inside).
MATCH_DISTANCE = 1.5
# Detections in a row that may miss a face (turned away, passing in front of something
# busy) while its path is still covered from the finds before and after: 0.5 s at 30 fps.
BRIDGE = 3


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

    def lost(self, index: int, boxes: list[Region]) -> bool:
        """Whether a face found by the previous detection is not among `boxes`: worth a
        closer look before it is taken as gone."""
        before = self.found.get(index - self.step, [])
        return len(_paths(before, boxes, 1.0)) < len(before)

    def add(self, index: int, boxes: list[Region]) -> None:
        self.found[index] = boxes
        if boxes:
            bisect.insort(self._with_faces, index)

    def lookahead(self) -> int:
        """Frames after frame i whose detections frame i's covers may depend on: a face
        is joined across up to BRIDGE detections in a row that missed it."""
        return (BRIDGE + 1) * self.step

    def covers(self, index: int) -> list[Region]:
        """The face boxes to cover in frame `index` (rectangles, possibly overlapping)."""
        frames = self._with_faces
        lo = bisect.bisect_left(frames, index - self.reach)
        hi = bisect.bisect_right(frames, index + self.reach)
        out = [box for d in frames[lo:hi] for box in self.found[d]]
        # Detection frames before and after, up to BRIDGE misses apart: join each face
        # with where it went (a face missed in the frame just before is still joined).
        span = (BRIDGE + 1) * self.step
        mid = bisect.bisect_right(frames, index)
        before = frames[bisect.bisect_left(frames, index - span) : mid]
        after = frames[
            bisect.bisect_left(frames, index) : bisect.bisect_right(frames, index + span)
        ]
        for d0 in before:
            for d1 in after:
                if d0 < d1 <= d0 + span:
                    out += _paths(self.found[d0], self.found[d1], (d1 - d0) / self.step)
        return out


def _paths(first: list[Region], second: list[Region], steps: float) -> list[Region]:
    """The outline of each face's two places, `steps` detection intervals apart."""
    # Closest pairs first, each box in one pair at most: two faces side by side are not
    # joined into one wide cover (a face missed in one frame is joined through another
    # pair of detection frames).
    pairs = sorted(
        (_distance(a, b), i, j)
        for i, a in enumerate(first)
        for j, b in enumerate(second)
        if _distance(a, b) <= MATCH_DISTANCE * steps * max(a.w, a.h, b.w, b.h)
    )
    out, used_a, used_b = [], set(), set()
    for _, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        a, b = first[i], second[j]
        x0, y0 = min(a.x, b.x), min(a.y, b.y)
        x1, y1 = max(a.x + a.w, b.x + b.w), max(a.y + a.h, b.y + b.h)
        out.append(Region("rect", x0, y0, x1 - x0, y1 - y0, source="detector"))
    return out


def _distance(a: Region, b: Region) -> float:
    ax, ay = a.x + a.w / 2, a.y + a.h / 2
    bx, by = b.x + b.w / 2, b.y + b.h / 2
    return float(((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5)
