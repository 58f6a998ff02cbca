"""The overview table: one row per commodity, rendered from ``OverviewState.visible()``.

Names are shown in the UI language (reetool.ui.names); figures as the overview computed them;
missing is "—" (never 0); a share of a lower-bound total is marked "≤" (an upper bound), a
lower-bound share "≥". Sorting asks the state to sort (the state owns the order).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush

from reetool.state.overview import OverviewState
from reetool.ui.theme_colors import qtone
from reetool.ui.charts.builders.common import fmt_num, pct
from reetool.ui.names import (
    commodity_name, country_name, edition_name, statistic_name, unit_name,
)

COLUMNS = ("commodity", "statistic", "data_year", "unit", "world", "leader", "china_share_pct",
           "cr1", "cr3", "hhi", "n_equivalent", "rp_years", "change_prev_year_pct",
           "change_prev_edition_pct", "flags")
NUMERIC = {"data_year", "world", "china_share_pct", "cr1", "cr3", "hhi", "n_equivalent",
           "rp_years", "change_prev_year_pct", "change_prev_edition_pct"}
MISSING = "—"
BOUND_MARK = {"upper": "≤ ", "lower": "≥ ", "unknown": "~ ", "exact": ""}


class OverviewModel(QAbstractTableModel):
    def __init__(self, state: OverviewState, parent=None):
        super().__init__(parent)
        self.state = state
        self.rows: list[dict] = []
        state.subscribe(lambda _f: self.refresh(), fields=("rows", "filter", "sort"))

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self.state.visible()
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(COLUMNS) - 1))

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headers(self) -> dict[str, str]:
        return {
            "commodity": self.tr("Commodity"), "statistic": self.tr("Statistic"),
            "data_year": self.tr("Year"), "unit": self.tr("Unit"),
            "world": self.tr("World total"), "leader": self.tr("Largest producer"),
            "china_share_pct": self.tr("China"), "cr1": self.tr("CR1"), "cr3": self.tr("CR3"),
            "hhi": self.tr("HHI"), "n_equivalent": self.tr("Equiv. producers"),
            "rp_years": self.tr("R/P years"), "change_prev_year_pct": self.tr("Δ year"),
            "change_prev_edition_pct": self.tr("Δ edition"), "flags": self.tr("Flags"),
        }

    def header_tips(self) -> dict[str, str]:
        return {
            "world": self.tr("The publisher's world total (Σ: no total published, sum of the "
                             "listed rows)"),
            "china_share_pct": self.tr("China's share of the world total (≤ upper bound, "
                                       "≥ lower bound)"),
            "cr1": self.tr("Share of the largest producer, %"),
            "cr3": self.tr("Share of the three largest producers, %"),
            "hhi": self.tr("Herfindahl–Hirschman index, 0–10,000: a range when “Other "
                           "countries” could be one producer or many"),
            "n_equivalent": self.tr("10,000 ÷ HHI: as concentrated as this many equal "
                                    "producers"),
            "rp_years": self.tr("World reserves ÷ world production, same edition and year"),
            "change_prev_year_pct": self.tr("World total against the previous year, same "
                                            "edition, %"),
            "change_prev_edition_pct": self.tr("World total against the previous edition, "
                                               "same year, %"),
            "flags": self.tr("e estimated · W withheld · NA not available · > lower bound"),
        }

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(key)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row["commodity"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.text(row, key) in (MISSING, ""):
            return QBrush(qtone("muted"))
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.state.sort_by(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    # --- texts -------------------------------------------------------------------------------
    def text(self, r: dict, key: str) -> str:
        v = r.get(key)
        if key == "commodity":
            return commodity_name(r["commodity"])
        if key == "statistic":
            return statistic_name(v) if v else MISSING
        if key == "unit":
            return unit_name(v) if v else MISSING
        if key == "flags":
            return v or ""
        if r.get("world") is None and key != "data_year":
            return MISSING
        if key == "data_year":
            return str(v) if v else MISSING
        if key == "world":
            mark = ">" if ">" in (r.get("world_flags") or "").split() else ""
            return ("Σ " if r.get("world_from_rows") else "") + mark + fmt_num(v)
        if key == "leader":
            if not v:
                return MISSING
            return f"{country_name(v)} {pct(r.get('leader_share_pct'))}"
        if key == "china_share_pct":
            if v is None:
                flags = (r.get("china_flags") or "").split()
                if not r.get("china_listed"):
                    return self.tr("not listed")
                return " ".join(f for f in flags if f in ("W", "NA")) or MISSING
            return BOUND_MARK.get(r.get("china_share_bound") or "exact", "") + pct(v)
        if key in ("cr1", "cr3"):
            return MISSING if v is None else BOUND_MARK.get(r.get("cr_bound") or "exact", "") + \
                pct(v)
        if key == "hhi":
            low, high = r.get("hhi_low"), r.get("hhi_high")
            if v is None:
                return MISSING
            return fmt_num(v) if low in (None, high) else f"{fmt_num(low)}–{fmt_num(high)}"
        if key == "n_equivalent":
            return MISSING if v is None else f"{v:.1f}"
        if key == "rp_years":
            return MISSING if v is None else f"{v:,.0f}"
        if key in ("change_prev_year_pct", "change_prev_edition_pct"):
            return MISSING if v is None else f"{v:+.1f} %"
        return MISSING if v is None else str(v)

    def tooltip(self, r: dict) -> str:
        lines = [f"{commodity_name(r['commodity'])} · {r['commodity']}"]
        if r.get("statistic"):
            lines.append(f"{statistic_name(r['statistic'])} ({r['statistic']})")
            lines.append(self.tr("Source: USGS {edition} ({sources}), data year {year}, "
                                 "{unit}").format(
                edition=edition_name(r.get("edition") or "", r.get("edition_version") or ""),
                sources=(r.get("sources") or "").replace(";", "; "),
                year=r.get("data_year") or MISSING, unit=unit_name(r.get("unit") or "")))
        if r.get("prev_edition"):
            lines.append(self.tr("Previous edition: {edition}").format(edition=r["prev_edition"]))
        if r.get("china_share_bound") == "upper":
            lines.append(self.tr("The world total is a lower bound (>), so shares are upper "
                                 "bounds."))
        if r.get("note"):
            lines.append(self.note_text(r))
        return "\n".join(lines)

    def note_text(self, r: dict) -> str:
        """The row's note (reetool.analysis.overview) in the interface language."""
        key = r.get("note_key")
        if key == "world_from_rows":
            return self.tr("No published world total: shares of the sum of the listed rows.")
        if key == "no_world":
            return self.tr("No world total and no values to add up.")
        if key == "no_statistic":
            return self.tr("No {metric} statistic published (only: {published}).").format(
                metric=self.tr("production") if r.get("metric") == "production" else self.tr("reserves"),
                published=self.tr(", ").join(statistic_name(s) for s in r.get("note_published") or ()))
        return r["note"]

    def clipboard_text(self) -> str:
        """The table as shown (tab-separated, the UI language) with a provenance line."""
        heads = self.headers()
        out = ["\t".join(heads[k] for k in COLUMNS)]
        out += ["\t".join(self.text(r, k) for k in COLUMNS) for r in self.rows]
        sources = sorted({s for r in self.rows for s in (r.get("sources") or "").split(";") if s})
        out.append(self.tr("Source: {ids}").format(ids="; ".join(sources)))
        return "\n".join(out) + "\n"
