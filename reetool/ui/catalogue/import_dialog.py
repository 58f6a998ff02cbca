"""Import with preview, and removal of imported items (imported when opened)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from reetool.data import DataError, bundle
from reetool.data.catalogue import Catalogue
from reetool.data.catalogue_import import ParseResult, ParseWarning, parse_file
from reetool.data.catalogue_search import fold
from reetool.data.catalogue_store import ImportStore
from reetool.ui.catalogue import labels
from reetool.ui.catalogue.combos import ValueCombo


class _Translating(QDialog):
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


def warning_text(w: ParseWarning) -> str:
    """A parser warning in the current language."""
    t = {
        "status_conflict": QCoreApplication.translate("ImportWarnings", "code {code} ends in {suffix} ({code_status}) but stands under the "
                                      "{part_status} part; status taken from the code"),
        "no_part_heading": QCoreApplication.translate("ImportWarnings", "no part heading (一、禁止出口部分 / 二、限制出口部分) found; "
                                      "status taken from the codes"),
        "no_points": QCoreApplication.translate("ImportWarnings", "item {code} has no control points"),
        "unnumbered_points": QCoreApplication.translate("ImportWarnings", "control points of {code} are not numbered; kept as one point"),
        "text_before_points": QCoreApplication.translate("ImportWarnings", "text before the first numbered control point of {code} kept "
                                         "as an introduction"),
        "no_name": QCoreApplication.translate("ImportWarnings", "item {code} has no name"),
        "duplicate": QCoreApplication.translate("ImportWarnings", "item {code} appears again (first on line {first}); the later copy is ignored"),
    }
    params = dict(w.params)
    for key in ("code_status", "part_status"):
        if key in params:
            params[key] = labels.status_word(params[key])
    template = t.get(w.code)
    body = template.format(**params) if template else w.message
    return QCoreApplication.translate("ImportWarnings", "line {line}: {message}").format(line=w.line, message=body) if w.line else body


class ImportDialog(_Translating):
    saved = Signal(int)

    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogue_import")
        self.catalogue = catalogue
        self.path: Path | None = None
        self.result: ParseResult | None = None
        self.error: DataError | None = None
        self.resize(900, 600)
        self.file_label = QLabel(objectName="import_file")
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(objectName="import_choose")
        self.choose_button.clicked.connect(self.choose_file)
        self.version_label = QLabel()
        self.version_combo = ValueCombo(objectName="import_version")
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.summary = QLabel(objectName="import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 5, objectName="import_items")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((90, 100, 300, 70)):
            self.table.setColumnWidth(col, width)
        self.warnings_label = QLabel()
        self.warnings = QListWidget(objectName="import_warnings")
        self.warnings.setMaximumHeight(130)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        ver = QHBoxLayout()
        ver.addWidget(self.version_label)
        ver.addWidget(self.version_combo)
        ver.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(ver)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.warnings_label)
        lay.addWidget(self.warnings)
        lay.addWidget(self.buttons)
        self.version_combo.currentIndexChanged.connect(self._reparse)
        self.retranslate()

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import catalogue items"), "",
            self.tr("Catalogue text, CSV or JSON (*.txt *.csv *.json);;All files (*)"))
        if not path:
            return False
        self.load(path)
        return True

    def load(self, path) -> None:
        self.path = Path(path)
        self._reparse()

    def _reparse(self, *_args) -> None:
        if self.path is None:
            self._show()
            return
        try:
            self.result = parse_file(self.path, self.version_combo.currentData(),
                                     bundle().records("catalogue_versions"))
            self.error = None
        except DataError as exc:
            self.result, self.error = None, exc
        self._show()

    def error_text(self, error: DataError) -> str:
        """Why a file cannot be imported, in the current language where the reason is known."""
        known = {
            "not_catalogue": self.tr("this does not look like the catalogue: no item code such as 083201J "
                                     "(six digits and J or X) was found"),
            "no_labels": self.tr("this does not look like the catalogue: codes were found but no 编号 / 控制要点 "
                                 "labels and no part heading (一、禁止出口部分)"),
            "encoding": self.tr("this is not text in UTF-8, GB18030/GBK or UTF-16"),
            "binary": self.tr("this is not a text file"),
            "empty": self.tr("the file is empty"),
            "no_version": self.tr("the catalogue version is not named in the file; choose it above"),
        }
        return known.get(error.code, error.message)

    def conflicts(self) -> dict[int, str]:
        """Row → what the item replaces (bundled or previously imported entry)."""
        out = {}
        if self.result is None:
            return out
        for row, it in enumerate(self.result.items):
            for other in self.catalogue.own_items(it.version) if it.version in self.catalogue.versions else []:
                same = (it.code and other.code == it.code) or (
                    not other.code and other.name_zh and fold(other.name_zh) == fold(it.name_zh))
                if not same:
                    continue
                if other.origin == "import":
                    out[row] = self.tr("replaces your earlier import")
                else:
                    out[row] = self.tr("replaces bundled item {id}").format(id=other.code or other.item_id)
        return out

    def _show(self) -> None:
        self.file_label.setText(self.tr("File: {name}").format(name=self.path.name) if self.path
                                else self.tr("No file chosen"))
        self.table.setRowCount(0)
        self.warnings.clear()
        if self.error is not None:
            where = self.tr("line {line}: ").format(line=self.error.row) if self.error.row else ""
            self.summary.setText("<span style='color:#9b1c1c'><b>" + self.tr("This file cannot be imported.")
                                 + "</b> " + html.escape(where + self.error_text(self.error)) + "</span><br>"
                                 + self.tr("Nothing was saved."))
            self.save_button.setEnabled(False)
            return
        if self.result is None:
            self.summary.setText(self.tr("Choose a file: the official text (copied or extracted), or a CSV/JSON "
                                         "file in reetool's schema."))
            self.save_button.setEnabled(False)
            return
        res = self.result
        conflicts = self.conflicts()
        points = sum(len(it.points) for it in res.items)
        prohibited = sum(1 for it in res.items if it.status == "prohibited")
        self.summary.setText(self.tr(
            "Parsed <b>{n}</b> items ({prohibited} prohibited, {restricted} restricted) with {points} control "
            "points for version {version}; {conflicts} of them would replace an entry you already have. Format {fmt}, "
            "encoding {encoding}. Nothing is saved until you press Save.").format(
            n=len(res.items), prohibited=prohibited, restricted=len(res.items) - prohibited, points=points,
            version=res.version or "?", conflicts=len(conflicts), fmt=res.format, encoding=res.encoding))
        self.table.setRowCount(len(res.items))
        for row, it in enumerate(res.items):
            cells = [it.code or "—", labels.status(it.status), it.name_zh or it.name_en or "—",
                     str(len(it.points)), conflicts.get(row, "")]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 2 and it.points:
                    cell.setToolTip("\n".join(f"{p.number}. {p.zh}" if p.number else p.zh for p in it.points))
                self.table.setItem(row, col, cell)
        for w in res.warnings:
            self.warnings.addItem(warning_text(w))
        self.warnings_label.setText(self.tr("Warnings ({n})").format(n=len(res.warnings)))
        self.save_button.setEnabled(bool(res.items))

    def save(self) -> int:
        if self.result is None or not self.result.items:
            return 0
        try:
            ImportStore().add(self.result.items, self.path.name)
        except (DataError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Import failed"), self.tr("Nothing was saved: {error}").format(error=exc))
            return 0
        n = len(self.result.items)
        self.saved.emit(n)
        self.accept()
        return n

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import catalogue items"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.version_label.setText(self.tr("Version:"))
        self.version_combo.set_entries([(self.tr("as named in the file"), None)] + [
            (labels.version_title(self.catalogue.info(v)), v) for v in self.catalogue.versions])
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Status"), self.tr("Name"),
                                              self.tr("Points"), self.tr("Conflict")])
        self.warnings_label.setText(self.tr("Warnings"))
        self._show()


class RemoveImportsDialog(_Translating):
    removed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogue_remove_imports")
        self.store = ImportStore()
        self.resize(640, 380)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.list = QListWidget(objectName="remove_list")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("remove_button")
        self.remove_button.clicked.connect(self.remove_checked)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.buttons)
        self.retranslate()

    def refresh(self) -> None:
        self.list.clear()
        try:
            imports = self.store.imports()
        except DataError as exc:
            self.text.setText(str(exc))
            self.remove_button.setEnabled(False)
            return
        for imp in imports:
            row = QListWidgetItem(self.tr("{file} — imported {date} — version {versions} — {n} items").format(
                file=imp["file"], date=imp["date"][:16].replace("T", " "), versions=", ".join(imp["versions"]),
                n=imp["items"]))
            row.setData(Qt.ItemDataRole.UserRole, imp["id"])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.remove_button.setEnabled(bool(imports))
        if not imports:
            empty = QListWidgetItem(self.tr("You have not imported any items."))
            empty.setData(Qt.ItemDataRole.UserRole, "")   # never read back as an unowned None
            self.list.addItem(empty)

    def remove_checked(self) -> int:
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked]
        n = sum(self.store.remove(import_id=i) for i in ids if i)
        if n:
            self.removed.emit(n)
        self.refresh()
        return n

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Remove imported items"))
        self.text.setText(self.tr("Tick the imports to remove. The bundled items they replaced come back. "
                                  "Your files are not touched."))
        self.remove_button.setText(self.tr("Remove ticked imports"))
        self.refresh()
