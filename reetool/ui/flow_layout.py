"""A layout that places its widgets left to right and wraps onto the next line when the width
runs out (Qt's "flow layout" example): rows of buttons and filters that stay whole on a
1024-pixel projector instead of widening the window or cutting their text.

``flow_row(*widgets)`` returns a QWidget holding them in a FlowLayout, ready to add to a
page's layout (its height follows its width)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- the QLayout protocol -------------------------------------------------------------
    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line wide (what the row would like), one line high."""
        width = sum(i.sizeHint().width() for i in self._visible()) \
            + self._spacing * max(0, len(self._visible()) - 1)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item: everything else wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # --- placing -------------------------------------------------------------------------
    def _visible(self) -> list:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple] = []

        def finish_line():
            # items of one line share its height and sit centred in it
            if move:
                for item, pos, size in line:
                    top = pos.y() + (line_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(pos.x(), top), size))
            line.clear()

        for item in self._visible():
            size = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20))
            if line and x + size.width() > area.right() + 1:
                finish_line()
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            line.append((item, QPoint(x, y), size))
            x += size.width() + self._spacing
            line_height = max(line_height, size.height())
        finish_line()
        return y + line_height - rect.y() + m.bottom()


def flow_row(*widgets: QWidget, spacing: int = 6) -> QWidget:
    """The widgets in a wrapping row, as one widget."""
    holder = QWidget()
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    flow = FlowLayout(holder, spacing)
    for w in widgets:
        flow.addWidget(w)
    return holder
