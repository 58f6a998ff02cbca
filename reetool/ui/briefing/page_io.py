"""The Briefing page's files, presenting, exports and texts (kept out of page.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reetool.data import deck as deckmod
from reetool.data import deck_store


def state_for(parent):
    """The main window's deck state (one per window), or a fresh one for a lone page."""
    if parent is not None and hasattr(parent, "briefing_state"):
        return parent.briefing_state()
    from reetool.state.briefing import BriefingState

    return BriefingState(autosave=False)


def _error(page, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, page)
    box.setObjectName("briefing_error")
    box.open()
    page.last_error = message


def confirm_discard(page) -> bool:
    """True when there are no unsaved changes or the user agrees to drop them."""
    if not page.state.dirty:
        return True
    answer = QMessageBox.question(
        page,
        Q.translate("BriefingPage", "Unsaved briefing"),
        Q.translate("BriefingPage", "The briefing has unsaved changes. Discard them?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def new_deck(page, ask: bool = True) -> bool:
    if ask and not confirm_discard(page):
        return False
    page.state.new()
    return True


def open_default(page, ask: bool = True) -> bool:
    if ask and not confirm_discard(page):
        return False
    from reetool.data.default_deck import default_deck

    page.state.new(default_deck())
    page.state.undo.set_clean()  # nothing of the user's to save yet
    page.state.discard_autosave()
    return True


def open_deck(page, path=None, ask: bool = True) -> bool:
    if path is None:
        if ask and not confirm_discard(page):
            return False
        path, _ = QFileDialog.getOpenFileName(
            page,
            Q.translate("BriefingPage", "Open briefing"),
            str(deck_store.decks_dir()),
            Q.translate("BriefingPage", "reetool briefings (*.reedeck.json *.json);;All files (*)"),
        )
        if not path:
            return False
    try:
        page.state.open(path)
    except deckmod.DeckError as exc:
        _error(
            page,
            Q.translate("BriefingPage", "Open briefing"),
            Q.translate(
                "BriefingPage", "This file cannot be opened as a briefing:\n{error}"
            ).format(error=str(exc)),
        )
        return False
    return True


def save(page) -> bool:
    if page.state.path is None:
        return save_as(page)
    return _save_to(page, page.state.path)


def save_as(page, path=None) -> bool:
    if path is None:
        title = deckmod.text(page.state.title) or Q.translate("BriefingPage", "Briefing")
        path, _ = QFileDialog.getSaveFileName(
            page,
            Q.translate("BriefingPage", "Save briefing as"),
            str(deck_store.deck_path(title)),
            Q.translate("BriefingPage", "reetool briefings (*.reedeck.json)"),
        )
        if not path:
            return False
        if not path.endswith(".json"):
            path += deckmod.SUFFIX
    return _save_to(page, Path(path))


def _save_to(page, path: Path) -> bool:
    try:
        page.state.save(path)
    except (OSError, deckmod.DeckError) as exc:
        _error(
            page,
            Q.translate("BriefingPage", "Save briefing"),
            Q.translate(
                "BriefingPage", "The briefing could not be saved to {file}:\n{error}"
            ).format(file=str(path), error=getattr(exc, "strerror", None) or str(exc)),
        )
        return False
    return True


# --- presenting --------------------------------------------------------------------------


def present(page, start: int = 0, full_screen: bool = True, presenter: bool | None = None):
    """Show the slides full screen on the chosen screen (and the presenter view on another
    screen when there is one, or when asked)."""
    from reetool.ui.briefing.present import PresentationWindow
    from reetool.ui.briefing.presenter import PresenterView

    if not len(page.state):
        return None
    screens = QGuiApplication.screens()
    index = page.screen_box.currentData() or 0
    screen = screens[index] if index < len(screens) else None
    pres = PresentationWindow(
        page.state.slides, page.current_renderer(), start, screen, full_screen=full_screen
    )
    pres.closed.connect(lambda i: page.state.set_current(i))
    pres.activateWindow()
    page.presentation = pres
    want = page.presenter_box.isChecked() if presenter is None else presenter
    if want:
        others = [s for s in screens if s is not screen]
        page.presenter = PresenterView(pres, others[0] if others else None)
        pres.raise_()
        pres.activateWindow()
    return pres


# --- exports -----------------------------------------------------------------------------


def export(page, kind: str, path=None):
    """Export the deck with progress and cancel; returns the ExportRun (None if not started)."""
    from reetool.ui.briefing.export_pdf import iter_pdf, iter_png
    from reetool.ui.briefing.export_run import ExportRun
    from reetool.ui.briefing.render import SlideRenderer

    st = page.state
    if not len(st):
        return None
    title = deckmod.text(st.title) or Q.translate("BriefingPage", "Briefing")
    base = str(deck_store.decks_dir() / title.replace("/", "_"))
    if path is None:
        if kind == "png":
            path = QFileDialog.getExistingDirectory(
                page,
                Q.translate("BriefingPage", "Export PNG images to folder"),
                str(deck_store.decks_dir()),
            )
        else:
            filt = (
                Q.translate("BriefingPage", "PDF (*.pdf)")
                if kind == "pdf"
                else Q.translate("BriefingPage", "PowerPoint (*.pptx)")
            )
            path, _ = QFileDialog.getSaveFileName(
                page, Q.translate("BriefingPage", "Export briefing"), f"{base}.{kind}", filt
            )
        if not path:
            return None
    renderer = SlideRenderer(page.current_renderer().lang, page.slide_theme())
    slides = [dict(s) for s in st.slides]
    if kind == "pdf":
        steps = iter_pdf(slides, renderer, path, title)
    elif kind == "png":
        steps = iter_png(slides, renderer, path)
    else:
        from reetool.ui.briefing.export_pptx import iter_pptx

        steps = iter_pptx(slides, renderer, path)
    run = ExportRun(
        page,
        Q.translate("BriefingPage", "Exporting the briefing…"),
        steps,
        len(slides),
        Q.translate("BriefingPage", "Exported {n} slides to {file}").format(
            n=len(slides), file=str(path)
        ),
        (
            Q.translate("BriefingPage", "Export cancelled; PNG files written so far are kept.")
            if kind == "png"
            else ""
        ),
    )

    def done(outcome: str, message: str) -> None:
        renderer.clear()
        page.show_message(message)
        page.last_export = (outcome, message)
        if outcome == "failed":
            _error(page, Q.translate("BriefingPage", "Export briefing"), message)

    run.finished.connect(done)
    page.export_run = run
    return run.start()


# --- texts -------------------------------------------------------------------------------


def retranslate(page) -> None:
    from reetool.ui import theme

    texts = {
        "new": Q.translate("BriefingPage", "&New briefing"),
        "open": Q.translate("BriefingPage", "&Open briefing…"),
        "save": Q.translate("BriefingPage", "&Save briefing"),
        "save_as": Q.translate("BriefingPage", "Save briefing &as…"),
        "default": Q.translate("BriefingPage", "Ready-made deck"),
        "undo": Q.translate("BriefingPage", "Undo"),
        "redo": Q.translate("BriefingPage", "Redo"),
        "add_title": Q.translate("BriefingPage", "Add title slide"),
        "duplicate": Q.translate("BriefingPage", "Duplicate slide"),
        "remove": Q.translate("BriefingPage", "Remove slide"),
        "up": Q.translate("BriefingPage", "Move slide up"),
        "down": Q.translate("BriefingPage", "Move slide down"),
        "present": Q.translate("BriefingPage", "Present from the start"),
        "present_current": Q.translate("BriefingPage", "Present from this slide"),
        "export_pdf": Q.translate("BriefingPage", "Export PDF…"),
        "export_png": Q.translate("BriefingPage", "Export PNG images…"),
        "export_pptx": Q.translate("BriefingPage", "Export PowerPoint…"),
    }
    for key, text in texts.items():
        act = page.actions_[key]
        act.setText(text)
        shortcut = act.shortcut().toString(act.shortcut().SequenceFormat.NativeText)
        act.setToolTip(
            f"{text.replace('&', '')} ({shortcut})" if shortcut else text.replace("&", "")
        )
    page.heading.setText(
        Q.translate(
            "BriefingPage",
            "Build a briefing from reetool's own content: press Ctrl+B on any page to add what it "
            "shows. Present full screen with F5 (Shift+F5 from this slide); export to PDF, PNG or "
            "PowerPoint. Slides speak the interface language.",
        )
    )
    page.caption_label.setText(Q.translate("BriefingPage", "Caption:"))
    page.title_label.setText(Q.translate("BriefingPage", "Title:"))
    page.body_label.setText(Q.translate("BriefingPage", "Text:"))
    page.notes_label.setText(Q.translate("BriefingPage", "Speaker notes:"))
    page.theme_label.setText(Q.translate("BriefingPage", "Slide theme:"))
    page.screen_label.setText(Q.translate("BriefingPage", "Present on:"))
    page.presenter_box.setText(Q.translate("BriefingPage", "Presenter view on the other screen"))
    page.preview.empty_text = Q.translate(
        "BriefingPage",
        "No slides yet. Press Ctrl+B on the Catalogue, Market, Charts "
        "or Sources page, or open the ready-made deck.",
    )
    page.deck_button.setText(Q.translate("BriefingPage", "Deck"))
    page.export_button.setText(Q.translate("BriefingPage", "Export"))
    for i in range(page.theme_box.count()):
        page.theme_box.setItemText(i, theme.title(page.theme_box.itemData(i)))
