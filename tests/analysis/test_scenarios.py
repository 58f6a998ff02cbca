"""Disruption and ramp-up scenarios, against hand-computed values."""

from __future__ import annotations

import pytest

from reetool.analysis.scenarios import disruption, rampup


def test_disruption_china_half_of_2022():
    d = disruption(210000, 300000, 50)
    assert d.lost == 105000                                  # 210,000 × 0.5
    assert d.remaining == 195000
    assert d.lost_pct_of_world == pytest.approx(35.0)
    assert d.shortfall_pct == pytest.approx(100 * 105000 / 195000)   # 53.846 %
    assert d.country_share_after == pytest.approx(100 * 105000 / 195000)


def test_disruption_clamps_cut_and_full_cut():
    d = disruption(210000, 300000, 150)
    assert d.cut_pct == 100 and d.remaining == 90000
    assert d.shortfall_pct == pytest.approx(233.333, rel=1e-4)


def test_rampup_threshold_years_by_hand():
    # China 210,000 of 300,000 (70 %), flat; rest 90,000 grows 10 %/yr from 2022.
    # share < 65 % when 90·1.1^t > 210·35/65 → 1.1^t > 1.2564 → t ≥ 3 → 2025
    # share < 50 % when 1.1^t > 2.3333 → t > 8.89 → t = 9 → 2031
    r = rampup(210000, 300000, 0, 10, 2022)
    assert r.crossings == {50.0: 2031, 65.0: 2025}
    assert r.years[0] == 2022 and r.share_pct[0] == pytest.approx(70.0)
    assert r.share_pct[1] == pytest.approx(100 * 210 / (210 + 99))


def test_rampup_never_crossing_and_already_below():
    assert rampup(210000, 300000, 5, 5, 2022, horizon=20).crossings[50.0] is None
    assert rampup(100, 300, 0, 0, 2020).crossings[50.0] == 2020
