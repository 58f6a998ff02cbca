"""The user's edits to one published country table, with undo/redo. Qt-free.

One ``TableEdits`` per published table (commodity, statistic, edition, data year), each with
its own ``UndoStack``. Every change is a command that replaces the edits (countries → values)
and the added countries, and is written at once to the user's edit store
(reetool.data.market_user.EditStore, atomic), so no edit is lost on a crash or restart.

Command texts come from ``describe(kind, **args)`` (kinds: "set", "add", "reset", "open"),
which the interface replaces with translated wording; the default is plain English.
"""

from __future__ import annotations

from typing import Callable

from reetool.data import market
from reetool.data.market_user import EditStore, table_key
from reetool.state.undo import Command, UndoStack

Describe = Callable[..., str]


def describe_en(kind: str, **args) -> str:
    texts = {"set": "Set {country} to {value}", "add": "Add {country}",
             "reset": "Reset to published", "open": "Open scenario"}
    return texts[kind].format(**args)


def value_text(value: float | None) -> str:
    return "—" if value is None else f"{value:,g}"


class TableEdits:
    """Edits of one published table. ``on_change()`` is called after every change."""

    def __init__(self, base: market.CountryTable, store: EditStore,
                 on_change: Callable[[], None] = lambda: None, describe: Describe = describe_en):
        self.base = base
        self.store = store
        self.on_change = on_change
        self.describe = describe
        self.key = table_key(base.commodity, base.statistic, base.edition, base.data_year)
        self.edits, self.added = store.get(self.key)
        self.stack = UndoStack()
        self._table: market.CountryTable | None = None

    # --- reading ---------------------------------------------------------------------
    def table(self) -> market.CountryTable:
        """The published table with the user's values applied (edited rows marked)."""
        if self._table is None:
            self._table = market.apply_edits(self.base, self.edits, self.added)
        return self._table

    @property
    def edited(self) -> bool:
        return bool(self.edits or self.added)

    def _is_world(self, country: str) -> bool:
        return country == market.WORLD or (
            self.base.world is not None and country == self.base.world.country)

    # --- changing (undoable) ---------------------------------------------------------
    def set_value(self, country: str, value: float | None) -> bool:
        """Set a country's (or the world total's) value; None = missing. Setting the published
        value again removes the edit. Returns False when nothing changes."""
        table = self.table()
        if self._is_world(country):
            country, row, published_row = market.WORLD, table.world, self.base.world
        else:
            row, published_row = table.row(country), self.base.row(country)
        if row is not None and value == row.value:
            return False
        edits = dict(self.edits)
        if published_row is not None and value == published_row.published:
            edits.pop(country, None)
        else:
            edits[country] = value
        self._push(edits, self.added, self.describe("set", country=country, value=value_text(value)))
        return True

    def add_country(self, name: str, value: float | None) -> bool:
        """Add a country the publisher does not list; refused for an empty name, a listed
        country or the world total."""
        name = (name or "").strip()
        if not name or self.table().row(name) is not None or name.casefold() in (
                "world", "world total"):
            return False
        edits = dict(self.edits)
        edits[name] = value
        self._push(edits, self.added + [name], self.describe("add", country=name))
        return True

    def reset(self) -> bool:
        """Back to the published figures (undoable)."""
        if not self.edited:
            return False
        self._push({}, [], self.describe("reset"))
        return True

    def load(self, edits: dict, added: list) -> bool:
        """Replace the edits, e.g. with an opened scenario's (undoable)."""
        if (dict(edits), list(added)) == (self.edits, self.added):
            return False
        self._push(edits, added, self.describe("open"))
        return True

    def _push(self, edits: dict, added: list, text: str) -> None:
        old = (dict(self.edits), list(self.added))
        new = (dict(edits), list(added))
        self.stack.push(Command(text, do=lambda: self._apply(*new), undo=lambda: self._apply(*old)))

    def _apply(self, edits: dict, added: list) -> None:
        self.edits, self.added = dict(edits), list(added)
        self._table = None
        self.store.put(self.key, self.edits, self.added)
        self.on_change()
