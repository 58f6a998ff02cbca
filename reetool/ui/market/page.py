"""Market page: country shares, concentration and scenarios for any USGS commodity and edition.

Widgets are built in the constructor; data is loaded the first time the page is shown (the
page itself is only built when first opened). The selection follows and drives the shared
state (commodity, edition, year, metric, country); the live scenario is published as
``app_state().get("scenario")`` for the scenario chart. ``self.chart_area`` is an empty
container (objectName "market_chart_area") where a live chart can be embedded.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView,
    QInputDialog, QLabel, QMessageBox, QPushButton, QScrollArea, QSplitter, QTableView,
    QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from reetool import __version__
from reetool.data import DataError, market
from reetool.data.market_export import write_csv
from reetool.data.market_user import (
    EditStore, list_scenarios, load_scenario, safe_name, save_scenario, scenarios_dir,
)
from reetool.ui.market.claims_panel import ClaimsPanel
from reetool.ui.market.concentration_panel import ConcentrationPanel
from reetool.ui.market.scenario_panel import ScenarioPanel
from reetool.ui.market.session import EditSession
from reetool.ui.market.us_panel import UsPanel
from reetool.ui.named_combo import NamedCombo
from reetool.ui.names import commodity_name
from reetool.ui.market.table_model import (
    COUNTRY, SOURCE, CountryTableModel, flag_texts, unit_text,
)
from reetool.ui.page import Page
from reetool.ui.state import app_state

SCENARIO_TAB = 1

TABLE_COLUMNS = ["country", "value", "unit", "share_pct", "flags", "estimated", "edited",
                 "published_value", "value_as_published", "commodity", "statistic", "edition",
                 "edition_version", "data_year", "source", "notes"]


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # content follows the width (text wraps) instead of being clipped behind a scroll bar
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()


class MarketPage(Page):
    page_id = "market"
    status_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded = False
        self._syncing = False
        self._state_pending = False
        self._refreshing = False
        self.store: EditStore | None = None
        self.sessions: dict[str, EditSession] = {}
        self.session: EditSession | None = None
        self.undo_group = QUndoGroup(self)
        self.last_error = ""
        self._build()
        self.retranslate()

    # --- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        self.heading = QLabel(objectName="market_heading")
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.heading.setFont(f)
        root.addWidget(self.heading)

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        self.sel_labels = {k: QLabel() for k in ("commodity", "metric", "statistic", "edition", "year")}
        self.commodity_combo = NamedCombo(commodity_name, objectName="market_commodity")
        self.metric_combo = QComboBox(objectName="market_metric")
        self.statistic_combo = QComboBox(objectName="market_statistic")
        self.edition_combo = QComboBox(objectName="market_edition")
        self.year_combo = QComboBox(objectName="market_year")
        combos = {"commodity": self.commodity_combo, "metric": self.metric_combo,
                  "statistic": self.statistic_combo, "edition": self.edition_combo,
                  "year": self.year_combo}
        for col, (key, combo) in enumerate(combos.items()):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6 if key in ("year", "metric") else 12)
            self.sel_labels[key].setBuddy(combo)
            grid.addWidget(self.sel_labels[key], 0, col)
            grid.addWidget(combo, 1, col)
        for col, stretch in enumerate((3, 1, 3, 3, 1)):
            grid.setColumnStretch(col, stretch)
        root.addLayout(grid)
        self.commodity_combo.currentIndexChanged.connect(self._on_commodity)
        self.metric_combo.currentIndexChanged.connect(self._on_metric)
        self.statistic_combo.currentIndexChanged.connect(self._on_statistic)
        self.year_combo.currentIndexChanged.connect(self._on_year)
        self.edition_combo.currentIndexChanged.connect(self._on_edition)

        self.caption = QLabel(objectName="market_caption", wordWrap=True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.caption)

        split = QSplitter(Qt.Orientation.Horizontal, objectName="market_splitter")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.model = CountryTableModel(self)
        self.view = QTableView(objectName="market_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        # selection, not the current index: focusing the table must not change the country
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(self._on_double_click)
        lv.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(objectName="market_add_country")
        self.add_button.clicked.connect(lambda: self.add_country())
        # own actions (fixed, translated text; the command's text goes to the tooltip)
        self.undo_action = QAction(self, objectName="market_undo_action", enabled=False)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(self.undo_action.setToolTip)
        self.redo_action = QAction(self, objectName="market_redo_action", enabled=False)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.undo_group.redo)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.redoTextChanged.connect(self.redo_action.setToolTip)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.undo_button = QToolButton(objectName="market_undo")
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton(objectName="market_redo")
        self.redo_button.setDefaultAction(self.redo_action)
        self.reset_button = QPushButton(objectName="market_reset")
        self.reset_button.clicked.connect(self.reset_table)
        self.export_button = QPushButton(objectName="market_export_table")
        self.export_button.clicked.connect(lambda: self.export_table_csv())
        for w in (self.add_button, self.undo_button, self.redo_button, self.reset_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        lv.addLayout(buttons)
        self.legend = QLabel(objectName="market_legend", wordWrap=True)
        lv.addWidget(self.legend)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(objectName="market_tabs")
        self.concentration = ConcentrationPanel()
        self.scenarios = ScenarioPanel()
        self.claims = ClaimsPanel()
        self.us = UsPanel()
        self.scenarios.changed.connect(self._publish_scenario)
        conc_page = QWidget()
        cv = QVBoxLayout(conc_page)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(self.concentration, 1)
        self.export_conc_button = QPushButton(objectName="market_export_concentration")
        self.export_conc_button.clicked.connect(lambda: self.export_concentration_csv())
        cv.addWidget(self.export_conc_button, 0, Qt.AlignmentFlag.AlignRight)
        scn_page = QWidget()
        sv = QVBoxLayout(scn_page)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.scenarios)
        row = QHBoxLayout()
        self.save_scn_button = QPushButton(objectName="market_save_scenario")
        self.save_scn_button.clicked.connect(lambda: self.save_scenario_as())
        self.open_scn_button = QPushButton(objectName="market_open_scenario")
        self.open_scn_button.clicked.connect(lambda: self.open_scenario())
        self.export_scn_button = QPushButton(objectName="market_export_scenario")
        self.export_scn_button.clicked.connect(lambda: self.export_scenario_csv())
        for b in (self.save_scn_button, self.open_scn_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.export_scn_button)
        sv.addLayout(row)
        self.scenario_status = QLabel(objectName="market_scenario_status", wordWrap=True)
        sv.addWidget(self.scenario_status)
        sv.addStretch(1)
        claims_page = QWidget()
        clv = QVBoxLayout(claims_page)
        clv.setContentsMargins(0, 0, 0, 0)
        clv.addWidget(self.claims, 1)
        self.export_claims_button = QPushButton(objectName="market_export_claims")
        self.export_claims_button.clicked.connect(lambda: self.export_claims_csv())
        clv.addWidget(self.export_claims_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(_scroll(conc_page), "")
        self.tabs.addTab(_scroll(scn_page), "")
        self.tabs.addTab(claims_page, "")
        us_page = QWidget()
        uv = QVBoxLayout(us_page)
        uv.setContentsMargins(0, 0, 0, 0)
        uv.addWidget(self.us, 1)
        self.export_us_button = QPushButton(objectName="market_export_us")
        self.export_us_button.clicked.connect(lambda: self.export_us_csv())
        uv.addWidget(self.export_us_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(us_page, "")
        self.tabs.currentChanged.connect(self._on_tab)
        rv.addWidget(self.tabs, 3)
        self.chart_area = QWidget(objectName="market_chart_area")
        QVBoxLayout(self.chart_area).setContentsMargins(0, 0, 0, 0)
        self.chart_area.setVisible(False)
        self.scenario_chart = None      # built when the Scenarios tab is first opened
        rv.addWidget(self.chart_area, 2)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        root.addWidget(split, 1)
        app_state().changed.connect(self._on_state)

    # --- lazy loading -------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def _on_tab(self, index: int) -> None:
        if self._loaded and self.tabs.widget(index) is self.us.parentWidget():
            self.us.load()          # the U.S. tables are read when first looked at
        self._show_scenario_chart(index == SCENARIO_TAB)

    def _show_scenario_chart(self, visible: bool) -> None:
        """The live scenario chart sits under the Scenarios tab while that tab is open.

        It is built the first time it is needed, so pyqtgraph is imported only then.
        """
        if visible and self.scenario_chart is None:
            from reetool.ui.charts.view import ChartView

            self.scenario_chart = ChartView("scenario", parent=self.chart_area, toolbar=False)
            self.scenario_chart.setMinimumHeight(250)
            self.chart_area.layout().addWidget(self.scenario_chart)
        self.chart_area.setVisible(visible)

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self.claims.load()
        self.store = EditStore()
        if self.store.load_error:
            self.last_error = self.store.load_error
        st = app_state()
        names = market.commodities()
        self._syncing = True
        try:
            wanted = market.resolve_commodity(st.get("commodity") or market.DEFAULT_COMMODITY)
        except market.MarketLookupError:
            wanted = names[0]
        self.commodity_combo.set_names(names, wanted)
        self._syncing = False
        self._fill_metrics(st.get("metric"))

    # --- selectors ------------------------------------------------------------------------
    @property
    def commodity(self) -> str:
        return self.commodity_combo.value()

    @property
    def metric(self) -> str:
        return self.metric_combo.currentData() or "production"

    @property
    def statistic(self) -> str:
        return self.statistic_combo.currentData() or ""

    @property
    def year(self) -> int | None:
        return self.year_combo.currentData()

    @property
    def edition_choice(self) -> str | None:
        return self.edition_combo.currentData()

    def _stats_for(self, metric: str) -> list[str]:
        stats = market.statistics(self.commodity)
        is_res = [s for s in stats if "reserve" in s.casefold()]
        return is_res if metric == "reserves" else [s for s in stats if s not in is_res]

    def _fill_metrics(self, wanted: str | None = None, statistic: str | None = None) -> None:
        current = wanted or self.metric
        self._syncing = True
        self.metric_combo.clear()
        for key, text in (("production", self.tr("Production")), ("reserves", self.tr("Reserves"))):
            if self._stats_for(key):
                self.metric_combo.addItem(text, key)
        idx = self.metric_combo.findData(current)
        self.metric_combo.setCurrentIndex(max(idx, 0))
        self._syncing = False
        self._fill_statistics(statistic)

    def _fill_statistics(self, wanted: str | None = None) -> None:
        current = wanted or self.statistic
        self._syncing = True
        self.statistic_combo.clear()
        stats = self._stats_for(self.metric)
        for s in stats:
            self.statistic_combo.addItem(s, s)
        idx = self.statistic_combo.findData(current)
        if idx < 0:
            pref = "Mine production" if self.metric == "production" else "Reserves"
            idx = max(self.statistic_combo.findData(pref), 0)
        self.statistic_combo.setCurrentIndex(idx)
        self._syncing = False
        self._fill_years()

    def _fill_years(self, wanted: int | None = None) -> None:
        current = wanted if wanted is not None else (self.year or app_state().get("year"))
        self._syncing = True
        self.year_combo.clear()
        yrs = market.years(self.commodity, self.statistic) if self.statistic else []
        for y in reversed(yrs):
            self.year_combo.addItem(str(y), y)
        idx = self.year_combo.findData(current)
        self.year_combo.setCurrentIndex(max(idx, 0))
        self._syncing = False
        self._fill_editions()

    def _fill_editions(self, wanted: str | None = "__keep__") -> None:
        current = self.edition_choice if wanted == "__keep__" else wanted
        self._syncing = True
        self.edition_combo.clear()
        eds = market.editions(self.commodity, self.statistic, self.year) if self.year else []
        if eds:
            self.edition_combo.addItem(self.tr("Latest for {year}: {edition}").format(
                year=self.year, edition=eds[0]), None)
            for e in eds:
                self.edition_combo.addItem(e, e)
        idx = self.edition_combo.findData(current) if current else 0
        self.edition_combo.setCurrentIndex(max(idx, 0))
        self._syncing = False
        self._load_table()

    def _on_commodity(self, *_):
        if not self._syncing:
            self._fill_metrics()

    def _on_metric(self, *_):
        if not self._syncing:
            self._fill_statistics()

    def _on_statistic(self, *_):
        if not self._syncing:
            self._fill_years()

    def _on_year(self, *_):
        if not self._syncing:
            self._fill_editions()

    def _on_edition(self, *_):
        if not self._syncing:
            self._load_table()

    def select(self, commodity: str | None = None, metric: str | None = None,
               statistic: str | None = None, year: int | None = None,
               edition: str | None = "__keep__") -> None:
        """Set the selectors programmatically (shared state, opened scenarios)."""
        self.ensure_loaded()
        self._syncing = True
        if commodity:
            self.commodity_combo.set_value(market.resolve_commodity(commodity))
        self._syncing = False
        if statistic and metric is None:
            metric = "reserves" if "reserve" in statistic.casefold() else "production"
        self._loading_paused = True      # one table load at the end, not one per selector
        try:
            self._fill_metrics(metric, statistic)
            if year is not None and year != self.year:
                self._fill_years(year)
            if edition != "__keep__" and edition != self.edition_choice:
                self._fill_editions(edition)
        finally:
            self._loading_paused = False
        self._load_table()

    # --- the table --------------------------------------------------------------------
    def _load_table(self) -> None:
        if getattr(self, "_loading_paused", False) or not self.statistic or self.year is None:
            return
        base = market.country_table(self.commodity, self.statistic, self.year, self.edition_choice)
        session = self._session_for(base)
        production = None
        if self.metric == "reserves":
            production = self._production_table(base)
        self.session = session
        self.undo_group.setActiveStack(session.stack)
        self._refreshing = True
        try:
            self.model.set_session(session, production)
            self._after_change(select_country=app_state().get("country"))
        finally:
            self._refreshing = False
        self._push_state()

    def _production_table(self, base):
        try:
            stats = self._stats_for("production")
            stat = "Mine production" if "Mine production" in stats else (stats[0] if stats else None)
            if stat is None:
                return None
            eds = market.editions(base.commodity, stat, base.data_year)
            if not eds:
                return None
            prod = market.country_table(base.commodity, stat, base.data_year,
                                        base.edition if base.edition in eds else eds[0])
        except market.MarketLookupError:
            return None
        return prod if prod.unit == base.unit else None   # never mix units

    def _session_for(self, base) -> EditSession:
        key = f"{base.commodity}|{base.statistic}|{base.edition}|{base.data_year}"
        if key not in self.sessions:
            s = EditSession(base, self.store, self)
            s.changed.connect(self._on_edited)
            self.undo_group.addStack(s.stack)
            self.sessions[key] = s
        return self.sessions[key]

    def _on_edited(self) -> None:
        if self.sender() is self.session:
            self._refreshing = True
            try:
                self.model.refresh()
                self._after_change(select_country=app_state().get("country"))
            finally:
                self._refreshing = False

    def _after_change(self, select_country: str | None = None) -> None:
        t = self.model.table
        self.concentration.update_figures(t, self.model.conc)
        self.scenarios.set_table(t, preferred=select_country)
        self._update_caption()
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(COUNTRY, QHeaderView.ResizeMode.Stretch)
        self.reset_button.setEnabled(bool(self.session and self.session.edited))
        if select_country:
            self._select_row(select_country)
        self.status_changed.emit()

    def _select_row(self, country: str) -> None:
        for i, r in enumerate(self.model.rows):
            if r.country == country:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return

    def _update_caption(self) -> None:
        t = self.model.table
        if t is None:
            self.caption.setText("")
            return
        parts = [self.tr("Source: USGS {edition}{version} ({sources}) · data year {year} · {unit}")
                 .format(edition=t.edition,
                         version=f", {t.edition_version}" if t.edition_version else "",
                         sources="; ".join(t.source_ids), year=t.data_year, unit=unit_text(t.unit))]
        if t.basis:
            parts.append(t.basis)
        if t.edited:
            parts.append("<b style='color:#9a5b00'>" + self.tr(
                "Edited table: highlighted values are yours, not USGS's") + "</b>")
        self.caption.setText(" · ".join(p.replace("&", "&amp;") if not p.startswith("<b") else p
                                        for p in parts))

    def _on_selection(self, *_):
        if self._refreshing:    # a model reset moves the selection; the user did not
            return
        rows = self.view.selectionModel().selectedRows()
        if len(rows) != 1:
            return
        r = self.model.row_at(rows[0].row())
        if r is None or self.model.is_world(rows[0].row()) or r.is_other:
            return
        self.scenarios.set_country(r.country)
        self._set_state("country", r.country)

    def _on_double_click(self, index) -> None:
        if index.column() == SOURCE:
            r = self.model.row_at(index.row())
            win = self.window()
            if r is not None and r.source_ids and hasattr(win, "show_source"):
                win.show_source(r.source_ids[0])

    # --- shared state ---------------------------------------------------------------------
    def _set_state(self, field: str, value) -> None:
        self._syncing_state = True
        try:
            app_state().set(field, value)
        finally:
            self._syncing_state = False

    def _push_state(self) -> None:
        t = self.model.table
        if t is None:
            return
        for field, value in (("commodity", t.commodity), ("metric", self.metric),
                             ("year", t.data_year), ("edition", self.edition_choice)):
            if app_state().get(field) != value:
                self._set_state(field, value)

    def _on_state(self, field: str) -> None:
        if not shiboken6.isValid(self):   # a closed window's page: its widgets are gone
            return
        if getattr(self, "_syncing_state", False) or not self._loaded:
            return
        if field == "country":
            if app_state().get("country"):
                self._select_row(app_state().get("country"))
            return
        if field in ("commodity", "metric", "year", "edition") and not self._state_pending:
            # coalesce: another page may set several fields in a row; apply them once
            self._state_pending = True
            QTimer.singleShot(0, self._apply_state)

    def _apply_state(self) -> None:
        if not shiboken6.isValid(self):
            return
        self._state_pending = False
        st = app_state()
        try:
            commodity = market.resolve_commodity(st.get("commodity") or self.commodity)
            metric = st.get("metric") if st.get("metric") in market.METRICS else self.metric
            year = st.get("year")
            edition = st.get("edition")
            if (commodity, metric, year, edition) == (self.commodity, self.metric, self.year,
                                                      self.edition_choice):
                return
            self.select(commodity=commodity, metric=metric,
                        year=int(year) if year is not None else None, edition=edition)
        except (market.MarketLookupError, ValueError, TypeError):
            self._push_state()      # the state asked for something we lack: show what we show

    def _publish_scenario(self, scenario: dict) -> None:
        self._set_state("scenario", scenario)

    # --- editing ------------------------------------------------------------------------
    def add_country(self, name: str | None = None, value: float | None = None) -> bool:
        if self.session is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add country"), self.tr("Country name:"))
            if not ok or not name.strip():
                return False
            text, ok = QInputDialog.getText(
                self, self.tr("Add country"),
                self.tr("Value in {unit} (empty = missing):").format(
                    unit=unit_text(self.model.table.unit)))
            if not ok:
                return False
            from reetool.ui.market.table_model import parse_value
            try:
                value = parse_value(text)
            except ValueError:
                QMessageBox.warning(self, self.tr("Add country"),
                                    self.tr("'{text}' is not a number.").format(text=text))
                return False
        return self.session.add_country(name, value)

    def reset_table(self) -> bool:
        return bool(self.session and self.session.reset())

    # --- exports ------------------------------------------------------------------------
    def _ask_path(self, default_name: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"),
                                              str(Path.home() / default_name),
                                              self.tr("CSV files (*.csv)"))
        return path or None

    def _default_name(self, what: str) -> str:
        t = self.model.table
        return f"{_slug(t.commodity)}_{_slug(t.statistic)}_{t.edition}_{t.data_year}_{what}.csv"

    def table_rows(self) -> list[dict]:
        t = self.model.table
        out = []
        for r in self.model.rows:
            out.append({"country": r.country, "value": r.value, "unit": t.unit,
                        "share_pct": self.model.share(r),
                        "flags": " ".join(self.model.flag_codes(r)), "estimated": r.estimated,
                        "edited": r.edited, "published_value": r.published if r.edited else None,
                        "value_as_published": r.value_raw, "commodity": t.commodity,
                        "statistic": t.statistic, "edition": t.edition,
                        "edition_version": t.edition_version, "data_year": t.data_year,
                        "source": ";".join(r.source_ids) if r.source_ids else "user edit",
                        "notes": r.notes})
        return out

    def _export(self, rows, columns, what, path) -> Path | None:
        if self.model.table is None or not rows:
            return None
        path = path or self._ask_path(self._default_name(what))
        if not path:
            return None
        try:
            return write_csv(Path(path), rows, columns)
        except OSError as exc:
            self._error(self.tr("Cannot write {file}: {error}").format(file=path, error=exc.strerror))
            return None

    def export_table_csv(self, path: str | None = None) -> Path | None:
        return self._export(self.table_rows(), TABLE_COLUMNS, "table", path)

    def export_concentration_csv(self, path: str | None = None) -> Path | None:
        rows = self.concentration.export_rows()
        cols = ["field", "value", "unit", "commodity", "statistic", "edition", "edition_version",
                "data_year", "source", "includes_edits"]
        return self._export(rows, cols, "concentration", path)

    def export_us_csv(self, path: str | None = None) -> Path | None:
        self.us.load()
        rows = self.us.export_rows()
        cols = ["table", "edition", "data_year", "item", "unit", "value", "value_as_published",
                "flag", "comparator", "estimated", "notes", "source"]
        if not rows:
            return None
        path = path or self._ask_path(f"united-states_{self.us.edition.currentText()}.csv")
        if not path:
            return None
        try:
            return write_csv(Path(path), rows, cols)
        except OSError as exc:
            self._error(self.tr("Cannot write {file}: {error}").format(file=path, error=exc.strerror))
            return None

    def export_claims_csv(self, path: str | None = None) -> Path | None:
        cols = ["claim", "article", "usgs", "verdict", "edition", "data_year", "unit", "source"]
        return self._export(self.claims.export_rows(), cols, "seed-claims", path)

    def export_scenario_csv(self, path: str | None = None) -> Path | None:
        rows = self.scenarios.export_rows()
        cols = list(dict.fromkeys(k for r in rows for k in r))
        return self._export(rows, cols, f"scenario-{self.scenarios.kind}", path)

    # --- scenarios on disk --------------------------------------------------------------
    def scenario_document(self) -> dict:
        t = self.model.table
        return {"commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
                "edition_choice": self.edition_choice, "year": t.data_year,
                "edits": dict(self.session.edits), "added": list(self.session.added),
                "scenario": self.scenarios.params(), "result": self.scenarios.result,
                "saved_at": _dt.datetime.now().isoformat(timespec="seconds"),
                "reetool": __version__}

    def save_scenario_as(self, name: str | None = None) -> Path | None:
        if self.model.table is None:
            return None
        if name is None:
            default = f"{self.model.table.commodity} {self.model.table.data_year}"
            name, ok = QInputDialog.getText(self, self.tr("Save scenario"),
                                            self.tr("Scenario name:"), text=default)
            if not ok or not name.strip():
                return None
            target = scenarios_dir() / f"{safe_name(name)}.json"
            if target.exists() and QMessageBox.question(
                    self, self.tr("Save scenario"),
                    self.tr("A scenario named {name} exists. Replace it?").format(name=target.name)
            ) != QMessageBox.StandardButton.Yes:
                return None
        try:
            path = save_scenario(name, self.scenario_document())
        except OSError as exc:
            self._error(self.tr("Cannot save the scenario: {error}").format(error=str(exc)))
            return None
        self.scenario_status.setText(self.tr("Saved to {file}").format(file=str(path)))
        return path

    def open_scenario(self, path: str | None = None) -> bool:
        if path is None:
            start = str(scenarios_dir()) if list_scenarios() else str(Path.home())
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open scenario"), start,
                                                  self.tr("Scenarios (*.json)"))
            if not path:
                return False
        try:
            doc = load_scenario(Path(path))
            self.select(commodity=doc["commodity"], statistic=doc["statistic"],
                        year=int(doc["year"]), edition=doc.get("edition"))
        except DataError as exc:
            self._error(self.tr("Cannot open the scenario: {error}").format(error=exc.describe()))
            return False
        except (market.MarketLookupError, ValueError, TypeError) as exc:
            self._error(self.tr("Cannot open the scenario {file}: {error}").format(
                file=str(path), error=str(exc)))
            return False
        edits = {k: (float(v) if v is not None else None) for k, v in (doc.get("edits") or {}).items()}
        added = [a for a in doc.get("added") or [] if isinstance(a, str)]
        if (edits, added) != (self.session.edits, self.session.added):
            self.session.load(edits, added)
        if isinstance(doc.get("scenario"), dict):
            self.scenarios.set_params(doc["scenario"])
        self.tabs.setCurrentIndex(1)
        self.scenario_status.setText(self.tr("Opened {file}").format(file=str(path)))
        return True

    def _error(self, text: str) -> None:
        self.last_error = text
        self.scenario_status.setText(text)
        if self.isVisible():
            # window-modal and non-blocking: the page stays as it was, nothing is lost
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Market"), text,
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("market_error_box")
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    # --- imports ------------------------------------------------------------------------
    def import_usgs_data(self, path: str | None = None):
        from reetool.ui.market.import_dialog import ImportDialog

        dlg = ImportDialog(self)
        if path:
            dlg.load_file(path)
        if dlg.exec() and dlg.stored:
            self._reload_market()
        return dlg.stored

    def manage_imports(self) -> None:
        from reetool.ui.market.import_dialog import ManageImportsDialog

        dlg = ManageImportsDialog(self)
        dlg.exec()
        if dlg.removed:
            self._reload_market()

    def _reload_market(self) -> None:
        market.invalidate()
        current = self.commodity
        self._syncing = True
        names = market.commodities()
        self.commodity_combo.set_names(names, current if current in names else names[0])
        self._syncing = False
        self.sessions.clear()
        self._fill_metrics(self.metric, self.statistic)
        self.us.reload_editions()    # imported salient statistics add U.S. editions

    # --- page protocol ------------------------------------------------------------------
    def fill_menu(self, menu) -> None:
        acts = [
            ("market_act_import", self.tr("Import USGS data…"), lambda: self.import_usgs_data()),
            ("market_act_manage", self.tr("Manage imports…"), self.manage_imports),
            None,
            ("market_act_export_table", self.tr("Export country table as CSV…"),
             lambda: self.export_table_csv()),
            ("market_act_export_conc", self.tr("Export concentration as CSV…"),
             lambda: self.export_concentration_csv()),
            ("market_act_export_scn", self.tr("Export scenario as CSV…"),
             lambda: self.export_scenario_csv()),
            ("market_act_export_claims", self.tr("Export seed claims as CSV…"),
             lambda: self.export_claims_csv()),
            ("market_act_export_us", self.tr("Export U.S. statistics as CSV…"),
             lambda: self.export_us_csv()),
            None,
            ("market_act_save_scn", self.tr("Save scenario…"), lambda: self.save_scenario_as()),
            ("market_act_open_scn", self.tr("Open scenario…"), lambda: self.open_scenario()),
            None,
            ("market_act_reset", self.tr("Reset table to published"), self.reset_table),
        ]
        self.menu_actions = {}
        for item in acts:
            if item is None:
                menu.addSeparator()
                continue
            name, text, slot = item
            act = QAction(text, menu, objectName=name)
            act.triggered.connect(slot)
            menu.addAction(act)
            self.menu_actions[name] = act
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Market shares, concentration and scenarios"))
        for key, text in (("commodity", self.tr("Commodity")), ("metric", self.tr("Metric")),
                          ("statistic", self.tr("Statistic (as published)")),
                          ("edition", self.tr("Edition")), ("year", self.tr("Data year"))):
            self.sel_labels[key].setText(text)
        self.add_button.setText(self.tr("Add country…"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.reset_button.setText(self.tr("Reset to published"))
        for b in (self.export_button, self.export_conc_button, self.export_claims_button,
                  self.export_scn_button, self.export_us_button):
            b.setText(self.tr("Export CSV…"))
        self.save_scn_button.setText(self.tr("Save scenario…"))
        self.open_scn_button.setText(self.tr("Open scenario…"))
        self.tabs.setTabText(0, self.tr("Concentration"))
        self.tabs.setTabText(1, self.tr("Scenarios"))
        self.tabs.setTabText(2, self.tr("Seed claims"))
        self.tabs.setTabText(3, self.tr("United States"))
        texts = flag_texts()
        self.legend.setText(self.tr("Flags: {e}; {r}; {na}; {w}; {gt}. Missing values show as —, "
                                    "never 0. Double-click a value to edit it; double-click a "
                                    "source to open it.").format(
            e=texts["e"], r=texts["r"], na=texts["NA"], w=texts["W"], gt=texts[">"]))
        if self._loaded:
            for i in range(self.metric_combo.count()):
                key = self.metric_combo.itemData(i)
                self.metric_combo.setItemText(i, self.tr("Production") if key == "production"
                                              else self.tr("Reserves"))
            if self.edition_combo.count() and self.edition_combo.itemData(0) is None:
                self.edition_combo.setItemText(0, self.tr("Latest for {year}: {edition}").format(
                    year=self.year, edition=self.edition_combo.itemData(1)))
            self._refreshing = True
            try:
                self.model.refresh()
                if app_state().get("country"):
                    self._select_row(app_state().get("country"))
            finally:
                self._refreshing = False
            self._update_caption()
        for panel in (self.concentration, self.scenarios, self.claims, self.us):
            panel.retranslate()

    def status_text(self) -> str:
        t = self.model.table
        if t is None:
            return ""
        edited = self.tr(" · edited") if t.edited else ""
        return self.tr("{commodity} · {statistic} · USGS {edition} · {year}{edited}").format(
            commodity=commodity_name(t.commodity), statistic=t.statistic, edition=t.edition, year=t.data_year,
            edited=edited)

    def self_test(self) -> list[str]:
        self.ensure_loaded()
        self.select(commodity="Rare earths", statistic="Mine production", year=2022,
                    edition="MCS2023")
        c = self.model.conc
        china = c.shares["China"]
        if round(china, 1) != 70.0 or round(c.hhi) != 5167 or round(c.cr3, 1) != 90.3:
            raise RuntimeError(f"MCS2023 2022: China {china:.1f} %, HHI {c.hhi:.0f}, CR3 {c.cr3:.1f}")
        shown = self.concentration.values["hhi"].text()
        if shown != "5,167":
            raise RuntimeError(f"concentration panel shows HHI {shown!r}")
        return [f"market: MCS2023 2022 China {china:.1f} %, HHI {c.hhi:,.0f}, CR3 {c.cr3:.1f} %",
                f"market: {len(market.commodities())} commodities"]

    def briefing_slides(self) -> list[dict] | None:
        """"Add to briefing" (Ctrl+B): the leading country's share and the live scenario, from
        public state only (protocol: reetool.ui.briefing.window_actions)."""
        from reetool.ui.briefing.page_slides import market_slides

        try:
            doc = self.scenario_document()
        except (AttributeError, TypeError):       # nothing loaded yet
            return None
        return market_slides(doc["commodity"], doc["statistic"], doc["year"], doc["edition"],
                             doc.get("result"), bool(doc.get("edits"))) or None
