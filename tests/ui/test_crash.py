"""An unexpected error in the window is logged to the user data folder and shown."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reetool.ui import crash


def test_error_is_logged_and_shown(app, qtbot, isolated_user_folders):
    shown = []

    def close_box():
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, close_box)
            return
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(20, close_box)
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    log = isolated_user_folders["data"] / "logs" / "errors.log"
    assert "ValueError: boom in a slot" in log.read_text(encoding="utf-8")
    assert shown and "boom in a slot" in shown[0] and str(log) in shown[0]
