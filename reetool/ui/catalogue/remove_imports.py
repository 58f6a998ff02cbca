"""Removal of imported catalogue items, a whole import at a time (imported when opened)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from reetool.data import DataError
from reetool.data.catalogue_store import ImportStore


class TranslatingDialog(QDialog):
    """A dialog that retranslates itself when the language changes."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


class RemoveImportsDialog(TranslatingDialog):
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
