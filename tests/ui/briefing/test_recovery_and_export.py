"""A deck being edited when reetool was killed is offered back; exports show progress and
can be cancelled."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.briefing.conftest import slide_deck, titles

KILLED_EDITOR = """
import os
from reetool.data import deck as d
from reetool.state.briefing import BriefingState
s = BriefingState()
s.add([d.title_slide("Unsaved A"), d.title_slide("Unsaved B")])
s.set_caption(1, "typed before the crash")
os.kill(os.getpid(), 9)      # killed: no clean shutdown, no chance to save
"""


def test_a_killed_session_is_offered_back_at_the_next_start(app, qtbot):
    done = subprocess.run([sys.executable, "-c", KILLED_EDITOR], env=dict(os.environ),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    from reetool.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    acts = win.briefing_actions
    qtbot.waitUntil(lambda: acts.recovery_box is not None and acts.recovery_box.isVisible())
    box = acts.recovery_box
    assert "2 slides" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "recovery_restore"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.current_page_id() == "briefing")
    state = win.briefing_state()
    assert titles(state) == ["Unsaved A", "Unsaved B"]
    assert state.slides[1]["caption"] == "typed before the crash"
    assert state.dirty, "restored work is unsaved until the user saves it"
    from reetool.data import deck_store

    assert deck_store.recoverable() == []         # taken over: not offered twice


def test_discarding_the_offer_removes_the_autosave(app, qtbot):
    subprocess.run([sys.executable, "-c", KILLED_EDITOR], env=dict(os.environ), timeout=120)
    from reetool.data import deck_store
    from reetool.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.briefing_actions.recovery_box is not None)
    box = win.briefing_actions.recovery_box
    box.findChild(QPushButton, "recovery_discard").click()
    assert deck_store.recoverable() == []


def test_quitting_with_unsaved_changes_keeps_them_for_next_time(app, qtbot):
    from reetool.data import deck_store
    from reetool.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.briefing_state().new(slide_deck("kept"))
    win.close()
    files = list(deck_store.autosave_dir().glob("*.json"))
    assert len(files) == 1                        # written at once on quit, not lost


def test_export_pdf_with_progress_then_cancel_writes_nothing(briefing, qtbot, tmp_path):
    briefing.state.new(slide_deck("A", "B", "C"))
    out = tmp_path / "talk.pdf"
    run = briefing.do_export_pdf(str(out))
    assert run.dialog.objectName() == "export_progress" and run.dialog.maximum() == 3
    with qtbot.waitSignal(run.finished, timeout=30000) as got:
        pass
    assert got.args[0] == "done" and out.is_file() and out.read_bytes()[:5] == b"%PDF-"
    assert "Exported 3 slides" in briefing.message

    other = tmp_path / "cancelled.pdf"
    run = briefing.do_export_pdf(str(other))
    with qtbot.waitSignal(run.finished, timeout=30000) as got:
        run.dialog.findChild(QPushButton).click()     # the user presses Cancel
    assert got.args[0] == "cancelled" and not other.exists()
    assert not list(tmp_path.glob(".cancelled.pdf*")), "no temporary file left behind"


def test_export_png_and_pptx_from_the_page(briefing, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    briefing.state.new(slide_deck("A", "B"))
    run = briefing.do_export_png(str(tmp_path / "png"))
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    image = QImage(str(tmp_path / "png" / "slide-02.png"))
    assert (image.width(), image.height()) == (2560, 1440)
    run = briefing.do_export_pptx(str(tmp_path / "talk.pptx"))
    with qtbot.waitSignal(run.finished, timeout=30000) as got:
        pass
    assert got.args[0] == "done"
    from pptx import Presentation

    prs = Presentation(str(tmp_path / "talk.pptx"))
    assert len(prs.slides) == 2
    assert prs.slides[1].notes_slide.notes_text_frame.text == "notes B"
