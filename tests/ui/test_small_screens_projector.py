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
