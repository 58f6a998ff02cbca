"""Ctrl+B on the Charts, Market, Catalogue and Sources pages adds what they show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def press_ctrl_b(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)


def test_ctrl_b_adds_a_chart_a_figure_and_a_catalogue_item(window, qtbot):
    state = window.briefing_state()
    state.new()
    charts = window.show_page("charts")
    charts.show_chart("concentration")
    press_ctrl_b(qtbot, window)
    assert [s["kind"] for s in state.slides] == ["chart"]
    chart = state.slides[0]
    assert chart["chart"] == "concentration" and chart["params"]["commodity"] == "Rare earths"
    assert "Added 1 slide" in window.statusBar().currentMessage()

    market = window.show_page("market")
    market.ensure_loaded()
    market.select(commodity="Rare earths", statistic="Mine production", year=2022,
                  edition="MCS2023")
    press_ctrl_b(qtbot, window)
    figure = next(s for s in state.slides if s["kind"] == "figure")
    f = figure["figures"][0]
    # MCS2023, data year 2022: China 210,000 t of a 300,000 t world total = 70.0 %
    assert f["value"] == pytest.approx(70.0) and f["data_year"] == 2022
    assert f["source_ids"] == ["USGS_MCS2023_DR"] and f["edition"].startswith("MCS2023")

    catalogue = window.show_page("catalogue")
    assert catalogue.select_item("2023", "083201J")
    press_ctrl_b(qtbot, window)
    item = state.slides[-1]
    assert item["kind"] == "catalogue_item" and item["code"] == "083201J"
    assert item["langs"] == ["en", "zh"] or set(item["langs"]) == {"en", "zh"}

    page = window.show_page("briefing")
    assert page.list.count() == len(state) >= 3
    assert state.dirty


def test_sources_page_adds_a_citation_and_briefing_page_adds_nothing(window, qtbot):
    state = window.briefing_state()
    state.new()
    sources = window.show_page("sources")
    assert sources.select_source("USGS_MCS2023_DR")
    press_ctrl_b(qtbot, window)
    assert state.slides[0]["title"] == "USGS_MCS2023_DR"
    window.show_page("briefing")
    press_ctrl_b(qtbot, window)
    assert len(state) == 1
    assert "Nothing on this page" in window.statusBar().currentMessage()


def test_chart_context_menu_offers_add_to_briefing(window, qtbot):
    charts = window.show_page("charts")
    view = charts.view(charts.current_name())
    menu = view.context_menu()
    names = [a.objectName() for a in menu.actions()]
    assert "act_add_to_briefing" in names
    menu.deleteLater()


def test_page_menus_carry_the_same_action(window):
    menu = window.page_menus["charts"]
    menu.aboutToShow.emit()
    assert window.briefing_actions.add in menu.actions()
    assert window.briefing_actions.add.shortcut().toString() == "Ctrl+B"


def test_sources_table_context_menu_offers_add_to_briefing(window, qtbot):
    from PySide6.QtCore import QPoint

    sources = window.show_page("sources")
    sources.table.customContextMenuRequested.emit(QPoint(20, 20))
    menu = window.briefing_actions.last_context_menu
    assert window.briefing_actions.add in menu.actions()
    menu.close()


def test_slide_list_context_menu_has_the_slide_commands(window):
    page = window.show_page("briefing")
    names = {a.objectName() for a in page.list.actions()}
    assert {"act_briefing_present_current", "act_briefing_duplicate",
            "act_briefing_remove"} <= names
