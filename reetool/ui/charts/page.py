"""Charts page: every chart of the registry, one at a time, following the shared state."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget,
)

from reetool.ui.names import commodity_name
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
        self.commodity_label = QLabel(objectName="charts_commodity_label")
        self.commodity_box = QComboBox(objectName="charts_commodity")
        self.year_label = QLabel(objectName="charts_year_label")
        self.year_box = QComboBox(objectName="charts_year")
        self.edition_label = QLabel(objectName="charts_edition_label")
        self.edition_box = QComboBox(objectName="charts_edition")
        self.theme_label = QLabel(objectName="charts_theme_label")
        self.theme_box = QComboBox(objectName="charts_theme")
        from reetool.ui import theme

        for name in theme.THEME_NAMES:
            self.theme_box.addItem("", name)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(app_state().get("theme"))))
        for box in (self.commodity_box, self.year_box, self.edition_box, self.theme_box):
            # long commodity and theme names must not widen the side panel on a projector
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
            box.currentTextChanged.connect(box.setToolTip)      # whole when cut short
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
        form = QFormLayout()
        form.addRow(self.commodity_label, self.commodity_box)
        form.addRow(self.year_label, self.year_box)
        form.addRow(self.edition_label, self.edition_box)
        form.addRow(self.theme_label, self.theme_box)
        side_lay.addLayout(form)
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
        split.setCollapsible(1, False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(split, 1)

        self.list.currentRowChanged.connect(self._show_row)
        self.theme_box.currentIndexChanged.connect(self._theme_chosen)
        self._fill_commodities()
        self.commodity_box.currentIndexChanged.connect(self._commodity_chosen)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        self.edition_box.currentIndexChanged.connect(self._edition_chosen)
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

    # --- selection (shared with the Market page through app_state) --------------------
    def _statistic(self) -> str | None:
        from reetool.data import market

        try:
            return market.statistic_for_metric(self.commodity_box.currentData() or "Rare earths",
                                               "production")
        except LookupError:
            return None

    def _fill_commodities(self) -> None:
        from reetool.data import market

        with QSignalBlocker(self.commodity_box):
            self.commodity_box.clear()
            for c in market.commodities():
                self.commodity_box.addItem(commodity_name(c), c)
            self.commodity_box.setCurrentIndex(
                max(0, self.commodity_box.findData(app_state().get("commodity"))))
        self._fill_years()

    def _fill_years(self) -> None:
        from reetool.data import market

        stat = self._statistic()
        years = market.years(self.commodity_box.currentData(), stat) if stat else []
        with QSignalBlocker(self.year_box):
            self.year_box.clear()
            self.year_box.addItem(self.tr("Latest"), None)
            for y in reversed(years):
                self.year_box.addItem(str(y), y)
            self.year_box.setCurrentIndex(max(0, self.year_box.findData(app_state().get("year"))))
        self._fill_editions()

    def _fill_editions(self) -> None:
        from reetool.data import market

        stat, year = self._statistic(), self.year_box.currentData()
        if stat and year is None:
            years = market.years(self.commodity_box.currentData(), stat)
            year = years[-1] if years else None
        eds = market.editions(self.commodity_box.currentData(), stat, year) if stat and year else []
        with QSignalBlocker(self.edition_box):
            self.edition_box.clear()
            self.edition_box.addItem(self.tr("Newest"), None)
            for e in eds:
                self.edition_box.addItem(e, e)
            self.edition_box.setCurrentIndex(
                max(0, self.edition_box.findData(app_state().get("edition"))))

    def _commodity_chosen(self, _index: int) -> None:
        st = app_state()
        st.set("year", None)       # years and editions differ between commodities
        st.set("edition", None)
        st.set("commodity", self.commodity_box.currentData())

    def _year_chosen(self, _index: int) -> None:
        app_state().set("edition", None)
        app_state().set("year", self.year_box.currentData())

    def _edition_chosen(self, _index: int) -> None:
        app_state().set("edition", self.edition_box.currentData())

    def _theme_chosen(self, index: int) -> None:
        app_state().set("theme", self.theme_box.itemData(index) or "light")

    def _on_state(self, field: str) -> None:
        if field == "commodity":
            i = self.commodity_box.findData(app_state().get("commodity"))
            if i >= 0 and i != self.commodity_box.currentIndex():
                with QSignalBlocker(self.commodity_box):
                    self.commodity_box.setCurrentIndex(i)
            self._fill_years()
        elif field == "year":
            if self.year_box.currentData() != app_state().get("year"):
                with QSignalBlocker(self.year_box):
                    self.year_box.setCurrentIndex(max(0, self.year_box.findData(
                        app_state().get("year"))))
            self._fill_editions()
        elif field == "edition":
            if self.edition_box.currentData() != app_state().get("edition"):
                with QSignalBlocker(self.edition_box):
                    self.edition_box.setCurrentIndex(max(0, self.edition_box.findData(
                        app_state().get("edition"))))
        elif field == "theme":
            index = max(0, self.theme_box.findData(app_state().get("theme")))
            if self.theme_box.currentIndex() != index:
                self.theme_box.setCurrentIndex(index)
            for v in self.views.values():
                v.redraw()          # hidden charts catch up when shown

    # --- page -------------------------------------------------------------------------
    def fill_menu(self, menu) -> None:
        """The page's menu in the menubar: the current chart's view and export commands."""
        from PySide6.QtGui import QAction

        self.menu_actions = {}
        for key in ("reset", "log", "png", "png_size", "svg", "csv", "copy"):
            act = QAction(menu, objectName=f"act_charts_menu_{key}")
            act.triggered.connect(lambda _=False, k=key: self.view(self.current_name())
                                  .actions_[k].trigger())
            if key == "png":
                menu.addSeparator()
            menu.addAction(act)
            self.menu_actions[key] = act
        menu.aboutToShow.connect(self._sync_menu)
        self._sync_menu()

    def _sync_menu(self) -> None:
        view = self.view(self.current_name())
        for key, act in getattr(self, "menu_actions", {}).items():
            act.setText(view.actions_[key].text())
            act.setVisible(view.actions_[key].isVisible())
            act.setEnabled(view.spec is not None)

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
        self.commodity_label.setText(self.tr("Commodity:"))
        self.year_label.setText(self.tr("Data year:"))
        self.edition_label.setText(self.tr("Edition:"))
        self.year_box.setItemText(0, self.tr("Latest"))
        self.edition_box.setItemText(0, self.tr("Newest"))
        for i in range(self.commodity_box.count()):
            self.commodity_box.setItemText(i, commodity_name(self.commodity_box.itemData(i)))
        from reetool.ui import theme

        for i in range(self.theme_box.count()):
            self.theme_box.setItemText(i, theme.title(self.theme_box.itemData(i)))
        row = self.list.currentRow()
        if row >= 0:
            self.description.setText(CHARTS[row].description)

    def status_text(self) -> str:
        return self.tr("{n} charts; exports carry title, unit, data year and sources").format(
            n=len(CHARTS))

    def briefing_slides(self) -> list[dict] | None:
        """"Add to briefing" (Ctrl+B or the chart's context menu): the current chart with its
        parameters; it is drawn from the data when shown."""
        from reetool.ui.briefing.page_slides import chart_slides

        view = self.view(self.current_name())
        title = view.spec.title if view.spec is not None else view.definition.title
        log = view.log_y if view.definition.log_option else None
        return chart_slides(view.definition.name, view.current_params(), log, title)

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
