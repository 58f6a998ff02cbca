"""Charts as a user meets them: hover values, legend toggles, selecting a country, menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from reetool.ui.charts.items import PatternBars
from reetool.ui.charts.registry import CHART_NAMES
from tests.ui.charts.conftest import viewport_pos


def _bar(view, country):
    for plot, _panel, entries in view.plots:
        for _s, item in entries:
            if isinstance(item, PatternBars):
                for rect, d in zip(item.rects, item.data):
                    if d.country == country:
                        return plot, rect
    raise AssertionError(f"no bar for {country}")


def test_hover_over_a_bar_shows_its_exact_value_unit_year_and_source(make_view, qtbot):
    # MCS2023, data year 2022: China 210,000 t of a world 300,000 t -> 70.0 %
    view = make_view("production_shares", edition="MCS2023", year=2022)
    plot, rect = _bar(view, "China")
    qtbot.mouseMove(view.canvas.viewport(), viewport_pos(view, plot, rect.center().x(),
                                                         rect.center().y()))
    qtbot.waitUntil(lambda: view.hover_text != "", timeout=2000)
    text = view.hover_text
    assert "China" in text
    assert "70.0 %" in text
    assert "210,000 t" in text
    assert "2022" in text
    assert "USGS_MCS2023_DR" in text
    # moving off the bars clears it
    last = len(view.plots[0][1].categories) - 1
    assert view.hover_at(plot.vb.mapViewToScene(QPointF(60, last))) == ""
    assert view.hover_text == ""


def test_hover_over_a_second_bar(make_view, qtbot):
    # MCS2023, 2022: United States 43,000 t / 300,000 t = 14.333… -> 14.3 %
    view = make_view("production_shares", edition="MCS2023", year=2022)
    plot, rect = _bar(view, "United States")
    qtbot.mouseMove(view.canvas.viewport(), viewport_pos(view, plot, rect.center().x(),
                                                         rect.center().y()))
    qtbot.waitUntil(lambda: "United States" in view.hover_text, timeout=2000)
    assert "14.3 %" in view.hover_text and "43,000 t" in view.hover_text


def test_hover_over_a_point_of_a_time_series(make_view, qtbot):
    # China's share 2022, newest edition MYB2022: 210,000 / 297,000 = 70.707 % -> 70.7 %
    view = make_view("china_share")
    plot = view.plots[0][0]
    qtbot.mouseMove(view.canvas.viewport(), viewport_pos(view, plot, 2022, 70.707))
    qtbot.waitUntil(lambda: view.hover_text != "", timeout=2000)
    assert "70.7 %" in view.hover_text
    assert "MYB2022" in view.hover_text and "USGS_MYB2022_T8" in view.hover_text
    vl, _hl = view.crosshairs[0]
    assert vl.isVisible() and abs(vl.value() - 2022) < 0.2


def test_clicking_a_legend_entry_hides_and_shows_the_series(make_view, qtbot):
    view = make_view("production_history")
    sample = view.legend_sample("us_ds140")
    assert view.series_visible("us_ds140")
    centre = view.canvas.mapFromScene(sample.mapToScene(sample.boundingRect().center()))
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not view.series_visible("us_ds140")
    assert view.series_visible("world_ds140")
    assert "us_ds140" in view.hidden
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.series_visible("us_ds140")


def test_hidden_series_get_no_tooltip(make_view, qtbot):
    view = make_view("china_share")
    view.legend_sample("share_latest").item.setVisible(False)
    plot = view.plots[0][0]
    scene = plot.vb.mapViewToScene(QPointF(2022, 70.707))
    assert "MYB2022" not in view.hover_at(scene)


def test_clicking_a_bar_selects_the_country_across_charts(make_view, qtbot):
    from reetool.ui.state import app_state

    shares = make_view("production_shares", follow_state=True)
    stacked = make_view("production_vs_reserves", follow_state=True)
    plot, rect = _bar(shares, "Australia")
    qtbot.mouseClick(shares.canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=viewport_pos(shares, plot, rect.center().x(), rect.center().y()))
    assert app_state().get("country") == "Australia"
    bars = [it for _p, _pa, e in stacked.plots for _s, it in e if isinstance(it, PatternBars)]
    assert bars and all(b.selected == "Australia" for b in bars)
    # clicking again clears the selection
    qtbot.mouseClick(shares.canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=viewport_pos(shares, plot, rect.center().x(), rect.center().y()))
    assert app_state().get("country") is None


def test_zoom_then_reset_restores_the_view(make_view):
    view = make_view("production_history")
    plot = view.plots[0][0]
    before = plot.vb.viewRange()
    plot.vb.scaleBy((0.3, 0.3))
    assert plot.vb.viewRange()[0] != before[0]
    view.actions_["reset"].trigger()
    after = plot.vb.viewRange()
    # back to the full range (to within the auto-range padding)
    assert abs(after[0][0] - before[0][0]) < 1.0 and abs(after[0][1] - before[0][1]) < 1.0
    assert abs(after[1][1] - before[1][1]) < 0.01 * (before[1][1] - before[1][0])


def test_log_scale_option(make_view):
    view = make_view("oxide_prices")          # prices span 1–3,000 US$/kg: log by default
    assert view.actions_["log"].isVisible() and view.actions_["log"].isChecked()
    assert view.log_y and view.plots[0][0].getAxis("left").logMode
    view.actions_["log"].trigger()
    assert not view.log_y and not view.plots[0][0].getAxis("left").logMode
    view.actions_["log"].trigger()
    assert view.plots[0][0].getAxis("left").logMode


def test_hover_in_log_scale_finds_the_point(make_view):
    # terbium oxide 2022, MCS2026: 2,050 US$/kg; the plot holds log10(2050) = 3.3118
    view = make_view("oxide_prices")
    plot = view.plots[0][0]
    text = view.hover_at(plot.vb.mapViewToScene(QPointF(2022, 3.3118)))
    assert "Terbium oxide" in text and "2,050.00 US$/kg" in text and "MCS2026" in text


def test_legend_entry_also_hides_the_linked_range_bars(make_view, qtbot):
    view = make_view("oxide_prices")
    sample = view.legend_sample("price_Dy")
    centre = view.canvas.mapFromScene(sample.mapToScene(sample.boundingRect().center()))
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not view.series_visible("price_Dy") and not view.series_visible("range_Dy")
    assert view.series_visible("price_Tb") and view.series_visible("range_Tb")


def test_context_menu_offers_every_export(make_view):
    view = make_view("china_quotas")
    names = [a.objectName() for a in view.context_menu().actions() if a.objectName()]
    assert names == ["act_chart_reset", "act_chart_png", "act_chart_png_size", "act_chart_svg",
                     "act_chart_csv", "act_chart_copy"]
    toolbar = [a.objectName() for a in view.toolbar.actions()]
    assert "act_chart_svg" in toolbar and "act_chart_copy" in toolbar


def test_scenario_chart_follows_the_market_page_live(make_view, qtbot):
    from reetool.ui.state import app_state

    view = make_view("scenario", follow_state=True)
    assert "default scenario" in view.spec.subtitle
    app_state().set("scenario", {
        "kind": "disruption", "commodity": "Rare earths", "country": "China", "year": 2025,
        "params": {"cut_pct": 50.0},
        "result": {"world": 390000.0, "lost": 135000.0, "remaining": 255000.0,
                   "country_share_before": 69.23, "country_share_after": 52.94},
        "unit": "metric tons", "source_ids": ["USGS_MCS2026_DR"]})
    assert "China" in view.spec.title and "50" in view.spec.title
    values = [d.y for s in view.spec.panels[0].series for d in s.data]
    assert values == [390000.0, 255000.0, 135000.0]
    app_state().set("scenario", {
        "kind": "rampup", "commodity": "Rare earths", "country": "China", "year": 2025,
        "params": {"country_growth_pct": 0, "others_growth_pct": 10},
        "series": {"years": [2025, 2026], "share_pct": [69.2, 67.1]},
        "unit": "metric tons", "source_ids": ["USGS_MCS2026_DR"]})
    data = view.spec.panels[0].series[0].data
    assert [(d.x, d.y) for d in data] == [(2025, 69.2), (2026, 67.1)]


def test_theme_switch_changes_the_background(make_view):
    from reetool.ui.state import app_state

    view = make_view("china_share", follow_state=True)
    app_state().set("theme", "dark")
    view.rebuild()
    assert view.canvas.backgroundBrush().color().name().lower() == "#15181c"


@pytest.mark.parametrize("name", CHART_NAMES)
def test_every_bar_and_point_has_a_tooltip_with_value_and_source(make_view, name):
    view = make_view(name, size=(900, 560))
    marks = [(s, d) for p in view.spec.panels for s in p.series for d in s.data]
    assert marks, f"{name} draws nothing"
    for s, d in marks:
        text = view.tooltip_for(s, d)
        assert d.value_text and d.value_text in text
        assert d.source_ids, f"{name}: {s.label} {d.label or d.year} has no source"
        assert "Source: " + "; ".join(d.source_ids) in text
        if d.year is not None:
            assert f"Year: {d.year}" in text


def test_right_click_opens_the_export_menu(make_view, qtbot):
    from PySide6.QtWidgets import QApplication, QMenu

    view = make_view("china_share")
    plot = view.plots[0][0]
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.RightButton,
                     pos=viewport_pos(view, plot, 2020, 30))
    qtbot.waitUntil(lambda: any(isinstance(w, QMenu) and w.isVisible()
                                and w.objectName() == "chart_context_menu"
                                for w in QApplication.topLevelWidgets()), timeout=2000)
    menu = next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMenu) and w.objectName() == "chart_context_menu" and w.isVisible())
    assert "act_chart_svg" in [a.objectName() for a in menu.actions()]
    menu.close()
