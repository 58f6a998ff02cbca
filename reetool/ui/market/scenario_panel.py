"""Scenario controls: disruption (cut %) and ramp-up (growth rates), sliders paired with spin
boxes. The panel renders the Market page's state (reetool.state.market.MarketState): every
control writes its value into the state, and the figures are redrawn from the state's
result (reetool.state.market_scenario), so the panel keeps no scenario of its own."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QSlider, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget,
)

from reetool.analysis.scenarios import EU_CRMA_BENCHMARK
from reetool.state.market_scenario import scenario_countries
from reetool.ui.market import bound_text
from reetool.ui.market.table_model import MISSING, fmt_number, fmt_pct, unit_text
from reetool.ui.named_combo import NamedCombo
from reetool.ui.names import country_name
from reetool.ui.tab_page import TabPage
from reetool.ui.theme_colors import set_tone


class SliderSpin(QWidget):
    """A slider and a spin box showing the same value; ``valueChanged(float)`` once per change."""

    valueChanged = Signal(float)

    def __init__(self, name: str, lo: float, hi: float, step: float, value: float, suffix: str,
                 parent=None):
        super().__init__(parent)
        self.scale = round(1 / step)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName=f"{name}_slider")
        self.slider.setRange(round(lo * self.scale), round(hi * self.scale))
        self.slider.setPageStep(max(1, self.scale * 5))
        self.spin = QDoubleSpinBox(objectName=f"{name}_spin")
        self.spin.setRange(lo, hi)
        self.spin.setSingleStep(step)
        self.spin.setDecimals(0 if step >= 1 else 1)
        self.spin.setSuffix(suffix)
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(70)
        self.slider.setMinimumWidth(50)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.spin)
        self.slider.valueChanged.connect(self._from_slider)
        self.spin.valueChanged.connect(self._from_spin)
        self.setValue(value)

    def value(self) -> float:
        return self.spin.value()

    def setValue(self, v: float) -> None:
        self.spin.setValue(v)

    def _from_slider(self, iv: int) -> None:
        v = iv / self.scale
        if abs(self.spin.value() - v) > 1e-9:
            self.spin.blockSignals(True)
            self.spin.setValue(v)
            self.spin.blockSignals(False)
        self.valueChanged.emit(v)

    def _from_spin(self, v: float) -> None:
        iv = round(v * self.scale)
        if self.slider.value() != iv:
            self.slider.blockSignals(True)
            self.slider.setValue(iv)
            self.slider.blockSignals(False)
        self.valueChanged.emit(v)


def _forms(tab: QWidget) -> tuple[QFormLayout, QFormLayout]:
    """Inputs over results, each with its own label column: the long result labels do not
    narrow the sliders."""
    lay = QVBoxLayout(tab)
    forms = []
    for _ in range(2):
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        lay.addLayout(form)
        forms.append(form)
    lay.addStretch(1)
    return forms[0], forms[1]


def _result_label(name: str) -> QLabel:
    lab = QLabel(objectName=name, wordWrap=True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class ScenarioPanel(QWidget):
    """Renders ``state`` (a MarketState) once ``bind(state)`` is called."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("market_scenarios")
        self.state = None
        self._names: list[str] | None = None
        lay = QVBoxLayout(self)
        self.edited_note = QLabel(objectName="scn_edited_note", wordWrap=True)
        set_tone(self.edited_note, "warn")
        bold = self.edited_note.font()
        bold.setBold(True)
        self.edited_note.setFont(bold)
        self.edited_note.setVisible(False)
        lay.addWidget(self.edited_note)
        self.tabs = QTabWidget(objectName="scn_tabs")
        lay.addWidget(self.tabs)

        dis = TabPage()   # opaque: a slider step repaints its labels, not the frames behind
        f, results = _forms(dis)
        self.dis_country = NamedCombo(country_name, objectName="scn_dis_country")
        self.ramp_country = NamedCombo(country_name, objectName="scn_ramp_country")
        for combo in (self.dis_country, self.ramp_country):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.cut = SliderSpin("scn_cut", 0, 100, 1, 50, " %")
        self.dis_labels = {k: _result_label(f"scn_{k}") for k in
                           ("lost", "lost_pct", "shortfall", "share_after")}
        self.dis_names = {k: QLabel() for k in ("country", "cut", *self.dis_labels)}
        f.addRow(self.dis_names["country"], self.dis_country)
        f.addRow(self.dis_names["cut"], self.cut)
        for k, lab in self.dis_labels.items():
            results.addRow(self.dis_names[k], lab)
        self.dis_note = QLabel(objectName="scn_dis_note", wordWrap=True)
        results.addRow(self.dis_note)
        self.tabs.addTab(dis, "")

        ramp = TabPage()
        g, ramp_results = _forms(ramp)
        self.h = SliderSpin("scn_h", -20, 30, 0.5, 0, " %/yr")
        self.g = SliderSpin("scn_g", -20, 30, 0.5, 10, " %/yr")
        self.threshold = QSpinBox(objectName="scn_threshold")
        self.threshold.setRange(1, 99)
        self.threshold.setValue(50)
        self.threshold.setSuffix(" %")
        self.ramp_labels = {k: _result_label(f"scn_{k}") for k in ("base_share", "cross", "cross_eu")}
        self.ramp_names = {k: QLabel() for k in ("country", "h", "g", "threshold", *self.ramp_labels)}
        g.addRow(self.ramp_names["country"], self.ramp_country)
        g.addRow(self.ramp_names["h"], self.h)
        g.addRow(self.ramp_names["g"], self.g)
        g.addRow(self.ramp_names["threshold"], self.threshold)
        for k, lab in self.ramp_labels.items():
            ramp_results.addRow(self.ramp_names[k], lab)
        self.tabs.addTab(ramp, "")

        # user input goes into the state; the state's notification redraws the panel
        self.cut.valueChanged.connect(lambda v: self._write(cut_pct=v))
        self.h.valueChanged.connect(lambda v: self._write(country_growth_pct=v))
        self.g.valueChanged.connect(lambda v: self._write(others_growth_pct=v))
        self.threshold.valueChanged.connect(lambda v: self._write(threshold_pct=float(v)))
        self.dis_country.currentIndexChanged.connect(
            lambda *_: self._write(dis_country=self.dis_country.value()))
        self.ramp_country.currentIndexChanged.connect(
            lambda *_: self._write(ramp_country=self.ramp_country.value()))
        self.tabs.currentChanged.connect(
            lambda i: self._write(kind="disruption" if i == 0 else "rampup"))
        self.retranslate()

    # --- binding ---------------------------------------------------------------------------
    def bind(self, state) -> None:
        self.state = state
        self.render()

    def _write(self, **values) -> None:
        if self.state is not None:
            self.state.set_scenario(**values)

    @property
    def kind(self) -> str:
        return self.state.scenario.kind if self.state is not None else "disruption"

    @property
    def result(self) -> dict | None:
        """The live scenario (the dict the Charts page draws), or None."""
        return self.state.scenario_result.published if self.state is not None else None

    def params(self) -> dict:
        return self.state.scenario.to_dict()

    def set_params(self, p: dict) -> None:
        self.state.apply_scenario(p)

    def set_country(self, name: str) -> None:
        self.state.set_scenario(dis_country=name, ramp_country=name)

    def render(self) -> None:
        """Show the state's parameters and figures (without echoing them back)."""
        st = self.state
        if st is None:
            return
        p, table = st.scenario, st.table
        names = scenario_countries(table)
        with QSignalBlocker(self.dis_country), QSignalBlocker(self.ramp_country):
            if names != self._names:
                self._names = names
                self.dis_country.set_names(names, p.dis_country)
                self.ramp_country.set_names(names, p.ramp_country)
            self.dis_country.set_value(p.dis_country)
            self.ramp_country.set_value(p.ramp_country)
        for widget, value in ((self.cut, p.cut_pct), (self.h, p.country_growth_pct),
                              (self.g, p.others_growth_pct), (self.threshold, p.threshold_pct)):
            if widget.value() != value:
                with QSignalBlocker(widget):
                    widget.setValue(int(value) if widget is self.threshold else value)
        with QSignalBlocker(self.tabs):
            self.tabs.setCurrentIndex(0 if p.kind == "disruption" else 1)
        self.edited_note.setVisible(bool(table is not None and table.edited))
        self._show_figures()

    def _show_figures(self) -> None:
        r, table = self.state.scenario_result, self.state.table
        unit = unit_text(table.unit) if table is not None else ""
        d = r.disruption
        if d is None:
            self._clear(self.dis_labels)
        else:
            why = bound_text.reason(table)
            for key, text, name in (("lost", f"{fmt_number(d.lost)} {unit}", "lost"),
                                    ("lost_pct", fmt_pct(d.lost_pct_of_world), "lost_pct_of_world"),
                                    ("shortfall", fmt_pct(d.shortfall_pct), "shortfall_pct"),
                                    ("share_after", fmt_pct(d.country_share_after),
                                     "country_share_after")):
                self.dis_labels[key].setText(bound_text.mark(text, d.bound(name)))
                self.dis_labels[key].setToolTip(bound_text.tip(d.bound(name), why))
        ramp = r.rampup
        if ramp is None:
            self._clear(self.ramp_labels)
            return
        th = self.state.scenario.threshold_pct
        year = table.data_year
        why = bound_text.reason(table)
        self.ramp_labels["base_share"].setText(self.tr("{share} in {year}").format(
            share=bound_text.mark(fmt_pct(ramp.share_pct[0]), ramp.share_bound), year=year))
        self.ramp_labels["base_share"].setToolTip(bound_text.tip(ramp.share_bound, why))

        def crossing(y):
            if y is None:
                return self.tr("not within {n} years").format(n=len(ramp.years) - 1)
            if y == year:
                return self.tr("already below in {year}").format(year=y)
            return self.tr("in {year}").format(year=y)

        for key, value in (("cross", ramp.crossings[th]),
                           ("cross_eu", ramp.crossings[EU_CRMA_BENCHMARK])):
            self.ramp_labels[key].setText(crossing(value))
            # a bounded base share moves the crossing: say so beside the year
            self.ramp_labels[key].setToolTip(bound_text.tip(ramp.crossing_bound, why))

    def _clear(self, labels) -> None:
        for lab in labels.values():
            lab.setText(MISSING)
            lab.setToolTip("")

    def retranslate(self) -> None:
        self.edited_note.setText(self.tr("Based on a table you edited — not USGS figures."))
        self.tabs.setTabText(0, self.tr("Disruption"))
        self.tabs.setTabText(1, self.tr("Ramp-up"))
        n = self.dis_names
        n["country"].setText(self.tr("Country"))
        n["cut"].setText(self.tr("Withholds"))
        n["lost"].setText(self.tr("Lost to the market"))
        n["lost_pct"].setText(self.tr("Share of world supply lost"))
        n["shortfall"].setText(self.tr("Shortfall vs. what the rest now gets"))
        n["share_after"].setText(self.tr("Country's share afterwards"))
        self.dis_note.setText(self.tr(
            "Assumes the country's whole output was on the world market; the rest of the world "
            "now gets world total − withheld. Shortfall = withheld ÷ what remains."))
        r = self.ramp_names
        r["country"].setText(self.tr("Country"))
        r["h"].setText(self.tr("Its growth"))
        r["g"].setText(self.tr("Rest of world growth"))
        r["threshold"].setText(self.tr("Threshold"))
        r["base_share"].setText(self.tr("Share in the base year"))
        r["cross"].setText(self.tr("Falls below the threshold"))
        r["cross_eu"].setText(self.tr("Falls below 65 % (EU CRMA benchmark)"))
        for w in (self.h, self.g):
            w.spin.setSuffix(self.tr(" %/yr"))
        if self.state is not None:
            self._show_figures()
        else:
            self._clear(self.dis_labels)
            self._clear(self.ramp_labels)
