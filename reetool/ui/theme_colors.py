"""The themes' colours and type scale, and which theme is current: the data reetool.ui.theme
applies and reetool.ui.zoom reads (kept apart so that neither imports the other's module)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QGuiApplication

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
    # semantic colours, read through tone(): text colours readable (WCAG ≥ 4.5) on base,
    # window and alt_base; *_bg are backgrounds under the theme's own text colour
    ok: str = "#1B6E2A"          # confirmed, in force
    warn: str = "#8A4B00"        # suspended, edited, caution
    error: str = "#A31515"       # cannot be imported, contradicts, unknown status
    match_bg: str = "#FFD54F"    # a search match (with match_fg)
    match_fg: str = "#000000"
    notice_bg: str = "#FFF4CE"   # a caution box (with notice_fg, notice_border)
    notice_fg: str = "#3D2A00"
    notice_border: str = "#C99A00"
    user_bg: str = "#FFF6D8"     # rows holding the user's own data or edits
    tint_blue: str = "#DFEEFD"   # group tints (e.g. light / heavy rare earths)
    tint_orange: str = "#FDE8D7"
    tint_grey: str = "#EEEEEE"
    disabled: str = ""           # text of disabled controls ("": muted, half transparent)


COLORS = {
    "light": Colors("#F3F3F3", "#FFFFFF", "#F6F8FA", "#111111", "#555555", "#ECECEC",
                    "#0B5CAD", "#FFFFFF", "#0B5CAD", "#B8B8B8"),
    # dark: the selection blue is deep enough for white text (5.3 : 1; #3D8FE0 gave 2.9)
    "dark": Colors("#202327", "#15181C", "#1C2025", "#EDEDED", "#B8B8B8", "#2C3036",
                   "#2F6DB5", "#FFFFFF", "#7DB8F5", "#4A4F57",
                   ok="#7BD88F", warn="#F2B45A", error="#FF8F87", match_bg="#FFD54F",
                   match_fg="#000000", notice_bg="#3A2F12", notice_fg="#F5E3B0",
                   notice_border="#8A6D1F", user_bg="#3A3420", tint_blue="#1F3A57",
                   tint_orange="#55371F", tint_grey="#33373D"),
    # projector: the strongest contrast (≥ 8 : 1 on every background)
    "projector": Colors("#FFFFFF", "#FFFFFF", "#F0F0F0", "#000000", "#222222", "#E6E6E6",
                        "#003F8A", "#FFFFFF", "#003F8A", "#000000", type_scale=1.25,
                        focus_width=3, ok="#004D14", warn="#5C3100", error="#8B0000",
                        notice_bg="#FFF0B3", notice_fg="#000000", notice_border="#000000",
                        user_bg="#FFF0B3", tint_blue="#CFE3FA", tint_orange="#FAD9BF",
                        tint_grey="#E0E0E0",
                        # readable (4.6 : 1 on a button) yet unlike the black of enabled ones
                        disabled="#666666"),
}


_current = ["light"]


def current() -> str:
    return _current[0]


def tone(name: str, theme: str | None = None) -> str:
    """A colour of the current (or the named) theme, e.g. tone("error") or tone("muted")."""
    return getattr(COLORS[theme or _current[0]], name)


def qtone(name: str, theme: str | None = None) -> QColor:
    return QColor(tone(name, theme))


def set_tone(widget, name: str | None) -> None:
    """Colour a label's text by the theme's style rule for ``name`` (ok, warn, error), or
    give it the normal text colour again (None); it follows later theme changes."""
    if widget.property("tone") == (name or None):
        return
    widget.setProperty("tone", name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


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
