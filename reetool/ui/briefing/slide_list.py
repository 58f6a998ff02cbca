"""The slide list (thumbnails, drag and keyboard reorder) and the large slide preview.

Both only render what the BriefingState holds: a drop or Ctrl+↑/↓ asks the page to move the
slide in the state, and the list is rebuilt from the state afterwards.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from reetool.data.deck import text as deck_text

THUMB = QSize(192, 108)


def slide_label(slide: dict, number: int, lang: str) -> str:
    kinds = {"title": Q.translate("Briefing", "Title"), "chart": Q.translate("Briefing", "Chart"),
             "figure": Q.translate("Briefing", "Figures"),
             "catalogue_item": Q.translate("Briefing", "Catalogue item"),
             "version_change": Q.translate("Briefing", "Version change"),
             "scenario": Q.translate("Briefing", "Scenario")}
    head = deck_text(slide.get("caption"), lang) or deck_text(slide.get("title"), lang)
    kind = kinds.get(slide.get("kind"), slide.get("kind", ""))
    return f"{number}. {kind} · {shorten(head, 34)}"


def shorten(text: str, width: int) -> str:
    """At most ``width`` columns (a Chinese character takes two), ending in "…" when cut."""
    import unicodedata

    used, out = 0, []
    for ch in " ".join(text.split()):
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width - 1:
            return "".join(out).rstrip() + "…"
        out.append(ch)
        used += w
    return "".join(out)


class SlideList(QListWidget):
    move_requested = Signal(int, int)      # from, to
    remove_requested = Signal()
    duplicate_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("briefing_slides")
        self.setIconSize(THUMB)
        self.setViewMode(QListWidget.ViewMode.IconMode)     # thumbnail above its label
        self.setFlow(QListWidget.Flow.TopToBottom)
        self.setWrapping(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Snap)
        self.setWordWrap(True)
        self.setSpacing(6)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.renderer = None
        self._thumbs: dict[str, QIcon] = {}
        self._pending: list[int] = []
        self._thumb_timer = QTimer(self, singleShot=True, interval=0)
        self._thumb_timer.timeout.connect(self._next_thumb)
        self.slides: list[dict] = []

    def set_slides(self, slides: list[dict], current: int, renderer, lang: str) -> None:
        """Show ``slides`` (the state's), select ``current``; thumbnails are drawn after."""
        if renderer is not self.renderer:
            self._thumbs.clear()
            self.renderer = renderer
        self.slides = slides
        self.blockSignals(True)
        self.clear()
        blank = QPixmap(THUMB)
        blank.fill(QColor("#DDDDDD"))
        for n, s in enumerate(slides, start=1):
            item = QListWidgetItem(self._thumbs.get(self._key(s, n, len(slides)), QIcon(blank)),
                                   slide_label(s, n, lang))
            item.setToolTip(deck_text(s.get("notes"), lang) or slide_label(s, n, lang))
            self.addItem(item)
        if 0 <= current < len(slides):
            self.setCurrentRow(current)
        self.blockSignals(False)
        self._pending = [i for i, s in enumerate(slides)
                         if self._key(s, i + 1, len(slides)) not in self._thumbs]
        self._thumb_timer.start()

    def _key(self, slide: dict, number: int, total: int) -> str:
        return f"{number}/{total}:" + json.dumps(slide, sort_keys=True, default=str)

    def _next_thumb(self) -> None:
        """One thumbnail per turn of the event loop, so the page stays responsive."""
        if not self._pending or self.renderer is None:
            return
        i = self._pending.pop(0)
        if i < len(self.slides) and i < self.count():
            s, n = self.slides[i], len(self.slides)
            image = self.renderer.image(s, i + 1, n, QSize(THUMB.width() * 2, THUMB.height() * 2))
            icon = QIcon(QPixmap.fromImage(image))
            self._thumbs[self._key(s, i + 1, n)] = icon
            self.item(i).setIcon(icon)
        if self._pending:
            self._thumb_timer.start()

    def thumbnails_done(self) -> bool:
        return not self._pending

    # --- reorder ------------------------------------------------------------------------------
    def drop_row(self, pos) -> int:
        """The row a drop at ``pos`` (viewport coordinates) lands on."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count() - 1
        rect = self.visualRect(index)
        return index.row() if pos.y() < rect.center().y() else index.row() + 1

    def dropEvent(self, event) -> None:
        src = self.currentRow()
        dst = self.drop_row(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)   # the state moves it, not the view
        event.accept()
        if src >= 0:
            dst = dst - 1 if dst > src else dst
            if dst != src:
                self.move_requested.emit(src, dst)

    def keyPressEvent(self, event) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        row = self.currentRow()
        if ctrl and event.key() == Qt.Key.Key_Up and row > 0:
            self.move_requested.emit(row, row - 1)
        elif ctrl and event.key() == Qt.Key.Key_Down and 0 <= row < self.count() - 1:
            self.move_requested.emit(row, row + 1)
        elif event.key() == Qt.Key.Key_Delete and row >= 0:
            self.remove_requested.emit()
        elif ctrl and event.key() == Qt.Key.Key_D and row >= 0:
            self.duplicate_requested.emit()
        else:
            super().keyPressEvent(event)


class SlidePreview(QWidget):
    """The selected slide, large, drawn by the page's renderer (16:9, letter-boxed)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("briefing_preview")
        self.setMinimumSize(320, 180)
        self.renderer = None
        self.slide: dict | None = None
        self.number = self.total = 0
        self.empty_text = ""

    def show_slide(self, renderer, slide: dict | None, number: int, total: int) -> None:
        self.renderer, self.slide, self.number, self.total = renderer, slide, number, total
        self.update()

    def slide_rect(self) -> QRectF:
        w, h = self.width() - 8, self.height() - 8
        sw = min(w, h * 16 / 9)
        sh = sw * 9 / 16
        return QRectF((self.width() - sw) / 2, (self.height() - sh) / 2, sw, sh)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        rect = self.slide_rect()
        if self.slide is not None and self.renderer is not None:
            dpr = self.devicePixelRatioF()
            image = self.renderer.image(self.slide, self.number, self.total,
                                        QSize(round(rect.width() * dpr),
                                              round(rect.height() * dpr)))
            image.setDevicePixelRatio(dpr)
            p.drawImage(rect.topLeft(), image)
            p.setPen(self.palette().mid().color())
            p.drawRect(rect.adjusted(0, 0, -1, -1))
        else:
            p.setPen(self.palette().text().color())
            p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                       self.empty_text)
        p.end()
