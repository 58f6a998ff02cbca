"""Market shares and concentration against the publisher's world total. Pure, no Qt.

Signatures (stable)::

    concentration(values: Mapping[str, float | None], world: float | None,
                  other: float | None = None) -> Concentration
    summarize(table: CountryTable) -> Concentration      # same, from a country table
    share_rows(table: CountryTable) -> list[dict]         # one dict per row, for tables/CLI
    rp_years(reserves: Mapping[str, float | None], production: Mapping[str, float | None])
        -> dict[str, float | None]                        # reserves / annual production
    delta_hhi(shares: Mapping[str, float], a: str, b: str) -> float   # = 2 * s_a * s_b
    share_gap(production_shares, reserves_shares) -> dict[str, float] # production − reserves, pp
    HHI_REFERENCES                                        # antitrust lines, see below

Conventions: shares and concentration ratios are percentages (0–100) of the *publisher's*
world total (not of the sum of the rows: published world totals are rounded and the rows need
not add up to them; the difference is ``unallocated_pct`` and may be negative). Missing values
(None) are left out, never read as 0. ``values`` are the countries only; the publisher's
"Other countries" line is passed separately as ``other``:

* CR1/CR3/CR4 rank countries only ("Other countries" is not a producer).
* ``hhi`` = ``hhi_high`` counts "Other countries" as ONE producer (upper bound);
  ``hhi_low`` treats it as fully fragmented (its squared shares → 0). The unallocated
  remainder is always treated as fragmented.
* ``n_equivalent`` = 10,000 / hhi.
If ``world`` is None (no published total) the sum of the rows plus Other is used and
``world_from_rows`` is True.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

# Antitrust reference lines (HHI, 0–10,000). They are thresholds for firms in a market,
# not a verdict on countries. US DOJ/FTC Merger Guidelines 2023 (§2.1: HHI > 1,800 highly
# concentrated) and Horizontal Merger Guidelines 2010 (§5.3: 1,500 moderately, 2,500 highly).
HHI_REFERENCES = (
    (1500, "2010 US merger guidelines: moderately concentrated"),
    (1800, "2023 US merger guidelines: highly concentrated"),
    (2500, "2010 US merger guidelines: highly concentrated"),
)
HHI_CAVEAT = "antitrust reference for firms, not a verdict on countries"


@dataclass(frozen=True)
class Concentration:
    world: float | None
    world_from_rows: bool
    shares: dict = field(default_factory=dict)    # country → % of world (countries only)
    other_pct: float | None = None                # "Other countries" as % of world
    unallocated_pct: float | None = None          # world − rows − other, % of world
    cr1: float | None = None
    cr3: float | None = None
    cr4: float | None = None
    hhi: float | None = None                      # = hhi_high
    hhi_low: float | None = None
    hhi_high: float | None = None
    n_equivalent: float | None = None
    leader: str | None = None
    n_countries: int = 0                          # countries with a value


def _pct(v: float, world: float) -> float:
    return 100.0 * v / world


def concentration(values: Mapping[str, float | None], world: float | None,
                  other: float | None = None) -> Concentration:
    known = {c: float(v) for c, v in values.items() if v is not None}
    allocated = sum(known.values()) + (other or 0.0)
    from_rows = world is None
    total = allocated if from_rows else float(world)
    if not total or total <= 0:
        return Concentration(world=world, world_from_rows=from_rows, n_countries=len(known))
    shares = {c: _pct(v, total) for c, v in known.items()}
    other_pct = _pct(other, total) if other is not None else None
    ranked = sorted(shares.values(), reverse=True)
    sq = sum(s * s for s in shares.values())
    high = sq + (other_pct or 0.0) ** 2
    leader = max(shares, key=shares.get) if shares else None
    return Concentration(
        world=total, world_from_rows=from_rows, shares=shares, other_pct=other_pct,
        unallocated_pct=_pct(total - allocated, total),
        cr1=sum(ranked[:1]), cr3=sum(ranked[:3]), cr4=sum(ranked[:4]),
        hhi=high, hhi_low=sq, hhi_high=high,
        n_equivalent=(10000.0 / high) if high > 0 else None,
        leader=leader, n_countries=len(known))


def _parts(table) -> tuple[dict, float | None, float | None]:
    values = {r.country: r.value for r in table.rows if not r.is_other}
    others = [r.value for r in table.rows if r.is_other and r.value is not None]
    other = sum(others) if others else None
    world = table.world.value if table.world is not None else None
    return values, world, other


def summarize(table) -> Concentration:
    """concentration() of a reetool.data.market.CountryTable (edited values included)."""
    return concentration(*_parts(table))


def share_rows(table) -> list[dict]:
    """Rows for display and export: country, value, unit, share_pct, flags, source, …"""
    conc = summarize(table)
    world = conc.world
    out = []
    for r in list(table.rows) + ([table.world] if table.world is not None else []):
        is_world = r is table.world
        share = None
        if r.value is not None and world:
            share = 100.0 if is_world else _pct(r.value, world)
        flags = [f for f in (r.flag, r.comparator, "e" if r.estimated else "",
                             "edited" if r.edited else "") if f]
        out.append({
            "country": r.country, "value": r.value, "unit": table.unit, "share_pct": share,
            "flags": " ".join(flags), "value_raw": r.value_raw, "estimated": r.estimated,
            "edited": r.edited, "is_other": r.is_other, "is_world": is_world,
            "published": r.published, "notes": r.notes,
            "source": ";".join(r.source_ids) if r.source_ids else "user edit",
            "edition": table.edition, "data_year": table.data_year,
        })
    return out


def rp_years(reserves: Mapping[str, float | None],
             production: Mapping[str, float | None]) -> dict[str, float | None]:
    """Reserves ÷ annual production, per key present in ``reserves`` (None if not computable:
    a missing value or zero production)."""
    out = {}
    for c, r in reserves.items():
        p = production.get(c)
        out[c] = (float(r) / float(p)) if (r is not None and p) else None
    return out


def delta_hhi(shares: Mapping[str, float], a: str, b: str) -> float:
    """HHI increase if the output of ``a`` and ``b`` were combined: (sa+sb)² − sa² − sb²."""
    sa, sb = shares.get(a) or 0.0, shares.get(b) or 0.0
    return 2.0 * sa * sb


def share_gap(production_shares: Mapping[str, float],
              reserves_shares: Mapping[str, float]) -> dict[str, float]:
    """Production share − reserves share, in percentage points, for countries in both."""
    return {c: production_shares[c] - reserves_shares[c]
            for c in production_shares if c in reserves_shares}
