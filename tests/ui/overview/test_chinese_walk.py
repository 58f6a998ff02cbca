"""A Chinese-UI walk of the Market page and the Overview for five commodities: no English
country, commodity or statistic name is shown (names come from reetool.ui.names)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QLabel, QLineEdit, QTabWidget,
)

from reetool.data import market, names

COMMODITIES = ("Rare earths", "Gallium", "Copper", "Graphite (Natural)", "Tungsten")


def english_names(commodity: str) -> set[str]:
    """English names that have a Chinese form: every commodity, this commodity's statistics,
    every country of its tables (as published and as ISO names)."""
    found = set()
    for c in market.commodities():
        found |= {c, names.commodity_display(c)}
    for statistic in market.statistics(commodity):
        if names.statistic_zh(statistic):
            found.add(statistic)
        for year in market.years(commodity, statistic):
            table = market.country_table(commodity, statistic, year)
            for r in table.rows:
                if names.country_zh(r.country):
                    found.add(r.country)
                    found.add(names.country_en(names.iso3(r.country)) or r.country)
    return {n for n in found if n}


def shown_texts(root) -> list[tuple[str, str]]:
    """(where, text) of everything visible a user reads on ``root`` (tooltips excluded)."""
    out = []
    for w in root.findChildren(QLabel):
        if w.isVisibleTo(root) and w.text():
            out.append((w.objectName() or "QLabel", w.text()))
    for w in root.findChildren(QAbstractButton):
        if w.isVisibleTo(root) and w.text():
            out.append((w.objectName() or "button", w.text()))
    for w in root.findChildren(QComboBox):
        if w.isVisibleTo(root):
            out += [(w.objectName() or "QComboBox", w.itemText(i)) for i in range(w.count())]
    for w in root.findChildren(QLineEdit):
        if w.isVisibleTo(root) and not isinstance(w.parent(), QComboBox):
            out.append((w.objectName() or "QLineEdit", w.text()))
    for w in root.findChildren(QTabWidget):
        out += [(w.objectName() or "tabs", w.tabText(i)) for i in range(w.count())]
    for w in root.findChildren(QAbstractItemView):
        m = w.model()
        if m is None or not w.isVisibleTo(root):
            continue
        for c in range(m.columnCount()):
            out.append((w.objectName() or "view", str(m.headerData(c, _h()) or "")))
            for r in range(m.rowCount()):
                out.append((w.objectName() or "view", str(m.index(r, c).data() or "")))
    return out


def _h():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def offenders(root, commodity: str) -> set[tuple[str, str]]:
    bad = set()
    wanted = sorted(english_names(commodity), key=len, reverse=True)
    pattern = re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, wanted)) + r")(?![A-Za-z])")
    for where, text in shown_texts(root):
        for m in pattern.finditer(text):
            bad.add((where, m.group(1)))
    return bad


def test_overview_in_chinese_shows_no_english_names(zh_window, qtbot):
    page = zh_window.show_page("overview")
    qtbot.waitUntil(lambda: page.state.loaded and page.model.rowCount() > 0, timeout=10000)
    found = set()
    for commodity in COMMODITIES:
        page.select(commodity=commodity)
        assert page.state.selected == commodity
        found |= offenders(page, commodity)
    assert found == set()


def _market_walk(window, qtbot) -> set[tuple[str, str]]:
    page = window.show_page("market")
    qtbot.waitUntil(lambda: page.model.table is not None, timeout=5000)
    found = set()
    for commodity in COMMODITIES:
        for metric in ("production", "reserves"):
            if metric == "reserves" and not any("reserve" in s.casefold()
                                                for s in market.statistics(commodity)):
                continue
            page.select(commodity=commodity, metric=metric)
            assert page.commodity == commodity
            found |= offenders(page, commodity)
    return found


def test_market_page_in_chinese_shows_no_english_names(zh_window, qtbot):
    # every combo, the statistic combo included, shows names through reetool.ui.names
    found = _market_walk(zh_window, qtbot)
    assert found == set(), sorted(found)


def test_the_walk_finds_english_names_in_the_english_interface(window, qtbot):
    """The check above can fail: in English the same walk finds the names."""
    page = window.show_page("overview")
    qtbot.waitUntil(lambda: page.state.loaded and page.model.rowCount() > 0, timeout=10000)
    page.select(commodity="Gallium")
    found = {name for _where, name in offenders(page, "Gallium")}
    assert {"China", "Gallium", "Primary production"} <= found
    market_page = window.show_page("market")
    qtbot.waitUntil(lambda: market_page.model.table is not None, timeout=5000)
    market_page.select(commodity="Gallium", metric="production")
    assert {"China", "Primary production"} <= {n for _w, n in offenders(market_page, "Gallium")}
