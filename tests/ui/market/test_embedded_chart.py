"""The Scenarios tab carries the live scenario chart, built only when first opened."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt


def test_scenario_chart_appears_with_the_scenarios_tab_and_follows_the_slider(window, qtbot):
    page = window.show_page("market")
    qtbot.waitUntil(lambda: page.model.table is not None, timeout=5000)
    assert page.scenario_chart is None and not page.chart_area.isVisible()

    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page.scenario_chart is not None and page.chart_area.isVisible()

    scn = page.scenarios
    scn.tabs.setCurrentIndex(0)                    # disruption
    scn.dis_country.setCurrentText("China")
    scn.cut.setValue(40)
    spec = page.scenario_chart.spec
    # MCS2026, 2025 (latest): China mined 270,000 t; withholding 40 % loses 108,000 t.
    assert "40" in spec.title
    assert [round(d.y) for d in spec.panels[0].series[1].data] == [108_000]

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert not page.chart_area.isVisible()


def test_market_page_alone_does_not_import_pyqtgraph():
    import subprocess

    code = ("import os, sys\nos.environ['QT_QPA_PLATFORM']='offscreen'\n"
            "from reetool.ui.app import application\nfrom reetool.ui.main_window import MainWindow\n"
            "application(lang='en')\nw = MainWindow(start_page='market', persist=False)\nw.show()\n"
            "print('pyqtgraph' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr[-800:]
