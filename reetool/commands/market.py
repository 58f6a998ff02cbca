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
"""

from __future__ import annotations

from reetool.commands.errors import UserError
from reetool.commands.output import FORMATS, emit


def _selectors(p, year_flag: str = "--year") -> None:
    p.add_argument("--commodity", default="Rare earths", help="commodity (case-insensitive)")
    p.add_argument("--metric", default="production", choices=("production", "reserves"))
    p.add_argument("--statistic", help="exact statistic label (e.g. 'Refinery production')")
    p.add_argument(year_flag, dest="year", type=int, help="data year (default: latest)")
    p.add_argument("--edition", help="edition, e.g. MCS2023 (default: newest for that year)")
    p.add_argument("--format", choices=FORMATS, default="table")


def register(sub) -> None:
    p = sub.add_parser("market", help="market shares, concentration, scenarios, USGS imports")
    msub = p.add_subparsers(dest="market_command", metavar="ACTION", required=True)

    s = msub.add_parser("shares", help="country values and shares of the world total")
    _selectors(s)
    s.set_defaults(func=run_shares)

    c = msub.add_parser("concentration", help="CR1/CR3/CR4, HHI (range), R/P years")
    _selectors(c)
    c.set_defaults(func=run_concentration)

    sc = msub.add_parser("scenario", help="what-if scenarios")
    ssub = sc.add_subparsers(dest="scenario", metavar="KIND", required=True)
    d = ssub.add_parser("disruption", help="a country withholds part of its output")
    _selectors(d)
    d.add_argument("--country", required=True)
    d.add_argument("--cut", type=float, required=True, help="percent of output withheld (0–100)")
    d.set_defaults(func=run_disruption)
    r = ssub.add_parser("rampup", help="when does a country's share fall below a threshold")
    _selectors(r, year_flag="--from")
    r.add_argument("--country", required=True)
    r.add_argument("--country-growth", type=float, required=True, help="%%/yr")
    r.add_argument("--others-growth", type=float, required=True, help="%%/yr")
    r.add_argument("--threshold", type=float, action="append",
                   help="share threshold in %% (repeatable; default 50 and 65)")
    r.add_argument("--horizon", type=int, default=50, help="years to project (default 50)")
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


def _tonnes(value, unit):
    from reetool.data.market import tonnes_factor

    f = tonnes_factor(unit)
    return None if (f is None or value is None) else value * f


def _num(v):
    """Whole numbers print as such (210000, not 210000.0); None stays None (missing)."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _r(x, nd=2):
    return None if x is None else round(x, nd)


def run_shares(args) -> int:
    from reetool.analysis.concentration import share_rows
    from reetool.data.market import source_label, tonnes_factor

    from reetool.analysis.concentration import summarize

    t = _table(args)
    tons = tonnes_factor(t.unit) is not None
    basis = ("sum of the rows with values (no published world total)"
             if summarize(t).world_from_rows else "publisher's world total")
    rows = []
    for r in share_rows(t):
        row = {"country": r["country"], "value": _num(r["value"]), "unit": t.unit,
               "share_pct": _r(r["share_pct"]), "flags": r["flags"], "source": r["source"]}
        if tons:
            row["value_t"] = _num(_tonnes(r["value"], t.unit))
        row.update({"value_as_published": r["value_raw"], "share_basis": basis,
                    "commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
                    "data_year": t.data_year})
        rows.append(row)
    columns = ["country", "value", "unit"] + (["value_t"] if tons else []) + [
        "share_pct", "flags", "source"]
    if any("text" in r["flags"].split() for r in rows):
        columns.append("value_as_published")      # qualitative values ("Large") as printed
    if args.format == "table":
        print(f"{t.commodity} · {t.statistic} · {source_label(t)}")
        print(f"Shares of the {basis}; missing values shown as —, never 0.")
    emit(rows, args.format, columns if args.format != "json" else None)
    return 0


def concentration_record(t, production=None) -> dict:
    """The concentration figures of one table as a flat record (CLI and exports)."""
    from reetool.analysis.concentration import HHI_CAVEAT, rp_years, summarize
    from reetool.data.market import source_label

    c = summarize(t)
    rec = {"commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
           "edition_version": t.edition_version, "data_year": t.data_year, "unit": t.unit,
           "world": _num(c.world), "world_t": _num(_tonnes(c.world, t.unit)),
           "world_from_rows": c.world_from_rows,
           "leader": c.leader, "leader_share_pct": _r(c.shares.get(c.leader)) if c.leader else None,
           "cr1": _r(c.cr1), "cr3": _r(c.cr3), "cr4": _r(c.cr4),
           "hhi": _r(c.hhi, 0), "hhi_low": _r(c.hhi_low, 0), "hhi_high": _r(c.hhi_high, 0),
           "n_equivalent": _r(c.n_equivalent), "other_pct": _r(c.other_pct),
           "unallocated_pct": _r(c.unallocated_pct),
           "other_treatment": "HHI counts 'Other countries' as one producer (hhi = hhi_high); "
                              "hhi_low treats it as fully fragmented; CRn rank countries only",
           "hhi_references": {"us_2023": 1800, "us_2010_moderate": 1500, "us_2010_high": 2500,
                              "note": HHI_CAVEAT},
           "source": "; ".join(t.source_ids), "label": source_label(t)}
    if production is not None:
        res = {r.country: r.value for r in t.rows}
        prod = {r.country: r.value for r in production.rows}
        if t.world is not None and production.world is not None:
            res["World"], prod["World"] = t.world.value, production.world.value
        rec["rp_years"] = {k: _r(v, 1) for k, v in rp_years(res, prod).items()}
        rec["rp_production_edition"] = production.edition
    return rec


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
    t = _table(args)
    reserves = "reserve" in t.statistic.casefold()
    rec = concentration_record(t, _production_for(t) if reserves else None)
    if args.format == "json":
        emit(rec, "json")
    else:
        flat = {k: v for k, v in rec.items() if not isinstance(v, dict)}
        if args.format == "csv":
            emit(flat, "csv")
        else:
            emit([{"field": k, "value": v} for k, v in flat.items()], "table")
            if "rp_years" in rec:
                emit([{"country": k, "rp_years": v} for k, v in rec["rp_years"].items()], "table")
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

    t = _table(args)
    row = _country_value(t, args.country)
    d = disruption(row.value, t.world.value, args.cut)
    rec = {"kind": "disruption", "commodity": t.commodity, "statistic": t.statistic,
           "edition": t.edition, "data_year": t.data_year, "unit": t.unit, "country": row.country,
           "cut_pct": d.cut_pct, "country_value": d.country_value, "world": d.world,
           "lost": d.lost, "lost_t": _tonnes(d.lost, t.unit), "remaining": d.remaining,
           "lost_pct_of_world": _r(d.lost_pct_of_world),
           "shortfall_pct_of_remaining": _r(d.shortfall_pct),
           "country_share_before_pct": _r(d.country_share_before),
           "country_share_after_pct": _r(d.country_share_after),
           "assumption": "the country's whole output was on the world market; the rest of the "
                         "world now gets world − withheld",
           "source": "; ".join(t.source_ids)}
    emit(rec if args.format == "json" else [rec], args.format)
    return 0


def run_rampup(args) -> int:
    from reetool.analysis.scenarios import rampup

    t = _table(args)
    row = _country_value(t, args.country)
    thresholds = tuple(args.threshold or (50.0, 65.0))
    r = rampup(row.value, t.world.value, args.country_growth, args.others_growth, t.data_year,
               thresholds, horizon=args.horizon)
    rec = {"kind": "rampup", "commodity": t.commodity, "statistic": t.statistic,
           "edition": t.edition, "from": t.data_year, "unit": t.unit, "country": row.country,
           "country_growth_pct": args.country_growth, "others_growth_pct": args.others_growth,
           "share_from_pct": _r(r.share_pct[0]),
           "crossings": {f"{k:g}": v for k, v in r.crossings.items()},
           "years": r.years, "share_pct": [_r(s) for s in r.share_pct],
           "source": "; ".join(t.source_ids)}
    if args.format == "json":
        emit(rec, "json")
    else:
        print(f"{row.country}: {rec['share_from_pct']} % of {t.statistic} in {t.data_year} "
              f"({t.edition}); grows {args.country_growth} %/yr, others {args.others_growth} %/yr")
        emit([{"threshold_pct": k, "first_year_below": v if v is not None else
               f"not within {args.horizon} years"} for k, v in rec["crossings"].items()],
             args.format)
    return 0


def import_rows(result) -> list[dict]:
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
