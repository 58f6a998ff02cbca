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


def register(msub) -> None:
    """Add ``overview`` to the ``market`` sub-commands."""
    p = msub.add_parser("overview", help="every commodity at a glance: shares, CR1/CR3, HHI, "
                                         "R/P, stages")
    p.add_argument("--metric", default="production", choices=("production", "reserves"))
    p.add_argument("--year", type=int, help="data year (default: each commodity's latest)")
    p.add_argument("--edition", help="edition, e.g. MCS2026 (default: newest for the year)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=run_overview)


def run_overview(args) -> int:
    from reetool.data import market

    if args.edition and not any(r["edition"].casefold() == args.edition.strip().casefold()
                                for r in market.records()):
        eds = sorted({r["edition"] for r in market.records()})
        raise UserError(f"unknown edition '{args.edition}'; editions: {', '.join(eds)}")
    if args.year is not None and not any(r["data_year"] == args.year for r in market.records()):
        years = sorted({r["data_year"] for r in market.records()})
        raise UserError(f"no market data for {args.year}; years: {years[0]}–{years[-1]}")
    from reetool.analysis.overview_output import CSV_COLUMNS, output_rows

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
