"""The Market page shows bounds as a user sees them: "≤ 48.9 %", "≥ 230.8", a tooltip that says
why, in English and Chinese; a rounded world total below the listed sum is said in words; the
"Shares of" switch; the CSV exports keep each figure's bound. Numbers worked out by hand."""

from __future__ import annotations

import csv

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from reetool.ui.market.table_model import GAP, RP, SHARE
from tests.ui.market.conftest import cell, choose, row_of


def reserves_2024_mcs2025(page):
    choose(page.metric_combo, "Reserves")
    choose(page.year_combo, "2024")
    choose(page.edition_combo, "MCS2025")
    assert page.model.table.edition == "MCS2025" and page.model.table.data_year == 2024


def hover(qtbot, widget, pos: QPoint) -> str:
    """Rest the mouse on ``pos`` of ``widget`` until Qt asks for the tooltip; its text."""
    QToolTip.hideText()
    qtbot.mouseMove(widget, pos)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    return QToolTip.text()


def hover_cell(qtbot, page, country: str, column: int) -> str:
    idx = page.model.index(row_of(page, country), column)
    page.view.scrollTo(idx)
    return hover(qtbot, page.view.viewport(), page.view.visualRect(idx).center())


def test_reserve_shares_of_a_lower_bound_world_read_at_most(page, qtbot):
    reserves_2024_mcs2025(page)
    # China 44,000,000 t of a world printed ">90,000,000" t: 44/90 = 48.89 %, at most
    assert cell(page, "China", SHARE) == "≤ 48.9 %"
    assert cell(page, "Thailand", SHARE) == "≤ 0.01 %"        # 4,500 / 90,000,000 = 0.005 %
    assert cell(page, "Burma", SHARE) == "—"                   # NA: no share, never 0
    assert cell(page, "World total (rounded)", SHARE) == "100.0 %"
    tip = hover_cell(qtbot, page, "China", SHARE)
    assert "at most" in tip and ">90,000,000 metric tons" in tip and "lower bound" in tip
    # R/P: world ">90,000,000" / 390,000 t = 230.8 years at least; China 44,000,000 / 270,000
    # = 163.0 years exactly (its reserves are printed exactly)
    assert cell(page, "World total (rounded)", RP) == "≥ 230.8"
    assert cell(page, "China", RP) == "163.0"
    assert "at least" in hover_cell(qtbot, page, "World total (rounded)", RP)
    # production share 270/390 = 69.23 % minus ≤ 48.89 %: a gap of at least +20.3 points
    assert cell(page, "China", GAP) == "≥ +20.3"
    other = page.model.rows[row_of(page, "Other countries")]
    assert other.name_as_published == "Other"                  # MCS2025 prints "Other"


def test_concentration_panel_marks_bounds_and_explains_them(page, qtbot):
    reserves_2024_mcs2025(page)
    v = page.concentration.values
    assert v["world"].text() == ">90,000,000 metric tons (lower bound)"
    assert v["leader"].text() == "China: ≤ 48.9 %"
    # CR3 (44 + 21 + 6.9)/90 = 79.9 %, CR4 + 5.7 → 86.2 %, HHI 10,000·2,491.87/8,100 = 3,076
    assert (v["cr1"].text(), v["cr3"].text(), v["cr4"].text()) == ("≤ 48.9 %", "≤ 79.9 %",
                                                                   "≤ 86.2 %")
    assert v["hhi"].text() == "≤ 3,076" and v["n_equivalent"].text() == "≥ 3.25"
    tip = hover(qtbot, v["cr3"], v["cr3"].rect().center())
    assert tip.startswith("Upper bound (≤)") and ">90,000,000" in tip
    assert page.concentration.bounds_note.isVisibleTo(page.concentration)
    # rows 90,884,500 t exceed the lower-bound world by 884,500 t (0.98 %): said, not −0.98 %
    remainder = v["unallocated"].text()
    assert "884,500 metric tons (0.98 %) more than the world total, a lower bound" in remainder
    assert "-" not in remainder.replace("—", "") and "−" not in remainder


def test_rounded_world_below_the_listed_sum_and_the_listed_basis(page, qtbot):
    choose(page.year_combo, "2024")
    choose(page.edition_combo, "MCS2026")
    v = page.concentration.values
    # rows 384,000 t vs a printed 380,000 t: 4,000 t = 1.05 % of the world total
    assert v["unallocated"].text() == ("none — the rows add up to 4,000 metric tons (1.05 %) "
                                       "more than the rounded world total")
    assert "rounded and smaller than the sum of the listed rows" in v["unallocated"].toolTip()
    assert cell(page, "China", SHARE) == "71.1 %"                # 270 / 380, exact
    with qtbot.waitSignal(page.concentration.basis_changed) as sig:
        choose(page.concentration.basis_combo, "the sum of the listed rows")
    assert sig.args == ["listed"]
    assert v["cr1"].text() == "70.3 %"                           # 270 / 384 = 70.31 %
    assert v["unallocated"].text() == "none: shares are of the listed sum"
    assert v["world"].text().startswith("384,000 metric tons: the sum of the listed rows")
    assert "Shares are of the sum of the listed rows" in page.concentration.treatment.text()
    # the page follows: the basis is the page state's, and the table shows it at once
    assert page.state.basis == "listed" and page.model.basis == "listed"
    assert cell(page, "China", SHARE) == "70.3 %"
    assert cell(page, "World total", SHARE) == "—"               # not a share of the rows
    assert page.model.headerData(SHARE, Qt.Orientation.Horizontal) == "Share of listed sum"


def test_exports_keep_the_bounds(page, tmp_path):
    reserves_2024_mcs2025(page)
    out = page.export_concentration_csv(str(tmp_path / "c.csv"))
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    by = {r["field"]: r for r in rows}
    assert by["cr1"]["value"] == repr(round(100 * 44 / 90, 6)) and by["cr1"]["bound"] == "upper"
    assert by["n_equivalent"]["bound"] == "lower" and by["world"]["bound"] == "lower"
    assert by["listed_excess"]["value"] == "884500" and by["cr1"]["basis"] == "world"
    assert {(r["edition"], r["data_year"]) for r in rows} == {("MCS2025", "2024")}
    china = page.model.rows[row_of(page, "China")]
    assert page.model.export_fields(china) == {"share_bound": "upper", "share_basis": "world"}
    table = page.export_table_csv(str(tmp_path / "t.csv"))
    rows = {r["country"]: r for r in csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines())}
    assert (rows["China"]["share_bound"], rows["China"]["share_basis"]) == ("upper", "world")


def test_chinese_interface_shows_the_bound_and_explains_it(page, window, qtbot):
    reserves_2024_mcs2025(page)
    window.set_language("zh")
    assert cell(page, "China", SHARE) == "≤ 48.9 %"
    tip = hover_cell(qtbot, page, "China", SHARE)
    assert tip.startswith("上限（≤）") and "下限" in tip and ">90,000,000 吨" in tip
    assert page.concentration.values["cr1"].text() == "≤ 48.9 %"
    assert page.concentration.values["world"].text() == ">90,000,000 吨（下限）"
    assert "884,500 吨" in page.concentration.values["unallocated"].text()
    window.set_language("en")
    assert hover_cell(qtbot, page, "China", SHARE).startswith("Upper bound (≤)")


def test_scenario_figures_on_a_lower_bound_world_read_at_most(page, qtbot):
    reserves_2024_mcs2025(page)
    page.tabs.setCurrentIndex(1)
    scn = page.scenarios
    scn.cut.slider.setFocus()
    qtbot.keyClick(scn.cut.slider, Qt.Key.Key_Home)
    for _ in range(10):                                  # page step 5 → 50 %
        qtbot.keyClick(scn.cut.slider, Qt.Key.Key_PageUp)
    assert scn.dis_country.currentText() == "China"
    # 44 Mt × 50 % = 22 Mt lost: exact; of a world ">90 Mt": 22/90 = 24.4 %, at most
    assert scn.dis_labels["lost"].text() == "22,000,000 metric tons"
    assert scn.dis_labels["lost"].toolTip() == ""
    assert scn.dis_labels["lost_pct"].text() == "≤ 24.4 %"
    assert ">90,000,000" in scn.dis_labels["lost_pct"].toolTip()
    rampup_tab = scn.tabs.widget(1)
    scn.tabs.setCurrentWidget(rampup_tab)
    assert scn.ramp_labels["base_share"].text().startswith("≤ 48.9 %")   # 44/90, at most
