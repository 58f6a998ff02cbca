"""The timeline of measures: bundled events (``timeline`` + ``timeline_links``) and the
user's own events (``reetool.data.timeline_store``). Qt-free, no pandas.

An :class:`Event` carries its dates as published: ISO text of the form YYYY, YYYY-MM or
YYYY-MM-DD (a partial date is as precise as the source). ``date`` is the announcement date.
Links tie an event to commodities, elements, catalogue versions and catalogue items.
"""

from __future__ import annotations

from dataclasses import replace

from reetool.data.timeline_events import (  # noqa: F401  (re-exported: the public names)
    DATE_FIELDS, ISO, KINDS, LINKS, ORIGINS, Event, Timeline, first_day, last_day, parse_date,
    sort_key,
)


def events_from_records(event_records, link_records) -> list[Event]:
    """Events of the bundle from the typed records of ``timeline`` and ``timeline_links``."""
    links: dict[str, dict[str, list]] = {}
    for r in link_records:
        slot = links.setdefault(r["event_id"], {k: [] for k in LINKS})
        value = (r["version"], r["target"]) if r["link"] == "catalogue_item" else r["target"]
        if value not in slot[r["link"]]:
            slot[r["link"]].append(value)
    out = []
    for r in event_records:
        ln = links.get(r["event_id"], {k: [] for k in LINKS})
        out.append(Event(
            event_id=r["event_id"], announced=r["announced"], country=r["country"], kind=r["kind"],
            title_en=r["title_en"], title_zh=r["title_zh"] or "",
            title_en_origin=r["title_en_origin"] or "", title_zh_origin=r["title_zh_origin"] or "",
            instrument=r["instrument"] or "", summary_en=r["summary_en"] or "",
            summary_zh=r["summary_zh"] or "",
            **{f: r[f] or "" for f in DATE_FIELDS if f != "announced"},
            suspended_by=r["suspended_by"] or "", suspended_part=r["suspended_part"] or "",
            superseded_by=r["superseded_by"] or "",
            notes=r["notes"] or "", sources=tuple(r["source_ids"]),
            commodities=tuple(ln["commodity"]), elements=tuple(ln["element"]),
            catalogue_versions=tuple(ln["catalogue_version"]),
            catalogue_items=tuple(ln["catalogue_item"]), line=r["__line__"],
            instrument_zh=r.get("instrument_zh") or "", notes_zh=r.get("notes_zh") or "",
            suspended_part_zh=r.get("suspended_part_zh") or ""))
    return sorted(out, key=sort_key)


def bundle_current_to(data=None) -> tuple[str, str]:
    """(date, note): the date the bundled sources are current to."""
    if data is None:
        from reetool.data import bundle

        data = bundle()
    for r in data.records("reference_meta"):
        if r["key"] == "bundle_current_to":
            return r["value"], r["notes"] or ""
    return "", ""


def load_timeline(include_user: bool = True, data=None, store=None) -> Timeline:
    """Bundled events plus (unless told otherwise) the user's own events."""
    if data is None:
        from reetool.data import bundle

        data = bundle()
    events = events_from_records(data.records("timeline"), data.records("timeline_links"))
    if include_user:
        if store is None:
            from reetool.data.timeline_store import UserEventStore

            store = UserEventStore()
        events = sorted(events + [replace(e, origin="user") for e in store.events], key=sort_key)
    current_to, note = bundle_current_to(data)
    return Timeline(events, current_to, note)
