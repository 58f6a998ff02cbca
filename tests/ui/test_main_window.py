"""The main window as a user meets it: navigation, menus, language, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reetool.ui.main_window import MainWindow
from reetool.ui.pages import PAGE_IDS


def click_nav(qtbot, win, page_id):
    item = win.nav.item(PAGE_IDS.index(page_id))
    rect = win.nav.visualItemRect(item)
    qtbot.mouseClick(win.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_by_clicks_reaches_every_page(window, qtbot):
    for page_id in reversed(PAGE_IDS):
        click_nav(qtbot, window, page_id)
        assert window.current_page_id() == page_id
        assert window.stack.currentWidget().objectName() == f"page_{page_id}"
    assert set(window.built_pages()) == set(PAGE_IDS)


def test_pages_are_built_lazily(app, qtbot):
    win = MainWindow(start_page="sources")
    qtbot.addWidget(win)
    assert win.built_pages() == ["sources"]


def test_keyboard_shortcut_switches_page(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == PAGE_IDS[3]


def test_last_page_and_geometry_survive_restart(app, qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    click_nav(qtbot, first, "sources")
    first.resize(720, 520)  # inside the offscreen screen (800x600)
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    assert second.current_page_id() == "sources"
    assert (second.width(), second.height()) == (720, 520)


def test_settings_stay_in_the_test_folder(window, isolated_user_folders):
    window.close()
    assert (isolated_user_folders["config"] / "reetool.ini").is_file()


def test_switch_to_chinese_and_back(window, qtbot):
    window.language_actions["zh"].trigger()
    assert window.menu_file.title() == "文件(&F)"
    assert window.menu_help.title() == "帮助(&H)"
    assert window.nav.item(PAGE_IDS.index("catalogue")).text() == "技术目录"
    assert window.page_menus["sources"].title() == "来源"
    window.show_page("sources")
    assert "来源" in window.page("sources").count.text()
    window.language_actions["en"].trigger()
    assert window.menu_file.title() == "&File"
    assert window.nav.item(PAGE_IDS.index("catalogue")).text() == "Catalogue"
    assert "sources" in window.page("sources").count.text()


def test_language_choice_is_remembered(window, app, qtbot):
    from reetool.ui.settings import settings

    window.language_actions["zh"].trigger()
    assert settings().value("language") == "zh"
    window.language_actions["en"].trigger()
    assert settings().value("language") == "en"


def test_status_bar_shows_loaded_editions(window):
    text = window.status_data.text()
    assert "MCS2022" in text and "MCS2026" in text and "2023" in text


def test_about_lists_versions_and_licences(app, qtbot):
    from reetool.ui.about import AboutDialog

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    text = dlg.text.toPlainText()
    for needle in ("reetool", "PySide6", "pandas", "pyqtgraph", "public domain", "SIL Open Font License"):
        assert needle in text
