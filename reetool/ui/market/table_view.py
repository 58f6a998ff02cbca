"""The Market page's country table, its caption and the concentration figures, bound to the
page's MarketState: the state's "table" notification refills them; selecting a country's
row highlights that country in the state (and so across pages and in the scenarios).

When the columns do not fit (a 1024×768 projector), titles wrap and the Source column (and,
for reserves, the production − reserves share column) gives its room to the country names;
the caption above the table names the source, the share's tooltip the gap (fit_columns).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QHeaderView

from reetool.ui.market.table_model import COUNTRY, GAP, SOURCE, unit_text
from reetool.ui.market.texts import basis_text
from reetool.ui.names import edition_name
from reetool.ui.theme_colors import tone



class TableView(QObject):
    def __init__(self, page, state):
        super().__init__(page)
        self.page, self.state = page, state
        self.model, self.view = page.model, page.view
        self._refreshing = False
        # selection, not the current index: focusing the table must not change the country
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(self._on_double_click)

    def render(self, new_table: bool = True) -> None:
        """Show the state's table (``new_table``: another table, else the same one edited)."""
        st, page = self.state, self.page
        self._refreshing = True     # a model reset moves the selection; the user did not
        try:
            if new_table or self.model.session is not st.edits:
                self.model.set_session(st.edits, st.production)
            else:
                self.model.refresh()
            page.concentration.update_figures(self.model.table, self.model.conc)
            self.update_caption()
            hh = self.view.horizontalHeader()
            hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            hh.setSectionResizeMode(COUNTRY, QHeaderView.ResizeMode.Stretch)
            self.fit_columns()
            page.reset_button.setEnabled(st.edits is not None and st.edits.edited)
            if st.country:
                self.select_row(st.country)
        finally:
            self._refreshing = False
        page.status_changed.emit()

    def refresh_texts(self) -> None:
        """After a language change: the same rows, retranslated."""
        self._refreshing = True
        try:
            self.model.refresh()
            if self.state.country:
                self.select_row(self.state.country)
        finally:
            self._refreshing = False
        self.update_caption()

    def fit_columns(self) -> None:
        """The country names stay whole. When the columns do not fit (a 1024-pixel projector,
        the reserves' extra columns), the titles go on two lines, then the Source column steps
        aside (the caption names the source), then, for reserves, the production − reserves
        share column (the share's tooltip gives that figure)."""
        view, model = self.view, self.model
        head = view.horizontalHeader()
        metrics = view.fontMetrics()
        names = max((metrics.horizontalAdvance(model.index(r, COUNTRY).data() or "")
                     for r in range(model.rowCount())), default=0) + 2 * metrics.averageCharWidth()
        others = [c for c in range(model.columnCount()) if c != COUNTRY]
        for wrap, hidden in ((False, ()), (True, ()), (True, (SOURCE,)), (True, (SOURCE, GAP))):
            model.set_wrap_headers(wrap)
            need = names + sum(max(view.sizeHintForColumn(c), head.sectionSizeHint(c))
                               for c in others if c not in hidden)
            if need <= view.viewport().width():
                break
        for column in (SOURCE, GAP):
            view.setColumnHidden(column, column in hidden)
        model.gap_hidden = GAP in hidden and model.extra

    def select_row(self, country: str) -> None:
        for i, r in enumerate(self.model.rows):
            if r.country == country:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return

    def update_caption(self) -> None:
        t = self.model.table
        if t is None:
            self.page.caption.setText("")
            return
        parts = [self.tr("Source: USGS {edition} ({sources}) · data year {year} · {unit}")
                 .format(edition=edition_name(t.edition, t.edition_version),
                         sources="; ".join(t.source_ids), year=t.data_year, unit=unit_text(t.unit))]
        if t.basis:
            parts.append(basis_text(t.basis))   # was English in the Chinese interface
        if t.edited:
            parts.append(f"<b style='color:{tone('warn')}'>" + self.tr(
                "Edited table: highlighted values are yours, not USGS's") + "</b>")
        self.page.caption.setText(" · ".join(p.replace("&", "&amp;") if not p.startswith("<b")
                                             else p for p in parts))

    def _on_selection(self, *_):
        if self._refreshing:
            return
        rows = self.view.selectionModel().selectedRows()
        if len(rows) != 1:
            return
        r = self.model.row_at(rows[0].row())
        if r is None or self.model.is_world(rows[0].row()) or r.is_other:
            return
        self.state.set_country(r.country)

    def _on_double_click(self, index) -> None:
        if index.column() == SOURCE:
            r = self.model.row_at(index.row())
            win = self.page.window()
            if r is not None and r.source_ids and hasattr(win, "show_source"):
                win.show_source(r.source_ids[0])
