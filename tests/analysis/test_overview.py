"""The all-commodity overview (reetool.analysis.overview): hand-computed figures, the same
numbers as the one-table code for every commodity, flags and bounds, synthetic edge cases."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reetool.analysis import overview as ov
from reetool.analysis.concentration import summarize
from reetool.data import market
from tests.conftest import ROOT


def _row(rows, commodity):
    return next(r for r in rows if r["commodity"] == commodity)


@pytest.fixture(scope="module")
def prod2024():
    return ov.overview_rows(market.records(), "production", 2024)


def test_gallium_and_rare_earths_china_shares_by_hand(prod2024):
    ga = _row(prod2024, "Gallium")
    # 839,000 kg of 848,000 kg = 98.9387 %
    assert ga["china_value"] == 839000 and ga["world"] == 848000 and ga["unit"] == "kilograms"
    assert ga["china_share_pct"] == pytest.approx(98.9387, abs=1e-4)
    ree = _row(prod2024, "Rare earths")
    # 270,000 t of the 380,000 t world total MCS2026 prints for 2024 = 71.0526 %
    assert ree["edition"] == "MCS2026" and ree["world"] == 380000
    assert ree["china_share_pct"] == pytest.approx(71.0526, abs=1e-4)
    assert ree["china_share_bound"] == "exact" and "e" in ree["world_flags"].split()


def test_every_commodity_matches_the_one_table_concentration():
    for metric in ("production", "reserves"):
        for year in (None, 2024, 2025):
            for r in ov.overview_rows(market.records(), metric, year):
                if r["statistic"] is None or r.get("world") is None:
                    continue
                c = summarize(market.country_table(r["commodity"], r["statistic"],
                                                   r["data_year"], r["edition"]))
                for key in ("world", "cr1", "cr3", "cr4", "hhi", "hhi_low", "n_equivalent",
                            "other_pct", "unallocated_pct"):
                    want = getattr(c, key)
                    assert (r[key] is None) == (want is None), (metric, year, r["commodity"], key)
                    if want is not None:
                        assert r[key] == pytest.approx(want, rel=1e-9, abs=1e-9)
                assert r["world_from_rows"] == c.world_from_rows
                if c.cr1:
                    assert r["leader"] == c.leader


def test_every_commodity_gets_a_row_and_missing_stays_missing(prod2024):
    assert len(prod2024) == len(market.commodities())
    abrasives = _row(prod2024, "Abrasives (Manufactured)")   # capacity only
    assert abrasives["statistic"] is None and abrasives.get("cr1") is None
    assert "no production statistic" in abrasives["note"]
    assert [s["stage"] for s in abrasives["stages"]] == ["capacity", "capacity"]
    chromium = _row(prod2024, "Chromium")     # China not listed: unknown, not 0
    assert chromium["china_listed"] is False and chromium["china_share_pct"] is None
    barite = _row(prod2024, "Barite")         # United States withheld (W)
    assert "W" in barite["flags"].split()


def test_bounds_rule():
    assert ov.bound("", "") == "exact"
    assert ov.bound("", ">") == "upper"       # share of a lower-bound total
    assert ov.bound(">", "") == "lower"       # a lower-bound part of an exact total
    assert ov.bound("<", ">") == "upper" and ov.bound(">", "<") == "lower"
    assert ov.bound(">", ">") == "unknown"


def test_reserves_bounds_rp_and_changes():
    res = _row(ov.overview_rows(market.records(), "reserves"), "Rare earths")
    # MCS2026 v1.3: world > 75,000,000 t; China 44,000,000 t -> 58.67 %, an upper bound
    assert res["world"] == 75_000_000 and ">" in res["world_flags"]
    assert res["china_share_pct"] == pytest.approx(100 * 44e6 / 75e6)
    assert res["china_share_bound"] == "upper" and res["cr_bound"] == "upper"
    assert res["rp_years"] == pytest.approx(75e6 / 390000)          # 192.3 years, 2025
    prod = _row(ov.overview_rows(market.records(), "production"), "Rare earths")
    assert prod["change_prev_year_pct"] == pytest.approx(100 * (390000 - 380000) / 380000)
    ree24 = _row(ov.overview_rows(market.records(), "production", 2024), "Rare earths")
    # MCS2025 printed 390,000 t for 2024, MCS2026 380,000 t: -2.56 %
    assert ree24["prev_edition"] == "MCS2025"
    assert ree24["change_prev_edition_pct"] == pytest.approx(100 * (380000 - 390000) / 390000)


def test_production_stages_side_by_side(prod2024):
    copper = _row(prod2024, "Copper")
    stages = {s["statistic"]: s for s in copper["stages"]}
    assert set(stages) == {"Mine production", "Refinery production"}
    assert stages["Refinery production"]["stage"] == "refinery"
    # refinery: China 12,400 of 27,600 kt = 44.93 %; mine: China 1,840 of 23,000 kt = 8.0 %
    assert stages["Refinery production"]["china_share_pct"] == pytest.approx(100 * 12400 / 27600)
    assert stages["Mine production"]["china_share_pct"] == pytest.approx(8.0)
    assert _row(prod2024, "Gold")["stages"] == []           # one statistic: nothing to compare


def _rec(country, value, **kw):
    base = {"commodity": "Testium", "statistic": "Mine production", "edition": "MCS2030",
            "edition_version": "v1", "edition_date": "2030-01", "data_year": 2029,
            "country": country, "country_std": {"World total": "World"}.get(country, country),
            "value": value, "unit": "metric tons", "comparator": "", "estimated": False,
            "flag": "" if value is not None else "NA", "basis": "", "section": "",
            "source_ids": ("X",)}
    base.update(kw)
    return base


def test_synthetic_corrections_units_and_missing_world():
    recs = [_rec("China", 60.0), _rec("Burma", 30.0), _rec("Other countries", 10.0),
            _rec("Atlantis", None),
            # a correction (later version) of Burma, and the world total
            _rec("Burma", 20.0, edition_version="v2", edition_date="2030-05"),
            _rec("World total", 100.0),
            # a second table without a world total and with a stray unit
            _rec("China", 5.0, statistic="Refinery production"),
            _rec("Japan", 15.0, statistic="Refinery production"),
            _rec("Japan", 9.0, statistic="Refinery production", unit="kilograms")]
    row = ov.overview_rows(recs, "production")[0]
    # shares of 100: China 60, Burma 20 (corrected), Other 10 -> HHI 3600+400+100 = 4100
    assert row["cr1"] == 60 and row["cr3"] == 80 and row["hhi"] == pytest.approx(4100)
    assert row["hhi_low"] == pytest.approx(4000) and row["unallocated_pct"] == pytest.approx(10)
    assert "NA" in row["flags"].split() and row["n_countries"] == 2
    refinery = {s["statistic"]: s for s in row["stages"]}["Refinery production"]
    # no world total: shares of 5 + 15 = 20 t (the kilogram row is another unit, left out)
    assert refinery["world"] == 20 and refinery["cr1"] == 75


def test_importing_the_overview_does_not_import_pandas():
    code = ("import sys, reetool.analysis.overview, reetool.commands.market_overview\n"
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         check=True)
    assert out.stdout.strip() == "False"
