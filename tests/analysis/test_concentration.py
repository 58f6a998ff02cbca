"""Shares and concentration, checked against values computed by hand below."""

from __future__ import annotations

import pytest

from reetool.analysis.concentration import (
    concentration, delta_hhi, rp_years, share_gap, share_rows, summarize)
from reetool.data import market

# USGS MCS2023, data year 2022, mine production (t REO), as printed in mcs2023-raree_world.csv
MCS2023_2022 = {"United States": 43000, "Australia": 18000, "Brazil": 80, "Burma": 12000,
                "Burundi": 0, "Canada": 0, "China": 210000, "Greenland": 0, "India": 2900,
                "Madagascar": 960, "Russia": 2600, "South Africa": 0, "Tanzania": 0,
                "Thailand": 7100, "Vietnam": 4300}
OTHER, WORLD = 80, 300000


def test_must_show_mcs2023_production_by_hand():
    c = concentration(MCS2023_2022, WORLD, OTHER)
    assert c.shares["China"] == pytest.approx(70.0)                       # 210/300
    # CR3 = 70 + 43/3 + 6 = 90.333…
    assert c.cr3 == pytest.approx(70 + 100 * 43000 / 300000 + 6.0)
    assert round(c.cr3, 1) == 90.3
    assert c.cr1 == pytest.approx(70.0)
    assert c.cr4 == pytest.approx(90.3333333 + 4.0)                       # + Burma 4 %
    # HHI: 70² + 14.333² + 6² + 4² + 2.3667² + 1.4333² + 0.9667² + 0.8667² + 0.32²
    #      + 0.02667² (Brazil) + 0.02667² (Other as one producer)
    hand = (4900 + (43 / 3) ** 2 + 36 + 16 + (7.1 / 3) ** 2 + (4.3 / 3) ** 2 + (2.9 / 3) ** 2
            + (2.6 / 3) ** 2 + 0.32 ** 2 + (0.08 / 3) ** 2 + (0.08 / 3) ** 2)
    assert c.hhi == pytest.approx(hand) and round(c.hhi) == 5167
    assert c.hhi_high == c.hhi and c.hhi_low == pytest.approx(hand - (0.08 / 3) ** 2)
    assert c.n_equivalent == pytest.approx(10000 / hand)
    # rows + Other add up to 301,020 t > the rounded world 300,000: unallocated −0.34 %
    assert c.unallocated_pct == pytest.approx(-100 * 1020 / 300000)


def test_reserves_share_33_8():
    res = market.country_table("Rare earths", "Reserves", 2022, "MCS2023")
    c = summarize(res)
    assert round(c.shares["China"], 1) == 33.8                            # 44/130 = 0.33846
    assert c.shares["China"] == pytest.approx(100 * 44 / 130)
    assert "Burma" not in c.shares                                       # NA is not 0


def test_summarize_bundled_table_matches_hand_values():
    t = market.country_table("Rare earths", "Mine production", 2022, "MCS2023")
    c = summarize(t)
    assert round(c.hhi) == 5167 and round(c.cr3, 1) == 90.3 and c.leader == "China"


def test_other_fragmented_vs_one_producer_range():
    c = concentration({"A": 50, "B": 20}, 100, other=30)
    assert c.hhi_low == pytest.approx(2500 + 400)
    assert c.hhi_high == pytest.approx(2500 + 400 + 900)
    assert c.cr3 == pytest.approx(70)  # Other is not a producer in CRn
    assert c.unallocated_pct == pytest.approx(0)


def test_missing_values_left_out_and_world_from_rows():
    c = concentration({"A": 30, "B": None, "C": 10}, None)
    assert c.world == 40 and c.world_from_rows and "B" not in c.shares
    assert c.shares["A"] == pytest.approx(75)


def test_rp_years_delta_hhi_share_gap():
    assert rp_years({"China": 44e6, "Burma": None, "Canada": 830000},
                    {"China": 210000, "Burma": 12000, "Canada": 0}) == {
        "China": pytest.approx(209.5238, rel=1e-6), "Burma": None, "Canada": None}
    assert delta_hhi({"A": 30, "B": 20}, "A", "B") == pytest.approx(50 ** 2 - 30 ** 2 - 20 ** 2)
    assert share_gap({"China": 70.0, "X": 1}, {"China": 33.8}) == {"China": pytest.approx(36.2)}


def test_share_rows_mark_edited_and_world():
    t = market.country_table("Rare earths", "Mine production", 2022, "MCS2023")
    rows = share_rows(market.apply_edits(t, {"China": 150000}))
    china = next(r for r in rows if r["country"] == "China")
    assert china["edited"] and "edited" in china["flags"] and china["share_pct"] == pytest.approx(50)
    world = rows[-1]
    assert world["is_world"] and world["value"] == 300000 and world["share_pct"] == 100
