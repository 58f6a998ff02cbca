"""Labels of horizontal reference lines (HHI thresholds, the EU benchmark …) placed clear of
the data and of each other.

A label sits on its line at one of a few places along it (right, right of middle, left of
middle, left), above the line or hanging below it. Where the labels stand covers no data and
no other label, is not cut off by the plot's edge and not struck through by another line,
nothing moves; else ``place`` tries every combination of places (a plot has a handful of
lines; above or below as well when a label is cut off or struck through, up to three
lines) and keeps the one that costs least, where they stood on a tie. Costs: a data point
under a label 1, a label cut off by the plot's edge 1 per 10 px² outside, struck through by
another line 2, two labels overlapping 1 per 20 px².
It runs whenever the plot is resized or its range changes, and after the data is updated in
place, so a short plot (a slide, a projector) keeps its labels readable. Vertical lines keep
their default place.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from PySide6.QtCore import QPointF

# (fraction along the line, horizontal anchor of the text: 1 = text ends there, 0 = starts)
PLACES = ((0.98, 1.0), (0.64, 1.0), (0.36, 0.0), (0.02, 0.0))
SIDES = (1.0, 0.0)    # vertical anchor of the text: 1 = it stands on the line, 0 = hangs below
STRUCK = 2.0          # cost of a label struck through by another reference line
EDGE = 5.0            # px a label's box may pass the plot's edge: the text's own margin (4 px)
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
    xs, ys = _arrays(pts)
    area = vb.sceneBoundingRect().adjusted(-EDGE, -EDGE, EDGE, EDGE)
    line_ys = [vb.mapViewToScene(QPointF(0.0, ln.value())).y() for ln in lines]

    def option(k, where):
        label = lines[k].label
        if where != _at(label):
            _set(label, *where)
        bare = label.sceneBoundingRect()
        r = bare.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        v = vb.mapSceneToView(r).boundingRect()          # y grows upwards in view units
        left, right = v.left(), v.right()
        low, high = min(v.top(), v.bottom()), max(v.top(), v.bottom())
        inside = (xs >= left) & (xs <= right) & (ys >= low) & (ys <= high)
        seen = bare.intersected(area)
        cut = bare.width() * bare.height() - (0 if seen.isEmpty() else seen.width() * seen.height())
        struck = sum(1 for j, y in enumerate(line_ys) if j != k and bare.top() < y < bare.bottom())
        return where, r, int(np.count_nonzero(inside)) + cut / 10 + STRUCK * struck, cut > 0 or struck > 0

    now = [option(k, _at(ln.label)) for k, ln in enumerate(lines)]
    if _cost(now) == 0:           # where they stand is clear (the common case: nothing moves)
        return
    # above or below as well when a label is cut off or struck through (3 lines: 512 tries)
    sides = SIDES if len(lines) <= 3 and any(t[3] for t in now) else None
    choices = []
    for k, current in enumerate(now):                # where it stands first: kept on a tie
        wheres = [(pos, ax, side) for pos, ax in PLACES for side in (sides or (current[0][2],))]
        choices.append([current] + [option(k, w) for w in wheres if w != current[0]])
    combos = itertools.product(*choices) if len(lines) <= MAX_SEARCH else [now]
    best = min(combos, key=_cost)
    for ln, (where, *_rest) in zip(lines, best):
        if where != _at(ln.label):
            _set(ln.label, *where)


def _cost(combo) -> float:
    """Each label's own cost (data under it, cut off, struck through) plus the area (px²)
    where two labels overlap, / 20."""
    cost = sum(t[2] for t in combo)
    for i, (_w, r, *_rest) in enumerate(combo):
        for _w2, r2, *_rest2 in combo[i + 1:]:
            both = r.intersected(r2)
            if not both.isEmpty():
                cost += both.width() * both.height() / 20
    return cost


def _at(label) -> tuple[float, float, float]:
    """Where ``label`` stands: (fraction along the line, horizontal anchor, vertical anchor)."""
    return label.orthoPos, label.anchors[0][0], label.anchors[0][1]


def _set(label, pos: float, ax: float, ay: float | None = None) -> None:
    label.anchors = [(ax, a[1] if ay is None else ay) for a in label.anchors]
    label.setPosition(pos)


def _arrays(pts) -> tuple[np.ndarray, np.ndarray]:
    """(x values, y values): ``pts`` as ``series_arrays`` gives them, or (x, y) pairs."""
    if isinstance(pts, tuple) and len(pts) == 2 and isinstance(pts[0], np.ndarray):
        return pts
    arr = np.asarray(pts, dtype=float).reshape(-1, 2)
    return arr[:, 0], arr[:, 1]


def _y_of(v, log: bool):
    if v is None or (log and v <= 0):
        return None
    return math.log10(v) if log else v


def _bar_points(s, horizontal: bool, log: bool) -> list[tuple[float, float]]:
    """The corners and middle of every bar of series ``s``."""
    out = []
    half = s.width / 2
    for d in s.data:
        y = _y_of(d.y, log)
        if y is None:
            continue
        base = (_y_of(d.base, log) if d.base else 0.0) or 0.0
        for fx in (-half, 0.0, half):
            for fy in (0.0, 0.5, 1.0):
                vx, vy = d.x + fx, base + fy * (y - base)
                out.append((vy, vx) if horizontal else (vx, vy))
    return out


def series_arrays(panel, log: bool) -> tuple[np.ndarray, np.ndarray]:
    """View points to keep labels off, as two arrays (x, y): every point of line and scatter
    series and points along each line segment (a gap breaks the line), the corners and
    middle of every bar. Built with numpy: a chart that follows a slider builds them at
    every step."""
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    t = np.arange(1, SAMPLES) / SAMPLES
    for s in panel.series:
        if s.kind == "bar":
            x, y = _arrays(_bar_points(s, panel.orientation == "h", log))
        else:
            y_of = [_y_of(d.y, log) for d in s.data]
            x = np.array([d.x for d in s.data], dtype=float)
            y = np.array([np.nan if v is None else v for v in y_of], dtype=float)
            if s.kind == "line" and len(x) > 1:
                ok = ~(np.isnan(y[:-1]) | np.isnan(y[1:]))          # a gap breaks the line
                x0, y0, x1, y1 = x[:-1][ok], y[:-1][ok], x[1:][ok], y[1:][ok]
                xs.append((x0[:, None] + (x1 - x0)[:, None] * t).ravel())
                ys.append((y0[:, None] + (y1 - y0)[:, None] * t).ravel())
            keep = ~np.isnan(y)
            x, y = x[keep], y[keep]
        xs.append(x)
        ys.append(y)
    if not xs:
        return np.empty(0), np.empty(0)
    return np.concatenate(xs), np.concatenate(ys)


def series_points(panel, log: bool) -> list[tuple[float, float]]:
    """The points of ``series_arrays`` as (x, y) pairs."""
    xs, ys = series_arrays(panel, log)
    return list(zip(xs.tolist(), ys.tolist()))
