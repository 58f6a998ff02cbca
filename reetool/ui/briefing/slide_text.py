"""Slide typography: design units, slide themes and text that fits its box.

Slides are laid out in design units on a height of 720 (the width follows the screen's
aspect ratio). No text on a slide is smaller than ``MIN_PX`` = 720 / 40 design units, i.e.
1/40 of the screen height, so it stays readable from the back of a room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

DESIGN_H = 720.0
MIN_PX = DESIGN_H / 40          # 18: the smallest text on any slide
FOOT_PX = 20                    # footer: slide number and source line
SMALL_PX = 21
BODY_PX = 27
CAPTION_PX = 32
TITLE_PX = 54
VALUE_PX = 58
MARGIN = 44.0


@dataclass(frozen=True)
class SlideTheme:
    name: str
    background: str
    foreground: str
    muted: str
    accent: str
    card: str
    warn: str


SLIDE_THEMES = {
    "light": SlideTheme("light", "#FFFFFF", "#111111", "#474747", "#0B5CAD", "#F1F4F8", "#9A3B00"),
    "dark": SlideTheme("dark", "#15181C", "#F2F2F2", "#C4C4C4", "#7DB8F5", "#232830", "#FFB870"),
    "projector": SlideTheme("projector", "#FFFFFF", "#000000", "#1A1A1A", "#003F8A", "#ECECEC",
                            "#8A2A00"),
}


def slide_theme(name: str | None) -> SlideTheme:
    return SLIDE_THEMES.get(name or "light", SLIDE_THEMES["light"])


def font(px: float, bold: bool = False) -> QFont:
    from PySide6.QtWidgets import QApplication

    f = QFont(QApplication.font())
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return no_locl(f)


def no_locl(f: QFont) -> QFont:
    """Without the 'locl' feature: in an English context Noto Sans CJK swaps the digits for
    localized forms that have no Unicode mapping, so a PDF's digits could not be copied or
    searched. The default forms look the same on a slide."""
    f.setFeature(QFont.Tag("locl"), 0)
    return f


FLAGS = Qt.TextFlag.TextWordWrap


class TextLog:
    """What was drawn at which size (tests check the 1/40 rule with it)."""

    def __init__(self) -> None:
        self.items: list[tuple[str, float]] = []

    def add(self, text: str, px: float) -> None:
        if text.strip():
            self.items.append((text, px))

    def smallest(self) -> float:
        return min((px for _t, px in self.items), default=float("inf"))


def measure(text: str, px: float, width: float, bold: bool = False) -> float:
    fm = QFontMetricsF(font(px, bold))
    return fm.boundingRect(QRectF(0, 0, width, 1e6), int(FLAGS), text).height()


def _elide_to(text: str, px: float, rect: QRectF, bold: bool) -> str:
    if measure(text, px, rect.width(), bold) <= rect.height():
        return text
    lo, hi = 0, len(text)
    while lo < hi:                       # the longest prefix that fits with "…"
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + "…", px, rect.width(), bold) <= rect.height():
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def draw_text(p: QPainter, rect: QRectF, text: str, px: float, color: str, *, bold=False,
              align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, min_px: float = MIN_PX,
              log: TextLog | None = None) -> float:
    """Draw ``text`` wrapped in ``rect``, shrinking from ``px`` down to ``min_px`` (never
    below MIN_PX) until it fits, then eliding. Returns the height used."""
    if not text or rect.width() <= 0 or rect.height() <= 0:
        return 0.0
    min_px = max(MIN_PX, min_px)
    size = px
    while size > min_px and measure(text, size, rect.width(), bold) > rect.height():
        size = max(min_px, size - 1)
    shown = _elide_to(text, size, rect, bold)
    p.save()
    p.setFont(font(size, bold))
    p.setPen(QColor(color))
    used = p.boundingRect(rect, int(align | FLAGS), shown)
    p.drawText(rect, int(align | FLAGS), shown)
    p.restore()
    if log is not None:
        log.add(shown, size)
    return min(used.height(), rect.height())


def fitted_size(texts: list[tuple[str, bool]], px: float, width: float, height: float,
                gap: float, min_px: float = MIN_PX) -> float:
    """The largest size ≤ px (≥ min_px) at which the wrapped texts stacked with ``gap`` fit."""
    size = px
    while size > max(MIN_PX, min_px):
        total = sum(measure(t, size, width, b) for t, b in texts) + gap * (len(texts) - 1)
        if total <= height:
            break
        size -= 1
    return max(MIN_PX, min_px, size)


class Unavailable(Exception):
    """The slide's data is not on this computer (shown as a placeholder)."""
