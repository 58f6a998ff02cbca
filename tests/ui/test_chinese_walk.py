"""A walk over every page (and the briefing dialogs) in 简体中文 finds no English left in the
interface. Deliberate exceptions: codes, units, source ids, format names (tests/ui/i18n_walk.py)
and the few data texts listed below, which are shown as their publisher prints them."""

from __future__ import annotations

from reetool.ui.pages import PAGE_IDS
from tests.ui.i18n_walk import untranslated

# where → words shown as published (data, not interface)
DATA_AS_PUBLISHED = {
    # examples of an English query, on purpose (search works in both languages)
    "catalogue_search.placeholder": {"rare", "earth"},
    "overview_filter.placeholder": {"gallium"},
    # (the USGS basis note of the Market caption is shown in the interface language now)
}


def walk(root) -> list[str]:
    found = []
    for line in untranslated(root):
        where = line.split(": ", 1)[0]
        allowed = DATA_AS_PUBLISHED.get(where, set())
        words = line.rsplit(" [", 1)[1].strip("]").replace("'", "").split(", ")
        if any(w.lower() not in allowed for w in words):
            found.append(line)
    return found


def test_every_page_in_chinese_has_no_english_interface_text(window, qtbot):
    window.language_actions["zh"].trigger()
    problems = []
    for page_id in PAGE_IDS:
        window.show_page(page_id)
        qtbot.wait(30)
        window._fill_page_menu(page_id, window.page_menus[page_id])
        problems += [f"{page_id}: {p}" for p in walk(window)]
    assert problems == []
    assert window.nav.item(PAGE_IDS.index("briefing")).text() == "演示"


def test_briefing_windows_and_dialogs_in_chinese(window, qtbot):
    from reetool.ui.briefing import page_io

    window.language_actions["zh"].trigger()
    page = window.show_page("briefing")
    pres = page_io.present(page, 0, full_screen=False, presenter=True)
    view = page.presenter
    problems = walk(view)
    for menu in page.menus.values():
        problems += [f"{a.objectName()}: {a.text()}" for a in menu.actions()
                     if walk_text(a.text())]
    help_actions = window.extras[2]
    for dialog in (help_actions.show_shortcuts(), help_actions.show_guide()):
        problems += walk(dialog)
        dialog.close()
    pres.close()
    assert problems == []


def walk_text(text: str) -> list[str]:
    from tests.ui.i18n_walk import english_words

    return english_words(text)
