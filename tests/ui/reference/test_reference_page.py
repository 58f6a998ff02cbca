"""The Reference page as a user drives it: filter, follow links, add/edit/import events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

FIX = Path(__file__).resolve().parent.parent.parent / "fixtures" / "reference"


@pytest.fixture
def page(window, qtbot):
    p = window.show_page("reference")
    p.timeline.as_of.setDate(QDate(2026, 6, 1))
    return p


def rows(panel):
    return [panel.model.rows[r] for r in range(panel.model.rowCount())]


def test_filter_the_timeline_by_kind_years_and_status(page, qtbot):
    tl = page.timeline
    total = tl.model.rowCount()
    tl.kind.setCurrentIndex(tl.kind.findData("trade_dispute"))
    assert [e.kind for e in rows(tl)] == ["trade_dispute"] * 3
    qtbot.mouseClick(tl.clear_button, Qt.MouseButton.LeftButton)
    assert tl.model.rowCount() == total
    tl.year_from.selectAll()
    qtbot.keyClicks(tl.year_from, "2025")
    assert all(e.year >= 2025 for e in rows(tl))
    tl.status.setCurrentIndex(tl.status.findData("suspended"))
    shown = {e.event_id for e in rows(tl)}
    assert {"EV-2025-61", "EV-2025-62"} <= shown and "EV-2025-18" not in shown
    # the status column reads "suspended" as of 2026-06-01
    r = next(i for i, e in enumerate(rows(tl)) if e.event_id == "EV-2025-61")
    assert tl.model.index(r, 4).data() == "suspended"


def test_element_to_catalogue_item(page, window, qtbot):
    page.show_section("elements")
    qtbot.mouseClick(page.elements.buttons["Nd"], Qt.MouseButton.LeftButton)
    html = page.elements.detail.toHtml()
    assert "catitem:2023/083201J" in html and "EV-2025-62" in html
    page.elements.detail.anchorClicked.emit(QUrl("catitem:2023/083201J"))
    assert window.current_page_id() == "catalogue"
    item = window.page("catalogue").current_item()
    assert (item.version, item.code) == ("2023", "083201J")


def test_event_to_catalogue_version_and_source(page, window, qtbot):
    tl = page.timeline
    r = next(i for i, e in enumerate(rows(tl)) if e.event_id == "EV-2020-CAT")
    rect = tl.table.visualRect(tl.model.index(r, 3))
    tl.table.scrollTo(tl.model.index(r, 3))
    rect = tl.table.visualRect(tl.model.index(r, 3))
    qtbot.mouseClick(tl.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.state.selected == "EV-2020-CAT"
    assert "catver:2020" in tl.detail.toHtml()
    tl.detail.anchorClicked.emit(QUrl("catver:2020"))
    assert window.current_page_id() == "catalogue"
    assert window.page("catalogue").version_combo.currentData() == "2020"
    window.show_page("reference")
    tl.detail.anchorClicked.emit(QUrl("source:CAT-S12"))
    assert window.current_page_id() == "sources"


def fill(qtbot, dlg, values: dict) -> None:
    for name, text in values.items():
        dlg.fields[name].clear()
        qtbot.keyClicks(dlg.fields[name], text)


def test_add_and_edit_a_user_event(page, qtbot, isolated_user_folders):
    tl = page.timeline
    dlg = tl.open_editor(exec_=False)
    fill(qtbot, dlg, {"date": "2026-02-30", "country": "China", "title_en": "My measure"})
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "date" in dlg.error.text() and page.state.store.events == []   # not saved
    fill(qtbot, dlg, {"date": "2026-02-20", "elements": "Nd;Dy"})
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    mine = page.state.selected_event()
    assert mine.is_user and mine.title_en == "My measure" and mine.elements == ("Nd", "Dy")
    assert (isolated_user_folders["data"] / "reference" / "events.json").exists()
    r = next(i for i, e in enumerate(rows(tl)) if e.event_id == mine.event_id)
    assert tl.model.index(r, 3).data().endswith("(your event)")
    assert tl.edit_button.isEnabled()
    dlg = tl.open_editor(page.state.selected, exec_=False)
    fill(qtbot, dlg, {"title_en": "My measure, edited"})
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert page.state.timeline.get(mine.event_id).title_en == "My measure, edited"
    # bundled events cannot be edited
    page.state.select("EV-2025-61")
    assert not tl.edit_button.isEnabled()


def test_import_user_events_and_a_bad_row_is_named(page, qtbot, monkeypatch):
    tl = page.timeline
    before = tl.model.rowCount()
    assert tl.import_events(str(FIX / "events_good.csv"))
    assert tl.model.rowCount() == before + 2
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert not tl.import_events(str(FIX / "events_bad.csv"))
    assert "events_bad.csv, line 3, field 'date'" in warnings[0]
    assert tl.model.rowCount() == before + 2          # nothing half-saved


def test_status_past_the_bundle_shows_the_caveat(page, qtbot):
    tl = page.timeline
    tl.as_of.setDate(QDate(2026, 12, 1))
    assert page.state.as_of == dt.date(2026, 12, 1)
    assert tl.banner.isVisible() and "2026-01-06" in tl.banner.text()
    page.select_event("EV-2025-61")
    assert "unknown" in tl.detail.toPlainText()


def test_chinese_titles_when_the_language_is_chinese(page, qtbot):
    from reetool.ui import i18n

    i18n.set_language("zh")
    r = next(i for i, e in enumerate(rows(page.timeline)) if e.event_id == "EV-2025-61")
    assert page.timeline.model.index(r, 3).data().startswith("商务部公告2025年第61号")
    assert page.tabs.tabText(0) != "Timeline"


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_claims_rows_fit_their_text_and_one_is_explained_from_the_start(window, qtbot, size):
    window.resize(*size)
    page = window.show_page("reference")
    page.show_section("claims")
    qtbot.wait(50)
    table = page.claims.table
    line = table.fontMetrics().lineSpacing()
    heights = [table.rowHeight(r) for r in range(table.rowCount())]
    # measured once the columns had their widths: the longest claim wraps to a few lines
    # (one row used to take the whole table, 300 px and more, before the header had laid out)
    assert max(heights) <= 7 * line + 12, heights
    assert sum(1 for r in range(table.rowCount())
               if table.visualRect(table.model().index(r, 0)).bottom() < table.viewport().height()) >= 3
    assert table.currentRow() == 0
    assert page.claims.claims[0].sources[0] in page.claims.detail.toPlainText()


def test_elements_detail_says_what_to_do_before_a_choice(page, qtbot):
    page.show_section("elements")
    assert page.state.element is None
    assert "Choose an element" in page.elements.detail.placeholderText()
