"""The drawing half of ChartView: a ChartSpec laid out on a pyqtgraph canvas, with title,
subtitle (unit, data year, edition) and source lines in the scene so every export carries
them. ``_draw`` builds everything; ``_update_in_place`` changes only data and text of what
was built when the new spec has the same structure (``signature``), so a chart that follows
a slider is never torn down per change.

Fixed layout for charts that update in place: each text block (title, subtitle, footer)
keeps the number of lines reserved when it was built (with room for a few more characters);
a text that would need more lines is cut with an ellipsis and shown whole in the block's
tooltip, so changing numbers never move the plot or squeeze it.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF

from reetool.ui.charts import axis_labels, map_items, palette, ref_labels
from reetool.ui.charts.axes import GridAxis, GridLayer, NumberAxis
from reetool.ui.charts.items import PatternBars, PatternSample, label_font
from reetool.ui.charts.spec import ChartSpec, Panel, SeriesSpec
from reetool.ui.charts.text import fit, footer_text, reserve, subtitle_text, wrap
from reetool.ui.charts.text_block import TextBlock

# (size in points at scale 1, bold, muted colour) of the text blocks; compact charts
# (embedded beside their controls) use the smaller sizes
BLOCKS = {"title": (19, True, False), "subtitle": (12.5, False, True), "footer": (10.5, False, True)}
COMPACT = {"title": 15.5, "subtitle": 11.5, "footer": 10.5}


def signature(spec: ChartSpec, log_y: bool, theme: str) -> tuple:
    """What must stay the same for a spec to be drawn into the items of the last one."""
    panels = tuple(
        (p.orientation, tuple(p.categories), p.time, bool(p.log_y or (log_y and spec.log_option)),
         p.legend, p.x_label, p.y_label, tuple(r.horizontal for r in p.ref_lines), len(p.notes),
         tuple((s.key, s.kind, s.label, s.stacked, s.follows,
                s.kind != "range" or any(d.low is not None and d.high is not None for d in s.data),
                # a map's shapes are built for their classes: a new map is drawn anew
                tuple((d.label, d.y, d.value_text) for d in s.data) if s.kind == "map" else ())
               for s in p.series))
        for p in spec.panels)
    return (spec.name, theme, bool(spec.footnote), panels)


class ChartDrawing:
    """Mixed into ChartView (a QWidget with ``canvas``, ``theme``, ``hidden``, ``log_y``)."""

    # --- text blocks ------------------------------------------------------------------------
    def _text_html(self, text: str, size: float, bold=False, color=None) -> str:
        color = color or self.theme.foreground
        weight = "bold" if bold else "normal"
        return (f"<span style='font-size:{size}pt; font-weight:{weight}; color:{color}'>"
                f"{html.escape(text) if text else '&nbsp;'}</span>")

    def _label(self, row: int, text_lines: list[str], size: float, bold=False, color=None,
               justify="left"):
        item = TextBlock(justify=justify)   # re-laid out only when its height changes
        item.item.setFont(label_font(size, bold))
        item.setText("<br>".join(self._text_html(t, size, bold, color) for t in text_lines))
        self.canvas.ci.addItem(item, row=row, col=0)
        return item

    def _lines_for(self, text: str, width: int) -> int:
        """Lines a block takes: live charts reserve room for longer texts to come."""
        return reserve(text, width) if self.live else len(wrap(text, width))

    def _style(self, key: str) -> tuple[float, bool, bool]:
        size, bold, muted = BLOCKS[key]
        return self.pt(COMPACT[key] if self.params.compact else size), bold, muted

    def _block(self, row: int, key: str, text: str):
        """A text block (title, subtitle or footer) at layout ``row``."""
        size, bold, muted = self._style(key)
        width = self._wrap_width(size)
        lines = self._lines_for(text, width)
        item = self._label(row, fit(text, width, lines)[0], size, bold,
                           self.theme.muted if muted else None)
        self.blocks[key] = (item, lines, text)
        return item

    def _set_block(self, key: str, text: str, reflow: bool = False) -> None:
        """New text in a block, in the lines it has (``reflow``: after a width change)."""
        item, lines, old = self.blocks[key]
        if text == old and not reflow:
            return
        size, bold, muted = self._style(key)
        width = self._wrap_width(size)
        if reflow:
            lines = self._lines_for(text, width)
        shown, cut = fit(text, width, lines)
        item.setText("<br>".join(self._text_html(t, size, bold, self.theme.muted if muted else None)
                                 for t in shown))
        item.setToolTip(text if cut else "")
        self.blocks[key] = (item, lines, text)

    def _layout_width(self) -> int:
        w = self.canvas.width()
        return w if w >= 50 else max(self.width(), 640)

    def _wrap_width(self, size_pt: float) -> int:
        px = self._layout_width() - 40
        return max(24, int(px / (size_pt * 1.33 * 0.62)))

    def font_scale(self) -> float:
        """Text size follows the chart's size (a slide at 1280×800 = 1; small views shrink)."""
        w, h = max(self.canvas.width(), 1), max(self.canvas.height(), 1)
        if w < 50 or h < 50:  # not laid out yet
            w, h = max(self.width(), 1), max(self.height(), 1)
        from reetool.ui import zoom

        scale = self.text_scale if self.text_scale is not None else zoom.text_factor()
        return max(0.72, min(1.35, min(w / 1280.0, h / 800.0))) * scale

    def pt(self, size: float) -> float:
        return round(size * self.fs, 1)

    # --- building ---------------------------------------------------------------------------
    def _reset_canvas(self):
        """Empty the canvas before drawing; returns its central layout."""
        ci = self.canvas.ci
        ci.clear()
        self.plots.clear()
        self.legends = {}
        self.blocks = {}
        self.refs = {}
        self._ref_points = {}       # plot -> (panel, its data points) for the labels
        self.notes = {}
        self.crosshairs.clear()
        self._signature = None
        self.canvas.setBackground(self.theme.background)
        self.fs = self.font_scale()
        return ci

    def _draw_error(self, message: str) -> None:
        self._reset_canvas()
        self._label(0, [self.definition.title], self.pt(19), bold=True)
        self._label(1, [Q.translate("Charts", "This chart cannot be drawn:")] +
                    wrap(message, self._wrap_width(self.pt(12))), self.pt(12))

    def _draw(self, spec: ChartSpec, params) -> None:
        ci = self._reset_canvas()
        ci.setContentsMargins(14, 10, 18, 8)
        ci.setSpacing(4)
        self.title_item = self._block(0, "title", spec.title)
        self.subtitle_item = self._block(1, "subtitle", subtitle_text(spec))
        row = 2
        for panel in spec.panels:
            plot = self._draw_panel(panel, params)
            ci.addItem(plot, row=row, col=0)
            ci.layout.setRowStretchFactor(row, 10)
            row += 1
            if self.legends.get(plot) is not None:
                ci.addItem(self.legends[plot], row=row, col=0)
                row += 1
        self.source_item = self._block(row, "footer", footer_text(spec))
        self._signature = signature(spec, self.log_y, params.theme)

    def _axis_style(self, plot: pg.PlotItem) -> None:
        for name in ("left", "bottom", "right", "top"):
            ax = plot.getAxis(name)
            ax.setPen(pg.mkPen(self.theme.foreground))
            ax.setTextPen(pg.mkPen(self.theme.foreground))
            ax.setTickFont(label_font(self.pt(11.5)))
            ax.label.setFont(label_font(self.pt(12)))
        GridLayer(plot, self.theme.background)   # the grid: opaque, behind the data, fast

    def _panel_log(self, panel: Panel) -> bool:
        return bool(panel.log_y or (self.log_y and self.spec.log_option))

    def _draw_panel(self, panel: Panel, params) -> pg.PlotItem:
        value_axis = "bottom" if panel.orientation == "h" else "left"
        other = "left" if value_axis == "bottom" else "bottom"
        plot = pg.PlotItem(axisItems={value_axis: NumberAxis(value_axis), other: GridAxis(other)})
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self._axis_style(plot)
        fg = self.theme.foreground
        if panel.x_label:
            plot.setLabel("bottom", panel.x_label, color=fg)
        if panel.y_label:
            plot.setLabel("left", panel.y_label, color=fg)
            axis_labels.fit_left_title(plot)
        plot.showGrid(x=panel.orientation == "h" or panel.time, y=panel.orientation != "h",
                      alpha=self.theme.grid_alpha)
        log = self._panel_log(panel)
        if any(x.kind == "map" for x in panel.series):
            map_items.prepare_plot(plot)
        if log:  # pre-transformed data; the axis prints 10^n ticks
            plot.getAxis("left").setLogMode(False, True)
        if panel.categories:
            ticks = [(i, c) for i, c in enumerate(panel.categories)]
            plot.getAxis("left" if panel.orientation == "h" else "bottom").setTicks([ticks])
            if panel.orientation == "h":
                fm = QFontMetricsF(label_font(self.pt(11.5)))
                plot.getAxis("left").setWidth(
                    int(max(fm.horizontalAdvance(c) for c in panel.categories) + 18))
                plot.invertY(True)
        legend = self._legend(panel) if panel.legend and panel.series and (
            len(panel.series) > 1 or panel.series[0].kind != "bar") else None
        entries = []
        for s in panel.series:
            item = self._draw_series(plot, panel, s, params, log)
            if item is None:
                continue
            if s.key in self.hidden or (s.follows and s.follows in self.hidden):
                item.setVisible(False)
            entries.append((s, item))
            if legend is not None and not s.follows:
                legend.addItem(item, s.label)
        if legend is not None:
            for sample, _label in legend.items:
                sample.sigClicked.connect(self._on_legend_clicked)
        top = max((r.value for r in panel.ref_lines if r.horizontal), default=None)
        self.refs[plot] = [self._ref_line(plot, k, ref, above=ref.value == top)
                           for k, ref in enumerate(panel.ref_lines)]
        if panel.ref_lines:       # labels kept clear of the data (and of each other)
            ref_labels.attach(plot, lambda p=plot: self._place_ref_labels(p))
        self.notes[plot] = []
        for x, y, text in panel.notes:
            t = pg.TextItem(text, color=self.theme.muted, anchor=(0.5, 1))
            t.setFont(label_font(self.pt(10.5)))
            t.setPos(x, math.log10(y) if log and y > 0 else y)
            plot.addItem(t)
            self.notes[plot].append(t)
        if panel.time:
            vl = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(self.theme.muted, width=1))
            hl = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen(self.theme.muted, width=1))
            for ln in (vl, hl):
                ln.setVisible(False)
                plot.addItem(ln, ignoreBounds=True)
            self.crosshairs.append((vl, hl))
        self._apply_ranges(plot, panel, log)
        self.plots.append((plot, panel, entries))
        self.legends[plot] = legend
        return plot

    def _legend(self, panel: Panel):
        bg = QColor(self.theme.background)
        n = len([x for x in panel.series if not x.follows])
        # as many columns as fit the width (a wide legend would widen the whole layout)
        fm = QFontMetricsF(label_font(self.pt(11.5)))
        entry = max(fm.horizontalAdvance(x.label) for x in panel.series if not x.follows) + 62
        fit_cols = max(1, int((self._layout_width() - 40) // entry))
        return pg.LegendItem(labelTextColor=self.theme.foreground,
                             labelTextSize=f"{self.pt(11.5):.1f}pt",
                             colCount=max(1, min(n, fit_cols, 3 if n > 4 else n)),
                             brush=pg.mkBrush(bg), pen=pg.mkPen(self.theme.background),
                             horSpacing=22, sampleType=PatternSample)

    def _ref_line(self, plot, k: int, ref, above: bool = True):
        # labels start spread along the line (ref_labels then moves them clear of the data);
        # the highest line's label sits above it, the others hang below theirs, so no label
        # is struck through by a neighbouring line
        pos, ax = ref_labels.PLACES[k % 3]
        anchor = (ax, 1) if above or not ref.horizontal else (ax, 0)
        line = pg.InfiniteLine(pos=ref.value, angle=0 if ref.horizontal else 90,
                               pen=pg.mkPen(self.theme.muted, width=1.5, style=Qt.PenStyle.DashLine),
                               label=ref.label,
                               labelOpts={"position": pos if ref.horizontal else 0.9,
                                          "color": self.theme.foreground,
                                          "anchors": [anchor, anchor]})
        line.label.setFont(label_font(self.pt(10.5)))
        plot.addItem(line, ignoreBounds=True)
        return line

    @staticmethod
    def _apply_ranges(plot, panel: Panel, log: bool) -> None:
        """The chart's own ranges (fixed ones from the spec, automatic for the rest)."""
        plot.vb.enableAutoRange(x=True, y=True)
        plot.vb.updateAutoRange()
        if panel.y_range is not None and not log:
            if panel.orientation == "h":
                plot.setXRange(*panel.y_range, padding=0)
            else:
                plot.setYRange(*panel.y_range, padding=0)
        if panel.categories:
            n = len(panel.categories)
            if panel.orientation == "h":
                plot.setYRange(-0.6, n - 0.4, padding=0)
            else:
                plot.setXRange(-0.6, n - 0.4, padding=0)

    @staticmethod
    def _ys(log: bool):
        if log:
            return lambda v: math.log10(v) if (v is not None and v > 0) else np.nan
        return lambda v: np.nan if v is None else v

    def _line_data(self, s: SeriesSpec, log: bool) -> dict:
        """x, y and (for symbols) their brushes: one brush when every point looks the same,
        since a list makes pyqtgraph render each symbol on its own."""
        ys, th = self._ys(log), self.theme
        data = {"x": np.array([d.x for d in s.data], dtype=float),
                "y": np.array([ys(d.y) for d in s.data], dtype=float)}
        if s.symbol is not None:   # (any symbol brush would switch pyqtgraph's symbols on)
            col = palette.color(s.color, th)
            hollow = [d.hollow for d in s.data]
            data["symbolBrush"] = (pg.mkBrush(col) if not any(hollow) else
                                   [pg.mkBrush(th.background) if h else pg.mkBrush(col)
                                    for h in hollow])
        return data

    def _range_data(self, s: SeriesSpec, log: bool) -> dict | None:
        ys = self._ys(log)
        data = [d for d in s.data if d.low is not None and d.high is not None]
        if not data:
            return None
        lo = np.array([ys(d.low) for d in data])
        hi = np.array([ys(d.high) for d in data])
        return {"x": np.array([d.x for d in data], dtype=float), "y": lo, "top": hi - lo,
                "bottom": np.zeros(len(data))}

    def _draw_series(self, plot, panel: Panel, s: SeriesSpec, params, log: bool):
        th = self.theme
        col = palette.color(s.color, th)
        if s.kind == "map":
            return map_items.add_to_plot(plot, s, th, params.country)
        if s.kind == "bar":
            item = PatternBars(s, panel.orientation, th, selected=params.country, log_y=log)
            item.font_size = self.pt(10.5)
            plot.addItem(item)
            return item
        if s.kind == "range":
            data = self._range_data(s, log)
            if data is None:
                return None
            item = pg.ErrorBarItem(**data, beam=0.3, pen=pg.mkPen(col, width=3))
            item.opts["symbol"] = None
            plot.addItem(item)
            return item
        data = self._line_data(s, log)
        pen = None if s.kind == "scatter" else pg.mkPen(
            col, width=3, style=Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
        symbols = {"symbolSize": 11, "symbolBrush": data["symbolBrush"],
                   "symbolPen": pg.mkPen(col, width=2)} if s.symbol is not None else {}
        item = pg.PlotDataItem(data["x"], data["y"], pen=pen, symbol=s.symbol, connect="finite",
                               antialias=True, **symbols)
        plot.addItem(item)
        return item

    def _place_ref_labels(self, plot) -> None:
        """Reference-line labels clear of the data (points kept while the panel is the same)."""
        panel = next((pn for q, pn, _e in self.plots if q is plot), None)
        if panel is None or plot not in self.refs:
            return
        if self._ref_points.get(plot, (None,))[0] is not panel:
            self._ref_points[plot] = (panel, ref_labels.series_arrays(panel, self._panel_log(panel)))
        ref_labels.place(plot, self.refs[plot], self._ref_points[plot][1])

    # --- updating in place -----------------------------------------------------------------------
    def _update_in_place(self, spec: ChartSpec, params) -> None:
        """Draw ``spec`` into the items built for the previous one (same ``signature``)."""
        self.spec = spec
        self.hover_text, self.hover_datum = "", None
        self._set_block("title", spec.title)
        self._set_block("subtitle", subtitle_text(spec))
        self._set_block("footer", footer_text(spec))
        for (plot, _old, entries), panel in zip(self.plots, spec.panels):
            log = self._panel_log(panel)
            by_key = {s.key: s for s in panel.series}
            fresh = []
            for s_old, item in entries:
                s = by_key[s_old.key]
                if isinstance(item, PatternBars):
                    item.set_series(s, selected=params.country)
                elif isinstance(item, pg.ErrorBarItem):
                    item.setData(**self._range_data(s, log))
                else:
                    data = self._line_data(s, log)
                    item.setData(data.pop("x"), data.pop("y"), **data)
                fresh.append((s, item))
            entries[:] = fresh
            for line, ref in zip(self.refs[plot], panel.ref_lines):
                line.setValue(ref.value)
                if line.label.format != ref.label:      # setFormat re-renders the text
                    line.label.setFormat(ref.label)
            for t, (x, y, text) in zip(self.notes[plot], panel.notes):
                t.setText(text)
                t.setPos(x, math.log10(y) if log and y > 0 else y)
            if (panel.y_range, len(panel.categories)) != (_old.y_range, len(_old.categories)):
                self._apply_ranges(plot, panel, log)   # else the ranges stand (auto ones follow)
        self.plots[:] = [(plot, panel, entries)
                         for (plot, _old, entries), panel in zip(self.plots, spec.panels)]
        for plot, panel, _entries in self.plots:
            if panel.ref_lines:
                self._place_ref_labels(plot)
