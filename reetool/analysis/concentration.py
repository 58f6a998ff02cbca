"""Market shares and concentration against the publisher's world total. Pure, no Qt.

Signatures (stable)::

    concentration(values: Mapping[str, float | Bounded | None], world: float | Bounded | None,
                  other: float | Bounded | None = None, basis: str = "world") -> Concentration
    summarize(table: CountryTable, basis="world") -> Concentration   # same, from a country table
    share_rows(table: CountryTable, basis="world") -> list[dict]      # one dict per row
    rp_years(reserves: Mapping[str, float | Bounded | None], production: …)
        -> dict[str, float | None]                        # reserves / annual production
    rp_years_bounded(reserves, production) -> dict[str, Bounded]     # the same with bounds
    delta_hhi(shares: Mapping[str, float], a: str, b: str) -> float   # = 2 * s_a * s_b
    share_gap(production_shares, reserves_shares) -> dict[str, float] # production − reserves, pp
    HHI_REFERENCES                                        # antitrust lines, see below

Conventions: shares and concentration ratios are percentages (0–100) of the *publisher's*
world total (``basis="world"``; not of the sum of the rows: published world totals are
rounded and the rows need not add up to them; the difference is ``unallocated_pct`` and is
negative when the rounded total is smaller than the listed sum, see ``listed_excess``).
``basis="listed"`` takes the shares of the listed sum instead (countries with a value plus
the "Other countries" line), so they add up to 100 %. Missing values (None) are left out,
never read as 0; every figure is over the countries with a published value. ``values`` are
the countries only; the publisher's "Other countries" line is passed separately as ``other``:

* CR1/CR3/CR4 rank countries only ("Other countries" is not a producer).
* ``hhi`` = ``hhi_high`` counts "Other countries" as ONE producer (upper bound);
  ``hhi_low`` treats it as fully fragmented (its squared shares → 0). The unallocated
  remainder is always treated as fragmented.
* ``n_equivalent`` = 10,000 / hhi.
If ``world`` is None (no published total) the sum of the rows plus Other is used,
``basis`` is "listed" and ``world_from_rows`` is True.

Bounds (reetool.data.bounds): a value may be a ``Bounded`` (">" lower, "<" upper bound); plain
numbers are exact. ``share_bounds[country]`` and ``bounds[figure]`` give each result's
direction. A share of a lower-bound world total is an upper bound; of the listed sum, a
country's share rises with its own value and falls with everyone else's. CRn and HHI rise
with every share, so they take the combined direction of all shares (UNKNOWN when shares are
bounded both ways); the equivalent number of producers takes the opposite of the HHI's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from reetool.data.bounds import Bound, Bounded, combine, difference, flip, of_row, ratio

BASES = ("world", "listed")
_OTHER = object()       # the "Other countries" line among the parts of the listed sum

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
    world: float | None                           # the total the shares are of
    world_from_rows: bool                         # that total is the listed sum
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
    basis: str = "world"                          # "world" (publisher's total) | "listed"
    published_world: float | None = None          # the publisher's world total, if any
    listed_sum: float | None = None               # countries with a value + Other
    share_bounds: dict = field(default_factory=dict)   # country → Bound
    bounds: dict = field(default_factory=dict)    # figure name → Bound: the fields' names,
    # plus "leader_share", "published_world", "listed_sum", "listed_excess"

    def bound(self, name: str) -> Bound:
        """The direction of a figure ("world", "cr3", "hhi_low", "other_pct", …)."""
        return self.bounds.get(name, Bound.EXACT)

    @property
    def listed_excess(self) -> float | None:
        """How much the listed sum exceeds the publisher's (rounded) world total; None when it
        does not (or there is no published total)."""
        if self.published_world is None or self.listed_sum is None:
            return None
        excess = self.listed_sum - self.published_world
        return excess if excess > 1e-9 * max(abs(self.published_world), 1.0) else None


def _pct(v: float, world: float) -> float:
    return 100.0 * v / world


def _bounded(x) -> Bounded:
    return x if isinstance(x, Bounded) else Bounded(None if x is None else float(x))


def _share_of_sum(own: Bound, rest: list) -> Bound:
    """Direction of own ÷ (own + rest): rises with own, falls with each of the rest."""
    return combine(own, flip(combine(*rest)))


def concentration(values: Mapping[str, float | Bounded | None], world: float | Bounded | None,
                  other: float | Bounded | None = None, basis: str = "world") -> Concentration:
    if basis not in BASES:
        raise ValueError(f"basis must be one of {', '.join(BASES)}, not {basis!r}")
    vals = {c: _bounded(v) for c, v in values.items()}
    known = {c: b for c, b in vals.items() if not b.missing}
    oth = _bounded(other)
    pub = _bounded(world)
    allocated = sum(b.value for b in known.values()) + (oth.value or 0.0)
    listed_bound = combine(*(b.bound for b in known.values()),
                           *([] if oth.missing else [oth.bound]))
    published_world = None if pub.missing else pub.value
    from_rows = basis == "listed" or published_world is None
    total = allocated if from_rows else published_world
    n = len(known)
    if not total or total <= 0:
        return Concentration(world=None if from_rows else published_world,
                             world_from_rows=from_rows, n_countries=n,
                             basis="listed" if from_rows else "world",
                             published_world=published_world, listed_sum=allocated)
    if from_rows:
        parts = {c: b.bound for c, b in known.items()}
        if not oth.missing:
            parts[_OTHER] = oth.bound

        def share_bound(key) -> Bound:
            return _share_of_sum(parts[key], [b for k, b in parts.items() if k != key])

        share_bounds = {c: share_bound(c) for c in known}
        other_bound = share_bound(_OTHER) if not oth.missing else Bound.EXACT
        world_bound, unallocated_bound = listed_bound, Bound.EXACT
    else:
        share_bounds = {c: ratio(b.bound, pub.bound) for c, b in known.items()}
        other_bound = ratio(oth.bound, pub.bound)
        world_bound = pub.bound
        unallocated_bound = flip(ratio(listed_bound, pub.bound))    # 1 − listed ÷ world
    shares = {c: _pct(b.value, total) for c, b in known.items()}
    other_pct = _pct(oth.value, total) if not oth.missing else None
    ranked = sorted(shares.values(), reverse=True)
    sq = sum(s * s for s in shares.values())
    high = sq + (other_pct or 0.0) ** 2
    leader = max(shares, key=shares.get) if shares else None
    countries = combine(*share_bounds.values())
    hhi_high_bound = combine(countries, *([other_bound] if other_pct else []))
    bounds = {"world": world_bound, "other_pct": other_bound,
              "unallocated_pct": unallocated_bound, "cr1": countries, "cr3": countries,
              "cr4": countries, "hhi": hhi_high_bound, "hhi_low": countries,
              "hhi_high": hhi_high_bound, "n_equivalent": flip(hhi_high_bound),
              "leader_share": share_bounds.get(leader, Bound.EXACT),
              "published_world": pub.bound, "listed_sum": listed_bound,
              "listed_excess": difference(listed_bound, pub.bound)}
    return Concentration(
        world=total, world_from_rows=from_rows, shares=shares, other_pct=other_pct,
        unallocated_pct=_pct(total - allocated, total),
        cr1=sum(ranked[:1]), cr3=sum(ranked[:3]), cr4=sum(ranked[:4]),
        hhi=high, hhi_low=sq, hhi_high=high,
        n_equivalent=(10000.0 / high) if high > 0 else None,
        leader=leader, n_countries=n, basis="listed" if from_rows else "world",
        published_world=published_world, listed_sum=allocated,
        share_bounds=share_bounds, bounds=bounds)


def _parts(table) -> tuple[dict, Bounded | None, Bounded | None]:
    values = {r.country: of_row(r) for r in table.rows if not r.is_other}
    others = [of_row(r) for r in table.rows if r.is_other and r.value is not None]
    other = Bounded(sum(b.value for b in others), combine(*(b.bound for b in others)),
                    any(b.estimated for b in others)) if others else None
    world = of_row(table.world) if table.world is not None else None
    return values, world, other


def summarize(table, basis: str = "world") -> Concentration:
    """concentration() of a reetool.data.market.CountryTable (edited values included)."""
    return concentration(*_parts(table), basis=basis)


def share_rows(table, basis: str = "world") -> list[dict]:
    """Rows for display and export: country, value, unit, share_pct, share_bound, flags, …
    (``share_bound`` is "exact", "upper", "lower" or "unknown"; None when there is no share)."""
    conc = summarize(table, basis)
    world = conc.world
    out = []
    for r in list(table.rows) + ([table.world] if table.world is not None else []):
        is_world = r is table.world
        share, bound = None, None
        if r.value is not None and world:
            if is_world:
                share, bound = (100.0, Bound.EXACT) if conc.basis == "world" else (None, None)
            elif r.is_other:
                share, bound = _pct(r.value, world), conc.bound("other_pct")
            else:
                share, bound = _pct(r.value, world), conc.share_bounds.get(r.country)
        flags = [f for f in (r.flag, r.comparator, "e" if r.estimated else "",
                             "edited" if r.edited else "") if f]
        out.append({
            "country": r.country, "value": r.value, "unit": table.unit, "share_pct": share,
            "share_bound": None if bound is None else str(bound),
            "flags": " ".join(flags), "value_raw": r.value_raw, "estimated": r.estimated,
            "edited": r.edited, "is_other": r.is_other, "is_world": is_world,
            "published": r.published, "notes": r.notes,
            "name_as_published": r.name_as_published or r.country,
            "source": ";".join(r.source_ids) if r.source_ids else "user edit",
            "edition": table.edition, "data_year": table.data_year,
        })
    return out


def rp_years_bounded(reserves: Mapping[str, float | Bounded | None],
                     production: Mapping[str, float | Bounded | None]) -> dict[str, Bounded]:
    """Reserves ÷ annual production with its bound, per key present in ``reserves``
    (lower-bound reserves give a lower bound); missing when not computable (a missing value
    or zero production)."""
    out = {}
    for c, r in reserves.items():
        rb, pb = _bounded(r), _bounded(production.get(c))
        if rb.missing or pb.missing or not pb.value:
            out[c] = Bounded(None, combine(rb.bound, pb.bound))
        else:
            out[c] = Bounded(rb.value / pb.value, ratio(rb.bound, pb.bound),
                             rb.estimated or pb.estimated)
    return out


def rp_years(reserves: Mapping[str, float | Bounded | None],
             production: Mapping[str, float | Bounded | None]) -> dict[str, float | None]:
    """Reserves ÷ annual production, per key present in ``reserves`` (None if not computable:
    a missing value or zero production). ``rp_years_bounded`` gives the bounds too."""
    return {c: b.value for c, b in rp_years_bounded(reserves, production).items()}


def delta_hhi(shares: Mapping[str, float], a: str, b: str) -> float:
    """HHI increase if the output of ``a`` and ``b`` were combined: (sa+sb)² − sa² − sb²."""
    sa, sb = shares.get(a) or 0.0, shares.get(b) or 0.0
    return 2.0 * sa * sb


def share_gap(production_shares: Mapping[str, float],
              reserves_shares: Mapping[str, float]) -> dict[str, float]:
    """Production share − reserves share, in percentage points, for countries in both."""
    return {c: production_shares[c] - reserves_shares[c]
            for c in production_shares if c in reserves_shares}
