"""On a 1024×768 or 1280×720 projector, in English and Chinese, the Market page's tabs show
whole titles and the catalogue table needs no sideways scrolling; the window keeps the size
it was given."""

from __future__ import annotations

import pytest

SIZES = [(1024, 768), (1280, 720)]


@pytest.fixture(params=["en", "zh"])
def lang_window(request, window):
    window.set_language(request.param)
    yield window
    window.set_language("en")


@pytest.mark.parametrize("size", SIZES)
def test_market_tabs_keep_whole_titles(lang_window, qtbot, size):
    page = lang_window.show_page("market")
    qtbot.waitUntil(lambda: page.model.table is not None, timeout=5000)
    lang_window.resize(*size)
    qtbot.wait(50)
    assert (lang_window.width(), lang_window.height()) == size
    bar = page.tabs.tabBar()
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        assert bar.fontMetrics().horizontalAdvance(bar.tabText(i)) < rect.width(), bar.tabText(i)
        assert rect.right() <= bar.width() and bar.width() <= page.tabs.width(), bar.tabText(i)
    view = page.view
    assert view.horizontalScrollBar().maximum() == 0     # the figures are not pushed out of view


@pytest.mark.parametrize("size", SIZES)
def test_catalogue_columns_fit_the_table(lang_window, qtbot, size):
    page = lang_window.show_page("catalogue")
    lang_window.resize(*size)
    qtbot.wait(50)
    assert (lang_window.width(), lang_window.height()) == size
    table = page.table
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width() + 1


@pytest.mark.parametrize("size", SIZES)
def test_market_reserves_keep_country_names_readable(lang_window, qtbot, size):
    """Reserves add two columns; on a narrow table the production − reserves share column
    steps aside (its figure moves into the share's tooltip) so names are not cut to 'Au…'."""
    from PySide6.QtCore import Qt

    from reetool.ui.market.table_model import COUNTRY, GAP, SHARE

    page = lang_window.show_page("market")
    qtbot.waitUntil(lambda: page.model.table is not None, timeout=5000)
    lang_window.resize(*size)
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("reserves"))
    qtbot.waitUntil(lambda: page.model.extra, timeout=5000)
    qtbot.wait(50)
    view, model = page.view, page.model
    narrow = view.isColumnHidden(GAP)
    assert narrow == (size == (1024, 768))      # 1280 px leaves the column its room
    assert view.horizontalScrollBar().maximum() == 0
    names = [model.index(r, COUNTRY).data() for r in range(model.rowCount())]
    widest = max(view.fontMetrics().horizontalAdvance(n) for n in names if n)
    assert view.columnWidth(COUNTRY) >= widest, (view.columnWidth(COUNTRY), widest)
    us = next(r for r in range(model.rowCount()) if model.rows[r].country == "United States")
    tip = model.index(us, SHARE).data(Qt.ItemDataRole.ToolTipRole)
    # MCS2026, 2025: production 51,000 / 390,000 = 13.08 %; reserves 1.9 Mt / >75 Mt ≤ 2.53 %;
    # 13.08 − 2.53 = 10.5 points, a lower bound (the reserves share is an upper bound)
    assert model.index(us, GAP).data() == "≥ +10.5"
    assert ("≥ +10.5" in tip) == narrow
