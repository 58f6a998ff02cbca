"""The article's claims section: every figure and claim of the article beside the sourced
figure, with a verdict (confirmed, corrected, unsourced) and its sources."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget,
)

from reetool.data.reference import claims
from reetool.ui.names import unit_name
from reetool.ui.reference import labels
from reetool.ui.theme_colors import qtone

VERDICT_TONES = {"confirmed": "ok", "corrected": "error", "unsourced": "warn"}


# A claim's figures, edition and unit in the interface language: in Chinese the reetool
# renderings of claims.csv (the data and its exports keep the English as written).
def article_text(c) -> str:
    return (c.article_value_zh or c.article_value) if labels.zh_first() else c.article_value


def sourced_text(c) -> str:
    return (c.sourced_value_zh or c.sourced_value) if labels.zh_first() else c.sourced_value


def edition_text(c) -> str:
    return (c.edition_zh or c.edition) if labels.zh_first() else c.edition


def unit_text(c) -> str:
    return (c.unit_zh or unit_name(c.unit)) if labels.zh_first() else c.unit


class ClaimsTable(QWidget):
    link_activated = Signal(QUrl)

    def __init__(self, parent=None, rows=None):
        super().__init__(parent)
        self.claims = rows if rows is not None else claims()
        self.intro = QLabel(objectName="reference_claims_intro", wordWrap=True)
        self.table = QTableWidget(objectName="reference_claims_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.detail = QTextBrowser(objectName="reference_claims_detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self.link_activated.emit)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([380, 160])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.intro)
        lay.addWidget(split, 1)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_claim(row))
        # wrapped rows fit the column widths actually shown: measured after the header has
        # laid its sections out (measured before, one row took the whole table's height)
        self._fit = QTimer(self, singleShot=True, interval=0)
        self._fit.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit.start())
        self.retranslate()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit.start()

    def counts(self) -> dict[str, int]:
        out = {v: 0 for v in ("confirmed", "corrected", "unsourced")}
        for c in self.claims:
            out[c.verdict] += 1
        return out

    def show_claim(self, row: int) -> None:
        if not 0 <= row < len(self.claims):
            self.detail.clear()
            return
        esc = html.escape
        c = self.claims[row]
        zh = labels.zh_first()
        note = self.tr("Chinese claims, figures and explanations: reetool rendering")
        where = " · ".join(x for x in (
            self.tr("Edition: {edition}").format(edition=edition_text(c)) if c.edition else "",
            self.tr("Data year: {year}").format(year=c.data_year) if c.data_year else "",
            self.tr("Unit: {unit}").format(unit=unit_text(c)) if c.unit else "") if x)
        self.detail.setHtml(
            f"<p><b>{esc(labels.verdict(c.verdict))}</b> — {esc(c.explanation_zh if zh else c.explanation_en)}</p>"
            + (f"<p>{esc(where)}</p>" if where else "")
            + "<p>" + esc(self.tr("Sources:")) + " " + ", ".join(
                f"<a href='source:{esc(s)}'>{esc(s)}</a>" for s in c.sources) + "</p>"
            + (f"<p><i>{esc(note)}</i></p>" if zh else ""))

    def retranslate(self) -> None:
        n = self.counts()
        self.intro.setText(self.tr(
            "Every figure and claim of the article beside the sourced figure: {c} confirmed, "
            "{x} corrected, {u} unsourced. Select a row for the explanation and its sources.").format(
            c=n["confirmed"], x=n["corrected"], u=n["unsourced"]))
        zh = labels.zh_first()
        headers = [self.tr("Claim"), self.tr("Article"), self.tr("Sourced figure"), self.tr("Verdict"),
                   self.tr("Sources")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(self.claims))
        self.table.setHorizontalHeaderLabels(headers)
        for i, c in enumerate(self.claims):
            cells = [c.claim_zh if zh else c.claim_en, article_text(c), sourced_text(c),
                     labels.verdict(c.verdict), "; ".join(c.sources)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if j == 3:
                    item.setForeground(QBrush(qtone(VERDICT_TONES[c.verdict])))
                self.table.setItem(i, j, item)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for j, w in ((1, 150), (2, 180), (3, 90), (4, 130)):
            hh.setSectionResizeMode(j, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(j, w)
        self._fit.start()
        if self.table.currentRow() < 0 and self.claims:
            self.table.setCurrentCell(0, 0)      # an explanation from the start, not a blank
        self.show_claim(self.table.currentRow())
