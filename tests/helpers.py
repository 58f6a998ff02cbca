"""Helpers shared by the UI tests."""

from __future__ import annotations


def type_text(qtbot, widget, text: str) -> None:
    """Type text as a user would, one key event per character.

    qtbot.keyClicks aborts the process on non-ASCII text (Qt's qasciikey assertion),
    so each character is sent as its own QKeyEvent carrying the text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.wait(1)

