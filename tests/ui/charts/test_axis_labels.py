"""A value-axis title longer than its axis is hidden (the unit stays in the subtitle), and
shown again when the plot grows."""

from __future__ import annotations

from reetool.ui.charts.registry import ChartParams
from reetool.ui.charts.view import ChartView


def test_the_value_axis_title_shows_only_while_it_fits(app, qtbot):
    view = ChartView("scenario", ChartParams(compact=True), toolbar=False, follow_state=False)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    def axis():           # a resize may rebuild the chart for its new type size
        return view.plots[0][0].getAxis("left")

    assert view.plots[0][1].y_label and axis().label.isVisible()
    assert axis().label.boundingRect().width() <= axis().height()
    view.resize(420, 280)                        # the plot is now shorter than the title
    qtbot.waitUntil(lambda: not axis().label.isVisible(), timeout=2000)
    assert axis().label.boundingRect().width() > axis().height()
    assert view.spec.unit in view.blocks["subtitle"][2]      # the unit is still said
    view.resize(1280, 800)
    qtbot.waitUntil(lambda: axis().label.isVisible(), timeout=2000)
