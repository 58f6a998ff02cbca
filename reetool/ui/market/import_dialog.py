"""Market → Import USGS data…: choose a file, preview the parsed rows, store the import;
Market → Manage imports…: list and remove stored imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from reetool.data import DataError
from reetool.data.market_import import parse_file
from reetool.data.market_store import add_import, list_imports, remove_import
from reetool.ui.market.table_model import MISSING, fmt_number
from reetool.ui.theme_colors import set_tone

PREVIEW_LIMIT = 1000


class ImportDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("market_import_dialog")
        self.result = None
        self.stored = None
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(objectName="import_path")
        self.browse = QPushButton(objectName="import_browse")
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        lay.addLayout(row)
        row2 = QHBoxLayout()
        self.commodity_label = QLabel()
        self.commodity_edit = QLineEdit(objectName="import_commodity")
        self.preview_button = QPushButton(objectName="import_preview")
        self.preview_button.clicked.connect(lambda: self.load_file(self.path_edit.text()))
        row2.addWidget(self.commodity_label)
        row2.addWidget(self.commodity_edit, 1)
        row2.addWidget(self.preview_button)
        lay.addLayout(row2)
        self.status = QLabel(objectName="import_status", wordWrap=True)
        lay.addWidget(self.status)
        self.view = QTableWidget(objectName="import_preview_table")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_accept")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.store)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(820, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import USGS data"))
        self.browse.setText(self.tr("Choose file…"))
        self.commodity_label.setText(self.tr("Commodity (if the file does not say):"))
        self.preview_button.setText(self.tr("Preview"))
        self.import_button.setText(self.tr("Import"))
        self.path_edit.setPlaceholderText(self.tr(
            "mcs2023-raree_world.csv or MCS2026_Commodities_Data.csv"))
        if self.result is None and not self.status.text():
            self.status.setText(self.tr(
                "USGS Mineral Commodity Summaries data releases: the per-commodity world CSV "
                "(2022–2024) or the all-commodity file (2026). Nothing is stored until you click "
                "Import."))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import USGS data"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Parse and preview; returns False (with the error shown) on a broken file."""
        self.result = None
        self.import_button.setEnabled(False)
        self.view.clear()
        self.view.setRowCount(0)
        if not path:
            return False
        self.path_edit.setText(str(path))
        try:
            self.result = parse_file(path, commodity=self.commodity_edit.text().strip() or None)
        except DataError as exc:
            self.status.setText(self.tr("Cannot import: {error}").format(error=exc.describe()))
            set_tone(self.status, "error")
            return False
        set_tone(self.status, None)
        s = self.result.summary()
        self.status.setText(self.tr(
            "{file}: {n} values, edition {edition}, {k} commodities ({names}), years {years}. "
            "Editions the app already bundles keep the bundled values.").format(
                file=Path(path).name, n=s["rows"], edition=s["edition"], k=len(s["commodities"]),
                names=", ".join(s["commodities"][:4]) + ("…" if len(s["commodities"]) > 4 else ""),
                years=", ".join(map(str, s["years"]))))
        heads = [self.tr("Edition"), self.tr("Commodity"), self.tr("Country"), self.tr("Year"),
                 self.tr("Statistic"), self.tr("Value"), self.tr("Unit"), self.tr("Flags"),
                 self.tr("Line")]
        rows = self.result.rows[:PREVIEW_LIMIT]
        self.view.setColumnCount(len(heads))
        self.view.setHorizontalHeaderLabels(heads)
        self.view.setRowCount(len(rows))
        for i, r in enumerate(rows):
            flags = " ".join(f for f in (r["flag"], r["comparator"], "e" if r["estimated"] else "") if f)
            value = (r["value_raw"] or MISSING) if r["value"] is None else fmt_number(r["value"])
            cells = [r["edition"], r["commodity"], r["country"], str(r["data_year"]),
                     r["statistic"], value, r["unit"], flags, str(r["__line__"])]
            for j, c in enumerate(cells):
                self.view.setItem(i, j, QTableWidgetItem(c))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.import_button.setEnabled(bool(self.result.rows))
        return True

    def store(self) -> None:
        if self.result is None:
            return
        try:
            self.stored = add_import(self.result)
        except (DataError, OSError) as exc:
            self.status.setText(self.tr("Cannot store the import: {error}").format(error=str(exc)))
            return
        self.accept()


class ManageImportsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("market_imports_dialog")
        lay = QVBoxLayout(self)
        self.info = QLabel(wordWrap=True)
        lay.addWidget(self.info)
        self.view = QTableWidget(objectName="imports_table")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        lay.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.setObjectName("imports_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.removed: list[str] = []
        self.resize(720, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Manage imports"))
        self.info.setText(self.tr("Imported USGS data releases, kept in your data folder. Removing "
                                  "one deletes only the imported copy, never the original file."))
        self.remove_button.setText(self.tr("Remove"))
        self.refresh()

    def refresh(self) -> None:
        self.items = list_imports()
        heads = [self.tr("File"), self.tr("Imported"), self.tr("Edition"), self.tr("Values"),
                 self.tr("Problem")]
        self.view.clear()
        self.view.setColumnCount(len(heads))
        self.view.setHorizontalHeaderLabels(heads)
        self.view.setRowCount(len(self.items))
        for i, it in enumerate(self.items):
            cells = [it.get("file_name", ""), it.get("imported_at", ""), it.get("edition", ""),
                     str(it.get("rows", 0)), it.get("error", "")]
            for j, c in enumerate(cells):
                self.view.setItem(i, j, QTableWidgetItem(c))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button.setEnabled(bool(self.items))

    def remove_selected(self) -> None:
        row = self.view.currentRow()
        if not (0 <= row < len(self.items)):
            return
        ident = self.items[row]["id"]
        remove_import(ident)
        self.removed.append(ident)
        self.refresh()
