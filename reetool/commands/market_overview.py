"""``reetool market overview``: every commodity at a glance, one row per commodity.

    reetool market overview --metric production|reserves [--year Y] [--edition E]
                            [--format table|json|csv]

Shares and CR1/CR3 are percentages of the publisher's world total, HHI 0–10,000 ("Other
countries" as one producer; ``hhi_low`` treats it as fragmented), R/P in years. Missing is
null / "—", never 0. JSON rows carry both languages (``commodity_zh`` …, reetool renderings;
country names in Chinese from ISO 3166) and every production stage USGS publishes.
"""

from __future__ import annotations

from reetool.commands.errors import UserError
from reetool.commands.output import FORMATS, emit

TABLE_COLUMNS = ("commodity", "statistic", "data_year", "unit", "world", "leader",
                 "china_share_pct", "cr1", "cr3", "hhi", "rp_years", "flags")
CSV_COLUMNS = ("commodity", "commodity_en", "commodity_zh", "statistic", "statistic_zh", "stage",
               "unit", "unit_zh", "data_year", "edition", "edition_version", "world",
               "world_flags", "world_from_rows", "leader", "leader_iso3", "leader_zh",
               "leader_share_pct", "china_value", "china_share_pct", "china_flags",
               "china_share_bound", "cr1", "cr3", "cr4", "cr_bound", "hhi", "hhi_low",
               "hhi_high", "n_equivalent", "other_pct", "unallocated_pct", "rp_years",
               "change_prev_year_pct", "prev_edition", "change_prev_edition_pct", "flags",
               "sources", "stages_text", "note")


def register(msub) -> None:
    """Add ``overview`` to the ``market`` sub-commands."""
    p = msub.add_parser("overview", help="every commodity at a glance: shares, CR1/CR3, HHI, "
                                         "R/P, stages")
    p.add_argument("--metric", default="production", choices=("production", "reserves"))
    p.add_argument("--year", type=int, help="data year (default: each commodity's latest)")
    p.add_argument("--edition", help="edition, e.g. MCS2026 (default: newest for the year)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=run_overview)


def _r(x, nd=2):
    return None if x is None else round(x, nd)


def _int(x):
    return None if x is None else int(round(x))


def _num(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v


def output_rows(metric: str, year: int | None, edition: str | None) -> list[dict]:
    """The overview as output records: rounded, both languages, stages as a list."""
    from reetool.analysis.overview import overview_rows
    from reetool.data import market, names

    rows = overview_rows(market.records(), metric, year, edition)
    order = {c: i for i, c in enumerate(market.commodities())}
    rows.sort(key=lambda r: order.get(r["commodity"], len(order)))
    out = []
    for r in rows:
        rec = {"commodity": r["commodity"],
               "commodity_en": names.commodity_display(r["commodity"]),
               "commodity_zh": names.commodity_zh(r["commodity"]),
               "statistic": r["statistic"], "statistic_zh": names.statistic_zh(r["statistic"]),
               "stage": r["stage"], "metric": metric, "unit": r.get("unit"),
               "unit_zh": names.unit_zh(r.get("unit")), "data_year": r.get("data_year"),
               "edition": r.get("edition"), "edition_version": r.get("edition_version"),
               "world": _num(r.get("world")), "world_flags": r.get("world_flags", ""),
               "world_from_rows": r.get("world_from_rows"),
               "leader": r.get("leader"), "leader_iso3": r.get("leader_iso3"),
               "leader_zh": names.country_zh(r.get("leader")),
               "leader_share_pct": _r(r.get("leader_share_pct")),
               "china_value": _num(r.get("china_value")),
               "china_share_pct": _r(r.get("china_share_pct")),
               "china_flags": r.get("china_flags", ""),
               "china_share_bound": r.get("china_share_bound"),
               "cr1": _r(r.get("cr1")), "cr3": _r(r.get("cr3")), "cr4": _r(r.get("cr4")),
               "cr_bound": r.get("cr_bound"),
               "hhi": _int(r.get("hhi")), "hhi_low": _int(r.get("hhi_low")),
               "hhi_high": _int(r.get("hhi_high")), "n_equivalent": _r(r.get("n_equivalent")),
               "other_pct": _r(r.get("other_pct")),
               "unallocated_pct": _r(r.get("unallocated_pct")),
               "rp_years": _r(r.get("rp_years"), 1),
               "change_prev_year_pct": _r(r.get("change_prev_year_pct"), 1),
               "prev_edition": r.get("prev_edition"),
               "change_prev_edition_pct": _r(r.get("change_prev_edition_pct"), 1),
               "flags": r.get("flags", ""), "sources": r.get("sources", ""),
               "note": r.get("note", "")}
        rec["stages"] = [{**s, "statistic_zh": names.statistic_zh(s["statistic"]),
                          "cr1": _r(s["cr1"]), "cr3": _r(s["cr3"]), "hhi": _int(s["hhi"]),
                          "china_share_pct": _r(s["china_share_pct"]), "world": _num(s["world"]),
                          "leader_zh": names.country_zh(s["leader"])}
                         for s in r.get("stages", [])]
        rec["stages_text"] = "; ".join(
            f"{s['statistic']}: HHI " + ("—" if s["hhi"] is None else f"{s['hhi']:.0f}")
            for s in rec["stages"])
        out.append(rec)
    return out


def run_overview(args) -> int:
    from reetool.data import market

    if args.edition and not any(r["edition"].casefold() == args.edition.strip().casefold()
                                for r in market.records()):
        eds = sorted({r["edition"] for r in market.records()})
        raise UserError(f"unknown edition '{args.edition}'; editions: {', '.join(eds)}")
    if args.year is not None and not any(r["data_year"] == args.year for r in market.records()):
        years = sorted({r["data_year"] for r in market.records()})
        raise UserError(f"no market data for {args.year}; years: {years[0]}–{years[-1]}")
    rows = output_rows(args.metric, args.year, args.edition)
    if args.format == "json":
        emit([{k: v for k, v in r.items() if k != "stages_text"} for r in rows], "json")
    elif args.format == "csv":
        emit(rows, "csv", CSV_COLUMNS)
    else:
        year = args.year if args.year is not None else "latest per commodity"
        print(f"{args.metric} · data year {year} · shares of the publisher's world totals (%), "
              f"HHI 0–10,000; missing shown as —, never 0")
        shown = [{**r, "commodity": r["commodity_en"],
                  "leader": f"{r['leader']} {r['leader_share_pct']:.1f} %"
                  if r["leader"] and r["leader_share_pct"] is not None else r["leader"]}
                 for r in rows if r["statistic"] and r["world"] is not None]
        emit(shown, "table", TABLE_COLUMNS)
        missing = [r["commodity_en"] for r in rows if not (r["statistic"] and r["world"] is not None)]
        if missing:
            print(f"no {args.metric} figures for: " + ", ".join(missing))
    return 0
