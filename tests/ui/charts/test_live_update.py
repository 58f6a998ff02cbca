"""Charts that follow the shared state are built once and updated in place, at most once per
frame, and only while shown; the scenario chart keeps its layout at every slider value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from reetool.data import market
from reetool.state.market_scenario import ScenarioParams, compute
from reetool.ui.charts.items import PatternBars, label_font, label_place


def disruption(cut: float) -> dict:
    """The Market page's live scenario: China withholds ``cut`` % (MCS2026, 2025)."""
    table = market.country_table("Rare earths", "Mine production", 2025)
    return compute(table, ScenarioParams(dis_country="China", cut_pct=cut)).published


def bars(view) -> list[PatternBars]:
    return [it for _p, _pa, entries in view.plots for _s, it in entries if isinstance(it, PatternBars)]


@pytest.fixture
def shared(app):
    from reetool.ui.state import app_state

    return app_state()


def test_a_following_chart_is_updated_in_place(make_view, shared, qtbot):
    shared.set("scenario", disruption(50))
    view = make_view("scenario", follow_state=True)
    plot, items = view.plots[0][0], bars(view)
    title_height = view.blocks["title"][0].boundingRect().height()
    shared.set("scenario", disruption(10))
    view.flush()
    assert view.plots[0][0] is plot and bars(view) == items          # the same items
    # China 270,000 t × 10 % = 27,000 t lost; 390,000 − 27,000 = 363,000 t remain
    assert [d.y for d in items[0].data] == [390000.0, 363000.0]
    assert [d.y for d in items[1].data] == [27000.0]
    assert "10.0 %" in view.spec.title and "10.0 %" in view.blocks["title"][2]
    assert view.blocks["title"][0].boundingRect().height() == title_height


def test_a_new_kind_of_scenario_rebuilds_the_chart(make_view, shared):
    shared.set("scenario", disruption(50))
    view = make_view("scenario", follow_state=True)
    plot = view.plots[0][0]
    rampup = compute(market.country_table("Rare earths", "Mine production", 2025),
                     ScenarioParams(kind="rampup", ramp_country="China")).published
    shared.set("scenario", rampup)
    assert view.plots[0][0] is not plot and view.spec.panels[0].time


def test_a_hidden_chart_waits_until_it_is_shown(make_view, shared, qtbot):
    shared.set("scenario", disruption(50))
    view = make_view("scenario", follow_state=True)
    view.hide()
    shared.set("scenario", disruption(20))
    assert "50.0 %" in view.spec.title                 # not rebuilt while hidden
    view.show()
    qtbot.waitExposed(view)
    assert "20.0 %" in view.spec.title and "20.0 %" in view.blocks["title"][2]


def test_changes_within_a_frame_are_drawn_once(make_view, shared, qtbot, monkeypatch):
    shared.set("scenario", disruption(50))
    view = make_view("scenario", follow_state=True)
    qtbot.wait(3 * view._frame.interval())
    drawn = []
    original = view._update_in_place
    monkeypatch.setattr(view, "_update_in_place",
                        lambda spec, params: (drawn.append(spec.title), original(spec, params)))
    for cut in (11, 12, 13, 14, 15):
        shared.set("scenario", disruption(cut))
        assert f"{cut}.0 %" in view.spec.title            # the figures follow at once
    assert len(drawn) == 1 and "11.0 %" in drawn[0]        # drawn at once, then per frame
    qtbot.waitUntil(lambda: len(drawn) == 2, timeout=1000)
    assert "15.0 %" in drawn[1] and [d.y for d in bars(view)[1].data] == [270000.0 * 0.15]


# 460 and 560 px are widths where the title needs a line more at 100 % than at 0 %
@pytest.mark.parametrize("size, compact", [((420, 300), True), ((460, 320), True),
                                           ((560, 500), False), ((1000, 640), False)])
def test_the_scenario_chart_keeps_its_layout_and_labels_at_every_cut(make_view, shared, size,
                                                                      compact):
    shared.set("scenario", disruption(0))
    view = make_view("scenario", size=size, follow_state=True, compact=compact)
    vb = view.plots[0][0].vb

    def geometry():
        return ([round(view.blocks[k][0].boundingRect().height()) for k in ("title", "subtitle", "footer")],
                vb.sceneBoundingRect())

    first = geometry()
    for cut in range(0, 101, 5):
        shared.set("scenario", disruption(cut))
        view.flush()
        view.canvas.ci.layout.activate()
        assert geometry() == first, f"the layout moved at cut {cut} %"
        assert not any(view.blocks[k][0].toolTip() for k in view.blocks), f"text cut at {cut} %"
        box = vb.sceneBoundingRect()
        for item in bars(view):
            fm = QFontMetricsF(label_font(item.font_size))
            for rect, d in zip(item.rects, item.data):
                dev = vb.mapViewToScene(rect).boundingRect()
                text = d.tag or d.value_text
                at, _mode = label_place(dev, fm.horizontalAdvance(text), fm.height(), "h", False, box)
                assert box.left() <= at.x() and at.x() + fm.horizontalAdvance(text) <= box.right() + 1, \
                    f"label {text!r} runs out of the plot at cut {cut} %"


def test_label_place_moves_a_label_onto_the_bar_only_when_it_would_run_out():
    view = QRectF(0, 0, 300, 100)
    at, mode = label_place(QRectF(0, 10, 100, 20), 50, 12, "h", False, view)
    assert mode == "outside" and at.x() == 106                # right of the bar's end
    at, mode = label_place(QRectF(0, 10, 280, 20), 50, 12, "h", False, view)
    assert mode == "on_bar" and at.x() + 50 <= 280             # inside, right-aligned
    assert label_place(QRectF(0, 10, 20, 20), 50, 12, "h", True, view) is None   # too short


def test_a_new_number_in_the_title_does_not_lay_the_chart_out_again(make_view, shared, qtbot):
    """The title holds the slider's value; a new value of the same length in lines changes
    no block's height, so the chart is not laid out again (pyqtgraph's LabelItem asked for
    that at every text change, its width being its minimum width)."""
    from PySide6.QtCore import QEvent, QObject

    class Requests(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.LayoutRequest:
                Requests.count += 1
            return False

    shared.set("scenario", disruption(50))
    view = make_view("scenario", follow_state=True)
    spy = Requests()
    view.canvas.ci.installEventFilter(spy)
    qtbot.wait(20)
    Requests.count = 0
    for cut in (11, 23, 37):
        shared.set("scenario", disruption(cut))
        view.flush()
        qtbot.wait(5)
    assert "37.0 %" in view.blocks["title"][2]
    assert Requests.count == 0
    title = view.blocks["title"][0]
    assert title.minimumWidth() == 0           # the width follows the chart, not the text
