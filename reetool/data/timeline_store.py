"""The user's own timeline events, kept apart from the bundle. Qt-free.

One JSON file, ``<user data>/reference/events.json`` (format 1), rewritten atomically after
each change. Events can be added, edited, removed, imported from a CSV or JSON file and
exported to one. An import is validated whole before anything is saved: the first bad row
raises a DataError naming the file, the row (CSV line or JSON record) and the field.

CSV/JSON columns: ``date`` (announced; YYYY, YYYY-MM or YYYY-MM-DD), ``country``, ``kind``,
``title_en`` are required; optional ``event_id``, ``title_zh``, ``instrument``, ``summary_en``,
``summary_zh``, ``effective``, ``suspended_from``, ``suspended_until``, ``lapses``, ``ended``,
``superseded_by``, ``commodities`` and ``elements`` (";"-separated), ``notes``, ``source``.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

from reetool.data.errors import DataError
from reetool.data.reference import ELEMENT_WORDS
from reetool.data.textio import MAX_INPUT_BYTES, atomic_write_text, read_csv_records, read_json
from reetool.data.user_files import read_store_json
from reetool.data.timeline_events import DATE_FIELDS, KINDS, Event, parse_date

FORMAT = 1
REQUIRED = ("date", "country", "kind", "title_en")
TEXT_FIELDS = ("title_zh", "instrument", "summary_en", "summary_zh", "superseded_by", "notes")
COLUMNS = ("event_id", "date", "country", "kind", "title_en", "title_zh", "instrument",
           "summary_en", "summary_zh", "effective", "suspended_from", "suspended_until",
           "lapses", "ended", "superseded_by", "commodities", "elements", "notes", "source")
MAX_TEXT = 2000
MAX_ROWS = 10000
# DataError codes of a bad field (each a kind of "bad_value"; the interface translates them)
FIELD_CODES = ("not_text", "too_long", "required", "unknown_kind", "bad_date",
               "needs_suspended_from", "until_before_from", "unknown_element")


def store_path() -> Path:
    from reetool.appdirs import user_data_dir

    return user_data_dir(create=False) / "reference" / "events.json"


def _split(value) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        parts = [str(v) for v in value]
    else:
        parts = str(value or "").split(";")
    return tuple(p.strip() for p in parts if p.strip())


def event_from_fields(fields: dict, *, file: str = "", row: int | None = None,
                      event_id: str = "") -> Event:
    """A user Event from plain fields; DataError naming ``file``, ``row`` and the field."""
    def fail(column: str, message: str, value=None, code: str = "bad_value"):
        raise DataError(file or "event", message, row=row, column=column, code=code,
                        value=None if value is None else str(value))

    clean = {}
    for key in set(COLUMNS) - {"commodities", "elements"}:
        value = fields.get(key)
        if value is not None and not isinstance(value, (str, int)):
            fail(key, "must be text", code="not_text")
        text = "" if value is None else str(value).strip()
        if len(text) > MAX_TEXT:
            fail(key, f"is longer than {MAX_TEXT} characters", code="too_long")
        clean[key] = text
    for key in REQUIRED:
        if not clean[key]:
            fail(key, "is required but empty", code="required")
    if clean["kind"] not in KINDS:
        fail("kind", f"'{clean['kind']}' is not one of: {', '.join(KINDS)}", clean["kind"],
             code="unknown_kind")
    dates = {"announced": clean["date"], **{f: clean[f] for f in DATE_FIELDS if f != "announced"}}
    for name, text in dates.items():
        if text:
            try:
                parse_date(text)
            except ValueError as exc:
                fail("date" if name == "announced" else name, str(exc), text, code="bad_date")
    if dates["suspended_until"] and not dates["suspended_from"]:
        fail("suspended_from", "is required when suspended_until is given",
             code="needs_suspended_from")
    if dates["suspended_from"] and dates["suspended_until"] and \
            dates["suspended_until"] < dates["suspended_from"][:len(dates["suspended_until"])]:
        fail("suspended_until", "is before suspended_from", dates["suspended_until"],
             code="until_before_from")
    elements = _split(fields.get("elements"))
    for sym in elements:
        if sym not in ELEMENT_WORDS:
            fail("elements", f"'{sym}' is not one of the 17 rare-earth symbols", sym,
                 code="unknown_element")
    source = clean["source"]
    return Event(
        event_id=event_id or clean["event_id"], announced=clean["date"], country=clean["country"],
        kind=clean["kind"], title_en=clean["title_en"], title_zh=clean["title_zh"],
        title_en_origin="user", title_zh_origin="user" if clean["title_zh"] else "",
        instrument=clean["instrument"], summary_en=clean["summary_en"],
        summary_zh=clean["summary_zh"],
        **{f: dates[f] for f in DATE_FIELDS if f != "announced"},
        superseded_by=clean["superseded_by"], notes=clean["notes"],
        sources=(f"user: {source}",) if source else ("user",),
        commodities=_split(fields.get("commodities")), elements=elements, origin="user",
        line=row)


def event_fields(e: Event) -> dict:
    """The plain fields of an event, as exported (inverse of event_from_fields)."""
    source = next((s[len("user: "):] for s in e.sources if s.startswith("user: ")), "")
    return {"event_id": e.event_id, "date": e.announced, "country": e.country, "kind": e.kind,
            "title_en": e.title_en, "title_zh": e.title_zh, "instrument": e.instrument,
            "summary_en": e.summary_en, "summary_zh": e.summary_zh,
            **{f: getattr(e, f) for f in DATE_FIELDS if f != "announced"},
            "superseded_by": e.superseded_by, "commodities": ";".join(e.commodities),
            "elements": ";".join(e.elements), "notes": e.notes, "source": source}


def parse_events_file(path: Path) -> list[Event]:
    """Every event of a CSV or JSON file, validated; the first bad row raises DataError."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        doc = read_json(path, MAX_INPUT_BYTES)
        records = doc.get("events") if isinstance(doc, dict) else doc
        if not isinstance(records, list):
            raise DataError(path, "must hold a list of events (or {\"events\": [...]})", code="format")
        if len(records) > MAX_ROWS:
            raise DataError(path, f"has more than {MAX_ROWS} events", code="too_many")
        out = []
        for n, rec in enumerate(records, start=1):
            if not isinstance(rec, dict):
                raise DataError(path, f"record {n} is not an object", row=n, code="format")
            try:
                out.append(event_from_fields(rec, file=str(path), row=n))
            except DataError as exc:
                raise DataError(path, f"record {n}: {exc.message}", row=n, column=exc.column,
                                code=exc.code, value=exc.value) from None
        return out
    header, rows = read_csv_records(path)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise DataError(path, f"column '{missing[0]}' is missing from the header", row=1,
                        column=missing[0], code="missing_column")
    if len(rows) > MAX_ROWS:
        raise DataError(path, f"has more than {MAX_ROWS} rows", code="too_many")
    return [event_from_fields(r, file=str(path), row=r["__line__"]) for r in rows]


def export_text(events: list[Event], fmt: str) -> str:
    """CSV or JSON text of ``events`` (the import format)."""
    rows = [event_fields(e) for e in events]
    if fmt == "json":
        return json.dumps({"format": FORMAT, "events": rows}, ensure_ascii=False, indent=1) + "\n"
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}; use csv or json")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


class UserEventStore:
    """The user's events; every change is saved at once (atomic write)."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else store_path()
        self.events: list[Event] = []
        self.load_error: str | None = None
        try:
            doc = read_store_json(self.path, self._validate)
        except DataError as exc:   # moved aside by user_files, never overwritten
            self.load_error = exc.describe()
            doc = None
        if doc is not None:
            self.events = self._events(doc)

    def _validate(self, doc) -> None:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("events"), list):
            raise DataError(self.path, "is not a reetool events file (format 1)", code="format")
        self._events(doc)

    def _events(self, doc: dict) -> list[Event]:
        out = []
        for n, rec in enumerate(doc["events"], start=1):
            if not isinstance(rec, dict):
                raise DataError(self.path, f"record {n} is not an object", row=n, code="format")
            out.append(event_from_fields(rec, file=str(self.path), row=n,
                                         event_id=str(rec.get("event_id") or f"U-{n:04d}")))
        return out

    def save(self) -> None:
        atomic_write_text(self.path, export_text(self.events, "json"))

    def _next_id(self) -> str:
        used = {e.event_id for e in self.events}
        n = len(self.events) + 1
        while f"U-{n:04d}" in used:
            n += 1
        return f"U-{n:04d}"

    def get(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.event_id == event_id), None)

    def add(self, event: Event) -> Event:
        """Add a user event (a new id unless it has an unused one) and save."""
        eid = event.event_id if event.event_id and not self.get(event.event_id) else self._next_id()
        event = replace(event, event_id=eid, origin="user")
        self.events.append(event)
        self.save()
        return event

    def update(self, event_id: str, event: Event) -> Event:
        """Replace the event ``event_id`` (its id kept) and save."""
        for i, e in enumerate(self.events):
            if e.event_id == event_id:
                self.events[i] = replace(event, event_id=event_id, origin="user")
                self.save()
                return self.events[i]
        raise KeyError(event_id)

    def remove(self, event_id: str) -> bool:
        before = len(self.events)
        self.events = [e for e in self.events if e.event_id != event_id]
        if len(self.events) != before:
            self.save()
            return True
        return False

    def import_events(self, events: list[Event]) -> list[Event]:
        """Add already-validated events in one save (all or nothing)."""
        added = []
        snapshot = list(self.events)
        try:
            for e in events:
                eid = e.event_id if e.event_id and not self.get(e.event_id) else self._next_id()
                e = replace(e, event_id=eid, origin="user")
                self.events.append(e)
                added.append(e)
            self.save()
        except BaseException:
            self.events = snapshot
            raise
        return added

    def import_file(self, path: Path) -> list[Event]:
        return self.import_events(parse_events_file(path))

    def export(self, path: Path, fmt: str | None = None) -> Path:
        path = Path(path)
        fmt = fmt or ("json" if path.suffix.lower() == ".json" else "csv")
        atomic_write_text(path, export_text(self.events, fmt))
        return path
