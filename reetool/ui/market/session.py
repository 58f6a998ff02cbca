"""Edited tables with undo/redo: one EditSession (and QUndoStack) per published table.

Every change goes through a QUndoCommand and is written at once to the user's edit store
(reetool.data.market_user.EditStore, atomic), so no edit is lost on a crash or restart.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reetool.data import market
from reetool.data.market_user import EditStore, table_key


class _Change(QUndoCommand):
    """Replace the session's (edits, added) with new ones; undo restores the old."""

    def __init__(self, session: "EditSession", edits: dict, added: list, text: str):
        super().__init__(text)
        self.session = session
        self.old = (dict(session.edits), list(session.added))
        self.new = (dict(edits), list(added))

    def redo(self) -> None:
        self.session._apply(*self.new)

    def undo(self) -> None:
        self.session._apply(*self.old)


class EditSession(QObject):
    changed = Signal()

    def __init__(self, base: market.CountryTable, store: EditStore, parent=None):
        super().__init__(parent)
        self.base = base
        self.store = store
        self.key = table_key(base.commodity, base.statistic, base.edition, base.data_year)
        self.edits, self.added = store.get(self.key)
        self.stack = QUndoStack(self)
        self._table = None

    # --- reading ---------------------------------------------------------------------
    def table(self) -> market.CountryTable:
        if self._table is None:
            self._table = market.apply_edits(self.base, self.edits, self.added)
        return self._table

    @property
    def edited(self) -> bool:
        return bool(self.edits or self.added)

    # --- changing (undoable) ---------------------------------------------------------
    def set_value(self, country: str, value: float | None) -> bool:
        row = self.table().row(country)
        is_world = country == market.WORLD or (
            self.base.world is not None and country == self.base.world.country)
        if is_world:
            country, row = market.WORLD, self.table().world
        current = row.value if row is not None else None
        if row is not None and value == current:
            return False
        edits = dict(self.edits)
        published = (self.base.world.published if (is_world and self.base.world)
                     else (self.base.row(country).published if self.base.row(country) else None))
        exists_published = (self.base.world is not None) if is_world else (
            self.base.row(country) is not None)
        if exists_published and value == published:
            edits.pop(country, None)
        else:
            edits[country] = value
        self.stack.push(_Change(self, edits, self.added,
                                self.tr("Set {country} to {value}").format(
                                    country=country, value="—" if value is None else f"{value:,g}")))
        return True

    def add_country(self, name: str, value: float | None) -> bool:
        name = name.strip()
        if not name or self.table().row(name) is not None or name.casefold() in (
                "world", "world total"):
            return False
        edits = dict(self.edits)
        edits[name] = value
        self.stack.push(_Change(self, edits, self.added + [name],
                                self.tr("Add {country}").format(country=name)))
        return True

    def reset(self) -> bool:
        if not self.edited:
            return False
        self.stack.push(_Change(self, {}, [], self.tr("Reset to published")))
        return True

    def load(self, edits: dict, added: list) -> None:
        """Replace the edits (opening a scenario); undoable."""
        self.stack.push(_Change(self, edits, added, self.tr("Open scenario")))

    def _apply(self, edits: dict, added: list) -> None:
        self.edits, self.added = dict(edits), list(added)
        self._table = None
        self.store.put(self.key, self.edits, self.added)
        self.changed.emit()
