"""The Overview page through its widgets, as a user drives it."""

from __future__ import annotations

import csv

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from reetool.ui.overview.model import COLUMNS
from tests.helpers import type_text
from tests.ui.overview.conftest import column_texts, row_index


def _header_click(qtbot, page, key: str) -> None:
    head = page.table.horizontalHeader()
    col = COLUMNS.index(key)
    x = head.sectionViewportPosition(col) + head.sectionSize(col) // 2
    qtbot.mouseClick(head.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, head.height() // 2))


def test_every_commodity_one_row_gallium_by_hand(page, qtbot):
    assert page.model.rowCount() == len(page.state.rows) >= 60
    page.year_combo.setCurrentIndex(page.year_combo.findData(2024))
    qtbot.waitUntil(lambda: page.state.year == 2024)
    r = row_index(page, "Gallium")
    china = page.model.index(r, COLUMNS.index("china_share_pct")).data()
    assert china == "98.9 %"                      # 839,000 of 848,000 kg
    assert page.model.index(r, COLUMNS.index("world")).data() == "848,000"
    assert page.model.index(r, COLUMNS.index("unit")).data() == "kilograms"
    cesium = row_index(page, "Cesium")            # no production statistic: missing, not 0
    assert page.model.index(cesium, COLUMNS.index("cr1")).data() == "—"


def test_sort_by_header_click_and_missing_last(page, qtbot):
    _header_click(qtbot, page, "china_share_pct")
    assert page.state.sort_key == "china_share_pct"
    first = page.model.rows[0]["china_share_pct"]
    values = [r["china_share_pct"] for r in page.model.rows if r["china_share_pct"] is not None]
    assert first == max(values) or values == sorted(values)
    _header_click(qtbot, page, "china_share_pct")
    values2 = [r["china_share_pct"] for r in page.model.rows]
    known = [v for v in values2 if v is not None]
    assert known == sorted(known, reverse=page.state.sort_desc)
    assert all(v is None for v in values2[len(known):])            # missing stays last


def test_filters_text_china_share_and_hhi(page, qtbot):
    type_text(qtbot, page.filter_edit, "gall")
    qtbot.waitUntil(lambda: [r["commodity"] for r in page.model.rows] == ["Gallium"])
    page.filter_edit.clear()
    type_text(qtbot, page.filter_edit, "镓")                       # the Chinese name
    qtbot.waitUntil(lambda: [r["commodity"] for r in page.model.rows] == ["Gallium"])
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(page.state.rows))
    page.china_spin.setValue(90)
    assert page.model.rowCount() > 0
    assert all(r["china_share_pct"] >= 90 for r in page.model.rows)
    page.china_spin.setValue(0)                                    # "any": filter off
    assert page.state.china_min is None
    page.hhi_combo.setCurrentIndex(page.hhi_combo.findData("high"))
    assert all(r["hhi"] >= 2500 for r in page.model.rows)
    page.hide_empty.setChecked(True)
    page.hhi_combo.setCurrentIndex(page.hhi_combo.findData("all"))
    assert all(r["world"] is not None for r in page.model.rows)


def test_export_csv_and_clipboard(page, tmp_path):
    page.china_spin.setValue(80)
    path = page.export_csv(str(tmp_path / "ov.csv"))
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows and all(float(r["china_share_pct"]) >= 80 for r in rows)
    assert {"commodity_zh", "sources", "edition", "data_year", "unit"} <= set(rows[0])
    (tmp_path / "a-file").write_text("x")
    assert page.export_csv(str(tmp_path / "a-file" / "ov.csv")) is None  # parent is a file
    assert page.last_error
    clip = page.copy_to_clipboard()
    assert QApplication.clipboard().text() == clip
    assert clip.splitlines()[0].split("\t")[0] == "Commodity" and "Source:" in clip


def test_row_opens_commodity_on_market_page(page, window, qtbot):
    r = row_index(page, "Copper")
    page.table.setCurrentIndex(page.model.index(r, 0))
    assert page.state.selected == "Copper"
    assert "Copper" in page.stages.title.text() and page.stages.table.rowCount() == 2
    page.table.scrollTo(page.model.index(r, 0))
    rect = page.table.visualRect(page.model.index(r, 0))
    # a double-click, as the mouse sends it: press-release, then press-double-click-release
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_page_id() == "market")
    market = window.page("market")
    assert market.commodity == "Copper"
    window.show_page("overview")                          # Enter on a row does the same
    r = row_index(page, "Gallium")
    page.table.setCurrentIndex(page.model.index(r, 1))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_id() == "market")
    assert market.commodity == "Gallium"


def test_chinese_headers_and_names(page, window):
    window.set_language("zh")
    try:
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "矿种"
        names = column_texts(page, "commodity")
        assert "镓" in names and "稀土" in names and "Gallium" not in names
        assert page.heading.text() == "全部矿种一览"
    finally:
        window.set_language("en")
    assert "Gallium" in column_texts(page, "commodity")


def test_briefing_params_round_trip(page):
    page.china_spin.setValue(50)
    params = page.briefing_params()
    assert params["page"] == "overview" and params["china_min"] == 50
    assert params["metric"] == "production"


def test_ctrl_b_adds_the_selected_commodity_to_the_briefing(page, window, qtbot):
    page.state.set_year(2024)
    r = row_index(page, "Gallium")
    page.table.setCurrentIndex(page.model.index(r, 0))
    state = window.briefing_state()
    before = {s["id"] for s in state.slides}
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    slides = [s for s in state.slides if s["id"] not in before]
    assert [s["kind"] for s in slides] == ["figure", "chart"]
    china = slides[0]["figures"][0]
    # MCS2026, data year 2024: 839,000 of a world 848,000 kg = 98.94 %
    assert round(china["value"], 2) == 98.94 and china["edition"].startswith("MCS2026")
    assert china["data_year"] == 2024 and china["source_ids"]
    assert china["note"]["en"].startswith("839,000 kg of 848,000 kg")         # the table's unit
    chart = slides[1]
    assert chart["chart"] == "world_map" and chart["params"]["commodity"] == "Gallium"
    assert chart["params"]["year"] == 2024 and chart["params"]["metric"] == "production"
