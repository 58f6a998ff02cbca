"""Application themes: light, dark and projector, for every page, dialog, table and chart.

``apply(name)`` sets the Fusion style, a QPalette and a small style sheet on the
QApplication (so every widget follows, not the charts alone), publishes the theme to the
shared state (charts rebuild in the matching chart palette) and rescales the type through
reetool.ui.zoom (the projector theme uses larger type and thicker focus frames).

First start follows the system's colour scheme (``QStyleHints.colorScheme()``); the choice is
remembered in the settings under ``view/theme``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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


def title(name: str) -> str:
    return Q.translate("Theme", TITLES[name])


def system_theme(hints=None) -> str:
    """'dark' when the system asks for a dark colour scheme, else 'light'."""
    scheme = (hints or QGuiApplication.styleHints()).colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def saved_theme(hints=None) -> str:
    """The theme chosen last; on first start the system's scheme."""
    from reetool.ui.settings import settings

    value = settings().value(SETTING)
    return str(value) if value in THEME_NAMES else system_theme(hints)


def palette_for(name: str) -> QPalette:
    c = COLORS[name]
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, c.window), (roles.WindowText, c.text),
                        (roles.Base, c.base), (roles.AlternateBase, c.alt_base),
                        (roles.Text, c.text), (roles.Button, c.button),
                        (roles.ButtonText, c.text), (roles.BrightText, "#FF5555"),
                        (roles.Highlight, c.highlight), (roles.HighlightedText, c.highlight_text),
                        (roles.ToolTipBase, c.base), (roles.ToolTipText, c.text),
                        (roles.Link, c.link), (roles.LinkVisited, c.link),
                        (roles.PlaceholderText, c.muted), (roles.Mid, c.border),
                        (roles.Dark, c.border), (roles.Light, c.base), (roles.Midlight, c.button),
                        (roles.Shadow, "#000000")):
        pal.setColor(role, QColor(value))
    disabled = QColor(c.muted)
    if name != "projector":
        disabled.setAlpha(150)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def style_sheet(name: str) -> str:
    """A few rules the palette cannot express (no font sizes: the zoom owns those)."""
    c = COLORS[name]
    rules = [
        f"QToolTip {{ color: {c.text}; background: {c.base}; border: 1px solid {c.border}; }}",
        f"QTableView, QTreeView, QListView {{ gridline-color: {c.border}; }}",
    ]
    if c.focus_width > 1:
        rules += [
            f"QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, "
            f"QSpinBox:focus, QDoubleSpinBox:focus, QListView:focus, QTableView:focus, "
            f"QTreeView:focus {{ border: {c.focus_width}px solid {c.highlight}; }}",
            f"QHeaderView::section {{ color: {c.text}; font-weight: bold; }}",
        ]
    return "\n".join(rules)


_current = ["light"]
_fusion: list[bool] = []


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


def apply(name: str, app: QApplication | None = None, remember: bool = False) -> str:
    """Apply theme ``name`` to the whole application; returns it."""
    if name not in THEME_NAMES:
        raise ValueError(f"unknown theme {name!r}; use one of {', '.join(THEME_NAMES)}")
    app = app or QApplication.instance()
    if not _fusion:
        # once: Fusion follows the palette on every platform. (With a style sheet set,
        # app.style() is a style-sheet proxy, so its name cannot tell whether this is done;
        # setting the style again repolishes every widget and is not needed.)
        app.setStyle("Fusion")
        _fusion.append(True)
    _current[0] = name
    app.setPalette(palette_for(name))
    app.setStyleSheet(style_sheet(name))
    from reetool.ui import zoom
    from reetool.ui.state import app_state

    zoom.apply(app)
    app_state().set("theme", name)
    if remember:
        from reetool.ui.settings import settings

        settings().setValue(SETTING, name)
    return name
