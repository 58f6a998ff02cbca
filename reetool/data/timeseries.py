"""Time series for the charts: world/China production, China's quotas, oxide prices.

Plain Python over ``bundle().records(...)`` (no Qt, no pandas). Every point keeps its
edition, source ids, estimate marker and flag; nothing missing becomes zero.

Editions are ordered by the publication date of their sources (sources.csv ``date``), so the
"latest" figure for a year is the one from the newest USGS publication covering it (e.g. the
Minerals Yearbook 2022, published March 2025, supersedes MCS2023/2024 for 2022).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reetool.data.datasets import Bundle, bundle

DEFAULT_PRICE_ELEMENTS = ("Nd", "Pr", "Nd+Pr", "Dy", "Tb", "Ce")


@dataclass(frozen=True)
class Point:
    """One figure of a series. ``value`` is None when missing (see ``flag``) or a range."""

    year: int
    value: float | None
    unit: str
    source_ids: tuple[str, ...]
    edition: str = ""
    estimated: bool = False
    flag: str = ""               # NA / W / not_published … ("" when the value is present)
    comparator: str = ""
    low: float | None = None     # a published range (value stays None)
    high: float | None = None
    revised: bool = False        # a later edition prints a different figure for this year
    latest: bool = True          # this edition is the newest one covering the year
    note: str = ""


@dataclass
class Series:
    key: str
    label: str
    points: list[Point] = field(default_factory=list)


def _b(b: Bundle | None) -> Bundle:
    return b or bundle()


def publication_rank(b: Bundle | None = None) -> dict[str, str]:
    """Source id → publication date text (sortable), from sources.csv."""
    return {s["source_id"]: s["date"] or "" for s in _b(b).records("sources")}


def _edition_dates(records: list[dict], b: Bundle) -> dict[str, str]:
    dates = publication_rank(b)
    out: dict[str, str] = {}
    for r in records:
        d = max((dates.get(s, "") for s in r["source_ids"]), default="")
        out[r["edition"]] = max(out.get(r["edition"], ""), d)
    return out


def mark_latest(points: list[Point], order: dict[str, str]) -> list[Point]:
    """Flag, per year, the point of the newest edition (latest) and older ones that differ."""
    by_year: dict[int, list[Point]] = {}
    for p in points:
        by_year.setdefault(p.year, []).append(p)
    out = []
    for year in sorted(by_year):
        group = sorted(by_year[year], key=lambda p: (order.get(p.edition, ""), p.edition))
        newest = group[-1]
        for p in group:
            is_latest = p is newest
            revised = (not is_latest) and p.value != newest.value
            out.append(replace(p, latest=is_latest, revised=revised))
    return out


def latest(points: list[Point]) -> list[Point]:
    return [p for p in points if p.latest]


def ds140_world() -> list[Point]:
    """World mine production 1900–2020 from USGS DS140 (revised historical series)."""
    return [Point(r["year"], r["world_production"], r["unit"], r["source_ids"], edition="DS140",
                  flag=r["world_flag"] or ("" if r["world_production"] is not None else "NA"))
            for r in _b(None).records("history_world")]


def ds140_us() -> list[Point]:
    return [Point(r["year"], r["us_production"], r["unit"], r["source_ids"], edition="DS140",
                  flag=r["us_flag"] or ("" if r["us_production"] is not None else "NA"),
                  note=r["status_notes"] or "")
            for r in _b(None).records("history_world")]


def market_series(country: str, statistic: str = "Mine production",
                  commodity: str = "Rare earths", b: Bundle | None = None) -> list[Point]:
    """Every edition's figure for ``country`` (country_std, e.g. 'World', 'China') by year."""
    b = _b(b)
    recs = [r for r in b.records("market_world")
            if r["country_std"] == country and r["statistic"] == statistic
            and r["commodity"] == commodity]
    # MCS2026 reserves exist as v1.0 and v1.3: keep the newest version of an edition.
    dates = publication_rank(b)
    best: dict[tuple, dict] = {}
    for r in recs:
        k = (r["edition"], r["data_year"])
        d = max(dates.get(s, "") for s in r["source_ids"])
        if k not in best or d > best[k][0]:
            best[k] = (d, r)
    points = [Point(r["data_year"], r["value"], r["unit"], r["source_ids"], edition=r["edition"],
                    estimated=r["estimated"], flag=r["flag"] or "", comparator=r["comparator"] or "",
                    note=r["notes"] or "")
              for _, r in best.values()]
    return mark_latest(points, _edition_dates(recs, b))


def share_series(country: str = "China", statistic: str = "Mine production",
                 b: Bundle | None = None) -> list[Point]:
    """``country`` as % of the world figure of the same edition and year."""
    b = _b(b)
    world = {(p.edition, p.year): p for p in market_series("World", statistic, b=b)}
    out = []
    for p in market_series(country, statistic, b=b):
        w = world.get((p.edition, p.year))
        if w is None or p.value is None or not w.value:
            continue
        out.append(Point(p.year, 100.0 * p.value / w.value, "%",
                         tuple(dict.fromkeys(p.source_ids + w.source_ids)), edition=p.edition,
                         estimated=p.estimated or w.estimated, revised=p.revised,
                         latest=p.latest, comparator=w.comparator and "<" or "",
                         note=f"{p.value:,.0f} / {w.value:,.0f} t"))
    recs = b.records("market_world")
    return mark_latest(out, _edition_dates(recs, b))


# --- China's quotas -------------------------------------------------------------------

QUOTA_TYPES = ("mining", "smelting_separation")
BATCH_ORDER = {"full_year": 0, "third": 1, "second": 2, "first": 3}


@dataclass(frozen=True)
class Quota:
    year: int
    quota_type: str          # mining | smelting_separation
    ore_type: str            # total | light | medium_heavy
    value: float | None
    batch: str               # full_year, or the batch when no full-year figure was found
    published: bool
    unit: str
    source_ids: tuple[str, ...]
    ore_type_published: str
    note: str


def quotas() -> list[Quota]:
    """Annual production quotas (export quotas excluded: a different instrument).

    For each (year, type, ore type) the full-year figure is used; where none was found the
    latest batch seen is given with ``batch`` naming it (it is not a full-year total).
    """
    chosen: dict[tuple, dict] = {}
    for r in _b(None).records("china_quotas"):
        if r["quota_type"] not in QUOTA_TYPES:
            continue
        k = (r["year"], r["quota_type"], r["ore_type"])
        if k not in chosen or BATCH_ORDER[r["batch"]] < BATCH_ORDER[chosen[k]["batch"]]:
            chosen[k] = r
    return [Quota(r["year"], r["quota_type"], r["ore_type"], r["value"], r["batch"],
                  r["published"], r["unit"], r["source_ids"], r["ore_type_published"],
                  r["notes"] or "")
            for _, r in sorted(chosen.items())]


# --- prices ---------------------------------------------------------------------------

def price_elements() -> list[str]:
    seen = {r["element"] for r in _b(None).records("oxide_prices")
            if r["element"] and "oxide" in r["product"].lower()}
    return sorted(seen)


def price_series(elements=DEFAULT_PRICE_ELEMENTS) -> list[Series]:
    """Oxide prices by element, every edition, newest edition per year marked latest."""
    b = _b(None)
    recs = [r for r in b.records("oxide_prices") if "oxide" in r["product"].lower()
            and r["element"] in elements]
    order = _edition_dates(recs, b)
    out = []
    for el in elements:
        rows = [r for r in recs if r["element"] == el]
        if not rows:
            continue
        # one point per (edition, year): MYB2022 T1 and T3 may repeat a figure
        seen: dict[tuple, Point] = {}
        for r in rows:
            k = (r["edition"], r["data_year"])
            if k in seen:
                continue
            seen[k] = Point(r["data_year"], r["value"], r["unit"], r["source_ids"],
                            edition=r["edition"], estimated=r["estimated"],
                            low=r["value_low"], high=r["value_high"],
                            note=r["definition"])
        label = rows[-1]["product"].split(",")[0]
        out.append(Series(el, label, mark_latest(list(seen.values()), order)))
    return out
