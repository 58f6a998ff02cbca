"""Market page: country shares, concentration and scenarios for any USGS commodity and edition.

A thin view of one ``MarketState`` (reetool.state.market, Qt-free): the widgets
(reetool.ui.market.layout) render the state and write the user's choices, edits and
scenario parameters back into it. The page itself only binds: it keeps the state in step
with the shared state (commodity, edition, year, metric, country; the live scenario for
the Charts page), builds the live scenario chart when the Scenarios tab is first opened,
and hands files to their own modules (exports, scenario_files, imports, menus).

The page is built when first opened and reads its data when first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from reetool.data import market
from reetool.state.market import MarketState
from reetool.ui.market import imports, layout
from reetool.ui.market.exports import TABLE_COLUMNS, MarketExports  # noqa: F401  (public name)
from reetool.ui.market.menus import MarketMenu
from reetool.ui.market.scenario_files import ScenarioFiles
from reetool.ui.market.selectors import Selectors
from reetool.ui.market.table_view import TableView
from reetool.ui.market.table_model import flag_texts, parse_value, unit_text
from reetool.ui.names import commodity_name, statistic_name
from reetool.ui.page import Page
from reetool.ui.state import app_state

SCENARIO_TAB = layout.SCENARIO_TAB
SHARED = ("commodity", "metric", "year", "edition")


def describe(kind: str, **args) -> str:
    """Undo-step texts for the state's edit commands, in the interface language."""
    texts = {"set": QCoreApplication.translate("EditSession", "Set {country} to {value}"),
             "add": QCoreApplication.translate("EditSession", "Add {country}"),
             "reset": QCoreApplication.translate("EditSession", "Reset to published"),
             "open": QCoreApplication.translate("EditSession", "Open scenario")}
    return texts[kind].format(**args)


class MarketPage(Page):
    page_id = "market"
    status_changed = Signal()
    SCENARIO_TAB = SCENARIO_TAB

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = MarketState(describe=describe)
        self.last_error = ""
        self.scenario_chart = None          # built when the Scenarios tab is first opened
        self._shared_pending = False
        self.exports = MarketExports(self)
        self.files = ScenarioFiles(self)
        layout.build(self)
        self.selectors = Selectors(self, self.state)
        self.table_view = TableView(self, self.state)
        self._make_actions()
        self._connect()
        self.scenarios.bind(self.state)
        self.state.subscribe(self._on_state)
        app_state().changed.connect(self._on_shared)
        self.retranslate()

    def _make_actions(self) -> None:
        # own actions (fixed, translated text; the command's text goes to the tooltip)
        self.undo_action = QAction(self, objectName="market_undo_action", enabled=False)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.state.undo)
        self.redo_action = QAction(self, objectName="market_redo_action", enabled=False)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.state.redo)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)

    def _connect(self) -> None:
        self.add_button.clicked.connect(lambda: self.add_country())
        self.reset_button.clicked.connect(self.reset_table)
        self.export_button.clicked.connect(lambda: self.export_table_csv())
        self.export_conc_button.clicked.connect(lambda: self.export_concentration_csv())
        self.export_scn_button.clicked.connect(lambda: self.export_scenario_csv())
        self.export_claims_button.clicked.connect(lambda: self.export_claims_csv())
        self.export_us_button.clicked.connect(lambda: self.export_us_csv())
        self.save_scn_button.clicked.connect(lambda: self.save_scenario_as())
        self.open_scn_button.clicked.connect(lambda: self.open_scenario())
        self.tabs.currentChanged.connect(self._on_tab)
        self.concentration.basis_changed.connect(self.state.set_basis)

    # --- lazy loading ---------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self.state.loaded:
            return
        self.claims.load()
        st = app_state()
        self.state.set_country(st.get("country"))
        self.state.load(commodity=st.get("commodity"), metric=st.get("metric"), year=st.get("year"))
        if self.state.store.load_error:
            self.last_error = self.state.store.load_error

    def _on_tab(self, index: int) -> None:
        if self.state.loaded and self.tabs.widget(index).isAncestorOf(self.us):
            self.us.load()          # the U.S. tables are read when first looked at
        self._show_scenario_chart(index == SCENARIO_TAB)

    def _show_scenario_chart(self, visible: bool) -> None:
        """The live scenario chart sits under the Scenarios tab while that tab is open.

        It is built the first time it is needed, so pyqtgraph is imported only then.
        """
        if visible and self.scenario_chart is None:
            from reetool.ui.charts.registry import ChartParams
            from reetool.ui.charts.view import ChartView

            self.scenario_chart = ChartView("scenario", ChartParams(compact=True),
                                            parent=self.chart_area, toolbar=False)
            self.scenario_chart.setMinimumHeight(250)
            self.chart_area.layout().addWidget(self.scenario_chart)
        self.chart_area.setVisible(visible)

    # --- the selection (widgets → state) ----------------------------------------------------
    @property
    def commodity(self) -> str:
        return self.state.commodity

    @property
    def metric(self) -> str:
        return self.state.metric

    @property
    def statistic(self) -> str:
        return self.state.statistic

    @property
    def year(self) -> int | None:
        return self.state.year

    @property
    def edition_choice(self) -> str | None:
        return self.state.edition

    @property
    def session(self):
        """The edits of the table shown (reetool.state.market_edits.TableEdits)."""
        return self.state.edits

    def select(self, commodity: str | None = None, metric: str | None = None,
               statistic: str | None = None, year: int | None = None, edition="__keep__") -> None:
        """Set the selectors programmatically (other pages, opened scenarios)."""
        self.ensure_loaded()
        kwargs = {} if edition == "__keep__" else {"edition": edition}
        self.state.select(commodity=commodity, metric=metric, statistic=statistic, year=year, **kwargs)

    # --- the state → widgets ------------------------------------------------------------------
    def _on_state(self, fields: frozenset[str]) -> None:
        if "selection" in fields:
            self.selectors.render()
        if "basis" in fields:
            self.model.set_basis(self.state.basis)
            self.concentration.set_basis(self.state.basis)
        if "table" in fields or "basis" in fields:
            self.table_view.render(new_table="selection" in fields)
        elif "country" in fields and self.state.country:
            self.table_view.select_row(self.state.country)
        if "scenario" in fields:
            self.scenarios.render()
            if self.state.scenario_result.published is not None:
                app_state().set("scenario", self.state.scenario_result.published)
        if "undo" in fields:
            stack = self.state.edits.stack if self.state.edits is not None else None
            for action, can, text in ((self.undo_action, "can_undo", "undo_text"),
                                      (self.redo_action, "can_redo", "redo_text")):
                action.setEnabled(stack is not None and getattr(stack, can)())
                action.setToolTip(getattr(stack, text)() if stack is not None else "")
        if "country" in fields:
            app_state().set("country", self.state.country)
        if fields & {"selection", "table"}:
            self._push_shared()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.table_view.fit_columns()

    # --- the shared state ------------------------------------------------------------------
    def _push_shared(self) -> None:
        for field, value in self.state.shared_values().items():
            app_state().set(field, value)

    def _on_shared(self, field: str) -> None:
        if not self.state.loaded:
            return
        if field == "country":
            self.state.set_country(app_state().get("country") or self.state.country)
        elif field in SHARED and not self._shared_pending:
            # coalesce: another page may set several fields in a row; follow them once
            self._shared_pending = True
            QTimer.singleShot(0, self, self._follow_shared)

    def _follow_shared(self) -> None:
        self._shared_pending = False
        st = app_state()
        self.state.follow(**{f: st.get(f) for f in SHARED})
        self._push_shared()       # what this page shows, if it lacked what was asked for

    # --- editing ---------------------------------------------------------------------------
    def add_country(self, name: str | None = None, value: float | None = None) -> bool:
        if self.state.edits is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add country"), self.tr("Country name:"))
            if not ok or not name.strip():
                return False
            text, ok = QInputDialog.getText(
                self, self.tr("Add country"),
                self.tr("Value in {unit} (empty = missing):").format(unit=unit_text(self.model.table.unit)))
            if not ok:
                return False
            try:
                value = parse_value(text)
            except ValueError:
                QMessageBox.warning(self, self.tr("Add country"),
                                    self.tr("'{text}' is not a number.").format(text=text))
                return False
        return self.state.edits.add_country(name, value)

    def reset_table(self) -> bool:
        return self.state.edits is not None and self.state.edits.reset()

    # --- files: exports, scenarios, imports ---------------------------------------------------
    def table_rows(self) -> list[dict]:
        return self.exports.table_rows()

    def export_table_csv(self, path: str | None = None):
        return self.exports.table(path)

    def export_concentration_csv(self, path: str | None = None):
        return self.exports.concentration(path)

    def export_us_csv(self, path: str | None = None):
        return self.exports.us(path)

    def export_claims_csv(self, path: str | None = None):
        return self.exports.claims(path)

    def export_scenario_csv(self, path: str | None = None):
        return self.exports.scenario(path)

    def scenario_document(self) -> dict:
        return self.state.document()

    def save_scenario_as(self, name: str | None = None):
        return self.files.save_as(name)

    def open_scenario(self, path: str | None = None) -> bool:
        return self.files.open(path)

    def import_usgs_data(self, path: str | None = None):
        return imports.import_usgs_data(self, path)

    def manage_imports(self) -> None:
        imports.manage_imports(self)

    def reload_data(self) -> None:
        """Re-read the market data after an import was added or removed."""
        self.state.reload()
        self.us.reload_editions()    # imported salient statistics add U.S. editions

    _reload_market = reload_data

    def report_error(self, text: str) -> None:
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

    # --- page protocol -----------------------------------------------------------------------
    def fill_menu(self, menu) -> None:
        self.menu_actions = MarketMenu(self).fill(menu)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Market shares, concentration and scenarios"))
        for key, text in (("commodity", self.tr("Commodity")), ("metric", self.tr("Metric")),
                          ("statistic", self.tr("Statistic")),
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
        for i, text in enumerate((self.tr("Concentration"), self.tr("Scenarios"),
                                  self.tr("Claims"), self.tr("United States"))):
            self.tabs.setTabText(i, text)
        texts = flag_texts()
        self.legend.setText(self.tr("Flags: {e}; {r}; {na}; {w}; {gt}. Missing values show as —, "
                                    "never 0. Double-click a value to edit it; double-click a "
                                    "source to open it.").format(
            e=texts["e"], r=texts["r"], na=texts["NA"], w=texts["W"], gt=texts[">"]))
        if self.state.loaded:
            self.selectors.retranslate()
            self.table_view.refresh_texts()
        for panel in (self.concentration, self.scenarios, self.claims, self.us):
            panel.retranslate()

    def restyle(self) -> None:
        self.table_view.update_caption()      # "edited" in the theme's caution colour
        if self.claims.loaded:
            self.claims.retranslate()         # the verdicts' colours

    def status_text(self) -> str:
        t = self.model.table
        if t is None:
            return ""
        edited = self.tr(" · edited") if t.edited else ""
        return self.tr("{commodity} · {statistic} · USGS {edition} · {year}{edited}").format(
            commodity=commodity_name(t.commodity), statistic=statistic_name(t.statistic),
            edition=t.edition,
            year=t.data_year, edited=edited)

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
        """"Add to briefing" (Ctrl+B): the leading country's share of the published table shown
        and the live scenario (protocol: reetool.ui.briefing.window_actions)."""
        from reetool.ui.briefing.page_slides import market_slides

        t = self.state.base
        if t is None:
            return None
        return market_slides(t.commodity, t.statistic, t.data_year, t.edition,
                             self.state.scenario_result.published,
                             self.state.table is not None and self.state.table.edited) or None
