"""Charts page (minimal until the charts land)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from reetool.ui.page import Page


class ChartsPage(Page):
    page_id = "charts"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel(objectName="charts_heading")
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Charts"))
