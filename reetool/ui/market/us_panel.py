"""United States tab: USGS salient statistics of one edition (items × data years) and the
U.S. import sources, each value with its flags, edition and source."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from reetool.data.market import MarketLookupError
from reetool.data.market_us import us_editions, us_import_sources, us_salient
from reetool.ui.market.source_notes import usgs_note
from reetool.ui.market.table_model import MISSING, fmt_number, unit_text


def cell_text(c: dict | None) -> str:
    if c is None:
        return ""
    if c["value"] is None:
        return f"{MISSING} {c['flag']}".strip() if c["flag"] else MISSING
    text = (c["comparator"] or "") + fmt_number(c["value"])
    return text + (" e" if c["estimated"] else "")


class UsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("market_us")
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.edition_label = QLabel()
        self.edition = QComboBox(objectName="us_edition")
        self.edition.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.edition_label)
        row.addWidget(self.edition, 1)
        lay.addLayout(row)
        self.caption = QLabel(objectName="us_caption", wordWrap=True)
        lay.addWidget(self.caption)
        self.salient = QTableWidget(objectName="us_salient_table")
        self.imports_label = QLabel(wordWrap=True)
        self.imports = QTableWidget(objectName="us_imports_table")
        for view in (self.salient, self.imports):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        lay.addWidget(self.salient, 3)
        lay.addWidget(self.imports_label)
        lay.addWidget(self.imports, 2)
        self.loaded = False
        self.data = None
        self.import_rows: list[dict] = []
        self.retranslate()

    def load(self) -> None:
        if self.loaded:
            return
        self.loaded = True
        self.edition.blockSignals(True)
        self.edition.addItems(us_editions())
        self.edition.blockSignals(False)
        self.refresh()

    def reload_editions(self) -> None:
        """Re-read the editions (after an import or its removal), keeping the choice."""
        if not self.loaded:
            return
        current = self.edition.currentText()
        editions = us_editions()
        self.edition.blockSignals(True)
        self.edition.clear()
        self.edition.addItems(editions)
        self.edition.setCurrentText(current if current in editions else editions[0])
        self.edition.blockSignals(False)
        self.refresh()

    def retranslate(self) -> None:
        self.edition_label.setText(self.tr("Edition"))
        self.refresh()

    def refresh(self, *_):
        if not self.loaded or not self.edition.currentText():
            return
        ed = self.edition.currentText()
        try:
            self.data = d = us_salient(ed)
        except MarketLookupError:       # its import was removed meanwhile: show what exists
            if ed in us_editions():
                raise
            self.reload_editions()
            return
        self.caption.setText(self.tr(
            "U.S. salient statistics as published in USGS {edition} ({sources}); e = estimated, "
            "E = net exporter, > = more than. Each column is a data year.").format(
                edition=ed, sources="; ".join(d["source_ids"])))
        heads = [self.tr("Item (as published)"), self.tr("Unit")] + [str(y) for y in d["years"]]
        self.salient.clear()
        self.salient.setColumnCount(len(heads))
        self.salient.setHorizontalHeaderLabels(heads)
        self.salient.setRowCount(len(d["items"]))
        for i, item in enumerate(d["items"]):
            self.salient.setItem(i, 0, QTableWidgetItem(item["label"]))
            self.salient.setItem(i, 1, QTableWidgetItem(unit_text(item["unit"])))
            for j, y in enumerate(d["years"], start=2):
                c = item["cells"].get(y)
                cell = QTableWidgetItem(cell_text(c))
                if c and c["notes"]:
                    cell.setToolTip(usgs_note(c["notes"]))
                self.salient.setItem(i, j, cell)
        hh = self.salient.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)   # long labels: elided,
        self.salient.setColumnWidth(0, 240)                              # full text in tooltip
        for i, item in enumerate(d["items"]):
            self.salient.item(i, 0).setToolTip(item["label"])
        self.import_rows = us_import_sources(ed)
        if not self.import_rows:
            self.imports_label.setText(self.tr("U.S. import sources: not in {edition}.").format(
                edition=ed))
        else:
            self.imports_label.setText(self.tr("U.S. import sources, {period} (% of U.S. imports), "
                                               "USGS {edition}").format(
                period=self.import_rows[0]["period"], edition=ed))
        heads = [self.tr("Material"), self.tr("Country"), self.tr("Share of imports"),
                 self.tr("Source")]
        self.imports.clear()
        self.imports.setColumnCount(len(heads))
        self.imports.setHorizontalHeaderLabels(heads)
        self.imports.setRowCount(len(self.import_rows))
        for i, r in enumerate(self.import_rows):
            cells = [r["material"], r["country"], f"{r['share_pct']:g} %", ";".join(r["source_ids"])]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r["notes"]:
                    item.setToolTip(usgs_note(r["notes"]))
                self.imports.setItem(i, j, item)
        self.imports.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.imports.horizontalHeader().setStretchLastSection(True)

    def export_rows(self) -> list[dict]:
        """Long form: one row per item and year, plus the import sources."""
        if not self.data:
            return []
        out = []
        for item in self.data["items"]:
            for y, c in sorted(item["cells"].items()):
                out.append({"table": "salient", "edition": self.data["edition"], "data_year": y,
                            "item": item["label"], "unit": item["unit"], "value": c["value"],
                            "value_as_published": c["value_raw"], "flag": c["flag"],
                            "comparator": c["comparator"], "estimated": c["estimated"],
                            "notes": c["notes"], "source": ";".join(c["source_ids"])})
        for r in self.import_rows:
            out.append({"table": "import_sources", "edition": r["edition"], "data_year": r["period"],
                        "item": f"{r['material']}: {r['country']}", "unit": "% of U.S. imports",
                        "value": r["share_pct"], "notes": r["notes"],
                        "source": ";".join(r["source_ids"])})
        return out
