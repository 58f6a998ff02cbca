"""Catalogue page (minimal until the catalogue browser lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from reetool.ui.page import Page


class CataloguePage(Page):
    page_id = "catalogue"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel(objectName="catalogue_heading")
        self.heading.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Catalogue of Technologies Prohibited and Restricted from Export"))
