"""View → Theme (light, dark, projector) and View → Zoom (Ctrl++, Ctrl+-, Ctrl+0) in the main
window; both are remembered in the settings and applied to the whole application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from reetool.ui import theme, zoom


class ViewActions:
    def __init__(self, window) -> None:
        self.w = window
        menu = window.menu_view
        self.menu_theme = menu.addMenu("")
        self.menu_theme.setObjectName("menu_theme")
        group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for name in theme.THEME_NAMES:
            act = QAction(window, objectName=f"act_theme_{name}", checkable=True)
            act.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            group.addAction(act)
            self.menu_theme.addAction(act)
            self.theme_actions[name] = act
        self.menu_zoom = menu.addMenu("")
        self.menu_zoom.setObjectName("menu_zoom")
        self.zoom_in = QAction(window, objectName="act_zoom_in")
        self.zoom_in.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out = QAction(window, objectName="act_zoom_out")
        self.zoom_out.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.zoom_reset = QAction(window, objectName="act_zoom_reset")
        self.zoom_reset.setShortcut(QKeySequence("Ctrl+0"))
        remember = window.persist
        self.zoom_in.triggered.connect(lambda: self._zoomed(zoom.zoom_in(remember)))
        self.zoom_out.triggered.connect(lambda: self._zoomed(zoom.zoom_out(remember)))
        self.zoom_reset.triggered.connect(lambda: self._zoomed(zoom.reset(remember)))
        for act in (self.zoom_in, self.zoom_out, self.zoom_reset):
            self.menu_zoom.addAction(act)
            window.addAction(act)
        if window.persist:  # the user's choice (first start: the system's scheme)
            zoom.set_zoom(zoom.saved_zoom())
            theme.apply(theme.saved_theme())
        self._check()

    def set_theme(self, name: str) -> None:
        theme.apply(name, remember=self.w.persist)
        self._check()

    def _zoomed(self, value: float) -> None:
        self.w.statusBar().showMessage(
            Q.translate("ViewActions", "Text size {pct} %").format(pct=round(value * 100)), 3000
        )

    def _check(self) -> None:
        for name, act in self.theme_actions.items():
            act.setChecked(name == theme.current())

    def retranslate(self) -> None:
        self.menu_theme.setTitle(Q.translate("ViewActions", "&Theme"))
        for name, act in self.theme_actions.items():
            act.setText(theme.title(name))
        self.menu_zoom.setTitle(Q.translate("ViewActions", "Text &size"))
        self.zoom_in.setText(Q.translate("ViewActions", "&Larger text"))
        self.zoom_out.setText(Q.translate("ViewActions", "&Smaller text"))
        self.zoom_reset.setText(Q.translate("ViewActions", "&Normal text size"))
        self._check()
