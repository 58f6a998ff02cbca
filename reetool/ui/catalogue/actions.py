"""The Catalogue page's actions on files and dialogs: citing and exporting the items shown,
comparing versions, importing the official text and removing imports, and the page's menu.
The dialogs are imported only when opened (the catalogue page is the first page)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from reetool.data import bundle


class CatalogueActions(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.menu_actions: dict = {}
        self._dialogs: list[QWidget] = []

    # --- citation, export ---------------------------------------------------------------------
    def citation_text(self, item=None) -> str:
        from reetool.data.catalogue_export import citation

        item = item or self.page.current_item()
        if item is None:
            return ""
        sources = {r["source_id"]: r for r in bundle().records("sources")}
        return citation(item, self.page.catalogue.info(item.version), sources, dt.date.today().isoformat())

    def copy_citation(self) -> str:
        from PySide6.QtGui import QGuiApplication

        text = self.citation_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            window = self.page.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Citation copied to the clipboard"), 4000)
        return text

    def export_csv(self, path: str | None = None) -> str | None:
        """Write the rows shown (filters and search applied) as CSV, UTF-8 with BOM."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from reetool.data.catalogue_export import write_csv

        page = self.page
        if path is None:
            default = f"reetool-catalogue-{page.state.version}.csv"
            path, _ = QFileDialog.getSaveFileName(page, self.tr("Export the items shown as CSV"), default,
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return None
        try:
            write_csv(path, page.state.matches())
        except OSError as exc:
            QMessageBox.warning(page, self.tr("Export failed"),
                                self.tr("Could not write {path}: {error}").format(path=path, error=exc.strerror))
            return None
        return path

    # --- dialogs -----------------------------------------------------------------------------
    def open_compare(self, a: str | None = None, b: str | None = None):
        from reetool.ui.catalogue.compare_dialog import CompareDialog

        dlg = CompareDialog(self.page.catalogue, self.page)
        if a and b:
            dlg.set_versions(a, b)
        dlg.item_activated.connect(self.page.select_item)
        self._keep(dlg)
        dlg.show()
        return dlg

    def open_import(self, path: str | None = None):
        from reetool.ui.catalogue.import_dialog import ImportDialog

        dlg = ImportDialog(self.page.catalogue, self.page)
        dlg.saved.connect(lambda _n: self.page.reload())
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

        dlg = RemoveImportsDialog(self.page)
        dlg.removed.connect(lambda _n: self.page.reload())
        self._keep(dlg)
        dlg.show()
        return dlg

    def _keep(self, dlg) -> None:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs = [d for d in self._dialogs if d is not None]
        self._dialogs.append(dlg)
        dlg.destroyed.connect(lambda *_: self._dialogs.remove(dlg) if dlg in self._dialogs else None)

    # --- the page's menu -----------------------------------------------------------------------
    def fill_menu(self, menu) -> None:
        from PySide6.QtGui import QAction

        page = self.page
        specs = (("import", page.open_import), ("compare", page.open_compare), ("export", page.export_csv),
                 ("cite", page.copy_citation), ("remove", page.open_remove))
        for key, slot in specs:
            act = QAction(menu, objectName=f"act_catalogue_{key}")
            act.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(act)
            self.menu_actions[key] = act
            if key == "export":
                menu.addSeparator()
        self.menu_actions["cite"].setEnabled(page.current_item() is not None)
        self.retranslate_menu()

    def retranslate_menu(self) -> None:
        texts = {"import": self.tr("&Import…"), "compare": self.tr("&Compare versions…"),
                 "export": self.tr("&Export CSV…"), "cite": self.tr("Copy &citation"),
                 "remove": self.tr("&Remove imported items…")}
        for key, act in self.menu_actions.items():
            act.setText(texts[key])

    def self_test(self) -> list[str]:
        """The page's part of ``reetool self-test``: coverage, search in both languages, detail."""
        page = self.page
        checked = []
        before = page.version_combo.currentData()
        cov = page.catalogue.coverage("2023")
        assert cov["official"] == 134, cov
        page.set_version("2023")
        page.search.setText("稀土")
        found = [it.code for it in page.state.matches()]
        assert "083201J" in found, found
        page.search.setText("RARE EARTH")
        assert "083201J" in [it.code for it in page.state.matches()]
        page.select_item("2023", "083201J")
        text = page.detail.toPlainText()
        if page.current_item().origin == "bundle":   # the user may have imported the official text
            assert "稀土萃取分离工艺技术" in text and "rare earth extraction" in text
        else:
            assert "083201J" in text
        checked.append(f"catalogue 2023: {cov['held']} of {cov['official']} items; search zh/en finds 083201J")
        page.search.clear()
        page.set_version(before)
        return checked
