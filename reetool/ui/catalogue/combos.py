"""A combo box whose item values live on the Python side.

PySide6 6.12 converts an invalid QVariant (e.g. ``itemData`` that is None, or
``currentData()`` of an empty combo) to Python None without taking a reference, so each
such call over-releases None; on Python 3.11 that ends in "Fatal Python error:
none_dealloc". Keeping the values in a Python list means no None ever crosses from C++.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


class ValueCombo(QComboBox):
    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self._values: list = []

    def set_entries(self, entries, keep: bool = True) -> None:
        """Replace the entries ``[(text, value), …]``, keeping the current value if present."""
        current = self.currentData() if keep else None
        blocked = self.blockSignals(True)
        self.clear()
        self._values = []
        for text, value in entries:
            self._values.append(value)
            self.addItem(text)
        index = self.findData(current) if keep else -1
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(blocked)

    def set_texts(self, texts) -> None:
        for i, text in enumerate(texts):
            self.setItemText(i, text)

    def currentData(self, role=None):   # noqa: N802 (Qt name)
        i = self.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def itemData(self, index, role=None):   # noqa: N802
        return self._values[index] if 0 <= index < len(self._values) else None

    def findData(self, value, role=None, flags=None) -> int:   # noqa: N802
        try:
            return self._values.index(value)
        except ValueError:
            return -1

    def values(self) -> list:
        return list(self._values)
