"""The shared state (reetool.state.app) as Qt sees it: ``app_state()`` returns a QObject that
reads and writes the one Qt-free ``AppState`` and re-emits each change as
``changed(field_name)``, so widgets connect to a signal (disconnected when they are deleted)
while the state itself stays plain Python. Fields: commodity, edition, year, metric,
country, scenario, theme.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reetool.state import app as shared
from reetool.state.app import DEFAULTS

__all__ = ["DEFAULTS", "AppState", "app_state"]


class AppState(QObject):
    changed = Signal(str)

    def __init__(self, model: shared.AppState | None = None, parent=None):
        super().__init__(parent)
        self.model = model if model is not None else shared.app_state()
        self.model.subscribe(self._relay)

    def _relay(self, fields: frozenset[str]) -> None:
        for field in DEFAULTS:          # a fixed order: the commodity before its year
            if field in fields:
                self.changed.emit(field)

    def get(self, field: str):
        return self.model.get(field)

    def set(self, field: str, value) -> None:
        self.model.set(field, value)

    def reset(self) -> None:
        self.model.reset()


_STATE: list[AppState] = []


def app_state() -> AppState:
    if not _STATE:
        _STATE.append(AppState())
    return _STATE[0]
