"""Where the official catalogue text is published, with copy-address buttons (reusable).

``OfficialTextWidget(compact=False)`` lists each announcement page and PDF of a version
(reetool.data.catalogue_official) as a read-only address with its own "Copy address"
button; ``compact=True`` is one line with one button that copies every address, for the
coverage banner. reetool never opens the addresses: a user with a network elsewhere
fetches the PDF there and brings it back to import.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reetool.data.catalogue_official import official_texts


class OfficialTextWidget(QWidget):
    copied = Signal(str)          # the text put on the clipboard

    def __init__(self, parent=None, compact: bool = False):
        super().__init__(parent)
        self.setObjectName("official_text")
        self.compact = compact
        self.version: str | None = ""
        self.rows: list[dict] = []
        self.heading = QLabel(objectName="official_heading")
        self.heading.setWordWrap(True)
        self.feedback = QLabel(objectName="official_feedback")
        self.copy_all_button = QPushButton(objectName="official_copy_all")
        self.copy_all_button.clicked.connect(lambda: self.copy())
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self._row_widgets: list[tuple[QLabel, QLineEdit, QPushButton]] = []
        if compact:
            lay = QHBoxLayout(self)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(self.heading, 1)
            lay.addWidget(self.feedback)
            lay.addWidget(self.copy_all_button)
        else:
            lay = QVBoxLayout(self)
            lay.setContentsMargins(0, 0, 0, 0)
            head = QHBoxLayout()
            head.addWidget(self.heading, 1)
            head.addWidget(self.feedback)
            lay.addLayout(head)
            lay.addLayout(self.grid)
            self.copy_all_button.hide()
        self.retranslate()

    # --- content -----------------------------------------------------------------------
    def set_version(self, version: str | None) -> None:
        if version == self.version:
            return
        self.version = version
        self.rows = official_texts(version) if version else []
        self.feedback.clear()
        self._rebuild()
        self.retranslate()

    def addresses(self) -> list[str]:
        return [r["url"] for r in self.rows]

    def copy(self, url: str | None = None) -> str:
        """Put one address (or, without ``url``, every address with what it is) on the clipboard."""
        if url is None:
            text = "\n".join(f"{self._what(r)}: {r['url']}" for r in self.rows)
        else:
            text = url
        if text:
            QGuiApplication.clipboard().setText(text)
            self.feedback.setText(self.tr("Copied"))
            self.copied.emit(text)
        return text

    def _rebuild(self) -> None:
        for widgets in self._row_widgets:
            for w in widgets:
                self.grid.removeWidget(w)
                w.hide()
                w.deleteLater()
        self._row_widgets = []
        if self.compact:
            return
        for k, row in enumerate(self.rows):
            label = QLabel(objectName=f"official_what_{k}")
            address = QLineEdit(row["url"], objectName=f"official_url_{k}")
            address.setReadOnly(True)
            address.setCursorPosition(0)
            address.setToolTip(row["notes"])
            button = QPushButton(objectName=f"official_copy_{k}")
            button.clicked.connect(lambda _=False, u=row["url"]: self.copy(u))
            self.grid.addWidget(label, k, 0)
            self.grid.addWidget(address, k, 1)
            self.grid.addWidget(button, k, 2)
            self._row_widgets.append((label, address, button))

    # --- words ---------------------------------------------------------------------------
    def _publisher(self, value: str) -> str:
        return {"MOFCOM": self.tr("MOFCOM (Ministry of Commerce)"),
                "MOST": self.tr("MOST (Ministry of Science and Technology)")}.get(value, value)

    def _what(self, row: dict) -> str:
        kind = self.tr("announcement page") if row["kind"] == "page" else self.tr("PDF")
        return self.tr("{version} · {publisher} · {kind}").format(
            version=row["version"], publisher=self._publisher(row["publisher"]), kind=kind)

    def retranslate(self) -> None:
        self.copy_all_button.setText(self.tr("Copy addresses"))
        self.copy_all_button.setEnabled(bool(self.rows))
        if not self.version:
            self.heading.setText("")
        elif not self.rows:
            self.heading.setText(self.tr("reetool knows no address of the official text of the {version} "
                                         "catalogue.").format(version=self.version))
        elif self.compact:
            publishers = " / ".join(dict.fromkeys(self._publisher(r["publisher"]) for r in self.rows))
            self.heading.setText(self.tr("Official text published by {publishers}: copy the addresses, "
                                         "fetch the PDF where you have a network, then import it.").format(
                publishers=publishers))
            self.heading.setToolTip("\n".join(f"{self._what(r)}: {r['url']}" for r in self.rows))
        else:
            self.heading.setText(self.tr("Where the official text is published (reetool never opens these "
                                         "addresses: fetch the PDF where you have a network, then import it "
                                         "here):"))
        for (label, _address, button), row in zip(self._row_widgets, self.rows):
            label.setText(self._what(row))
            button.setText(self.tr("Copy address"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

