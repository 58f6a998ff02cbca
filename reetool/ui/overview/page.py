"""Overview page: every commodity at a glance — shares, concentration, R/P and the production
stages side by side, for a metric and year. Sortable and filterable; CSV export and
clipboard; a row opens that commodity on the Market page.

The page renders ``reetool.state.overview.OverviewState`` and writes user input back into it;
figures are computed (lazily, on first show) by ``reetool.analysis.overview``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from reetool.state.overview import OverviewState
from reetool.ui.flow_layout import flow_row
from reetool.ui.overview.model import COLUMNS, OverviewModel
from reetool.ui.overview.stages import StagesPanel
from reetool.ui.page import Page

BANDS = ("all", "low", "moderate", "high")


class OverviewPage(Page):
    page_id = "overview"
    status_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = OverviewState()
        self.model = OverviewModel(self.state, self)
        self.last_error = ""
        self._build()
        self.retranslate()
        self.state.subscribe(self._on_state)

    # --- construction --------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        self.heading = self.heading_label("overview_heading")
        root.addWidget(self.heading)

        self.labels = {k: QLabel() for k in ("metric", "year", "edition", "filter", "china", "hhi")}
        self.metric_combo = QComboBox(objectName="overview_metric")
        self.year_combo = QComboBox(objectName="overview_year")
        self.edition_combo = QComboBox(objectName="overview_edition")
        self.filter_edit = QLineEdit(objectName="overview_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.china_spin = QDoubleSpinBox(objectName="overview_china_min")
        self.china_spin.setRange(0, 100)
        self.china_spin.setDecimals(0)
        self.china_spin.setSingleStep(10)
        self.china_spin.setSuffix(" %")
        self.hhi_combo = QComboBox(objectName="overview_hhi_band")
        widgets = {"metric": self.metric_combo, "year": self.year_combo,
                   "edition": self.edition_combo, "filter": self.filter_edit,
                   "china": self.china_spin, "hhi": self.hhi_combo}
        groups = []        # each label over its field; the groups wrap on a narrow screen
        for key, w in widgets.items():
            self.labels[key].setBuddy(w)
            group = QWidget()
            column = QVBoxLayout(group)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(self.labels[key])
            column.addWidget(w)
            groups.append(group)
        for combo in (self.metric_combo, self.year_combo, self.edition_combo, self.hhi_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_edit.setMinimumWidth(16 * self.filter_edit.fontMetrics().averageCharWidth())
        root.addWidget(flow_row(*groups))

        self.hide_empty = QCheckBox(objectName="overview_hide_empty")
        self.open_button = QPushButton(objectName="overview_open_market")
        self.export_button = QPushButton(objectName="overview_export_csv")
        self.copy_button = QPushButton(objectName="overview_copy")
        self.count_label = QLabel(objectName="overview_count")
        root.addWidget(flow_row(self.hide_empty, self.count_label, self.open_button,
                                self.export_button, self.copy_button))

        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView(objectName="overview_table")
        self.table.setModel(self.model)
        # the state's order (A–Z by commodity) before sorting is enabled, which sorts once
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        split.addWidget(self.table)
        self.stages = StagesPanel(self)
        split.addWidget(self.stages)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 1)
        split.setSizes([500, 160])
        root.addWidget(split, 1)
        self.caption = QLabel(objectName="overview_caption", wordWrap=True)
        root.addWidget(self.caption)

        self.metric_combo.currentIndexChanged.connect(
            lambda _i: self._guard(self.state.set_metric, self.metric_combo.currentData()))
        self.year_combo.currentIndexChanged.connect(
            lambda _i: self._guard(self.state.set_year, self.year_combo.currentData()))
        self.edition_combo.currentIndexChanged.connect(
            lambda _i: self._guard(self.state.set_edition, self.edition_combo.currentData()))
        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(lambda: self.state.set_text(self.filter_edit.text()))
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.china_spin.valueChanged.connect(
            lambda v: self.state.set_china_min(v if v > 0 else None))
        self.hhi_combo.currentIndexChanged.connect(
            lambda _i: self.state.set_hhi_band(self.hhi_combo.currentData() or "all"))
        self.hide_empty.toggled.connect(self.state.set_hide_empty)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.activated.connect(lambda _i: self.open_in_market())
        self.open_button.clicked.connect(lambda: self.open_in_market())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.copy_button.clicked.connect(self.copy_to_clipboard)

    def _guard(self, fn, value) -> None:
        if not getattr(self, "_filling", False):
            fn(value)

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self.state.loaded:
            self.state.load()
            self._fill_selectors()

    def _fill_selectors(self) -> None:
        self._filling = True
        try:
            self.year_combo.clear()
            self.year_combo.addItem(self.tr("Latest per commodity"), None)
            for y in self.state.years():
                self.year_combo.addItem(str(y), y)
            self.year_combo.setCurrentIndex(max(self.year_combo.findData(self.state.year), 0))
            self.edition_combo.clear()
            self.edition_combo.addItem(self.tr("Newest for the year"), None)
            for e in self.state.editions():
                self.edition_combo.addItem(e, e)
            self.edition_combo.setCurrentIndex(
                max(self.edition_combo.findData(self.state.edition), 0))
        finally:
            self._filling = False

    def _on_state(self, fields) -> None:
        if "metric" in fields and self.state.loaded:
            self._fill_selectors()
        if fields & {"rows", "filter", "sort"}:
            self._after_rows()
        if "selected" in fields:
            self.stages.show_row(self.state.row(self.state.selected)
                                 if self.state.selected else None)
        if "error" in fields and self.state.error:
            self.last_error = self.state.error

    def _after_rows(self) -> None:
        head = self.table.horizontalHeader()
        key = self.state.sort_key
        head.blockSignals(True)
        head.setSortIndicator(COLUMNS.index(key) if key in COLUMNS else -1,
                              Qt.SortOrder.DescendingOrder if self.state.sort_desc
                              else Qt.SortOrder.AscendingOrder)
        head.blockSignals(False)
        if self.state.selected:
            self._select_row(self.state.selected)
        self._size_columns()
        self._update_count()
        self.status_changed.emit()

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        head = self.table.horizontalHeader()
        for col, cap in ((COLUMNS.index("statistic"), 200), (COLUMNS.index("commodity"), 200),
                         (COLUMNS.index("leader"), 170), (COLUMNS.index("unit"), 140)):
            head.resizeSection(col, min(head.sectionSize(col), cap))

    def _select_row(self, commodity: str) -> None:
        for r, row in enumerate(self.model.rows):
            if row["commodity"] == commodity:
                self.table.selectRow(r)
                return

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self.state.select(self.model.rows[current.row()]["commodity"])

    def _update_count(self) -> None:
        shown = len(self.model.rows)
        with_data = sum(1 for r in self.state.rows if r.get("world") is not None)
        self.count_label.setText(self.tr("{shown} of {total} commodities shown · {data} with "
                                         "figures").format(shown=shown, total=len(self.state.rows),
                                                           data=with_data))

    # --- actions -----------------------------------------------------------------------------
    def select(self, commodity: str | None = None, metric: str | None = None,
               year: int | None = None) -> None:
        """Set the page programmatically (links, briefings)."""
        self.ensure_loaded()
        if metric:
            self.metric_combo.setCurrentIndex(max(self.metric_combo.findData(metric), 0))
        if year is not None:
            self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))
        if commodity:
            self.state.select(commodity)
            self._select_row(commodity)

    def open_in_market(self, commodity: str | None = None) -> bool:
        """Open the selected commodity (or ``commodity``) on the Market page."""
        commodity = commodity or self.state.selected
        row = self.state.row(commodity) if commodity else None
        if row is None:
            return False
        window = self.window()
        if not hasattr(window, "show_page"):
            return False
        market_page = window.show_page("market")
        market_page.select(commodity=commodity, metric=self.state.metric)
        return True

    def export_csv(self, path: str | None = None) -> Path | None:
        """The rows shown, as CSV with both languages and every row's provenance."""
        from reetool.analysis.overview_output import CSV_COLUMNS
        from reetool.data.market_export import write_csv

        if path is None:
            year = self.state.year or "latest"
            default = str(Path.home() / f"reetool-overview-{self.state.metric}-{year}.csv")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), default,
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return None
        try:
            return write_csv(Path(path), self.state.visible(), CSV_COLUMNS)
        except OSError as exc:
            self.last_error = self.tr("Cannot write {file}: {error}").format(
                file=path, error=exc.strerror or str(exc))
            self.count_label.setText(self.last_error)
            if self.isVisible():   # window-modal and non-blocking: nothing on the page is lost
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Overview"), self.last_error,
                                  QMessageBox.StandardButton.Ok, self)
                box.setObjectName("overview_error_box")
                box.setWindowModality(Qt.WindowModality.WindowModal)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
            return None

    def copy_to_clipboard(self) -> str:
        text = self.model.clipboard_text()
        QGuiApplication.clipboard().setText(text)
        return text

    def briefing_slides(self) -> list[dict] | None:
        """"Add to briefing" (Ctrl+B): the selected commodity's shares and its world map."""
        from reetool.ui.briefing.page_slides import overview_slides

        self.ensure_loaded()
        selected = self.state.selected
        return overview_slides(self.state.row(selected) if selected else None) or None

    def briefing_params(self) -> dict:
        """The overview's parameters (metric, year, edition, filters, sort, selection) for a
        briefing slide; ``state.apply_params`` restores them."""
        self.ensure_loaded()
        return self.state.params()

    # --- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Every commodity at a glance"))
        for key, text in (("metric", self.tr("Metric")), ("year", self.tr("Data year")),
                          ("edition", self.tr("Edition")),
                          ("filter", self.tr("Filter (commodity, statistic, country)")),
                          ("china", self.tr("China share at least")),
                          ("hhi", self.tr("HHI band"))):
            self.labels[key].setText(text)
        self._filling = True
        try:
            current = self.state.metric
            self.metric_combo.clear()
            self.metric_combo.addItem(self.tr("Production"), "production")
            self.metric_combo.addItem(self.tr("Reserves"), "reserves")
            self.metric_combo.setCurrentIndex(self.metric_combo.findData(current))
            band = self.state.hhi_band
            self.hhi_combo.clear()
            for key, text in zip(BANDS, (self.tr("all"), self.tr("below 1,500"),
                                         self.tr("1,500 to 2,500"), self.tr("2,500 and above"))):
                self.hhi_combo.addItem(text, key)
            self.hhi_combo.setCurrentIndex(self.hhi_combo.findData(band))
            if self.year_combo.count():
                self.year_combo.setItemText(0, self.tr("Latest per commodity"))
                self.edition_combo.setItemText(0, self.tr("Newest for the year"))
        finally:
            self._filling = False
        self.china_spin.setSpecialValueText(self.tr("any"))
        self.filter_edit.setPlaceholderText(self.tr("e.g. gallium, 镓, refinery, China"))
        self.hide_empty.setText(self.tr("Hide commodities without figures"))
        self.open_button.setText(self.tr("Open in Market"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.copy_button.setText(self.tr("Copy table"))
        self.caption.setText(self.tr(
            "Shares: % of the world total the publisher prints (Σ: none printed, sum of the "
            "rows); ≤ upper bound, ≥ lower bound. HHI 0–10,000; bands after the 2010 US merger "
            "guidelines (for firms, not a verdict on countries). Missing: —, never 0."))
        self.caption.setToolTip(self.tr(
            "An HHI range means “Other countries” could be one producer or many. Names in "
            "Chinese: countries from ISO 3166 (pycountry); commodities, statistics and units "
            "are reetool renderings."))
        self.model.retranslate()
        if self.state.loaded:
            self._update_count()
            self._size_columns()
        self.stages.retranslate()

    def status_text(self) -> str:
        if not self.state.loaded:
            return ""
        sources = sorted({s for r in self.state.rows for s in (r.get("sources") or "").split(";")
                          if s})
        return self.tr("{metric} · {sources}").format(
            metric=self.metric_combo.currentText(), sources=", ".join(sources))

    def self_test(self) -> list[str]:
        self.ensure_loaded()
        assert len(self.state.rows) >= 60, "overview has fewer than 60 commodities"
        return [f"overview: {len(self.state.rows)} commodities"]
