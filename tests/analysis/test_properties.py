"""Property-based tests of the analysis (issue 14): for any table of non-negative values,
shares add up to the covered fraction, 10,000/n ≤ HHI ≤ 10,000, CR_k grows with k, and
scenario results stay within their bounds."""

from __future__ import annotations

import math

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import assume, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reetool.analysis.concentration import concentration  # noqa: E402
from reetool.analysis.scenarios import disruption, rampup  # noqa: E402

VALUE = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)
VALUES = st.dictionaries(st.text(min_size=1, max_size=8), st.one_of(st.none(), VALUE), max_size=12)
TOL = 1e-6


def close(a, b, rel=1e-9, abs_=1e-6):
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


@given(VALUES, st.one_of(st.none(), VALUE), st.floats(min_value=1, max_value=10))
def test_shares_sum_to_the_covered_fraction(values, other, spare):
    known = [v for v in values.values() if v is not None]
    allocated = sum(known) + (other or 0.0)
    assume(allocated > 0)
    world = allocated * spare                # a published total at or above the rows
    c = concentration(values, world, other)
    covered = 100.0 * sum(known) / world     # the countries' fraction of the world
    assert close(sum(c.shares.values()), covered)
    assert close(sum(c.shares.values()) + (c.other_pct or 0.0) + c.unallocated_pct, 100.0)
    assert all(0 <= s <= 100 + TOL for s in c.shares.values())
    assert set(c.shares) == {k for k, v in values.items() if v is not None}   # missing ≠ 0


@given(VALUES, st.one_of(st.none(), VALUE))
def test_hhi_between_10000_over_n_and_10000(values, other):
    c = concentration(values, None, other)   # world from the rows: shares add up to 100
    positive = [v for v in values.values() if v] + ([other] if other else [])
    assume(positive)
    n = len(positive)                        # "Other countries" counted as one producer
    assert 10000.0 / n - TOL * 10000 <= c.hhi_high <= 10000.0 + TOL * 10000
    assert c.hhi_low <= c.hhi_high + TOL
    assert close(c.n_equivalent, 10000.0 / c.hhi_high)


@given(VALUES, st.one_of(st.none(), VALUE), st.floats(min_value=1, max_value=10))
def test_cr_k_grows_with_k_and_cr1_is_the_leader(values, other, spare):
    allocated = sum(v for v in values.values() if v is not None) + (other or 0.0)
    assume(allocated > 0)
    c = concentration(values, allocated * spare, other)
    assert c.cr1 <= c.cr3 + TOL <= c.cr4 + 2 * TOL <= sum(c.shares.values()) + 3 * TOL
    if c.shares:
        assert close(c.cr1, max(c.shares.values())) and c.shares[c.leader] == max(c.shares.values())


@given(VALUE, st.floats(min_value=0, max_value=1), st.floats(min_value=0, max_value=100))
def test_disruption_within_bounds(world, fraction, cut):
    assume(world > 0)
    country = world * fraction
    d = disruption(country, world, cut)
    assert 0 <= d.lost <= country * (1 + 1e-12)
    assert close(d.remaining, world - d.lost)
    assert 0 <= d.lost_pct_of_world <= d.country_share_before + TOL <= 100 + 2 * TOL
    if d.country_share_after is not None:
        assert -TOL <= d.country_share_after <= 100 + TOL
        assert d.country_share_after <= d.country_share_before + TOL   # withholding never grows it
    if d.shortfall_pct is not None:
        assert d.shortfall_pct >= d.lost_pct_of_world - TOL


GROWTH = st.floats(min_value=-100, max_value=1000)   # the CLI's allowed range (commands/args)


@given(VALUE, st.floats(min_value=0, max_value=1), GROWTH, GROWTH,
       st.integers(min_value=1, max_value=200),
       st.lists(st.floats(min_value=0, max_value=100), min_size=1, max_size=3))
def test_rampup_shares_stay_finite_and_within_0_100(world, fraction, h, g, horizon, thresholds):
    assume(world > 0)
    r = rampup(world * fraction, world, h, g, 2024, tuple(thresholds), horizon=horizon)
    assert len(r.years) == len(r.share_pct) == horizon + 1
    assert r.years[0] == 2024 and r.years[-1] == 2024 + horizon
    assert all(math.isfinite(s) and -TOL <= s <= 100 + TOL for s in r.share_pct)
    for th, year in r.crossings.items():
        if year is not None:
            k = year - 2024
            assert 0 <= k <= horizon and r.share_pct[k] < th
            assert all(s >= th for s in r.share_pct[:k])
    if h <= g and fraction < 1:              # the country never gains share when it grows slower
        assert all(b <= a + TOL for a, b in zip(r.share_pct, r.share_pct[1:]))
