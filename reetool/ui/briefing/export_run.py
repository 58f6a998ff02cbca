"""Long exports with progress and cancel: one slide per turn of the event loop.

An export is a generator that yields the number of slides done (export_pdf, export_pptx).
``ExportRun`` steps it from a zero-interval timer, so the window keeps repainting and the
Cancel button works without any processEvents loop; cancelling closes the generator before
anything is written (PDF, PPTX) or after the PNGs written so far.
"""

from __future__ import annotations

from typing import Iterator

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QProgressDialog


class ExportRun(QObject):
    finished = Signal(str, str)     # outcome ("done" | "cancelled" | "failed"), message

    def __init__(self, parent_widget, label: str, steps: Iterator[int], total: int,
                 done_message: str, cancel_message: str = ""):
        super().__init__(parent_widget)
        self.steps = steps
        self.total = total
        self.done_message = done_message
        self.cancel_message = cancel_message or Q.translate(
            "Briefing", "Export cancelled; nothing was written.")
        self.outcome = ""
        self.dialog = QProgressDialog(label, Q.translate("Briefing", "Cancel"), 0, total,
                                      parent_widget)
        self.dialog.setObjectName("export_progress")
        self.dialog.setWindowTitle(Q.translate("Briefing", "Exporting"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.timer = QTimer(self, interval=0)
        self.timer.timeout.connect(self._step)

    def start(self) -> "ExportRun":
        self.dialog.setValue(0)
        self.dialog.show()
        self.timer.start()
        return self

    def _step(self) -> None:
        try:
            done = next(self.steps)
        except StopIteration:
            self._finish("done", self.done_message)
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user, the app keeps running
            self._finish("failed", Q.translate("Briefing", "The export failed: {error}").format(
                error=str(exc) or type(exc).__name__))
            return
        self.dialog.setLabelText(Q.translate("Briefing", "Slide {n} of {total}…").format(
            n=done, total=self.total))
        self.dialog.setValue(done)

    def cancel(self) -> None:
        if self.outcome:
            return
        self.steps.close()
        self._finish("cancelled", self.cancel_message)

    def _finish(self, outcome: str, message: str) -> None:
        if self.outcome:
            return
        self.outcome = outcome
        self.timer.stop()
        self.dialog.blockSignals(True)
        self.dialog.close()
        self.finished.emit(outcome, message)
        self.deleteLater()
