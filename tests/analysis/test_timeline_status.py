"""Status of a measure on a day, with dates worked by hand."""

from __future__ import annotations

import datetime as dt

from reetool.analysis.timeline_status import status_of, statuses
from reetool.data.timeline import Event, load_timeline


def ev(**kw) -> Event:
    base = dict(event_id="E", announced="2025-10-09", country="China", kind="export_control",
                title_en="t")
    return Event(**{**base, **kw})


def test_suspended_measure_reads_suspended_until_the_end_date_inclusive():
    e = ev(effective="2025-10-09", suspended_from="2025-11-07", suspended_until="2026-11-10")
    assert status_of(e, "2025-10-08").key == "not_announced"
    assert status_of(e, "2025-10-09").key == "in_force"
    assert status_of(e, "2025-11-06").key == "in_force"
    assert status_of(e, "2025-11-07").key == "suspended"
    # "until 10 November 2026" still covers that day; the next day it is back in force
    assert status_of(e, "2026-11-10").key == "suspended"
    back = status_of(e, "2026-11-11")
    assert back.key == "in_force" and back.since == "2026-11-11"


def test_past_the_bundle_a_lapsing_suspension_is_unknown_with_the_sentence():
    e = ev(effective="2025-10-09", suspended_from="2025-11-07", suspended_until="2026-11-10")
    # bundle current to 2026-01-06: on 2026-06-01 no date of the event lies in between
    mid = status_of(e, "2026-06-01", current_to="2026-01-06")
    assert mid.key == "suspended" and mid.beyond_bundle
    # on 2026-12-01 the suspension's end (2026-11-10) lies between the two dates
    late = status_of(e, "2026-12-01", current_to="2026-01-06")
    assert late.key == "unknown"
    assert late.note == ("the bundled sources end on 2026-01-06; a suspension that has lapsed "
                         "may have been extended")
    # within the bundle nothing is flagged
    assert not status_of(e, "2025-12-01", current_to="2026-01-06").beyond_bundle


def test_announced_before_effective_then_lapsed_ended_superseded():
    quota = ev(announced="2010-08", effective="2010", lapses="2010-12-31")
    assert status_of(quota, "2010-07-31").key == "not_announced"   # announced August 2010
    assert status_of(quota, "2010-12-31").key == "in_force"
    assert status_of(quota, "2011-01-01").key == "lapsed"
    later = ev(announced="2023-10-20", effective="2023-12-01")
    assert status_of(later, "2023-11-30").key == "announced"
    assert status_of(later, "2023-12-01").key == "in_force"
    dispute = ev(announced="2014-08-07", effective="2014-08-07", ended="2015-05")
    assert status_of(dispute, "2015-04-30").key == "in_force"
    assert status_of(dispute, "2015-05-01").key == "ended"      # partial date: its first day
    old = ev(event_id="OLD", announced="2008-09-16", effective="2008-09-16", superseded_by="NEW")
    new = ev(event_id="NEW", announced="2023-12-21", effective="2023-12-21")
    st = statuses([old, new], "2023-12-21")
    assert st["OLD"].key == "superseded" and st["OLD"].since == "2023-12-21"
    assert statuses([old, new], "2023-12-20")["OLD"].key == "in_force"


def test_bundled_october_2025_measures_read_suspended_on_2026_06_01():
    tl = load_timeline(include_user=False)
    st = statuses(tl.events, dt.date(2026, 6, 1), tl.current_to)
    for eid in ("EV-2025-61", "EV-2025-62"):
        assert st[eid].key == "suspended" and st[eid].until == "2026-11-10"
    assert st["EV-2024-46"].key == "suspended" and st["EV-2024-46"].partial == "article 2"
    assert st["EV-2025-18"].key == "in_force"       # April 2025 controls are not suspended
    late = statuses(tl.events, dt.date(2026, 12, 1), tl.current_to)
    assert late["EV-2025-61"].key == "unknown" and late["EV-2025-70"].key == "unknown"
