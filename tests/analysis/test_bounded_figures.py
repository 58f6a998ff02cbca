"""Bounds carried through shares, CR1/CR3/CR4, HHI, equivalent producers, R/P years and the
scenarios; every expectation is worked out by hand in the comments."""

from __future__ import annotations

import pytest

from reetool.analysis.concentration import (
    concentration, rp_years, rp_years_bounded, share_rows, summarize,
)
from reetool.analysis.scenarios import disruption, rampup
from reetool.data import market
from reetool.data.bounds import Bound, Bounded

E, LO, UP, UNK = Bound.EXACT, Bound.LOWER, Bound.UPPER, Bound.UNKNOWN


def test_mcs2025_reserves_of_a_lower_bound_world_are_upper_bounds():
    t = market.country_table("Rare earths", "Reserves", 2024, "MCS2025")
    c = summarize(t)
    # world ">90,000,000": China 44/90 = 48.889 % at most
    assert c.shares["China"] == pytest.approx(100 * 44 / 90) and c.share_bounds["China"] is UP
    assert c.bound("world") is LO and c.bound("leader_share") is UP
    # CR3 = (44 + 21 + 6.9) / 90 = 79.889 %; CR4 adds Australia 5.7 → 77.6/90 = 86.222 %
    assert c.cr3 == pytest.approx(100 * 71.9 / 90) and c.cr4 == pytest.approx(100 * 77.6 / 90)
    assert {c.bound(k) for k in ("cr1", "cr3", "cr4")} == {UP}
    # HHI = 10,000 × Σ(v/90)², Σv² (Mt²) = 1.9² + 5.7² + 21² + .83² + 44² + 1.5² + 6.9² + 3.8²
    #       + .86² + .89² + .0045² + 3.5² = 2,491.8706 → 3,076.4, at most
    assert c.hhi == pytest.approx(10000 * 2491.87062025 / 8100)
    assert c.bound("hhi") is UP and c.bound("hhi_low") is UP and c.bound("hhi_high") is UP
    # 10,000 / 3,076.4 = 3.25 equal producers, at least
    assert c.n_equivalent == pytest.approx(8100 / 2491.87062025) and c.bound("n_equivalent") is LO
    # listed 90,884,500 t > 90,000,000: the remainder (90 − 90.8845)/90 = −0.98 % is at least that
    assert c.listed_sum == pytest.approx(90_884_500) and c.listed_excess == pytest.approx(884_500)
    assert c.unallocated_pct == pytest.approx(-100 * 884_500 / 90e6)
    assert c.bound("unallocated_pct") is LO
    # the listed sum is exact; the world is at least 90 Mt, so the excess is at most 884,500 t
    assert c.bound("listed_sum") is E and c.bound("published_world") is LO
    assert c.bound("listed_excess") is UP
    assert c.other_pct is None and c.bound("other_pct") is Bound.NOT_AVAILABLE   # "Other" NA


def test_exact_production_stays_exact():
    c = summarize(market.country_table("Rare earths", "Mine production", 2022, "MCS2023"))
    assert set(c.share_bounds.values()) == {E} and set(c.bounds.values()) == {E}


def test_share_rows_name_the_bound_of_every_share():
    rows = share_rows(market.country_table("Rare earths", "Reserves", 2024, "MCS2025"))
    china = next(r for r in rows if r["country"] == "China")
    assert china["share_bound"] == "upper" and round(china["share_pct"], 2) == 48.89
    burma = next(r for r in rows if r["country"] == "Burma")
    assert burma["share_pct"] is None and burma["share_bound"] is None        # NA: no share
    world = rows[-1]
    assert world["is_world"] and world["share_pct"] == 100 and world["share_bound"] == "exact"
    other = next(r for r in rows if r["is_other"])
    assert other["country"] == "Other countries" and other["name_as_published"] == "Other"


def test_lower_bound_value_of_an_exact_total_and_mixed_directions():
    # A ">30" of an exact 100: 30 % at least; B 20 % exact; Other "<10": 10 % at most
    c = concentration({"A": Bounded(30, LO), "B": 20}, 100, other=Bounded(10, UP))
    assert c.share_bounds == {"A": LO, "B": E} and c.bound("other_pct") is UP
    assert c.cr1 == 30 and c.bound("cr1") is LO                   # could be higher, never lower
    assert c.hhi_low == pytest.approx(900 + 400) and c.bound("hhi_low") is LO
    # HHI high = 900 + 400 + 100: A pulls up, Other pulls down → direction unknown, said so
    assert c.hhi_high == pytest.approx(1400) and c.bound("hhi_high") is UNK
    assert c.n_equivalent == pytest.approx(10000 / 1400) and c.bound("n_equivalent") is UNK
    # unallocated (100 − 60)/100 = 40 %; the listed sum is bounded both ways → unknown
    assert c.unallocated_pct == pytest.approx(40) and c.bound("unallocated_pct") is UNK


def test_upper_bound_total_gives_lower_bounds():
    # world "<200": A 50 → 25 % at least; HHI 25² + 15² = 850 at least; 10,000/850 at most
    c = concentration({"A": 50, "B": 30}, Bounded(200, UP))
    assert c.shares == {"A": pytest.approx(25), "B": pytest.approx(15)}
    assert set(c.share_bounds.values()) == {LO} and c.bound("cr3") is LO
    assert c.hhi == pytest.approx(850) and c.bound("hhi") is LO and c.bound("n_equivalent") is UP
    assert c.bound("unallocated_pct") is UP          # 1 − 80/≤200: at most 60 %


def test_value_and_total_bounded_the_same_way_is_unknown():
    c = concentration({"A": Bounded(50, LO)}, Bounded(200, LO))
    assert c.shares["A"] == pytest.approx(25) and c.share_bounds["A"] is UNK


def test_rounded_world_below_the_listed_sum_and_the_listed_basis():
    t = market.country_table("Rare earths", "Mine production", 2024, "MCS2026")
    w = summarize(t)
    # rows 45,500 + 29,000 + 560 + 27,000 + 270,000 + 2,900 + 1,400 + 140 + 1,500 + 2,600
    #      + 2,100 + 300 + Other 1,000 = 384,000 t against a printed 380,000 t
    assert w.listed_sum == 384_000 and w.published_world == 380_000
    assert w.listed_excess == 4_000 and w.unallocated_pct == pytest.approx(-100 * 4 / 380)
    assert w.shares["China"] == pytest.approx(100 * 270 / 380)             # 71.05 %
    listed = summarize(t, basis="listed")
    assert listed.basis == "listed" and listed.world == 384_000 and listed.world_from_rows
    assert listed.shares["China"] == pytest.approx(100 * 270 / 384)        # 70.31 %
    assert sum(listed.shares.values()) + listed.other_pct == pytest.approx(100)
    assert listed.unallocated_pct == pytest.approx(0) and listed.listed_excess == 4_000
    rows = share_rows(t, basis="listed")
    assert rows[-1]["is_world"] and rows[-1]["share_pct"] is None          # not a share of itself
    with pytest.raises(ValueError):
        summarize(t, basis="sum")


def test_listed_basis_share_rises_with_its_own_value_and_falls_with_the_rest():
    # of the listed sum 60 + 40: A ">60" → 60 % at least; B 40 % at most (A may be larger)
    c = concentration({"A": Bounded(60, LO), "B": 40}, None)
    assert c.world == 100 and c.world_from_rows and c.basis == "listed"
    assert c.share_bounds == {"A": LO, "B": UP}
    assert c.bound("cr1") is UNK and c.bound("world") is LO   # CR1 could move either way


def test_rp_years_bounds():
    rp = rp_years_bounded({"World": Bounded(90e6, LO), "China": 44e6, "X": Bounded(2e5, UP),
                           "W": Bounded(None, Bound.WITHHELD), "Z": 10},
                          {"World": 390_000, "China": Bounded(270_000, E, True), "X": 1000, "Z": 0})
    assert rp["World"].value == pytest.approx(90e6 / 390e3) and rp["World"].bound is LO  # ≥ 230.8
    assert rp["China"].value == pytest.approx(44e6 / 270e3) and rp["China"].kind is Bound.ESTIMATE
    assert round(rp["China"].value) == 163                    # exact reserves: not a bound
    assert rp["X"] == Bounded(200.0, UP)                      # "<200,000" t ÷ 1,000 t/yr
    assert rp["W"].kind is Bound.WITHHELD and rp["Z"].missing  # zero production: no R/P
    assert rp_years({"World": Bounded(90e6, LO)}, {"World": 390_000}) == {
        "World": pytest.approx(230.769, rel=1e-5)}


def test_disruption_with_a_lower_bound_world():
    # China 270,000 of a world ">390,000", cut 50 %: lost 135,000 (exact), remaining
    # ≥ 255,000; shares 135/390 = 34.6 %, 135/255 = 52.9 %, 270/390 = 69.2 % are upper bounds
    d = disruption(270_000, Bounded(390_000, LO), 50)
    assert d.lost == 135_000 and d.bound("lost") is E
    assert d.remaining == 255_000 and d.bound("remaining") is LO
    assert d.lost_pct_of_world == pytest.approx(100 * 135 / 390) and d.bound("lost_pct_of_world") is UP
    assert d.shortfall_pct == pytest.approx(100 * 135 / 255) and d.bound("shortfall_pct") is UP
    assert d.bound("country_share_before") is UP and d.bound("country_share_after") is UP


def test_disruption_with_a_lower_bound_country():
    # X ">100" of an exact 400, cut 50 %: lost ≥ 50, remaining ≤ 350, shortfall 50/350 = 14.3 %
    # at least (more lost, less left); share after (100 − 50)/350 at least
    d = disruption(Bounded(100, LO), 400, 50)
    assert d.bound("lost") is LO and d.bound("remaining") is UP
    assert d.shortfall_pct == pytest.approx(100 * 50 / 350) and d.bound("shortfall_pct") is LO
    assert d.bound("country_share_after") is LO and d.bound("country_share_before") is LO
    assert disruption(Bounded(100, LO), 400, 0).bound("lost") is E       # nothing withheld


def test_rampup_crossings_of_an_upper_bound_share_are_upper_bounds():
    # "<60" of an exact 100: share ≤ 60 %; rest 40 grows 10 %/yr, country flat:
    # share < 50 % when 40·1.1^t > 60 → 1.1^t > 1.5 → t > 4.25 → t = 5 → 2029, at the latest
    r = rampup(Bounded(60, UP), 100, 0, 10, 2024, thresholds=(50.0,))
    assert r.crossings == {50.0: 2029} and r.share_bound is UP and r.crossing_bound is UP
    assert rampup(44e6, Bounded(90e6, LO), 0, 0, 2024).share_bound is UP
    assert rampup(60, 100, 0, 10, 2024).share_bound is E
