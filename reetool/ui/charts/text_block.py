"""A chart's text block (title, subtitle, footer): a pyqtgraph LabelItem whose place in the
layout follows only its height.

pyqtgraph's LabelItem makes its text's width its minimum width and asks the layout to be
redone on every ``setText``, so a title holding a number that follows a slider ("withholds
35.0 % of its output") re-lays out the whole chart (title, plot, axes, footer) at every
step. The blocks are wrapped to the chart's width before they are set (``text.fit``), so
their width never needs to push the layout; the layout is redone only when a block's
height changes (a line more or less).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt


class TextBlock(pg.LabelItem):
    _laid_height: float | None = None

    def updateMin(self) -> None:  # noqa: N802 (pyqtgraph's name)
        height = self.itemRect().height()
        self._sizeHint = {
            Qt.SizeHint.MinimumSize: (0, height),
            Qt.SizeHint.PreferredSize: (0, height),
            Qt.SizeHint.MaximumSize: (-1, -1),
            Qt.SizeHint.MinimumDescent: (0, 0),
        }
        if height != self._laid_height:
            self.setMinimumHeight(height)
            self.updateGeometry()

    def updateGeometry(self) -> None:  # noqa: N802 (Qt's name)
        height = self.itemRect().height()
        if height != self._laid_height:
            self._laid_height = height
            super().updateGeometry()
