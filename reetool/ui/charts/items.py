"""Plot items that know their data: bars with patterns, labels and hit-testing.

pyqtgraph 0.14's BarGraphItem has no hover or tooltip; ``PatternBars`` keeps the ``Datum``
of every bar so the view can say which bar is under the mouse, draws a fill pattern over the
colour (colour is never the only cue), prints value labels and outlines the selected country.
Overlays are drawn in device pixels so hatching and text keep their size when zooming.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen

from reetool.ui.charts import palette
from reetool.ui.charts.spec import Datum, SeriesSpec


def label_font(point_size: float = 11.0, bold: bool = False) -> QFont:
    from PySide6.QtWidgets import QApplication

    f = QFont(QApplication.font())
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


def label_place(dev: QRectF, tw: float, th: float, orientation: str, stacked: bool,
                view: QRectF | None) -> tuple[QPointF, str] | None:
    """Where a bar's value label goes, in device pixels: (baseline point, mode) or None.

    Modes: "outside" (beyond the bar's end), "on_bar" (inside, over a box of the bar's fill),
    "plain" (inside a vertical stacked segment). Stacked segments carry their label inside,
    or none when it does not fit. Other bars carry it beyond their end; when that would run
    out of the plot (``view``), inside the bar's end instead, so a label is never cut off.
    """
    along = dev.width() if orientation == "h" else dev.height()
    need = (tw if orientation == "h" else th) + 8
    centre = QPointF(dev.center().x() - tw / 2, dev.center().y() + th / 3)
    if stacked:
        if along < need:
            return None
        return centre, "on_bar" if orientation == "h" else "plain"
    if orientation == "h":
        outside = QPointF(dev.right() + 6, dev.center().y() + th / 3)
        if view is None or outside.x() + tw <= view.right() or along < need:
            return outside, "outside"
        return QPointF(dev.right() - tw - 4, outside.y()), "on_bar"
    outside = QPointF(dev.center().x() - tw / 2, dev.top() - 4)
    if view is None or outside.y() - th >= view.top() or along < need:
        return outside, "outside"
    return QPointF(outside.x(), dev.top() + th), "on_bar"


class PatternBars(pg.BarGraphItem):
    """Bars of one series. ``orientation`` 'v' (x = category/year) or 'h' (y = category)."""

    def __init__(self, series: SeriesSpec, orientation: str, theme: palette.Theme,
                 selected: str | None = None, log_y: bool = False):
        self.orientation = orientation
        self.theme = theme
        self.fill = QColor(palette.color(series.color, theme))
        super().__init__(**self._geometry(series), brush=self.fill,
                         pen=pg.mkPen(theme.foreground, width=1))
        self._take(series, selected)
        self.font_size = 10.5

    def _geometry(self, series: SeriesSpec) -> dict:
        data = [d for d in series.data if d.y is not None]
        w = series.width
        pos = np.array([d.x for d in data], dtype=float)
        lo = np.array([d.base for d in data], dtype=float)
        hi = np.array([d.y for d in data], dtype=float)
        if self.orientation == "h":
            return {"x0": lo, "y0": pos - w / 2, "width": hi - lo, "height": np.full(len(pos), w)}
        return {"x0": pos - w / 2, "y0": lo, "width": np.full(len(pos), w), "height": hi - lo}

    def _take(self, series: SeriesSpec, selected: str | None) -> None:
        self.series = series
        self.selected = selected
        self.data = [d for d in series.data if d.y is not None]
        self.rects = [self._rect(d) for d in self.data]

    def set_series(self, series: SeriesSpec, selected: str | None = None) -> None:
        """New figures for the same series, drawn in place (the item is kept)."""
        self._take(series, selected)
        fill = QColor(palette.color(series.color, self.theme))
        if fill != self.fill:
            self.fill = fill
            self.setOpts(**self._geometry(series), brush=fill)
        else:
            self.setOpts(**self._geometry(series))

    def _rect(self, d: Datum) -> QRectF:
        w = self.series.width
        if self.orientation == "h":
            return QRectF(d.base, d.x - w / 2, d.y - d.base, w).normalized()
        return QRectF(d.x - w / 2, d.base, w, d.y - d.base).normalized()

    def hit(self, view_point: QPointF) -> Datum | None:
        for r, d in zip(self.rects, self.data):
            if r.contains(view_point):
                return d
        return None

    def set_selected(self, country: str | None) -> None:
        self.selected = country
        self.update()

    def paint(self, p, *args):
        super().paint(p, *args)
        style = palette.pattern(self.series.pattern)
        tr = p.transform()
        view = tr.mapRect(self.viewRect()) if self.getViewBox() is not None else None
        p.save()
        p.resetTransform()
        p.setRenderHint(p.RenderHint.Antialiasing, True)
        hatch = QColor("#000000") if self.fill.lightness() > 110 else QColor("#FFFFFF")
        hatch.setAlpha(150)
        font = label_font(self.font_size, bold=False)
        p.setFont(font)
        fm = QFontMetricsF(font)
        for rect, d in zip(self.rects, self.data):
            dev = tr.mapRect(rect)
            if style != Qt.BrushStyle.NoBrush:   # not antialiased, as the bar itself:
                p.setPen(Qt.PenStyle.NoPen)         # the same pixels, a quarter faster
                p.setBrush(QBrush(hatch, style))
                p.setRenderHint(p.RenderHint.Antialiasing, False)
                p.drawRect(dev)
                p.setRenderHint(p.RenderHint.Antialiasing, True)
            if d.hollow:  # estimates / derived counts: dashed outline
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor(self.theme.background), 2.0))
                p.drawRect(dev)
                p.setPen(QPen(QColor(self.theme.foreground), 2.0, Qt.PenStyle.DashLine))
                p.drawRect(dev)
            if self.selected and d.country == self.selected:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor(self.theme.highlight), 3.5))
                p.drawRect(dev.adjusted(-1.5, -1.5, 1.5, 1.5))
            text = d.tag or d.value_text
            if self.series.labels and text:
                tw, th = fm.horizontalAdvance(text), fm.height()
                place = label_place(dev, tw, th, self.orientation, self.series.stacked, view)
                if place is None:
                    continue
                at, mode = place
                if mode == "on_bar":    # in the hatch colour over a box of the bar's fill
                    p.fillRect(QRectF(at.x() - 2, at.y() - th * 5 / 6, tw + 4, th), self.fill)
                    p.setPen(QColor(hatch.red(), hatch.green(), hatch.blue()))
                else:
                    p.setPen(QColor(self.theme.foreground))
                p.drawText(at, text)
        p.restore()

    def boundingRect(self):
        return super().boundingRect()


class PatternSample(pg.ItemSample):
    """Legend swatch that shows a bar series' fill pattern too (colour is not the only cue)."""

    def paint(self, p, *args):
        item = self.item
        if hasattr(item, "paint_sample") and item.isVisible():   # e.g. a map class
            return item.paint_sample(p)
        if not isinstance(item, PatternBars) or not item.isVisible():
            return super().paint(p, *args)
        rect = QRectF(2, 2, 18, 16)
        p.setRenderHint(p.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(item.theme.foreground), 1))
        p.setBrush(item.fill)
        p.drawRect(rect)
        style = palette.pattern(item.series.pattern)
        if style != Qt.BrushStyle.NoBrush:
            hatch = QColor("#000000") if item.fill.lightness() > 110 else QColor("#FFFFFF")
            hatch.setAlpha(170)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(hatch, style))
            p.drawRect(rect)
