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
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


def disruption(country_value: float, world: float, cut_pct: float) -> Disruption:
    if world is None or world <= 0:
        raise ValueError("a disruption needs a positive world total")
    if country_value is None:
        raise ValueError("the country has no value (missing)")
    cut = max(0.0, min(100.0, float(cut_pct)))
    lost = country_value * cut / 100.0
    remaining = world - lost
    after = 100.0 * (country_value - lost) / remaining if remaining > 0 else None
    return Disruption(
        cut_pct=cut, country_value=float(country_value), world=float(world), lost=lost,
        remaining=remaining, lost_pct_of_world=100.0 * lost / world,
        shortfall_pct=(100.0 * lost / remaining) if remaining > 0 else None,
        country_share_before=100.0 * country_value / world, country_share_after=after)


@dataclass(frozen=True)
class Rampup:
    base_year: int
    country_growth_pct: float
    others_growth_pct: float
    years: list = field(default_factory=list)
    share_pct: list = field(default_factory=list)
    crossings: dict = field(default_factory=dict)   # threshold → first year below, or None


def rampup(country_value: float, world: float, country_growth_pct: float,
           others_growth_pct: float, base_year: int, thresholds=(50.0, EU_CRMA_BENCHMARK),
           horizon: int = 50) -> Rampup:
    if world is None or world <= 0 or country_value is None:
        raise ValueError("a ramp-up needs the country's value and a positive world total")
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
                  crossings=crossings)
