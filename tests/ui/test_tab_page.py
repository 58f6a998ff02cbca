"""A tab page that paints its own background in the pane's colour: it looks the same as a
see-through page in every theme, and a change on it repaints no frame behind it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QTabWidget, QWidget

from reetool.ui import theme
from reetool.ui.tab_page import TabPage, pane_color


@pytest.mark.parametrize("name", ["light", "dark", "projector"])
def test_the_page_has_the_colour_of_a_see_through_page(app, qtbot, name):
    theme.apply(name)
    try:
        tabs = QTabWidget()
        qtbot.addWidget(tabs)
        plain, own = QWidget(), TabPage()
        tabs.addTab(plain, "plain")
        tabs.addTab(own, "own")
        tabs.resize(300, 200)
        tabs.show()
        qtbot.waitExposed(tabs)
        at = plain.mapTo(tabs, QPoint(150, 80))
        seen = tabs.grab().toImage().pixelColor(at)             # the pane, through the page
        tabs.setCurrentIndex(1)
        qtbot.wait(10)
        assert own.mapTo(tabs, QPoint(150, 80)) == at
        assert tabs.grab().toImage().pixelColor(at) == seen
        assert pane_color(own) == seen
    finally:
        theme.apply("light")


def test_a_label_repainted_on_a_scenario_tab_repaints_no_tab_frame(window, qtbot):
    """A slider step repaints the scenario's result labels; on an opaque page that repaints
    the labels, not the two tab widgets' frames and the scroll area behind them."""
    page = window.show_page("market")
    qtbot.waitUntil(lambda: page.model.table is not None, timeout=5000)
    page.tabs.setCurrentIndex(page.SCENARIO_TAB)
    qtbot.wait(50)

    class Paints(QObject):
        seen: list = []

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                Paints.seen.append(obj)
            return False

    spy = Paints()
    frames = window.findChildren(QTabWidget)
    label = page.scenarios.dis_labels["lost"]
    for w in frames + [label]:
        w.installEventFilter(spy)
    qtbot.wait(200)                   # the tab's own first paints (its scroll bar) are done
    Paints.seen = []
    label.update()
    qtbot.waitUntil(lambda: label in Paints.seen)
    qtbot.wait(20)
    assert [o.objectName() for o in Paints.seen if isinstance(o, QTabWidget)] == []
