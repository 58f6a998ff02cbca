"""State of the Reference page: timeline filters, the as-of day, the selection, the user's
events. Plain Python on ``Observable``; the page renders from it (no Qt here).

Fields (listeners hear their names): ``year_from``, ``year_to``, ``country``, ``kind``,
``commodity``, ``status`` (None = any), ``as_of`` (a date), ``selected`` (event id or None),
``events`` (the list changed: a user event added, edited, removed or imported),
``element`` (selected element symbol).
"""

from __future__ import annotations

import datetime as dt

from reetool.analysis.timeline_status import Status, status_of
from reetool.data.timeline import Event, Timeline, load_timeline
from reetool.data.timeline_store import UserEventStore, parse_events_file
from reetool.state.observable import Observable

FILTERS = ("year_from", "year_to", "country", "kind", "commodity", "status")


class ReferenceState(Observable):
    def __init__(self, timeline: Timeline | None = None, store: UserEventStore | None = None,
                 today: dt.date | None = None):
        super().__init__()
        self.store = store if store is not None else UserEventStore()
        self.timeline = timeline if timeline is not None else load_timeline(store=self.store)
        lo, hi = self.timeline.years()
        self.year_from, self.year_to = lo, hi
        self.country: str | None = None
        self.kind: str | None = None
        self.commodity: str | None = None
        self.status: str | None = None
        self.as_of: dt.date = today or dt.date.today()
        self.selected: str | None = None
        self.element: str | None = None
        self._statuses: dict[str, Status] = {}
        self._refresh_statuses()

    # --- derived ---------------------------------------------------------------------------
    @property
    def current_to(self) -> str:
        return self.timeline.current_to

    def beyond_bundle(self) -> bool:
        from reetool.data.timeline import last_day

        return bool(self.current_to) and self.as_of > last_day(self.current_to)

    def _refresh_statuses(self) -> None:
        by_id = self.timeline.by_id()
        self._statuses = {e.event_id: status_of(e, self.as_of, self.current_to, by_id)
                          for e in self.timeline.events}

    def status_of(self, event_id: str) -> Status:
        return self._statuses[event_id]

    def matches(self, e: Event) -> bool:
        if not self.year_from <= e.year <= self.year_to:
            return False
        if self.country and e.country != self.country:
            return False
        if self.kind and e.kind != self.kind:
            return False
        if self.commodity and self.commodity not in e.commodities:
            return False
        if self.status and self._statuses[e.event_id].key != self.status:
            return False
        return True

    def visible(self) -> list[Event]:
        return [e for e in self.timeline.events if self.matches(e)]

    def selected_event(self) -> Event | None:
        return self.timeline.get(self.selected) if self.selected else None

    # --- changes ---------------------------------------------------------------------------
    def set_years(self, year_from: int, year_to: int) -> None:
        lo, hi = sorted((int(year_from), int(year_to)))
        with self.batch():
            self._set("year_from", lo)
            self._set("year_to", hi)

    def set_filter(self, name: str, value) -> None:
        if name not in FILTERS[2:]:
            raise KeyError(name)
        self._set(name, value or None)

    def clear_filters(self) -> None:
        lo, hi = self.timeline.years()
        with self.batch():
            self.set_years(lo, hi)
            for name in FILTERS[2:]:
                self._set(name, None)

    def set_as_of(self, day: dt.date) -> None:
        if day != self.as_of:
            self.as_of = day
            self._refresh_statuses()
            self._changed("as_of")

    def select(self, event_id: str | None) -> None:
        self._set("selected", event_id)

    def select_element(self, symbol: str | None) -> None:
        self._set("element", symbol)

    # --- the user's events -------------------------------------------------------------------
    def _reload(self, select: str | None = None) -> None:
        self.timeline = load_timeline(store=self.store)
        self._refresh_statuses()
        with self.batch():
            lo, hi = self.timeline.years()
            self.year_from, self.year_to = min(self.year_from, lo), max(self.year_to, hi)
            self._changed("events", "year_from", "year_to")
            if select is not None:
                self._set("selected", select)

    def add_event(self, event: Event) -> Event:
        added = self.store.add(event)
        self._reload(added.event_id)
        return added

    def edit_event(self, event_id: str, event: Event) -> Event:
        if not (self.timeline.get(event_id) and self.timeline.get(event_id).is_user):
            raise ValueError("only your own events can be edited; bundled events are read-only")
        changed = self.store.update(event_id, event)
        self._reload(event_id)
        return changed

    def remove_event(self, event_id: str) -> bool:
        done = self.store.remove(event_id)
        if done:
            if self.selected == event_id:
                self.selected = None
            self._reload()
        return done

    def import_file(self, path) -> list[Event]:
        """Validate the whole file, then add its events (DataError and nothing saved)."""
        events = parse_events_file(path)
        added = self.store.import_events(events)
        self._reload(added[-1].event_id if added else None)
        return added
