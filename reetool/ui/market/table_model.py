"""The country table: value, share of the world total, flags, source; values editable."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from reetool.analysis.concentration import rp_years, share_gap, summarize

COUNTRY, VALUE, SHARE, FLAGS, SOURCE, RP, GAP = range(7)
EDITED_BG = QColor("#fff1c2")
MISSING = "—"


def fmt_number(v: float | None, digits: int = 0) -> str:
    if v is None:
        return MISSING
    if digits == 0 and not float(v).is_integer() and abs(v) < 1000:
        return f"{v:,.3g}" if abs(v) < 1 else f"{v:,.1f}"
    return f"{v:,.{digits}f}"


def fmt_pct(v: float | None, digits: int = 1) -> str:
    if v is None:
        return MISSING
    if 0 < abs(v) < 0.1 and digits < 2:
        digits = 2          # 0.03 %, not a misleading 0.0 %
    return f"{v:.{digits}f} %"


def flag_texts() -> dict[str, str]:
    return {
        "NA": QCoreApplication.translate("MarketTable", "NA — not available"), "W": QCoreApplication.translate("MarketTable", "W — withheld to avoid disclosing company data"),
        "XX": QCoreApplication.translate("MarketTable", "XX — not applicable"), "E": QCoreApplication.translate("MarketTable", "E — net exporter"),
        "text": QCoreApplication.translate("MarketTable", "published as text (qualitative or a range), not a number"),
        ">": QCoreApplication.translate("MarketTable", "> — lower bound"), "<": QCoreApplication.translate("MarketTable", "< — upper bound"), "e": QCoreApplication.translate("MarketTable", "e — estimated"),
        "edited": QCoreApplication.translate("MarketTable", "edited by you — not the published figure"),
    }


def unit_text(unit: str) -> str:
    """The unit in the interface language (exports keep the unit as published)."""
    names = {
        "metric tons": QCoreApplication.translate("MarketUnits", "metric tons"),
        "thousand metric tons": QCoreApplication.translate("MarketUnits", "thousand metric tons"),
        "million metric tons": QCoreApplication.translate("MarketUnits", "million metric tons"),
        "thousand metric dry tons": QCoreApplication.translate("MarketUnits",
                                                               "thousand metric dry tons"),
        "kilograms": QCoreApplication.translate("MarketUnits", "kilograms"),
        "million carats": QCoreApplication.translate("MarketUnits", "million carats"),
        "thousands of carats": QCoreApplication.translate("MarketUnits", "thousands of carats"),
        "million cubic meters": QCoreApplication.translate("MarketUnits", "million cubic meters"),
        "million liters": QCoreApplication.translate("MarketUnits", "million liters"),
    }
    return names.get((unit or "").strip(), unit)


def parse_value(text: str) -> float | None:
    """A user's entry: '12,000', '1.5e4' → number; '', '—', 'NA' → missing. ValueError else."""
    t = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if t in ("", MISSING, "-", "NA", "na"):
        return None
    t = t.replace(",", "")
    if not re.fullmatch(r"[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", t):
        raise ValueError(text)
    return float(t)


class CountryTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None
        self.table = None
        self.rows: list = []          # CountryRow list incl. the world row last
        self.conc = None
        self.production = None        # the production table (reserves view: R/P, gap)
        self.rp: dict = {}
        self.gap: dict = {}

    # --- data --------------------------------------------------------------------------
    def set_session(self, session, production=None) -> None:
        self.beginResetModel()
        self.session = session
        self.production = production
        self._refresh()
        self.endResetModel()

    def refresh(self) -> None:
        self.beginResetModel()
        self._refresh()
        self.endResetModel()

    def _refresh(self) -> None:
        self.table = self.session.table() if self.session else None
        if self.table is None:
            self.rows, self.conc = [], None
            return
        self.rows = list(self.table.rows) + ([self.table.world] if self.table.world else [])
        self.conc = summarize(self.table)
        self.rp, self.gap = {}, {}
        if self.production is not None:
            res = {r.country: r.value for r in self.rows}
            prod = {r.country: r.value for r in self.production.rows}
            if self.production.world is not None and self.table.world is not None:
                prod[self.table.world.country] = self.production.world.value
            self.rp = rp_years(res, prod)
            pconc = summarize(self.production)
            self.gap = share_gap(pconc.shares, self.conc.shares)

    @property
    def extra(self) -> bool:
        return self.production is not None

    def is_world(self, row: int) -> bool:
        return self.table is not None and self.table.world is not None and row == len(self.rows) - 1

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def share(self, r) -> float | None:
        if self.conc is None or r.value is None or not self.conc.world:
            return None
        if self.table.world is not None and r is self.table.world:
            return 100.0
        return 100.0 * r.value / self.conc.world

    @staticmethod
    def flag_codes(r) -> list[str]:
        return [f for f in (r.flag, r.comparator, "e" if r.estimated else "",
                            "edited" if r.edited else "") if f]

    def value_text(self, r) -> str:
        if r.value is None:
            if r.flag == "text" and r.value_raw:
                return r.value_raw
            return f"{MISSING} {r.flag}" if r.flag and r.flag != "text" else MISSING
        return (r.comparator or "") + fmt_number(r.value)

    # --- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else (7 if self.extra else 5)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        unit = unit_text(self.table.unit) if self.table else ""
        names = [QCoreApplication.translate("MarketTable", "Country"), QCoreApplication.translate("MarketTable", "Value ({unit})").format(unit=unit), QCoreApplication.translate("MarketTable", "Share of world"),
                 QCoreApplication.translate("MarketTable", "Flags"), QCoreApplication.translate("MarketTable", "Source"), QCoreApplication.translate("MarketTable", "Reserves / production (years)"),
                 QCoreApplication.translate("MarketTable", "Production − reserves share (pp)")]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {SHARE: QCoreApplication.translate("MarketTable", "Share of the publisher's world total (not of the sum of rows)"),
                    VALUE: QCoreApplication.translate("MarketTable", "Double-click to edit; edited values are marked"),
                    GAP: QCoreApplication.translate("MarketTable", "Share of world production minus share of world reserves")}
            return tips.get(section, names[section])
        return names[section]

    def flags(self, index):
        f = super().flags(index)
        if index.isValid() and index.column() == VALUE:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        world = self.is_world(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COUNTRY:
                name = r.country
                if r.added:
                    return QCoreApplication.translate("MarketTable", "{country} (added)").format(country=name)
                return name
            if col == VALUE:
                return self.value_text(r)
            if col == SHARE:
                return fmt_pct(self.share(r))
            if col == FLAGS:
                return " ".join(self.flag_codes(r)) if not r.edited else " ".join(
                    [c for c in self.flag_codes(r) if c != "edited"] + [QCoreApplication.translate("MarketTable", "edited")])
            if col == SOURCE:
                return "; ".join(r.source_ids) if r.source_ids else QCoreApplication.translate("MarketTable", "your edit")
            if col == RP:
                return fmt_number(self.rp.get(r.country), 0) if self.rp.get(r.country) is not None else MISSING
            if col == GAP:
                g = self.gap.get(r.country)
                return MISSING if g is None else f"{g:+.1f}"
        if role == Qt.ItemDataRole.EditRole and col == VALUE:
            return "" if r.value is None else f"{r.value:g}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (VALUE, SHARE, RP, GAP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            f = QFont()
            if world:
                f.setBold(True)
            if r.edited and col in (VALUE, FLAGS, COUNTRY):
                f.setItalic(True)
            if r.is_other:
                f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and r.edited:
            return QBrush(EDITED_BG)
        if role == Qt.ItemDataRole.ForegroundRole and r.edited:
            return QBrush(QColor("#222222"))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            texts = flag_texts()
            lines += [texts[c] for c in self.flag_codes(r) if c in texts]
            if r.edited and r.published is not None:
                lines.append(QCoreApplication.translate("MarketTable", "Published value: {value}").format(value=fmt_number(r.published)))
            if r.is_other:
                lines.append(QCoreApplication.translate("MarketTable", "The publisher's 'Other countries' line: counted as one producer "
                                "in HHI, left out of CR1/CR3/CR4"))
            if r.notes:
                lines.append(r.notes)
            if r.value_raw and col == VALUE:
                lines.append(QCoreApplication.translate("MarketTable", "As published: {raw}").format(raw=r.value_raw))
            return "\n".join(lines) or None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != VALUE or self.session is None:
            return False
        try:
            number = parse_value(str(value))
        except ValueError:
            return False
        r = self.rows[index.row()]
        country = "World" if self.is_world(index.row()) else r.country
        return self.session.set_value(country, number)
