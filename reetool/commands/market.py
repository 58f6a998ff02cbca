"""``reetool market …``: shares, concentration, scenarios and USGS imports, headless.

    reetool market shares --commodity NAME --metric production|reserves --year Y [--edition E]
    reetool market concentration (same selectors)
    reetool market scenario disruption --country C --cut P --year Y [...]
    reetool market scenario rampup --country C --country-growth H --others-growth G --from Y
                                   [--threshold T ...]
    reetool market import FILE [--dry-run] [--commodity NAME]
    reetool market imports            (list stored imports)
    reetool market remove-import ID
Every command takes --format table|json|csv. Shares and CRn are percentages (0–100), HHI 0–10,000.
Shares and concentration take --basis world|listed (of the publisher's world total, default, or
of the listed sum). Every share has share_bound and every figure X an X_bound (exact, upper,
lower, unknown; reetool.commands.market_records); tables and CSVs name their provenance.
"""

from __future__ import annotations

from reetool.commands import args as argtypes
from reetool.commands.errors import UserError
from reetool.commands.output import FORMATS, emit

BASES = ("world", "listed")
BASIS_HELP = "shares of the publisher's world total (default) or of the listed sum"


def _selectors(p, year_flag: str = "--year") -> None:
    p.add_argument("--commodity", default="Rare earths", help="commodity (case-insensitive)")
    p.add_argument("--metric", default="production", choices=("production", "reserves"))
    p.add_argument("--statistic", help="exact statistic label (e.g. 'Refinery production')")
    p.add_argument(year_flag, dest="year", type=argtypes.YEAR,
                   help=f"data year, {argtypes.YEARS[0]}–{argtypes.YEARS[1]} (default: latest)")
    p.add_argument("--edition", help="edition, e.g. MCS2023 (default: newest for that year)")
    p.add_argument("--format", choices=FORMATS, default="table")


def register(sub) -> None:
    p = sub.add_parser("market", help="market shares, concentration, scenarios, USGS imports")
    msub = p.add_subparsers(dest="market_command", metavar="ACTION", required=True)

    s = msub.add_parser("shares", help="country values and shares of the world total")
    _selectors(s)
    s.add_argument("--basis", choices=BASES, default="world", help=BASIS_HELP)
    s.set_defaults(func=run_shares)

    c = msub.add_parser("concentration", help="CR1/CR3/CR4, HHI (range), R/P years")
    _selectors(c)
    c.add_argument("--basis", choices=BASES, default="world", help=BASIS_HELP)
    c.set_defaults(func=run_concentration)

    sc = msub.add_parser("scenario", help="what-if scenarios")
    ssub = sc.add_subparsers(dest="scenario", metavar="KIND", required=True)
    d = ssub.add_parser("disruption", help="a country withholds part of its output")
    _selectors(d)
    d.add_argument("--country", required=True)
    d.add_argument("--cut", type=argtypes.number(*argtypes.CUT_PCT), required=True,
                   help="percent of output withheld (0–100)")
    d.set_defaults(func=run_disruption)
    r = ssub.add_parser("rampup", help="when does a country's share fall below a threshold")
    _selectors(r, year_flag="--from")
    r.add_argument("--country", required=True)
    growth = argtypes.number(*argtypes.GROWTH_PCT)
    r.add_argument("--country-growth", type=growth, required=True, help="%%/yr (−100 to 1000)")
    r.add_argument("--others-growth", type=growth, required=True, help="%%/yr (−100 to 1000)")
    r.add_argument("--threshold", type=argtypes.number(*argtypes.THRESHOLD_PCT), action="append",
                   help="share threshold in %% (0–100; repeatable; default 50 and 65)")
    r.add_argument("--horizon", type=argtypes.integer(*argtypes.HORIZON_YEARS), default=50,
                   help="years to project (1–200, default 50)")
    r.set_defaults(func=run_rampup)

    i = msub.add_parser("import", help="import a USGS data release (world CSV or MCS2026 file)")
    i.add_argument("file")
    i.add_argument("--dry-run", action="store_true", help="parse and print, store nothing")
    i.add_argument("--commodity", help="commodity name if the file does not say")
    i.add_argument("--format", choices=FORMATS, default="table")
    i.set_defaults(func=run_import)

    li = msub.add_parser("imports", help="list stored imports")
    li.add_argument("--format", choices=FORMATS, default="table")
    li.set_defaults(func=run_list_imports)
    rm = msub.add_parser("remove-import", help="remove a stored import by id")
    rm.add_argument("id")
    rm.set_defaults(func=run_remove_import)

    from reetool.commands import market_overview

    market_overview.register(msub)


def _table(args, metric: str | None = None):
    from reetool.data import market

    try:
        commodity = market.resolve_commodity(args.commodity)
        if args.statistic and metric is None:
            statistic = market.resolve_statistic(commodity, args.statistic)
        else:
            statistic = market.statistic_for_metric(commodity, metric or args.metric)
        return market.country_table(commodity, statistic, args.year, args.edition)
    except market.MarketLookupError as exc:
        raise UserError(str(exc)) from None


def run_shares(args) -> int:
    from reetool.commands.market_records import (
        bounds_note, provenance, remainder_note, share_records,
    )

    t = _table(args)
    rows, conc = share_records(t, args.basis)
    columns = ["country", "value", "unit"] + (["value_t"] if "value_t" in rows[0] else []) + [
        "share_pct", "share_bound", "flags", "source"]
    if any("text" in r["flags"].split() for r in rows):
        columns.append("value_as_published")      # qualitative values ("Large") as printed
    if args.format == "json":
        emit(rows, "json")
        return 0
    header = {**provenance(t), "share_basis": rows[0]["share_basis"]}
    emit(rows, args.format, columns, header=header)
    if args.format == "table":
        print(f"Shares of the {rows[0]['share_basis']}; missing values shown as —, never 0.")
        for note in (bounds_note(t, conc), remainder_note(t, conc)):
            if note:
                print(note)
    return 0


def _production_for(t):
    from reetool.data import market

    try:
        stat = market.statistic_for_metric(t.commodity, "production")
        eds = market.editions(t.commodity, stat, t.data_year)
        if not eds:
            return None
        return market.country_table(t.commodity, stat, t.data_year,
                                    t.edition if t.edition in eds else eds[0])
    except (market.MarketLookupError, IndexError):
        return None


def run_concentration(args) -> int:
    from reetool.commands.market_records import concentration_record, provenance

    t = _table(args)
    reserves = "reserve" in t.statistic.casefold()
    rec = concentration_record(t, _production_for(t) if reserves else None, args.basis)
    if args.format == "json":
        emit(rec, "json")
    else:
        flat = {k: v for k, v in rec.items() if not isinstance(v, dict)}
        if args.format == "csv":
            emit(flat, "csv")
        else:
            notes = ("bounds_note", "remainder_note", "other_treatment")
            figures = [{"field": k, "value": v, "bound": flat.get(
                f"{k}_bound", flat.get(f"{k.removesuffix('_pct')}_bound"))}
                for k, v in flat.items() if not k.endswith("_bound") and k not in notes]
            emit(figures, "table", ["field", "value", "bound"])
            for k in notes:
                if flat.get(k):
                    print(f"{k}: {flat[k]}")
            if "rp_years" in rec:
                header = {**provenance(t), "unit": "years",
                          "rp_production_edition": rec["rp_production_edition"]}
                emit([{"country": k, "rp_years": v, "bound": rec["rp_years_bound"][k]}
                      for k, v in rec["rp_years"].items()], "table", header=header)
    return 0


def _country_value(t, name):
    row = t.row(name)
    if row is None:
        raise UserError(f"no country '{name}' in {t.commodity} {t.statistic} {t.edition} "
                        f"{t.data_year}; countries: " + ", ".join(t.countries()))
    if row.value is None:
        raise UserError(f"{row.country} has no value ({row.flag or 'missing'}) in {t.edition} "
                        f"{t.data_year}")
    if t.world is None or not t.world.value:
        raise UserError(f"{t.edition} {t.data_year} has no world total to compare with")
    return row


def run_disruption(args) -> int:
    from reetool.analysis.scenarios import disruption
    from reetool.commands.market_records import disruption_record
    from reetool.data.bounds import of_row

    t = _table(args)
    row = _country_value(t, args.country)
    d = disruption(of_row(row), of_row(t.world), args.cut)
    rec = disruption_record(t, row, d)
    emit(rec if args.format == "json" else [rec], args.format)
    return 0


def run_rampup(args) -> int:
    from reetool.analysis.scenarios import rampup
    from reetool.commands.market_records import provenance, rnd
    from reetool.data.bounds import DESCRIPTIONS, of_row

    t = _table(args)
    row = _country_value(t, args.country)
    thresholds = tuple(args.threshold or (50.0, 65.0))
    r = rampup(of_row(row), of_row(t.world), args.country_growth, args.others_growth,
               t.data_year, thresholds, horizon=args.horizon)
    rec = {"kind": "rampup", "commodity": t.commodity, "statistic": t.statistic,
           "edition": t.edition, "from": t.data_year, "unit": t.unit, "country": row.country,
           "country_growth_pct": args.country_growth, "others_growth_pct": args.others_growth,
           "share_from_pct": rnd(r.share_pct[0]), "share_bound": str(r.share_bound),
           "crossings": {f"{k:g}": v for k, v in r.crossings.items()},
           "crossing_bound": str(r.crossing_bound),
           "years": r.years, "share_pct": [rnd(s) for s in r.share_pct],
           "source": "; ".join(t.source_ids)}
    if r.share_bound != "exact":
        rec["bounds_note"] = (f"shares: {DESCRIPTIONS[r.share_bound]}; crossing years: "
                              f"{DESCRIPTIONS[r.crossing_bound]}")
    if args.format == "json":
        emit(rec, "json")
    else:
        if args.format == "table":
            print(f"{row.country}: {rec['share_from_pct']} % of {t.statistic} in {t.data_year} "
                  f"({t.edition}); grows {args.country_growth} %/yr, others "
                  f"{args.others_growth} %/yr")
            if "bounds_note" in rec:
                print(rec["bounds_note"])
        crossing = [{"threshold_pct": k, "first_year_below": v if v is not None else
                     f"not within {args.horizon} years", "first_year_bound":
                     rec["crossing_bound"] if v is not None else None,
                     "share_from_pct": rec["share_from_pct"], "share_bound": rec["share_bound"]}
                    for k, v in rec["crossings"].items()]
        emit(crossing, args.format, header={**provenance(t), "country": row.country,
                                            "country_growth_pct": args.country_growth,
                                            "others_growth_pct": args.others_growth})
    return 0


def import_rows(result) -> list[dict]:
    from reetool.commands.market_records import num as _num, tonnes as _tonnes
    from reetool.data.market import tonnes_factor

    out = []
    for r in result.rows:
        row = {"edition": r["edition"], "commodity": r["commodity"], "country": r["country"],
               "year": r["data_year"], "metric": r["statistic"], "value": _num(r["value"]),
               "unit": r["unit"],
               "flags": " ".join(f for f in (r["flag"], r["comparator"],
                                            "e" if r["estimated"] else "") if f),
               "value_raw": r["value_raw"], "line": r["__line__"], "column": r["column"]}
        if tonnes_factor(r["unit"]) is not None:
            row["value_t"] = _num(_tonnes(r["value"], r["unit"]))
        out.append(row)
    return out


def run_import(args) -> int:
    from reetool.data.market_import import parse_file
    from reetool.data.market_store import add_import

    result = parse_file(args.file, commodity=args.commodity)
    if not args.dry_run:
        stored = add_import(result)
        if args.format == "json":
            emit(stored, "json")
        else:
            names = stored["commodities"]
            more = "…" if len(names) > 5 else ""
            print(f"stored import {stored['id']}: {stored['rows']} rows "
                  f"({', '.join(names[:5])}{more})")
        return 0
    rows = import_rows(result)
    cols = ["edition", "commodity", "country", "year", "metric", "value", "unit", "flags", "line"]
    emit(rows, args.format, cols if args.format != "json" else None)
    return 0


def run_list_imports(args) -> int:
    from reetool.data.market_store import list_imports

    rows = list_imports()
    emit(rows, args.format, ["id", "file_name", "imported_at", "edition", "rows", "error"]
         if args.format != "json" else None)
    return 0


def run_remove_import(args) -> int:
    from reetool.data.market_store import list_imports, remove_import

    ids = [i["id"] for i in list_imports()]
    if args.id not in ids:
        raise UserError(f"no import '{args.id}'; stored: " + (", ".join(ids) or "none"))
    remove_import(args.id)
    print(f"removed import {args.id}")
    return 0
