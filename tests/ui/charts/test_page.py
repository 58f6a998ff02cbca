"""The Charts page as a user meets it: pick a chart, a year and an edition, switch language."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _choose(qtbot, combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    qtbot.wait(10)


def test_every_chart_is_listed_and_shown(window, qtbot):
    from reetool.ui.charts.registry import CHARTS

    page = window.show_page("charts")
    assert page.list.count() == len(CHARTS)
    for row, c in enumerate(CHARTS):
        rect = page.list.visualItemRect(page.list.item(row))
        qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        view = page.view(c.name)
        assert view.isVisible() and view.spec is not None and not view.error
        assert page.description.text() == c.description


def test_year_and_edition_controls_drive_the_share_chart(window, qtbot):
    from reetool.ui.state import app_state

    page = window.show_page("charts")
    view = page.show_chart("production_shares")
    _choose(qtbot, page.year_box, 2022)
    assert app_state().get("year") == 2022
    _choose(qtbot, page.edition_box, "MCS2023")
    assert view.spec.edition.startswith("MCS2023")
    china = next(d for s in view.spec.panels[0].series for d in s.data if d.country == "China")
    # MCS2023: 210,000 t of 300,000 t
    assert abs(china.y - 70.0) < 1e-9
    # the Market page may set the year too: the combo follows
    app_state().set("year", 2024)
    assert page.year_box.currentData() == 2024 and page.edition_box.currentData() is None


def test_choosing_a_commodity_redraws_the_charts(window, qtbot):
    page = window.show_page("charts")
    view = page.show_chart("production_shares")
    _choose(qtbot, page.commodity_box, "Cobalt")
    assert view.spec.title.startswith("Cobalt")
    assert page.year_box.currentData() is None


def test_language_switch_retranslates_the_visible_chart(window, qtbot):
    page = window.show_page("charts")
    view = page.show_chart("china_quotas")
    assert view.spec.title == "China's rare-earth production quotas"
    window.set_language("zh")
    assert view.spec.title == "中国稀土生产总量控制指标"
    assert page.theme_label.text() == "主题："
    window.set_language("en")
    assert view.spec.title == "China's rare-earth production quotas"


def test_dark_theme_from_the_page(window, qtbot):
    from reetool.ui.state import app_state

    page = window.show_page("charts")
    view = page.show_chart("china_share")
    page.theme_box.setCurrentIndex(1)
    assert app_state().get("theme") == "dark"
    assert view.canvas.backgroundBrush().color().name().lower() == "#15181c"


def test_self_test_renders_every_chart(window):
    from reetool.ui.charts.registry import CHARTS

    page = window.show_page("charts")
    checked = page.self_test()
    assert [line.split(":")[0] for line in checked] == [f"chart {c.name}" for c in CHARTS]


def test_scenario_chart_follows_the_market_page_sliders(window, qtbot):
    from reetool.ui.state import app_state

    market = window.show_page("market")
    qtbot.waitUntil(lambda: market.model.table is not None, timeout=5000)
    scn = market.scenarios
    scn.tabs.setCurrentIndex(0)             # disruption
    scn.cut.setValue(40)
    charts = window.show_page("charts")
    view = charts.show_chart("scenario")
    s = app_state().get("scenario")
    assert s["kind"] == "disruption" and s["params"]["cut_pct"] == 40
    values = [d.y for s in view.spec.panels[0].series for d in s.data]
    # supply before = the published world total; lost = 40 % of the country's output
    country_value = s["result"]["lost"] / 0.40
    assert values == [s["result"]["world"], s["result"]["world"] - s["result"]["lost"],
                      s["result"]["lost"]]
    assert abs(country_value * 0.40 - values[2]) < 1e-6
    assert "40" in view.spec.title and "live from the Market page" in view.spec.subtitle
    scn.cut.setValue(10)                     # live: the chart follows the slider
    assert "10" in view.spec.title
    assert abs(view.spec.panels[0].series[1].data[0].y - country_value * 0.10) < 1e-6
    scn.tabs.setCurrentIndex(1)             # ramp-up
    assert view.spec.panels[0].time
    assert [d.y for d in view.spec.panels[0].series[0].data] == \
        app_state().get("scenario")["series"]["share_pct"]


def test_page_menu_exports_the_current_chart(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page = window.show_page("charts")
    page.show_chart("china_quotas")
    menu = window.page_menus["charts"]
    window._fill_page_menu("charts", menu)
    names = [a.objectName() for a in menu.actions() if a.isVisible() and a.objectName()]
    assert "act_charts_menu_svg" in names and "act_charts_menu_log" not in names
    target = tmp_path / "quotas.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.menu_actions["csv"].trigger()
    assert target.read_text(encoding="utf-8").startswith("# title: China's rare-earth production quotas")
