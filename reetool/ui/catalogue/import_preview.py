"""The preview part of the Import dialog: what the file adds, completes, contradicts or
replaces, its counts against the official ones, coverage before and after, and the items
not read cleanly (reetool.data.catalogue_preview computes all of it)."""

from __future__ import annotations


from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QListWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from reetool.data.catalogue_import_result import ParseResult
from reetool.data.catalogue_preview import PreviewEntry, VersionPreview
from reetool.ui.catalogue import labels
from reetool.ui.catalogue.import_texts import reason_text, unclean_text, warning_text
from reetool.ui.theme_colors import qtone

COLUMNS = ("code", "status", "name", "points", "replaces", "effect")


class ImportPreviewPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel(objectName="import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, len(COLUMNS), objectName="import_items")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((80, 80, 230, 50, 170)):
            self.table.setColumnWidth(col, width)
        self.unclean_label, self.warnings_label = QLabel(), QLabel()
        self.unclean = QListWidget(objectName="import_unclean")
        self.warnings = QListWidget(objectName="import_warnings")
        for box in (self.unclean, self.warnings):
            box.setMaximumHeight(110)
        lists = QHBoxLayout()
        for label, box in ((self.unclean_label, self.unclean), (self.warnings_label, self.warnings)):
            col = QVBoxLayout()
            col.addWidget(label)
            col.addWidget(box)
            lists.addLayout(col, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(lists)
        self.result: ParseResult | None = None
        self.previews: list[VersionPreview] = []
        self.replaces: dict[int, str] = {}
        self.retranslate()

    # --- content -----------------------------------------------------------------------
    def clear(self, message: str = "") -> None:
        self.result, self.previews, self.replaces = None, [], {}
        self.summary.setText(message)
        self.table.setRowCount(0)
        self.unclean.clear()
        self.warnings.clear()
        self._list_titles()

    def show_preview(self, result: ParseResult, previews: list[VersionPreview], replaces: dict[int, str]) -> None:
        self.result, self.previews, self.replaces = result, previews, replaces
        self._fill()

    def entry_for(self, row: int) -> PreviewEntry | None:
        item = self.result.items[row] if self.result else None
        for p in self.previews:
            for e in p.entries:
                if e.item is item:
                    return e
        return None

    def effect_text(self, e: PreviewEntry | None) -> str:
        if e is None:
            return "—"
        held = e.held.code or e.held.name_zh or e.held.item_id if e.held else ""
        reasons = "; ".join(reason_text(*r) for r in e.reasons)
        if e.kind == "adds":
            return self.tr("adds a new item")
        if e.kind == "completes":
            return self.tr("completes {held}: {reasons}").format(held=held, reasons=reasons)
        if e.kind == "contradicts":
            return self.tr("CONTRADICTS {held}: {reasons}").format(held=held, reasons=reasons)
        if e.kind == "replaces":
            return self.tr("replaces your earlier import of {held}").format(held=held)
        return self.tr("same as {held}").format(held=held)

    def version_summary(self, p: VersionPreview) -> str:
        counts = self.tr("{p} of {po} prohibited and {r} of {ro} restricted items (official counts: {basis})").format(
            p=p.file_counts["prohibited"], po=p.official["prohibited"], r=p.file_counts["restricted"],
            ro=p.official["restricted"], basis=labels.basis(p.counts_basis))
        short = p.shortfall()
        gaps = []
        for status in ("prohibited", "restricted"):
            n = short.get(status, 0)
            if n > 0:
                gaps.append(self.tr("{n} {status} items of the official text are not in the file.").format(
                    n=n, status=labels.status_word(status)))
            elif n < 0:
                gaps.append(self.tr("<b>{n} {status} items more than the official count</b> (duplicates, or "
                                    "the wrong version?).").format(n=-n, status=labels.status_word(status)))
        effects = self.tr("It adds {adds}, completes {completes}, <b>contradicts {contradicts}</b> and replaces "
                          "{replaces} of your earlier imports ({same} unchanged).").format(
            **{k: len(p.of_kind(k)) for k in ("adds", "completes", "contradicts", "replaces", "same")})
        coverage = self.tr("Coverage of the {version} catalogue: {before} → <b>{after}</b> of {official} items.").format(
            version=p.version, before=p.coverage_before["held"], after=p.coverage_after["held"],
            official=p.coverage_after["official"])
        head = self.tr("<b>Version {version}</b>: {counts}.").format(version=p.version, counts=counts)
        return " ".join([head] + gaps + [effects, coverage])

    def _fill(self) -> None:
        res = self.result
        source = self.tr("the PDF ({pages} pages)").format(pages=res.pages) if res.format == "pdf" else \
            self.tr("the {fmt} file (encoding {encoding})").format(fmt=res.format, encoding=res.encoding)
        intro = self.tr("Read <b>{n}</b> items with {points} control points from {source}.").format(
            n=len(res.items), points=sum(len(it.points) for it in res.items), source=source)
        parts = [intro] + [self.version_summary(p) for p in self.previews]
        parts.append(self.tr("Nothing is saved until you press Save; an import can be removed again."))
        self.summary.setText("<br>".join(parts))
        self.table.setRowCount(len(res.items))
        for row, it in enumerate(res.items):
            entry = self.entry_for(row)
            cells = [it.code or "—", labels.status(it.status), it.name_zh or it.name_en or "—",
                     str(len(it.points)), self.replaces.get(row, ""), self.effect_text(entry)]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 2 and it.points:
                    cell.setToolTip("\n".join(f"{p.number}. {p.zh}" if p.number else p.zh for p in it.points))
                elif col in (4, 5):         # elided in a narrow dialog: whole on hover
                    cell.setToolTip(text)
                if entry is not None and entry.kind == "contradicts":
                    cell.setForeground(QBrush(qtone("error")))
                self.table.setItem(row, col, cell)
        for p in self.previews:
            for item, reasons in p.unclean:
                self.unclean.addItem(f"{item.code or item.name_zh}: " + "; ".join(unclean_text(r) for r in reasons))
        for w in res.warnings:
            self.warnings.addItem(warning_text(w))
        self._list_titles()

    def _list_titles(self) -> None:
        self.unclean_label.setText(self.tr("Not read cleanly: check against the file ({n})").format(n=self.unclean.count()))
        self.warnings_label.setText(self.tr("Warnings ({n})").format(n=self.warnings.count()))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Status"), self.tr("Name"), self.tr("Points"),
                                              self.tr("Replaces"), self.tr("Compared with what you have")])
        if self.result is not None:
            self.unclean.clear()
            self.warnings.clear()
            self._fill()
        else:
            self._list_titles()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
