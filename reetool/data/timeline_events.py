"""Events of the timeline and their dates: the record types shared by the bundled timeline
(reetool.data.timeline) and the user's own events (reetool.data.timeline_store). Qt-free.

An :class:`Event` carries its dates as published: ISO text of the form YYYY, YYYY-MM or
YYYY-MM-DD (a partial date is as precise as the source). ``date`` is the announcement date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

KINDS = ("technology_catalogue", "export_control", "quota", "licence", "suspension",
         "trade_dispute", "investigation", "investment")
LINKS = ("commodity", "element", "catalogue_version", "catalogue_item")
DATE_FIELDS = ("announced", "effective", "suspended_from", "suspended_until", "lapses", "ended")
ORIGINS = ("official", "third-party", "reetool", "user", "")
ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(text: str) -> tuple[int, int | None, int | None]:
    """(year, month, day) of an ISO date text; ValueError when it is not one."""
    m = ISO.match((text or "").strip())
    if not m:
        raise ValueError(f"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    month = int(mo) if mo else None
    day = int(d) if d else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"'{text}' has no month {month}")
    if day is not None:
        dt.date(y, month, day)   # raises ValueError for 2025-02-30
    return y, month, day


def first_day(text: str) -> dt.date:
    """The first day a (possibly partial) date can mean: 2025-10 → 2025-10-01."""
    y, m, d = parse_date(text)
    return dt.date(y, m or 1, d or 1)


def last_day(text: str) -> dt.date:
    """The last day a (possibly partial) date can mean: 2025 → 2025-12-31."""
    y, m, d = parse_date(text)
    if d is not None:
        return dt.date(y, m, d)
    if m is None:
        return dt.date(y, 12, 31)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


@dataclass(frozen=True)
class Event:
    event_id: str
    announced: str
    country: str
    kind: str
    title_en: str
    title_zh: str = ""
    title_en_origin: str = ""
    title_zh_origin: str = ""
    instrument: str = ""
    summary_en: str = ""
    summary_zh: str = ""
    effective: str = ""
    suspended_from: str = ""
    suspended_until: str = ""
    suspended_by: str = ""
    suspended_part: str = ""       # e.g. "article 2" when only part is suspended
    lapses: str = ""
    ended: str = ""
    superseded_by: str = ""
    notes: str = ""
    sources: tuple[str, ...] = ()
    commodities: tuple[str, ...] = ()
    elements: tuple[str, ...] = ()
    catalogue_versions: tuple[str, ...] = ()
    catalogue_items: tuple[tuple[str, str], ...] = ()   # (version, code or item id)
    origin: str = "bundle"          # bundle | user
    line: int | None = None
    # reetool renderings in Chinese of the instrument, the notes and the suspended part
    instrument_zh: str = ""
    notes_zh: str = ""
    suspended_part_zh: str = ""

    @property
    def date(self) -> str:
        return self.announced

    @property
    def year(self) -> int:
        return parse_date(self.announced)[0]

    @property
    def is_user(self) -> bool:
        return self.origin == "user"

    def to_json(self) -> dict:
        return {
            "event_id": self.event_id, "date": self.announced, "country": self.country,
            "kind": self.kind, "instrument": self.instrument or None,
            "title_en": self.title_en, "title_en_origin": self.title_en_origin or None,
            "title_zh": self.title_zh or None, "title_zh_origin": self.title_zh_origin or None,
            "summary_en": self.summary_en or None, "summary_zh": self.summary_zh or None,
            **{f: getattr(self, f) or None for f in DATE_FIELDS if f != "announced"},
            "suspended_by": self.suspended_by or None,
            "suspended_part": self.suspended_part or None, "superseded_by": self.superseded_by or None,
            "commodities": list(self.commodities), "elements": list(self.elements),
            "catalogue_versions": list(self.catalogue_versions),
            "catalogue_items": [{"version": v, "code": c} for v, c in self.catalogue_items],
            "notes": self.notes or None, "sources": list(self.sources), "origin": self.origin,
            "instrument_zh": self.instrument_zh or None, "notes_zh": self.notes_zh or None,
        }


@dataclass
class Timeline:
    """Bundled and user events, sorted by date; ``current_to`` is the bundle's last date."""
    events: list[Event] = field(default_factory=list)
    current_to: str = ""
    current_to_note: str = ""

    def get(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.event_id == event_id), None)

    def by_id(self) -> dict[str, Event]:
        return {e.event_id: e for e in self.events}

    def countries(self) -> list[str]:
        return sorted({e.country for e in self.events})

    def commodities(self) -> list[str]:
        return sorted({c for e in self.events for c in e.commodities})

    def years(self) -> tuple[int, int]:
        ys = [e.year for e in self.events] or [dt.date.today().year]
        return min(ys), max(ys)

    def naming_element(self, symbol: str) -> list[Event]:
        return [e for e in self.events if symbol in e.elements]

    def naming_item(self, version: str, code: str) -> list[Event]:
        return [e for e in self.events if (version, code) in e.catalogue_items]


def sort_key(e: Event) -> tuple:
    return (first_day(e.announced), e.origin != "bundle", e.event_id)
