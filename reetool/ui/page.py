"""Base class of every page: a widget that knows its id, title and how to retranslate."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from reetool.ui.theme_colors import current as current_theme


class Page(QWidget):
    page_id = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"page_{self.page_id}")
        self._styled_for = current_theme()

    def heading_label(self, object_name: str) -> QLabel:
        """The page's title line: bold, 1.2 × the UI font."""
        label = QLabel(objectName=object_name)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        label.setFont(font)
        return label

    def retranslate(self) -> None:
        """Re-read every user-visible string (called on language change)."""

    def restyle(self) -> None:
        """Re-render what carries the theme's colours itself (HTML, painted cells); called
        once per theme change."""

    def status_text(self) -> str:
        """A line for the status bar while this page is shown ('' for none)."""
        return ""

    def briefing_slides(self) -> list[dict] | None:
        """Slides for "Add to briefing" (Ctrl+B): Qt-free dicts built with the constructors of
        reetool.data.deck, or None when the page has nothing to add. See
        reetool.ui.briefing.window_actions for the protocol."""
        return None

    def self_test(self) -> list[str]:
        """Exercise the page headlessly; return what was checked. Raise on failure."""
        return []

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self._styled_for != current_theme():
            self._styled_for = current_theme()
            self.restyle()
        super().changeEvent(event)
