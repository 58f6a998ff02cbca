"""Sources page: every source, what it supports, searchable."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHeaderView, QLabel, QLineEdit, QSplitter, QTableView, QTextBrowser, QVBoxLayout,
)

from reetool.data import bundle
from reetool.ui import i18n
from reetool.ui.page import Page

FIELDS = ("source_id", "title", "publisher", "edition", "date", "supports")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def natural_key(text: str) -> str:
    """Sort key that orders CAT-S2 before CAT-S10."""
    return re.sub(r"\d+", lambda m: m.group(0).zfill(6), text.lower())


def dataset_title(name: str) -> str:
    """Dataset title in the current language (titles are kept in the manifest)."""
    spec = bundle().spec(name)
    entry = getattr(spec, "title_zh", "") if i18n.current_language() == "zh" else ""
    return entry or spec.title


class SourcesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        b = bundle()
        usage = b.source_usage()
        self.rows = []
        for src in b.records("sources"):
            counts = usage.get(src["source_id"], {})
            self.rows.append({**src, "usage": dict(counts), "rows": sum(counts.values())})

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def supports_text(self, row: dict) -> str:
        if not row["usage"]:
            return self.tr("cited in notes only")
        return "; ".join(self.tr("{dataset}: {n} rows").format(dataset=dataset_title(d), n=n)
                         for d, n in sorted(row["usage"].items()))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        field = FIELDS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if field == "supports":
                return self.supports_text(row)
            return row[field] or ""
        if role == SORT_ROLE:
            value = self.supports_text(row) if field == "supports" else str(row[field] or "")
            return natural_key(value)
        if role == Qt.ItemDataRole.UserRole:  # the text searched: every field of the source
            return " ".join(str(row[k] or "") for k in
                            ("source_id", "title", "publisher", "edition", "date", "locator",
                             "licence_note", "kind", "notes")) + " " + self.supports_text(row)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            "source_id": self.tr("ID"), "title": self.tr("Title"), "publisher": self.tr("Publisher"),
            "edition": self.tr("Edition"), "date": self.tr("Date"), "supports": self.tr("Supports"),
        }[FIELDS[section]]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(FIELDS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(FIELDS) - 1))


class SourcesPage(Page):
    page_id = "sources"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel(objectName="sources_heading")
        self.heading.setWordWrap(True)
        self.search = QLineEdit(objectName="sources_search")
        self.search.setClearButtonEnabled(True)
        self.model = SourcesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(objectName="sources_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FIELDS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        widths = {"source_id": 140, "publisher": 150, "edition": 85, "date": 85, "supports": 230}
        for field, width in widths.items():
            self.table.setColumnWidth(FIELDS.index(field), width)
        self.detail = QTextBrowser(objectName="sources_detail")
        self.detail.setOpenLinks(False)
        self.count = QLabel(objectName="sources_count")

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([500, 220])
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.search)
        lay.addWidget(split, 1)
        lay.addWidget(self.count)

        self.search.textChanged.connect(self._filter)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.retranslate()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _context_menu(self, pos) -> None:
        """Right-click a source: "Add to briefing" (the main window's action, Ctrl+B)."""
        actions = getattr(self.window(), "briefing_actions", None)
        if actions is not None:
            actions.context_menu_for(self.table.viewport(), pos)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Share the width so the title keeps the most room at any size and zoom (1024 px
        projector, larger type); every cell shows its whole text as a tooltip."""
        avail = self.table.viewport().width()
        fm = self.table.fontMetrics()
        share = {"source_id": max(fm.horizontalAdvance("USGS_MCS2026_PDF_v1.3") * 0.62, 90),
                 "publisher": avail * 0.15, "edition": fm.horizontalAdvance("MCS2026 v1.3"),
                 "date": fm.horizontalAdvance("2026-05-27") + 12, "supports": avail * 0.2}
        for field, width in share.items():
            self.table.setColumnWidth(FIELDS.index(field), int(width))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} of {total} sources").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def select_source(self, source_id: str) -> bool:
        """Clear the search and select ``source_id``; False if it is unknown."""
        self.search.clear()
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if idx.data() == source_id:
                self.table.selectRow(r)
                self.table.scrollTo(idx)
                return True
        return False

    def _show_detail(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        labels = [
            (self.tr("Title"), row["title"]), (self.tr("Publisher"), row["publisher"]),
            (self.tr("Edition"), row["edition"]), (self.tr("Date"), row["date"]),
            (self.tr("Where to find it"), row["locator"]), (self.tr("Kind"), row["kind"]),
            (self.tr("Licence"), row["licence_note"]), (self.tr("Notes"), row["notes"]),
            (self.tr("Supports"), self.model.supports_text(row)),
        ]
        body = "".join(
            f"<tr><th align='left' valign='top'>{html.escape(k)}</th><td>{html.escape(v or '—')}</td></tr>"
            for k, v in labels)
        self.detail.setHtml(f"<h3>{html.escape(row['source_id'])}</h3><table cellspacing='4'>{body}</table>")

    def status_text(self) -> str:
        return self.tr("{n} sources; every figure and item in reetool names one or more of them").format(
            n=self.model.rowCount())

    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "Every dataset row in reetool cites the sources below. Select a source to see what it "
            "supports and where to find it."))
        self.search.setPlaceholderText(self.tr("Search sources (id, title, publisher, notes…)"))
        self.model.retranslate()
        self._update_count()
        current = self.table.currentIndex()
        if current.isValid():
            self._show_detail(current)

    def briefing_slides(self) -> list[dict] | None:
        """"Add to briefing" (Ctrl+B): a slide citing the selected source."""
        from reetool.ui.briefing.page_slides import source_slides

        current = self.table.currentIndex()
        if not current.isValid():
            return None
        return source_slides(self.model.rows[self.proxy.mapToSource(current).row()])

    def self_test(self) -> list[str]:
        assert self.model.rowCount() > 0, "no sources"
        unused = [r["source_id"] for r in self.model.rows if r["rows"] == 0]
        return [f"sources: {self.model.rowCount()} ({len(unused)} cited only in notes)"]
