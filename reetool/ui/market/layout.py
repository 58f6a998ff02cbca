"""The Market page's widgets and their arrangement (no behaviour: the page binds them to its
state). ``build(page)`` creates, as attributes of ``page``:

    heading, caption, legend                       labels
    sel_labels, commodity_combo, metric_combo,     the selectors (labels keyed by name)
    statistic_combo, edition_combo, year_combo
    model, view                                    the country table (CountryTableModel)
    add_button, undo_button, redo_button,          under the table (undo/redo: tool buttons
    reset_button, export_button                    for page.undo_action / page.redo_action)
    tabs, concentration, scenarios, claims, us     the right-hand tabs and their panels
    export_conc_button, save_scn_button, open_scn_button, export_scn_button,
    scenario_status, export_claims_button, export_us_button
    chart_area                                     where the live scenario chart goes
    splitter                                       table | tabs

At narrow widths (a 1024×768 projector) the tabs keep their full titles: the tab bar
elides nothing and scrolls nothing, the splitter gives the tabs the room they need, and
the table drops its Source column (the caption names the source) before anything is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSplitter, QTableView, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from reetool.ui.flow_layout import flow_row
from reetool.ui.market.claims_panel import ClaimsPanel
from reetool.ui.market.concentration_panel import ConcentrationPanel
from reetool.ui.market.scenario_panel import ScenarioPanel
from reetool.ui.market.table_model import CountryTableModel
from reetool.ui.market.us_panel import UsPanel
from reetool.ui.named_combo import NamedCombo
from reetool.ui.names import commodity_name

SCENARIO_TAB = 1
RIGHT_MIN_PX = 420


class _AtLeast(QWidget):
    """Wide enough for whole tab titles and one-line scenario rows (the table gives way):
    ``minimum`` pixels, or more when the tab titles need it (projector type, Chinese). A
    fixed minimum width would squeeze the tab bar below what its titles need."""

    def __init__(self, minimum: int):
        super().__init__()
        self.minimum = minimum

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.minimum), hint.height())


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # content follows the width (text wraps) instead of being clipped behind a scroll bar
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def _column(*widgets, stretch_first: bool = True) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.setContentsMargins(0, 0, 0, 0)
    for n, w in enumerate(widgets):
        lay.addWidget(w, 1 if (n == 0 and stretch_first) else 0)
    return page, lay


def _selectors(page, root: QVBoxLayout) -> None:
    grid = QGridLayout()
    grid.setHorizontalSpacing(6)
    page.sel_labels = {k: QLabel() for k in ("commodity", "metric", "statistic", "edition", "year")}
    page.commodity_combo = NamedCombo(commodity_name, objectName="market_commodity")
    page.metric_combo = QComboBox(objectName="market_metric")
    page.statistic_combo = QComboBox(objectName="market_statistic")
    page.edition_combo = QComboBox(objectName="market_edition")
    page.year_combo = QComboBox(objectName="market_year")
    combos = {"commodity": page.commodity_combo, "metric": page.metric_combo,
              "statistic": page.statistic_combo, "edition": page.edition_combo,
              "year": page.year_combo}
    for col, (key, combo) in enumerate(combos.items()):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6 if key in ("year", "metric") else 12)
        page.sel_labels[key].setBuddy(combo)
        grid.addWidget(page.sel_labels[key], 0, col)
        grid.addWidget(combo, 1, col)
    for col, stretch in enumerate((3, 1, 3, 3, 1)):
        grid.setColumnStretch(col, stretch)
    root.addLayout(grid)


def _table(page) -> QWidget:
    page.model = CountryTableModel(page)
    page.view = QTableView(objectName="market_table")
    page.view.setModel(page.model)
    page.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    page.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    page.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
    page.view.verticalHeader().setVisible(False)
    page.view.verticalHeader().setDefaultSectionSize(page.fontMetrics().height() + 8)
    page.view.setAlternatingRowColors(True)
    page.add_button = QPushButton(objectName="market_add_country")
    page.undo_button = QToolButton(objectName="market_undo")
    page.redo_button = QToolButton(objectName="market_redo")
    page.reset_button = QPushButton(objectName="market_reset")
    page.export_button = QPushButton(objectName="market_export_table")
    # the buttons wrap onto a second line before they widen the window (1024 px projector)
    buttons = flow_row(page.add_button, page.undo_button, page.redo_button, page.reset_button,
                       page.export_button)
    page.legend = QLabel(objectName="market_legend", wordWrap=True)
    left, lv = _column(page.view)
    lv.addWidget(buttons)
    lv.addWidget(page.legend)
    return left


def _tabs(page) -> QWidget:
    page.tabs = QTabWidget(objectName="market_tabs")
    bar = page.tabs.tabBar()
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(False)       # every tab title stays whole and in view
    page.concentration = ConcentrationPanel()
    page.scenarios = ScenarioPanel()
    page.claims = ClaimsPanel()
    page.us = UsPanel()
    page.export_conc_button = QPushButton(objectName="market_export_concentration")
    conc_page, cv = _column(page.concentration)
    cv.addWidget(page.export_conc_button, 0, Qt.AlignmentFlag.AlignRight)

    page.save_scn_button = QPushButton(objectName="market_save_scenario")
    page.open_scn_button = QPushButton(objectName="market_open_scenario")
    page.export_scn_button = QPushButton(objectName="market_export_scenario")
    page.scenario_status = QLabel(objectName="market_scenario_status", wordWrap=True)
    scn_page, sv = _column(page.scenarios, stretch_first=False)
    row = QHBoxLayout()
    for b in (page.save_scn_button, page.open_scn_button):
        row.addWidget(b)
    row.addStretch(1)
    row.addWidget(page.export_scn_button)
    sv.addLayout(row)
    sv.addWidget(page.scenario_status)
    sv.addStretch(1)

    page.export_claims_button = QPushButton(objectName="market_export_claims")
    claims_page, clv = _column(page.claims)
    clv.addWidget(page.export_claims_button, 0, Qt.AlignmentFlag.AlignRight)
    page.export_us_button = QPushButton(objectName="market_export_us")
    us_page, uv = _column(page.us)
    uv.addWidget(page.export_us_button, 0, Qt.AlignmentFlag.AlignRight)
    # every tab scrolls rather than holding the column's height (the chart needs it)
    for tab in (_scroll(conc_page), _scroll(scn_page), claims_page, _scroll(us_page)):
        page.tabs.addTab(tab, "")

    page.chart_area = QWidget(objectName="market_chart_area")
    QVBoxLayout(page.chart_area).setContentsMargins(0, 0, 0, 0)
    page.chart_area.setVisible(False)
    right = _AtLeast(RIGHT_MIN_PX)
    rv = QVBoxLayout(right)
    rv.setContentsMargins(0, 0, 0, 0)
    # the chart gets the larger part: its bars and labels need height, the controls above
    # scroll (on a 768-pixel projector an even split left the bars' labels overlapping)
    rv.addWidget(page.tabs, 4)
    rv.addWidget(page.chart_area, 5)
    return right


def build(page) -> None:
    root = QVBoxLayout(page)
    root.setContentsMargins(8, 6, 8, 6)
    page.heading = QLabel(objectName="market_heading")
    f = page.heading.font()
    f.setPointSizeF(f.pointSizeF() * 1.2)
    f.setBold(True)
    page.heading.setFont(f)
    root.addWidget(page.heading)
    _selectors(page, root)
    page.caption = QLabel(objectName="market_caption", wordWrap=True)
    page.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    root.addWidget(page.caption)
    page.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="market_splitter")
    page.splitter.addWidget(_table(page))
    page.splitter.addWidget(_tabs(page))
    page.splitter.setStretchFactor(0, 3)
    page.splitter.setStretchFactor(1, 2)
    page.splitter.setChildrenCollapsible(False)
    root.addWidget(page.splitter, 1)
