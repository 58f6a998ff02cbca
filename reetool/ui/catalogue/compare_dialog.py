"""Compare two catalogue versions: added, deleted and amended items (imported when opened).

The rows come from reetool.data.catalogue_comparison.comparison_rows (the same rows as
``reetool catalogue compare`` and briefing slides); this dialog translates what it shows,
exports the rows as CSV, copies the table to the clipboard, and follows the page when the
catalogue is reloaded after an import or a removal.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from reetool.data.catalogue import Catalogue
from reetool.data.catalogue_comparison import comparison_rows, write_csv
from reetool.ui.catalogue import labels, note_texts
from reetool.ui.catalogue.combos import ValueCombo

GROUPS = ("added", "deleted", "amended", "only_a", "only_b")
ROW_GROUP = {"added": "added", "deleted": "deleted", "amended": "amended", "only_in_from": "only_a",
             "only_in_to": "only_b"}
FLEXIBLE = (190, 200, 170, 260)     # names, basis, what changed: shrunk alike to fit the width


class CompareDialog(QDialog):
    item_activated = Signal(str, str)   # version, item id

    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogue_compare")
        self.catalogue = catalogue
        self.summary_data: dict = {}
        self.rows: list[dict] = []
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(980, screen.width() - 24), min(600, screen.height() - 60))
        self.from_label, self.to_label = QLabel(), QLabel()
        self.combo_a = ValueCombo(objectName="compare_from")
        self.combo_b = ValueCombo(objectName="compare_to")
        for combo in (self.combo_a, self.combo_b):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.set_entries([(labels.version_title(catalogue.info(v)), v) for v in catalogue.versions])
        self.summary = QLabel(objectName="compare_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeWidget(objectName="compare_tree")
        self.tree.setColumnCount(6)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)    # full text in each cell's tooltip
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.note = QLabel(objectName="compare_note")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("compare_export")
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("compare_copy")
        self.briefing_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.briefing_button.setObjectName("compare_add_to_briefing")
        self.briefing_button.setShortcut(QKeySequence("Ctrl+B"))     # as on every page
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.copy_button.clicked.connect(lambda: self.copy_table())
        self.briefing_button.clicked.connect(lambda: self.add_to_briefing())
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.from_label)
        row.addWidget(self.combo_a)
        row.addSpacing(16)
        row.addWidget(self.to_label)
        row.addWidget(self.combo_b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.summary)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)

        versions = catalogue.versions
        self.combo_a.setCurrentIndex(max(0, versions.index("2020") if "2020" in versions else len(versions) - 2))
        self.combo_b.setCurrentIndex(max(0, versions.index("2023") if "2023" in versions else len(versions) - 1))
        self.combo_a.currentIndexChanged.connect(self.refresh)
        self.combo_b.currentIndexChanged.connect(self.refresh)
        self.tree.itemActivated.connect(self._activated)
        if parent is not None and hasattr(parent, "catalogue_reloaded"):
            parent.catalogue_reloaded.connect(self._parent_reloaded)
        self.retranslate()

    def set_versions(self, a: str, b: str) -> None:
        self.combo_a.blockSignals(True)
        self.combo_a.setCurrentIndex(self.combo_a.findData(a))
        self.combo_a.blockSignals(False)
        self.combo_b.setCurrentIndex(self.combo_b.findData(b))
        self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Every column within the visible width (no sideways scrolling, e.g. at 1024×768):
        names, basis and "What changed" shrink alike; cut text ends in … and shows on hover."""
        fm = self.tree.fontMetrics()
        fixed = (2 * self.tree.indentation() + fm.horizontalAdvance("000000J") + 18,   # a whole code (child rows)
                 max(fm.horizontalAdvance(labels.status(s)) for s in ("prohibited", "restricted")) + 18)
        room = max(0, self.tree.viewport().width() - sum(fixed))
        scale = min(1.0, room / sum(FLEXIBLE))
        for col, width in enumerate(fixed + tuple(int(w * scale) for w in FLEXIBLE[:-1])):
            self.tree.setColumnWidth(col, width)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Show ``catalogue`` (e.g. after an import) for the same two versions."""
        self.catalogue = catalogue
        self.refresh()

    def _parent_reloaded(self) -> None:
        self.set_catalogue(self.parent().catalogue)

    def slide_parameters(self) -> dict:
        """What a briefing slide of this comparison needs (hook for the briefing deck):
        the two versions, older first; the slide builds its rows with comparison_rows()."""
        return {"from_version": self.summary_data.get("from_version"),
                "to_version": self.summary_data.get("to_version")}

    def add_to_briefing(self) -> int:
        """A version-change slide of this comparison into the main window's deck (drawn
        from the catalogue when shown); returns how many slides were added."""
        from reetool.data.deck import version_change_slide

        actions = getattr(self.parent().window() if self.parent() else None, "briefing_actions", None)
        p = self.slide_parameters()
        if actions is None or not (p["from_version"] and p["to_version"]):
            return 0
        return actions.add_slides([version_change_slide(p["from_version"], p["to_version"])])

    def group_rows(self, group: str) -> list[QTreeWidgetItem]:
        top = self.groups.get(group)
        return [top.child(i) for i in range(top.childCount())] if top is not None else []

    # --- content -----------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        a, b = self.combo_a.currentData(), self.combo_b.currentData()
        self.tree.clear()
        self.groups: dict[str, QTreeWidgetItem] = {}
        self.summary_data, self.rows = {}, []
        enabled = a != b
        self.export_button.setEnabled(enabled)
        self.copy_button.setEnabled(enabled)
        self.briefing_button.setEnabled(enabled)
        if not enabled:
            self.summary.setText(self.tr("Pick two different versions."))
            return
        self.summary_data, self.rows = comparison_rows(self.catalogue, a, b)
        a, b = self.summary_data["from_version"], self.summary_data["to_version"]
        titles = {
            "added": self.tr("Added"), "deleted": self.tr("Deleted"), "amended": self.tr("Amended"),
            "only_a": self.tr("Attested only in {version} (whether kept is not known)").format(version=a),
            "only_b": self.tr("Attested only in {version} (whether new is not known)").format(version=b),
        }
        official = self.summary_data["official"]
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in GROUPS:
            rows = [self._row(r) for r in self.rows if ROW_GROUP[r["group"]] == group]
            if group in official:
                head = self.tr("{title}: {n} attested of {official} officially").format(
                    title=titles[group], n=len(rows), official=official[group])
            else:
                head = self.tr("{title}: {n}").format(title=titles[group], n=len(rows))
            top = QTreeWidgetItem([head])
            top.setFont(0, bold)
            top.setData(0, Qt.ItemDataRole.UserRole, group)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setToolTip(0, head)
            for r in rows:
                top.addChild(r)
            top.setExpanded(True)
            self.groups[group] = top
        steps = self.summary_data["steps"]
        if official and len(steps) > 1:
            self.summary.setText(self.tr(
                "From {a} to {b} there were {n} revisions ({steps}); their official texts record <b>{added}</b> "
                "additions, <b>{deleted}</b> deletions and <b>{amended}</b> amendments in all (an item can change "
                "more than once). Each change below names the revision that made it.").format(
                a=a, b=b, n=len(steps), steps=", ".join(steps), added=official["added"],
                deleted=official["deleted"], amended=official["amended"]))
        elif official:
            self.summary.setText(self.tr(
                "From {a} to {b} the official texts record <b>{added}</b> added, <b>{deleted}</b> deleted and "
                "<b>{amended}</b> amended items (counts {basis}). Listed below: the changes a source names, and "
                "changes derived where both texts are complete.").format(
                a=a, b=b, added=official["added"], deleted=official["deleted"], amended=official["amended"],
                basis=labels.basis(self.summary_data["counts_basis"])))
        else:
            self.summary.setText(self.tr("No official change counts for {a} → {b}.").format(a=a, b=b))

    def _basis(self, r: dict) -> str:
        if r["basis"] == "attested" and r["revision"]:
            return self.tr("{version}: source {ids}").format(version=r["revision"], ids=", ".join(r["sources"])) + \
                f" · {labels.confidence(r['confidence'])}"
        if r["basis"] == "derived":
            return self.tr("derived: both texts complete")
        if r["basis"] == "import":
            return self.tr("imported")
        return labels.confidence(r["confidence"])

    def cells(self, r: dict) -> list[str]:
        """The six texts a row shows (also what Copy puts on the clipboard)."""
        name_en = r["name_en"]
        if name_en and r["name_en_origin"] == "reetool":
            name_en = self.tr("{name} [reetool]").format(name=name_en)
        unnamed = self.tr("(not named in the source)") if not (r["code"] or r["name_zh"] or r["name_en"]) else "—"
        what = r["what_changed"] or ""
        if what and what == r["notes"]:      # the source's note, not the wording of the change
            what = note_texts.change_note(r["notes"], r["notes_zh"])
        return [r["code"] or "—", labels.status(r["status"]), r["name_zh"] or unnamed, name_en or "—",
                self._basis(r), what]

    def _row(self, r: dict) -> QTreeWidgetItem:
        texts = self.cells(r)
        row = QTreeWidgetItem(texts)
        for col, text in enumerate(texts):
            if text and text != "—":   # elided cells show all of it on hover, wrapped
                row.setToolTip(col, f"<p>{html.escape(text)}</p>")
        if texts[5] and texts[5] != r["what_changed"]:     # the note rendered: both languages
            row.setToolTip(5, "".join(f"<p>{html.escape(t)}</p>"
                                      for t in note_texts.change_note_lines(r["notes"], r["notes_zh"])))
        # always set (see combos.py: an unset value would come back as an unowned None)
        row.setData(0, Qt.ItemDataRole.UserRole, (r["version"], r["item_id"]) if r["item_id"] else "")
        return row

    # --- out ---------------------------------------------------------------------------
    def table_text(self) -> str:
        """The comparison as shown, tab-separated with a header line (pastes into a spreadsheet)."""
        header = [self.tree.headerItem().text(c) for c in range(self.tree.columnCount())]
        lines = ["\t".join([self.tr("Group")] + header)]
        for group in GROUPS:
            top = self.groups.get(group)
            if top is None:
                continue
            for child in self.group_rows(group):
                cells = [child.text(c).replace("\t", " ").replace("\n", " ") for c in range(self.tree.columnCount())]
                lines.append("\t".join([top.text(0)] + cells))
        return "\n".join(lines) + "\n"

    def copy_table(self) -> str:
        text = self.table_text() if self.rows or self.groups else ""
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def export_csv(self, path: str | None = None) -> str | None:
        """Write the rows (values as published, English column names) as CSV, UTF-8 with BOM."""
        if not self.summary_data:
            return None
        if path is None:
            default = f"reetool-compare-{self.summary_data['from_version']}-{self.summary_data['to_version']}.csv"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the comparison as CSV"), default,
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return None
        try:
            write_csv(path, self.rows)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Could not write {path}: {error}").format(path=path, error=exc.strerror))
            return None
        return path

    def _activated(self, row: QTreeWidgetItem, _col: int) -> None:
        target = row.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(target, (tuple, list)) and len(target) == 2:
            self.item_activated.emit(target[0], target[1])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare catalogue versions"))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.copy_button.setText(self.tr("Copy table"))
        self.briefing_button.setText(self.tr("Add to briefing"))
        self.briefing_button.setToolTip(self.tr("Add this comparison to the briefing as a slide (Ctrl+B)"))
        self.copy_button.setToolTip(self.tr("Copy the comparison as shown, tab-separated (pastes into a spreadsheet)"))
        for combo in (self.combo_a, self.combo_b):
            combo.set_texts(labels.version_title(self.catalogue.info(v)) for v in combo.values())
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Status"), self.tr("Name (Chinese)"),
                                   self.tr("Name (English)"), self.tr("Basis"), self.tr("What changed")])
        self.note.setText(self.tr(
            "The bundle holds only the items public sources attest, so most changes cannot be listed yet. "
            "Import the official texts of both versions and the comparison becomes complete. Double-click "
            "an item to show it; hover a cell to read all of it.")
            + (" " + self.tr("The Chinese notes in “What changed” are reetool renderings of the bundle's "
                             "English notes; hover a cell for the English.") if note_texts.chinese() else ""))
        self.refresh()
