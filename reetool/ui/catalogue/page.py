"""Catalogue page: every version, bilingual search, provenance, coverage, compare, import.

A view of one CatalogueState (reetool.state.catalogue, Qt-free): the search box and the
filters write into it; the table (CatalogueTableModel, reset once per change), the count,
the banner and the detail pane render it. Files and dialogs live in ui/catalogue/actions.py.
Imports only light modules (no pandas, no pyqtgraph): this is the first page of the app.
The compare and import dialogs are imported when opened.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSplitter,
    QTextBrowser, QVBoxLayout, QWidget,
)

from reetool.data import DataError, bundle
from reetool.data.catalogue import STAGES, STATUSES, Catalogue, Item, load_catalogue
from reetool.state.catalogue import CatalogueState
from reetool.ui import i18n
from reetool.ui.catalogue import labels
from reetool.ui.catalogue.actions import CatalogueActions
from reetool.ui.catalogue.banner import CoverageBanner
from reetool.ui.catalogue.combos import ValueCombo
from reetool.ui.catalogue.detail import item_html
from reetool.ui.catalogue.model import COLUMNS, CatalogueTableModel
from reetool.ui.catalogue.table import WIDTHS, make_table
from reetool.ui.page import Page
from reetool.ui.settings import settings


class CataloguePage(Page):
    page_id = "catalogue"
    status_changed = Signal()
    catalogue_reloaded = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._building = True   # the detail pane is rendered once, at the end
        self._restoring = False
        self.catalogue: Catalogue = self._load_catalogue()
        self.state = CatalogueState(self.catalogue.all_items())
        self.actions = CatalogueActions(self)

        # --- coverage banner ---------------------------------------------------------
        self.banner = CoverageBanner()
        self.banner_text, self.import_button = self.banner.text, self.banner.import_button
        self.import_button.clicked.connect(lambda: self.open_import())

        # --- search and filters ------------------------------------------------------
        self.search = QLineEdit(objectName="catalogue_search")
        self.search.setClearButtonEnabled(True)
        self.version_label = QLabel()
        self.version_combo = ValueCombo(objectName="catalogue_version")
        self.status_combo = ValueCombo(objectName="catalogue_status")
        self.sector_combo = ValueCombo(objectName="catalogue_sector")
        self.stage_combo = ValueCombo(objectName="catalogue_stage")
        self.rare_earth = QCheckBox(objectName="catalogue_rare_earth")
        self.compare_button = QPushButton(objectName="catalogue_compare_button")
        self.export_button = QPushButton(objectName="catalogue_export_button")
        self.cite_button = QPushButton(objectName="catalogue_cite_button")

        # --- table -------------------------------------------------------------------
        self.model = CatalogueTableModel(self.state, self)
        self.table, self.badges, self.highlighter = make_table(
            self.model, lambda: self.state.query, 2 * self.fontMetrics().height() + 12)
        self.count = QLabel(objectName="catalogue_count")
        self.legend = QLabel(objectName="catalogue_legend")
        self.legend.setWordWrap(True)
        self.legend.setProperty("muted", True)

        self.detail = QTextBrowser(objectName="catalogue_detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)

        # --- layout ------------------------------------------------------------------
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.rare_earth)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.version_label)
        # the stage combo's "All supply-chain stages" is the longest default; a choice cut
        # short on a narrow screen is whole in the combo's tooltip
        for combo, stretch in ((self.version_combo, 2), (self.status_combo, 2), (self.sector_combo, 2),
                               (self.stage_combo, 3)):
            combo.currentTextChanged.connect(combo.setToolTip)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            filters.addWidget(combo, stretch)
        filters.addWidget(self.compare_button)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.table, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.count, 1)
        foot.addWidget(self.export_button)
        foot.addWidget(self.cite_button)
        left_lay.addLayout(foot)
        self.split = QSplitter(Qt.Orientation.Horizontal, objectName="catalogue_split")
        self.split.addWidget(left)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([700, 380])
        self.split.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addWidget(self.banner)
        lay.addLayout(search_row)
        lay.addLayout(filters)
        lay.addWidget(self.split, 1)
        lay.addWidget(self.legend)

        # --- behaviour ---------------------------------------------------------------
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.search.textChanged.connect(self._on_search)
        self.version_combo.currentIndexChanged.connect(self._on_version)
        self.status_combo.currentIndexChanged.connect(self._on_filters)
        self.sector_combo.currentIndexChanged.connect(self._on_filters)
        self.stage_combo.currentIndexChanged.connect(self._on_filters)
        self.rare_earth.toggled.connect(self._on_filters)
        self.compare_button.clicked.connect(lambda: self.open_compare())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.cite_button.clicked.connect(self.copy_citation)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._after_filter)

        self._fill_combos()
        start = str(settings().value("catalogue/version", self.catalogue.default_version()))
        self.set_version(start if start in self.catalogue.versions else self.catalogue.default_version())
        self.table.sortByColumn(COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
        self._select_first()           # the first item (the detail waits for the end)
        self._building = False
        self.retranslate()             # renders the detail pane once

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # On small screens the sector column (mostly "not seen"; shown in the detail pane and
        # in the sector filter) gives its room to the names.
        self.table.setColumnHidden(COLUMNS.index("sector"), self.table.width() < 640)
        # the completeness words ("medium confidence") whole in the projector's larger type
        quality = COLUMNS.index("quality")
        self.table.setColumnWidth(quality, max(WIDTHS[quality],
                                               min(200, self.table.sizeHintForColumn(quality))))

    # --- data --------------------------------------------------------------------------
    def _load_catalogue(self) -> Catalogue:
        self.store_error: DataError | None = None
        try:
            return load_catalogue()
        except DataError as exc:   # a damaged import store must not hide the bundled data
            self.store_error = exc
            return load_catalogue(include_imports=False)

    def reload(self) -> None:
        """Re-read bundle and imports (after an import or a removal)."""
        current = self.current_item()
        self.catalogue = self._load_catalogue()
        self.state.set_items(self.catalogue.all_items())
        self._fill_sectors()
        self._update_banner()
        if current is None or not self.select_item(current.version, current.code or current.item_id):
            self._select_first()
        self.catalogue_reloaded.emit()
        self.status_changed.emit()

    def source_titles(self) -> dict[str, str]:
        return {r["source_id"]: r["title"] for r in bundle().records("sources")}

    # --- filters -----------------------------------------------------------------------
    def _fill_combos(self) -> None:
        self.version_combo.set_entries(
            [(labels.version_title(self.catalogue.info(v)), v) for v in self.catalogue.versions])
        self.status_combo.set_entries([(self.tr("All statuses"), None)] + [(labels.status(s), s) for s in STATUSES])
        self.stage_combo.set_entries([(self.tr("All supply-chain stages"), None)]
                                     + [(labels.stage(s), s) for s in STAGES])
        self._fill_sectors()

    def _fill_sectors(self) -> None:
        version = self.version_combo.currentData()
        sectors = {}
        for it in (self.catalogue.items(version) if version else []):
            key = it.sector_zh or it.sector_en
            if key:
                sectors[key] = labels.sector(it.sector_zh, it.sector_en)
        self.sector_combo.set_entries([(self.tr("All sectors"), None)]
                                      + [(sectors[k], k) for k in sorted(sectors)]
                                      + [(self.tr("Sector not seen"), "")])
        if self.state.sector is not None and self.sector_combo.currentData() != self.state.sector:
            self.state.set_filters(sector=self.sector_combo.currentData())

    def set_version(self, version: str) -> None:
        index = self.version_combo.findData(version)
        if index < 0:
            raise KeyError(version)
        if self.version_combo.currentIndex() != index:
            self.version_combo.setCurrentIndex(index)   # re-enters through _on_version
        else:
            self._on_version()

    def _on_version(self, *_args) -> None:
        version = self.version_combo.currentData()
        self._fill_sectors()
        self.state.set_filters(version=version, sector=self.sector_combo.currentData())
        if getattr(self.window(), "persist", True):
            store = settings()
            if store.value("catalogue/version") != version:   # unchanged: no file write
                store.setValue("catalogue/version", version)
        self._update_banner()

    def _on_filters(self, *_args) -> None:
        self.state.set_filters(status=self.status_combo.currentData(), sector=self.sector_combo.currentData(),
                               stage=self.stage_combo.currentData(), rare_earth_only=self.rare_earth.isChecked())

    def _on_search(self, text: str) -> None:
        self.state.set_query(text)     # → model reset → _after_filter: count, selection, detail

    def _after_filter(self, *_args) -> None:
        """After the matching rows changed: the count, and the selected item kept in view (or
        the first row selected when it no longer matches)."""
        self._update_count()
        row = self.state.selected_row()
        self._restoring = True
        try:
            if row >= 0 or self.model.rowCount():
                self._select_row(max(row, 0))
        finally:
            self._restoring = False
        self.state.select(self.current_item())
        self._show_current()
        self.status_changed.emit()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self._select_row(0)
        self._show_current()

    def _select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    # --- selection and detail ------------------------------------------------------------
    def current_item(self) -> Item | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.item(index.row())

    def select_item(self, version: str, code_or_id: str) -> bool:
        """Show ``version`` and select the item with that code or item id (clearing the search
        and filters when they hide it)."""
        if self.version_combo.currentData() != version:
            self.set_version(version)
        for attempt in range(2):
            for row in range(self.model.rowCount()):
                it = self.model.item(row)
                if code_or_id in (it.code, it.item_id):
                    self._select_row(row)
                    self.table.scrollTo(self.model.index(row, 0))
                    return True
            if attempt == 0:
                self.clear_filters()
        return False

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.status_combo, self.sector_combo, self.stage_combo):
            combo.setCurrentIndex(0)
        self.rare_earth.setChecked(False)

    def _on_current(self, current, _previous=None) -> None:
        if not self._restoring:
            self.state.select(self.current_item())
            self._show_current()

    def _show_current(self, *_args) -> None:
        if self._building:
            return
        item = self.current_item()
        if item is None:
            nothing = self.tr("No item matches the search and filters.")   # (lupdate reads no f-string)
            self.detail.setHtml(f"<p><i>{nothing}</i></p>")
        else:
            self.detail.setHtml(item_html(self.catalogue, item, self.source_titles(), i18n.current_language(),
                                          self.state.query))
        self.cite_button.setEnabled(item is not None)
        if "cite" in self.menu_actions:
            self.menu_actions["cite"].setEnabled(item is not None)

    def _on_link(self, url: QUrl) -> None:
        target = url.toString()
        kind, _, value = target.partition(":")
        if kind == "source":
            window = self.window()
            if hasattr(window, "show_source"):
                window.show_source(value)
        elif kind == "item":
            version, _, item_id = value.partition("/")
            self.select_item(version, item_id)

    # --- banner, counts --------------------------------------------------------------
    def coverage(self) -> dict:
        return self.catalogue.coverage(self.version_combo.currentData())

    def _update_banner(self) -> None:
        version = self.version_combo.currentData()
        if version:
            self.banner.show_coverage(self.catalogue, version, self.store_error)

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} of {total} shown").format(
            shown=len(self.state), total=self.state.total()))

    def status_text(self) -> str:
        if not self.version_combo.currentData():
            return ""
        cov = self.coverage()
        return self.tr("Catalogue {version}: showing {shown} of {held} attested items (official total {official})").format(
            version=cov["version"], shown=len(self.state), held=cov["held"], official=cov["official"])

    # --- actions (reetool.ui.catalogue.actions) --------------------------------------------
    @property
    def proxy(self) -> CatalogueTableModel:
        """The model the table shows (the matching rows). Formerly a filter proxy model."""
        return self.model

    @property
    def menu_actions(self) -> dict:
        return self.actions.menu_actions

    @property
    def _dialogs(self) -> list:
        return self.actions._dialogs

    def citation_text(self, item: Item | None = None) -> str:
        return self.actions.citation_text(item)

    def copy_citation(self) -> str:
        return self.actions.copy_citation()

    def export_csv(self, path: str | None = None) -> str | None:
        return self.actions.export_csv(path)

    def open_compare(self, a: str | None = None, b: str | None = None):
        return self.actions.open_compare(a, b)

    def open_import(self, path: str | None = None):
        return self.actions.open_import(path)

    def open_remove(self):
        return self.actions.open_remove()

    def fill_menu(self, menu) -> None:
        self.actions.fill_menu(menu)

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr(
            "Search codes, names and control points in Chinese or English (e.g. 稀土, rare earth)…"))
        self.version_label.setText(self.tr("Version:"))
        self.banner.retranslate()
        self.compare_button.setText(self.tr("Compare versions…"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.cite_button.setText(self.tr("Copy citation"))
        self.rare_earth.setText(self.tr("Rare-earth related only"))
        self.legend.setText(self.tr("[reetool] = English written by reetool, an unofficial rendering; other "
                                    "English is a third-party translation. — = not seen in any available source."))
        self._fill_combos()
        self.model.retranslate()
        self._update_banner()
        self._update_count()
        self.actions.retranslate_menu()
        self._show_current()

    def restyle(self) -> None:
        self._update_banner()
        self._show_current()

    def self_test(self) -> list[str]:
        return self.actions.self_test()

    def briefing_slides(self) -> list[dict] | None:
        """"Add to briefing" (Ctrl+B): the selected item in both languages."""
        from reetool.ui.briefing.page_slides import catalogue_slides

        return catalogue_slides(self.current_item()) or None
