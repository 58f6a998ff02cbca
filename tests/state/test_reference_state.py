"""ReferenceState without Qt: filters, as-of day, selection, user events."""

from __future__ import annotations

import datetime as dt

from reetool.data.timeline_store import UserEventStore, event_from_fields
from reetool.state.reference import ReferenceState


def make(tmp_path, day=dt.date(2026, 6, 1)) -> ReferenceState:
    return ReferenceState(store=UserEventStore(tmp_path / "e.json"), today=day)


def test_filters_narrow_the_visible_events_and_notify(tmp_path):
    st = make(tmp_path)
    heard = []
    st.subscribe(lambda f: heard.append(set(f)))
    total = len(st.visible())
    st.set_filter("country", "WTO")
    assert {e.country for e in st.visible()} == {"WTO"} and len(st.visible()) == 3
    st.set_filter("country", None)
    st.set_years(2025, 2025)
    assert all(e.year == 2025 for e in st.visible())
    st.set_filter("status", "suspended")
    ids = {e.event_id for e in st.visible()}
    assert {"EV-2025-61", "EV-2025-62", "EV-2025-57"} <= ids and "EV-2025-18" not in ids
    st.clear_filters()
    assert len(st.visible()) == total
    assert {"country"} in heard and {"year_from", "year_to"} in heard


def test_as_of_changes_statuses(tmp_path):
    st = make(tmp_path, dt.date(2025, 10, 20))
    assert st.status_of("EV-2025-61").key == "in_force"
    st.set_as_of(dt.date(2026, 6, 1))
    assert st.status_of("EV-2025-61").key == "suspended"
    assert st.beyond_bundle()        # bundle current to 2026-01-06


def test_user_events_are_added_edited_and_kept_apart(tmp_path):
    st = make(tmp_path)
    e = st.add_event(event_from_fields({"date": "2026-05-01", "country": "China",
                                        "kind": "quota", "title_en": "Mine"}))
    assert st.selected == e.event_id and st.timeline.get(e.event_id).is_user
    st.edit_event(e.event_id, event_from_fields({"date": "2026-05-02", "country": "China",
                                                 "kind": "quota", "title_en": "Mine 2"}))
    assert st.timeline.get(e.event_id).title_en == "Mine 2"
    try:
        st.edit_event("EV-2025-61", event_from_fields({"date": "2026", "country": "C",
                                                      "kind": "quota", "title_en": "x"}))
    except ValueError:
        pass
    else:
        raise AssertionError("bundled events must be read-only")
