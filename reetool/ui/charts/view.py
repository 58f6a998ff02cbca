"""ChartView: draws a ChartSpec with title, unit, data year and source line in the scene
(so every export carries them), hover tooltips on every bar and point, a crosshair on time
series, zoom/pan with reset, legend click to hide a series, click a bar to select a country,
a toolbar and a right-click menu for export. Usable on the Charts page and embedded elsewhere:
``ChartView("production_shares")``.

A view that follows the shared state is built once and then updated in place: on a change it
rebuilds the (cheap) spec at once and redraws the same plot items with the new figures and
texts (reetool.ui.charts.drawing), at most once per screen frame, so a dragged slider costs
one redraw per frame. A hidden view only notes that it is stale and catches up when shown.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QToolBar, QToolTip, QVBoxLayout, QWidget

import pyqtgraph as pg

from reetool.ui.charts import export, palette
from reetool.ui.charts.drawing import ChartDrawing, signature
from reetool.ui.charts.registry import ChartParams, chart
from reetool.ui.charts.spec import ChartSpec, Datum, Panel, SeriesSpec
from reetool.ui.names import edition_label
from reetool.ui.state import app_state

HOVER_RADIUS_PX = 14


def frame_ms() -> int:
    """One frame of the primary screen (16 ms at 60 Hz; 60 Hz when the screen does not say)."""
    screen = QGuiApplication.primaryScreen()
    rate = screen.refreshRate() if screen is not None else 0.0
    return max(4, round(1000.0 / rate)) if rate and rate > 1 else 16


class ChartView(ChartDrawing, QWidget):
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
        self.blocks: dict = {}
        self.refs: dict = {}
        self.notes: dict = {}
        # a view following live changes keeps a fixed layout and draws at most once a frame
        self.live = follow_state and bool(self.definition.follows or self.definition.follows_country)
        self._signature = None
        self._stale = False
        self._pending = None          # (spec, params) waiting for the next frame
        self._frame = QTimer(self, singleShot=True, interval=frame_ms())
        self._frame.timeout.connect(self._next_frame)

        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setObjectName("chart_canvas")
        self.canvas.setMinimumSize(320, 240)
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.canvas.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.toolbar = QToolBar(objectName="chart_toolbar") if toolbar else None
        self.actions_: dict[str, QAction] = {}
        for key, slot in (("reset", self.reset_view), ("log", self.toggle_log),
                          ("png", lambda: export.ask_png(self)),
                          ("png_size", lambda: export.ask_png_size(self)),
                          ("svg", lambda: export.ask_svg(self)), ("csv", lambda: export.ask_csv(self)),
                          ("copy", lambda: export.copy_image(self))):
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
                            theme=st.get("theme") or "light", compact=p.compact,
                            metric=st.get("metric") or p.metric)
        p.log_y = self.log_y
        return p

    def _build_spec(self, params: ChartParams) -> ChartSpec | None:
        """The spec for ``params``; a failure (e.g. broken data) is drawn in the chart area and
        kept in ``self.error``; it never escapes into Qt's event handling."""
        self.theme = palette.theme(params.theme)
        try:
            spec = self.definition.build(params)
        except Exception as exc:  # shown to the user instead of a half-built widget
            self.error = f"{type(exc).__name__}: {exc}"
            self.spec = None
            self._pending = None
            self._draw_error(self.error)
            return None
        self.error = ""
        self.spec = spec
        self.actions_["log"].setVisible(spec.log_option)
        return spec

    def rebuild(self) -> None:
        """Build the spec from the data and draw everything afresh."""
        self._stale = False
        self._pending = None
        params = self.current_params()
        spec = self._build_spec(params)
        if spec is not None:
            self._draw(spec, params)

    def refresh(self) -> None:
        """Follow a change: while hidden, only note that the chart is stale; else rebuild the
        spec now and draw it into the existing items (a full rebuild when its structure
        changed), the first change at once and further ones at most once per frame."""
        if not self.isVisible():
            self._stale = True
            return
        params = self.current_params()
        was_error = self.spec is None
        spec = self._build_spec(params)
        if spec is None:
            return
        if was_error or self._signature != signature(spec, self.log_y, params.theme):
            self._pending = None
            self._draw(spec, params)
            return
        self._pending = (spec, params)
        if not self._frame.isActive():
            self._next_frame()

    def _next_frame(self) -> None:
        if self._pending is not None:
            spec, params = self._pending
            self._pending = None
            self._update_in_place(spec, params)
            self._frame.start()       # later changes wait for the next frame

    def flush(self) -> None:
        """Draw a change that is waiting for the next frame now (benchmarks, exports)."""
        if self._pending is not None:
            self._frame.stop()
            self._next_frame()
            self._frame.stop()

    def redraw(self) -> None:
        """Draw everything afresh (theme, language): now if shown, else when next shown."""
        if self.isVisible() or not self.follow_state:
            self.rebuild()
        else:
            self._stale, self._signature = True, None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    # --- interaction ------------------------------------------------------------------
    def _hit(self, scene_pos: QPointF):
        """(series, datum, plot) under ``scene_pos`` or None."""
        for plot, panel, entries in self.plots:
            vb = plot.vb
            if not vb.sceneBoundingRect().contains(scene_pos):
                continue
            vpt = vb.mapSceneToView(scene_pos)
            for s, item in reversed(entries):
                if item.isVisible() and hasattr(item, "hit"):     # bars and map shapes
                    d = item.hit(vpt)
                    if d is not None:
                        return s, d, plot
            best, best_dist = None, HOVER_RADIUS_PX
            log = panel.log_y or (self.log_y and self.spec.log_option)
            for s, item in entries:
                if not item.isVisible() or hasattr(item, "hit"):
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
            lines.append(Q.translate("Charts", "Edition: {edition}").format(edition=edition_label(d.edition)))
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
                if hasattr(item, "set_selected"):     # bars and map shapes
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
                self.refresh()
        elif field in self.definition.follows:
            self.refresh()

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
            self.redraw()
        super().changeEvent(event)

    def _on_zoom(self) -> None:
        if self.text_scale is None and self.spec is not None:
            self.redraw()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.spec is None:
            return
        if abs(self.font_scale() - self.fs) > 0.04:
            self.rebuild()
        elif event.oldSize().width() != event.size().width():
            self._rewrap()

    def _rewrap(self) -> None:
        """Re-wrap the text blocks for the new width (no data rebuild)."""
        for key, (_item, _lines, text) in list(self.blocks.items()):
            self._set_block(key, text, reflow=True)
