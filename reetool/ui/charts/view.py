"""ChartView: draws a ChartSpec with title, unit, data year and source line in the scene
(so every export carries them), hover tooltips on every bar and point, a crosshair on time
series, zoom/pan with reset, legend click to hide a series, click a bar to select a country,
a toolbar and a right-click menu for export. Usable on the Charts page and embedded elsewhere:
``ChartView("production_shares")``.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFontMetricsF
from PySide6.QtWidgets import (
    QFileDialog, QInputDialog, QMenu, QToolBar, QToolTip, QVBoxLayout, QWidget,
)

from reetool.commands.output import display_width
from reetool.ui.charts import export, palette
from reetool.ui.charts.items import PatternBars, PatternSample, label_font
from reetool.ui.charts.registry import ChartParams, chart
from reetool.ui.charts.spec import ChartSpec, Datum, Panel, SeriesSpec
from reetool.ui.state import app_state

HOVER_RADIUS_PX = 14


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap by display width (CJK counts double); CJK text may break anywhere."""
    lines, line = [], ""
    for word in text.replace("\n", " \n ").split(" "):
        if word == "\n":
            lines.append(line)
            line = ""
            continue
        cand = f"{line} {word}" if line else word
        if display_width(cand) <= width:
            line = cand
            continue
        if line:
            lines.append(line)
        while display_width(word) > width:  # long CJK runs
            cut = 1
            while cut < len(word) and display_width(word[:cut + 1]) <= width:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def source_text(spec: ChartSpec) -> str:
    ids = spec.all_sources()
    if len(ids) > 8:  # group numbered publications: CNQ-01 … CNQ-28 (28 publications)
        groups: dict[str, list[str]] = {}
        for sid in ids:
            groups.setdefault(sid.rsplit("-", 1)[0] if sid[-1:].isdigit() and "-" in sid else sid,
                              []).append(sid)
        parts = []
        for prefix, members in groups.items():
            if len(members) > 2:
                parts.append(Q.translate("Charts", "{first}…{last} ({n} publications)").format(
                    first=members[0], last=members[-1], n=len(members)))
            else:
                parts.extend(members)
        id_text = "; ".join(parts)
    else:
        id_text = "; ".join(ids)
    return Q.translate("Charts", "Source: {ids}").format(ids=id_text)


class NumberAxis(pg.AxisItem):
    """Value axis with thousands separators (400,000 rather than 400000)."""

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return super().tickStrings(values, scale, spacing)
        decimals = max(0, -int(math.floor(math.log10(spacing * scale)))) if spacing > 0 else 0
        return [f"{v * scale:,.{decimals}f}" for v in values]


class ChartView(QWidget):
    """One chart with its toolbar. ``name`` is a registry name."""

    selection_changed = Signal(str)

    def __init__(self, name: str, params: ChartParams | None = None, parent=None,
                 toolbar: bool = True, follow_state: bool = True):
        super().__init__(parent)
        self.setObjectName(f"chart_{name}")
        self.definition = chart(name)
        self.params = params or ChartParams()
        self.follow_state = follow_state
        self.log_y = self.definition.log_default
        self.hidden: set[str] = set()
        self.hover_text = ""
        self.hover_datum: Datum | None = None
        self.spec: ChartSpec | None = None
        self.error = ""
        self.fs = 1.0
        self.text_scale: float | None = None   # fixed text scale (slides); None = app zoom
        self.plots: list[tuple[pg.PlotItem, Panel, list]] = []
        self.crosshairs: list[tuple[pg.InfiniteLine, pg.InfiniteLine]] = []

        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setObjectName("chart_canvas")
        self.canvas.setMinimumSize(320, 240)
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.canvas.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.toolbar = QToolBar(objectName="chart_toolbar") if toolbar else None
        self.actions_: dict[str, QAction] = {}
        for key, slot in (("reset", self.reset_view), ("log", self.toggle_log),
                          ("png", self.ask_png), ("png_size", self.ask_png_size),
                          ("svg", self.ask_svg), ("csv", self.ask_csv), ("copy", self.copy_image)):
            act = QAction(self, objectName=f"act_chart_{key}")
            act.triggered.connect(slot)
            self.actions_[key] = act
            if self.toolbar is not None:
                self.toolbar.addAction(act)
        self.actions_["log"].setCheckable(True)
        self.actions_["log"].setChecked(self.log_y)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        if self.toolbar is not None:
            lay.addWidget(self.toolbar)
        lay.addWidget(self.canvas, 1)
        if follow_state:
            app_state().changed.connect(self._on_state)
        from reetool.ui import zoom

        zoom.notifier().changed.connect(self._on_zoom)   # chart text follows the app zoom
        self.retranslate_actions()
        self.rebuild()

    # --- building ---------------------------------------------------------------------
    def current_params(self) -> ChartParams:
        p = self.params
        if self.follow_state:
            st = app_state()
            p = ChartParams(commodity=st.get("commodity") or p.commodity,
                            year=st.get("year") if p.year is None else p.year,
                            edition=st.get("edition") if p.edition is None else p.edition,
                            country=st.get("country"), scenario=st.get("scenario"),
                            theme=st.get("theme") or "light")
        p.log_y = self.log_y
        return p

    def rebuild(self) -> None:
        """Build the spec from the data and draw it. A failure (e.g. broken data) is shown in
        the chart area and kept in ``self.error``; it never escapes into Qt's event handling."""
        params = self.current_params()
        self.theme = palette.theme(params.theme)
        try:
            spec = self.definition.build(params)
        except Exception as exc:  # shown to the user instead of a half-built widget
            self.error = f"{type(exc).__name__}: {exc}"
            self.spec = None
            self._draw_error(self.error)
            return
        self.error = ""
        self.spec = spec
        self.actions_["log"].setVisible(spec.log_option)
        self._draw(self.spec, params)

    def _reset_canvas(self):
        """Empty the canvas before drawing; returns its central layout."""
        ci = self.canvas.ci
        ci.clear()
        self.plots.clear()
        self.legends = {}
        self.crosshairs.clear()
        self.canvas.setBackground(self.theme.background)
        self.fs = self.font_scale()
        return ci

    def _draw_error(self, message: str) -> None:
        self._reset_canvas()
        self._label(0, [self.definition.title], self.pt(19), bold=True)
        self._label(1, [Q.translate("Charts", "This chart cannot be drawn:")] +
                    wrap(message, self._wrap_width(self.pt(12))), self.pt(12))

    def _text_html(self, text: str, size: float, bold=False, color=None) -> str:
        color = color or self.theme.foreground
        weight = "bold" if bold else "normal"
        return (f"<span style='font-size:{size}pt; font-weight:{weight}; color:{color}'>"
                f"{html.escape(text)}</span>")

    def _label(self, row: int, text_lines: list[str], size: float, bold=False, color=None,
               justify="left"):
        item = pg.LabelItem(justify=justify)
        item.item.setFont(label_font(size, bold))
        body = "<br>".join(self._text_html(t, size, bold, color) for t in text_lines)
        item.setText(body)
        self.canvas.ci.addItem(item, row=row, col=0)
        return item

    def _layout_width(self) -> int:
        w = self.canvas.width()
        return w if w >= 50 else max(self.width(), 640)

    def _wrap_width(self, size_pt: float) -> int:
        px = self._layout_width() - 40
        return max(24, int(px / (size_pt * 1.33 * 0.62)))

    def _draw(self, spec: ChartSpec, params: ChartParams) -> None:
        ci = self._reset_canvas()
        ci.setContentsMargins(14, 10, 18, 8)
        ci.setSpacing(4)
        row = 0
        self.title_item = self._label(row, wrap(spec.title, self._wrap_width(self.pt(19))),
                                      self.pt(19), bold=True)
        row += 1
        sub = [Q.translate("Charts", "Unit: {unit}").format(unit=spec.unit),
               Q.translate("Charts", "Data year: {year}").format(year=spec.data_year)]
        if spec.edition:
            sub.append(Q.translate("Charts", "Edition: {edition}").format(edition=spec.edition))
        if spec.subtitle:
            sub.append(spec.subtitle)
        self.subtitle_item = self._label(row, wrap("  ·  ".join(sub),
                                                     self._wrap_width(self.pt(12.5))),
                                         self.pt(12.5), color=self.theme.muted)
        row += 1
        for panel in spec.panels:
            plot = self._draw_panel(panel, params)
            ci.addItem(plot, row=row, col=0)
            ci.layout.setRowStretchFactor(row, 10)
            row += 1
            if self.legends.get(plot) is not None:
                ci.addItem(self.legends[plot], row=row, col=0)
                row += 1
        lines = []
        if spec.footnote:
            lines += wrap(spec.footnote, self._wrap_width(self.pt(10.5)))
        lines += wrap(source_text(spec), self._wrap_width(self.pt(10.5)))
        self.source_item = self._label(row, lines, self.pt(10.5), color=self.theme.muted)

    def _axis_style(self, plot: pg.PlotItem) -> None:
        for name in ("left", "bottom", "right", "top"):
            ax = plot.getAxis(name)
            ax.setPen(pg.mkPen(self.theme.foreground))
            ax.setTextPen(pg.mkPen(self.theme.foreground))
            ax.setTickFont(label_font(self.pt(11.5)))
            ax.label.setFont(label_font(self.pt(12)))

    def _draw_panel(self, panel: Panel, params: ChartParams) -> pg.PlotItem:
        value_axis = "bottom" if panel.orientation == "h" else "left"
        plot = pg.PlotItem(axisItems={value_axis: NumberAxis(value_axis)})
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self._axis_style(plot)
        fg = self.theme.foreground
        if panel.x_label:
            plot.setLabel("bottom", panel.x_label, color=fg)
        if panel.y_label:
            plot.setLabel("left", panel.y_label, color=fg)
        plot.showGrid(x=panel.orientation == "h" or panel.time, y=panel.orientation != "h",
                      alpha=self.theme.grid_alpha)
        log = panel.log_y or (self.log_y and self.spec.log_option)
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
        legend = None
        if panel.legend and panel.series and (len(panel.series) > 1 or
                                              panel.series[0].kind != "bar"):
            bg = QColor(self.theme.background)
            n = len([x for x in panel.series if not x.follows])
            # as many columns as fit the width (a wide legend would widen the whole layout)
            fm = QFontMetricsF(label_font(self.pt(11.5)))
            entry = max(fm.horizontalAdvance(x.label) for x in panel.series if not x.follows) + 62
            fit = max(1, int((self._layout_width() - 40) // entry))
            legend = pg.LegendItem(labelTextColor=fg, labelTextSize=f"{self.pt(11.5):.1f}pt",
                                   colCount=max(1, min(n, fit, 3 if n > 4 else n)),
                                   brush=pg.mkBrush(bg), pen=pg.mkPen(self.theme.background),
                                   horSpacing=22, sampleType=PatternSample)
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
        for k, ref in enumerate(panel.ref_lines):
            # labels spread along the line so close thresholds do not overprint each other
            pos = 0.98 - 0.34 * (k % 3)
            line = pg.InfiniteLine(pos=ref.value, angle=0 if ref.horizontal else 90,
                                   pen=pg.mkPen(self.theme.muted, width=1.5,
                                                style=Qt.PenStyle.DashLine),
                                   label=ref.label,
                                   labelOpts={"position": pos if ref.horizontal else 0.9,
                                              "color": self.theme.foreground,
                                              "anchors": [(1, 1), (1, 1)]})
            line.label.setFont(label_font(self.pt(10.5)))
            plot.addItem(line, ignoreBounds=True)
        for x, y, text in panel.notes:
            t = pg.TextItem(text, color=self.theme.muted, anchor=(0.5, 1))
            t.setFont(label_font(self.pt(10.5)))
            t.setPos(x, math.log10(y) if log and y > 0 else y)
            plot.addItem(t)
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

    def _draw_series(self, plot, panel: Panel, s: SeriesSpec, params: ChartParams, log: bool):
        th = self.theme
        col = palette.color(s.color, th)
        if s.kind == "bar":
            item = PatternBars(s, panel.orientation, th, selected=params.country, log_y=log)
            item.font_size = self.pt(10.5)
            plot.addItem(item)
            return item
        ys = lambda v: (math.log10(v) if (v is not None and v > 0) else np.nan) if log else \
            (np.nan if v is None else v)
        if s.kind == "range":
            data = [d for d in s.data if d.low is not None and d.high is not None]
            if not data:
                return None
            x = np.array([d.x for d in data], dtype=float)
            lo = np.array([ys(d.low) for d in data])
            hi = np.array([ys(d.high) for d in data])
            item = pg.ErrorBarItem(x=x, y=lo, top=hi - lo, bottom=np.zeros(len(x)), beam=0.3,
                                   pen=pg.mkPen(col, width=3))
            item.opts["symbol"] = None
            plot.addItem(item)
            return item
        x = np.array([d.x for d in s.data], dtype=float)
        y = np.array([ys(d.y) for d in s.data], dtype=float)
        brushes = [pg.mkBrush(th.background) if d.hollow else pg.mkBrush(col) for d in s.data]
        pen = None if s.kind == "scatter" else pg.mkPen(
            col, width=3, style=Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
        item = pg.PlotDataItem(x, y, pen=pen, symbol=s.symbol, symbolSize=11,
                               symbolBrush=brushes, symbolPen=pg.mkPen(col, width=2),
                               connect="finite", antialias=True)
        plot.addItem(item)
        return item

    # --- interaction ------------------------------------------------------------------
    def _hit(self, scene_pos: QPointF):
        """(series, datum, plot) under ``scene_pos`` or None."""
        for plot, panel, entries in self.plots:
            vb = plot.vb
            if not vb.sceneBoundingRect().contains(scene_pos):
                continue
            vpt = vb.mapSceneToView(scene_pos)
            for s, item in reversed(entries):
                if item.isVisible() and isinstance(item, PatternBars):
                    d = item.hit(vpt)
                    if d is not None:
                        return s, d, plot
            best, best_dist = None, HOVER_RADIUS_PX
            log = panel.log_y or (self.log_y and self.spec.log_option)
            for s, item in entries:
                if not item.isVisible() or isinstance(item, PatternBars):
                    continue
                for d in s.data:
                    yv = d.y if d.y is not None else d.low
                    for v in ((yv, d.high) if s.kind == "range" else (yv,)):
                        if v is None or (log and v <= 0):
                            continue
                        pt = vb.mapViewToScene(QPointF(d.x, math.log10(v) if log else v))
                        dist = math.hypot(pt.x() - scene_pos.x(), pt.y() - scene_pos.y())
                        if dist < best_dist:
                            best, best_dist = (s, d, plot), dist
            return best
        return None

    def tooltip_for(self, s: SeriesSpec, d: Datum) -> str:
        head = s.label if not d.label else f"{d.label} — {s.label}"
        lines = [head, d.value_text or "—"]
        if d.year is not None:
            lines.append(Q.translate("Charts", "Year: {year}").format(year=d.year))
        if d.edition:
            lines.append(Q.translate("Charts", "Edition: {edition}").format(edition=d.edition))
        if d.note:
            lines.append(d.note)
        lines.append(Q.translate("Charts", "Source: {ids}").format(ids="; ".join(d.source_ids)))
        return "\n".join(lines)

    def hover_at(self, scene_pos: QPointF) -> str:
        """Update crosshair and tooltip for the mouse at ``scene_pos``; returns the tooltip."""
        time_plots = [(p, pa) for p, pa, _ in self.plots if pa.time]
        for (plot, _panel), (vl, hl) in zip(time_plots, self.crosshairs):
            inside = plot.vb.sceneBoundingRect().contains(scene_pos)
            vl.setVisible(inside)
            hl.setVisible(inside)
            if inside:
                vpt = plot.vb.mapSceneToView(scene_pos)
                vl.setPos(vpt.x())
                hl.setPos(vpt.y())
        hit = self._hit(scene_pos)
        if hit is None:
            self.hover_text, self.hover_datum = "", None
            QToolTip.hideText()
            return ""
        s, d, _plot = hit
        self.hover_text, self.hover_datum = self.tooltip_for(s, d), d
        view_pos = self.canvas.mapFromScene(scene_pos)
        QToolTip.showText(self.canvas.viewport().mapToGlobal(view_pos),
                          "<p style='white-space:pre'>" + html.escape(self.hover_text) + "</p>",
                          self.canvas)
        return self.hover_text

    def _on_mouse_moved(self, scene_pos) -> None:
        self.hover_at(QPointF(scene_pos))

    def _on_mouse_clicked(self, ev) -> None:
        if ev.button() == Qt.MouseButton.RightButton:
            ev.accept()
            self.context_menu().popup(ev.screenPos().toPoint())
            return
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        hit = self._hit(ev.scenePos())
        if hit is not None and hit[1].country:
            self.select_country(hit[1].country)

    def select_country(self, country: str | None) -> None:
        """Select (or, when already selected, clear) a country across every chart."""
        st = app_state()
        new = None if st.get("country") == country else country
        st.set("country", new)
        if not self.follow_state:
            self._apply_selection(new)
        self.selection_changed.emit(new or "")

    def _apply_selection(self, country: str | None) -> None:
        for _plot, _panel, entries in self.plots:
            for _s, item in entries:
                if isinstance(item, PatternBars):
                    item.set_selected(country)

    def _on_legend_clicked(self, item) -> None:
        """A legend click toggled ``item``: remember it, and hide/show its linked series."""
        for _plot, _panel, entries in self.plots:
            for s, it in entries:
                if it is item:
                    (self.hidden.discard if item.isVisible() else self.hidden.add)(s.key)
                    for s2, it2 in entries:
                        if s2.follows == s.key:
                            it2.setVisible(item.isVisible())

    def series_visible(self, key: str) -> bool:
        for _plot, _panel, entries in self.plots:
            for s, it in entries:
                if s.key == key:
                    return it.isVisible()
        raise KeyError(key)

    def legend_sample(self, key: str):
        """The legend entry (ItemSample) of series ``key`` (tests click it)."""
        for plot, _panel, entries in self.plots:
            legend = self.legends.get(plot)
            if legend is None:
                continue
            for s, it in entries:
                if s.key == key:
                    for sample, _label in legend.items:
                        if sample.item is it:
                            return sample
        raise KeyError(key)

    def reset_view(self) -> None:
        for plot, panel, _entries in self.plots:
            self._apply_ranges(plot, panel, panel.log_y or (self.log_y and self.spec.log_option))

    def toggle_log(self, on: bool | None = None) -> None:
        self.log_y = (not self.log_y) if on is None else bool(on)
        self.actions_["log"].setChecked(self.log_y)
        self.rebuild()

    def _on_state(self, field: str) -> None:
        if field == "country":
            self._apply_selection(app_state().get("country"))
            if self.definition.follows_country:
                self.rebuild()
        elif field in self.definition.follows:
            self.rebuild()

    # --- menu, export -----------------------------------------------------------------
    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("chart_context_menu")
        for key in ("reset", "log", "png", "png_size", "svg", "csv", "copy"):
            if key == "log" and not (self.spec and self.spec.log_option):
                continue
            if key == "png":
                menu.addSeparator()
            menu.addAction(self.actions_[key])
        add = self.window().findChild(QAction, "act_add_to_briefing")
        if add is not None:     # the main window's "Add to briefing" (same shortcut everywhere)
            menu.addSeparator()
            menu.addAction(add)
        return menu

    def retranslate_actions(self) -> None:
        texts = {
            "reset": Q.translate("Charts", "Reset view"),
            "log": Q.translate("Charts", "Log scale"),
            "png": Q.translate("Charts", "Export PNG (2×)…"),
            "png_size": Q.translate("Charts", "Export PNG at size…"),
            "svg": Q.translate("Charts", "Export SVG…"),
            "csv": Q.translate("Charts", "Export CSV (plotted data)…"),
            "copy": Q.translate("Charts", "Copy image"),
        }
        for key, text in texts.items():
            self.actions_[key].setText(text)
            self.actions_[key].setToolTip(text)
        if self.spec is not None:
            self.actions_["log"].setVisible(self.spec.log_option)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_actions()
            self.rebuild()
        super().changeEvent(event)

    def _on_zoom(self) -> None:
        if self.text_scale is None and self.spec is not None:
            self.rebuild()

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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.spec is None:
            return
        if abs(self.font_scale() - self.fs) > 0.04:
            self.rebuild()
        elif event.oldSize().width() != event.size().width():
            self._rewrap()

    def _rewrap(self) -> None:
        """Re-wrap the title and source lines for the new width (no data rebuild)."""
        spec = self.spec
        big, small = self.pt(19), self.pt(10.5)
        self.title_item.setText("<br>".join(self._text_html(t, big, True)
                                            for t in wrap(spec.title, self._wrap_width(big))))
        lines = (wrap(spec.footnote, self._wrap_width(small)) if spec.footnote else []) + \
            wrap(source_text(spec), self._wrap_width(small))
        self.source_item.setText("<br>".join(self._text_html(t, small, color=self.theme.muted)
                                             for t in lines))

    def _ask_path(self, caption: str, suffix: str, filt: str) -> str:
        if self.spec is None:
            return ""
        path, _ = QFileDialog.getSaveFileName(self, caption, f"{self.definition.name}.{suffix}", filt)
        return path

    def ask_png(self) -> None:
        path = self._ask_path(Q.translate("Charts", "Export PNG"), "png", "PNG (*.png)")
        if path:
            export.write_png(self, path, scale=2.0)

    def ask_png_size(self) -> None:
        text, ok = QInputDialog.getText(self, Q.translate("Charts", "Export PNG at size"),
                                        Q.translate("Charts", "Size in pixels (width x height):"),
                                        text="1920x1080")
        if not ok:
            return
        size = export.parse_size(text)
        if size is None:
            return
        path = self._ask_path(Q.translate("Charts", "Export PNG"), "png", "PNG (*.png)")
        if path:
            export.write_png(self, path, size=size, scale=1.0)

    def ask_svg(self) -> None:
        path = self._ask_path(Q.translate("Charts", "Export SVG"), "svg", "SVG (*.svg)")
        if path:
            export.write_svg(self, path)

    def ask_csv(self) -> None:
        path = self._ask_path(Q.translate("Charts", "Export CSV"), "csv", "CSV (*.csv)")
        if path:
            export.write_csv(self.spec, path)

    def copy_image(self) -> None:
        if self.spec is not None:
            export.copy_to_clipboard(self)
