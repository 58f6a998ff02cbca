"""``reetool reference``: the timeline of measures, the 17 elements, the supply chain and the
article's claims, headless.

    reetool reference elements|chain|claims [--format table|json|csv]
    reetool reference timeline [--as-of YYYY-MM-DD] [--country C] [--kind K] [--status S]
                               [--commodity NAME] [--format table|json|csv]
    reetool reference timeline import FILE [--dry-run]     # your own events (CSV or JSON)
    reetool reference timeline export FILE                 # your own events (CSV or JSON)

Timeline rows carry date (ISO), title_en, title_zh, kind, status, sources and more; a day
past the bundle's date prints the caveat on stderr. Imports no Qt and no pandas.
"""

from __future__ import annotations

import datetime as dt
import sys

from reetool.commands.errors import UserError
from reetool.commands.output import FORMATS, emit

TIMELINE_COLUMNS = ("date", "country", "kind", "title_en", "title_zh", "status", "sources")
ELEMENT_COLUMNS = ("symbol", "name", "atomic_number", "atomic_weight", "group_usgs",
                   "crust_abundance_mg_per_kg", "measures", "sources")
CHAIN_COLUMNS = ("level", "name_en", "china_share_pct", "share_basis", "share_year", "items", "sources")
CLAIM_COLUMNS = ("claim_id", "claim_en", "article", "sourced", "verdict", "sources")


def register(sub) -> None:
    p = sub.add_parser("reference", help="timeline of measures, the 17 elements, supply chain, claims")
    cmds = p.add_subparsers(dest="reference_command", metavar="WHAT", required=True)
    for name, helptext, func in (("elements", "the 17 rare-earth elements", run_elements),
                                 ("chain", "the supply chain with China's shares", run_chain),
                                 ("claims", "the article's claims beside the sourced figures", run_claims)):
        c = cmds.add_parser(name, help=helptext)
        c.add_argument("--format", choices=FORMATS, default="table")
        c.set_defaults(func=func)
    t = cmds.add_parser("timeline", help="dated measures with their status on a day")
    t.add_argument("--as-of", help="the day the status is computed for (YYYY-MM-DD; default today)")
    t.add_argument("--country")
    t.add_argument("--kind")
    t.add_argument("--status")
    t.add_argument("--commodity")
    t.add_argument("--format", choices=FORMATS, default="table")
    t.set_defaults(func=run_timeline)
    acts = t.add_subparsers(dest="timeline_action", metavar="ACTION")
    imp = acts.add_parser("import", help="add your own events from a CSV or JSON file")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="check and show, save nothing")
    imp.add_argument("--format", choices=FORMATS, default="table")
    imp.set_defaults(func=run_import)
    exp = acts.add_parser("export", help="write your own events to a CSV or JSON file")
    exp.add_argument("file")
    exp.set_defaults(func=run_export)


def parse_day(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--as-of must be a date YYYY-MM-DD, not {text!r}") from None


def _choose(value: str | None, allowed: list[str], option: str) -> str | None:
    if value is None:
        return None
    for a in allowed:
        if a.casefold() == value.strip().casefold():
            return a
    raise UserError(f"{option} {value!r} is not one of: {', '.join(allowed)}")


def timeline_rows(events, as_of: dt.date, current_to: str) -> list[dict]:
    from reetool.analysis.timeline_status import status_of

    by_id = {e.event_id: e for e in events}
    rows = []
    for e in events:
        st = status_of(e, as_of, current_to, by_id)
        rows.append({**e.to_json(), "status": st.key, "status_since": st.since or None,
                     "status_until": st.until or None, "suspended_part": st.partial or None,
                     "as_of": as_of.isoformat(), "title_zh": e.title_zh or None})
    return rows


def run_timeline(args) -> int:
    from reetool.analysis.timeline_status import BEYOND_SENTENCE, STATUSES
    from reetool.data.timeline import KINDS, last_day, load_timeline

    day = parse_day(args.as_of)
    tl = load_timeline()
    country = _choose(args.country, tl.countries(), "--country")
    kind = _choose(args.kind, list(KINDS), "--kind")
    status = _choose(args.status, list(STATUSES), "--status")
    commodity = _choose(args.commodity, tl.commodities(), "--commodity")
    rows = [r for r in timeline_rows(tl.events, day, tl.current_to)
            if (country is None or r["country"] == country) and (kind is None or r["kind"] == kind)
            and (status is None or r["status"] == status)
            and (commodity is None or commodity in r["commodities"])]
    emit(rows, args.format, None if args.format == "json" else TIMELINE_COLUMNS)
    if tl.current_to and day > last_day(tl.current_to):
        print("note: " + BEYOND_SENTENCE.format(date=tl.current_to), file=sys.stderr)
    return 0


def run_elements(args) -> int:
    from reetool.data.reference import elements
    from reetool.data.timeline import load_timeline

    tl = load_timeline()
    rows = []
    for el in elements():
        row = el.to_json()
        row["group_usgs"] = el.groups.get("USGS (light/heavy)")
        row["measures"] = [e.event_id for e in tl.naming_element(el.symbol)]
        rows.append(row)
    emit(rows, args.format, None if args.format == "json" else ELEMENT_COLUMNS)
    return 0


def run_chain(args) -> int:
    from reetool.data.catalogue import load_catalogue
    from reetool.data.reference import chain

    cat = load_catalogue()
    rows = []
    for c in chain():
        row = c.to_json()
        row["items"] = [f"{i.version} {i.code or i.item_id}" for i in cat.all_items()
                        if c.level == "stage" and c.stage in i.stages]
        rows.append(row)
    emit(rows, args.format, None if args.format == "json" else CHAIN_COLUMNS)
    return 0


def run_claims(args) -> int:
    from reetool.data.reference import claims

    emit([c.to_json() for c in claims()], args.format,
         None if args.format == "json" else CLAIM_COLUMNS)
    return 0


def run_import(args) -> int:
    from pathlib import Path

    from reetool.data.timeline_store import UserEventStore, parse_events_file

    events = parse_events_file(Path(args.file))
    emit([{**e.to_json(), "sources": list(e.sources)} for e in events], args.format,
         None if args.format == "json" else ("date", "country", "kind", "title_en", "sources"))
    if args.dry_run:
        print(f"dry run: {len(events)} events checked, nothing saved", file=sys.stderr)
        return 0
    store = UserEventStore()
    store.import_events(events)
    print(f"saved {len(events)} events to {store.path}", file=sys.stderr)
    return 0


def run_export(args) -> int:
    from reetool.data.timeline_store import UserEventStore

    store = UserEventStore()
    path = store.export(args.file)
    print(f"wrote {len(store.events)} events to {path}", file=sys.stderr)
    return 0
