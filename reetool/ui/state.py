"""Shared UI state (selected commodity, edition, year, country, scenario, theme).

Pages read and write it; charts follow it. One instance per process: ``app_state()``.
Every change emits ``changed(field_name)``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

DEFAULTS = {
    "commodity": "Rare earths",
    "edition": None,          # None = latest edition for the chosen year
    "year": None,             # None = latest data year
    "metric": "production",   # production | reserves
    "country": None,          # country highlighted across pages and charts
    "scenario": None,         # dict describing the live scenario and its result
    "theme": "light",         # light | dark
}


class AppState(QObject):
    changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._values = dict(DEFAULTS)

    def get(self, field: str):
        return self._values[field]

    def set(self, field: str, value) -> None:
        if field not in self._values:
            raise KeyError(field)
        if self._values[field] != value:
            self._values[field] = value
            self.changed.emit(field)

    def reset(self) -> None:
        for field, value in DEFAULTS.items():
            self.set(field, value)


_STATE: list[AppState] = []


def app_state() -> AppState:
    if not _STATE:
        _STATE.append(AppState())
    return _STATE[0]
