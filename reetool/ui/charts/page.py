"""Charts page: every chart of the registry, one at a time, following the shared state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget,
)

from reetool.ui.charts.registry import CHARTS, ChartParams
from reetool.ui.page import Page
from reetool.ui.state import app_state


class ChartsPage(Page):
    page_id = "charts"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel(objectName="charts_heading")
        self.heading.setWordWrap(True)
        self.list = QListWidget(objectName="charts_list")
        self.list.setWordWrap(True)
        for c in CHARTS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, c.name)
            self.list.addItem(item)
        self.theme_label = QLabel(objectName="charts_theme_label")
        self.theme_box = QComboBox(objectName="charts_theme")
        self.theme_box.addItems(["", ""])
        self.description = QLabel(objectName="charts_description")
        self.description.setWordWrap(True)
        self.views: dict[str, QWidget] = {}
        self.holder = QWidget(objectName="charts_holder")
        self.holder_lay = QVBoxLayout(self.holder)
        self.holder_lay.setContentsMargins(0, 0, 0, 0)

        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.theme_label)
        row.addWidget(self.theme_box, 1)
        side_lay.addLayout(row)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.description)
        right_lay.addWidget(self.holder, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(side)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 900])
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(split, 1)

        self.list.currentRowChanged.connect(self._show_row)
        self.theme_box.currentIndexChanged.connect(self._theme_chosen)
        app_state().changed.connect(self._on_state)
        self.retranslate()
        self.list.setCurrentRow(0)

    # --- charts -----------------------------------------------------------------------
    def view(self, name: str):
        """The ChartView of chart ``name`` (built on first use)."""
        if name not in self.views:
            from reetool.ui.charts.view import ChartView

            v = ChartView(name, parent=self.holder)
            v.hide()
            self.holder_lay.addWidget(v)
            self.views[name] = v
        return self.views[name]

    def current_name(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else CHARTS[0].name

    def show_chart(self, name: str):
        for row, c in enumerate(CHARTS):
            if c.name == name:
                self.list.setCurrentRow(row)
        return self.view(name)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        name = CHARTS[row].name
        for n, v in self.views.items():
            v.setVisible(n == name)
        self.view(name).show()
        self.description.setText(CHARTS[row].description)

    def _theme_chosen(self, index: int) -> None:
        app_state().set("theme", ("light", "dark")[index])

    def _on_state(self, field: str) -> None:
        if field == "theme":
            index = 1 if app_state().get("theme") == "dark" else 0
            if self.theme_box.currentIndex() != index:
                self.theme_box.setCurrentIndex(index)
            for v in self.views.values():
                v.rebuild()

    # --- page -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "Charts for slides: every chart names its unit, data year, edition and sources. "
            "Hover for exact values, click a legend entry to hide a series, click a bar to "
            "highlight a country; right-click or use the toolbar to export."))
        for row, c in enumerate(CHARTS):
            item = self.list.item(row)
            item.setText(c.title)
            item.setToolTip(c.description)
        self.theme_label.setText(self.tr("Theme:"))
        self.theme_box.setItemText(0, self.tr("Light"))
        self.theme_box.setItemText(1, self.tr("Dark (projector)"))
        row = self.list.currentRow()
        if row >= 0:
            self.description.setText(CHARTS[row].description)

    def status_text(self) -> str:
        return self.tr("{n} charts; exports carry title, unit, data year and sources").format(
            n=len(CHARTS))

    def self_test(self) -> list[str]:
        """Render every chart to an in-memory image; raise if one fails or comes out blank."""
        from reetool.ui.charts import export
        from reetool.ui.charts.view import ChartView

        checked = []
        for c in CHARTS:
            view = ChartView(c.name, ChartParams(), toolbar=False, follow_state=False)
            view.resize(900, 560)
            try:
                if view.error:
                    raise RuntimeError(f"chart {c.name}: {view.error}")
                image = export.render_image(view, scale=1.0)
                if image.isNull() or image.width() < 100:
                    raise RuntimeError(f"chart {c.name}: empty image")
                if _is_blank(image):
                    raise RuntimeError(f"chart {c.name}: nothing drawn")
                n = sum(len(s.data) for p in view.spec.panels for s in p.series)
                checked.append(f"chart {c.name}: {image.width()}x{image.height()}, {n} marks")
            finally:
                export.dispose(view)
        return checked


def _is_blank(image: QImage) -> bool:
    small = image.scaled(60, 40)
    first = small.pixel(0, 0)
    return all(small.pixel(x, y) == first for x in range(small.width()) for y in range(small.height()))
