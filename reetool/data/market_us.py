"""U.S. salient statistics and U.S. import sources of rare earths, by USGS edition. Qt-free.

    us_editions() -> list[str]                      # newest publication first
    us_salient(edition) -> dict                     # {"edition", "years", "items", "source_ids"}
    us_import_sources(edition=None) -> list[dict]   # shares of U.S. imports, % (0–100)

Values keep their publisher flags (E = net exporter, NA, XX), comparators (">95") and the
estimated mark; a missing value is None, never 0. Salient-statistics files the user imported
(``reetool market import mcs20XX-…_salient.csv``) add their editions; a bundled edition
takes precedence over an imported copy of it.
"""

from __future__ import annotations


def _dates() -> dict[str, str]:
    from reetool.data import bundle

    return {r["source_id"]: r["date"] or "" for r in bundle().records("sources")}


def _salient_records() -> list[dict]:
    """Bundled salient rows plus imported ones of editions the bundle does not hold."""
    from reetool.data import bundle

    recs = list(bundle().records("market_us_salient"))
    bundled = {r["edition"] for r in recs}
    try:
        from reetool.data.market_store import imported_records

        imported = imported_records()
    except Exception:  # a broken store must not hide the bundled statistics
        imported = []
    for r in imported:
        if r.get("kind") == "salient" and r["edition"] not in bundled:
            recs.append({**r, "item_label": r["statistic"]})
    return recs


def us_editions() -> list[str]:
    dates = _dates()
    newest: dict[str, str] = {}
    for r in _salient_records():
        d = max((dates.get(s, f"{r['edition'][3:]}-01") for s in r["source_ids"]), default="")
        newest[r["edition"]] = max(newest.get(r["edition"], ""), d)
    return sorted(newest, key=lambda e: (newest[e], e), reverse=True)


def us_salient(edition: str) -> dict:
    recs = [r for r in _salient_records() if r["edition"] == edition]
    if not recs:
        from reetool.data.market import MarketLookupError

        raise MarketLookupError(f"no U.S. salient statistics for '{edition}'; editions: "
                                + ", ".join(us_editions()))
    years = sorted({r["data_year"] for r in recs})
    items: dict[str, dict] = {}
    sids: list[str] = []
    for r in recs:
        item = items.setdefault(r["item_key"], {"item_key": r["item_key"], "label": r["item_label"],
                                               "unit": r["unit"], "cells": {}})
        item["cells"][r["data_year"]] = {
            "value": r["value"], "value_raw": r["value_raw"], "comparator": r["comparator"],
            "estimated": r["estimated"], "flag": r["flag"], "notes": r["notes"],
            "source_ids": r["source_ids"]}
        for s in r["source_ids"]:
            if s not in sids:
                sids.append(s)
    return {"edition": edition, "years": years, "items": list(items.values()),
            "source_ids": tuple(sids)}


def us_import_sources(edition: str | None = None) -> list[dict]:
    from reetool.data import bundle

    rows = bundle().records("market_us_imports")
    return [dict(r) for r in rows if edition is None or r["edition"] == edition]
