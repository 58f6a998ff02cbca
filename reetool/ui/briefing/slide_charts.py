"""Chart and scenario slides: the registry's charts drawn live from the data.

A chart on a slide is a hidden ChartView of the chart area's size (in design units) whose text
is scaled so that its smallest print (the source line, bar labels) is at least 1/40 of the
slide height; it is painted through reetool.ui.charts.export.paint_into (vector on PDF pages).
Views are cached per chart, parameters, size, theme and language.
"""

from __future__ import annotations

import json
from collections import OrderedDict

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPicture
from PySide6.QtCore import QCoreApplication as Q

from reetool.ui.briefing import slide_text as st

SMALLEST_PT = 10.5        # the smallest text a chart draws: ChartView.pt(10.5)
PT_PX = 96 / 72
TARGET_PX = st.MIN_PX + 0.5  # just above the 1/40 rule


def text_scale_for(w: float, h: float) -> float:
    base = max(0.72, min(1.35, min(w / 1280.0, h / 800.0)))
    return TARGET_PX / (SMALLEST_PT * PT_PX * base)


class ChartCache:
    def __init__(self, renderer, limit: int = 12) -> None:
        self.r = renderer
        self.limit = limit
        self._views: OrderedDict = OrderedDict()

    def view(self, name: str, params: dict, w: float, h: float):
        from reetool.ui.briefing.slide_text import Unavailable
        from reetool.ui.charts import export
        from reetool.ui.charts.registry import CHART_NAMES, ChartParams
        from reetool.ui.charts.view import ChartView

        key = (name, json.dumps(params, sort_keys=True, default=str), round(w), round(h))
        if key in self._views:
            self._views.move_to_end(key)
            return self._views[key]
        if name not in CHART_NAMES:
            raise Unavailable(Q.translate("Briefing", "The chart “{name}” is not part of this "
                                                      "version of reetool.").format(name=name))
        cp = ChartParams(commodity=params.get("commodity") or "Rare earths",
                         year=params.get("year"), edition=params.get("edition"),
                         country=params.get("country"), scenario=params.get("scenario"),
                         metric=params.get("metric") or "production", theme=self.r.theme_name)
        view = ChartView(name, cp, toolbar=False, follow_state=False)
        view.text_scale = text_scale_for(w, h)
        if params.get("log_y") is not None:
            view.log_y = bool(params["log_y"])
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.resize(round(w), round(h))
        if not view.error:
            export.prepare(view)    # shown offscreen and laid out: the canvas has its size
            view.rebuild()          # so titles wrap to the real width
        if view.error:
            reason = view.error.split(": ", 1)[-1].split("; ")[0]
            export.dispose(view)
            raise Unavailable(Q.translate("Briefing", "The data for this chart is not on this "
                                                      "computer: {reason}").format(reason=reason))
        _compact(view)              # the slide's caption is the headline; unit, year, edition
        export.prepare(view)        # and sources stay in the chart
        view.reset_view()
        view.slide_picture = _record(view, w, h)
        self._views[key] = view
        while len(self._views) > self.limit:
            export.dispose(self._views.popitem(last=False)[1])
        return view

    def clear(self) -> None:
        from reetool.ui.charts import export

        while self._views:
            export.dispose(self._views.popitem()[1])


def _compact(view) -> None:
    """Room for the plots on a slide: no chart title (the caption is the headline), the
    footnote and source line move to the slide's footer, legends without padding."""
    for item in (getattr(view, "title_item", None), getattr(view, "source_item", None)):
        if item is not None and item.scene() is not None:
            view.canvas.ci.removeItem(item)
    view.canvas.ci.layout.setRowMaximumHeight(0, 0)
    from PySide6.QtWidgets import QGraphicsTextItem

    for item in view.canvas.scene().items():        # PDF text keeps its digits (see no_locl)
        if isinstance(item, QGraphicsTextItem):
            item.setFont(st.no_locl(item.font()))
            doc = item.document()
            doc.setDefaultFont(st.no_locl(doc.defaultFont()))
    for plot, _panel, _entries in view.plots:
        for name in ("left", "bottom"):
            ax = plot.getAxis(name)
            if ax.style.get("tickFont") is not None:
                ax.setTickFont(st.no_locl(QFont(ax.style["tickFont"])))
    for legend in view.legends.values():
        if legend is not None:
            legend.layout.setContentsMargins(0, 0, 0, 0)
            legend.layout.setVerticalSpacing(0)
            legend.updateSize()


def _record(view, w: float, h: float) -> QPicture:
    """The chart painted once at 1:1 into a QPicture. Replayed under the slide's scale, every
    part scales alike (pyqtgraph legends and bar labels otherwise keep their pixel size on a
    scaled painter) and stays vector on PDF pages; replaying is also fast."""
    from reetool.ui.charts import export

    picture = QPicture()
    p = QPainter(picture)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        export.paint_into(view, p, QRectF(0, 0, w, h))
    finally:
        p.end()
    return picture


def chart_text_px(view) -> list[float]:
    """Pixel sizes (in the chart's own units) of every piece of text the chart shows."""
    from PySide6.QtGui import QTextFormat
    from PySide6.QtWidgets import QGraphicsTextItem

    from reetool.ui.charts.items import PatternBars

    out = []
    for item in view.canvas.scene().items():
        if isinstance(item, QGraphicsTextItem) and item.isVisible() and \
                item.toPlainText().strip():
            doc = item.document()
            default = doc.defaultFont().pointSizeF()
            block = doc.begin()
            while block.isValid():
                it = block.begin()
                while not it.atEnd():
                    frag = it.fragment()
                    if frag.isValid() and frag.text().strip():
                        fmt = frag.charFormat()
                        pt = fmt.fontPointSize() if fmt.hasProperty(
                            QTextFormat.Property.FontPointSize) else default
                        out.append(pt * PT_PX)
                    it += 1
                block = block.next()
        elif isinstance(item, PatternBars) and item.series.labels:
            out.append(item.font_size * PT_PX)
    for plot, _panel, _entries in view.plots:
        for name in ("left", "bottom"):
            ax = plot.getAxis(name)
            f = ax.style.get("tickFont")
            if ax.isVisible() and f is not None:
                out.append(f.pointSizeF() * PT_PX)
    return out


def _paint_chart(r, p, rect: QRectF, name: str, params: dict) -> str:
    from reetool.ui.charts.text import source_text

    view = r.charts.view(name, params, rect.width(), rect.height())
    p.save()
    p.setClipRect(rect)
    p.drawPicture(rect.topLeft(), view.slide_picture)
    p.restore()
    if r.log is not None:
        for px in chart_text_px(view):
            r.log.add("chart text", px)
    spec = view.spec
    return f"{spec.footnote} {source_text(spec)}" if spec.footnote else source_text(spec)


def chart(r, p, body: QRectF, slide: dict) -> str:
    return _paint_chart(r, p, body, slide.get("chart", ""), slide.get("params") or {})


def scenario_summary(sc: dict) -> str:
    from reetool.ui.names import country_name

    p, res = sc.get("params") or {}, sc.get("result") or {}
    country = country_name(sc.get("country"))
    from reetool.ui.briefing.slide_kinds import unit_text

    unit = unit_text("t" if sc.get("unit") in ("metric tons", "t", None) else sc.get("unit"))
    if sc.get("kind") == "disruption":
        lost, pct = res.get("lost"), res.get("lost_pct_of_world")
        text = Q.translate("Briefing", "{country} withholds {cut} % of its {year} output").format(
            country=country, cut=f"{float(p.get('cut_pct', 0)):.0f}", year=sc.get("year", "—"))
        if lost is not None and pct is not None:
            text += Q.translate("Briefing", ": {lost} {unit} lost, {pct} of world supply").format(
                lost=f"{lost:,.0f}", unit=unit, pct=f"{pct:.1f} %")
        short = res.get("shortfall_pct")
        if short is not None:
            text += Q.translate("Briefing", "; shortfall for everyone else {short}").format(
                short=f"{short:.1f} %")
        return text
    return Q.translate("Briefing", "{country} grows {h} %/yr, the rest of the world {g} %/yr, "
                                   "from {year}").format(
        country=country, h=f"{float(p.get('country_growth_pct', 0)):.1f}",
        g=f"{float(p.get('others_growth_pct', 0)):.1f}", year=sc.get("year", "—"))


def scenario(r, p, body: QRectF, slide: dict) -> str:
    sc = slide.get("scenario") or {}
    used = r.text(p, QRectF(body.left(), body.top(), body.width(), st.BODY_PX * 2.8),
                  scenario_summary(sc), st.BODY_PX, r.theme.accent, bold=True)
    rect = QRectF(body.left(), body.top() + used + 10, body.width(), body.height() - used - 10)
    params = {"commodity": sc.get("commodity"), "scenario": sc}
    line = _paint_chart(r, p, rect, "scenario", params)
    if sc.get("edited"):
        line = Q.translate("Briefing", "Includes edits to the published figures. ") + line
    return line
