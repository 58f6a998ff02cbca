"""The Briefing page: the deck's slides with thumbnails, a large preview, caption and notes
editors, and the commands to edit, present and export.

The page renders and edits the main window's BriefingState (reetool.state.briefing); it owns
no deck of its own. Files and exports are in reetool.ui.briefing.page_io.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSplitter, QToolBar,
    QVBoxLayout, QWidget,
)

from reetool.data import deck as deckmod
from reetool.ui import i18n, theme
from reetool.ui.briefing import page_io
from reetool.ui.briefing.slide_list import SlideList, SlidePreview
from reetool.ui.page import Page

ACTIONS = ("new", "open", "save", "save_as", "default", "undo", "redo", "add_title",
           "duplicate", "remove", "up", "down", "present", "present_current", "export_pdf",
           "export_png", "export_pptx")


class BriefingPage(Page):
    page_id = "briefing"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = page_io.state_for(parent)
        self.renderer = None
        self.presentation = None
        self._syncing = False
        self.heading = QLabel(objectName="briefing_heading", wordWrap=True)
        self.toolbar = QToolBar(objectName="briefing_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.list = SlideList()
        self.preview = SlidePreview()
        self.caption_label = QLabel(objectName="briefing_caption_label")
        self.caption = QPlainTextEdit(objectName="briefing_caption")
        self.caption.setTabChangesFocus(True)
        self.caption.setMaximumHeight(72)
        self.title_label = QLabel(objectName="briefing_title_label")
        self.title_edit = QLineEdit(objectName="briefing_title")
        self.body_label = QLabel(objectName="briefing_body_label")
        self.body = QPlainTextEdit(objectName="briefing_body")
        self.body.setTabChangesFocus(True)
        self.body.setMaximumHeight(96)
        self.notes_label = QLabel(objectName="briefing_notes_label")
        self.notes = QPlainTextEdit(objectName="briefing_notes")
        self.notes.setTabChangesFocus(True)
        self.theme_label = QLabel(objectName="briefing_theme_label")
        self.theme_box = QComboBox(objectName="briefing_theme")
        for name in theme.THEME_NAMES:
            self.theme_box.addItem("", name)
        self.theme_box.setCurrentIndex(theme.THEME_NAMES.index(theme.current()))
        self.screen_label = QLabel(objectName="briefing_screen_label")
        self.screen_box = QComboBox(objectName="briefing_screen")
        self.screen_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen_box.setMinimumContentsLength(14)
        self.presenter_box = QCheckBox(objectName="briefing_presenter")
        self.message = ""

        self.actions_: dict[str, QAction] = {}
        for key in ACTIONS:
            act = QAction(self, objectName=f"act_briefing_{key}")
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(getattr(self, f"do_{key}"))
            self.actions_[key] = act
            self.addAction(act)
        keys = {"new": QKeySequence.StandardKey.New, "open": QKeySequence.StandardKey.Open,
                "save": QKeySequence.StandardKey.Save, "save_as": QKeySequence.StandardKey.SaveAs}
        for key, seq in keys.items():
            self.actions_[key].setShortcut(QKeySequence(seq))
        self.actions_["undo"].setShortcuts([QKeySequence("Ctrl+Z")])
        self.actions_["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.actions_["duplicate"].setShortcut(QKeySequence("Ctrl+D"))
        self.actions_["up"].setShortcut(QKeySequence("Ctrl+Up"))
        self.actions_["down"].setShortcut(QKeySequence("Ctrl+Down"))
        self.actions_["remove"].setShortcut(QKeySequence(Qt.Key.Key_Delete))
        for key in ("up", "down", "remove", "duplicate"):
            # the slide list handles these keys itself (text editors keep Delete, Ctrl+D …);
            # Undo/Redo work anywhere on the page (an editor with focus undoes its own typing)
            self.actions_[key].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._build_toolbar()
        self._build_layout()
        self.list.currentRowChanged.connect(self._on_row)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addActions([self.actions_[k] for k in ("present_current", "duplicate", "remove",
                                                         "up", "down", "undo", "redo")])
        self.list.move_requested.connect(self.state.move)
        self.list.remove_requested.connect(self.do_remove)
        self.list.duplicate_requested.connect(self.do_duplicate)
        self.caption.textChanged.connect(lambda: self._edited("caption", self.caption))
        self.notes.textChanged.connect(lambda: self._edited("notes", self.notes))
        self.body.textChanged.connect(lambda: self._edited("body", self.body))
        self.title_edit.textEdited.connect(lambda t: self._edited("title", t))
        self.theme_box.currentIndexChanged.connect(lambda _i: self._new_renderer())
        QGuiApplication.instance().screenAdded.connect(lambda _s: self._fill_screens())
        QGuiApplication.instance().screenRemoved.connect(lambda _s: self._fill_screens())
        self._unsubscribe = self.state.subscribe(self._on_state)
        self._fill_screens()
        self.retranslate()

    def _build_toolbar(self) -> None:
        """Compact enough for 1024 px: menus for the deck and the exports, icons for edits."""
        from PySide6.QtWidgets import QMenu, QStyle, QToolButton

        style = self.style()
        icons = {"undo": "SP_ArrowBack", "redo": "SP_ArrowForward", "duplicate": "SP_FileIcon",
                 "remove": "SP_TrashIcon", "up": "SP_ArrowUp", "down": "SP_ArrowDown",
                 "present": "SP_MediaPlay"}
        for key, name in icons.items():
            self.actions_[key].setIcon(style.standardIcon(getattr(QStyle.StandardPixmap, name)))
        self.menus: dict[str, QMenu] = {}
        for name, keys in (("deck", ("new", "open", "save", "save_as", "default")),
                           ("present", ("present", "present_current")),
                           ("export", ("export_pdf", "export_png", "export_pptx"))):
            menu = QMenu(self)
            menu.setObjectName(f"briefing_menu_{name}")
            menu.addActions([self.actions_[k] for k in keys])
            button = QToolButton(objectName=f"briefing_button_{name}")
            button.setMenu(menu)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            if name == "present":
                button.setDefaultAction(self.actions_["present"])
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            else:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.menus[name] = menu
            setattr(self, f"{name}_button", button)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addWidget(self.deck_button)
        self.toolbar.addSeparator()
        for key in ("undo", "redo"):
            self.toolbar.addAction(self.actions_[key])
        self.toolbar.addSeparator()
        add = QToolButton(objectName="briefing_button_add_title")
        add.setDefaultAction(self.actions_["add_title"])
        add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addWidget(add)
        for key in ("duplicate", "remove", "up", "down"):
            self.toolbar.addAction(self.actions_[key])
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.present_button)
        self.toolbar.addWidget(self.export_button)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.caption_label, self.caption)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.body_label, self.body)
        form.addRow(self.notes_label, self.notes)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.preview, 3)
        rl.addLayout(form, 2)
        options = QFormLayout()
        options.addRow(self.theme_label, self.theme_box)
        options.addRow(self.screen_label, self.screen_box)
        options.addRow(self.presenter_box)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        ll.addLayout(options)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 700])
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.toolbar)
        lay.addWidget(split, 1)

    # --- rendering ----------------------------------------------------------------------------
    def slide_theme(self) -> str:
        return self.theme_box.currentData() or "light"

    def current_renderer(self):
        if self.renderer is None:
            from reetool.ui.briefing.render import SlideRenderer

            self.renderer = SlideRenderer(i18n.current_language(), self.slide_theme())
            self.destroyed.connect(self.renderer.clear)   # its hidden chart views go too
        return self.renderer

    def _new_renderer(self) -> None:
        if self.renderer is not None:
            self.renderer.clear()
        self.renderer = None
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.list.count() != len(self.state):
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        st = self.state
        lang = i18n.current_language()
        r = self.current_renderer()
        bar = self.list.verticalScrollBar().value()
        self.list.set_slides(st.slides, st.current, r, lang)
        self.list.verticalScrollBar().setValue(bar)
        n = len(st)
        slide = st.slides[st.current] if 0 <= st.current < n else None
        self.preview.show_slide(r, slide, st.current + 1, n)
        self._sync_editors(slide, lang)
        self._sync_actions()

    def _sync_editors(self, slide: dict | None, lang: str) -> None:
        self._syncing = True
        try:
            is_title = bool(slide and slide.get("kind") == "title")
            for w in (self.title_label, self.title_edit, self.body_label, self.body):
                w.setVisible(is_title)
            for edit, fld in ((self.caption, "caption"), (self.notes, "notes"),
                              (self.body, "body")):
                exact, shown = self._texts(slide, fld, lang)
                if edit.toPlainText() != exact:
                    edit.setPlainText(exact)
                edit.setPlaceholderText(shown if shown != exact else "")
                edit.setEnabled(slide is not None)
            exact, shown = self._texts(slide, "title", lang)
            if self.title_edit.text() != exact:
                self.title_edit.setText(exact)
            self.title_edit.setPlaceholderText(shown if shown != exact else "")
        finally:
            self._syncing = False

    @staticmethod
    def _texts(slide: dict | None, fld: str, lang: str) -> tuple[str, str]:
        """(what the editor holds, what the slide shows): a two-language text is edited in the
        interface language; the other language shows through as a placeholder."""
        if slide is None:
            return "", ""
        value = slide.get(fld)
        exact = (value.get(lang) or "") if isinstance(value, dict) else (value or "")
        return exact, deckmod.text(value, lang)

    def _sync_actions(self) -> None:
        st, a = self.state, self.actions_
        has = 0 <= st.current < len(st)
        a["undo"].setEnabled(st.undo.can_undo())
        a["redo"].setEnabled(st.undo.can_redo())
        for key in ("duplicate", "remove"):
            a[key].setEnabled(has)
        a["up"].setEnabled(has and st.current > 0)
        a["down"].setEnabled(has and st.current < len(st) - 1)
        for key in ("present", "present_current", "export_pdf", "export_png", "export_pptx"):
            a[key].setEnabled(len(st) > 0)
        a["save"].setEnabled(st.dirty or st.path is None)

    def _on_state(self, fields) -> None:
        if "slides" in fields or "current" in fields:
            self.refresh()
        else:
            self._sync_actions()
        main = self.window()
        if hasattr(main, "_update_status"):
            main._update_status()

    def _on_row(self, row: int) -> None:
        if row != self.state.current:
            self.state.set_current(row)

    def _edited(self, fld: str, source) -> None:
        if self._syncing or not 0 <= self.state.current < len(self.state):
            return
        value = source if isinstance(source, str) else source.toPlainText()
        self.state.set_text(self.state.current, fld, value, i18n.current_language())

    # --- commands -----------------------------------------------------------------------------
    def do_undo(self) -> None:
        self.state.undo.undo()

    def do_redo(self) -> None:
        self.state.undo.redo()

    def do_add_title(self) -> None:
        self.state.add([deckmod.title_slide(self.tr("New slide"))])
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def do_duplicate(self) -> None:
        if 0 <= self.state.current < len(self.state):
            self.state.duplicate(self.state.current)

    def do_remove(self) -> None:
        if 0 <= self.state.current < len(self.state):
            self.state.remove([self.state.current])

    def do_up(self) -> None:
        self.state.move(self.state.current, self.state.current - 1)

    def do_down(self) -> None:
        self.state.move(self.state.current, self.state.current + 1)

    def do_new(self) -> bool:
        return page_io.new_deck(self)

    def do_open(self, path=None) -> bool:
        return page_io.open_deck(self, path)

    def do_save(self) -> bool:
        return page_io.save(self)

    def do_save_as(self, path=None) -> bool:
        return page_io.save_as(self, path)

    def do_default(self) -> bool:
        return page_io.open_default(self)

    def do_present(self, _checked=False, start: int = 0):
        return page_io.present(self, start)

    def do_present_current(self):
        return page_io.present(self, max(0, self.state.current))

    def do_export_pdf(self, path=None):
        return page_io.export(self, "pdf", path)

    def do_export_png(self, path=None):
        return page_io.export(self, "png", path)

    def do_export_pptx(self, path=None):
        return page_io.export(self, "pptx", path)

    def show_message(self, text: str) -> None:
        """A message for the user (export results) in the main window's status bar."""
        self.message = text
        main = self.window()
        if hasattr(main, "statusBar"):
            main.statusBar().showMessage(text, 10000)

    def _fill_screens(self) -> None:
        current = self.screen_box.currentData()
        self.screen_box.clear()
        for n, s in enumerate(QGuiApplication.screens(), start=1):
            g = s.geometry()
            self.screen_box.addItem(f"{n}: {s.name() or '—'} ({g.width()}×{g.height()})", n - 1)
        screens = QGuiApplication.screens()
        if current is not None and current < len(screens):
            self.screen_box.setCurrentIndex(current)
        elif len(screens) > 1:       # a projector: not the screen this window is on
            own = self.screen()
            self.screen_box.setCurrentIndex(next((i for i, s in enumerate(screens)
                                                  if s is not own), 0))

    # --- page ---------------------------------------------------------------------------------
    def briefing_slides(self):
        return None          # slides come from the other pages

    def fill_menu(self, menu) -> None:
        for group in (("new", "open", "save", "save_as", "default"), ("undo", "redo"),
                      ("add_title", "duplicate", "remove", "up", "down"),
                      ("present", "present_current"),
                      ("export_pdf", "export_png", "export_pptx")):
            for key in group:
                menu.addAction(self.actions_[key])
            menu.addSeparator()

    def status_text(self) -> str:
        st = self.state
        where = st.path.name if st.path else self.tr("no file yet")
        text = self.tr("{n} slides · {file}").format(n=len(st), file=where)
        return text + (" · " + self.tr("unsaved changes") if st.dirty else "")

    def retranslate(self) -> None:
        page_io.retranslate(self)
        if self.renderer is not None and self.renderer.lang != i18n.current_language():
            self._new_renderer()
        else:
            self.refresh()

    def self_test(self) -> list[str]:
        from PySide6.QtCore import QSize

        r = self.current_renderer()
        for i, s in enumerate(self.state.slides):
            image = r.image(s, i + 1, len(self.state), QSize(640, 360))
            assert not image.isNull(), f"slide {i + 1} did not render"
        return [f"briefing: {len(self.state)} slides rendered"]
