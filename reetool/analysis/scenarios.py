"""What-if scenarios on one country table. Pure, no Qt.

Signatures (stable)::

    disruption(country_value: float, world: float, cut_pct: float) -> Disruption
    rampup(country_value: float, world: float, country_growth_pct: float,
           others_growth_pct: float, base_year: int, thresholds=(50.0, 65.0),
           horizon: int = 50) -> Rampup

Disruption: the country withholds ``cut_pct`` % of its output from everyone else.
``lost`` = country_value × cut/100 (in the table's unit). The rest of the world had
``world − country_value`` of its own plus the country's exports; simplest reading kept here
(the country's whole output was on the world market): supply to the market falls from
``world`` to ``world − lost``. ``lost_pct_of_world`` = lost / world; ``shortfall_pct`` =
lost / (world − lost), i.e. the shortfall as a share of what the rest of the world now gets.

Ramp-up: from ``base_year`` the country grows ``h`` %/yr and the rest of the world ``g`` %/yr
(compound). Share(t) = X(1+h)^t / (X(1+h)^t + R(1+g)^t), R = world − X. ``crossings`` maps
each threshold to the first year whose share is below it (the base year if already below;
None if not within ``horizon`` years).

Bounds (reetool.data.bounds): ``country_value`` and ``world`` may be ``Bounded``; plain numbers
are exact. ``Disruption.bounds`` gives the direction of each figure by the field's name: with a
lower-bound world total, ``lost`` stays exact, ``remaining`` is a lower bound and every share
(``lost_pct_of_world``, ``shortfall_pct``, ``country_share_before``/``_after``) an upper bound.
Share(t) = 1 / (1 + (1/s0 − 1)·((1+g)/(1+h))^t) rises with the base-year share s0 = X/world, so
``Rampup.share_bound`` is the direction of s0 (``ratio(X, world)``) and, as a later crossing
needs a higher share, ``crossing_bound`` is the same: with an upper-bound share each crossing
year is an upper bound ("by 2031 at the latest").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reetool.data.bounds import Bound, Bounded, combine, flip, ratio

EU_CRMA_BENCHMARK = 65.0  # EU Critical Raw Materials Act: ≤ 65 % from one third country


@dataclass(frozen=True)
class Disruption:
    cut_pct: float
    country_value: float
    world: float
    lost: float
    remaining: float
    lost_pct_of_world: float
    shortfall_pct: float | None          # lost / remaining (None if nothing remains)
    country_share_before: float
    country_share_after: float | None    # of the remaining market supply
    bounds: dict = field(default_factory=dict)   # field name → Bound (see the module notes)

    def bound(self, name: str) -> Bound:
        return self.bounds.get(name, Bound.EXACT)


def _split(x) -> tuple[float | None, Bound]:
    if isinstance(x, Bounded):
        return x.value, x.bound
    return (None if x is None else float(x)), Bound.EXACT


def disruption(country_value: float | Bounded, world: float | Bounded,
               cut_pct: float) -> Disruption:
    (country_value, cb), (world, wb) = _split(country_value), _split(world)
    if world is None or world <= 0:
        raise ValueError("a disruption needs a positive world total")
    if country_value is None:
        raise ValueError("the country has no value (missing)")
    cut = max(0.0, min(100.0, float(cut_pct)))
    lost = country_value * cut / 100.0
    remaining = world - lost
    after = 100.0 * (country_value - lost) / remaining if remaining > 0 else None
    # lost = X·c rises with X; remaining = W − lost; shares are ratios of these
    lost_b = Bound.EXACT if cut == 0 else cb
    remaining_b = combine(wb, flip(lost_b))
    kept_b = Bound.EXACT if cut == 100 else cb          # X − lost = X·(1 − c)
    bounds = {"country_value": cb, "world": wb, "lost": lost_b, "remaining": remaining_b,
              "lost_pct_of_world": ratio(lost_b, wb), "shortfall_pct": ratio(lost_b, remaining_b),
              "country_share_before": ratio(cb, wb),
              "country_share_after": ratio(kept_b, remaining_b)}
    return Disruption(
        cut_pct=cut, country_value=float(country_value), world=float(world), lost=lost,
        remaining=remaining, lost_pct_of_world=100.0 * lost / world,
        shortfall_pct=(100.0 * lost / remaining) if remaining > 0 else None,
        country_share_before=100.0 * country_value / world, country_share_after=after,
        bounds=bounds)


@dataclass(frozen=True)
class Rampup:
    base_year: int
    country_growth_pct: float
    others_growth_pct: float
    years: list = field(default_factory=list)
    share_pct: list = field(default_factory=list)
    crossings: dict = field(default_factory=dict)   # threshold → first year below, or None
    share_bound: Bound = Bound.EXACT                 # direction of every share_pct
    crossing_bound: Bound = Bound.EXACT              # direction of every crossing year


def rampup(country_value: float | Bounded, world: float | Bounded, country_growth_pct: float,
           others_growth_pct: float, base_year: int, thresholds=(50.0, EU_CRMA_BENCHMARK),
           horizon: int = 50) -> Rampup:
    (country_value, cb), (world, wb) = _split(country_value), _split(world)
    if world is None or world <= 0 or country_value is None:
        raise ValueError("a ramp-up needs the country's value and a positive world total")
    share_b = ratio(cb, wb)
    x0, r0 = float(country_value), max(float(world) - float(country_value), 0.0)
    h, g = 1 + country_growth_pct / 100.0, 1 + others_growth_pct / 100.0
    years, shares = [], []
    for t in range(horizon + 1):
        x, r = x0 * h ** t, r0 * g ** t
        years.append(base_year + t)
        shares.append(100.0 * x / (x + r) if x + r > 0 else 0.0)
    crossings = {}
    for th in thresholds:
        crossings[float(th)] = next((y for y, s in zip(years, shares) if s < th), None)
    return Rampup(base_year=base_year, country_growth_pct=float(country_growth_pct),
                  others_growth_pct=float(others_growth_pct), years=years, share_pct=shares,
                  crossings=crossings, share_bound=share_b, crossing_bound=share_b)
