"""The map's plot item: country shapes of one legend class, with hit-testing and selection.

A ``SeriesSpec`` of kind "map" is one class of the legend; each of its ``Datum``s is a country
whose ``csv["iso3"]`` names its outline (reetool.ui.charts.world_geometry). ``series.color``
indexes the sequential ramp below (light → dark, readable in grey too); ``MISSING`` and
``NOT_LISTED`` are the classes for a country listed without a figure (hatched) and for the
countries the table does not list.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from reetool.ui.charts import palette
from reetool.ui.charts.spec import Datum, SeriesSpec

# ColorBrewer OrRd (Brewer, Harrower & Penn State), the 7-class ramp without its palest step
# (which washes out on a projector): lightness falls with the class, so grey prints keep order.
RAMP = ("#FDD49E", "#FDBB84", "#FC8D59", "#EF6548", "#D7301F", "#990000")
ZERO, MISSING, NOT_LISTED = 90, 91, 92
SPECIAL = {ZERO: "#FFFFFF", MISSING: "#BDBDBD", NOT_LISTED: "#E4E4E4"}
DARK_SPECIAL = {ZERO: "#15181C", MISSING: "#5A5F66", NOT_LISTED: "#2A2E34"}
PATTERN = {ZERO: Qt.BrushStyle.Dense6Pattern, MISSING: Qt.BrushStyle.BDiagPattern}


def fill_color(index: int, theme: palette.Theme) -> QColor:
    if index in SPECIAL:
        return QColor((DARK_SPECIAL if theme.name == "dark" else SPECIAL)[index])
    return QColor(RAMP[max(0, min(index, len(RAMP) - 1))])


class MapItem(pg.GraphicsObject):
    """All countries of one map series, drawn with one fill."""

    def __init__(self, series: SeriesSpec, theme: palette.Theme, shapes: dict,
                 selected: str | None = None):
        super().__init__()
        self.series = series
        self.theme = theme
        self.selected = selected
        self.data = [d for d in series.data if d.csv.get("iso3") in shapes]
        self.paths = [shapes[d.csv["iso3"]].path for d in self.data]
        self.fill = fill_color(series.color, theme)
        self.pattern = PATTERN.get(series.color)
        rect = QRectF()
        for path in self.paths:
            rect = rect.united(path.boundingRect())
        self._bounds = rect
        # what pyqtgraph's legend and exporters read from an item
        self.opts = {"pen": pg.mkPen(theme.foreground), "brush": pg.mkBrush(self.fill),
                     "antialias": True}

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        r = self._bounds
        return (r.left(), r.right()) if ax == 0 else (r.top(), r.bottom())

    def hit(self, view_point: QPointF) -> Datum | None:
        for path, d in zip(self.paths, self.data):
            if path.boundingRect().contains(view_point) and path.contains(view_point):
                return d
        return None

    def set_selected(self, country: str | None) -> None:
        self.selected = country
        self.update()

    def paint(self, p, *args) -> None:
        p.setRenderHint(p.RenderHint.Antialiasing, True)
        edge = QPen(QColor(self.theme.background if self.theme.name == "dark" else "#7A7A7A"), 0)
        edge.setCosmetic(True)
        p.setPen(edge)
        p.setBrush(QBrush(self.fill))
        for path in self.paths:
            p.drawPath(path)
        if self.pattern is not None:
            tr = p.transform()
            p.save()
            p.resetTransform()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(QColor(self.theme.muted), self.pattern))
            for path in self.paths:
                p.drawPath(tr.map(path))
            p.restore()
        if self.selected:
            pen = QPen(QColor(self.theme.highlight), 2.5)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            for path, d in zip(self.paths, self.data):
                if d.country == self.selected:
                    p.drawPath(path)

    def paint_sample(self, p) -> None:
        """The legend swatch: the class's fill (and pattern: zero dotted, no figure hatched)."""
        rect = QRectF(2, 2, 18, 16)
        p.setRenderHint(p.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(self.theme.foreground), 1))
        p.setBrush(QBrush(self.fill))
        p.drawRect(rect)
        if self.pattern is not None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(QColor(self.theme.muted), self.pattern))
            p.drawRect(rect)


def prepare_plot(plot) -> None:
    """A map panel: no axes, no grid, true proportions."""
    for name in ("left", "bottom"):
        plot.hideAxis(name)
    plot.showGrid(x=False, y=False)
    plot.setAspectLocked(True)


def add_to_plot(plot, series: SeriesSpec, theme: palette.Theme, selected: str | None) -> MapItem:
    from reetool.ui.charts import world_geometry

    item = MapItem(series, theme, world_geometry.by_iso3(), selected=selected)
    plot.addItem(item)
    return item
