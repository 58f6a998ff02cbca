"""A reusable walk over a widget tree that finds user-visible text left in English.

    from tests.ui.i18n_walk import untranslated
    assert untranslated(window) == []

It reads what a user sees: window titles, labels, buttons, check boxes, group boxes, tab
titles, combo box entries, line-edit placeholders, table and tree headers, list entries,
menus and menu actions, tool tips of actions. Data cells (table contents, text browsers) are
data, kept as published, and are not read. A text counts as English when it holds an English
word of three or more letters that is not a deliberate exception: codes, units, source ids,
product and file-format names (``ALLOWED`` and ``ALLOWED_PATTERNS``). Pages added later are
covered by walking the main window after showing them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget,
    QMenu, QMenuBar, QPlainTextEdit, QTabBar, QTabWidget, QTextEdit, QWidget,
)

# Words that are the same in both languages: names, codes, formats and units.
ALLOWED = {
    "reetool", "usgs", "mcs", "hhi", "cr1", "cr3", "cr4", "pdf", "png", "svg", "csv", "json",
    "pptx", "powerpoint", "impress", "ctrl", "shift", "esc", "enter", "utf", "gb18030", "qt",
    "mofcom", "most", "miit", "mnr", "myb", "reo", "ndpr", "eu", "crma", "noto", "sans", "cjk",
    "english", "mt", "kg", "usd", "offscreen", "page", "up", "down", "home", "end", "space",
    "backspace", "data", "release",
}
ALLOWED_PATTERNS = (
    r"[A-Z0-9_]{2,}(?:[-_.][A-Za-z0-9]+)*",     # codes and ids: CAT-S12, USGS_MCS2023_DR, 083201J
    r"[A-Za-z]*\d+[A-Za-z0-9]*",               # anything with digits: MCS2026, v1.3, 2x
    r"[A-Za-z]+\.(?:csv|json|txt|pdf|png|ini|xlsx)",  # file names
)
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")


def english_words(text: str) -> list[str]:
    """English words of ``text`` that are not deliberate exceptions."""
    cleaned = text.replace("&", "")
    for pattern in ALLOWED_PATTERNS:
        cleaned = re.sub(rf"(?<![A-Za-z]){pattern}(?![A-Za-z])", " ", cleaned)
    cleaned = re.sub(r"\([^)]*\)|\b(?:https?://|www\.)\S+", " ", cleaned)   # (file filters, URLs)
    return [w for w in WORD.findall(cleaned) if w.lower().strip("'’-") not in ALLOWED]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every user-visible string under ``root`` (see module doc)."""
    out: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            out.append((where, text))

    widgets = [root] + root.findChildren(QWidget)
    for w in widgets:
        if isinstance(w, QMenu):
            continue  # menus are read through the menu bar below
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = w.objectName() or type(w).__name__
        if w.isWindow():
            add(f"{name}.windowTitle", w.windowTitle())
        if isinstance(w, QLabel) and not w.textFormat() == Qt.TextFormat.RichText:
            add(f"{name}.text", w.text())
        elif isinstance(w, QAbstractButton):
            add(f"{name}.text", w.text())
        elif isinstance(w, QGroupBox):
            add(f"{name}.title", w.title())
        elif isinstance(w, QLineEdit):
            add(f"{name}.placeholder", w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(f"{name}.placeholder", w.placeholderText())
        elif isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                if w.itemText(i) != str(w.itemData(i)):   # equal: a data name as published
                    add(f"{name}[{i}]", w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name}.tab[{i}]", w.tabText(i))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(f"{name}.tab[{i}]", w.tabText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None \
                and not isinstance(w, QListWidget):
            header = getattr(w, "horizontalHeader", None) or getattr(w, "header", None)
            if header is not None and header() is not None and not header().isHidden():
                model = w.model()
                for c in range(model.columnCount(QModelIndex())):
                    add(f"{name}.header[{c}]",
                        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        if isinstance(w, QListWidget) and w.objectName() in UI_LISTS:
            for i in range(w.count()):
                add(f"{name}[{i}]", w.item(i).text())
        if isinstance(w, QMenuBar):
            for act in w.actions():
                out.extend(menu_texts(act.menu(), name) if act.menu() else [])
    return out


UI_LISTS = {"nav", "charts_list"}     # lists whose entries are interface, not data


def menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    out = [(f"{where}/{menu.objectName()}", menu.title())]
    for act in menu.actions():
        if act.menu() is not None:
            out += menu_texts(act.menu(), where)
        elif not act.isSeparator():
            out.append((f"{where}/{act.objectName() or act.text()}", act.text()))
    return out


def untranslated(root: QWidget, extra_allowed: set[str] = frozenset()) -> list[str]:
    """'where: text [words]' for every visible string that still has English words."""
    found = []
    for where, text in visible_texts(root):
        words = [w for w in english_words(text) if w.lower() not in extra_allowed]
        if words:
            found.append(f"{where}: {text!r} {words}")
    return found
