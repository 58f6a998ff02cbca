"""``reetool market …`` run in-process through the real argument parser (plus one
subprocess run for the exit code); expected numbers are USGS values worked out by hand."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from reetool.cli import main
from tests.conftest import FIXTURES, ROOT


def run_json(capsys, *args):
    assert main(["market", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_shares_mcs2023_2022(capsys):
    rows = run_json(capsys, "shares", "--commodity", "RARE EARTHS", "--metric", "production",
                    "--year", "2022", "--edition", "MCS2023")
    china = next(r for r in rows if r["country"] == "China")
    assert china["value"] == 210000 and china["value_t"] == 210000 and china["share_pct"] == 70.0
    assert china["unit"] == "metric tons" and china["source"] == "USGS_MCS2023_DR"
    assert "e" in china["flags"].split()
    res = run_json(capsys, "shares", "--metric", "reserves", "--year", "2022", "--edition", "MCS2023")
    china = next(r for r in res if r["country"] == "China")
    assert china["share_pct"] == 33.85                  # 44 / 130 = 33.846 %
    burma = next(r for r in res if r["country"] == "Burma")
    assert burma["value"] is None and burma["share_pct"] is None and "NA" in burma["flags"]


def test_concentration_json_keys_and_values(capsys):
    rec = run_json(capsys, "concentration", "--year", "2022", "--edition", "MCS2023")
    assert rec["world_t"] == 300000 and rec["hhi"] == 5167 and rec["cr3"] == 90.33
    assert rec["cr1"] == 70.0 and rec["cr4"] == 94.33
    assert rec["hhi_low"] <= rec["hhi"] == rec["hhi_high"]
    assert rec["n_equivalent"] == round(10000 / 5166.89, 2)
    res = run_json(capsys, "concentration", "--metric", "reserves", "--year", "2022",
                   "--edition", "MCS2023")
    assert res["rp_years"]["China"] == round(44e6 / 210000, 1)      # 209.5 years
    assert res["rp_years"]["World"] == round(130e6 / 300000, 1)     # 433.3 years
    assert res["rp_years"]["Burma"] is None


def test_any_mcs2026_commodity(capsys):
    rows = run_json(capsys, "shares", "--commodity", "gallium", "--year", "2025")
    china = next(r for r in rows if r["country"] == "China")
    assert china["unit"] == "kilograms" and china["share_pct"] == 100.0   # 900,000 / 900,000
    rec = run_json(capsys, "concentration", "--commodity", "Tungsten")
    assert rec["hhi"] > 0 and rec["cr1"] > 50 and rec["data_year"] == 2025


def test_disruption_and_rampup(capsys):
    d = run_json(capsys, "scenario", "disruption", "--country", "china", "--cut", "50",
                 "--year", "2022", "--edition", "MCS2023")
    assert d["lost"] == 105000 and d["lost_t"] == 105000
    assert d["shortfall_pct_of_remaining"] == round(100 * 105000 / 195000, 2)
    r = run_json(capsys, "scenario", "rampup", "--country", "China", "--country-growth", "0",
                 "--others-growth", "10", "--from", "2022", "--edition", "MCS2023",
                 "--threshold", "50", "--threshold", "65")
    assert r["crossings"] == {"50": 2031, "65": 2025}


def test_import_dry_run_reproduces_file(capsys):
    rows = run_json(capsys, "import", str(FIXTURES / "market" / "mcs2023-raree_world.csv"),
                    "--dry-run")
    china = [r for r in rows if r["country"] == "China"]
    assert {(r["year"], r["metric"], r["value"]) for r in china} == {
        (2021, "Mine production", 168000), (2022, "Mine production", 210000),
        (2022, "Reserves", 44000000)}
    assert all(r["edition"] == "MCS2023" and r["commodity"] == "Rare earths" for r in rows)
    assert next(r for r in rows if r["country"] == "World total (rounded)")["value_t"] == 290000
    rows22 = run_json(capsys, "import", str(FIXTURES / "market" / "mcs2022-raree_world.csv"),
                      "--dry-run")
    assert {(r["country"], r["year"], r["value"]) for r in rows22} >= {
        ("China", 2020, 140000), ("China", 2021, 168000), ("World total (rounded)", 2021, 280000)}
    from reetool.data.market_store import list_imports
    assert list_imports() == []                      # a dry run stores nothing


def test_import_stores_then_lists_and_removes(capsys):
    assert main(["market", "import", str(FIXTURES / "market" / "MCS2026_Commodities_Data_excerpt.csv")]) == 0
    capsys.readouterr()
    (stored,) = run_json(capsys, "imports")
    assert stored["rows"] > 150 and "Gallium" in stored["commodities"]
    assert main(["market", "remove-import", stored["id"]]) == 0
    capsys.readouterr()
    assert run_json(capsys, "imports") == []


@pytest.mark.parametrize("args, needle", [
    (["shares", "--commodity", "unobtainium"], "Gallium"),
    (["shares", "--year", "1990"], "2018"),
    (["scenario", "disruption", "--country", "Atlantis", "--cut", "5", "--year", "2022"], "China"),
    (["import", str(FIXTURES / "market" / "broken_value.csv"), "--dry-run"], "line 2, field 'Prod_t_est_2022'"),
])
def test_user_errors_exit_2_with_message(capsys, args, needle):
    assert main(["market", *args]) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err


def test_broken_file_subprocess_exit_code():
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run([sys.executable, "-m", "reetool", "market", "import",
                          str(FIXTURES / "market" / "broken_header.csv"), "--dry-run"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 2 and "broken_header.csv, line 1" in out.stderr
    assert "Traceback" not in out.stderr


def test_qualitative_world_total_shares_of_rows(capsys):
    rows = run_json(capsys, "shares", "--commodity", "Bromine", "--metric", "reserves")
    israel = next(r for r in rows if r["country"] == "Israel")
    assert israel["value"] is None and israel["flags"] == "text"
    assert israel["value_as_published"] == "Large" and israel["share_pct"] is None
    us = next(r for r in rows if r["country"] == "United States")
    # world is "Large": shares are of the rows with values, 11,000,000 of 11,490,000
    assert us["share_pct"] == round(100 * 11_000_000 / (11_000_000 + 130_000 + 360_000), 2)
    assert us["share_basis"].startswith("sum of the rows")


def test_import_dry_run_of_a_salient_file(capsys):
    rows = run_json(capsys, "import", str(FIXTURES / "market" / "mcs2023-raree_salient.csv"),
                    "--dry-run")
    assert len(rows) == 95                          # 2018–2022 × 19 statistics
    conc = {r["year"]: r["value_t"] for r in rows if r["metric"] == "Production: Mineral concentrates"}
    assert conc == {2018: 14000, 2019: 28000, 2020: 39000, 2021: 42000, 2022: 43000}
    nir = next(r for r in rows if r["year"] == 2022 and r["metric"].endswith("Mineral concentrates")
               and r["unit"] == "percent")
    assert nir["value"] is None and nir["flags"].split()[0] == "E"
