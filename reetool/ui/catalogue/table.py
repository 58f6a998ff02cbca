"""The catalogue table view: rows selected whole, sorting by column (done by the model, see
CatalogueTableModel.sort), two-line rows, column widths, and the delegates that paint the
status badges and highlight the search matches."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QHeaderView, QTableView

from reetool.ui.catalogue.delegates import HighlightDelegate, StatusBadgeDelegate
from reetool.ui.catalogue.model import COLUMNS, HIGHLIGHT_COLUMNS

WIDTHS = (72, 110, 84, 300, 124)      # code, status, sector, name (stretches), completeness


def make_table(model, query: Callable[[], str], row_height: int):
    """The view of ``model``; returns (table, badge delegate, highlight delegate)."""
    table = QTableView(objectName="catalogue_table")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    badges = StatusBadgeDelegate(table)
    highlighter = HighlightDelegate(query, table)
    table.setItemDelegateForColumn(COLUMNS.index("status"), badges)
    for col in HIGHLIGHT_COLUMNS:
        table.setItemDelegateForColumn(col, highlighter)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
    for col, width in enumerate(WIDTHS):
        table.setColumnWidth(col, width)
    header.setMinimumSectionSize(60)
    return table, badges, highlighter
