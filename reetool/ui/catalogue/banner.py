"""The coverage banner over the catalogue table: how many of the official items this
installation holds for the version shown (bundled, carried over, imported), the official
counts and their basis, where the official text is published (with a button that copies the
addresses, for a user who can fetch it elsewhere) and a button to import it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from reetool.ui.catalogue import labels
from reetool.ui.catalogue.official_text import OfficialTextWidget
from reetool.ui.theme_colors import tone

class CoverageBanner(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent, objectName="catalogue_banner")
        self.setProperty("banner", True)      # drawn by the theme (reetool.ui.theme)
        self.text = QLabel(objectName="catalogue_coverage")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.official_text = OfficialTextWidget(self, compact=True)
        self.import_button = QPushButton(objectName="catalogue_import_button")
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.text)
        texts.addWidget(self.official_text)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addLayout(texts, 1)
        lay.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import the official PDF or text (plain text, CSV or "
                                              "JSON) to complete the catalogue"))

    def show_coverage(self, catalogue, version: str, store_error=None) -> None:
        cov = catalogue.coverage(version)
        info = catalogue.info(version)
        # where to fetch the official text, while the bundle lacks items of this version
        self.official_text.set_version(version if cov["held"] < cov["official"] else None)
        self.official_text.setVisible(cov["held"] < cov["official"] and bool(self.official_text.rows))
        if info["kind"] == "amendment":
            head = self.tr("This bundle holds <b>{held}</b> of {official} items of the catalogue as amended "
                           "in {version}").format(held=cov["held"], official=cov["official"], version=version)
        else:
            head = self.tr("This bundle holds <b>{held}</b> of {official} items of the {version} catalogue").format(
                held=cov["held"], official=cov["official"], version=version)
        parts = [head + " " + self.tr("({prohibited} of {official_prohibited} prohibited, {restricted} of "
                                      "{official_restricted} restricted). Official counts: {basis}.").format(
            prohibited=cov["held_prohibited"], official_prohibited=cov["official_prohibited"],
            restricted=cov["held_restricted"], official_restricted=cov["official_restricted"],
            basis=labels.basis(cov["counts_basis"]))]
        if cov["carried"]:
            parts.append(self.tr("{n} carried over from {base}.").format(n=cov["carried"], base=info["base_version"]))
        if cov["imported"]:
            parts.append(self.tr("{n} imported by you.").format(n=cov["imported"]))
        if cov["held"] < cov["official"]:
            parts.append(self.tr("The official text was not available offline: import it to complete "
                                 "the catalogue."))
        if store_error is not None:
            parts.append(f"<span style='color:{tone('error')}'>" + self.tr("Your imported items could not be read: {error}")
                         .format(error=html.escape(str(store_error))) + "</span>")
        self.text.setText(" ".join(parts))
