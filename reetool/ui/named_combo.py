"""A combo box whose entries show a name in the UI language but stand for the name as
published (a country, a commodity). Code reads and sets the published name; the user sees
the translation, which follows language changes."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox


class NamedCombo(QComboBox):
    def __init__(self, display: Callable[[str], str], parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self._display = display

    def set_names(self, names: list[str], pick: str | None = None) -> None:
        """Replace the entries without emitting signals; select ``pick`` if listed."""
        self.blockSignals(True)
        self.clear()
        for name in names:
            self.addItem(self._display(name), name)
        if pick is not None and pick in names:
            self.setCurrentIndex(names.index(pick))
        self.blockSignals(False)

    def value(self) -> str:
        """The selected name as published ('' when there is none)."""
        return (self.currentData() or "") if self.count() else ""

    def set_value(self, name: str) -> bool:
        index = self.findData(name)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        return index >= 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for i in range(self.count()):
                self.setItemText(i, self._display(self.itemData(i)))
        super().changeEvent(event)
