"""The Briefing page: thumbnails, reorder by keyboard and drag, undo, caption and notes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from tests.helpers import type_text
from tests.ui.briefing.conftest import slide_deck, titles

CTRL = Qt.KeyboardModifier.ControlModifier


def test_keyboard_reorder_and_undo(briefing, qtbot, window):
    briefing.state.new(slide_deck("A", "B", "C"))
    window.activateWindow()
    briefing.list.setFocus()
    briefing.list.setCurrentRow(0)
    qtbot.keyClick(briefing.list, Qt.Key.Key_Down, CTRL)
    assert titles(briefing.state) == ["B", "A", "C"]
    assert briefing.list.currentRow() == 1 and briefing.list.item(1).text().startswith("2.")
    qtbot.keyClick(briefing.list, Qt.Key.Key_Down, CTRL)
    assert titles(briefing.state) == ["B", "C", "A"]
    qtbot.keyClick(briefing.list, Qt.Key.Key_Z, CTRL)        # undo
    assert titles(briefing.state) == ["B", "A", "C"]
    qtbot.keyClick(briefing.list, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert titles(briefing.state) == ["B", "C", "A"]          # redo


def test_drag_a_slide_to_the_top(briefing, qtbot):
    briefing.state.new(slide_deck("A", "B", "C"))
    lst = briefing.list
    lst.setCurrentRow(2)
    mime = lst.model().mimeData([lst.model().index(2, 0)])
    top = lst.visualItemRect(lst.item(0)).topLeft() + QPoint(10, 3)
    drop = QDropEvent(QPointF(top), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    # A real QDrag runs its own modal loop, and an internal-move view refuses a synthetic drag
    # that has no source, so the drop is handed to the view's drop handler directly.
    lst.dropEvent(drop)
    assert drop.dropAction() == Qt.DropAction.IgnoreAction   # the view does not move items
    assert titles(briefing.state) == ["C", "A", "B"]
    briefing.actions_["undo"].trigger()
    assert titles(briefing.state) == ["A", "B", "C"]


def test_duplicate_remove_and_buttons(briefing, qtbot, window):
    briefing.state.new(slide_deck("A", "B"))
    briefing.list.setCurrentRow(0)
    window.activateWindow()
    briefing.list.setFocus()
    qtbot.keyClick(briefing.list, Qt.Key.Key_D, CTRL)
    assert titles(briefing.state) == ["A", "A", "B"]
    qtbot.keyClick(briefing.list, Qt.Key.Key_Delete)
    assert titles(briefing.state) == ["A", "B"]
    briefing.state.set_current(1)
    briefing.actions_["up"].trigger()
    assert titles(briefing.state) == ["B", "A"]
    assert not briefing.actions_["up"].isEnabled()          # the first slide cannot go up


def test_caption_and_notes_are_edited_in_the_state(briefing, qtbot):
    from reetool.data import deck as d

    briefing.state.new(d.Deck(slides=[d.chart_slide("concentration", caption="old")]))
    briefing.caption.selectAll()
    qtbot.keyClicks(briefing.caption, "Concentration is high")
    assert briefing.state.slides[0]["caption"] == "Concentration is high"
    qtbot.keyClicks(briefing.notes, "Mention HHI")
    assert briefing.state.slides[0]["notes"] == "Mention HHI"
    briefing.list.setFocus()
    briefing.actions_["undo"].trigger()
    assert briefing.state.slides[0]["notes"] == ""
    assert briefing.notes.toPlainText() == ""                # the editor follows the state


def test_chinese_caption_goes_to_the_chinese_text(window, qtbot, app):
    from reetool.data import deck as d

    page = window.show_page("briefing")
    page.state.new(d.Deck(slides=[d.chart_slide("concentration",
                                                caption={"en": "High", "zh": ""})]))
    window.language_actions["zh"].trigger()
    type_text(qtbot, page.caption, "集中度高")
    assert page.state.slides[0]["caption"] == {"en": "High", "zh": "集中度高"}
    window.language_actions["en"].trigger()
    assert page.caption.toPlainText() == "High"


def test_thumbnails_are_drawn(briefing, qtbot):
    from reetool.data.default_deck import default_deck

    briefing.state.new(default_deck())
    qtbot.waitUntil(briefing.list.thumbnails_done, timeout=30000)
    icon = briefing.list.item(2).icon().pixmap(96, 54).toImage()
    colours = {icon.pixel(x, y) for x in range(0, 96, 6) for y in range(0, 54, 6)}
    assert len(colours) > 3, "a chart thumbnail is not blank"


def test_save_open_and_new_deck(briefing, tmp_path):
    briefing.state.new(slide_deck("A", "B"))
    path = tmp_path / "talk.reedeck.json"
    assert briefing.do_save_as(str(path))
    assert path.is_file() and not briefing.state.dirty
    assert "talk.reedeck.json" in briefing.status_text()
    from reetool.ui.briefing import page_io

    assert page_io.new_deck(briefing, ask=False) and briefing.list.count() == 0
    assert briefing.do_open(str(path)) and titles(briefing.state) == ["A", "B"]


def test_bad_deck_file_is_reported_not_raised(briefing, tmp_path, qtbot):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "reetool-deck", "version": 1, "slides": [{"kind": "chart"}]}')
    assert not briefing.do_open(str(bad))
    assert "slide 1, field 'chart'" in briefing.last_error
    from PySide6.QtWidgets import QMessageBox

    box = briefing.findChild(QMessageBox, "briefing_error")
    assert box is not None and "slide 1, field 'chart'" in box.text()
    box.close()
