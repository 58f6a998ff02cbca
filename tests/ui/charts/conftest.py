"""Fixtures of the chart tests: a chart view shown at a fixed size, not following app state."""

from __future__ import annotations

import pytest


@pytest.fixture
def make_view(app, qtbot):
    from reetool.ui.charts.registry import ChartParams
    from reetool.ui.charts.view import ChartView

    def make(name, size=(1000, 640), follow_state=False, **params):
        view = ChartView(name, ChartParams(**params), follow_state=follow_state)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        qtbot.wait(20)
        return view

    return make


def viewport_pos(view, plot, x, y):
    """Viewport pixel of data point (x, y) in ``plot``."""
    from PySide6.QtCore import QPointF

    scene = plot.vb.mapViewToScene(QPointF(x, y))
    return view.canvas.mapFromScene(scene)
