"""The overview as output records (CLI, page exports): rounded figures, both languages, the
stages as a list. Qt-free; names from ``reetool.data.names`` (Chinese commodity, statistic and
unit names are reetool renderings; country names in Chinese from ISO 3166 via pycountry)."""

from __future__ import annotations

CSV_COLUMNS = ("commodity", "commodity_en", "commodity_zh", "statistic", "statistic_zh", "stage",
               "unit", "unit_zh", "data_year", "edition", "edition_version", "world",
               "world_flags", "world_from_rows", "leader", "leader_iso3", "leader_zh",
               "leader_share_pct", "china_value", "china_share_pct", "china_flags",
               "china_share_bound", "cr1", "cr3", "cr4", "cr_bound", "hhi", "hhi_low",
               "hhi_high", "n_equivalent", "other_pct", "unallocated_pct", "rp_years",
               "change_prev_year_pct", "prev_edition", "change_prev_edition_pct", "flags",
               "sources", "stages_text", "note")


def _r(x, nd=2):
    return None if x is None else round(x, nd)


def _int(x):
    return None if x is None else int(round(x))


def _num(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v


def output_rows(metric: str, year: int | None = None, edition: str | None = None,
                records: list[dict] | None = None) -> list[dict]:
    """The overview as output records: rounded, both languages, stages as a list."""
    from reetool.analysis.overview import overview_rows
    from reetool.data import market, names

    rows = overview_rows(market.records() if records is None else records, metric, year,
                         edition)
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
               "china_listed": r.get("china_listed"), "china_value": _num(r.get("china_value")),
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
