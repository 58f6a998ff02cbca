"""The layout both help dialogs share: their body above a Close button."""

from __future__ import annotations


def close_button_layout(dialog, body, size: tuple[int, int]) -> None:
    """``body`` above a Close button, the dialog at ``size`` (both help dialogs)."""
    from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    lay = QVBoxLayout(dialog)
    lay.addWidget(body)
    lay.addWidget(buttons)
    dialog.resize(*size)
