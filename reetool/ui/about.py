"""About dialog: versions of the app, Qt and libraries; licences of the bundled data."""

from __future__ import annotations

import html
from importlib import metadata

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from reetool import __version__
from reetool.data import bundle


def library_versions() -> dict[str, str]:
    """Versions without importing pandas or pyqtgraph (they may not be loaded yet)."""
    out = {"reetool": __version__, "Qt": qVersion(), "PySide6": PySide6.__version__}
    for dist in ("pandas", "pyqtgraph", "numpy"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            import importlib

            out[dist] = getattr(importlib.import_module(dist), "__version__", "?")
    return out


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About reetool"))
        self.text = QTextBrowser(objectName="about_text")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.body())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        self.resize(640, 520)

    def body(self) -> str:
        versions = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                           for k, v in library_versions().items())
        licences: dict[str, int] = {}
        for src in bundle().records("sources"):
            licences[src["licence_note"]] = licences.get(src["licence_note"], 0) + 1
        lic_rows = "".join(
            "<li>" + html.escape(note) + " — " + self.tr("%n source(s)", "", n) + "</li>"
            for note, n in sorted(licences.items(), key=lambda kv: -kv[1]))
        return (
            f"<h2>reetool {html.escape(__version__)}</h2>"
            + "<p>" + self.tr("An offline reference and calculator on rare earths and export controls. "
                              "It never opens a network connection.") + "</p>"
            + "<h3>" + self.tr("Versions") + f"</h3><table>{versions}</table>"
            + "<h3>" + self.tr("Data licences") + f"</h3><ul>{lic_rows}</ul>"
            + "<p>" + self.tr("English renderings of Chinese catalogue text marked ‘reetool rendering’ are the "
                              "project's own, unofficial translations.") + "</p>"
            + "<h3>" + self.tr("Fonts") + "</h3><p>"
            + self.tr("Noto Sans CJK SC (subset), SIL Open Font License 1.1; licence text in resources/fonts/OFL.txt.")
            + "</p>"
        )
