"""Application themes: light, dark and projector, for every page, dialog, table and chart.

``apply(name)`` sets the Fusion style, a QPalette and a small style sheet on the
QApplication (so every widget follows, not the charts alone), publishes the theme to the
shared state (charts rebuild in the matching chart palette) and rescales the type through
reetool.ui.zoom (the projector theme uses larger type and thicker focus frames).

First start follows the system's colour scheme (``QStyleHints.colorScheme()``); the choice is
remembered in the settings under ``view/theme``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reetool.ui.theme_colors import (  # noqa: F401  (re-exported: the public names)
    COLORS, SETTING, THEME_NAMES, TITLES, Colors, _current, current, type_scale,
)

_fusion: list[bool] = []

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
    disabled = QColor(c.disabled or c.muted)
    if not c.disabled:
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
        # notes and legends in a quieter colour; information banners (e.g. catalogue coverage)
        f"QLabel[muted=\"true\"] {{ color: {c.muted}; }}",
        f"QFrame[banner=\"true\"] {{ background: {c.alt_base}; border: 1px solid {c.border};"
        f" border-radius: 4px; }}",
        # semantic text colours: a label sets the property "tone" (see theme_colors.tone)
        *(f"QLabel[tone=\"{t}\"] {{ color: {getattr(c, t)}; }}" for t in ("ok", "warn", "error")),
    ]
    if c.focus_width > 1:
        rules += [
            f"QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, "
            f"QSpinBox:focus, QDoubleSpinBox:focus, QListView:focus, QTableView:focus, "
            f"QTreeView:focus {{ border: {c.focus_width}px solid {c.highlight}; }}",
            f"QHeaderView::section {{ color: {c.text}; font-weight: bold; }}",
        ]
    return "\n".join(rules)


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
    # Unchanged palette or style sheet: not set again (each set repolishes every widget of
    # the application, and a second window would pay for all the widgets of the first).
    palette, sheet = palette_for(name), style_sheet(name)
    if app.palette() != palette:
        app.setPalette(palette)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    from reetool.ui import zoom
    from reetool.ui.state import app_state

    zoom.apply(app)
    app_state().set("theme", name)
    if remember:
        from reetool.ui.settings import settings

        settings().setValue(SETTING, name)
    return name
