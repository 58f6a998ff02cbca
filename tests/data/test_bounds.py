"""The bound vocabulary and its propagation rules (reetool.data.bounds), worked by hand."""

from __future__ import annotations

import json

import pytest

from reetool.data import market
from reetool.data.bounds import (
    DESCRIPTIONS, Bound, Bounded, combine, difference, flip, of_row, published, ratio, share,
)

E, LO, UP, UNK = Bound.EXACT, Bound.LOWER, Bound.UPPER, Bound.UNKNOWN


def test_a_printed_cell_means_what_it_says():
    assert published(90e6, ">") == Bounded(90e6, LO)          # ">90,000,000"
    assert published(200000, "<") == Bounded(200000, UP)      # "<200,000"
    assert published(270000, estimated=True).kind is Bound.ESTIMATE
    assert published(270000, estimated=True).bound is E       # an estimate is no direction
    assert published(None, flag="W").kind is Bound.WITHHELD
    assert published(None, flag="NA").kind is Bound.NOT_AVAILABLE
    assert published(None, flag="text").missing               # "Large" is not a number
    assert published(5.0).kind is E and published(5.0).symbol == ""


def test_bounded_normalises_and_refuses_nonsense():
    assert Bounded(3.0, Bound.ESTIMATE) == Bounded(3.0, E, estimated=True)
    assert Bounded(None).bound is Bound.NOT_AVAILABLE
    with pytest.raises(ValueError):
        Bounded(3.0, Bound.WITHHELD)                          # withheld has no number
    assert (Bounded(1, LO).symbol, Bounded(1, UP).symbol, Bounded(1, UNK).symbol) == ("≥", "≤", "≶")
    assert json.dumps({"b": UP}) == '{"b": "upper"}' and f"{LO}" == "lower"
    assert all(b in DESCRIPTIONS for b in Bound)


def test_flip_and_combine():
    assert (flip(LO), flip(UP), flip(E), flip(UNK)) == (UP, LO, E, UNK)
    assert combine() is E and combine(E, E) is E
    assert combine(E, LO, LO) is LO and combine(UP, E) is UP
    assert combine(LO, UP) is UNK and combine(UNK, E) is UNK
    assert combine(Bound.ESTIMATE, LO) is LO                   # an estimate counts as exact
    assert combine(LO, Bound.WITHHELD) is Bound.WITHHELD       # missing stays missing


def test_ratio_rules_of_the_issue():
    assert ratio(E, LO) is UP        # share of a lower-bound total: an upper bound
    assert ratio(E, UP) is LO        # share of an upper-bound total: a lower bound
    assert ratio(LO, E) is LO        # lower-bound value over an exact total: a lower bound
    assert ratio(UP, E) is UP
    assert ratio(LO, LO) is UNK      # both bounded the same way: direction unknown
    assert ratio(UP, UP) is UNK
    assert ratio(LO, UP) is LO       # ≥ a over ≤ b: at least a/b
    assert difference(LO, E) is LO and difference(E, LO) is UP and difference(LO, UP) is LO


def test_share_mcs2025_china_reserves_by_hand():
    # China 44,000,000 t of a world printed as ">90,000,000": 44/90 = 48.888…% at most
    s = share(44e6, Bounded(90e6, LO))
    assert s.value == pytest.approx(48.8889, abs=1e-4) and s.bound is UP
    assert round(s.value, 2) == 48.89
    # a ">9,100,000" line of an exact 100,000,000 total: 9.1 % at least
    assert share(Bounded(9.1e6, LO), 100e6) == Bounded(pytest.approx(9.1), LO)
    # estimates travel; missing stays missing, never 0; a zero total has no shares
    assert share(Bounded(270000, E, True), 390000).estimated
    assert share(None, 100).missing and share(Bounded(None, Bound.WITHHELD), 5).kind is Bound.WITHHELD
    assert share(5, 0).missing


def test_rows_of_the_bundle_carry_their_bounds_and_one_aggregate_name():
    res = market.country_table("Rare earths", "Reserves", 2024, "MCS2025")
    assert of_row(res.world) == Bounded(90e6, LO)
    assert of_row(res.row("Burma")).kind is Bound.NOT_AVAILABLE
    other = next(r for r in res.rows if r.is_other)
    # MCS2025 prints "Other", MCS2026 "Other countries": one name, the printed one kept
    assert other.country == market.OTHER == "Other countries" and other.name_as_published == "Other"
    new = market.country_table("Rare earths", "Mine production", 2024, "MCS2026")
    other26 = next(r for r in new.rows if r.is_other)
    assert other26.country == "Other countries" == other26.name_as_published
    assert of_row(new.row("China")).kind is Bound.ESTIMATE


def test_edits_saved_under_the_printed_aggregate_name_still_apply():
    t = market.country_table("Rare earths", "Mine production", 2024, "MCS2025")
    edited = market.apply_edits(t, {"Other": 2000.0})        # MCS2025 prints 1,100
    other = next(r for r in edited.rows if r.is_other)
    assert other.value == 2000.0 and other.edited and other.published == 1100
    again = market.apply_edits(t, {"Other countries": 1500.0})
    assert next(r for r in again.rows if r.is_other).value == 1500.0
