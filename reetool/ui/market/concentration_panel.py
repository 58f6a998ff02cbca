"""Concentration panel: world total, CR1/CR3/CR4, HHI with its range, equivalent producers,
ΔHHI of a combination, and the antitrust reference lines (with their caveat)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget,
)

from reetool.analysis.concentration import HHI_REFERENCES, delta_hhi
from reetool.ui.market.table_model import MISSING, fmt_number, fmt_pct, unit_text
from reetool.ui.named_combo import NamedCombo
from reetool.ui.names import country_name

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
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("market_concentration")
        lay = QVBoxLayout(self)
        self.edited_note = QLabel(objectName="conc_edited_note", wordWrap=True)
        self.edited_note.setStyleSheet("color: #9a5b00; font-weight: bold;")
        lay.addWidget(self.edited_note)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            self.names[key] = QLabel()
            self.values[key] = QLabel(objectName=f"conc_{key}", wordWrap=True)
            self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self.names[key], self.values[key])
        lay.addLayout(self.form)
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
        self.retranslate()

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
        self.treatment.setText(self.tr(
            "Shares are of the publisher's world total. HHI counts the \"Other countries\" line as "
            "one producer (upper bound); the range's lower bound treats it as fully fragmented. "
            "CR1/CR3/CR4 rank countries only. Missing values are left out, never read as 0."))
        self.combine_label.setText(self.tr("If combined:"))
        self.update_figures(self.table, self.conc)

    def update_figures(self, table, conc) -> None:
        self.table, self.conc = table, conc
        v = self.values
        if table is None or conc is None or conc.world is None:
            for lab in v.values():
                lab.setText(MISSING)
            self.gauge.set_range(None, None)
            self.edited_note.setVisible(False)
            return
        unit = unit_text(table.unit)
        world_txt = fmt_number(conc.world)
        if conc.world_from_rows:
            world_txt = self.tr("{value} {unit} (sum of rows: no published total)").format(
                value=world_txt, unit=unit)
        else:
            cmp_ = table.world.comparator if table.world else ""
            est = self.tr(", estimated") if table.world and table.world.estimated else ""
            world_txt = f"{cmp_}{world_txt} {unit}{est}"
        v["world"].setText(world_txt)
        if conc.leader:
            v["leader"].setText(self.tr("{country}: {share}").format(
                country=country_name(conc.leader), share=fmt_pct(conc.shares[conc.leader])))
        else:
            v["leader"].setText(MISSING)
        for key in ("cr1", "cr3", "cr4"):
            v[key].setText(fmt_pct(getattr(conc, key)))
        v["hhi"].setText(fmt_number(conc.hhi))
        v["hhi_range"].setText(self.tr("{low} (Other fragmented) – {high} (Other as one producer)")
                               .format(low=fmt_number(conc.hhi_low), high=fmt_number(conc.hhi_high)))
        v["n_equivalent"].setText(MISSING if conc.n_equivalent is None else f"{conc.n_equivalent:.2f}")
        v["other"].setText(fmt_pct(conc.other_pct) if conc.other_pct is not None else
                           self.tr("{missing} (not published)").format(missing=MISSING))
        un = conc.unallocated_pct
        if un is not None and un < -0.005:
            v["unallocated"].setText(self.tr("{pct} (the rows add up to more than the rounded "
                                             "world total)").format(pct=fmt_pct(un, 2)))
        else:
            v["unallocated"].setText(fmt_pct(un, 2))
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
        self.combine_result.setText(self.tr("ΔHHI = +{delta} → HHI {hhi}").format(
            delta=fmt_number(d), hhi=fmt_number(self.conc.hhi + d)))

    def export_rows(self) -> list[dict]:
        """Field/value rows with provenance, for the CSV export."""
        if self.table is None or self.conc is None:
            return []
        c, t = self.conc, self.table
        base = {"commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
                "edition_version": t.edition_version, "data_year": t.data_year,
                "source": ";".join(t.source_ids), "includes_edits": t.edited}
        items = [("world", c.world, t.unit), ("cr1", c.cr1, "%"), ("cr3", c.cr3, "%"),
                 ("cr4", c.cr4, "%"), ("hhi", c.hhi, "0-10000"), ("hhi_low", c.hhi_low, "0-10000"),
                 ("hhi_high", c.hhi_high, "0-10000"), ("n_equivalent", c.n_equivalent, ""),
                 ("other_pct", c.other_pct, "%"), ("unallocated_pct", c.unallocated_pct, "%")]
        return [{"field": k, "value": val, "unit": u, **base} for k, val, u in items]
