"""Compare two catalogue versions: added, deleted and amended items (imported when opened)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout,
)

from reetool.data.catalogue import Catalogue, CompareEntry, Item
from reetool.ui.catalogue import labels
from reetool.ui.catalogue.combos import ValueCombo

GROUPS = ("added", "deleted", "amended", "only_a", "only_b")


class CompareDialog(QDialog):
    item_activated = Signal(str, str)   # version, item id

    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogue_compare")
        self.catalogue = catalogue
        self.resize(980, 600)
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
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((200, 110, 200, 240, 150)):
            self.tree.setColumnWidth(col, width)
        self.note = QLabel(objectName="compare_note")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

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
        lay.addWidget(buttons)

        versions = catalogue.versions
        self.combo_a.setCurrentIndex(max(0, versions.index("2020") if "2020" in versions else len(versions) - 2))
        self.combo_b.setCurrentIndex(max(0, versions.index("2023") if "2023" in versions else len(versions) - 1))
        self.combo_a.currentIndexChanged.connect(self.refresh)
        self.combo_b.currentIndexChanged.connect(self.refresh)
        self.tree.itemActivated.connect(self._activated)
        self.retranslate()

    def set_versions(self, a: str, b: str) -> None:
        self.combo_a.blockSignals(True)
        self.combo_a.setCurrentIndex(self.combo_a.findData(a))
        self.combo_a.blockSignals(False)
        self.combo_b.setCurrentIndex(self.combo_b.findData(b))
        self.refresh()

    def group_rows(self, group: str) -> list[QTreeWidgetItem]:
        top = self.groups.get(group)
        return [top.child(i) for i in range(top.childCount())] if top is not None else []

    def refresh(self, *_args) -> None:
        a, b = self.combo_a.currentData(), self.combo_b.currentData()
        self.tree.clear()
        self.groups: dict[str, QTreeWidgetItem] = {}
        if a == b:
            self.summary.setText(self.tr("Pick two different versions."))
            return
        if a > b:
            a, b = b, a
        result = self.catalogue.compare(a, b)
        titles = {
            "added": self.tr("Added"), "deleted": self.tr("Deleted"), "amended": self.tr("Amended"),
            "only_a": self.tr("Attested only in {version} (whether kept is not known)").format(version=a),
            "only_b": self.tr("Attested only in {version} (whether new is not known)").format(version=b),
        }
        official = result.official
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in GROUPS:
            if group in ("only_a", "only_b"):
                rows = [self._item_row(it) for it in (result.only_a if group == "only_a" else result.only_b)]
            else:
                rows = [self._entry_row(e, a, b) for e in result.of_kind(group)]
            if group in official:
                head = self.tr("{title}: {n} attested of {official} officially").format(
                    title=titles[group], n=len(rows), official=official[group])
            else:
                head = self.tr("{title}: {n}").format(title=titles[group], n=len(rows))
            top = QTreeWidgetItem([head])
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold)
            top.setData(0, Qt.ItemDataRole.UserRole, group)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for r in rows:
                top.addChild(r)
            top.setExpanded(True)
            self.groups[group] = top
        info_b = self.catalogue.info(b)
        if official and len(result.steps) > 1:
            self.summary.setText(self.tr(
                "From {a} to {b} there were {n} revisions ({steps}); their official texts record <b>{added}</b> "
                "additions, <b>{deleted}</b> deletions and <b>{amended}</b> amendments in all (an item can change "
                "more than once). Each change below names the revision that made it.").format(
                a=a, b=b, n=len(result.steps), steps=", ".join(result.steps), added=official["added"],
                deleted=official["deleted"], amended=official["amended"]))
        elif official:
            self.summary.setText(self.tr(
                "From {a} to {b} the official texts record <b>{added}</b> added, <b>{deleted}</b> deleted and "
                "<b>{amended}</b> amended items (counts {basis}). Listed below: the changes a source names, and "
                "changes derived where both texts are complete.").format(
                a=a, b=b, added=official["added"], deleted=official["deleted"], amended=official["amended"],
                basis=labels.basis(info_b["counts_basis"])))
        else:
            self.summary.setText(self.tr("No official change counts for {a} → {b}.").format(a=a, b=b))

    def _entry_row(self, e: CompareEntry, a: str, b: str) -> QTreeWidgetItem:
        c = e.change
        if e.basis == "attested" and c is not None:
            basis = self.tr("{version}: source {ids}").format(version=c.version, ids=", ".join(c.sources)) + \
                f" · {labels.confidence(c.confidence)}"
            detail = c.after_zh or c.notes
        else:
            basis = self.tr("derived: both texts complete")
            detail = ""
        name_en = e.name_en
        if name_en and (c is None or c.en_origin == "reetool"):
            name_en = self.tr("{name} [reetool]").format(name=name_en)
        unnamed = self.tr("(not named in the source)") if not (e.code or e.name_zh or e.name_en) else "—"
        row = QTreeWidgetItem([e.code or "—", labels.status(e.status), e.name_zh or unnamed,
                               name_en or "—", basis, detail or ""])
        target = e.after or e.before
        # always set (see combos.py: an unset value would come back as an unowned None)
        row.setData(0, Qt.ItemDataRole.UserRole, (target.version, target.item_id) if target is not None else "")
        row.setToolTip(5, detail or "")
        row.setToolTip(2, e.name_zh or "")
        row.setToolTip(3, name_en or "")
        return row

    def _item_row(self, it: Item) -> QTreeWidgetItem:
        name_en = self.tr("{name} [reetool]").format(name=it.name_en) if it.name_en_origin == "reetool" else it.name_en
        row = QTreeWidgetItem([it.code or "—", labels.status(it.status), it.name_zh or "—", name_en or "—",
                               labels.confidence(it.confidence) if it.origin != "import" else self.tr("imported"), ""])
        row.setData(0, Qt.ItemDataRole.UserRole, (it.version, it.item_id))
        row.setToolTip(2, it.name_zh or "")
        row.setToolTip(3, name_en or "")
        return row

    def _activated(self, row: QTreeWidgetItem, _col: int) -> None:
        target = row.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(target, (tuple, list)) and len(target) == 2:
            self.item_activated.emit(target[0], target[1])

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare catalogue versions"))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        for combo in (self.combo_a, self.combo_b):
            combo.set_texts(labels.version_title(self.catalogue.info(v)) for v in combo.values())
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Status"), self.tr("Name (Chinese)"),
                                   self.tr("Name (English)"), self.tr("Basis"), self.tr("What changed")])
        self.note.setText(self.tr(
            "The bundle holds only the items public sources attest, so most changes cannot be listed yet. "
            "Import the official texts of both versions and the comparison becomes complete. Double-click "
            "an item to show it."))
        self.refresh()
