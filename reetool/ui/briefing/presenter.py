"""The presenter view: on the laptop while the slides show on the projector — the current
slide, the next one, the speaker notes and the time since presenting began. The same keys
drive both windows."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QWidget,
)

from reetool.data.deck import text as deck_text


class SlideImage(QWidget):
    """Paints one slide, scaled to fit, through the presentation's renderer."""

    def __init__(self, renderer, parent=None):
        super().__init__(parent)
        self.renderer = renderer
        self.slide: dict | None = None
        self.number = self.total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)

    def show_slide(self, slide: dict | None, number: int, total: int) -> None:
        self.slide, self.number, self.total = slide, number, total
        self.update()

    def slide_rect(self) -> QRectF:
        w, h = self.width(), self.height()
        sw = min(w, h * 16 / 9)
        sh = sw * 9 / 16
        return QRectF((w - sw) / 2, (h - sh) / 2, sw, sh)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        if self.slide is not None:
            rect = self.slide_rect()
            image = self.renderer.image(self.slide, self.number, self.total,
                                        QSize(round(rect.width()), round(rect.height())))
            p.drawImage(rect.topLeft(), image)
            p.setPen(QColor("#888888"))
            p.drawRect(rect.adjusted(0, 0, -1, -1))
        p.end()


class PresenterView(QWidget):
    def __init__(self, presentation, screen=None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter_view")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.presentation = presentation
        r = presentation.renderer
        self.current = SlideImage(r)
        self.current.setObjectName("presenter_current")
        self.next_view = SlideImage(r)
        self.next_view.setObjectName("presenter_next")
        self.notes = QPlainTextEdit(objectName="presenter_notes", readOnly=True)
        f = self.notes.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        self.notes.setFont(f)
        self.clock = QLabel(objectName="presenter_clock")
        self.counter = QLabel(objectName="presenter_counter")
        self.next_label = QLabel(objectName="presenter_next_label")
        for lab in (self.clock, self.counter):
            lf = lab.font()
            lf.setPointSizeF(lf.pointSizeF() * 2)
            lf.setBold(True)
            lab.setFont(lf)
        self.prev_button = QPushButton(objectName="presenter_prev")
        self.next_button = QPushButton(objectName="presenter_next_button")
        self.end_button = QPushButton(objectName="presenter_end")
        self.prev_button.clicked.connect(presentation.previous)
        self.next_button.clicked.connect(presentation.next)
        self.end_button.clicked.connect(presentation.close)
        for b in (self.prev_button, self.next_button, self.end_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay = QGridLayout(self)
        lay.addWidget(self.current, 0, 0, 3, 1)
        lay.addWidget(self.next_label, 0, 1)
        lay.addWidget(self.next_view, 1, 1)
        lay.addWidget(self.notes, 2, 1)
        lay.addWidget(self.counter, 3, 0)
        buttons = QWidget()
        bl = QGridLayout(buttons)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.clock, 0, 0)
        bl.addWidget(self.prev_button, 0, 1)
        bl.addWidget(self.next_button, 0, 2)
        bl.addWidget(self.end_button, 0, 3)
        lay.addWidget(buttons, 3, 1)
        lay.setColumnStretch(0, 3)
        lay.setColumnStretch(1, 2)
        lay.setRowStretch(1, 3)       # the next slide large enough to read
        lay.setRowStretch(2, 2)
        self.addActions(list(presentation.actions_.values()))   # the same keys here
        self.elapsed = QElapsedTimer()
        self.elapsed.start()
        self.tick = QTimer(self, interval=1000)
        self.tick.timeout.connect(self._update_clock)
        self.tick.start()
        presentation.slide_changed.connect(self.refresh)
        presentation.closed.connect(lambda _i: self.close())
        self.setWindowTitle(Q.translate("Briefing", "reetool — presenter view"))
        self.retranslate()
        self.refresh()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    def retranslate(self) -> None:
        self.next_label.setText(Q.translate("Briefing", "Next:"))
        self.prev_button.setText(Q.translate("Briefing", "Previous"))
        self.next_button.setText(Q.translate("Briefing", "Next"))
        self.end_button.setText(Q.translate("Briefing", "End (Esc)"))
        self._update_clock()

    def refresh(self, *_args) -> None:
        pres = self.presentation
        i, n = pres.index, len(pres.slides)
        self.current.show_slide(pres.slides[i] if n else None, i + 1, n)
        nxt = pres.slides[i + 1] if i + 1 < n else None
        self.next_view.show_slide(nxt, i + 2, n)
        notes = deck_text(pres.slides[i].get("notes"), pres.renderer.lang) if n else ""
        self.notes.setPlainText(notes or Q.translate("Briefing", "(no notes for this slide)"))
        self.counter.setText(Q.translate("Briefing", "Slide {n} of {total}").format(
            n=i + 1, total=n))

    def elapsed_text(self) -> str:
        s = self.elapsed.elapsed() // 1000
        return f"{s // 3600:d}:{s // 60 % 60:02d}:{s % 60:02d}"

    def _update_clock(self) -> None:
        self.clock.setText(Q.translate("Briefing", "Elapsed {time}").format(
            time=self.elapsed_text()))

    def keyPressEvent(self, event) -> None:
        self.presentation.keyPressEvent(event)
