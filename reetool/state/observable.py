"""Change callbacks for plain-Python state models (the pattern of glue's ``state.py``).

A model subclasses :class:`Observable`, changes its fields through ``_set`` (or calls
``_changed`` after changing them itself), and listeners subscribe with a callback that
receives the set of field names that changed::

    class Selection(Observable):
        def __init__(self):
            super().__init__()
            self.year = None

        def set_year(self, year):
            self._set("year", year)

    sel = Selection()
    unsubscribe = sel.subscribe(lambda fields: print(sorted(fields)))
    with sel.batch():            # one notification for several changes
        sel.set_year(2024)
    unsubscribe()

Callbacks run synchronously, in subscription order. A callback that raises does not stop
the others; the first error is re-raised once every callback has run, so a broken widget
cannot leave the rest of the page stale.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

Callback = Callable[[frozenset[str]], None]


class Observable:
    """Base class for state models: ``subscribe``, ``batch`` and ``_set``/``_changed``."""

    def __init__(self) -> None:
        self._callbacks: list[tuple[Callback, frozenset[str] | None]] = []
        self._batch_depth = 0
        self._pending: set[str] = set()

    # -- listeners -----------------------------------------------------------------------
    def subscribe(self, callback: Callback, fields: Iterable[str] | None = None) -> Callable[[], None]:
        """Call ``callback(changed_fields)`` after each change (only those touching
        ``fields`` when given). Returns a function that unsubscribes."""
        entry = (callback, frozenset(fields) if fields is not None else None)
        self._callbacks.append(entry)

        def unsubscribe() -> None:
            try:
                self._callbacks.remove(entry)
            except ValueError:
                pass

        return unsubscribe

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Collect the changes made inside the block into one notification."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._pending:
                fields, self._pending = frozenset(self._pending), set()
                self._notify(fields)

    # -- for subclasses ------------------------------------------------------------------
    def _set(self, field: str, value) -> bool:
        """Set attribute ``field`` and notify if it changed. Returns whether it changed."""
        if getattr(self, field) == value:
            return False
        setattr(self, field, value)
        self._changed(field)
        return True

    def _changed(self, *fields: str) -> None:
        """Report fields the subclass changed itself."""
        if not fields:
            return
        if self._batch_depth:
            self._pending.update(fields)
        else:
            self._notify(frozenset(fields))

    def _notify(self, fields: frozenset[str]) -> None:
        error: BaseException | None = None
        for callback, wanted in list(self._callbacks):
            if wanted is not None and not (wanted & fields):
                continue
            try:
                callback(fields)
            except Exception as exc:  # noqa: BLE001 - re-raised below, after the others ran
                error = error or exc
        if error is not None:
            raise error
