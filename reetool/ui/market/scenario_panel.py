"""Scenario controls: disruption (cut %) and ramp-up (growth rates), sliders paired with spin
boxes; results update live and are published to the shared state for the scenario chart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QSlider, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget,
)

from reetool.analysis.scenarios import EU_CRMA_BENCHMARK, disruption, rampup
from reetool.ui.market.table_model import MISSING, fmt_number, fmt_pct, unit_text
from reetool.ui.named_combo import NamedCombo
from reetool.ui.names import country_name


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


def _result_label(name: str) -> QLabel:
    lab = QLabel(objectName=name, wordWrap=True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class ScenarioPanel(QWidget):
    changed = Signal(object)   # the live scenario (the dict published to app_state)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("market_scenarios")
        self.table = None
        self.result = None
        lay = QVBoxLayout(self)
        self.edited_note = QLabel(objectName="scn_edited_note", wordWrap=True)
        self.edited_note.setStyleSheet("color: #9a5b00; font-weight: bold;")
        self.edited_note.setVisible(False)
        lay.addWidget(self.edited_note)
        self.tabs = QTabWidget(objectName="scn_tabs")
        lay.addWidget(self.tabs)

        dis = QWidget()
        f = QFormLayout(dis)
        f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
            f.addRow(self.dis_names[k], lab)
        self.dis_note = QLabel(objectName="scn_dis_note", wordWrap=True)
        f.addRow(self.dis_note)
        self.tabs.addTab(dis, "")

        ramp = QWidget()
        g = QFormLayout(ramp)
        g.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
            g.addRow(self.ramp_names[k], lab)
        self.tabs.addTab(ramp, "")

        for w in (self.cut, self.h, self.g):
            w.valueChanged.connect(self.recompute)
        self.threshold.valueChanged.connect(self.recompute)
        self.dis_country.currentIndexChanged.connect(self.recompute)
        self.ramp_country.currentIndexChanged.connect(self.recompute)
        self.tabs.currentChanged.connect(self.recompute)
        self.retranslate()

    @property
    def kind(self) -> str:
        return "disruption" if self.tabs.currentIndex() == 0 else "rampup"

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
        self.recompute()

    # --- data ----------------------------------------------------------------------------
    def set_table(self, table, preferred: str | None = None) -> None:
        self.table = table
        self.edited_note.setVisible(bool(table is not None and table.edited))
        names = [r.country for r in table.rows if not r.is_other and r.value is not None] \
            if table else []
        leader = max(names, key=lambda c: table.row(c).value) if names else None
        for combo in (self.dis_country, self.ramp_country):
            current = combo.value()
            pick = preferred if preferred in names else (current if current in names else leader)
            combo.set_names(names, pick)
        self.recompute()

    def set_country(self, name: str) -> None:
        for combo in (self.dis_country, self.ramp_country):
            combo.set_value(name)

    def params(self) -> dict:
        return {"disruption": {"country": self.dis_country.value(), "cut_pct": self.cut.value()},
                "rampup": {"country": self.ramp_country.value(),
                           "country_growth_pct": self.h.value(), "others_growth_pct": self.g.value(),
                           "threshold_pct": float(self.threshold.value())},
                "kind": self.kind}

    def set_params(self, p: dict) -> None:
        d, r = p.get("disruption") or {}, p.get("rampup") or {}
        for w, val in ((self.cut, d.get("cut_pct")), (self.h, r.get("country_growth_pct")),
                       (self.g, r.get("others_growth_pct"))):
            if isinstance(val, (int, float)):
                w.setValue(float(val))
        if isinstance(r.get("threshold_pct"), (int, float)):
            self.threshold.setValue(int(r["threshold_pct"]))
        if d.get("country"):
            self.dis_country.set_value(d["country"])
        if r.get("country"):
            self.ramp_country.set_value(r["country"])
        self.tabs.setCurrentIndex(1 if p.get("kind") == "rampup" else 0)
        self.recompute()

    def _clear(self, labels) -> None:
        for lab in labels.values():
            lab.setText(MISSING)

    def recompute(self, *_):
        t = self.table
        world = t.world.value if (t is not None and t.world is not None) else None
        unit = unit_text(t.unit) if t else ""
        scenario = None
        if t is None or not world:
            self._clear(self.dis_labels)
            self._clear(self.ramp_labels)
            self.result = None
            return None
        base = {"commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
                "year": t.data_year, "unit": t.unit, "source_ids": list(t.source_ids),
                "edited": t.edited}
        dcountry = self.dis_country.value()
        drow = t.row(dcountry) if dcountry else None
        if drow is not None and drow.value is not None:
            d = disruption(drow.value, world, self.cut.value())
            self.dis_labels["lost"].setText(f"{fmt_number(d.lost)} {unit}")
            self.dis_labels["lost_pct"].setText(fmt_pct(d.lost_pct_of_world))
            self.dis_labels["shortfall"].setText(fmt_pct(d.shortfall_pct))
            self.dis_labels["share_after"].setText(fmt_pct(d.country_share_after))
            if self.kind == "disruption":
                scenario = {**base, "kind": "disruption", "country": drow.country,
                            "params": {"cut_pct": d.cut_pct},
                            "result": {"lost": d.lost, "remaining": d.remaining,
                                       "lost_pct_of_world": d.lost_pct_of_world,
                                       "shortfall_pct": d.shortfall_pct,
                                       "country_share_before_pct": d.country_share_before,
                                       "country_share_after_pct": d.country_share_after,
                                       "world": world}}
        else:
            self._clear(self.dis_labels)
        rcountry = self.ramp_country.value()
        rrow = t.row(rcountry) if rcountry else None
        if rrow is not None and rrow.value is not None:
            th = float(self.threshold.value())
            r = rampup(rrow.value, world, self.h.value(), self.g.value(), t.data_year,
                       thresholds=(th, EU_CRMA_BENCHMARK))
            self.ramp_labels["base_share"].setText(
                self.tr("{share} in {year}").format(share=fmt_pct(r.share_pct[0]), year=t.data_year))

            def crossing(year):
                if year is None:
                    return self.tr("not within {n} years").format(n=len(r.years) - 1)
                if year == t.data_year:
                    return self.tr("already below in {year}").format(year=year)
                return self.tr("in {year}").format(year=year)

            self.ramp_labels["cross"].setText(crossing(r.crossings[th]))
            self.ramp_labels["cross_eu"].setText(crossing(r.crossings[EU_CRMA_BENCHMARK]))
            if self.kind == "rampup":
                scenario = {**base, "kind": "rampup", "country": rrow.country,
                            "params": {"country_growth_pct": self.h.value(),
                                       "others_growth_pct": self.g.value(), "base_year": t.data_year,
                                       "threshold_pct": th},
                            "result": {"share_base_pct": r.share_pct[0],
                                       "crossings": {f"{k:g}": v for k, v in r.crossings.items()}},
                            "series": {"years": list(r.years), "share_pct": list(r.share_pct)}}
        else:
            self._clear(self.ramp_labels)
        self.result = scenario
        if scenario is not None:
            self.changed.emit(scenario)
        return scenario

    def export_rows(self) -> list[dict]:
        s = self.result
        if not s:
            return []
        base = {"kind": s["kind"], "commodity": s["commodity"], "statistic": s["statistic"],
                "edition": s["edition"], "data_year": s["year"], "unit": s["unit"],
                "country": s["country"], "source": ";".join(s["source_ids"]),
                "includes_edits": s["edited"]}
        if s["kind"] == "rampup":
            return [{**base, "year": y, "share_pct": v, **s["params"]}
                    for y, v in zip(s["series"]["years"], s["series"]["share_pct"])]
        return [{**base, **s["params"], "field": k, "value": v} for k, v in s["result"].items()]
