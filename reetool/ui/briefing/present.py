"""The presentation window: slides full screen on the chosen screen.

Keys (QActions, so Help → Keyboard shortcuts lists them as they are): → ↓ PageDown Space N
next; ← ↑ PageUp Backspace P previous; Home first; End last; digits then Enter jump to that
slide; B black screen, W white screen (again to return); Esc leaves. Each slide is rendered
once per window size into a pixmap, and the next one is prepared while the current one shows,
so moving on is a blit.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

K = Qt.Key
# (name, description, keys): the one table of presentation keys
KEYS = (
    ("next", QT_TRANSLATE_NOOP("Briefing", "Next slide"),
     (K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_N)),
    ("previous", QT_TRANSLATE_NOOP("Briefing", "Previous slide"),
     (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P)),
    ("first", QT_TRANSLATE_NOOP("Briefing", "First slide"), (K.Key_Home,)),
    ("last", QT_TRANSLATE_NOOP("Briefing", "Last slide"), (K.Key_End,)),
    ("goto", QT_TRANSLATE_NOOP("Briefing", "Go to the slide whose number you typed"),
     (K.Key_Return, K.Key_Enter)),
    ("black", QT_TRANSLATE_NOOP("Briefing", "Black screen (press again to return)"),
     (K.Key_B, K.Key_Period)),
    ("white", QT_TRANSLATE_NOOP("Briefing", "White screen (press again to return)"),
     (K.Key_W, K.Key_Comma)),
    ("leave", QT_TRANSLATE_NOOP("Briefing", "End the presentation"), (K.Key_Escape,)),
)


def presentation_actions(parent, slots: dict | None = None) -> dict[str, QAction]:
    """The presentation's QActions (also read by Help → Keyboard shortcuts)."""
    out = {}
    for name, text, keys in KEYS:
        act = QAction(Q.translate("Briefing", text), parent, objectName=f"act_present_{name}")
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if slots and name in slots:
            act.triggered.connect(slots[name])
        out[name] = act
    return out


class PresentationWindow(QWidget):
    """Full-screen slides. ``slides`` is a snapshot of the deck taken when presenting starts."""

    slide_changed = Signal(int)
    closed = Signal(int)          # the index shown last

    def __init__(self, slides: list[dict], renderer, start: int = 0, screen=None,
                 full_screen: bool = True, parent=None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slides = list(slides)
        self.renderer = renderer
        self.index = max(0, min(start, len(self.slides) - 1))
        self.blank: str | None = None          # None | "black" | "white"
        self.typed = ""
        self._cache: dict[tuple[int, int, int], QPixmap] = {}
        self.actions_ = presentation_actions(self, {
            "next": self.next, "previous": self.previous, "first": self.first,
            "last": self.last, "goto": self.go_typed, "black": lambda: self.toggle_blank("black"),
            "white": lambda: self.toggle_blank("white"), "leave": self.close})
        self.addActions(list(self.actions_.values()))
        self._prefetch = QTimer(self, singleShot=True, interval=0)
        self._prefetch.timeout.connect(self._prefetch_neighbours)
        self.setWindowTitle(Q.translate("Briefing", "reetool — presentation"))
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()

    # --- navigation --------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.slides) - 1))
        self.typed = ""
        self.blank = None
        if index != self.index:
            self.index = index
            self.slide_changed.emit(index)
        self.update()
        self._prefetch.start()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def first(self) -> None:
        self.go(0)

    def last(self) -> None:
        self.go(len(self.slides) - 1)

    def go_typed(self) -> None:
        if self.typed:
            self.go(int(self.typed) - 1)

    def toggle_blank(self, colour: str) -> None:
        self.blank = None if self.blank == colour else colour
        self.update()

    # --- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit() and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                    Qt.KeyboardModifier.KeypadModifier):
            self.typed = (self.typed + text)[-4:]
            self.update()
            return
        # keys that reach the window directly (e.g. before it is active) run the same actions
        for act in self.actions_.values():
            if any(seq.matches(QKeySequence(event.keyCombination())) ==
                   QKeySequence.SequenceMatch.ExactMatch for seq in act.shortcuts()):
                act.trigger()
                return
        super().keyPressEvent(event)

    # --- painting -----------------------------------------------------------------------------
    def pixmap(self, index: int, size: QSize) -> QPixmap:
        dpr = self.devicePixelRatioF()
        key = (index, size.width(), size.height())
        if key not in self._cache:
            px = QSize(round(size.width() * dpr), round(size.height() * dpr))
            image = self.renderer.image(self.slides[index], index + 1, len(self.slides), px)
            pm = QPixmap.fromImage(image)
            pm.setDevicePixelRatio(dpr)
            self._cache[key] = pm
        return self._cache[key]

    def _prefetch_neighbours(self) -> None:
        for i in (self.index + 1, self.index - 1):
            if 0 <= i < len(self.slides) and self.isVisible():
                self.pixmap(i, self.size())

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        if self.blank or not self.slides:
            p.fillRect(self.rect(), QColor("#FFFFFF" if self.blank == "white" else "#000000"))
        else:
            p.drawPixmap(0, 0, self.pixmap(self.index, self.size()))
        if self.typed:
            h = self.height()
            font = p.font()
            font.setPixelSize(max(round(h / 18), 12))
            p.setFont(font)
            box = QRectF(self.width() - h * 0.34, h * 0.03, h * 0.3, h * 0.09)
            p.fillRect(box, QColor(0, 0, 0, 190))
            p.setPen(QColor("#FFFFFF"))
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), f"→ {self.typed}")
        p.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._prefetch.start()

    def closeEvent(self, event) -> None:
        self.closed.emit(self.index)
        super().closeEvent(event)
