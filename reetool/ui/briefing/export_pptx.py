"""PowerPoint export with python-pptx (imported only when exporting).

Captions, titles, figures, catalogue items and version changes become editable text boxes;
charts become native PowerPoint charts where the chart maps onto one (a single panel of bars
or of lines over years, linear scale), else a 2× PNG of the chart as drawn on the slide.
Speaker notes go to the notes pane; every slide keeps its source line and number.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QCoreApplication as Q

from reetool.data.textio import atomic_write_bytes
from reetool.ui.briefing import slide_catalogue, slide_kinds, slide_text as st
from reetool.ui.briefing.render import Unavailable
from reetool.ui.names import edition_label

SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5
PX_TO_PT = 7.5 * 72 / st.DESIGN_H         # design px → points on a 7.5 in high slide


def native_chart(spec):
    """(chart type name, categories, [(series label, values)]) or None when the chart does
    not map onto a PowerPoint chart."""
    if len(spec.panels) != 1:
        return None
    panel = spec.panels[0]
    series = [s for s in panel.series if s.data]
    kinds = {s.kind for s in series}
    if not series or panel.log_y:
        return None
    if kinds == {"bar"}:
        if any(abs(d.x - round(d.x)) > 1e-6 for s in series for d in s.data):
            return None
        if panel.categories:
            cats = list(panel.categories)
            keys = list(range(len(cats)))
        else:
            keys = sorted({round(d.x) for s in series for d in s.data})
            cats = [str(k) for k in keys]
        stacked = any(s.stacked for s in series)
        rows = []
        for s in series:
            by = {round(d.x): (d.y - d.base if stacked else d.y) for s2 in [s] for d in s2.data}
            rows.append((s.label, [by.get(k) for k in keys]))
        kind = ("BAR" if panel.orientation == "h" else "COLUMN") + \
            ("_STACKED" if stacked else "_CLUSTERED")
        return kind, cats, rows
    if kinds <= {"line", "scatter"} and panel.time:
        keys = sorted({round(d.x) for s in series for d in s.data})
        rows = [(s.label, [{round(d.x): d.y for d in s.data}.get(k) for k in keys]) for s in series]
        return "LINE_MARKERS", [str(k) for k in keys], rows
    return None


class PptxUnavailable(RuntimeError):
    """python-pptx (or its lxml) is not installed in this build."""


class PptxWriter:
    def __init__(self, renderer) -> None:
        try:
            from pptx import Presentation
            from pptx.util import Inches
        except ImportError as exc:
            raise PptxUnavailable(Q.translate(
                "Briefing", "PowerPoint export needs the python-pptx package, which this "
                            "installation lacks ({error}).").format(error=exc)) from None

        self.r = renderer
        self.prs = Presentation()
        self.prs.slide_width = Inches(SLIDE_W_IN)
        self.prs.slide_height = Inches(SLIDE_H_IN)

    # --- text ------------------------------------------------------------------------------
    def box(self, slide, x, y, w, h, paragraphs, name: str = ""):
        """A text box at design coordinates; ``paragraphs`` = [(text, px, bold, color)]."""
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        shape = slide.shapes.add_textbox(*(self.emu(v) for v in (x, y, w, h)))
        if name:
            shape.name = name
        tf = shape.text_frame
        tf.word_wrap = True
        for k, (text, px, bold, color) in enumerate(paragraphs):
            para = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            run = para.add_run()
            run.text = text
            run.font.size = Pt(max(st.MIN_PX, px) * PX_TO_PT)
            run.font.bold = bold
            run.font.color.rgb = RGBColor.from_string((color or self.r.theme.foreground)[1:])
        return shape

    def emu(self, design_px: float) -> int:
        return int(design_px * self.prs.slide_height / st.DESIGN_H)

    @property
    def width(self) -> float:
        return st.DESIGN_H * self.prs.slide_width / self.prs.slide_height

    # --- slides ----------------------------------------------------------------------------
    def add(self, slide: dict, number: int, total: int) -> None:
        from pptx.dml.color import RGBColor

        r, t = self.r, self.r.t
        page = self.prs.slides.add_slide(self.prs.slide_layouts[6])   # blank
        page.background.fill.solid()
        page.background.fill.fore_color.rgb = RGBColor.from_string(r.theme.background[1:])
        m, w = st.MARGIN, self.width
        kind = slide.get("kind")
        top = 30.0
        if kind != "title" and t(slide.get("caption")):
            self.box(page, m, top, w - 2 * m, 100, [(t(slide["caption"]), st.CAPTION_PX - 2,
                                                     True, None)], "Caption")
            top += 110
        body = (m, top, w - 2 * m, st.DESIGN_H - top - 90)
        handlers = {"title": self._title, "figure": self._figure,
                    "catalogue_item": self._catalogue_item, "version_change": self._version_change,
                    "chart": self._chart, "scenario": self._scenario}
        try:
            if kind not in handlers:
                raise Unavailable(Q.translate("Briefing", "this kind of slide ({kind}) comes "
                                                          "from a newer reetool").format(kind=kind))
            source = handlers[kind](page, slide, body)
        except Unavailable as exc:
            source = ""
            self.box(page, *body, [(Q.translate("Briefing", "Not available on this computer"),
                                    st.CAPTION_PX, True, r.theme.warn),
                                   (str(exc), st.BODY_PX, False, None)])
        self.box(page, m, st.DESIGN_H - 80, w - 2 * m - 120, 70,
                 [(source or Q.translate("Briefing", "Sources: reetool's bundled data, as named "
                                                     "on each slide"), st.FOOT_PX, False,
                   r.theme.muted)], "Source line")
        self.box(page, w - m - 110, st.DESIGN_H - 80, 110, 40,
                 [(Q.translate("Briefing", "{n} / {total}").format(n=number, total=total),
                   st.FOOT_PX, True, r.theme.muted)], "Slide number")
        notes = t(slide.get("notes"))
        if notes:
            page.notes_slide.notes_text_frame.text = notes

    def _title(self, page, slide, body) -> str:
        t = self.r.t
        lines = [x for x in t(slide.get("body")).split("\n") if x.strip()]
        paras = [(t(slide.get("title")), st.TITLE_PX, True, self.r.theme.accent)]
        paras += [(("• " if len(lines) > 3 else "") + x, st.BODY_PX - (4 if len(lines) > 3 else 0),
                   False, None) for x in lines]
        if t(slide.get("caption")):
            paras.append((t(slide["caption"]), st.BODY_PX - 2, False, self.r.theme.muted))
        self.box(page, *body, paras, "Title")
        return ""

    def _figure(self, page, slide, body) -> str:
        figs = slide.get("figures") or []
        cols = len(figs) if len(figs) <= 3 else 2
        rows = (len(figs) + cols - 1) // cols
        x0, y0, bw, bh = body
        cw, ch = (bw - 20 * (cols - 1)) / cols, (bh - 20 * (rows - 1)) / rows
        ids = []
        for k, f in enumerate(figs):
            label, value, marks, note, prov = slide_kinds._card_parts(self.r, f)
            paras = [(label, st.BODY_PX - 4, True, None),
                     (value, st.VALUE_PX * (0.8 if rows > 1 else 1), True, self.r.theme.accent)]
            paras += [(x, st.SMALL_PX, False, c) for x, c in
                      ((" · ".join(marks), self.r.theme.warn), (note, None),
                       (prov, self.r.theme.muted)) if x]
            self.box(page, x0 + (k % cols) * (cw + 20), y0 + (k // cols) * (ch + 20), cw, ch,
                     paras, f"Figure {k + 1}")
            ids += f.get("source_ids") or []
        return slide_kinds.sources_line(ids)

    def _catalogue_item(self, page, slide, body) -> str:
        cat, item = slide_catalogue.find_item(self.r, slide)
        langs = slide.get("langs") or ["zh", "en"]
        paras = [(f"{item.display_code}  {slide_kinds.tr(slide_kinds.STATUS[item.status])}",
                  st.TITLE_PX * 0.6, True, self.r.theme.warn)]
        if "zh" in langs:
            paras.append((item.name_zh or Q.translate(
                "Briefing", "Chinese item name: not attested in the available sources"), st.BODY_PX, True,
                None))
        if "en" in langs and item.name_en:
            paras.append((item.name_en, st.BODY_PX - 2, "zh" not in langs, None))
        for pt in item.points:
            text = " / ".join(x for x in ((pt.zh if "zh" in langs else ""),
                                          (pt.en if "en" in langs else "")) if x)
            paras.append((f"{pt.number or pt.seq}. {text}", st.SMALL_PX, False, None))
        self.box(page, *body, paras, "Catalogue item")
        return slide_kinds.sources_line(list(item.sources) +
                                        [s for p in item.points for s in p.sources])

    def _version_change(self, page, slide, body) -> str:
        cat = self.r.catalogue()
        a, b = slide.get("from_version", ""), slide.get("to_version", "")
        if a not in cat.versions or b not in cat.versions:
            raise Unavailable(Q.translate("Briefing", "Catalogue version {version} is not known "
                                                          "here.").format(version=a if a not in cat.versions
                                                             else b))
        cmp = cat.compare(a, b)
        tr = slide_kinds.tr
        paras = [(f"{cmp.version_a} → {cmp.version_b}", st.TITLE_PX * 0.6, True,
                  self.r.theme.accent)]
        counts = "   ".join(f"{tr(slide_kinds.KIND[k])}: {cmp.official.get(k, '—')}"
                            for k in ("deleted", "added", "amended"))
        paras.append((counts, st.BODY_PX, True, None))
        for e in cmp.entries:
            name = (e.name_zh or e.name_en) if self.r.lang == "zh" else (e.name_en or e.name_zh)
            name = name or Q.translate("Briefing", "(name not attested)")
            paras.append((f"{tr(slide_kinds.KIND[e.kind])}: {name}",
                          st.SMALL_PX, False, None))
        self.box(page, *body, paras, "Version change")
        ids = [s for v in cmp.steps for s in cat.info(v)["source_ids"]]
        ids += [s for e in cmp.entries if e.change for s in e.change.sources]
        return slide_kinds.sources_line(ids)

    def _picture_of_body(self, page, slide, body, draw) -> str:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QImage, QPainter

        from reetool.ui.charts.export import png_bytes

        x, y, w, h = body
        img = QImage(int(w * 2), int(h * 2), QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor(self.r.theme.background))
        p = QPainter(img)
        p.scale(2, 2)
        try:
            source = draw(self.r, p, QRectF(0, 0, w, h), slide)
        finally:
            p.end()
        page.shapes.add_picture(io.BytesIO(png_bytes(img)), self.emu(x), self.emu(y),
                                self.emu(w), self.emu(h))
        return source

    def _chart(self, page, slide, body) -> str:
        from reetool.ui.briefing import slide_charts

        params = slide.get("params") or {}
        return self._chart_at(page, slide.get("chart", ""), params, body,
                              lambda r, p, rect, s: slide_charts.chart(r, p, rect, s), slide)

    def _scenario(self, page, slide, body) -> str:
        from reetool.ui.briefing import slide_charts

        sc = slide.get("scenario") or {}
        x, y, w, h = body
        self.box(page, x, y, w, 60, [(slide_charts.scenario_summary(sc), st.BODY_PX, True,
                                      self.r.theme.accent)], "Scenario")
        params = {"commodity": sc.get("commodity"), "scenario": sc}
        return self._chart_at(page, "scenario", params, (x, y + 70, w, h - 70),
                              lambda r, p, rect, s: slide_charts.chart(
                                  r, p, rect, {"chart": "scenario", "params": params}), slide)

    def _chart_at(self, page, name, params, body, draw, slide) -> str:
        from reetool.ui.charts.text import source_text

        x, y, w, h = body
        view = self.r.charts.view(name, params, w, h)      # Unavailable when data is missing
        spec = view.spec
        mapped = native_chart(spec)
        if mapped is None:
            return self._picture_of_body(page, slide, body, draw)
        self._native(page, spec, mapped, body)
        return f"{spec.footnote} {source_text(spec)}".strip()

    def _native(self, page, spec, mapped, body) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
        from pptx.util import Pt

        kind, cats, rows = mapped
        data = CategoryChartData()
        data.categories = cats
        for label, values in rows:
            data.add_series(label, values)
        x, y, w, h = body
        frame = page.shapes.add_chart(getattr(XL_CHART_TYPE, kind), self.emu(x), self.emu(y),
                                      self.emu(w), self.emu(h), data)
        frame.name = "Chart"
        chart = frame.chart
        chart.font.size = Pt(st.SMALL_PX * PX_TO_PT)
        chart.has_title = True
        sub = [Q.translate("Charts", "Unit: {unit}").format(unit=spec.unit),
               Q.translate("Charts", "Data year: {year}").format(year=spec.data_year)]
        if spec.edition:
            sub.append(Q.translate("Charts", "Edition: {edition}").format(edition=edition_label(spec.edition)))
        chart.chart_title.text_frame.text = f"{spec.title}\n{'  ·  '.join(sub)}"
        chart.has_legend = len(rows) > 1
        if chart.has_legend:
            chart.legend.position = XL_LEGEND_POSITION.BOTTOM
            chart.legend.include_in_layout = False
        if kind.startswith("BAR"):
            chart.category_axis.reverse_order = True      # first category on top, as drawn


def iter_pptx(slides: list[dict], renderer, path) -> Iterator[int]:
    """Build the presentation slide by slide; write it (atomically) after the last one.
    Raises PptxUnavailable at once (before any slide) when python-pptx is missing."""
    writer = PptxWriter(renderer)
    n = len(slides)
    for i, slide in enumerate(slides):
        writer.add(slide, i + 1, n)
        yield i + 1
    out = io.BytesIO()
    writer.prs.save(out)
    atomic_write_bytes(Path(path), out.getvalue())
