"""Bounded values: what a published figure says about the true value, and how that carries
through arithmetic. Pure, no Qt, no imports from the rest of reetool.

A published figure is exact, a lower bound (">90,000,000": the true value is at least this),
an upper bound ("<200,000": at most this), an estimate, withheld ("W") or not available
("NA", "XX", a text such as "Large"). A derived figure has a *direction*::

    Bound.EXACT    true = shown (as far as the inputs are exact)
    Bound.LOWER    true ≥ shown                      shown as "≥ x"
    Bound.UPPER    true ≤ shown                      shown as "≤ x"
    Bound.UNKNOWN  inputs bounded in opposite senses: the true value may be higher or
                   lower, and nothing computable says which (it is said so, not hidden)

Rules, for non-negative quantities (shares, tonnes, years):

* ``ratio(a, b)`` (a ÷ b) keeps the numerator's direction and flips the denominator's:
    share of a lower-bound total                 → UPPER  (China 44 Mt of >90 Mt: ≤ 48.9 %)
    share of an upper-bound total                → LOWER
    lower-bound value over an exact total        → LOWER  (">9,100,000" of an exact world)
    value and total bounded the same way         → UNKNOWN
    reserves ÷ production from lower-bound reserves → LOWER (R/P "≥ 231 yr")
* ``combine(*bounds)`` for any figure that rises with each input (a sum, a largest-n sum
  such as CR1/CR3/CR4, a sum of squares such as the HHI): all exact → EXACT; exact plus one
  direction → that direction; both directions → UNKNOWN.
* ``difference(a, b)`` (a − b) is ``combine(a, flip(b))``; the equivalent number of
  producers 10,000 ÷ HHI is ``ratio(EXACT, hhi)``, so an upper-bound HHI gives a lower bound.
* A missing input (withheld, not available) makes the result missing, never 0.

An estimate is not a bound: it may be off either way. ``Bounded.estimated`` travels beside the
direction (any estimated input makes an estimated result); ``Bounded.kind`` gives the one word
of the vocabulary that describes a figure ("estimate" for an estimated exact figure).

API (small and stable; the analysis, the CLI, the Market page and the charts build on it)::

    Bound                       StrEnum: exact lower upper unknown estimate withheld not_available
    Bounded(value, bound=Bound.EXACT, estimated=False)   .kind .missing .symbol
    published(value, comparator="", flag="", estimated=False) -> Bounded   # a printed cell
    of_row(row) -> Bounded      # a reetool.data.market.CountryRow (value, comparator, flag, e)
    flip(bound) -> Bound        combine(*bounds) -> Bound
    ratio(num, den) -> Bound    difference(a, b) -> Bound
    share(part, total) -> Bounded        # part ÷ total in %, bound and estimate carried
    SYMBOLS, DESCRIPTIONS       # "≤"/"≥"/"≶" and plain-English sentences (CLI, exports)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Bound(StrEnum):
    EXACT = "exact"
    LOWER = "lower"              # the true value is at least the figure
    UPPER = "upper"              # the true value is at most the figure
    UNKNOWN = "unknown"          # bounded, direction unknown
    ESTIMATE = "estimate"        # approximate either way (a kind, not a direction)
    WITHHELD = "withheld"        # "W": withheld to avoid disclosing company data
    NOT_AVAILABLE = "not_available"


DIRECTIONS = (Bound.EXACT, Bound.LOWER, Bound.UPPER, Bound.UNKNOWN)
MISSING = (Bound.WITHHELD, Bound.NOT_AVAILABLE)
SYMBOLS = {Bound.LOWER: "≥", Bound.UPPER: "≤", Bound.UNKNOWN: "≶"}
DESCRIPTIONS = {
    Bound.EXACT: "exact: as published, or computed from exact figures",
    Bound.LOWER: "lower bound: the true value is at least this",
    Bound.UPPER: "upper bound: the true value is at most this",
    Bound.UNKNOWN: "bounded, direction unknown: computed from figures bounded in opposite "
                   "senses, the true value may be higher or lower",
    Bound.ESTIMATE: "estimate: approximate, it may be off either way",
    Bound.WITHHELD: "withheld by the publisher (company data)",
    Bound.NOT_AVAILABLE: "not available",
}


def _direction(bound) -> Bound:
    b = Bound(bound)
    return Bound.EXACT if b is Bound.ESTIMATE else b


@dataclass(frozen=True)
class Bounded:
    """A figure with its direction; ``value`` None means missing (``bound`` says why)."""

    value: float | None
    bound: Bound = Bound.EXACT
    estimated: bool = False

    def __post_init__(self) -> None:
        b = Bound(self.bound)
        if b is Bound.ESTIMATE:
            b = Bound.EXACT
            object.__setattr__(self, "estimated", True)
        if self.value is None and b not in MISSING:
            b = Bound.NOT_AVAILABLE
        elif self.value is not None and b in MISSING:
            raise ValueError(f"a {b} figure has no value (got {self.value!r})")
        object.__setattr__(self, "bound", b)

    @property
    def missing(self) -> bool:
        return self.value is None

    @property
    def kind(self) -> Bound:
        """The one vocabulary word: a missing kind, a direction, or "estimate"."""
        if self.bound is Bound.EXACT and self.estimated:
            return Bound.ESTIMATE
        return self.bound

    @property
    def symbol(self) -> str:
        """"≥", "≤", "≶" or "" (exact, estimate, missing)."""
        return SYMBOLS.get(self.bound, "")


def published(value: float | None, comparator: str = "", flag: str = "",
              estimated: bool = False) -> Bounded:
    """The meaning of one printed cell: ">" a lower bound, "<" an upper bound, "W" withheld,
    other flags or no value not available."""
    if value is None:
        return Bounded(None, Bound.WITHHELD if (flag or "").upper() == "W" else Bound.NOT_AVAILABLE)
    direction = {">": Bound.LOWER, "<": Bound.UPPER}.get((comparator or "").strip(), Bound.EXACT)
    return Bounded(float(value), direction, bool(estimated))


def of_row(row) -> Bounded:
    """``published()`` of a row with ``value``, ``comparator``, ``flag`` and ``estimated``
    (reetool.data.market.CountryRow; an edited row is exact: the user typed a number)."""
    return published(row.value, row.comparator, row.flag, row.estimated)


def flip(bound) -> Bound:
    """The direction of a figure that falls as the input rises (a denominator, a subtrahend)."""
    b = _direction(bound)
    return {Bound.LOWER: Bound.UPPER, Bound.UPPER: Bound.LOWER}.get(b, b)


def combine(*bounds) -> Bound:
    """The direction of a figure that rises with every input (sum, CRn, HHI, max)."""
    dirs = {_direction(b) for b in bounds}
    for missing in MISSING:
        if missing in dirs:
            return missing
    dirs.discard(Bound.EXACT)
    if not dirs:
        return Bound.EXACT
    return dirs.pop() if len(dirs) == 1 else Bound.UNKNOWN


def ratio(num, den) -> Bound:
    """The direction of num ÷ den (both non-negative)."""
    return combine(num, flip(den))


def difference(a, b) -> Bound:
    """The direction of a − b."""
    return combine(a, flip(b))


def _of(x) -> Bounded:
    return x if isinstance(x, Bounded) else Bounded(None if x is None else float(x))


def share(part, total) -> Bounded:
    """``part`` as a percentage of ``total`` (numbers or Bounded), with its direction;
    missing when either is missing or the total is not positive."""
    p, t = _of(part), _of(total)
    if p.missing or t.missing:
        return Bounded(None, combine(p.bound, t.bound))
    if t.value <= 0:
        return Bounded(None)
    return Bounded(100.0 * p.value / t.value, ratio(p.bound, t.bound), p.estimated or t.estimated)
