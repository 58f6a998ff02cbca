"""The Market page's five selectors (commodity, metric, statistic, data year, edition) bound
to its MarketState: a choice goes into the state, and the state's "selection" notification
refills the combos (without echoing back). The lists come from the state, so the combos
never offer a year or edition the data lacks."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker

from reetool.ui.names import statistic_name


class Selectors(QObject):
    def __init__(self, page, state):
        super().__init__(page)
        self.page, self.state = page, state
        page.commodity_combo.currentIndexChanged.connect(
            lambda *_: self._choose(commodity=page.commodity_combo.value()))
        page.metric_combo.currentIndexChanged.connect(
            lambda *_: self._choose(metric=page.metric_combo.currentData()))
        page.statistic_combo.currentIndexChanged.connect(
            lambda *_: self._choose(statistic=page.statistic_combo.currentData()))
        page.year_combo.currentIndexChanged.connect(
            lambda *_: self._choose(year=page.year_combo.currentData()))
        page.edition_combo.currentIndexChanged.connect(
            lambda *_: self._choose(edition=page.edition_combo.currentData()))

    def _choose(self, **choice) -> None:
        if self.state.loaded:
            self.state.select(**choice)

    def combos(self):
        p = self.page
        return (p.commodity_combo, p.metric_combo, p.statistic_combo, p.year_combo, p.edition_combo)

    def render(self) -> None:
        st, p = self.state, self.page
        blockers = [QSignalBlocker(c) for c in self.combos()]
        try:
            if [p.commodity_combo.itemData(i) for i in range(p.commodity_combo.count())] \
                    != st.commodities:
                p.commodity_combo.set_names(st.commodities, st.commodity)
            p.commodity_combo.set_value(st.commodity)
            self._fill(p.metric_combo, [(self.metric_text(m), m) for m in st.metrics], st.metric)
            self._fill(p.statistic_combo, [(statistic_name(s), s) for s in st.statistics],
                       st.statistic)
            self._fill(p.year_combo, [(str(y), y) for y in reversed(st.years)], st.year)
            entries = [(self.latest_text(), None)] + [(e, e) for e in st.editions] \
                if st.editions else []
            self._fill(p.edition_combo, entries, st.edition)
        finally:
            for b in blockers:
                b.unblock()

    @staticmethod
    def _fill(combo, entries, current) -> None:
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)

    def metric_text(self, key: str) -> str:
        return self.tr("Production") if key == "production" else self.tr("Reserves")

    def latest_text(self) -> str:
        eds = self.state.editions
        return self.tr("Latest for {year}: {edition}").format(
            year=self.state.year, edition=eds[0] if eds else "")

    def retranslate(self) -> None:
        p = self.page
        for i in range(p.metric_combo.count()):
            p.metric_combo.setItemText(i, self.metric_text(p.metric_combo.itemData(i)))
        for i in range(p.statistic_combo.count()):
            p.statistic_combo.setItemText(i, statistic_name(p.statistic_combo.itemData(i)))
        if p.edition_combo.count():
            p.edition_combo.setItemText(0, self.latest_text())
