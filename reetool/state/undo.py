"""A Qt-free undo stack: commands that know how to do and undo themselves.

    stack = UndoStack(limit=200)
    stack.push(Command("Rename slide", do=lambda: ..., undo=lambda: ...))   # runs do()
    stack.undo(); stack.redo()

``push`` runs the command's ``do``; a command pushed while redo entries exist discards
them (the usual editor behaviour). ``merge_key``: consecutive commands with the same
non-empty key merge into one undo step (typing in a caption, dragging a slider), keeping the
first command's ``undo`` and the newest ``do``. ``clean`` marks the state that was last saved.
Listeners (``Observable``) hear ``"undo"`` whenever what can be undone or redone changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from reetool.state.observable import Observable


@dataclass
class Command:
    text: str
    do: Callable[[], None]
    undo: Callable[[], None]
    merge_key: str | None = None


class UndoStack(Observable):
    def __init__(self, limit: int = 500) -> None:
        super().__init__()
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_depth: int | None = 0
        self._merge_open = True

    # -- queries -------------------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def is_clean(self) -> bool:
        return self._clean_depth == len(self._done) and not (self._clean_depth is None)

    def __len__(self) -> int:
        return len(self._done)

    # -- changes -------------------------------------------------------------------------
    def push(self, command: Command) -> None:
        command.do()
        top = self._done[-1] if self._done else None
        if (self._merge_open and top is not None and command.merge_key
                and command.merge_key == top.merge_key and not self._undone):
            self._done[-1] = Command(command.text, command.do, top.undo, command.merge_key)
            if self._clean_depth == len(self._done):
                self._clean_depth = None  # the saved state was merged away
        else:
            if self._undone:
                if self._clean_depth is not None and self._clean_depth > len(self._done):
                    self._clean_depth = None  # the saved state can no longer be reached
                self._undone.clear()
            self._done.append(command)
            if len(self._done) > self.limit:
                del self._done[0]
                if self._clean_depth is not None:
                    self._clean_depth -= 1
                    if self._clean_depth < 0:
                        self._clean_depth = None
        self._merge_open = True
        self._changed("undo")

    def close_merge(self) -> None:
        """End the current merge run (e.g. when a text field loses focus)."""
        self._merge_open = False

    def undo(self) -> bool:
        if not self._done:
            return False
        command = self._done.pop()
        command.undo()
        self._undone.append(command)
        self._merge_open = False
        self._changed("undo")
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        command = self._undone.pop()
        command.do()
        self._done.append(command)
        self._merge_open = False
        self._changed("undo")
        return True

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._clean_depth = 0
        self._changed("undo")

    def set_clean(self) -> None:
        self._clean_depth = len(self._done)
        self._merge_open = False
        self._changed("undo")
