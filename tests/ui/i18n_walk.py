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

The data a user reads is walked by ``unlabelled_english(root)``: table and tree cells with
their tool tips, text browsers (detail panes), rich-text labels and widget tool tips. Data
may stay English as published only under a Chinese label that says so (``ENGLISH_LABELS``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QListWidget,
    QMenu, QMenuBar, QPlainTextEdit, QTabBar, QTabWidget, QTextEdit, QTreeView, QWidget,
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


def english_words(text: str, allowed: set[str] = ALLOWED, parens: bool = True) -> list[str]:
    """English words of ``text`` that are not deliberate exceptions (``allowed``); with
    ``parens`` what stands in brackets (file filters) is skipped too."""
    cleaned = text.replace("&", "")
    for pattern in ALLOWED_PATTERNS:
        cleaned = re.sub(rf"(?<![A-Za-z]){pattern}(?![A-Za-z])", " ", cleaned)
    cleaned = re.sub(r"\b(?:https?://|www\.)\S+", " ", cleaned)          # URLs
    if parens:
        cleaned = re.sub(r"\([^)]*\)", " ", cleaned)                        # (file filters)
    return [w for w in WORD.findall(cleaned) if w.lower().strip("'’-") not in allowed]


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


# --- data shown in the Chinese interface ---------------------------------------------------
# Data may stay English only where a Chinese label says what it is: the original English of a
# source or of the bundle ("英文原文", "原文标题", "引文原文"), a translation and its origin
# ("第三方译文", "reetool 自拟译文"), an official title as cited ("官方标题"), a name in English
# ("英文：Scandium"). The label stands on
# the same line, or in the header of the column (a column of English names says "英文").
ENGLISH_LABELS = ("原文", "译文", "官方标题", "英文")
ENGLISH_COLUMN = "英文"
DATA_ALLOWED = ALLOWED - {"data", "release"}      # "data release" is an edition's words
_TAGS = re.compile(r"<[^>]+>")


def _plain(text) -> str:
    import html

    text = str(text or "")
    if "<" in text and ">" in text:
        text = html.unescape(_TAGS.sub(" ", text.replace("<br>", "\n").replace("</p>", "\n")))
    return text


def data_texts(root: QWidget) -> list[tuple[str, str, str]]:
    """(where, text, column header) for the data a user reads under ``root``: every cell of
    its tables and trees (display text and tool tip, children of tree rows too), the text of
    its text browsers, rich-text labels and the tool tips of its widgets."""
    out: list[tuple[str, str, str]] = []
    for w in [root] + root.findChildren(QWidget):
        if w is not root and not w.isVisibleTo(root):
            continue
        name = w.objectName() or type(w).__name__
        if w.toolTip():
            out.append((f"{name}.toolTip", _plain(w.toolTip()), ""))
        if isinstance(w, QLabel) and w.textFormat() == Qt.TextFormat.RichText:
            out.append((f"{name}.text", _plain(w.text()), ""))
        if isinstance(w, QTextEdit) and w.isReadOnly():
            out.append((f"{name}.text", w.toPlainText(), ""))
        if isinstance(w, QAbstractItemView) and w.model() is not None \
                and not isinstance(w, QHeaderView):
            out += _cells(w, name)
    return out


def _cells(view: QAbstractItemView, name: str) -> list[tuple[str, str, str]]:
    model, out = view.model(), []
    tree = isinstance(view, QTreeView)          # rows with children (a table's have none)

    def walk(parent: QModelIndex, depth: int) -> None:
        columns = model.columnCount(parent) if not isinstance(view, QListWidget) else 1
        for r in range(model.rowCount(parent)):
            for c in range(columns):
                index = model.index(r, c, parent)
                head = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for role, what in ((Qt.ItemDataRole.DisplayRole, ""),
                                   (Qt.ItemDataRole.ToolTipRole, ".tip")):
                    out.append((f"{name}[{depth}:{r},{c}]{what}", _plain(index.data(role)), head))
            if tree and depth < 2 and model.rowCount(model.index(r, 0, parent)):
                walk(model.index(r, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    return out


def unlabelled_english(root: QWidget, extra_allowed: set[str] = frozenset()) -> list[str]:
    """'where: line [words]' for every line of data under ``root`` that holds English words
    with no Chinese label saying it is English as published (see ENGLISH_LABELS)."""
    found = []
    for where, text, head in data_texts(root):
        if ENGLISH_COLUMN in head:
            continue
        for line in text.splitlines():
            if any(label in line for label in ENGLISH_LABELS):
                continue
            words = [w for w in english_words(line, DATA_ALLOWED, parens=False)
                     if w.lower() not in extra_allowed]
            if words:
                found.append(f"{where}: {line!r} {words}")
    return sorted(set(found))
