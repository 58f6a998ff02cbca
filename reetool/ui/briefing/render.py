"""SlideRenderer: the one QPainter renderer of slides, used by the presentation window, the
presenter view, the thumbnails, the preview and the PDF, PNG and PowerPoint exports, so they
all show the same thing.

    r = SlideRenderer(lang="zh", theme="projector")
    r.paint(painter, QRectF(0, 0, 1024, 768), slide, number=3, total=10)
    image = r.image(slide, 3, 10, QSize(2560, 1440))

Every slide gets its caption at the top and, at the bottom, the slide number and a source
line. Content is drawn in design units (height 720) scaled to the target, so text keeps its
proportion on any screen; nothing is drawn smaller than 1/40 of the height (slide_text.MIN_PX).
A slide whose data this computer lacks (an imported commodity or catalogue item, a chart of a
newer reetool) shows a placeholder saying so, never an error.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from reetool.data.deck import text as deck_text
from reetool.ui.briefing import slide_text as st
from reetool.ui.briefing.slide_text import Unavailable  # noqa: F401  (re-exported)
from reetool.ui.briefing.slide_text import DESIGN_H, MARGIN, TextLog

FOOT_LINES = 3      # the footer holds up to three lines: a chart's footnote and sources


def drawers() -> dict:
    """slide kind → function(renderer, painter, body, slide) -> source line."""
    from reetool.ui.briefing import slide_catalogue, slide_charts, slide_kinds

    return {"title": slide_kinds.title, "figure": slide_kinds.figures,
            "catalogue_item": slide_catalogue.catalogue_item,
            "version_change": slide_catalogue.version_change,
            "chart": slide_charts.chart, "scenario": slide_charts.scenario}




class SlideRenderer:
    def __init__(self, lang: str = "en", theme: str = "light") -> None:
        self.lang = lang
        self.theme_name = theme
        self.theme = st.slide_theme(theme)
        self.log: TextLog | None = None            # set by tests to record text sizes
        self._catalogue = None
        from reetool.ui.briefing.slide_charts import ChartCache

        self.charts = ChartCache(self)

    # --- helpers for the slide kinds ------------------------------------------------------
    def t(self, value) -> str:
        return deck_text(value, self.lang)

    def catalogue(self):
        if self._catalogue is None:
            from reetool.data.catalogue import load_catalogue

            self._catalogue = load_catalogue()
        return self._catalogue

    def text(self, p, rect, text, px, color=None, **kw) -> float:
        return st.draw_text(p, rect, text, px, color or self.theme.foreground, log=self.log, **kw)

    # --- the frame ------------------------------------------------------------------------
    def paint(self, p: QPainter, rect: QRectF, slide: dict, number: int, total: int) -> None:
        s = rect.height() / DESIGN_H
        width = rect.width() / s
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.translate(rect.topLeft())
        p.scale(s, s)
        p.setClipRect(QRectF(0, 0, width, DESIGN_H))
        p.fillRect(QRectF(0, 0, width, DESIGN_H), QColor(self.theme.background))
        try:
            self._paint(p, width, slide, number, total)
        finally:
            p.restore()

    def _paint(self, p: QPainter, width: float, slide: dict, number: int, total: int) -> None:
        top = MARGIN * 0.7
        caption = self.t(slide.get("caption"))
        kind = slide.get("kind")
        if caption and kind != "title":
            charted = kind in ("chart", "scenario")       # charts need the height
            px, lines = (st.CAPTION_PX - 4, 2) if charted else (st.CAPTION_PX, 3)
            used = self.text(p, QRectF(MARGIN, top, width - 2 * MARGIN, lines * px * 1.42),
                             caption, px, bold=True, min_px=24)
            top += used + 14
            p.setPen(QPen(QColor(self.theme.accent), 3))
            p.drawLine(int(MARGIN), int(top - 7), int(width - MARGIN), int(top - 7))
        foot_h = st.FOOT_PX * FOOT_LINES * 1.35 + 10
        body = QRectF(MARGIN, top + 4, width - 2 * MARGIN, DESIGN_H - foot_h - top - 14)
        source = ""
        try:
            draw = drawers().get(kind)
            if draw is None:
                raise Unavailable(Q.translate("Briefing", "this kind of slide ({kind}) comes "
                                                          "from a newer reetool").format(kind=kind))
            source = draw(self, p, body, slide)
        except Unavailable as exc:
            self.placeholder(p, body, str(exc))
        self._footer(p, width, number, total, source)

    def _footer(self, p, width: float, number: int, total: int, source: str) -> None:
        y = DESIGN_H - st.FOOT_PX * FOOT_LINES * 1.35 - 12
        p.setPen(QPen(QColor(self.theme.muted), 1))
        p.drawLine(int(MARGIN), int(y), int(width - MARGIN), int(y))
        num = Q.translate("Briefing", "{n} / {total}").format(n=number, total=total)
        num_w = 110
        self.text(p, QRectF(width - MARGIN - num_w, y + 6, num_w, st.FOOT_PX * 1.5), num,
                  st.FOOT_PX, self.theme.muted, bold=True,
                  align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if not source:
            source = Q.translate("Briefing", "Sources: reetool's bundled data, as named on each "
                                             "slide")
        self.text(p, QRectF(MARGIN, y + 6, width - 2 * MARGIN - num_w - 12,
                            st.FOOT_PX * FOOT_LINES * 1.36),
                  source, st.FOOT_PX, self.theme.muted)

    def placeholder(self, p: QPainter, rect: QRectF, reason: str) -> None:
        box = rect.adjusted(40, 30, -40, -30)
        p.save()
        p.setPen(QPen(QColor(self.theme.warn), 3, Qt.PenStyle.DashLine))
        p.setBrush(QColor(self.theme.card))
        p.drawRoundedRect(box, 14, 14)
        p.restore()
        inner = box.adjusted(30, 26, -30, -26)
        used = self.text(p, inner, Q.translate("Briefing", "Not available on this computer"),
                         st.CAPTION_PX, self.theme.warn, bold=True)
        self.text(p, inner.adjusted(0, used + 16, 0, 0), reason, st.BODY_PX)

    # --- images ---------------------------------------------------------------------------
    def image(self, slide: dict, number: int, total: int, size: QSize) -> QImage:
        img = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor(self.theme.background))
        p = QPainter(img)
        try:
            self.paint(p, QRectF(0, 0, size.width(), size.height()), slide, number, total)
        finally:
            p.end()
        return img

    def clear(self) -> None:
        """Forget cached charts and catalogue (language, theme or data changed)."""
        self.charts.clear()
        self._catalogue = None
