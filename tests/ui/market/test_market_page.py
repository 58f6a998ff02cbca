"""The market page driven as a user does: selectors, table edits, sliders, files."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from reetool.ui.market.table_model import FLAGS, SHARE, VALUE, RP
from reetool.ui.state import app_state
from tests.helpers import type_text
from tests.ui.market.conftest import cell, choose, row_of


def pick_mcs2023_2022(page):
    choose(page.year_combo, "2022")
    choose(page.edition_combo, "MCS2023")


def test_defaults_latest_rare_earths_and_chart_area(page):
    assert page.commodity_combo.currentText() == "Rare earths"
    assert page.statistic_combo.currentText() == "Mine production"
    assert page.year_combo.currentText() == "2025"
    assert page.edition_combo.currentText().startswith("Latest for 2025: MCS2026")
    assert page.chart_area.objectName() == "market_chart_area"
    assert page.chart_area.layout() is not None and page.chart_area.layout().count() == 0
    assert "USGS MCS2026" in page.caption.text() and "metric tons" in page.caption.text()


def test_must_show_mcs2023_2022_production_and_reserves(page):
    pick_mcs2023_2022(page)
    assert cell(page, "China", VALUE) == "210,000"
    assert cell(page, "China", SHARE) == "70.0 %"
    assert "e" in cell(page, "China", FLAGS).split()
    v = page.concentration.values
    assert v["hhi"].text() == "5,167"
    assert v["cr3"].text() == "90.3 %"
    assert v["leader"].text() == "China: 70.0 %"
    assert v["world"].text() == "300,000 metric tons, estimated"
    assert "one producer" in page.concentration.treatment.text()
    assert "not a verdict on countries" in page.concentration.refs.text()
    assert "MCS2023" in page.caption.text() and "2022" in page.caption.text()

    choose(page.metric_combo, "Reserves")
    assert page.statistic_combo.currentText() == "Reserves"
    assert page.edition_combo.currentText() == "MCS2023"       # kept across the metric switch
    assert cell(page, "China", SHARE) == "33.8 %"
    assert cell(page, "Burma", VALUE) == "— NA"                # missing, never 0
    assert cell(page, "Burma", SHARE) == "—"
    assert cell(page, "China", RP) == "209.5"                   # 44 Mt / 210 kt = 209.5 years
    assert app_state().get("metric") == "reserves" and app_state().get("year") == 2022


def test_revisions_between_editions_stay_visible(page):
    pick_mcs2023_2022(page)
    # US 2022: 43,000 (MCS2023) → 42,000 (MCS2024) → 42,500 (MYB2022): revised
    assert "r" in cell(page, "United States", FLAGS).split()
    tip = page.model.index(row_of(page, "United States"), VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert "MCS2024: 42,000" in tip and "MYB2022: 42,500" in tip
    assert "r" not in cell(page, "China", FLAGS).split()     # 210,000 in every edition
    assert "r" in cell(page, "World total (rounded)", FLAGS).split()  # 300,000 vs MYB 297,000


def test_other_commodity_in_kilograms(page):
    choose(page.commodity_combo, "Gallium")
    assert page.statistic_combo.currentText() == "Primary production"
    assert page.model.table.unit == "kilograms"
    assert cell(page, "China", SHARE) == "100.0 %"      # 900,000 of 900,000 kg in 2025
    # rows (900,000 + 3,000 + 6,000 kg) exceed the rounded world total 900,000:
    # HHI = 100² + (1/3)² + (2/3)² = 10,000.56 — shown as published arithmetic, not capped
    assert page.concentration.values["hhi"].text() == "10,001"
    assert "more than the rounded" in page.concentration.values["unallocated"].text()
    assert app_state().get("commodity") == "Gallium"


def test_disruption_slider_and_spin_update_results_and_state(page, qtbot):
    pick_mcs2023_2022(page)
    page.tabs.setCurrentIndex(1)
    scn = page.scenarios
    assert scn.dis_country.currentText() == "China"
    scn.cut.slider.setFocus()
    qtbot.keyClick(scn.cut.slider, Qt.Key.Key_Home)
    assert scn.dis_labels["lost"].text() == "0 metric tons"
    for _ in range(5):                       # page step 5 → 25 %
        qtbot.keyClick(scn.cut.slider, Qt.Key.Key_PageUp)
    assert scn.cut.spin.value() == 25
    assert scn.dis_labels["lost"].text() == "52,500 metric tons"       # 210,000 × 25 %
    scn.cut.spin.selectAll()
    qtbot.keyClicks(scn.cut.spin.lineEdit(), "50")
    qtbot.keyClick(scn.cut.spin, Qt.Key.Key_Return)
    assert scn.cut.slider.value() == 50
    assert scn.dis_labels["lost"].text() == "105,000 metric tons"
    assert scn.dis_labels["lost_pct"].text() == "35.0 %"               # 105/300
    assert scn.dis_labels["shortfall"].text() == "53.8 %"              # 105/195
    s = app_state().get("scenario")
    assert s["kind"] == "disruption" and s["country"] == "China" and s["params"]["cut_pct"] == 50
    assert s["result"]["lost"] == 105000 and s["unit"] == "metric tons"
    assert s["source_ids"] == ["USGS_MCS2023_DR"] and s["year"] == 2022


def test_rampup_sliders(page, qtbot):
    pick_mcs2023_2022(page)
    scn = page.scenarios
    scn.tabs.setCurrentIndex(1)
    scn.h.setValue(0)
    scn.g.slider.setValue(100)              # tenths of a step of 0.5 → 10 %/yr... see scale
    scn.g.setValue(10)
    assert scn.ramp_labels["base_share"].text() == "70.0 % in 2022"
    assert scn.ramp_labels["cross"].text() == "in 2031"        # hand-computed in test_scenarios
    assert scn.ramp_labels["cross_eu"].text() == "in 2025"
    s = app_state().get("scenario")
    assert s["kind"] == "rampup" and s["series"]["years"][:2] == [2022, 2023]
    assert round(s["series"]["share_pct"][0], 1) == 70.0
    assert s["result"]["crossings"] == {"50": 2031, "65": 2025}


def test_edit_undo_redo_reset_and_export_marks_edits(page, qtbot, tmp_path):
    pick_mcs2023_2022(page)
    idx = page.model.index(row_of(page, "China"), VALUE)
    page.view.setCurrentIndex(idx)
    page.view.edit(idx)
    editor = page.view.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "150,000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(page, "China", VALUE) == "150,000")  # the delegate commits queued
    assert cell(page, "China", SHARE) == "50.0 %"
    assert "edited" in cell(page, "China", FLAGS)
    assert page.concentration.edited_note.isVisibleTo(page.concentration)
    assert "Edited table" in page.caption.text()
    assert page.concentration.values["cr1"].text() == "50.0 %"
    assert page.scenarios.edited_note.isVisibleTo(page.scenarios)
    assert app_state().get("scenario")["edited"] is True
    assert page.scenarios.dis_labels["lost"].text() == "75,000 metric tons"   # 150,000 × 50 %
    assert page.undo_action.isEnabled()

    out = page.export_table_csv(str(tmp_path / "t.csv"))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    china = next(line for line in text.splitlines() if line.startswith("China,"))
    assert ",yes,210000," in china and "edited" in china and "MCS2023" in china

    page.undo_action.trigger()
    assert cell(page, "China", SHARE) == "70.0 %"
    page.redo_action.trigger()
    assert cell(page, "China", SHARE) == "50.0 %"
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert cell(page, "China", VALUE) == "210,000" and "edited" not in cell(page, "China", FLAGS)
    page.undo_action.trigger()                      # a reset is undoable too
    assert cell(page, "China", VALUE) == "150,000"


def test_edits_survive_a_new_window(page, window, qtbot, app):
    pick_mcs2023_2022(page)
    assert page.add_country("Atlantis", 3000)
    assert cell(page, "Atlantis", 0) == "Atlantis (added)"
    assert cell(page, "Atlantis", SHARE) == "1.0 %"
    from reetool.ui.main_window import MainWindow

    other = MainWindow(persist=False)
    qtbot.addWidget(other)
    other.show()
    p2 = other.show_page("market")
    qtbot.waitUntil(lambda: p2.model.table is not None)
    pick_mcs2023_2022(p2)
    assert cell(p2, "Atlantis", VALUE) == "3,000"


def test_select_country_sets_shared_state_and_follows_it(page, qtbot):
    pick_mcs2023_2022(page)
    page.view.selectRow(row_of(page, "Australia"))
    assert app_state().get("country") == "Australia"
    assert page.scenarios.dis_country.currentText() == "Australia"
    app_state().set("commodity", "tungsten")       # e.g. from the charts page
    qtbot.waitUntil(lambda: page.commodity_combo.currentText() == "Tungsten")
    app_state().set("metric", "reserves")
    qtbot.waitUntil(lambda: page.statistic_combo.currentText() == "Reserves")
    assert page.model.table.commodity == "Tungsten" and app_state().get("year") == 2025


def test_save_and_open_scenario_and_corrupt_file(page, tmp_path):
    pick_mcs2023_2022(page)
    page.session.set_value("China", 100000.0)
    page.scenarios.cut.setValue(40)
    path = page.save_scenario_as("China cut")
    assert path.exists() and json.loads(path.read_text(encoding="utf-8"))["edits"] == {"China": 100000.0}
    page.reset_table()
    choose(page.commodity_combo, "Gallium")
    assert page.open_scenario(str(path))
    assert page.commodity_combo.currentText() == "Rare earths"
    assert page.model.table.edition == "MCS2023" and cell(page, "China", VALUE) == "100,000"
    assert page.scenarios.cut.value() == 40
    bad = tmp_path / "broken scenario.json"
    bad.write_text("{oops", encoding="utf-8")
    assert not page.open_scenario(str(bad))
    assert "broken scenario.json" in page.last_error and "line 1" in page.last_error
    assert cell(page, "China", VALUE) == "100,000"             # the user's work is untouched


def test_other_exports(page, tmp_path):
    pick_mcs2023_2022(page)
    conc = page.export_concentration_csv(str(tmp_path / "c.csv")).read_text(encoding="utf-8-sig")
    assert "hhi," in conc and "MCS2023" in conc
    claims = page.export_claims_csv(str(tmp_path / "s.csv")).read_text(encoding="utf-8-sig")
    assert "10 × too high" in claims
    scn = page.export_scenario_csv(str(tmp_path / "d.csv")).read_text(encoding="utf-8-sig")
    assert "shortfall_pct" in scn


def test_seed_claims_panel(page):
    # the article's market claims (reetool.data.reference.claims, as on the Reference page),
    # each beside the USGS MCS2023 figure computed from the bundled table and its check
    rows = {r["claim_id"]: r for r in page.claims.rows}
    assert rows["CL-07"]["usgs"] == "210,000 t (estimate)" and rows["CL-07"]["check"] == "matches"
    assert rows["CL-08"]["usgs"].startswith("70.0 %")           # 210,000 / 300,000 = 70.0 %
    assert rows["CL-08"]["check"] == "matches"
    # 44 Mt / 130 Mt = 33.85 %, which rounds to the article's 34 %
    assert rows["CL-11"]["usgs"].startswith("33.8 %") and rows["CL-11"]["check"] == "matches (rounded)"
    # 1,300 million t claimed; 130,000,000 t in the file: 130,000,000 × 10 = 1,300,000,000
    assert rows["CL-09"]["usgs"] == "130,000,000 t = 130 Mt" and rows["CL-09"]["check"] == "10 × too high"
    assert "1.3亿" in page.claims.explain.text()


def test_claims_tab_renders_the_reference_claims_and_links_to_them(page, qtbot):
    from reetool.data.reference import claims

    market_claims = [c for c in claims() if c.topic == "market"]
    assert [r["claim_id"] for r in page.claims.rows] == [c.claim_id for c in market_claims]
    view = page.claims.view
    assert view.rowCount() == len(market_claims) == 8                 # CL-07 … CL-14
    for i, c in enumerate(market_claims):
        assert view.item(i, 0).text() == c.claim_en and view.item(i, 1).text() == c.article_value
        assert view.item(i, 3).text() == c.verdict                     # English labels
    nine = [c.claim_id for c in market_claims].index("CL-09")
    assert view.item(nine, 3).text() == "corrected" and "1.3亿" in view.item(nine, 3).toolTip()
    page.window().set_language("zh")
    try:
        assert view.item(nine, 0).text() == market_claims[nine].claim_zh
        assert view.item(nine, 3).text() == "有误，已更正"
    finally:
        page.window().set_language("en")
    page.tabs.setCurrentIndex(2)
    assert "href='reference:claims'" in page.claims.link.text()
    page.claims.link.linkActivated.emit("reference:claims")         # the user follows it
    reference = page.window().page("reference")
    assert page.window().current_page_id() == "reference"
    assert reference.tabs.currentWidget() is reference.claims


def test_import_dialog_preview_store_remove(page, qtbot):
    from reetool.data.market_store import list_imports
    from reetool.ui.market.import_dialog import ImportDialog, ManageImportsDialog
    from tests.conftest import FIXTURES

    dlg = ImportDialog(page)
    qtbot.addWidget(dlg)
    assert not dlg.load_file(str(FIXTURES / "market" / "broken_value.csv"))
    assert "line 2, field 'Prod_t_est_2022'" in dlg.status.text()
    assert not dlg.import_button.isEnabled()
    assert dlg.load_file(str(FIXTURES / "market" / "mcs2022-raree_world.csv"))
    assert dlg.view.rowCount() == 34 and dlg.import_button.isEnabled()
    china = [dlg.view.item(i, 5).text() for i in range(34) if dlg.view.item(i, 2).text() == "China"]
    assert china == ["140,000", "168,000"]
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert dlg.stored and len(list_imports()) == 1
    manage = ManageImportsDialog(page)
    qtbot.addWidget(manage)
    manage.view.selectRow(0)
    qtbot.mouseClick(manage.remove_button, Qt.MouseButton.LeftButton)
    assert list_imports() == [] and manage.view.rowCount() == 0


def test_menu_has_import_and_page_self_test(page, window):
    window._fill_page_menu("market", window.page_menus["market"])
    names = [a.objectName() for a in window.page_menus["market"].actions()]
    assert "market_act_import" in names and "market_act_save_scn" in names
    assert any("HHI 5,167" in line for line in page.self_test())


def test_chinese_interface(page, window):
    window.set_language("zh")
    assert page.heading.text() == "市场份额、集中度与情景分析"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "数值（吨）"
    assert page.metric_combo.currentText() == "产量"
    assert "antitrust" not in page.concentration.refs.text() and "反垄断" in page.concentration.refs.text()
    assert page.scenarios.tabs.tabText(0) == "供应中断"
    window.set_language("en")
    assert page.heading.text() == "Market shares, concentration and scenarios"


def test_united_states_tab(page, tmp_path):
    page.tabs.setCurrentIndex(3)
    us = page.us
    assert us.edition.currentText() == "MCS2026"
    labels = [us.salient.item(i, 0).text() for i in range(us.salient.rowCount())]
    row = labels.index("Production: Mineral concentrates")
    col = [us.salient.horizontalHeaderItem(j).text() for j in range(us.salient.columnCount())].index("2022")
    assert us.salient.item(row, col).text() == "42,500 e"
    nir = labels.index("Net import reliance as a percentage of apparent consumption: Mineral concentrates")
    assert us.salient.item(nir, col).text() == "— E"                   # net exporter, not 0
    china = [i for i in range(us.imports.rowCount()) if us.imports.item(i, 1).text() == "China"]
    assert us.imports.item(china[0], 2).text() == "71 %"
    choose(us.edition, "MCS2016")
    assert "MCS2016" in us.caption.text() and us.imports.rowCount() == 0
    text = page.export_us_csv(str(tmp_path / "us.csv")).read_text(encoding="utf-8-sig")
    assert "USGS_MCS2016_docslib" in text


def test_constructor_reads_no_data_until_shown(app, qtbot):
    from reetool.ui.market.page import MarketPage

    p = MarketPage()
    qtbot.addWidget(p)
    assert p.model.table is None and p.commodity_combo.count() == 0 and p.claims.rows == []
    p.show()
    qtbot.waitUntil(lambda: p.model.table is not None)
    assert p.commodity_combo.currentText() == "Rare earths"


def test_imported_salient_statistics_appear_on_the_united_states_tab(page, qtbot, tmp_path):
    from reetool.ui.market.import_dialog import ImportDialog
    from tests.conftest import FIXTURES

    text = (FIXTURES / "market" / "mcs2023-raree_salient.csv").read_text(encoding="utf-8-sig")
    f = tmp_path / "mcs2030-raree_salient.csv"
    f.write_text(text.replace("MCS2023", "MCS2030"), encoding="utf-8")
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count())   # the tab holding it
                                   if page.tabs.widget(i).isAncestorOf(page.us)))
    assert "MCS2030" not in [page.us.edition.itemText(i) for i in range(page.us.edition.count())]
    dlg = ImportDialog(page)
    qtbot.addWidget(dlg)
    assert dlg.load_file(str(f)) and dlg.view.rowCount() == 95
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    page._reload_market()                      # what the page does when the dialog closes
    editions = [page.us.edition.itemText(i) for i in range(page.us.edition.count())]
    assert "MCS2030" in editions
    page.us.edition.setCurrentText("MCS2030")
    assert "MCS2030" in page.us.caption.text() and "import:" in page.us.caption.text()


def test_united_states_tab_recovers_when_its_imported_edition_is_removed(page, qtbot, tmp_path):
    from reetool.data.market_import import parse_file
    from reetool.data.market_store import add_import, remove_import
    from tests.conftest import FIXTURES

    text = (FIXTURES / "market" / "mcs2023-raree_salient.csv").read_text(encoding="utf-8-sig")
    f = tmp_path / "mcs2031-raree_salient.csv"
    f.write_text(text.replace("MCS2023", "MCS2031"), encoding="utf-8")
    stored = add_import(parse_file(f))
    page.us.load()
    page.us.reload_editions()
    page.us.edition.setCurrentText("MCS2031")
    remove_import(stored["id"])
    page.us.refresh()                          # e.g. on a language change: must not raise
    assert page.us.edition.currentText() != "MCS2031"
    assert "MCS2031" not in [page.us.edition.itemText(i) for i in range(page.us.edition.count())]


def test_country_names_follow_the_ui_language_but_keep_the_published_name(page, window, qtbot):
    from reetool.ui.market.table_model import COUNTRY

    window.language_actions["zh"].trigger()
    try:
        names = [page.model.index(r, COUNTRY).data() for r in range(page.model.rowCount())]
        assert "中国" in names and "美国" in names and "China" not in names
        scn = page.scenarios
        assert scn.dis_country.set_value("China")
        assert scn.dis_country.currentText() == "中国"
        assert scn.params()["disruption"]["country"] == "China"       # saved as published
        assert "中国" in page.concentration.values["leader"].text()
    finally:
        window.language_actions["en"].trigger()
    assert scn.dis_country.currentText() == "China"
