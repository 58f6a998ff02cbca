"""The themes' colours and type scale, and which theme is current: the data reetool.ui.theme
applies and reetool.ui.zoom reads (kept apart so that neither imports the other's module)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication

THEME_NAMES = ("light", "dark", "projector")
TITLES = {
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
    "projector": QT_TRANSLATE_NOOP("Theme", "Projector (high contrast, larger type)"),
}
SETTING = "view/theme"


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    button: str
    highlight: str
    highlight_text: str
    link: str
    border: str
    type_scale: float = 1.0      # multiplies the application font (with the zoom)
    focus_width: int = 1


COLORS = {
    "light": Colors("#F3F3F3", "#FFFFFF", "#F6F8FA", "#111111", "#555555", "#ECECEC",
                    "#0B5CAD", "#FFFFFF", "#0B5CAD", "#B8B8B8"),
    "dark": Colors("#202327", "#15181C", "#1C2025", "#EDEDED", "#B8B8B8", "#2C3036",
                   "#3D8FE0", "#FFFFFF", "#7DB8F5", "#4A4F57"),
    "projector": Colors("#FFFFFF", "#FFFFFF", "#F0F0F0", "#000000", "#222222", "#E6E6E6",
                        "#003F8A", "#FFFFFF", "#003F8A", "#000000", type_scale=1.25,
                        focus_width=3),
}


_current = ["light"]


def current() -> str:
    return _current[0]


def type_scale(name: str | None = None, screen_height: int | None = None) -> float:
    """How much the theme enlarges text. The projector theme uses the space of a large
    screen: 1.25 up to 900 pixels of height, growing to 1.75 at 1260 (1.5 at 1080)."""
    name = name or _current[0]
    scale = COLORS[name].type_scale
    if name == "projector":
        height = screen_height
        if height is None:
            screen = QGuiApplication.primaryScreen()
            height = screen.geometry().height() if screen is not None else 768
        scale *= max(1.0, min(1.4, height / 900))
    return scale
