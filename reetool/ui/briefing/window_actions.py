"""The main window's briefing commands: "Add to briefing" (Ctrl+B on every page, in the page
menus and in chart context menus), present (F5 / Shift+F5 from anywhere), the deck state with
its autosave, and the offer to restore a deck after a crash or kill.

The protocol between the main window and the pages ("Add to briefing")
------------------------------------------------------------------------
A page that can add slides implements::

    def briefing_slides(self) -> list[dict] | None

returning Qt-free slide dicts built with the constructors of ``reetool.data.deck``
(``chart_slide``, ``figure_slide`` + ``figure``, ``catalogue_item_slide``,
``version_change_slide``, ``scenario_slide``, ``title_slide``), or None when there is nothing to
add right now. ``reetool.ui.page.Page`` provides the default (None). The main window asks the
current page when the user presses Ctrl+B (or picks "Add to briefing" from a menu), inserts
the slides after the current slide of the deck and says so in the status bar. Nothing else is
needed: a new page (e.g. Overview) only implements the method.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:   # the deck, its state and the dialog load when first used, not at start-up
    from PySide6.QtWidgets import QMessageBox

    from reetool.state.briefing import BriefingState

AUTOSAVE_DELAY_MS = 1500
LAST_DECK = "briefing/last_deck"


def offers_slides(widget) -> bool:
    from reetool.ui.page import Page

    fn = getattr(type(widget), "briefing_slides", None)
    return fn is not None and fn is not getattr(Page, "briefing_slides", None)


class BriefingActions:
    def __init__(self, window) -> None:
        self.w = window
        self._state: BriefingState | None = None
        self.timer = QTimer(window, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self._autosave)
        self.add = QAction(window, objectName="act_add_to_briefing")
        self.add.setShortcut(QKeySequence("Ctrl+B"))
        self.add.triggered.connect(self.add_to_briefing)
        self.present = QAction(window, objectName="act_present")
        self.present.setShortcut(QKeySequence("F5"))
        self.present.triggered.connect(lambda: self._present(False))
        self.present_current = QAction(window, objectName="act_present_current")
        self.present_current.setShortcut(QKeySequence("Shift+F5"))
        self.present_current.triggered.connect(lambda: self._present(True))
        window.menu_file.insertAction(window.act_data_folder, self.add)
        window.menu_file.insertSeparator(window.act_data_folder)
        window.menu_view.insertAction(window.act_fullscreen, self.present)
        window.menu_view.insertAction(window.act_fullscreen, self.present_current)
        for act in (self.add, self.present, self.present_current):
            window.addAction(act)
        for page_id, menu in window.page_menus.items():
            menu.aboutToShow.connect(lambda pid=page_id, m=menu: self._page_menu(pid, m))
        self.recovery_box: QMessageBox | None = None
        if window.persist:   # after the first paint: reads the autosave folder
            window.after_paint.add(self.offer_recovery)

    # --- the deck ---------------------------------------------------------------------------
    def state(self) -> BriefingState:
        if self._state is None:
            from reetool.state.briefing import BriefingState

            self._state = BriefingState(self._first_deck(), autosave=self.w.persist)
            self._state.path = self._last_path
            self._state.schedule_autosave = self.timer.start
        return self._state

    def _first_deck(self):
        """The deck opened last (if it still reads), else the ready-made deck."""
        from reetool.data import deck as deckmod
        from reetool.data.default_deck import default_deck
        from reetool.ui.settings import settings

        self._last_path = None
        last = settings().value(LAST_DECK) if self.w.persist else None
        if last:
            try:
                deck = deckmod.load_deck(str(last))
                from pathlib import Path

                self._last_path = Path(str(last))
                return deck
            except deckmod.DeckError:
                pass
        return default_deck()

    def _autosave(self) -> None:
        if self._state is not None:
            try:
                self._state.autosave_now()
            except OSError:
                pass  # a full disk must not break editing; the next change retries

    # --- add to briefing ------------------------------------------------------------------
    def add_to_briefing(self) -> int:
        """Ask the current page for slides and add them; returns how many were added."""
        page = self.w.page(self.w.current_page_id())
        return self.add_slides(page.briefing_slides() if offers_slides(page) else None)

    def add_slides(self, slides: list[dict] | None) -> int:
        """Add ``slides`` after the current slide (pages, dialogs such as the catalogue
        comparison); says so in the status bar; returns how many were added."""
        bar = self.w.statusBar()
        if not slides:
            bar.showMessage(
                Q.translate(
                    "BriefingActions", "Nothing on this page can be added to a briefing right now."
                ),
                6000,
            )
            return 0
        state = self.state()
        state.add(slides)
        bar.showMessage(
            Q.translate(
                "BriefingActions",
                "Added {n} slide(s) to the briefing: now {total} slides. Present "
                "with F5, edit on the Briefing page.",
            ).format(n=len(slides), total=len(state)),
            8000,
        )
        return len(slides)

    def context_menu_for(self, widget, pos) -> None:
        """A context menu with "Add to briefing" (pages without a menu of their own)."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(widget)
        menu.setObjectName("add_to_briefing_menu")
        menu.addAction(self.add)
        menu.popup(widget.mapToGlobal(pos))
        self.last_context_menu = menu

    def _page_menu(self, page_id: str, menu) -> None:
        if menu.property("briefing_added"):
            return
        menu.setProperty("briefing_added", True)
        if offers_slides(self.w.page(page_id)):
            menu.addSeparator()
            menu.addAction(self.add)

    def _present(self, from_current: bool):
        page = self.w.page("briefing")
        return page.do_present_current() if from_current else page.do_present()

    # --- crash recovery -------------------------------------------------------------------
    def offer_recovery(self):
        """Offer the deck an earlier session was editing when it stopped (crash or kill)."""
        from reetool.data import deck_store
        from reetool.ui import i18n

        found = deck_store.recoverable(i18n.current_language())
        if not found:
            return None
        rec = found[0]
        when = _format_time(rec.saved_at)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            Q.translate("BriefingActions", "Restore briefing"),
            Q.translate(
                "BriefingActions",
                "A briefing with unsaved changes was kept when reetool last stopped: “{title}”, "
                "{n} slides, saved automatically at {time}. Restore it?",
            ).format(
                title=rec.title or Q.translate("BriefingActions", "untitled"),
                n=rec.slides,
                time=when,
            ),
            QMessageBox.StandardButton.NoButton,
            self.w,
        )
        box.setObjectName("recovery_offer")
        restore = box.addButton(
            Q.translate("BriefingActions", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        restore.setObjectName("recovery_restore")
        discard = box.addButton(
            Q.translate("BriefingActions", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        discard.setObjectName("recovery_discard")
        later = box.addButton(
            Q.translate("BriefingActions", "Later"), QMessageBox.ButtonRole.RejectRole
        )
        later.setObjectName("recovery_later")

        def chosen(_result=None) -> None:
            clicked = box.clickedButton()
            if clicked is restore:
                self.state().restore(rec.load(), rec.origin)
                rec.discard()
                self.w.show_page("briefing")
            elif clicked is discard:
                rec.discard()

        box.finished.connect(chosen)
        self.recovery_box = box
        box.open()
        return box

    # --- window ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.add.setText(Q.translate("BriefingActions", "Add to &briefing"))
        self.add.setStatusTip(
            Q.translate(
                "BriefingActions",
                "Add what this page shows to the briefing (the same key on " "every page)",
            )
        )
        self.present.setText(Q.translate("BriefingActions", "&Present briefing"))
        self.present_current.setText(
            Q.translate("BriefingActions", "Present briefing from the &current slide")
        )

    def close(self) -> None:
        """On quit: unsaved changes stay in the autosave file and are offered next time."""
        if self._state is None or not self.w.persist:
            return
        self.timer.stop()
        self._autosave()
        if self._state.path is not None:
            from reetool.ui.settings import settings

            settings().setValue(LAST_DECK, str(self._state.path))


def _format_time(stamp: float) -> str:
    from PySide6.QtCore import QDateTime, QLocale

    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(stamp)), QLocale.FormatType.ShortFormat
    )
