"""The Briefing model without Qt: add, duplicate, remove, move, edit, undo/redo, files."""

from __future__ import annotations

import pytest

from reetool.data import deck as d
from reetool.data import deck_store
from reetool.state.briefing import BriefingState


def titles(state):
    return [d.text(s.get("title") or s.get("chart") or s["kind"]) for s in state.slides]


@pytest.fixture
def state():
    s = BriefingState()
    s.add([d.title_slide("A"), d.title_slide("B"), d.title_slide("C")])
    s.undo.set_clean()
    return s


def test_add_inserts_after_the_current_slide_and_selects_it(state):
    state.set_current(0)
    idx = state.add([d.chart_slide("concentration")])
    assert idx == [1] and state.current == 1
    assert titles(state) == ["A", "concentration", "B", "C"]


def test_add_validates_slides():
    with pytest.raises(d.DeckError, match="kind"):
        BriefingState().add([{"kind": "nope"}])


def test_duplicate_remove_move_and_undo_each_step(state):
    state.duplicate(0)
    assert titles(state) == ["A", "A", "B", "C"]
    assert state.slides[0]["id"] != state.slides[1]["id"]
    state.remove([1, 3])
    assert titles(state) == ["A", "B"]
    state.move(0, 1)
    assert titles(state) == ["B", "A"] and state.current == 1
    assert state.undo.undo() and titles(state) == ["A", "B"]
    assert state.undo.undo() and titles(state) == ["A", "A", "B", "C"]
    assert state.undo.undo() and titles(state) == ["A", "B", "C"]
    assert not state.dirty
    assert state.undo.redo() and titles(state) == ["A", "A", "B", "C"]
    assert state.dirty


def test_caption_typing_is_one_undo_step_and_keeps_both_languages(state):
    state.set_caption(0, "H")
    state.set_caption(0, "Hi")
    state.set_caption(0, "Hi!")
    assert state.slides[0]["caption"] == "Hi!"
    state.undo.undo()
    assert state.slides[0]["caption"] == ""
    s = BriefingState()
    s.add([d.title_slide("T", caption={"en": "Hello", "zh": "你好"})])
    s.set_caption(0, "大家好", lang="zh")
    assert s.slides[0]["caption"] == {"en": "Hello", "zh": "大家好"}
    s.set_notes(0, "say it slowly")
    assert s.slides[0]["notes"] == "say it slowly"


def test_notifications_name_what_changed(state):
    seen = []
    state.subscribe(seen.append)
    state.move(2, 0)
    assert any("slides" in f for f in seen)
    seen.clear()
    state.set_current(2)
    assert seen == [frozenset({"current"})]


def test_move_out_of_range_is_refused(state):
    assert not state.move(5, 0)
    assert not state.move(1, 1)
    assert state.move(0, 99) and titles(state) == ["B", "C", "A"]


def test_save_open_and_dirty(state, tmp_path):
    assert not state.dirty
    state.set_caption(1, "x")
    assert state.dirty
    path = state.save(tmp_path / "a.json")
    assert not state.dirty and state.path == path
    other = BriefingState()
    other.open(path)
    assert titles(other) == ["A", "B", "C"] and other.slides[1]["caption"] == "x"
    with pytest.raises(ValueError):
        BriefingState().save()


def test_autosave_follows_edits_and_is_removed_on_save(isolated_user_folders, tmp_path):
    s = BriefingState()
    calls = []
    s.schedule_autosave = lambda: calls.append(1)
    s.add([d.title_slide("A")])
    assert calls, "an edit schedules an autosave"
    path = s.autosave_now()
    assert path.is_file() and path.parent == deck_store.autosave_dir()
    s.save(tmp_path / "saved.json")
    assert not path.exists()
    s.set_caption(0, "again")
    assert s.autosave_now().is_file()
    s.undo.undo()               # back to the saved state: nothing to recover
    assert s.autosave_now() is None and not path.exists()


def test_restore_is_unsaved_and_remembers_origin(tmp_path):
    s = BriefingState()
    s.restore(d.Deck(title="R", slides=[d.title_slide("x")]), tmp_path / "orig.json")
    assert s.dirty and s.path == tmp_path / "orig.json" and len(s) == 1
    s.new()
    assert len(s) == 0 and not s.dirty and s.path is None
