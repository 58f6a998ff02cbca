"""Market page (minimal until the market calculator lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from reetool.ui.page import Page


class MarketPage(Page):
    page_id = "market"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel(objectName="market_heading")
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Mine production and reserves by country"))
