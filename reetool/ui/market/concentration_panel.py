"""Concentration panel: world total, CR1/CR3/CR4, HHI with its range, equivalent producers,
ΔHHI of a combination, and the antitrust reference lines (with their caveat).

Bounded figures read "≤ 48.9 %" / "≥ 3.25" with a tooltip that says why (bound_text). The
"Shares of" selector switches between the publisher's world total and the listed sum: the
panel recomputes its own figures and emits ``basis_changed("world" | "listed")`` so the page
can switch the table (``CountryTableModel.set_basis``) to the same basis."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget,
)

from reetool.analysis.concentration import HHI_REFERENCES, delta_hhi, summarize
from reetool.data.bounds import Bound, combine
from reetool.ui.market import bound_text
from reetool.ui.market.table_model import MISSING, fmt_number, fmt_pct, unit_text
from reetool.ui.named_combo import NamedCombo
from reetool.ui.names import country_name
from reetool.ui.theme_colors import set_tone

FIELDS = ("world", "leader", "cr1", "cr3", "cr4", "hhi", "hhi_range", "n_equivalent", "other",
          "unallocated")


class HhiGauge(QWidget):
    """A 0–10,000 bar with the HHI (and its range) and the reference lines."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("market_hhi_gauge")
        self.low = self.high = None
        self.setMinimumHeight(58)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_range(self, low, high) -> None:
        self.low, self.high = low, high
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        w = self.width() - 16
        x0, y, h = 8, 6, 12

        def x(v):
            return x0 + w * max(0.0, min(v, 10000.0)) / 10000.0

        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.mid())
        p.drawRect(QRectF(x0, y, w, h))
        if self.high is not None:
            p.setBrush(QColor("#c0392b"))
            p.drawRect(QRectF(x0, y, x(self.high) - x0, h))
            if self.low is not None and self.high - self.low > 1:
                p.setBrush(QColor("#e6a19a"))
                p.drawRect(QRectF(x(self.low), y, x(self.high) - x(self.low), h))
        p.setPen(QPen(pal.text().color(), 1, Qt.PenStyle.DashLine))
        font = p.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        p.setFont(font)
        for value, _label in HHI_REFERENCES:
            p.drawLine(int(x(value)), y - 3, int(x(value)), y + h + 3)
        p.setPen(pal.text().color())
        for n, (value, _label) in enumerate(HHI_REFERENCES):
            # stagger the labels: 1,500 and 1,800 are close on the bar
            top = y + h + 3 + (14 if n % 2 else 0)
            p.drawText(QRectF(x(value) - 30, top, 60, 16), Qt.AlignmentFlag.AlignHCenter,
                       f"{value:,}")
        p.drawText(QRectF(x0, y + h + 3, 40, 16), Qt.AlignmentFlag.AlignLeft, "0")
        p.drawText(QRectF(x0 + w - 50, y + h + 3, 50, 16), Qt.AlignmentFlag.AlignRight, "10,000")
        p.end()


class ConcentrationPanel(QWidget):
    basis_changed = Signal(str)      # "world" | "listed": the user picked what shares are of

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("market_concentration")
        lay = QVBoxLayout(self)
        self.edited_note = QLabel(objectName="conc_edited_note", wordWrap=True)
        set_tone(self.edited_note, "warn")
        bold = self.edited_note.font()
        bold.setBold(True)
        self.edited_note.setFont(bold)
        lay.addWidget(self.edited_note)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.basis_label = QLabel()
        self.basis_combo = QComboBox(objectName="conc_basis")
        self.basis_combo.addItems(["", ""])
        self.basis_combo.currentIndexChanged.connect(self._on_basis)
        self.basis_label.setBuddy(self.basis_combo)
        self.form.addRow(self.basis_label, self.basis_combo)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            self.names[key] = QLabel()
            self.values[key] = QLabel(objectName=f"conc_{key}", wordWrap=True)
            self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self.names[key], self.values[key])
        lay.addLayout(self.form)
        self.bounds_note = QLabel(objectName="conc_bounds_note", wordWrap=True)
        font = self.bounds_note.font()
        font.setItalic(True)
        self.bounds_note.setFont(font)
        lay.addWidget(self.bounds_note)
        self.gauge = HhiGauge()
        lay.addWidget(self.gauge)
        self.refs = QLabel(objectName="conc_references", wordWrap=True)
        lay.addWidget(self.refs)
        self.treatment = QLabel(objectName="conc_other_treatment", wordWrap=True)
        lay.addWidget(self.treatment)
        combine = QHBoxLayout()
        self.combine_label = QLabel()
        self.combine_a = NamedCombo(country_name, objectName="conc_combine_a")
        self.combine_b = NamedCombo(country_name, objectName="conc_combine_b")
        self.combine_result = QLabel(objectName="conc_delta_hhi")
        for w in (self.combine_a, self.combine_b):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(8)
            w.currentIndexChanged.connect(self._update_delta)
        combine.addWidget(self.combine_label)
        combine.addWidget(self.combine_a, 1)
        self.plus = QLabel("+")
        combine.addWidget(self.plus)
        combine.addWidget(self.combine_b, 1)
        lay.addLayout(combine)
        lay.addWidget(self.combine_result)
        lay.addStretch(1)
        self.table = None
        self.conc = None
        self.basis = "world"
        self.retranslate()

    def _on_basis(self, index: int) -> None:
        basis = "listed" if index == 1 else "world"
        if basis == self.basis:
            return
        self.basis = basis
        if self.table is not None:
            self.update_figures(self.table, summarize(self.table, basis))
        self.basis_changed.emit(basis)

    def set_basis(self, basis: str) -> None:
        """Select the basis from code (the page restoring its state); emits basis_changed."""
        self.basis_combo.setCurrentIndex(1 if basis == "listed" else 0)

    def retranslate(self) -> None:
        labels = {
            "world": self.tr("World total (publisher)"), "leader": self.tr("Largest country"),
            "cr1": self.tr("CR1"), "cr3": self.tr("CR3 (top 3 countries)"),
            "cr4": self.tr("CR4 (top 4 countries)"),
            "hhi": self.tr("HHI (0–10,000)"), "hhi_range": self.tr("HHI range"),
            "n_equivalent": self.tr("Equivalent number of equal producers"),
            "other": self.tr("\"Other countries\" line"),
            "unallocated": self.tr("Unallocated remainder"),
        }
        for key, text in labels.items():
            self.names[key].setText(text)
        self.refs.setText(self.tr(
            "Reference lines: HHI 1,500 and 2,500 (US Horizontal Merger Guidelines 2010: moderately / "
            "highly concentrated), 1,800 (US Merger Guidelines 2023: highly concentrated) — an "
            "antitrust reference for firms, not a verdict on countries."))
        self.basis_label.setText(self.tr("Shares of"))
        self.basis_combo.setItemText(0, self.tr("the publisher's world total"))
        self.basis_combo.setItemText(1, self.tr("the sum of the listed rows"))
        self.combine_label.setText(self.tr("If combined:"))
        self.update_figures(self.table, self.conc)

    def _treatment(self, conc) -> str:
        first = (self.tr("Shares are of the sum of the listed rows (countries with a value and "
                         "the \"Other countries\" line).")
                 if conc is not None and conc.basis == "listed" else
                 self.tr("Shares are of the publisher's world total."))
        return first + " " + self.tr(
            "HHI counts the \"Other countries\" line as one producer (upper bound); the range's "
            "lower bound treats it as fully fragmented. CR1/CR3/CR4 rank countries only. Missing "
            "values are left out, never read as 0.")

    def _world_text(self, table, conc) -> str:
        unit = unit_text(table.unit)
        w = table.world
        if conc.world_from_rows and conc.published_world is None:
            return self.tr("{value} {unit} (sum of rows: no published total)").format(
                value=fmt_number(conc.world), unit=unit)
        published = f"{w.comparator}{fmt_number(conc.published_world)} {unit}"
        if w.comparator == ">":
            published += self.tr(" (lower bound)")
        elif w.comparator == "<":
            published += self.tr(" (upper bound)")
        if w.estimated:
            published += self.tr(", estimated")
        if conc.basis == "listed":
            return self.tr("{value} {unit}: the sum of the listed rows (the publisher prints "
                           "{published})").format(value=fmt_number(conc.world), unit=unit,
                                                  published=published)
        return published

    def _remainder(self, table, conc) -> tuple[str, str]:
        """The unallocated remainder as text and tooltip: never a bare negative percentage."""
        unit = unit_text(table.unit)
        if conc.basis == "listed":
            return self.tr("none: shares are of the listed sum"), ""
        excess = conc.listed_excess
        if excess is not None:
            pct = fmt_pct(100.0 * excess / conc.published_world, 2)
            args = dict(excess=fmt_number(excess), unit=unit, pct=pct)
            if table.world is not None and table.world.comparator == ">":
                text = self.tr("none — the rows add up to {excess} {unit} ({pct}) more than "
                               "the world total, a lower bound").format(**args)
                tip = self.tr("The true world total is at least the listed sum, so nothing is "
                              "negative: shares of the printed total are upper bounds.")
            else:
                text = self.tr("none — the rows add up to {excess} {unit} ({pct}) more than "
                               "the rounded world total").format(**args)
                tip = self.tr("The publisher's world total is rounded and smaller than the sum "
                              "of the listed rows, so shares of it add up to more than 100 %. "
                              "Choose \"Shares of: the sum of the listed rows\" for shares "
                              "that add up to 100 %.")
            return text, tip
        return (bound_text.mark(fmt_pct(conc.unallocated_pct, 2), conc.bound("unallocated_pct")),
                bound_text.tip(conc.bound("unallocated_pct"), bound_text.reason(table)))

    def update_figures(self, table, conc) -> None:
        if (table is not None and conc is not None and conc.basis != self.basis
                and conc.published_world is not None):      # figures on the basis shown
            conc = summarize(table, self.basis)
        self.table, self.conc = table, conc
        v = self.values
        self.treatment.setText(self._treatment(conc))
        has_world = bool(table is not None and table.world is not None
                         and table.world.value is not None)
        self.basis_combo.setEnabled(has_world)
        if table is None or conc is None or conc.world is None:
            for lab in v.values():
                lab.setText(MISSING)
                lab.setToolTip("")
            self.gauge.set_range(None, None)
            self.edited_note.setVisible(False)
            self.bounds_note.setVisible(False)
            return
        reason = bound_text.share_reason(table)
        mark = bound_text.mark

        def show(key: str, text: str, bound=Bound.EXACT, why: str = reason) -> None:
            v[key].setText(text)
            v[key].setToolTip(bound_text.tip(bound, why))

        show("world", self._world_text(table, conc), conc.bound("world"),
             bound_text.reason(table))
        if conc.leader:
            show("leader", self.tr("{country}: {share}").format(
                country=country_name(conc.leader),
                share=mark(fmt_pct(conc.shares[conc.leader]), conc.bound("leader_share"))),
                conc.bound("leader_share"))
        else:
            show("leader", MISSING)
        for key in ("cr1", "cr3", "cr4"):
            show(key, mark(fmt_pct(getattr(conc, key)), conc.bound(key)), conc.bound(key))
        show("hhi", mark(fmt_number(conc.hhi), conc.bound("hhi")), conc.bound("hhi"))
        low, high = conc.bound("hhi_low"), conc.bound("hhi_high")
        show("hhi_range", self.tr("{low} (Other fragmented) – {high} (Other as one producer)")
             .format(low=mark(fmt_number(conc.hhi_low), low), high=mark(fmt_number(conc.hhi_high),
                                                                         high)),
             combine(low, high))
        n = conc.n_equivalent
        show("n_equivalent", MISSING if n is None else mark(f"{n:.2f}", conc.bound("n_equivalent")),
             conc.bound("n_equivalent"))
        if conc.other_pct is not None:
            show("other", mark(fmt_pct(conc.other_pct), conc.bound("other_pct")),
                 conc.bound("other_pct"))
        else:
            show("other", self.tr("{missing} (not published)").format(missing=MISSING))
        text, tip = self._remainder(table, conc)
        v["unallocated"].setText(text)
        v["unallocated"].setToolTip(tip)
        bounded = {conc.bound(k) for k in ("world", "cr1", "hhi", "other_pct", "n_equivalent")}
        self.bounds_note.setVisible(bool(bounded & {Bound.LOWER, Bound.UPPER, Bound.UNKNOWN}))
        self.bounds_note.setText(reason + " " + self.tr(
            "≤ marks an upper bound, ≥ a lower bound, ≶ a bound of unknown direction; hover a "
            "figure for why."))
        self.gauge.set_range(conc.hhi_low, conc.hhi_high)
        n_edit = sum(1 for r in table.rows if r.edited)
        n_edit += 1 if table.world is not None and table.world.edited else 0
        self.edited_note.setVisible(n_edit > 0)
        self.edited_note.setText(self.tr("Includes {n} value(s) you edited — not USGS figures.")
                                 .format(n=n_edit))
        self._fill_combine()

    def _fill_combine(self) -> None:
        names = sorted(self.conc.shares, key=lambda c: -self.conc.shares[c]) if self.conc else []
        for combo, default in ((self.combine_a, 0), (self.combine_b, 1)):
            current = combo.value()
            fallback = names[min(default, len(names) - 1)] if names else None
            combo.set_names(names, current if current in names else fallback)
        self._update_delta()

    def _update_delta(self) -> None:
        a, b = self.combine_a.value(), self.combine_b.value()
        if not self.conc or not a or not b:
            self.combine_result.setText("")
            return
        if a == b:
            self.combine_result.setText(self.tr("Pick two different countries."))
            return
        d = delta_hhi(self.conc.shares, a, b)
        db = combine(self.conc.share_bounds.get(a), self.conc.share_bounds.get(b))
        after = combine(self.conc.bound("hhi"), db)
        self.combine_result.setText(self.tr("ΔHHI = +{delta} → HHI {hhi}").format(
            delta=bound_text.mark(fmt_number(d), db),
            hhi=bound_text.mark(fmt_number(self.conc.hhi + d), after)))
        self.combine_result.setToolTip(bound_text.tip(after, bound_text.share_reason(self.table)))

    def export_rows(self) -> list[dict]:
        """Field/value rows with provenance and each figure's bound, for the CSV export."""
        if self.table is None or self.conc is None:
            return []
        c, t = self.conc, self.table
        base = {"commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
                "edition_version": t.edition_version, "data_year": t.data_year,
                "source": ";".join(t.source_ids), "includes_edits": t.edited, "basis": c.basis}
        items = [("world", c.world, t.unit), ("published_world", c.published_world, t.unit),
                 ("listed_sum", c.listed_sum, t.unit), ("listed_excess", c.listed_excess, t.unit),
                 ("cr1", c.cr1, "%"), ("cr3", c.cr3, "%"), ("cr4", c.cr4, "%"),
                 ("hhi", c.hhi, "0-10000"), ("hhi_low", c.hhi_low, "0-10000"),
                 ("hhi_high", c.hhi_high, "0-10000"), ("n_equivalent", c.n_equivalent, ""),
                 ("other_pct", c.other_pct, "%"), ("unallocated_pct", c.unallocated_pct, "%")]
        return [{"field": k, "value": val, "unit": u,
                 "bound": None if val is None else str(c.bound(k)), **base}
                for k, val, u in items]
