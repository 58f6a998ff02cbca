"""What the pages share: the selected commodity, edition, year and metric, the highlighted
country, the live scenario and the chart theme. Qt-free; one instance per process,
``app_state()``.

    st = app_state()
    st.subscribe(lambda fields: ...)     # e.g. frozenset({"commodity"})
    st.set("year", 2022)
    with st.batch():                     # one notification for several fields
        st.set("year", None)
        st.set("commodity", "Gallium")

The interface reaches it through ``reetool.ui.state.app_state()``, a thin Qt adapter that
re-emits each change as a signal; headless code and model tests use this module directly.
"""

from __future__ import annotations

from reetool.state.observable import Observable

DEFAULTS = {
    "commodity": "Rare earths",
    "edition": None,          # None = latest edition for the chosen year
    "year": None,             # None = latest data year
    "metric": "production",   # production | reserves
    "country": None,          # country highlighted across pages and charts
    "scenario": None,         # dict describing the live scenario and its result
    "theme": "light",         # light | dark
}


class AppState(Observable):
    """Named values with change callbacks; listeners get the names of the fields that changed."""

    def __init__(self) -> None:
        super().__init__()
        self._values = dict(DEFAULTS)

    def get(self, field: str):
        return self._values[field]

    def set(self, field: str, value) -> bool:
        """Set ``field``; returns whether it changed (listeners hear only real changes)."""
        if field not in self._values:
            raise KeyError(field)
        if self._values[field] == value:
            return False
        self._values[field] = value
        self._changed(field)
        return True

    def values(self) -> dict:
        return dict(self._values)

    def reset(self) -> None:
        with self.batch():
            for field, value in DEFAULTS.items():
                self.set(field, value)


_STATE: list[AppState] = []


def app_state() -> AppState:
    if not _STATE:
        _STATE.append(AppState())
    return _STATE[0]
