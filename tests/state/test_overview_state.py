"""OverviewState without Qt: filters, sort, selection, parameters (a stub loader with
hand-made rows, and one run on the real data)."""

from __future__ import annotations

import pytest

from reetool.state.overview import OverviewState

ROWS = [
    {"commodity": "Gallium", "commodity_en": "Gallium", "commodity_zh": "镓",
     "statistic": "Primary production", "leader": "China", "leader_zh": "中国",
     "china_share_pct": 98.94, "hhi": 9789, "world": 848000, "cr1": 98.94},
    {"commodity": "Copper", "commodity_en": "Copper", "commodity_zh": "铜",
     "statistic": "Mine production", "leader": "Chile", "leader_zh": "智利",
     "china_share_pct": 8.0, "hhi": 1214, "world": 23000, "cr1": 23.96},
    {"commodity": "Chromium", "commodity_en": "Chromium", "commodity_zh": "铬",
     "statistic": "Mine production", "leader": "South Africa", "leader_zh": "南非",
     "china_share_pct": None, "hhi": 2751, "world": 49600, "cr1": 46.17},
    {"commodity": "Cesium", "commodity_en": "Cesium", "commodity_zh": "铯",
     "statistic": None, "leader": None, "china_share_pct": None, "hhi": None, "world": None},
]


def make():
    calls = []

    def loader(metric, year, edition):
        calls.append((metric, year, edition))
        return [dict(r) for r in ROWS]

    st = OverviewState(loader)
    st.load()
    return st, calls


def names(st):
    return [r["commodity"] for r in st.visible()]


def test_filters_text_china_share_and_hhi_band():
    st, _ = make()
    assert names(st) == ["Cesium", "Chromium", "Copper", "Gallium"]   # A–Z
    st.set_text("中国")                          # Chinese leader name
    assert names(st) == ["Gallium"]
    st.set_text("")
    st.set_china_min(50)
    assert names(st) == ["Gallium"]              # unknown China shares are not "≥ 50 %"
    st.set_china_min(None)
    st.set_hhi_band("moderate")                  # 1,500 ≤ HHI < 2,500
    assert names(st) == []
    st.set_hhi_band("high")                      # HHI ≥ 2,500: 2,751 and 9,789
    assert names(st) == ["Chromium", "Gallium"]
    st.set_hhi_band("low")
    assert names(st) == ["Copper"]
    st.set_hhi_band("all")
    st.set_hide_empty(True)
    assert "Cesium" not in names(st)
    with pytest.raises(ValueError):
        st.set_china_min(120)
    with pytest.raises(ValueError):
        st.set_hhi_band("huge")


def test_sort_puts_missing_last_both_ways_and_toggles():
    st, _ = make()
    st.sort_by("china_share_pct")                # a number: largest first
    assert names(st) == ["Gallium", "Copper", "Chromium", "Cesium"]
    st.sort_by("china_share_pct")                # same key again: reversed, missing still last
    assert names(st)[:2] == ["Copper", "Gallium"] and set(names(st)[2:]) == {"Chromium", "Cesium"}
    with pytest.raises(ValueError):
        st.sort_by("nonsense")


def test_notifications_and_reload_on_parameters():
    st, calls = make()
    seen = []
    st.subscribe(seen.append)
    st.set_text("co")
    st.set_metric("reserves")
    st.set_year(2025)
    st.set_year(2025)                            # no change: no reload
    assert calls == [("production", None, None), ("reserves", None, None), ("reserves", 2025, None)]
    assert frozenset({"text", "filter"}) in seen and any("rows" in f for f in seen)
    st.select("Copper")
    assert st.selected == "Copper" and frozenset({"selected"}) in seen
    with pytest.raises(ValueError):
        st.set_metric("prices")


def test_params_round_trip():
    st, _ = make()
    st.set_text("gal")
    st.set_china_min(40)
    st.sort_by("hhi", True)
    st.select("Gallium")
    other, _ = make()
    other.apply_params(st.params())
    assert other.params() == st.params() and names(other) == ["Gallium"]
    with pytest.raises(ValueError):
        other.apply_params({"metric": "prices"})


def test_real_data_default_loader():
    st = OverviewState()
    st.set_year(2024)
    st.set_china_min(90)
    rows = st.visible()
    assert {"Gallium"} <= {r["commodity"] for r in rows}
    assert all(r["china_share_pct"] >= 90 for r in rows)
    assert 2024 in st.years() and "MCS2026" in st.editions()
