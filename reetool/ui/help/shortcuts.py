"""Help → Keyboard shortcuts: a table generated from the QActions that really exist (the
menus of the main window, the pages' menus and the presentation keys), so it stays true."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog, QHeaderView, QMenu, QTableWidget, QTableWidgetItem,
)

from reetool.ui.help.dialog_layout import close_button_layout


def _clean(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def keys_text(act) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts())


def menu_rows(menu: QMenu, prefix: str = "") -> list[tuple[str, str, str]]:
    """(group, action, keys) for every action with a shortcut in ``menu`` and its submenus."""
    title = prefix + _clean(menu.title())
    rows = []
    for act in menu.actions():
        if act.menu() is not None:
            rows += menu_rows(act.menu(), title + " → ")
        elif not act.isSeparator() and act.shortcuts():
            rows.append((title, _clean(act.text()), keys_text(act)))
    return rows


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    from reetool.ui.briefing.present import presentation_actions

    rows = []
    window._fill_page_menu("briefing", window.page_menus["briefing"])  # the deck commands
    for act in window.menuBar().actions():
        if act.menu() is not None:
            rows += menu_rows(act.menu())
    group = Q.translate("Help", "Presenting (full screen)")
    holder = QMenu()
    for act in presentation_actions(holder).values():
        rows.append((group, _clean(act.text()), keys_text(act)))
    rows.append((group, Q.translate("Help", "Type a slide number"), "0 … 9"))
    holder.deleteLater()
    rows.append(
        (
            Q.translate("Help", "Briefing page: slide list"),
            Q.translate("Help", "Move slide up / down"),
            "Ctrl+Up, Ctrl+Down",
        )
    )
    seen, out = set(), []
    for row in rows:
        if row not in seen:
            seen.add(row)
            out.append(row)
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(Q.translate("Help", "Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.table = QTableWidget(len(self.rows), 3, objectName="shortcuts_table")
        self.table.setHorizontalHeaderLabels(
            [
                Q.translate("Help", "Where"),
                Q.translate("Help", "Command"),
                Q.translate("Help", "Keys"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        close_button_layout(self, self.table, (760, 560))
