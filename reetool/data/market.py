"""Market data selection: one country table per (commodity, statistic, edition, data year).

Qt-free. Reads the bundled datasets ``market_world`` (rare earths, MCS2022–MCS2026 incl. the
MCS2026 v1.3 corrections, MYB2022 Table 8) and ``market_mcs2026`` (the "World …" sections of
the MCS2026 all-commodity data release), plus the user's imports (reetool.data.market_store).

Public API (stable; the charts code builds on it)::

    commodities() -> list[str]                       # "Rare earths" first, then A–Z
    resolve_commodity(name) -> str                   # case-insensitive; MarketLookupError
    statistics(commodity) -> list[str]               # e.g. ["Mine production", "Reserves"]
    statistic_for_metric(commodity, metric) -> str   # metric "production" | "reserves"
    choices(commodity) -> list[tuple[statistic, edition, data_year]]
    editions(commodity, statistic, year) -> list[str]   # newest first
    years(commodity, statistic) -> list[int]            # ascending
    country_table(commodity="Rare earths", statistic="Mine production",
                  year=None, edition=None) -> CountryTable
    apply_edits(table, edits: Mapping[country, float | None], added=()) -> CountryTable
    revisions(table) -> dict[country | "World", list[(edition, value, flag)]]  # other editions
    source_label(table) -> str       # "USGS MCS2023 (data release), data year 2022, metric tons"
    tonnes_factor(unit) -> float | None
    invalidate()                     # after an import is added or removed
    records() -> list[dict]          # every normalised record (read-only), for whole-table work

``year=None`` is the latest year with data for that statistic; ``edition=None`` is the newest
edition (by publication date) covering that year. An edition's corrections (MCS2026 v1.3)
override its initial release for the same country, year and statistic.
Values are never invented: a missing value is ``None`` with its publisher flag ("NA", "W", …),
never 0. Bundled editions take precedence over an imported copy of the same edition.
The aggregate line is always named ``OTHER``; its printed wording is ``name_as_published``.
"""

from __future__ import annotations

import os
import re

from reetool.data import market_store
from reetool.data.market_cache import derived
from reetool.data.market_rows import (  # noqa: F401  (re-exported: the public names)
    OTHER, TONNE_FACTORS, WORLD, CountryRow, CountryTable, apply_edits, source_label,
    tonnes_factor,
)

DEFAULT_COMMODITY = "Rare earths"
DATASETS = ("market_world", "market_mcs2026")
METRICS = ("production", "reserves")


class MarketLookupError(LookupError):
    """An unknown commodity, statistic, year or edition; the message lists what exists."""


# --- loading ---------------------------------------------------------------------------

_CACHE: dict = {}


def _canonical_commodity(name: str) -> str:
    return DEFAULT_COMMODITY if name.strip().casefold() == "rare earths" else name.strip()


def _edition_dates() -> dict[str, str]:
    from reetool.data import bundle

    return {r["source_id"]: r["date"] or "" for r in bundle().records("sources")}


def _records() -> list[dict]:
    """Every market record, bundled and imported, normalised (cached until invalidate(), until
    an import is added or removed, or until the user data folder changes)."""
    folder = os.environ.get("REETOOL_DATA_DIR")
    stamp = (folder, market_store.generation())
    if _CACHE.get("stamp", stamp) != stamp:
        _CACHE.clear()
    if "records" not in _CACHE:
        _CACHE["stamp"] = stamp
        from reetool.data import bundle

        dates = _edition_dates()
        out = []
        for name in DATASETS:
            for r in bundle().records(name):
                rec = dict(r)
                rec["commodity"] = _canonical_commodity(rec["commodity"])
                rec["origin"] = "bundle"
                rec["edition_date"] = max((dates.get(s, "") for s in rec["source_ids"]), default="")
                out.append(rec)
        bundled = {(r["commodity"], r["statistic"], r["edition"]) for r in out}
        try:
            imported = market_store.imported_records()
        except Exception:  # a broken store must not stop the bundled data from showing
            imported = []
        for rec in imported:
            if rec.get("kind") == "salient":    # U.S. statistics: the United States tab shows them
                continue
            rec = dict(rec)
            rec["commodity"] = _canonical_commodity(rec["commodity"])
            if (rec["commodity"], rec["statistic"], rec["edition"]) in bundled:
                continue
            rec["origin"] = "import"
            rec.setdefault("edition_date", f"{rec['edition'][3:]}-01")
            out.append(rec)
        _CACHE["records"] = out
        index: dict = {}
        for rec in out:
            index.setdefault(rec["commodity"], []).append(rec)
        _CACHE["by_commodity"] = index
    return _CACHE["records"]


def records() -> list[dict]:
    """Every market record, bundled and imported, normalised as ``country_table`` reads them
    (the cached list: read it, do not change it). For whole-table analysis
    (reetool.analysis.overview)."""
    return _records()


def invalidate() -> None:
    """Forget cached records (after an import is added or removed)."""
    _CACHE.clear()


def _of(commodity: str) -> list[dict]:
    _records()
    return _CACHE["by_commodity"].get(commodity, [])


_derived = derived(_CACHE, _records)   # commodity lists, years, editions, tables: cached


# --- selection -------------------------------------------------------------------------

@_derived
def commodities() -> list[str]:
    names = {r["commodity"] for r in _records()}
    rest = sorted((n for n in names if n != DEFAULT_COMMODITY), key=str.casefold)
    return ([DEFAULT_COMMODITY] if DEFAULT_COMMODITY in names else []) + rest


@_derived
def resolve_commodity(name: str) -> str:
    """The commodity as USGS names it, matched case-insensitively.

    Also accepted when it names exactly one commodity: the name without its parenthetical
    ("graphite" → "Graphite (Natural)") or the start of a name ("titanium m…").
    """
    wanted = " ".join((name or "").split()).casefold()
    names = commodities()
    for c in names:
        if c.casefold() == wanted:
            return c
    if wanted:
        bare = [c for c in names if re.sub(r"\s*\(.*?\)", "", c).casefold() == wanted]
        prefix = [c for c in names if c.casefold().startswith(wanted)]
        for found in (bare, prefix):
            if len(found) == 1:
                return found[0]
        if len(prefix) > 1:
            raise MarketLookupError(f"commodity '{name}' is ambiguous: " + ", ".join(prefix))
    raise MarketLookupError(
        f"unknown commodity '{name}'; available: " + ", ".join(names))


@_derived
def statistics(commodity: str) -> list[str]:
    commodity = resolve_commodity(commodity)
    seen: dict[str, None] = {}
    for r in _of(commodity):
        seen.setdefault(r["statistic"], None)
    return list(seen)


def statistic_for_metric(commodity: str, metric: str) -> str:
    """The statistic a metric ("production" / "reserves") means for this commodity."""
    stats = statistics(commodity)
    metric = (metric or "").strip().casefold()
    if metric not in METRICS:
        raise MarketLookupError(f"unknown metric '{metric}'; use production or reserves")
    preferred = ("Mine production",) if metric == "production" else ("Reserves",)
    for s in preferred:
        if s in stats:
            return s
    word = "production" if metric == "production" else "reserve"
    for s in stats:
        if word in s.casefold():
            return s
    raise MarketLookupError(
        f"{commodity} has no {metric} statistic; available: " + ", ".join(stats))


def resolve_statistic(commodity: str, statistic: str) -> str:
    """The statistic label as bundled; "production" / "reserves" are accepted as metrics."""
    if (statistic or "").strip().casefold() in METRICS:
        return statistic_for_metric(commodity, statistic)
    stats = statistics(commodity)
    for s in stats:
        if s.casefold() == (statistic or "").strip().casefold():
            return s
    raise MarketLookupError(
        f"{commodity} has no statistic '{statistic}'; available: " + ", ".join(stats))


@_derived
def choices(commodity: str) -> list[tuple[str, str, int]]:
    """(statistic, edition, data_year) combinations with data, sorted."""
    commodity = resolve_commodity(commodity)
    found = {(r["statistic"], r["edition"], r["data_year"]) for r in _of(commodity)}
    order = {s: i for i, s in enumerate(statistics(commodity))}
    return sorted(found, key=lambda c: (order[c[0]], c[2], c[1]))


@_derived
def years(commodity: str, statistic: str) -> list[int]:
    commodity = resolve_commodity(commodity)
    return sorted({r["data_year"] for r in _of(commodity) if r["statistic"] == statistic})


@_derived
def _edition_date(commodity: str, edition: str) -> str:
    return max((r["edition_date"] for r in _of(commodity) if r["edition"] == edition), default="")


@_derived
def editions(commodity: str, statistic: str, year: int) -> list[str]:
    """Editions with data for that statistic and year, newest publication first."""
    commodity = resolve_commodity(commodity)
    eds = {r["edition"] for r in _of(commodity)
           if r["statistic"] == statistic and r["data_year"] == year}
    return sorted(eds, key=lambda e: (_edition_date(commodity, e), e), reverse=True)


def _row_of(rec: dict) -> CountryRow:
    is_other = rec.get("country_std") == OTHER
    return CountryRow(
        country=OTHER if is_other else rec["country"], value=rec["value"],
        flag=rec.get("flag") or "",
        comparator=rec.get("comparator") or "", estimated=bool(rec.get("estimated")),
        is_other=is_other, source_ids=tuple(rec["source_ids"]),
        notes=rec.get("notes") or "", value_raw=rec.get("value_raw") or "",
        published=rec["value"], name_as_published=rec["country"])


@_derived
def country_table(commodity: str = DEFAULT_COMMODITY, statistic: str = "Mine production",
                  year: int | None = None, edition: str | None = None) -> CountryTable:
    commodity = resolve_commodity(commodity)
    statistic = resolve_statistic(commodity, statistic)
    available = years(commodity, statistic)
    if year is None:
        year = available[-1]
    elif int(year) not in available:
        raise MarketLookupError(
            f"no {commodity} {statistic} data for {year}; years: "
            + ", ".join(map(str, available)))
    year = int(year)
    eds = editions(commodity, statistic, year)
    if edition is None:
        edition = eds[0]
    else:
        match = [e for e in eds if e.casefold() == str(edition).strip().casefold()]
        if not match:
            raise MarketLookupError(
                f"edition '{edition}' has no {commodity} {statistic} data for {year}; editions: "
                + ", ".join(eds))
        edition = match[0]
    recs = [r for r in _of(commodity) if r["statistic"] == statistic
            and r["data_year"] == year and r["edition"] == edition]
    # Corrections (a later version of the same edition) override the initial release.
    recs.sort(key=lambda r: (r["edition_date"], r.get("edition_version") or ""))
    by_country: dict[str, dict] = {}
    versions: list[str] = []
    for r in recs:
        by_country[r["country_std"] + "\x00" + r["unit"]] = r
        v = r.get("edition_version") or ""
        if v and v not in versions:
            versions.append(v)
    units = {r["unit"] for r in by_country.values()}
    unit = sorted(units)[0]
    if len(units) > 1:  # never mix units: keep the unit of the world total (or the commonest)
        world_units = [r["unit"] for r in by_country.values() if r["country_std"] == WORLD]
        unit = world_units[0] if world_units else max(
            units, key=lambda u: sum(r["unit"] == u for r in by_country.values()))
    chosen = [r for r in by_country.values() if r["unit"] == unit]
    # keep the published order of the first version
    order = {r["country_std"]: i for i, r in enumerate(recs)}
    chosen.sort(key=lambda r: (r["country_std"] == WORLD, r["country_std"] == OTHER,
                               order[r["country_std"]]))
    world = next((_row_of(r) for r in chosen if r["country_std"] == WORLD), None)
    rows = [_row_of(r) for r in chosen if r["country_std"] != WORLD]
    sids: list[str] = []
    for r in chosen:
        for s in r["source_ids"]:
            if s not in sids:
                sids.append(s)
    return CountryTable(
        commodity=commodity, statistic=statistic, unit=unit,
        basis=next((r.get("basis") or "" for r in chosen), ""),
        edition=edition, edition_version=" + ".join(versions), data_year=year,
        rows=rows, world=world, source_ids=tuple(sids))


def revisions(table: CountryTable) -> dict[str, list[tuple[str, float | None, str]]]:
    """For each country (and "World") of ``table``: the (edition, value, flag) the OTHER
    editions publish for the same statistic, unit and data year, newest first — so revisions
    between editions stay visible."""
    out: dict[str, list] = {}
    eds = [e for e in editions(table.commodity, table.statistic, table.data_year)
           if e != table.edition]
    for ed in eds:
        other = country_table(table.commodity, table.statistic, table.data_year, ed)
        if other.unit != table.unit:
            continue
        for r in other.rows:
            key = OTHER if r.is_other else r.country
            out.setdefault(key, []).append((ed, r.value, r.flag))
        if other.world is not None:
            out.setdefault(WORLD, []).append((ed, other.world.value, other.world.flag))
    return out
