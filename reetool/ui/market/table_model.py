"""The country table: value, share of the world total, flags, source; values editable."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from reetool.analysis.concentration import rp_years_bounded, share_gap, summarize
from reetool.data.bounds import Bound, difference, of_row
from reetool.ui.market import bound_text
from reetool.ui.market.source_notes import usgs_note
from reetool.ui.market.texts import (  # noqa: F401  (re-exported for the market widgets)
    MISSING, MarketTexts, flag_texts, fmt_number, fmt_pct, parse_value, unit_text,
)
from reetool.ui.names import country_name
from reetool.ui.theme_colors import qtone

COUNTRY, VALUE, SHARE, FLAGS, SOURCE, RP, GAP = range(7)


def wrapped_title(title: str) -> str:
    """A column title on lines about half its length, a bracket kept whole ("Value (metric
    tons)" → "Value" over "(metric tons)"); a title without a space (Chinese) stays whole."""
    tokens = re.findall(r"\([^)]*\)|[^\s(]+", title)
    if len(title) < 10 or len(tokens) < 2:
        return title
    width = max(max(map(len, tokens)), len(title) // 2 + 1)
    lines = [tokens[0]]
    for token in tokens[1:]:
        if len(lines[-1]) + 1 + len(token) <= width:
            lines[-1] += " " + token
        else:
            lines.append(token)
    return "\n".join(lines)


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
        self.rp_bounds: dict = {}     # country → Bound of its R/P years
        self.gap_bounds: dict = {}    # country → Bound of its production − reserves gap
        self.revs: dict = {}          # country → [(edition, value, flag)] in other editions
        self.basis = "world"          # shares of the publisher's world total | "listed" sum
        self.wrap_headers = False     # a narrow table: titles on two lines (room for names)
        self.gap_hidden = False       # … and no room for the gap column: the share tells it

    # --- data --------------------------------------------------------------------------
    def set_session(self, session, production=None) -> None:
        self.beginResetModel()
        self.session = session
        self.production = production
        from reetool.data.market import revisions

        self.revs = revisions(session.base) if session else {}
        self._refresh()
        self.endResetModel()

    def refresh(self) -> None:
        self.beginResetModel()
        self._refresh()
        self.endResetModel()

    def set_wrap_headers(self, wrap: bool) -> None:
        if wrap != self.wrap_headers:
            self.wrap_headers = wrap
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_basis(self, basis: str) -> None:
        """Shares of the publisher's world total ("world") or of the listed sum ("listed")."""
        if basis != self.basis:
            self.basis = basis
            self.refresh()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, SHARE, SHARE)

    def _refresh(self) -> None:
        self.table = self.session.table() if self.session else None
        if self.table is None:
            self.rows, self.conc = [], None
            return
        self.rows = list(self.table.rows) + ([self.table.world] if self.table.world else [])
        self.conc = summarize(self.table, self.basis)
        self.rp, self.gap, self.rp_bounds, self.gap_bounds = {}, {}, {}, {}
        if self.production is not None:
            res = {r.country: of_row(r) for r in self.rows}
            prod = {r.country: of_row(r) for r in self.production.rows}
            if self.production.world is not None and self.table.world is not None:
                prod[self.table.world.country] = of_row(self.production.world)
            rp = rp_years_bounded(res, prod)
            self.rp = {c: b.value for c, b in rp.items()}
            self.rp_bounds = {c: b.bound for c, b in rp.items() if not b.missing}
            pconc = summarize(self.production, self.basis)
            self.gap = share_gap(pconc.shares, self.conc.shares)
            self.gap_bounds = {c: difference(pconc.share_bounds[c], self.conc.share_bounds[c])
                               for c in self.gap}

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
            return 100.0 if self.conc.basis == "world" else None   # not a share of the rows
        return 100.0 * r.value / self.conc.world

    def share_bound(self, r) -> Bound | None:
        """The direction of the row's share (reetool.data.bounds); None without a share."""
        if self.share(r) is None:
            return None
        if self.table.world is not None and r is self.table.world:
            return Bound.EXACT
        if r.is_other:
            return self.conc.bound("other_pct")
        return self.conc.share_bounds.get(r.country, Bound.EXACT)

    def export_fields(self, r) -> dict:
        """Columns a CSV export of the table adds to each row: the share's bound and basis."""
        bound = self.share_bound(r)
        return {"share_bound": None if bound is None else str(bound),
                "share_basis": self.conc.basis if self.conc is not None else None}

    def bound_tip(self, r, col) -> str:
        """Why the share, R/P or gap of ``r`` is a bound ("" when exact)."""
        if col == SHARE:
            return bound_text.tip(self.share_bound(r), bound_text.share_reason(self.table))
        if col == RP:
            return bound_text.tip(self.rp_bounds.get(r.country), "\n".join(
                x for x in (bound_text.reason(self.table), bound_text.reason(self.production)) if x))
        if col == GAP:
            return bound_text.tip(self.gap_bounds.get(r.country),
                                  bound_text.share_reason(self.table))
        return ""

    def rev_key(self, r) -> str:
        if self.table is not None and r is self.table.world:
            return "World"
        return "Other countries" if r.is_other else r.country

    def revised(self, r) -> bool:
        """Another edition publishes a different value for this country and year."""
        return any(v != r.published or (v is None and flag != r.flag)
                   for _ed, v, flag in self.revs.get(self.rev_key(r), []))

    def flag_codes(self, r) -> list[str]:
        return [f for f in (r.flag, r.comparator, "e" if r.estimated else "",
                            "r" if self.revised(r) else "", "edited" if r.edited else "") if f]

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
        names = [self.tr("Country"), self.tr("Value ({unit})").format(unit=unit),
                 self.tr("Share of world") if self.basis == "world" else
                 self.tr("Share of listed sum"), self.tr("Flags"), self.tr("Source"),
                 self.tr("Reserves / production (years)"),
                 self.tr("Production − reserves share (pp)")]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {SHARE: self.tr("Share of the publisher's world total "
                                   "(not of the sum of rows)") if self.basis == "world" else
                    self.tr("Share of the sum of the listed rows (countries with a value and "
                            "the 'Other countries' line)"),
                    VALUE: self.tr("Double-click to edit; edited values are marked"),
                    GAP: self.tr("Share of world production minus share of world "
                                 "reserves")}
            return tips.get(section, names[section])
        return wrapped_title(names[section]) if self.wrap_headers else names[section]

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
                name = country_name(r.country)
                if r.added:
                    return self.tr("{country} (added)").format(country=name)
                return name
            if col == VALUE:
                return self.value_text(r)
            if col == SHARE:
                return bound_text.mark(fmt_pct(self.share(r)), self.share_bound(r))
            if col == FLAGS:           # the codes as published; the two words in the UI language
                shown = {"edited": self.tr("edited"), "text": self.tr("text")}
                return " ".join(shown.get(c, c) for c in self.flag_codes(r))
            if col == SOURCE:
                return "; ".join(r.source_ids) if r.source_ids else self.tr("your edit")
            if col == RP:
                rp = self.rp.get(r.country)
                return MISSING if rp is None else bound_text.mark(
                    fmt_number(rp, 0), self.rp_bounds.get(r.country))
            if col == GAP:
                g = self.gap.get(r.country)
                return MISSING if g is None else bound_text.mark(
                    f"{g:+.1f}", self.gap_bounds.get(r.country))
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
            return QBrush(qtone("user_bg"))    # under the theme's own text colour
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [t for t in (self.bound_tip(r, col),) if t]
            if col == COUNTRY:                # whole when a narrow column cuts it short
                lines.insert(0, self.data(index))
            if col == SHARE and self.extra and self.gap_hidden:     # its column stepped aside
                lines.append(self.tr("Production − reserves share: {gap} pp").format(
                    gap=self.index(index.row(), GAP).data()))
            texts = flag_texts()
            lines += [texts[c] for c in self.flag_codes(r) if c in texts]
            others = self.revs.get(self.rev_key(r), [])
            if others:
                lines.append(self.tr("Other editions: {list}").format(
                    list="; ".join(f"{ed}: {fmt_number(v) if v is not None else (flag or MISSING)}"
                                   for ed, v, flag in others)))
            if r.edited and r.published is not None:
                lines.append(self.tr("Published value: {value}").format(
                    value=fmt_number(r.published)))
            if r.is_other:
                lines.append(self.tr("The publisher's 'Other countries' line: counted as one producer "
                                "in HHI, left out of CR1/CR3/CR4"))
            if r.notes:
                lines.append(usgs_note(r.notes))
            if r.value_raw and col == VALUE:
                lines.append(self.tr("As published: {raw}").format(raw=r.value_raw))
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
