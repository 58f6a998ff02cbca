"""The main window: page navigation, menus, status bar, settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QStackedWidget, QStyle, QWidget,
)

from reetool.data import bundle
from reetool.ui import i18n
from reetool.ui.pages import PAGE_IDS, PAGES, page_info, page_title
from reetool.ui.settings import settings


class MainWindow(QMainWindow):
    page_changed = Signal(str)

    def __init__(self, start_page: str | None = None, persist: bool = True):
        super().__init__()
        self.setObjectName("main_window")
        self.persist = persist
        self._pages: dict[str, QWidget] = {}
        self.extras: list = []      # theme/zoom, briefing and help commands (own modules)
        from reetool.ui.after_paint import AfterFirstPaint

        self.after_paint = AfterFirstPaint(self)   # what the first page does not need waits

        self.nav = QListWidget(objectName="nav")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(170)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for info in PAGES:
            item = QListWidgetItem(self.style().standardIcon(getattr(QStyle.StandardPixmap, info.icon)), "")
            item.setData(Qt.ItemDataRole.UserRole, info.page_id)
            self.nav.addItem(item)
        self.stack = QStackedWidget(objectName="stack")
        for _ in PAGES:
            self.stack.addWidget(QWidget())  # placeholders; pages are built on first show
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        from reetool.ui.elided_label import ElidedLabel   # a narrow projector elides them

        self.status_page = ElidedLabel(objectName="status_page")
        self.status_data = ElidedLabel(objectName="status_data")
        self.statusBar().addWidget(self.status_page, 1)
        self.statusBar().addPermanentWidget(self.status_data, 1)

        self._build_menus()
        self.nav.currentRowChanged.connect(self._on_row)
        self.retranslate()
        self.resize(1280, 800)

        s = settings()
        if persist:
            geometry = s.value("window/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
        page = start_page or (str(s.value("window/page", PAGE_IDS[0])) if persist else PAGE_IDS[0])
        self.show_page(page if page in PAGE_IDS else PAGE_IDS[0])

    # --- pages -----------------------------------------------------------------------
    def page(self, page_id: str) -> QWidget:
        """The page widget, built on first use."""
        if page_id not in self._pages:
            index = PAGE_IDS.index(page_id)
            widget = page_info(page_id).create(self)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[page_id] = widget
            if hasattr(widget, "status_changed"):
                widget.status_changed.connect(self._update_status)
        return self._pages[page_id]

    def built_pages(self) -> list[str]:
        return list(self._pages)

    def current_page_id(self) -> str:
        return PAGE_IDS[self.stack.currentIndex()]

    def show_page(self, page_id: str) -> QWidget:
        widget = self.page(page_id)
        row = PAGE_IDS.index(page_id)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # re-enters through _on_row
        self.stack.setCurrentWidget(widget)
        self._update_status()
        return widget

    def show_source(self, source_id: str) -> bool:
        """Open the Sources page on ``source_id`` (pages link here)."""
        return self.show_page("sources").select_source(source_id)

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        page_id = PAGE_IDS[row]
        self.show_page(page_id)
        if self.persist and settings().value("window/page") != page_id:   # no write if unchanged
            settings().setValue("window/page", page_id)
        self.page_changed.emit(page_id)

    def _update_status(self) -> None:
        widget = self._pages.get(self.current_page_id())
        text = widget.status_text() if widget is not None and hasattr(widget, "status_text") else ""
        self.status_page.setText(text)

    # --- menus -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menu_file")
        self.act_data_folder = QAction(self, objectName="act_data_folder")
        self.act_data_folder.triggered.connect(self.open_data_folder)
        self.menu_file.addAction(self.act_data_folder)
        self.menu_file.addSeparator()
        self.act_quit = QAction(self, objectName="act_quit")
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        self.menu_file.addAction(self.act_quit)

        self.menu_view = bar.addMenu("")
        self.menu_view.setObjectName("menu_view")
        self.page_actions: dict[str, QAction] = {}
        for n, info in enumerate(PAGES, start=1):
            act = QAction(self, objectName=f"act_page_{info.page_id}")
            act.setShortcut(QKeySequence(f"Ctrl+{n}"))
            act.triggered.connect(lambda _=False, pid=info.page_id: self.show_page(pid))
            self.menu_view.addAction(act)
            self.page_actions[info.page_id] = act
        self.menu_view.addSeparator()
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.setObjectName("menu_language")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self, objectName=f"act_lang_{code}", checkable=True)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            self.menu_language.addAction(act)
            self.language_actions[code] = act
        self.act_fullscreen = QAction(self, objectName="act_fullscreen", checkable=True)
        self.act_fullscreen.setShortcut(QKeySequence.StandardKey.FullScreen)
        self.act_fullscreen.toggled.connect(self._toggle_fullscreen)
        self.menu_view.addAction(self.act_fullscreen)

        # One menu per page, filled by the page itself the first time it opens.
        self.page_menus: dict[str, QMenu] = {}
        for info in PAGES:
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{info.page_id}")
            menu.aboutToShow.connect(lambda pid=info.page_id, m=menu: self._fill_page_menu(pid, m))
            self.page_menus[info.page_id] = menu

        self.menu_help = bar.addMenu("")
        self.menu_help.setObjectName("menu_help")
        self.act_about = QAction(self, objectName="act_about")
        self.act_about.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.act_about.triggered.connect(self.show_about)
        self.act_about_qt = QAction(self, objectName="act_about_qt")
        self.act_about_qt.triggered.connect(QApplication.aboutQt)
        self.menu_help.addAction(self.act_about)
        self.menu_help.addAction(self.act_about_qt)

        from reetool.ui.briefing.window_actions import BriefingActions
        from reetool.ui.help import HelpActions
        from reetool.ui.view_actions import ViewActions

        self.briefing_actions = BriefingActions(self)
        self.extras = [ViewActions(self), self.briefing_actions, HelpActions(self)]

    def briefing_state(self):
        """The deck being edited (Briefing page, "Add to briefing", presenting)."""
        return self.briefing_actions.state()

    def _fill_page_menu(self, page_id: str, menu: QMenu) -> None:
        if menu.property("filled"):
            return
        widget = self.page(page_id)
        if hasattr(widget, "fill_menu"):
            widget.fill_menu(menu)
        act = QAction(self.tr("Show page"), menu, objectName=f"act_show_{page_id}")
        act.triggered.connect(lambda: self.show_page(page_id))
        if menu.actions():
            menu.addSeparator()
        menu.addAction(act)
        menu.setProperty("filled", True)

    def open_data_folder(self) -> bool:
        """Show the folder holding the user's imports, scenarios and settings."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from reetool.appdirs import user_data_dir

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(user_data_dir())))

    def _toggle_fullscreen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def show_about(self) -> None:
        from reetool.ui.about import AboutDialog

        AboutDialog(self).exec()

    # --- language --------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        i18n.set_language(lang)
        if self.persist:
            settings().setValue("language", lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("reetool — rare earths and export controls"))
        self.menu_file.setTitle(self.tr("&File"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_data_folder.setText(self.tr("Open &data folder"))
        self.act_data_folder.setStatusTip(self.tr("Your imports, scenarios and settings are kept here"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.act_fullscreen.setText(self.tr("&Full screen"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About reetool"))
        self.act_about_qt.setText(self.tr("About &Qt"))
        for row, info in enumerate(PAGES):
            title = page_title(info.page_id)
            self.nav.item(row).setText(title)
            self.page_actions[info.page_id].setText(title)
            self.page_menus[info.page_id].setTitle(title)
        for code, act in self.language_actions.items():
            act.setChecked(code == i18n.current_language())
        for extra in self.extras:
            extra.retranslate()
        show = lambda: self.status_data.setText(self._data_status())   # noqa: E731
        if self.after_paint.painted:
            show()
        else:                            # it reads the market tables: after the first paint
            self.after_paint.add(show)
        self._update_status()

    def _data_status(self) -> str:
        b = bundle()
        editions = b.editions()
        mcs = [e for e in editions if e.startswith("MCS")]
        other = [e for e in editions if not e.startswith("MCS")]
        market = f"USGS {mcs[0]}–{mcs[-1]}" if len(mcs) > 1 else " ".join(mcs)
        if other:
            market += ", " + ", ".join(other)
        versions = ", ".join(b.catalogue_versions())
        text = self.tr("Data: rare earths {market} · Catalogue versions {versions}").format(
            market=market, versions=versions)
        if "market_mcs2026" in b.names:  # the all-commodity table (schema check only, no read)
            text += " · " + self.tr("all commodities: USGS MCS2026")
        return text

    # --- lifecycle -------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        for extra in self.extras:
            getattr(extra, "close", lambda: None)()
        if self.persist:
            s = settings()
            s.setValue("window/geometry", self.saveGeometry())
            s.setValue("window/page", self.current_page_id())
            s.sync()
        super().closeEvent(event)
