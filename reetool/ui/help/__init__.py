"""Help → Keyboard shortcuts (generated from the real QActions) and Help → User guide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QAction, QKeySequence


class HelpActions:
    """The two Help menu entries of the main window."""

    def __init__(self, window) -> None:
        self.w = window
        self.shortcuts = QAction(window, objectName="act_shortcuts")
        self.shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.guide = QAction(window, objectName="act_guide")
        self.guide.triggered.connect(self.show_guide)
        first = window.menu_help.actions()[0] if window.menu_help.actions() else None
        for act in (self.guide, self.shortcuts):
            window.menu_help.insertAction(first, act)
            first = act
        window.menu_help.insertSeparator(window.act_about)
        window.addAction(self.shortcuts)
        self.dialog = None

    def show_shortcuts(self):
        from reetool.ui.help.shortcuts import ShortcutsDialog

        self.dialog = ShortcutsDialog(self.w)
        self.dialog.open()
        return self.dialog

    def show_guide(self):
        from reetool.ui.help.guide import GuideDialog

        self.dialog = GuideDialog(self.w)
        self.dialog.open()
        return self.dialog

    def retranslate(self) -> None:
        self.shortcuts.setText(Q.translate("Help", "&Keyboard shortcuts"))
        self.guide.setText(Q.translate("Help", "&User guide"))
