"""A tab's page that paints its own background, in the colour of the tab widget's pane.

Qt repaints a changed child of a see-through widget together with everything behind it: a
label that changes on a scenario tab (a slider step) made Qt paint the tab widget's frame,
the outer tab widget's frame and the scroll area behind them again, about a sixth of the
step. A page that says it paints all its pixels (``WA_OpaquePaintEvent``) stops that; it
fills itself with the pane's colour, read from the style itself (drawn once into a small
image, again after a palette or style change), so it looks the same in every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionTabWidgetFrame, QWidget


def pane_color(widget: QWidget) -> QColor:
    """The colour inside a tab widget's pane, as ``widget``'s style draws it."""
    image = QImage(24, 24, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(widget.palette().window().color())
    option = QStyleOptionTabWidgetFrame()
    option.initFrom(widget)
    option.rect = QRect(0, 0, 24, 24)
    painter = QPainter(image)
    widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameTabWidget, option, painter, widget)
    painter.end()
    return image.pixelColor(12, 12)


class TabPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._color: QColor | None = None

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._color = None
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._color is None:
            self._color = pane_color(self)
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._color)
        painter.end()
