"""Observable and UndoStack, without Qt; expected values written out by hand."""

from __future__ import annotations

import pytest

from reetool.state.observable import Observable
from reetool.state.undo import Command, UndoStack


class Sel(Observable):
    def __init__(self):
        super().__init__()
        self.year = None
        self.commodity = "Rare earths"


def test_set_notifies_only_on_change():
    sel, seen = Sel(), []
    sel.subscribe(seen.append)
    assert sel._set("year", 2024) is True
    assert sel._set("year", 2024) is False
    assert seen == [frozenset({"year"})]


def test_field_filter_and_unsubscribe():
    sel, years, alls = Sel(), [], []
    off = sel.subscribe(years.append, fields=("year",))
    sel.subscribe(alls.append)
    sel._set("commodity", "Gallium")
    sel._set("year", 2023)
    off()
    sel._set("year", 2022)
    assert years == [frozenset({"year"})]
    assert alls == [frozenset({"commodity"}), frozenset({"year"}), frozenset({"year"})]


def test_batch_sends_one_notification_with_every_field():
    sel, seen = Sel(), []
    sel.subscribe(seen.append)
    with sel.batch():
        sel._set("year", 2020)
        with sel.batch():
            sel._set("commodity", "Gallium")
        assert seen == []
    assert seen == [frozenset({"year", "commodity"})]


def test_a_failing_listener_does_not_starve_the_others():
    sel, seen = Sel(), []

    def boom(_):
        raise RuntimeError("broken widget")

    sel.subscribe(boom)
    sel.subscribe(seen.append)
    with pytest.raises(RuntimeError):
        sel._set("year", 1999)
    assert seen == [frozenset({"year"})]


def _counter_stack():
    box = {"n": 0}

    def add(k, key=None):
        def do():
            box["n"] += k

        def undo():
            box["n"] -= k

        return Command(f"add {k}", do, undo, merge_key=key)

    return box, UndoStack(), add


def test_undo_redo_and_texts():
    box, stack, add = _counter_stack()
    stack.push(add(2))
    stack.push(add(3))
    assert box["n"] == 5 and stack.undo_text() == "add 3"
    assert stack.undo() and box["n"] == 2
    assert stack.redo_text() == "add 3"
    assert stack.redo() and box["n"] == 5
    assert stack.undo() and stack.undo() and box["n"] == 0
    assert stack.undo() is False and stack.can_redo()


def test_push_after_undo_discards_redo():
    box, stack, add = _counter_stack()
    stack.push(add(1))
    stack.undo()
    stack.push(add(10))
    assert not stack.can_redo() and box["n"] == 10


def test_merge_key_makes_one_step_until_closed():
    """Merging is for setters: undo restores the value before the run, redo the newest."""
    box, stack = {"caption": ""}, UndoStack()

    def typed(before, after):
        return Command("Edit caption", lambda: box.update(caption=after),
                       lambda: box.update(caption=before), merge_key="caption")

    stack.push(typed("", "C"))
    stack.push(typed("C", "Ch"))
    stack.push(typed("Ch", "China"))
    assert len(stack) == 1 and box["caption"] == "China"
    stack.close_merge()
    stack.push(typed("China", "China 70 %"))
    assert len(stack) == 2
    stack.undo()
    assert box["caption"] == "China"
    stack.undo()
    assert box["caption"] == ""
    stack.redo()
    assert box["caption"] == "China"


def test_clean_mark_follows_undo_and_limit():
    box, stack, add = _counter_stack()
    assert stack.is_clean()
    stack.push(add(1))
    assert not stack.is_clean()
    stack.set_clean()
    stack.push(add(1))
    stack.undo()
    assert stack.is_clean()
    small = UndoStack(limit=2)
    for k in (1, 2, 3):
        small.push(add(k))
    assert len(small) == 2 and box["n"] == 1 + 6
    with pytest.raises(ValueError):
        UndoStack(limit=0)


def test_undo_stack_notifies_listeners():
    _box, stack, add = _counter_stack()
    seen = []
    stack.subscribe(seen.append)
    stack.push(add(1))
    stack.undo()
    assert seen == [frozenset({"undo"})] * 2
