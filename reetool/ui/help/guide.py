"""Help → User guide: a short guide inside the app, in the interface language."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QDialog, QTextBrowser

from reetool.ui.help.dialog_layout import close_button_layout


def sections() -> list[tuple[str, list[str]]]:
    return [
        (
            Q.translate("Help", "What reetool is"),
            [
                Q.translate(
                    "Help",
                    "An offline reference on rare earths and China's export-technology catalogue. "
                    "Every figure names its source, edition, data year and unit; a missing value is "
                    "shown as missing, never as 0. reetool never opens a network connection.",
                )
            ],
        ),
        (
            Q.translate("Help", "Pages"),
            [
                Q.translate(
                    "Help",
                    "Catalogue: browse and search the catalogue versions in Chinese and English, "
                    "compare versions, import the official text.",
                ),
                Q.translate(
                    "Help",
                    "Market: who mines and who holds reserves, concentration, what-if scenarios.",
                ),
                Q.translate("Help", "Charts: every chart, with export to PNG, SVG and CSV."),
                Q.translate("Help", "Sources: every source behind every figure and item."),
                Q.translate(
                    "Help", "Briefing: slides built from the other pages, to present and export."
                ),
            ],
        ),
        (
            Q.translate("Help", "Building a briefing"),
            [
                Q.translate(
                    "Help",
                    "On any page, press Ctrl+B (File → Add to briefing, or right-click a chart) to "
                    "add what the page shows: a chart with its parameters, a figure, a catalogue "
                    "item or a scenario.",
                ),
                Q.translate(
                    "Help",
                    "On the Briefing page, reorder slides by dragging them or with Ctrl+Up and "
                    "Ctrl+Down; duplicate, remove, undo and redo; write a caption and speaker notes.",
                ),
                Q.translate(
                    "Help",
                    "Save the deck (Ctrl+S) to carry it to another computer; a slide whose data that "
                    "computer lacks shows a clear placeholder. Your edits are saved automatically "
                    "and offered back if reetool stops unexpectedly.",
                ),
            ],
        ),
        (
            Q.translate("Help", "Presenting"),
            [
                Q.translate(
                    "Help",
                    "F5 presents from the first slide, Shift+F5 from the current one, on the screen "
                    "chosen on the Briefing page. Arrow keys, Page Up/Down, Space and Backspace move; "
                    "Home and End jump to the ends; type a number and press Enter to jump there; B "
                    "or W blanks the screen; Esc ends.",
                ),
                Q.translate(
                    "Help",
                    "With a second screen, tick “Presenter view” to see the current and next slide, "
                    "your notes and the elapsed time on the laptop.",
                ),
            ],
        ),
        (
            Q.translate("Help", "On a projector"),
            [
                Q.translate(
                    "Help",
                    "View → Theme → Projector gives high contrast and larger type everywhere; "
                    "Ctrl++ and Ctrl+- change the text size (Ctrl+0 resets). Both are remembered.",
                ),
                Q.translate(
                    "Help",
                    "Export the deck to PDF, one PNG per slide or PowerPoint (with editable text and "
                    "native charts) from the Briefing page, or headless with “reetool briefing "
                    "export”.",
                ),
            ],
        ),
    ]


def guide_html() -> str:
    title = Q.translate("Help", "reetool user guide")
    parts = [f"<h2>{html.escape(title)}</h2>"]
    for head, paras in sections():
        parts.append(f"<h3>{html.escape(head)}</h3>")
        parts += [f"<p>{html.escape(p)}</p>" for p in paras]
    return "".join(parts)


class GuideDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(Q.translate("Help", "User guide"))
        self.text = QTextBrowser(objectName="guide_text")
        self.text.setHtml(guide_html())
        close_button_layout(self, self.text, (720, 600))
