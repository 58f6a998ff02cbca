"""The charts' axes: grid lines drawn opaque, in one layer behind the data; numbers with
thousands separators.

Qt's raster engine draws a semi-transparent line about twenty times slower than an opaque
one (measured here: 51 grid lines, 8–12 ms against 0.3–0.6 ms), and pyqtgraph draws the
grid as semi-transparent tick lines of each axis, so most of a chart's repaint (its
crosshair moving, a slider step) went on the grid: 15 ms of the 16 ms the Market page's
scenario chart took. Here each ``GridAxis`` hands its grid lines, each colour mixed once
with the plot's background, to the plot's ``GridLayer``, which draws the lines of both axes
opaque, fainter ones first (where lines cross, the stronger one shows, as it did when the
alphas added up), behind the data and above the plot's background.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QPicture
from PySide6.QtWidgets import QGraphicsItem

LAYER_Z = -1e5        # in the ViewBox: above its background (-1e6), below the data (0)


def mixed(color: QColor, background: QColor) -> QColor:
    """``color`` drawn at its alpha over ``background``, as one opaque colour."""
    a = color.alphaF()
    return QColor.fromRgbF(*(a * c + (1 - a) * b for c, b in (
        (color.redF(), background.redF()), (color.greenF(), background.greenF()),
        (color.blueF(), background.blueF()))))


class GridAxis(pg.AxisItem):
    """An axis whose grid lines are drawn by the plot's ``GridLayer`` (see module text)."""

    def __init__(self, *args, **kwargs) -> None:
        self.layer: GridLayer | None = None
        self.background = QColor("white")
        self.grid_lines: list[tuple[int, QColor, QLineF]] = []   # (alpha, colour, line)
        super().__init__(*args, **kwargs)

    # pyqtgraph drops the picture wherever the axis must be drawn again: so must the grid
    @property
    def picture(self) -> QPicture | None:
        return self._picture

    @picture.setter
    def picture(self, value: QPicture | None) -> None:
        self._picture = value
        if value is None and getattr(self, "layer", None) is not None:
            self.layer.update()

    def ensure_picture(self) -> None:
        """Draw the axis into its picture if it was dropped (as AxisItem.paint does)."""
        if self._picture is not None:
            return
        picture = QPicture()
        painter = QPainter(picture)
        try:
            if self.style["tickFont"]:
                painter.setFont(self.style["tickFont"])
            specs = self.generateDrawSpecs(painter)
            if specs is not None:
                self.drawPicture(painter, *specs)
        finally:
            painter.end()
        self._picture = picture

    def paint(self, p, opt, widget) -> None:
        self.ensure_picture()
        self._picture.play(p)

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):  # noqa: N802,N803 (pyqtgraph's)
        if self.layer is not None and self.grid is not False:
            self.grid_lines = [(pen.color().alpha(), mixed(pen.color(), self.background),
                                QLineF(p1, p2)) for pen, p1, p2 in tickSpecs]
            tickSpecs = []  # noqa: N806   (with a grid every tick is a grid line)
        else:
            self.grid_lines = []
        super().drawPicture(p, axisSpec, tickSpecs, textSpecs)


class NumberAxis(GridAxis):
    """Value axis with thousands separators (400,000 rather than 400000)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        if self.logMode:
            return super().tickStrings(values, scale, spacing)
        decimals = max(0, -int(math.floor(math.log10(spacing * scale)))) if spacing > 0 else 0
        return [f"{v * scale:,.{decimals}f}" for v in values]


class GridLayer(QGraphicsItem):
    """The grid lines of a plot's axes, opaque, drawn behind the data of its ViewBox."""

    def __init__(self, plot: pg.PlotItem, background: str) -> None:
        super().__init__(plot.vb)
        self.vb = plot.vb
        self.setZValue(LAYER_Z)
        self.axes = [ax for ax in (plot.getAxis("left"), plot.getAxis("bottom"))
                     if isinstance(ax, GridAxis)]
        for ax in self.axes:
            ax.background = QColor(background)
            ax.layer = self
            ax.picture = None
        self.vb.sigResized.connect(self._resized)

    def _resized(self, *_args) -> None:
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(self.vb.rect())

    def paint(self, p, _opt=None, _widget=None) -> None:
        lines = []
        for ax in self.axes:
            if not ax.isVisible():
                continue
            ax.ensure_picture()
            to_here = ax.itemTransform(self)[0]
            lines += [(alpha, color, to_here.map(line)) for alpha, color, line in ax.grid_lines]
        lines.sort(key=lambda t: t[0])          # fainter first: the stronger shows on top
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setClipRect(self.boundingRect())
        for _alpha, color, line in lines:
            pen = QPen(color)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.drawLine(line)
