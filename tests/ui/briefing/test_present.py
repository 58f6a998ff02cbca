"""Presenting: F5 / Shift+F5, every navigation key, number + Enter, B, W, Esc, the presenter
view, and readable type (no text below 1/40 of the screen height)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor

from tests.ui.briefing.conftest import slide_deck

K = Qt.Key


@pytest.fixture
def presented(briefing, window, qtbot):
    briefing.state.new(slide_deck(*"ABCDEFGH"))          # 8 slides
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, K.Key_F5)
    pres = briefing.presentation
    assert pres is not None and pres.isVisible() and pres.isFullScreen()
    qtbot.waitExposed(pres)
    pres.activateWindow()
    yield pres
    import shiboken6

    if shiboken6.isValid(pres) and pres.isVisible():
        pres.close()


def test_every_navigation_key(presented, qtbot):
    pres = presented
    assert pres.index == 0
    for key in (K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_N):
        before = pres.index
        qtbot.keyClick(pres, key)
        assert pres.index == before + 1, key
    assert pres.index == 5
    for key in (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P):
        before = pres.index
        qtbot.keyClick(pres, key)
        assert pres.index == before - 1, key
    assert pres.index == 0
    qtbot.keyClick(pres, K.Key_Left)                    # stays on the first slide
    assert pres.index == 0
    qtbot.keyClick(pres, K.Key_End)
    assert pres.index == 7
    qtbot.keyClick(pres, K.Key_Right)                   # stays on the last slide
    assert pres.index == 7
    qtbot.keyClick(pres, K.Key_Home)
    assert pres.index == 0
    qtbot.keyClicks(pres, "6")
    qtbot.keyClick(pres, K.Key_Return)
    assert pres.index == 5                              # slide 6
    qtbot.keyClicks(pres, "12")
    qtbot.keyClick(pres, K.Key_Enter)
    assert pres.index == 7                              # beyond the end: the last slide


def center_colour(pres) -> QColor:
    image = pres.grab().toImage()
    return QColor(image.pixel(image.width() // 2, image.height() // 2))


def test_black_and_white_screens(presented, qtbot):
    pres = presented
    qtbot.keyClick(pres, K.Key_B)
    assert pres.blank == "black" and center_colour(pres).lightness() == 0
    qtbot.keyClick(pres, K.Key_B)
    assert pres.blank is None
    qtbot.keyClick(pres, K.Key_W)
    assert pres.blank == "white" and center_colour(pres).lightness() == 255
    qtbot.keyClick(pres, K.Key_Right)                   # moving on ends the blank screen
    assert pres.blank is None and pres.index == 1


def test_escape_leaves_and_remembers_the_slide(presented, briefing, qtbot):
    pres = presented
    qtbot.keyClick(pres, K.Key_End)
    with qtbot.waitSignal(pres.closed):
        qtbot.keyClick(pres, K.Key_Escape)
    assert briefing.state.current == 7


def test_shift_f5_starts_at_the_current_slide(briefing, window, qtbot):
    briefing.state.new(slide_deck("A", "B", "C"))
    briefing.state.set_current(2)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, K.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert briefing.presentation.index == 2
    briefing.presentation.close()


def test_presenter_view_shows_current_next_notes_and_time(briefing, qtbot):
    from reetool.ui.briefing import page_io

    briefing.state.new(slide_deck("A", "B", "C"))
    pres = page_io.present(briefing, 0, full_screen=False, presenter=True)
    view = briefing.presenter
    assert view.current.slide["title"] == "A" and view.next_view.slide["title"] == "B"
    assert view.notes.toPlainText() == "notes A"
    assert view.counter.text() == "Slide 1 of 3"
    assert view.clock.text().startswith("Elapsed 0:00:0")
    pres.next()
    assert view.current.slide["title"] == "B" and view.notes.toPlainText() == "notes B"
    pres.last()
    assert view.next_view.slide is None and view.counter.text() == "Slide 3 of 3"
    pres.close()
    qtbot.waitUntil(lambda: not view.isVisible())


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)])
def test_no_text_smaller_than_a_fortieth_of_the_screen(app, size):
    from reetool.data.default_deck import default_deck
    from reetool.ui.briefing.render import SlideRenderer
    from reetool.ui.briefing.slide_text import DESIGN_H, TextLog

    deck = default_deck()
    r = SlideRenderer("en", "projector")
    for n, slide in enumerate(deck.slides, start=1):
        r.log = TextLog()
        r.image(slide, n, len(deck.slides), size)
        assert r.log.items, f"slide {n} drew no text"
        smallest_px = r.log.smallest() * size.height() / DESIGN_H
        # e.g. 1024×768: 18 design units × 768/720 = 19.2 px = 768/40
        assert smallest_px >= size.height() / 40 - 1e-6, (n, slide["kind"], smallest_px)
    r.clear()


def test_missing_data_shows_a_placeholder_not_an_error(app):
    from reetool.data import deck as d
    from reetool.ui.briefing.render import SlideRenderer
    from reetool.ui.briefing.slide_text import TextLog

    slides = [d.chart_slide("production_shares", commodity="Unobtainium"),
              d.chart_slide("chart_of_the_future"),
              d.catalogue_item_slide("2023", "999999X", "999999X"),
              d.version_change_slide("2020", "2099"),
              {"id": "x", "kind": "hologram", "caption": "", "notes": ""}]
    r = SlideRenderer("en", "light")
    for n, slide in enumerate(slides, start=1):
        r.log = TextLog()
        r.image(slide, n, len(slides), QSize(640, 360))
        texts = " ".join(t for t, _px in r.log.items)
        assert "Not available on this computer" in texts, (n, texts)
    r.clear()
