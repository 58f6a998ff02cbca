"""1024×768 and 1280×720 in the projector theme: the Charts, Sources and Briefing pages keep
what matters visible (nothing needed hidden behind a toolbar chevron, the sources' titles keep
their room, status texts elide and keep the whole text as a tooltip)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


@pytest.fixture(autouse=True)
def restore_view(app):
    yield
    from reetool.ui import theme, zoom

    zoom.set_zoom(1.0)
    theme.apply("light")


@pytest.fixture(params=[(1024, 768), (1280, 720)], ids=["1024x768", "1280x720"])
def small(window, qtbot, request):
    window.extras[0].theme_actions["projector"].trigger()
    window.resize(*request.param)
    qtbot.wait(50)
    return window


def extension_visible(toolbar) -> bool:
    ext = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return ext is not None and ext.isVisible()


def test_briefing_toolbar_fits(small, qtbot):
    page = small.show_page("briefing")
    qtbot.wait(50)
    assert not extension_visible(page.toolbar)
    for button in ("present_button", "export_button", "deck_button"):
        b = getattr(page, button)
        assert b.isVisible() and b.geometry().right() <= page.toolbar.width()


def test_sources_titles_keep_the_most_room(small, qtbot):
    page = small.show_page("sources")
    qtbot.wait(50)
    widths = [page.table.columnWidth(c) for c in range(page.model.columnCount())]
    title = widths[1]
    assert title == max(widths) and title >= 0.25 * page.table.viewport().width()
    index = page.proxy.index(0, 1)
    assert index.data(Qt.ItemDataRole.ToolTipRole)          # the whole title on hover


def test_charts_side_panel_leaves_the_chart_room(small, qtbot):
    page = small.show_page("charts")
    qtbot.wait(50)
    view = page.view(page.current_name())
    assert view.width() >= 0.5 * page.width()
    assert page.theme_box.width() < 300          # a long theme name does not widen the panel


def test_status_texts_elide_with_the_whole_text_as_tooltip(small, qtbot):
    small.show_page("catalogue")
    qtbot.wait(50)
    for label in (small.status_page, small.status_data):
        assert label.toolTip() == label.text()
        assert label.geometry().right() <= small.statusBar().width()
    assert small.status_data.text().startswith("Data: rare earths")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_page_fits_the_projector_screen(small, qtbot, lang):
    """No page makes the window wider than the screen (at 1024×768 the Market, Overview and
    Reference pages used to push it to 1061–1108 pixels, cutting their right edge off)."""
    from reetool.ui.pages import PAGE_IDS

    size = (small.width(), small.height())
    small.set_language(lang)
    try:
        for page_id in PAGE_IDS:
            small.show_page(page_id)
            qtbot.wait(30)
            assert small.minimumSizeHint().width() <= size[0], page_id
            small.resize(*size)
            qtbot.wait(10)
            assert (small.width(), small.height()) == size, page_id
    finally:
        small.set_language("en")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_market_tabs_whole_and_the_scenario_chart_has_room(small, qtbot, lang):
    small.set_language(lang)
    try:
        page = small.show_page("market")
        qtbot.waitUntil(lambda: page.model.table is not None, timeout=5000)
        qtbot.wait(50)
        bar = page.tabs.tabBar()
        for i in range(bar.count()):     # whole titles in the projector's larger type too
            rect = bar.tabRect(i)
            assert bar.fontMetrics().horizontalAdvance(bar.tabText(i)) < rect.width()
            assert rect.right() <= bar.width() <= page.tabs.width(), bar.tabText(i)
        assert page.view.horizontalScrollBar().maximum() == 0
        page.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: page.scenario_chart is not None and page.chart_area.isVisible())
        qtbot.wait(30)
        # the bars and their labels need the height; the controls above scroll instead
        assert page.chart_area.height() > page.tabs.height()
    finally:
        small.set_language("en")


def test_timeline_filters_wrap_instead_of_cutting_their_choices(small, qtbot):
    page = small.show_page("reference")
    qtbot.wait(30)
    t = page.timeline
    for combo in (t.country, t.kind, t.commodity, t.status):
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() > needed, combo.currentText()
        assert combo.geometry().right() <= combo.parentWidget().width()
