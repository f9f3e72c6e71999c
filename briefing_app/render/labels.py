"""Where map labels and symbols go, so that none lies on another: one placement step for the
screen map and the PDF.

Everything is in one flat coordinate space with y growing downwards (screen pixels, or PDF
points measured from the frame's top). Symbols are placed first, on their point if it is free,
else moved aside on a leader line; then labels in priority order, each at the first free
candidate position around its anchor, moving out along a leader line when every position
beside the anchor is taken. What finds no room is left out (a city name, a country name);
labels the briefing's author asked for (priority 0) are always placed, on the least crowded
candidate if there is no free one, so that nothing the author wrote silently disappears.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 with x0 <= x1, y0 <= y1

# Label priorities: lower is placed first and wins.
AUTHORED = 0  # flashpoints and the user's own annotations
DEPLOYMENT = 1
CITY = 2
COUNTRY = 3

# Positions tried beside a point, as (dx, dy) unit directions, in the order cartographers
# prefer: right, upper right, lower right, left, upper left, lower left, above, below.
_BESIDE = ((1, 0), (1, -1), (1, 1), (-1, 0), (-1, -1), (-1, 1), (0, -1), (0, 1))
# Directions tried on each ring further out (every 30 degrees, starting to the right).
# A forced label takes the least crowded of at most this many of its candidates (nearest
# first), which bounds the time a very crowded map can take.
_FORCED_CHOICES = 200
# Candidates tried one by one before the rest are tried all at once: the centre and the
# eight places beside the point.
_ONE_BY_ONE = 9
_RING_ANGLES = tuple(math.radians(a) for a in range(0, 360, 30))


@dataclass(frozen=True)
class Request:
    """Something to place: a label's or a symbol's box of `width` x `height` for the point
    (`x`, `y`). `clear_x`, `clear_y` are the half-size of what stands on the point (the
    label's own symbol) and `gap` the space kept from it; `centred` tries the point itself
    first (symbols, area names); `leader` allows moving out on a leader line, up to `rings`
    steps of `step`."""

    key: str
    x: float
    y: float
    width: float
    height: float
    priority: int = CITY
    gap: float = 2.0
    clear_x: float = 0.0
    clear_y: float = 0.0
    centred: bool = False
    beside: bool = True
    leader: bool = True
    rings: int = 4
    step: float = 0.0  # 0: the box's height plus its gap

    @property
    def point_box(self) -> Box:
        """What stands on the point, which no other box may cover."""
        return (
            self.x - self.clear_x,
            self.y - self.clear_y,
            self.x + self.clear_x,
            self.y + self.clear_y,
        )


@dataclass(frozen=True)
class Placement:
    key: str
    box: Box
    # From the anchor to the box's nearest edge, where the box had to move away from it.
    leader: tuple[float, float, float, float] | None = None
    forced: bool = False  # placed although it overlaps (an authored label with no room)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def overlap_area(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def segment_hits_box(x0: float, y0: float, x1: float, y1: float, box: Box) -> bool:
    """Whether the segment crosses the box (Liang–Barsky clipping)."""
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - box[0]), (dx, box[2] - x0), (-dy, y0 - box[1]), (dy, box[3] - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


# Past this many boxes near a query, the grid tests them all at once with numpy: a crowded
# spot (authored labels forced onto one another at thousands of annotations) has hundreds.
_CROWDED = 24


@dataclass
class _Grid:
    """Placed boxes in buckets of `cell` size, so that a test looks at neighbours only."""

    cell: float
    boxes: list[Box] = field(default_factory=list)
    buckets: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    # The boxes again as rows of x0, y0, x1, y1, for the crowded tests.
    _rows: np.ndarray = field(default_factory=lambda: np.empty((64, 4)))

    def _cells(self, box: Box) -> Iterable[tuple[int, int]]:
        c = self.cell
        for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield i, j

    def add(self, box: Box) -> None:
        index = len(self.boxes)
        self.boxes.append(box)
        if index == len(self._rows):
            self._rows = np.concatenate([self._rows, np.empty_like(self._rows)])
        self._rows[index] = box
        for cell in self._cells(box):
            self.buckets.setdefault(cell, []).append(index)

    def near(self, box: Box) -> set[int]:
        found: set[int] = set()
        for cell in self._cells(box):
            found.update(self.buckets.get(cell, ()))
        return found

    def hits(self, box: Box) -> bool:
        near = self.near(box)
        if len(near) > _CROWDED:
            rows = self._rows[: len(self.boxes)]
            return bool(
                np.any(
                    (box[0] < rows[:, 2])
                    & (rows[:, 0] < box[2])
                    & (box[1] < rows[:, 3])
                    & (rows[:, 1] < box[3])
                )
            )
        return any(overlaps(box, self.boxes[i]) for i in near)

    def free_of(self, boxes: Sequence[Box]) -> np.ndarray:
        """For each of `boxes`, whether it overlaps no placed box (what `hits` tells)."""
        rows = self._rows[: len(self.boxes)]
        if not len(rows):
            return np.ones(len(boxes), dtype=bool)
        b = np.asarray(boxes, dtype=float)[:, None, :]
        hit = (
            (b[..., 0] < rows[:, 2])
            & (rows[:, 0] < b[..., 2])
            & (b[..., 1] < rows[:, 3])
            & (rows[:, 1] < b[..., 3])
        )
        return np.asarray(~hit.any(axis=1))

    def crowding_of(self, boxes: Sequence[Box]) -> np.ndarray:
        """The area of placed boxes each of `boxes` covers (what `overlap_area` sums)."""
        rows = self._rows[: len(self.boxes)]
        if not len(rows) or not boxes:
            return np.zeros(len(boxes))
        b = np.asarray(boxes, dtype=float)[:, None, :]
        w = np.minimum(b[..., 2], rows[:, 2]) - np.maximum(b[..., 0], rows[:, 0])
        h = np.minimum(b[..., 3], rows[:, 3]) - np.maximum(b[..., 1], rows[:, 1])
        return np.where((w > 0) & (h > 0), w * h, 0.0).sum(axis=1)

    def segment_hits(self, seg: tuple[float, float, float, float]) -> bool:
        """Whether the segment crosses a box, not counting boxes its start lies in (a symbol
        moved off its point has its leader start under whatever stayed there)."""
        x0, y0, x1, y1 = seg
        around = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        for i in self.near(around):
            box = self.boxes[i]
            if box[0] <= x0 <= box[2] and box[1] <= y0 <= box[3]:
                continue
            if segment_hits_box(x0, y0, x1, y1, box):
                return True
        return False


def _box_at(request: Request, cx: float, cy: float) -> Box:
    """The request's box centred on (cx, cy)."""
    w, h = request.width, request.height
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def _candidates(request: Request) -> Iterable[tuple[Box, bool]]:
    """(box, needs a leader) in the order they are tried."""
    x, y, w, h, gap = request.x, request.y, request.width, request.height, request.gap
    reach_x, reach_y = request.clear_x + gap + w / 2, request.clear_y + gap + h / 2
    if request.centred:
        yield _box_at(request, x, y), False
    if request.beside:
        for ux, uy in _BESIDE:
            cx = x + ux * reach_x
            # Diagonal positions keep the text's near corner at the symbol's corner.
            cy = y + uy * (reach_y if not ux else max(request.clear_y, h / 2) * 0.9)
            yield _box_at(request, cx, cy), False
    if not request.leader:
        return
    step: float = request.step or (h + gap)
    for ring in range(1, request.rings + 1):
        ring_out = ring * step
        for angle in _RING_ANGLES:
            cos, sin = math.cos(angle), math.sin(angle)
            box = _box_at(request, x + cos * (reach_x + ring_out), y + sin * (reach_y + ring_out))
            yield box, True


def _leader(request: Request, box: Box) -> tuple[float, float, float, float]:
    """From the anchor to the nearest point of the box."""
    nx = min(max(request.x, box[0]), box[2])
    ny = min(max(request.y, box[1]), box[3])
    return (request.x, request.y, nx, ny)


def _inside(box: Box, bounds: Box | None) -> bool:
    return bounds is None or (
        box[0] >= bounds[0] and box[1] >= bounds[1] and box[2] <= bounds[2] and box[3] <= bounds[3]
    )


def place(
    requests: Sequence[Request],
    obstacles: Iterable[Box] = (),
    bounds: Box | None = None,
    lines: Iterable[tuple[float, float, float, float]] = (),
    forced_choices: int = _FORCED_CHOICES,
    points_before: Iterable[Box] = (),
) -> dict[str, Placement]:
    """Place every request it can, most important first (lower priority, then the order
    given). `obstacles` are boxes nothing may cover (symbols already placed, a legend),
    `lines` segments no box may lie across (the leaders of moved symbols); `bounds` the
    frame every box must stay inside. Returns the placements by key. `forced_choices`
    bounds the candidates an authored label without room weighs (the screen, placing again
    after every change, weighs fewer than a PDF). `points_before` are the spots of requests placed
    before (their symbols), which no box may cover either: a placement of some labels again
    beside those kept where they were (render/screen_labels.py)."""
    sizes = [max(r.width, r.height) for r in requests] or [10.0]
    grid = _Grid(cell=max(8.0, sorted(sizes)[len(sizes) // 2] * 2))
    for box in obstacles:
        grid.add(box)
    # No box may cover another request's point (or the symbol standing on it); a leader
    # may pass over a point.
    points = _Grid(cell=grid.cell)
    for box in points_before:
        points.add(box)
    for r in requests:
        if r.clear_x > 0 or r.clear_y > 0:
            points.add(r.point_box)
    leaders = _Leaders(_Grid(cell=grid.cell))  # no later box may lie across a leader line
    for line in lines:
        leaders.add(line)
    order = sorted(range(len(requests)), key=lambda i: (requests[i].priority, i))
    placed: dict[str, Placement] = {}

    def take(request: Request, box: Box, needs_leader: bool) -> bool:
        """Place the request at the box if nothing is in the way."""
        if leaders.cross(box):
            return False
        seg = _from_edge(request, _leader(request, box)) if needs_leader else None
        if seg is not None and grid.segment_hits(seg):
            return False
        placed[request.key] = Placement(request.key, box, seg)
        grid.add(box)
        if seg is not None:
            leaders.add(seg)
        return True

    for index in order:
        request = requests[index]
        # Most labels take one of their first places: those are made and tried one by one.
        # One that takes none has its rings out tried all at once against the placed boxes
        # (it may need them all, to pick the least crowded), in the same order.
        candidates: list[tuple[Box, bool]] = []
        tried = _candidates(request)
        done = False
        for box, needs_leader in itertools.islice(tried, _ONE_BY_ONE):
            if not _inside(box, bounds):
                continue
            candidates.append((box, needs_leader))
            if not grid.hits(box) and not points.hits(box) and take(request, box, needs_leader):
                done = True
                break
        if done:
            continue
        rest = [(box, needs_leader) for box, needs_leader in tried if _inside(box, bounds)]
        candidates += rest
        if rest:
            boxes = [c[0] for c in rest]
            free = grid.free_of(boxes) & points.free_of(boxes)
            if any(take(request, *rest[k]) for k in np.flatnonzero(free)):
                continue
        if request.priority == AUTHORED and candidates:
            # No free place: the least crowded one, rather than losing the author's label.
            choices = candidates[:forced_choices]
            boxes = [c[0] for c in choices]
            crowding = grid.crowding_of(boxes) + points.crowding_of(boxes)
            # The first of the least crowded (as min() of the areas summed one by one, up
            # to rounding).
            box, needs_leader = choices[int(np.argmin(np.round(crowding, 6)))]
            seg = _from_edge(request, _leader(request, box)) if needs_leader else None
            placed[request.key] = Placement(request.key, box, seg, forced=True)
            grid.add(box)
    return placed


def _from_edge(
    request: Request, seg: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    """The leader from where it leaves what stands on the anchor (the label's own symbol),
    so that it neither starts inside the symbol nor counts as crossing it."""
    x0, y0, x1, y1 = seg
    dx, dy = x1 - x0, y1 - y0
    limits = [c / abs(d) for c, d in ((request.clear_x + 1, dx), (request.clear_y + 1, dy)) if d]
    t = min(min(limits, default=0.0), 1.0)
    return (x0 + dx * t, y0 + dy * t, x1, y1)


@dataclass
class _Leaders:
    grid: _Grid  # each leader's bounding box, at the same index as the leader
    segments: list[tuple[float, float, float, float]] = field(default_factory=list)

    def add(self, seg: tuple[float, float, float, float]) -> None:
        x0, y0, x1, y1 = seg
        self.segments.append(seg)
        self.grid.add((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))

    def cross(self, box: Box) -> bool:
        return any(segment_hits_box(*self.segments[i], box) for i in self.grid.near(box))


def count_overlaps(boxes: Sequence[Box]) -> int:
    """Pairs of boxes that overlap: what the overlap bench reports."""
    grid = _Grid(cell=16.0)
    count = 0
    for box in boxes:
        count += sum(1 for i in grid.near(box) if overlaps(box, grid.boxes[i]))
        grid.add(box)
    return count
