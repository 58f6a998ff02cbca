"""Reference-line labels (the HHI thresholds) keep clear of the data and of each other, also
when the plot is short (a slide, a projector window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPolygonF

from reetool.ui.charts import ref_labels
from reetool.ui.charts.registry import ChartParams
from reetool.ui.charts.view import ChartView


def covered(view) -> tuple[int, int]:
    """(data points under a label, pairs of labels that overlap) over the view's plots."""
    points = overlaps = 0
    for plot, panel, _entries in view.plots:       # a ChartView is its own ChartDrawing
        lines = view.refs[plot]
        data = ref_labels.series_points(panel, view._panel_log(panel))
        poly = QPolygonF([QPointF(x, y) for x, y in data])
        pts = [(p.x(), p.y()) for p in plot.vb.mapViewToScene(poly)]
        rects = []
        for line in lines:
            r = line.label.sceneBoundingRect()
            points += sum(1 for x, y in pts if r.left() <= x <= r.right() and r.top() <= y <= r.bottom())
            overlaps += sum(1 for o in rects if o.intersects(r))
            rects.append(r)
    return points, overlaps


def concentration(qtbot, size) -> ChartView:
    """The concentration chart (HHI with its three thresholds), shown at ``size``."""
    view = ChartView("concentration", ChartParams(), toolbar=False, follow_state=False)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    return view


@pytest.mark.parametrize("size", [(1280, 800), (900, 500)])
def test_hhi_threshold_labels_cover_no_data(app, qtbot, size):
    view = concentration(qtbot, size)
    assert any(view.refs.values())                 # the HHI panel has its three thresholds
    assert covered(view) == (0, 0)


def test_points_cover_line_segments_and_bars():
    from reetool.ui.charts.spec import Datum, Panel, SeriesSpec

    line = SeriesSpec("l", "line", "line", [Datum(0, 0.0), Datum(1, 12.0)])
    bars = SeriesSpec("b", "bars", "bar", [Datum(0, 10.0)], width=0.5)
    pts = ref_labels.series_points(Panel([line]), log=False)
    assert (0.5, 6.0) in pts and len(pts) == ref_labels.SAMPLES + 1   # along the segment
    pts = ref_labels.series_points(Panel([bars], orientation="h"), log=False)
    assert (10.0, 0.25) in pts and (5.0, 0.0) in pts                   # value along x when horizontal


def test_labels_stacked_on_each_other_are_moved_apart_on_a_projector_in_chinese(app, qtbot):
    """The Charts page at 1024x768 in the projector theme leaves the HHI panel about 90 px
    high: the three threshold labels cannot all sit clear of the data, but never on each
    other, wherever they stood before (here: all at one place)."""
    from reetool.ui import i18n, theme
    from reetool.ui.main_window import MainWindow

    i18n.set_language("zh")
    theme.apply("projector")
    try:
        window = MainWindow(start_page="charts", persist=False)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        page = window.page("charts")
        page.show_chart("concentration")
        qtbot.wait(100)
        view = page.view("concentration")
        plot = view.plots[0][0]
        for line in view.refs[plot]:
            ref_labels._set(line.label, *ref_labels.PLACES[1])
        assert covered(view)[1] > 0                        # stacked
        view._place_ref_labels(plot)
        assert covered(view)[1] == 0
    finally:
        theme.apply("light")


def test_points_of_gaps_log_scale_scatter_and_bars_with_a_base():
    """Lines with gaps and on a log scale, scatter, a bar with a base (computed by hand)."""
    from reetool.ui.charts.spec import Datum, Panel, SeriesSpec

    line = SeriesSpec("l", "line", "line", [Datum(0, 1.0), Datum(1, 100.0), Datum(2, None),
                                            Datum(3, 10.0), Datum(4, 1000.0), Datum(5, -1.0)])
    inner = ref_labels.SAMPLES - 1
    # linear: 5 points with a value; segments 0–1, 3–4 and 4–5 (the gap at x=2 breaks it)
    linear = ref_labels.series_points(Panel([line]), log=False)
    assert len(linear) == 3 * inner + 5 and (4.5, 499.5) in linear and (5.0, -1.0) in linear
    assert not any(1 < x < 3 for x, _y in linear)                       # nothing in the gap
    # log: −1 has no place either, so 4 points and the segments 0–1 and 3–4, in log10 units
    logged = ref_labels.series_points(Panel([line]), log=True)
    assert len(logged) == 2 * inner + 4 and (0.5, 1.0) in logged and (4.0, 3.0) in logged
    dots = SeriesSpec("s", "dots", "scatter", [Datum(0, 5.0), Datum(1, None)])
    assert ref_labels.series_points(Panel([dots]), log=False) == [(0.0, 5.0)]
    bars = SeriesSpec("b", "bars", "bar", [Datum(0, 10.0, base=2.0), Datum(1, None)], width=0.5)
    pts = ref_labels.series_points(Panel([bars]), log=False)
    # 9 points of the one bar with a value: x −0.25, 0, 0.25 by y 2 (its base), 6, 10
    assert len(pts) == 9 and (-0.25, 2.0) in pts and (0.0, 6.0) in pts and (0.25, 10.0) in pts
    assert (6.0, 0.0) in ref_labels.series_points(Panel([bars], orientation="h"), log=False)


@pytest.mark.parametrize("size", [(1000, 430), (1100, 470)])
def test_threshold_labels_are_not_cut_off_by_a_short_plot(app, qtbot, size):
    """A slide or a projector leaves the HHI panel short: the labels of the three close
    thresholds used to hang below their lines, out of the plot, cut in half (projector,
    Chinese: two of three at these sizes). Now they go above or below, whichever fits."""
    from reetool.ui import i18n, theme

    i18n.set_language("zh")
    theme.apply("projector")
    try:
        view = concentration(qtbot, size)
        cut = []
        for plot, _panel, _entries in view.plots:
            area = plot.vb.sceneBoundingRect().adjusted(-ref_labels.EDGE, -ref_labels.EDGE,
                                                        ref_labels.EDGE, ref_labels.EDGE)
            cut += [ln.label.toPlainText() for ln in view.refs[plot]
                    if not area.contains(ln.label.sceneBoundingRect())]
        assert any(view.refs.values()) and cut == []
    finally:
        theme.apply("light")
        i18n.set_language("en")
