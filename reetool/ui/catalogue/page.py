"""Catalogue page: every version, bilingual search, provenance, coverage, compare, import.

Imports only light modules (no pandas, no pyqtgraph): this is the first page of the app.
The compare and import dialogs are imported when opened.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from reetool.data import DataError, bundle
from reetool.data.catalogue import STAGES, STATUSES, Catalogue, Item, load_catalogue
from reetool.ui import i18n
from reetool.ui.catalogue import labels
from reetool.ui.catalogue.combos import ValueCombo
from reetool.ui.catalogue.delegates import HighlightDelegate, StatusBadgeDelegate
from reetool.ui.catalogue.detail import item_html
from reetool.ui.catalogue.model import COLUMNS, HIGHLIGHT_COLUMNS, CatalogueFilterProxy, CatalogueTableModel
from reetool.ui.page import Page
from reetool.ui.settings import settings

BANNER_STYLE = ("QFrame#catalogue_banner { background: #eef4ff; border: 1px solid #9db7e0; border-radius: 4px; }"
                " QFrame#catalogue_banner QLabel { color: #102040; }")


class CataloguePage(Page):
    page_id = "catalogue"
    status_changed = Signal()
    catalogue_reloaded = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._building = True   # the detail pane is rendered once, at the end
        self.catalogue: Catalogue = self._load_catalogue()
        self.menu_actions: dict = {}
        self._dialogs: list[QWidget] = []

        # --- coverage banner ---------------------------------------------------------
        self.banner = QFrame(objectName="catalogue_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel(objectName="catalogue_coverage")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.import_button = QPushButton(objectName="catalogue_import_button")
        self.import_button.clicked.connect(lambda: self.open_import())
        banner_lay = QHBoxLayout(self.banner)
        banner_lay.setContentsMargins(8, 6, 8, 6)
        banner_lay.addWidget(self.banner_text, 1)
        banner_lay.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignVCenter)

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
        self.model = CatalogueTableModel(self.catalogue.all_items(), self)
        self.proxy = CatalogueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="catalogue_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 12)
        self.badges = StatusBadgeDelegate(self.table)
        self.highlighter = HighlightDelegate(lambda: self.proxy.query, self.table)
        self.table.setItemDelegateForColumn(COLUMNS.index("status"), self.badges)
        for col in HIGHLIGHT_COLUMNS:
            self.table.setItemDelegateForColumn(col, self.highlighter)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        for col, width in zip(range(len(COLUMNS)), (72, 110, 84, 300, 124)):
            self.table.setColumnWidth(col, width)
        header.setMinimumSectionSize(60)
        self.count = QLabel(objectName="catalogue_count")
        self.legend = QLabel(objectName="catalogue_legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555555;")

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
        for combo, stretch in ((self.version_combo, 3), (self.status_combo, 2), (self.sector_combo, 2),
                               (self.stage_combo, 2)):
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
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.proxy.layoutChanged.connect(self._after_filter)
        self.proxy.rowsInserted.connect(self._after_filter)
        self.proxy.rowsRemoved.connect(self._after_filter)

        self._fill_combos()
        start = str(settings().value("catalogue/version", self.catalogue.default_version()))
        self.set_version(start if start in self.catalogue.versions else self.catalogue.default_version())
        self.table.sortByColumn(COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
        self._building = False
        self.retranslate()
        self._select_first()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # On small screens the sector column (mostly "not seen"; shown in the detail pane and
        # in the sector filter) gives its room to the names.
        self.table.setColumnHidden(COLUMNS.index("sector"), self.table.width() < 640)

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
        self.model.set_items(self.catalogue.all_items())
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
        if self.proxy.sector is not None and self.sector_combo.currentData() != self.proxy.sector:
            self.proxy.set_filters(sector=self.sector_combo.currentData())

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
        self.proxy.set_filters(version=version, sector=self.sector_combo.currentData())
        if getattr(self.window(), "persist", True):
            settings().setValue("catalogue/version", version)
        self._update_banner()
        self._after_filter()

    def _on_filters(self, *_args) -> None:
        self.proxy.set_filters(status=self.status_combo.currentData(), sector=self.sector_combo.currentData(),
                               stage=self.stage_combo.currentData(), rare_earth_only=self.rare_earth.isChecked())
        self._after_filter()

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self.table.viewport().update()
        self._after_filter()
        self._show_current(self.table.currentIndex())   # highlight the matches in the detail too

    def _after_filter(self, *_args) -> None:
        self._update_count()
        if not self.table.currentIndex().isValid() or not self.table.selectionModel().hasSelection():
            self._select_first()
        self.status_changed.emit()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self._show_current(self.table.currentIndex())
        else:
            self._show_current(self.table.currentIndex())

    # --- selection and detail ------------------------------------------------------------
    def current_item(self) -> Item | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.proxy.item(index.row())

    def select_item(self, version: str, code_or_id: str) -> bool:
        """Show ``version`` and select the item with that code or item id (clearing the search
        and filters when they hide it)."""
        if self.version_combo.currentData() != version:
            self.set_version(version)
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                it = self.proxy.item(row)
                if code_or_id in (it.code, it.item_id):
                    self.table.selectionModel().setCurrentIndex(
                        self.proxy.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                    self.table.scrollTo(self.proxy.index(row, 0))
                    return True
            if attempt == 0:
                self.clear_filters()
        return False

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.status_combo, self.sector_combo, self.stage_combo):
            combo.setCurrentIndex(0)
        self.rare_earth.setChecked(False)

    def _show_current(self, current, _previous=None) -> None:
        if self._building:
            return
        item = self.current_item()
        if item is None:
            self.detail.setHtml(f"<p><i>{self.tr('No item matches the search and filters.')}</i></p>")
        else:
            self.detail.setHtml(item_html(self.catalogue, item, self.source_titles(), i18n.current_language(),
                                          self.proxy.query))
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
        if not version:
            return
        cov = self.coverage()
        info = self.catalogue.info(version)
        if info["kind"] == "amendment":
            head = self.tr("This bundle holds <b>{held}</b> of {official} items of the catalogue as amended "
                           "in {version}").format(held=cov["held"], official=cov["official"], version=version)
        else:
            head = self.tr("This bundle holds <b>{held}</b> of {official} items of the {version} catalogue").format(
                held=cov["held"], official=cov["official"], version=version)
        parts = [head + " " + self.tr("({prohibited} of {official_prohibited} prohibited, {restricted} of "
                                      "{official_restricted} restricted). Official counts: {basis}.").format(
            prohibited=cov["held_prohibited"], official_prohibited=cov["official_prohibited"],
            restricted=cov["held_restricted"], official_restricted=cov["official_restricted"],
            basis=labels.basis(cov["counts_basis"]))]
        if cov["carried"]:
            parts.append(self.tr("{n} carried over from {base}.").format(n=cov["carried"], base=info["base_version"]))
        if cov["imported"]:
            parts.append(self.tr("{n} imported by you.").format(n=cov["imported"]))
        if cov["held"] < cov["official"]:
            parts.append(self.tr("The official text was not available offline: import it to complete "
                                 "the catalogue."))
        if self.store_error is not None:
            parts.append("<span style='color:#9b1c1c'>" + self.tr("Your imported items could not be read: {error}")
                         .format(error=html.escape(str(self.store_error))) + "</span>")
        self.banner_text.setText(" ".join(parts))

    def _update_count(self) -> None:
        total = sum(1 for it in self.model.items if it.version == self.proxy.version)
        self.count.setText(self.tr("{shown} of {total} shown").format(shown=self.proxy.rowCount(), total=total))

    def status_text(self) -> str:
        if not self.version_combo.currentData():
            return ""
        cov = self.coverage()
        return self.tr("Catalogue {version}: showing {shown} of {held} attested items (official total {official})").format(
            version=cov["version"], shown=self.proxy.rowCount(), held=cov["held"], official=cov["official"])

    # --- actions -----------------------------------------------------------------------
    def citation_text(self, item: Item | None = None) -> str:
        from reetool.data.catalogue_export import citation

        item = item or self.current_item()
        if item is None:
            return ""
        sources = {r["source_id"]: r for r in bundle().records("sources")}
        return citation(item, self.catalogue.info(item.version), sources, dt.date.today().isoformat())

    def copy_citation(self) -> str:
        from PySide6.QtGui import QGuiApplication

        text = self.citation_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Citation copied to the clipboard"), 4000)
        return text

    def export_csv(self, path: str | None = None) -> str | None:
        """Write the rows shown (filters and search applied) as CSV, UTF-8 with BOM."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from reetool.data.catalogue_export import write_csv

        if path is None:
            default = f"reetool-catalogue-{self.version_combo.currentData()}.csv"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the items shown as CSV"), default,
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return None
        try:
            write_csv(path, self.proxy.visible_items())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Could not write {path}: {error}").format(path=path, error=exc.strerror))
            return None
        return path

    def open_compare(self, a: str | None = None, b: str | None = None):
        from reetool.ui.catalogue.compare_dialog import CompareDialog

        dlg = CompareDialog(self.catalogue, self)
        if a and b:
            dlg.set_versions(a, b)
        dlg.item_activated.connect(self.select_item)
        self._keep(dlg)
        dlg.show()
        return dlg

    def open_import(self, path: str | None = None):
        from reetool.ui.catalogue.import_dialog import ImportDialog

        dlg = ImportDialog(self.catalogue, self)
        dlg.saved.connect(lambda _n: self.reload())
        self._keep(dlg)
        if path is not None:
            dlg.load(path)
        elif not dlg.choose_file():
            dlg.deleteLater()
            return None
        dlg.show()
        return dlg

    def open_remove(self):
        from reetool.ui.catalogue.import_dialog import RemoveImportsDialog

        dlg = RemoveImportsDialog(self)
        dlg.removed.connect(lambda _n: self.reload())
        self._keep(dlg)
        dlg.show()
        return dlg

    def _keep(self, dlg) -> None:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs = [d for d in self._dialogs if d is not None]
        self._dialogs.append(dlg)
        dlg.destroyed.connect(lambda *_: self._dialogs.remove(dlg) if dlg in self._dialogs else None)

    def fill_menu(self, menu) -> None:
        from PySide6.QtGui import QAction

        specs = (("import", self.open_import), ("compare", self.open_compare), ("export", self.export_csv),
                 ("cite", self.copy_citation), ("remove", self.open_remove))
        for key, slot in specs:
            act = QAction(menu, objectName=f"act_catalogue_{key}")
            act.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(act)
            self.menu_actions[key] = act
            if key == "export":
                menu.addSeparator()
        self.menu_actions["cite"].setEnabled(self.current_item() is not None)
        self._retranslate_menu()

    def _retranslate_menu(self) -> None:
        texts = {"import": self.tr("&Import…"), "compare": self.tr("&Compare versions…"),
                 "export": self.tr("&Export CSV…"), "cite": self.tr("Copy &citation"),
                 "remove": self.tr("&Remove imported items…")}
        for key, act in self.menu_actions.items():
            act.setText(texts[key])

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr(
            "Search codes, names and control points in Chinese or English (e.g. 稀土, rare earth)…"))
        self.version_label.setText(self.tr("Version:"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import the official text (plain text, CSV or JSON) to "
                                              "complete the catalogue"))
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
        self._retranslate_menu()
        self._show_current(self.table.currentIndex())

    def self_test(self) -> list[str]:
        checked = []
        before = self.version_combo.currentData()
        cov = self.catalogue.coverage("2023")
        assert cov["official"] == 134, cov
        self.set_version("2023")
        self.search.setText("稀土")
        found = [it.code for it in self.proxy.visible_items()]
        assert "083201J" in found, found
        self.search.setText("RARE EARTH")
        assert "083201J" in [it.code for it in self.proxy.visible_items()]
        self.select_item("2023", "083201J")
        text = self.detail.toPlainText()
        if self.current_item().origin == "bundle":   # the user may have imported the official text
            assert "稀土萃取分离工艺技术" in text and "rare earth extraction" in text
        else:
            assert "083201J" in text
        checked.append(f"catalogue 2023: {cov['held']} of {cov['official']} items; search zh/en finds 083201J")
        self.search.clear()
        self.set_version(before)
        return checked

    def briefing_slides(self) -> list[dict] | None:
        """"Add to briefing" (Ctrl+B): the selected item, in both languages (protocol:
        reetool.ui.briefing.window_actions)."""
        from reetool.ui.briefing.page_slides import catalogue_slides

        return catalogue_slides(self.current_item()) or None
