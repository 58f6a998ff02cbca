"""Labels of horizontal reference lines (HHI thresholds, the EU benchmark …) placed clear of
the data and of each other.

A label sits on its line at one of a few places along it (right, right of middle, left of
middle, left). Where the labels stand covers no data and no other label, nothing moves;
else ``place`` tries every combination of places (a plot has a handful of lines) and keeps
the one covering the fewest data points and the least of each other, where they stood on a tie.
It runs whenever the plot is resized or its range changes, and after the data is updated in
place, so a short plot (a slide, a projector) keeps its labels readable. Vertical lines keep
their default place.
"""

from __future__ import annotations

import itertools
import math

# (fraction along the line, horizontal anchor of the text: 1 = text ends there, 0 = starts)
PLACES = ((0.98, 1.0), (0.64, 1.0), (0.36, 0.0), (0.02, 0.0))
SAMPLES = 12          # points sampled on each segment of a line series
MARGIN = 3.0          # pixels kept clear around a label
MAX_SEARCH = 5        # up to this many lines every combination of places is tried


def attach(plot, replace) -> None:
    """Call ``replace()`` whenever ``plot`` is resized or its range changes."""
    plot.vb.sigResized.connect(lambda *_: replace())
    plot.vb.sigRangeChanged.connect(lambda *_: replace())


def place(plot, lines, pts) -> None:
    """Move the labels of ``lines`` (InfiniteLines of ``plot``) clear of ``pts``, the (x, y)
    view points of its data, and of each other."""
    lines = [ln for ln in lines if ln.angle % 180 == 0 and ln.label is not None]
    vb = plot.vb
    if not lines or vb.width() <= 0:
        return

    def option(label, where):
        if where != _at(label):
            _set(label, *where)
        r = label.sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        v = vb.mapSceneToView(r).boundingRect()          # y grows upwards in view units
        left, right = v.left(), v.right()
        low, high = min(v.top(), v.bottom()), max(v.top(), v.bottom())
        return where, r, sum(1 for x, y in pts if left <= x <= right and low <= y <= high)

    now = [option(ln.label, _at(ln.label)) for ln in lines]
    if _cost(now) == 0:           # where they stand is clear (the common case: nothing moves)
        return
    choices = []
    for ln, current in zip(lines, now):              # where it stands first: kept on a tie
        choices.append([current] + [option(ln.label, w) for w in PLACES if w != current[0]])
    combos = itertools.product(*choices) if len(lines) <= MAX_SEARCH else [now]
    best = min(combos, key=_cost)
    for ln, (where, _r, _n) in zip(lines, best):
        if where != _at(ln.label):
            _set(ln.label, *where)


def _cost(combo) -> float:
    """Data points under the labels, plus the area (px²) where two labels overlap, / 20."""
    cost = sum(n for _w, _r, n in combo)
    for i, (_w, r, _n) in enumerate(combo):
        for _w2, r2, _n2 in combo[i + 1:]:
            both = r.intersected(r2)
            if not both.isEmpty():
                cost += both.width() * both.height() / 20
    return cost


def _at(label) -> tuple[float, float]:
    return label.orthoPos, label.anchors[0][0]


def _set(label, pos: float, ax: float) -> None:
    label.anchors = [(ax, a[1]) for a in label.anchors]
    label.setPosition(pos)


def series_points(panel, log: bool) -> list[tuple[float, float]]:
    """View points to keep labels off: every point of line and scatter series (and points
    along each line segment), the corners and middle of every bar."""
    out: list[tuple[float, float]] = []

    def y_of(v):
        if v is None or (log and v <= 0):
            return None
        return math.log10(v) if log else v

    for s in panel.series:
        pts = [(d.x, y_of(d.y), d) for d in s.data]
        if s.kind == "bar":
            for x, y, d in pts:
                if y is None:
                    continue
                base = y_of(d.base) if d.base else 0.0
                half = s.width / 2
                for fx in (-half, 0.0, half):
                    for fy in (0.0, 0.5, 1.0):
                        vx, vy = x + fx, (base or 0.0) + fy * (y - (base or 0.0))
                        out.append((vy, vx) if panel.orientation == "h" else (vx, vy))
            continue
        prev = None
        for x, y, _d in pts:
            if y is None:
                prev = None
                continue
            if prev is not None and s.kind == "line":
                for i in range(1, SAMPLES):
                    t = i / SAMPLES
                    out.append((prev[0] + t * (x - prev[0]), prev[1] + t * (y - prev[1])))
            out.append((x, y))
            prev = (x, y)
    return out
