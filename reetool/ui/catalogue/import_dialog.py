"""Import with preview (imported when opened): the official PDF or text, or reetool's
CSV/JSON. The preview (reetool.ui.catalogue.import_preview) shows what the file would add,
complete, contradict or replace before anything is saved; the official-text widget says
where MOFCOM and MOST publish the text. Removal: reetool.ui.catalogue.remove_imports."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout,
)

from reetool.data import DataError, bundle
from reetool.data.catalogue import Catalogue
from reetool.data.catalogue_import import ParseResult, parse_file
from reetool.data.catalogue_preview import VersionPreview, preview_import
from reetool.data.catalogue_search import fold
from reetool.data.catalogue_store import ImportStore
from reetool.ui.catalogue import labels
from reetool.ui.catalogue.combos import ValueCombo
from reetool.ui.catalogue.import_preview import ImportPreviewPanel
from reetool.ui.catalogue.import_texts import error_text, warning_text
from reetool.ui.catalogue.official_text import OfficialTextWidget
from reetool.ui.catalogue.remove_imports import RemoveImportsDialog, TranslatingDialog
from reetool.ui.theme_colors import tone

__all__ = ["ImportDialog", "RemoveImportsDialog", "warning_text"]


class ImportDialog(TranslatingDialog):
    saved = Signal(int)

    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogue_import")
        self.catalogue = catalogue
        self.path: Path | None = None
        self.result: ParseResult | None = None
        self.previews: list[VersionPreview] = []
        self.error: DataError | None = None
        self.resize(940, 660)
        self.file_label = QLabel(objectName="import_file")
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(objectName="import_choose")
        self.choose_button.clicked.connect(self.choose_file)
        self.version_label = QLabel()
        self.version_combo = ValueCombo(objectName="import_version")
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preview = ImportPreviewPanel(self)
        self.summary, self.table, self.warnings = self.preview.summary, self.preview.table, self.preview.warnings
        self.official = OfficialTextWidget(self)
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
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.official)
        lay.addWidget(self.buttons)
        self.version_combo.currentIndexChanged.connect(self._reparse)
        self.retranslate()

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import catalogue items"), "",
            self.tr("Official PDF, catalogue text, CSV or JSON (*.pdf *.txt *.csv *.json);;All files (*)"))
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
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)   # a 30-page PDF takes seconds
        try:
            self.result = parse_file(self.path, self.version_combo.currentData(),
                                     bundle().records("catalogue_versions"))
            self.previews = preview_import(self.result, self.catalogue)
            self.error = None
        except DataError as exc:
            self.result, self.previews, self.error = None, [], exc
        finally:
            QApplication.restoreOverrideCursor()
        self._show()

    def error_text(self, error: DataError) -> str:
        return error_text(error)

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
        version = self.version_combo.currentData() or (self.result.version if self.result else None)
        self.official.set_version(version or self.catalogue.default_version())
        if self.error is not None:
            where = self.tr("line {line}: ").format(line=self.error.row) if self.error.row else ""
            self.preview.clear(f"<span style='color:{tone('error')}'><b>" + self.tr("This file cannot be imported.")
                               + "</b> " + html.escape(where + self.error_text(self.error)) + "</span><br>"
                               + self.tr("Nothing was saved."))
            self.save_button.setEnabled(False)
            return
        if self.result is None:
            self.preview.clear(self.tr("Choose a file: the official PDF, the official text (copied or saved as "
                                       "text), or a CSV/JSON file in reetool's schema."))
            self.save_button.setEnabled(False)
            return
        self.preview.show_preview(self.result, self.previews, self.conflicts())
        self.save_button.setEnabled(bool(self.result.items))

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
        self._show()
