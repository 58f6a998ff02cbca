"""``reetool market overview`` through the real parser; figures checked by hand."""

from __future__ import annotations

import csv
import io
import json

from reetool.cli import main

REQUIRED = ("commodity", "commodity_zh", "unit", "china_share_pct", "cr1", "cr3", "hhi",
            "rp_years", "sources")


def run(capsys, *args) -> str:
    assert main(["market", "overview", *args]) == 0
    return capsys.readouterr().out


def test_production_2024_json(capsys):
    rows = json.loads(run(capsys, "--metric", "production", "--year", "2024", "--format", "json"))
    with_data = [r for r in rows if r["world"] is not None]
    assert len(with_data) >= 60
    assert all(r["commodity_zh"] for r in rows)                 # Chinese names for all
    assert all(set(REQUIRED) <= set(r) for r in rows)
    ga = next(r for r in rows if r["commodity"] == "Gallium")
    # 839,000 of 848,000 kg = 98.94 %
    assert (ga["china_value"], ga["world"], ga["unit"]) == (839000, 848000, "kilograms")
    assert ga["china_share_pct"] == 98.94 and ga["commodity_zh"] == "镓"
    ree = next(r for r in rows if r["commodity"] == "Rare earths")
    # 270,000 of the 380,000 t world total of MCS2026 = 71.05 % (≈ 71.1 %)
    assert (ree["china_value"], ree["world"]) == (270000, 380000)
    assert ree["china_share_pct"] == 71.05 and ree["sources"] == "USGS_MCS2026_DR"
    assert ree["leader_zh"] == "中国" and ree["statistic_zh"] == "矿山产量" and ree["unit_zh"] == "吨"
    tio2 = next(r for r in rows if r["commodity"].casefold() == "tio2 pigment")
    assert tio2["commodity_en"] == "TiO2 pigment"
    copper = next(r for r in rows if r["commodity"] == "Copper")
    assert [s["stage"] for s in copper["stages"]] == ["mine", "refinery"]


def test_reserves_table_and_csv(capsys):
    out = run(capsys, "--metric", "reserves")
    assert "Rare earths" in out and "never 0" in out
    text = run(capsys, "--metric", "reserves", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    ree = next(r for r in rows if r["commodity"] == "Rare earths")
    assert ree["china_share_bound"] == "upper" and ree["world"] == "75000000"
    assert ree["rp_years"] == "192.3"                             # 75,000,000 / 390,000


def test_bad_year_and_edition_are_user_errors(capsys):
    assert main(["market", "overview", "--year", "1800"]) == 2
    assert "no market data for 1800" in capsys.readouterr().err
    assert main(["market", "overview", "--edition", "MCS1999"]) == 2
    assert "unknown edition 'MCS1999'" in capsys.readouterr().err
