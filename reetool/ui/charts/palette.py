"""Colours, fill patterns and symbols that survive colour-blindness and a washed-out projector.

Colours are the Okabe–Ito set (distinguishable under the common colour-vision deficiencies);
every series also gets its own fill pattern (bars) or symbol and dash (lines), and bars
carry text labels, so colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

# Okabe & Ito (2008), "Color Universal Design"; order chosen for contrast on white and black.
OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
             "#000000")
NEUTRAL = "#8C8C8C"

PATTERNS = (Qt.BrushStyle.NoBrush, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.Dense5Pattern,
            Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.CrossPattern, Qt.BrushStyle.HorPattern,
            Qt.BrushStyle.DiagCrossPattern, Qt.BrushStyle.VerPattern)
SYMBOLS = ("o", "s", "t", "d", "h", "star", "p", "+")


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str
    muted: str
    grid_alpha: float
    highlight: str


THEMES = {
    "light": Theme("light", "#FFFFFF", "#111111", "#555555", 0.25, "#000000"),
    "dark": Theme("dark", "#15181C", "#F2F2F2", "#B8B8B8", 0.30, "#FFFFFF"),
    "projector": Theme("projector", "#FFFFFF", "#000000", "#222222", 0.35, "#000000"),
}


def theme(name: str | None) -> Theme:
    return THEMES.get(name or "light", THEMES["light"])


def color(index: int, th: Theme | None = None) -> str:
    c = OKABE_ITO[index % len(OKABE_ITO)]
    if c == "#000000" and th is not None and th.name == "dark":
        return "#DDDDDD"
    return c


def pattern(index: int) -> Qt.BrushStyle:
    return PATTERNS[index % len(PATTERNS)]


def symbol(index: int) -> str:
    return SYMBOLS[index % len(SYMBOLS)]
