"""Labels of horizontal reference lines (HHI thresholds, the EU benchmark …) placed clear of
the data and of each other.

A label sits on its line at one of a few places along it (right, right of middle, left of
middle, left); ``place`` tries them in turn, starting from where the label stands, and keeps
the first that covers no data and no label placed before it (else the one covering least).
It runs whenever the plot is resized or its range changes, and after the data is updated in
place, so a short plot (a slide, a projector) keeps its labels readable. Vertical lines keep
their default place.
"""

from __future__ import annotations

import math

# (fraction along the line, horizontal anchor of the text: 1 = text ends there, 0 = starts)
PLACES = ((0.98, 1.0), (0.64, 1.0), (0.36, 0.0), (0.02, 0.0))
SAMPLES = 12          # points sampled on each segment of a line series
MARGIN = 3.0          # pixels kept clear around a label


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
    taken = []
    for line in lines:
        label = line.label
        now = _at(label)          # where drawing, or the last placing, put it: kept if clear
        order = ((now,) + tuple(p for p in PLACES if p != now)) if now in PLACES else PLACES
        best = None
        for where in order:
            if where != _at(label):
                _set(label, *where)
            r = label.sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
            v = vb.mapSceneToView(r).boundingRect()      # y grows upwards in view units
            left, low, right, high = v.left(), min(v.top(), v.bottom()), v.right(), max(v.top(), v.bottom())
            cost = sum(1 for x, y in pts if left <= x <= right and low <= y <= high)
            cost += 1000 * sum(1 for t in taken if t.intersects(r))
            if best is None or cost < best[0]:
                best = (cost, where, r)
            if cost == 0:
                break
        if best[1] != _at(label):
            _set(label, *best[1])
        taken.append(best[2])


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
