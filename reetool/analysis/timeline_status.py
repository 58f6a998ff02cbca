"""The status of a measure on a chosen day, computed from its dates. Qt-free.

Statuses: ``not_announced`` (the day is before the announcement), ``announced`` (announced,
not yet effective), ``in_force``, ``suspended`` (between suspended_from and suspended_until),
``lapsed`` (past its ``lapses`` date: a temporary measure or an annual quota), ``superseded``
(the measure that replaced it is effective), ``ended`` and ``unknown``.

Dates may be partial (YYYY or YYYY-MM). A date that starts something (announced, effective,
suspended_from, ended) counts from its first possible day; a date that ends something
(suspended_until, lapses) counts to its last possible day, inclusive ("until 10 November
2026" still covers 10 November).

``unknown``: the bundle is current to a date. When the chosen day is later and one of the
event's own dates falls between the two (a suspension ends, a temporary measure lapses, a
measure takes effect), the bundled sources cannot say what happened: a suspension that has
lapsed may have been extended. Events with no such date keep their status, but every day
past the bundle's date is flagged ``beyond_bundle``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

from reetool.data.timeline import Event, first_day, last_day

STATUSES = ("not_announced", "announced", "in_force", "suspended", "lapsed", "superseded",
            "ended", "unknown")
BEYOND_SENTENCE = ("the bundled sources end on {date}; a suspension that has lapsed may have "
                   "been extended")


@dataclass(frozen=True)
class Status:
    key: str
    since: str = ""            # the date the status began ("" when not known)
    until: str = ""            # e.g. the end of a suspension
    partial: str = ""          # the part that is suspended ("article 2"), "" for the whole
    beyond_bundle: bool = False
    current_to: str = ""

    @property
    def note(self) -> str:
        """The English caveat for a day past the bundle's date ("" otherwise)."""
        return BEYOND_SENTENCE.format(date=self.current_to) if self.beyond_bundle else ""


def to_date(value) -> dt.date:
    """A date from a ``date`` or an ISO text (partial text → its first day)."""
    if isinstance(value, dt.date):
        return value
    return first_day(str(value))


def _starts(text: str, day: dt.date) -> bool:
    return bool(text) and first_day(text) <= day


def _over(text: str, day: dt.date) -> bool:
    return bool(text) and last_day(text) < day


def _changes(event: Event, superseder: Event | None) -> list[dt.date]:
    """The days on which the event's status can change by its own dates."""
    days = [first_day(d) for d in (event.effective, event.suspended_from, event.ended) if d]
    days += [last_day(d) + dt.timedelta(days=1) for d in (event.suspended_until, event.lapses) if d]
    if superseder is not None:
        days.append(first_day(superseder.effective or superseder.announced))
    return days


def status_of(event: Event, as_of, current_to: str | None = None,
              events: Mapping[str, Event] | None = None) -> Status:
    """The status of ``event`` on day ``as_of`` (a date or ISO text)."""
    day = to_date(as_of)
    superseder = (events or {}).get(event.superseded_by) if event.superseded_by else None
    beyond = bool(current_to) and day > last_day(current_to)
    if not _starts(event.announced, day):
        return Status("not_announced", beyond_bundle=beyond, current_to=current_to or "")
    if beyond:
        edge = last_day(current_to)
        if any(edge < d <= day for d in _changes(event, superseder)):
            return Status("unknown", since=current_to, beyond_bundle=True, current_to=current_to)

    def made(key: str, since: str = "", until: str = "", partial: str = "") -> Status:
        return Status(key, since, until, partial, beyond, current_to or "")

    if _starts(event.ended, day):
        return made("ended", event.ended)
    if superseder is not None and _starts(superseder.effective or superseder.announced, day):
        return made("superseded", superseder.effective or superseder.announced)
    if _over(event.lapses, day):
        return made("lapsed", (last_day(event.lapses) + dt.timedelta(days=1)).isoformat())
    if _starts(event.suspended_from, day) and not _over(event.suspended_until, day):
        return made("suspended", event.suspended_from, event.suspended_until, event.suspended_part)
    if _starts(event.effective, day):
        since = event.effective
        if event.suspended_until and _over(event.suspended_until, day):
            since = (last_day(event.suspended_until) + dt.timedelta(days=1)).isoformat()
        return made("in_force", since, event.lapses)
    return made("announced", event.announced, event.effective)


def statuses(events, as_of, current_to: str | None = None) -> dict[str, Status]:
    """Status of every event by id (superseding events looked up among ``events``)."""
    by_id = {e.event_id: e for e in events}
    return {e.event_id: status_of(e, as_of, current_to, by_id) for e in events}
