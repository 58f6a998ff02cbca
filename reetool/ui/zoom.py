"""Font zoom across the app: Ctrl++ / Ctrl+- / Ctrl+0, remembered in the settings.

The zoom scales the application font (every widget without a font of its own follows) and,
through ``text_factor()``, the text of every chart (reetool.ui.charts.view reads it). The
theme's type scale (the projector theme's larger type) multiplies in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4)
SETTING = "view/zoom"
_state: dict = {"zoom": 1.0, "base": None}


class _Notifier(QObject):
    """``changed`` fires once the new text size has reached every widget (charts rebuild)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(self.changed)


_notifier: list[_Notifier] = []


def notifier() -> _Notifier:
    if not _notifier:
        _notifier.append(_Notifier())
    return _notifier[0]


def factor() -> float:
    """The user's zoom (1.0 = 100 %)."""
    return _state["zoom"]


def text_factor() -> float:
    """Zoom × the theme's type scale: what text sizes are multiplied by."""
    from reetool.ui.theme_colors import type_scale

    return _state["zoom"] * type_scale()


def _base(app: QApplication) -> float:
    if _state["base"] is None:
        size = app.font().pointSizeF()
        _state["base"] = size if size > 0 else 10.0
    return _state["base"]


def apply(app: QApplication | None = None) -> float:
    """Set the application font size for the current zoom and theme; returns the point size."""
    app = app or QApplication.instance()
    size = round(_base(app) * text_factor(), 2)
    font = QFont(app.font())
    if abs(font.pointSizeF() - size) > 0.01:
        font.setPointSizeF(size)
        app.setFont(font)
        # charts are rebuilt after the font change has been delivered (rebuilding while Qt
        # walks the widgets with it corrupted memory under PySide6 6.12)
        notifier().timer.start()
    return size


def set_zoom(value: float, remember: bool = False) -> float:
    value = max(STEPS[0], min(STEPS[-1], float(value)))
    _state["zoom"] = value
    apply()
    if remember:
        from reetool.ui.settings import settings

        settings().setValue(SETTING, value)
    return value


def zoom_in(remember: bool = False) -> float:
    bigger = [s for s in STEPS if s > factor() + 1e-6]
    return set_zoom(bigger[0] if bigger else STEPS[-1], remember)


def zoom_out(remember: bool = False) -> float:
    smaller = [s for s in STEPS if s < factor() - 1e-6]
    return set_zoom(smaller[-1] if smaller else STEPS[0], remember)


def reset(remember: bool = False) -> float:
    return set_zoom(1.0, remember)


def saved_zoom() -> float:
    from reetool.ui.settings import settings

    try:
        return max(STEPS[0], min(STEPS[-1], float(settings().value(SETTING, 1.0))))
    except (TypeError, ValueError):
        return 1.0
