"""``reetool catalogue list|show|coverage|import``: the export-technology catalogue, headless.

    reetool catalogue list [--version V] [--status prohibited|restricted] [--search TEXT]
                           [--format table|json|csv]
    reetool catalogue show CODE [--version V] [--format table|json]
    reetool catalogue coverage [--format table|json|csv]
    reetool catalogue import FILE [--version V] [--dry-run] [--format table|json]
    reetool catalogue compare --from V --to V [--format table|json|csv]

FILE may be the official PDF (text layer needed: a scan is refused, OCR is not included).

JSON items carry version, code, status, sector, name_zh, name_en, control_points
(list of {zh, en}), sources (source ids), completeness and more.
"""

from __future__ import annotations

import sys

from reetool.commands.errors import UserError
from reetool.commands.output import FORMATS, emit

LIST_COLUMNS = ("version", "code", "status", "name_zh", "name_en", "points", "confidence", "sources")


def register(sub) -> None:
    p = sub.add_parser("catalogue", help="the catalogue of technologies prohibited/restricted from export")
    cmds = p.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)

    lst = cmds.add_parser("list", help="list attested items")
    lst.add_argument("--version", help="catalogue version (2008, 2020, 2023, 2025); default: every version")
    lst.add_argument("--status", choices=("prohibited", "restricted"))
    lst.add_argument("--search", help="text to find in codes, names and control points (zh or en)")
    lst.add_argument("--format", choices=FORMATS, default="table")
    lst.set_defaults(func=run_list)

    show = cmds.add_parser("show", help="one item with its control points, sources and history")
    show.add_argument("code", help="item code (e.g. 083201J) or reetool item id (e.g. U2023-01)")
    show.add_argument("--version")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(func=run_show)

    cov = cmds.add_parser("coverage", help="attested items against the official counts, per version")
    cov.add_argument("--format", choices=FORMATS, default="table")
    cov.set_defaults(func=run_coverage)

    imp = cmds.add_parser("import", help="import items from the official text (PDF or text) or a CSV/JSON file")
    imp.add_argument("file")
    imp.add_argument("--version", help="catalogue version of the file (found in the text when it names "
                                       "the announcement)")
    imp.add_argument("--dry-run", action="store_true", help="parse and show, save nothing")
    imp.add_argument("--format", choices=("table", "json"), default="table")
    imp.set_defaults(func=run_import)

    cmp = cmds.add_parser("compare", help="what changed between two versions (attested and derived changes)")
    cmp.add_argument("--from", dest="version_from", required=True, metavar="V", help="the older version")
    cmp.add_argument("--to", dest="version_to", required=True, metavar="V", help="the newer version")
    cmp.add_argument("--format", choices=FORMATS, default="table")
    cmp.set_defaults(func=run_compare)


def _catalogue():
    from reetool.data import DataError
    from reetool.data.catalogue import load_catalogue

    try:
        return load_catalogue()
    except DataError as exc:
        if exc.code != "damaged":
            raise
        return load_catalogue()   # the damaged store was moved aside (and is named on stderr)


def _check_version(cat, version):
    if version is not None and version not in cat.versions:
        raise UserError(f"unknown version {version!r}; choose one of {', '.join(cat.versions)}")


def _row(item) -> dict:
    return {"version": item.version, "code": item.code or None, "status": item.status,
            "name_zh": item.name_zh or None,
            "name_en": (item.name_en + (" [reetool rendering]" if item.name_en_origin == "reetool" else ""))
            if item.name_en else None,
            "points": len(item.points), "confidence": item.confidence or item.origin,
            "sources": list(item.sources)}


def run_list(args) -> int:
    from reetool.data.catalogue_search import fold

    cat = _catalogue()
    _check_version(cat, args.version)
    items = cat.items(args.version) if args.version else cat.all_items()
    if args.status:
        items = [i for i in items if i.status == args.status]
    if args.search:
        q = fold(args.search).strip()
        items = [i for i in items if q in i.search_text()]
    if args.format == "json":
        emit([i.to_json() for i in items], "json")
    else:
        emit([_row(i) for i in items], args.format, LIST_COLUMNS)
    return 0


def _history_json(cat, item) -> list[dict]:
    out = []
    for e in cat.history(item):
        entry = {"version": e["version"], "kind": e["kind"]}
        if e["item"] is not None:
            entry.update(item_id=e["item"].item_id, code=e["item"].code or None)
        if e["change"] is not None:
            entry["change"] = e["change"].to_json()
        out.append(entry)
    return out


def run_show(args) -> int:
    cat = _catalogue()
    _check_version(cat, args.version)
    found = cat.find(args.code, args.version)
    if not found:
        where = f" in version {args.version}" if args.version else ""
        raise UserError(f"no attested item {args.code!r}{where}; try `reetool catalogue list --search`")
    if args.format == "json":
        emit([{**i.to_json(), "evidence": i.evidence, "history": _history_json(cat, i)} for i in found], "json")
        return 0
    out = sys.stdout
    for item in found:
        out.write(f"{item.version}  {item.code or item.item_id}  {item.status}\n")
        out.write(f"  name (zh): {item.name_zh or '— (not seen)'}\n")
        origin = {"reetool": "reetool rendering, unofficial", "third-party": "third-party translation",
                  "import": "from the imported file"}.get(item.name_en_origin, "")
        out.write(f"  name (en): {item.name_en or '—'}" + (f"  [{origin}]" if origin else "") + "\n")
        out.write(f"  sector: {item.sector_zh or '—'}" + (f" / {item.sector_en} [reetool rendering, unofficial]" if item.sector_en else "") + "\n")
        if item.carried_from:
            out.write(f"  carried over from {item.carried_from} (not deleted by this amendment)\n")
        out.write(f"  control points: {len(item.points) or '— (not seen)'}\n")
        for p in item.points:
            num = f"{p.number}." if p.number else "·"
            out.write(f"    {num} {p.zh or '— (Chinese not seen)'}\n")
            if p.en:
                tag = {"reetool": "reetool rendering, unofficial", "third-party": "third-party translation",
                       "import": "from the imported file"}.get(p.en_origin, "")
                out.write(f"       {p.en}" + (f"  [{tag}]" if tag else "") + "\n")
        out.write(f"  completeness: {item.completeness or '—'}\n")
        out.write(f"  confidence: {item.confidence or '—'}\n")
        out.write(f"  sources: {'; '.join(item.sources)}\n")
        for e in cat.history(item):
            what = e["change"].change if e["change"] is not None else e["kind"]
            ident = e["item"].code or e["item"].item_id if e["item"] is not None else (
                e["change"].code or e["change"].name_zh or e["change"].name_en)
            out.write(f"  history {e['version']}: {what} {ident}\n")
        out.write("\n")
    return 0


def run_coverage(args) -> int:
    cat = _catalogue()
    rows = [cat.coverage(v) for v in cat.versions]
    if args.format == "json":
        emit(rows, "json")
        return 0
    emit(rows, args.format, ("version", "kind", "instrument_en", "date", "held", "official",
                             "held_prohibited", "official_prohibited", "held_restricted",
                             "official_restricted", "counts_basis", "imported", "carried"))
    return 0


def run_import(args) -> int:
    import datetime as dt
    from pathlib import Path

    from reetool.data import bundle
    from reetool.commands.catalogue_report import preview_lines
    from reetool.data.catalogue_import import parse_file
    from reetool.data.catalogue_preview import preview_import
    from reetool.data.catalogue_store import ImportStore, with_import_source

    cat = _catalogue()
    _check_version(cat, args.version)
    result = parse_file(Path(args.file), args.version, bundle().records("catalogue_versions"))
    for w in result.warnings:
        print(f"warning: {Path(args.file).name}: {w.describe()}", file=sys.stderr)
    for preview in preview_import(result, cat):
        for line in preview_lines(preview):
            print(f"{Path(args.file).name}: {line}", file=sys.stderr)
    today = dt.date.today().isoformat()
    items = with_import_source(result.items, args.file, today)
    bundled_keys = {(i.version, i.code) for i in cat.bundled if i.code}
    if args.format == "json":
        emit([i.to_json() for i in items], "json")
    else:
        emit([{**_row(i), "replaces": "bundled item" if (i.version, i.code) in bundled_keys else ""}
              for i in items], "table", LIST_COLUMNS + ("replaces",))
    if args.dry_run:
        print(f"dry run: {len(items)} items parsed, nothing saved", file=sys.stderr)
        return 0
    store = ImportStore()
    store.add(result.items, args.file)
    print(f"saved {len(items)} items to {store.path}", file=sys.stderr)
    return 0


def run_compare(args) -> int:
    from reetool.commands.catalogue_report import COMPARE_TABLE, compare_table_rows, summary_line
    from reetool.data.catalogue_comparison import COLUMNS, comparison_rows

    cat = _catalogue()
    for v in (args.version_from, args.version_to):
        _check_version(cat, v)
    if args.version_from == args.version_to:
        raise UserError("--from and --to name the same version; pick two different versions")
    summary, rows = comparison_rows(cat, args.version_from, args.version_to)
    if args.format == "json":
        emit({"summary": summary, "rows": rows}, "json")
    elif args.format == "csv":
        emit(rows, "csv", COLUMNS)
    else:
        print(summary_line(summary))
        emit(compare_table_rows(rows), "table", COMPARE_TABLE)
    return 0
