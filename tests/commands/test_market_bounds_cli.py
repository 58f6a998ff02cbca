"""``reetool market …`` outputs say which figures are bounds and where every figure comes from.
Expected numbers are the bundled USGS values worked out by hand."""

from __future__ import annotations

import csv
import io
import json

import pytest

from reetool.cli import main

RESERVES_2024 = ["--commodity", "Rare earths", "--metric", "reserves", "--year", "2024",
                 "--edition", "MCS2025"]


def run(capsys, *args, fmt="json"):
    assert main(["market", *args, "--format", fmt]) == 0
    out = capsys.readouterr().out
    return json.loads(out) if fmt == "json" else out


def test_must_show_china_reserves_share_is_an_upper_bound(capsys):
    rows = run(capsys, "shares", *RESERVES_2024)
    china = next(r for r in rows if r["country"] == "China")
    # 44,000,000 t of a world printed as ">90,000,000" t: 44/90 = 48.89 %, at most
    assert china["share_pct"] == 48.89 and china["share_bound"] == "upper"
    assert {r["share_bound"] for r in rows if r["share_pct"] is not None and not
            r["country"].startswith("World")} == {"upper"}
    world = rows[-1]
    assert world["share_pct"] == 100.0 and world["share_bound"] == "exact" and ">" in world["flags"]
    burma = next(r for r in rows if r["country"] == "Burma")
    assert burma["share_pct"] is None and burma["share_bound"] is None     # NA: no share, not 0
    other = next(r for r in rows if r["country"] == "Other countries")
    assert other["name_as_published"] == "Other"                          # MCS2025 prints "Other"
    exact = run(capsys, "shares", "--year", "2022", "--edition", "MCS2023")
    assert next(r for r in exact if r["country"] == "China")["share_bound"] == "exact"


def test_must_show_concentration_marks_cr_and_hhi_as_bounds(capsys):
    rec = run(capsys, "concentration", *RESERVES_2024)
    # CR1 44/90 = 48.89, CR3 71.9/90 = 79.89, CR4 77.6/90 = 86.22 (all at most);
    # HHI 10,000 × 2,491.87 / 8,100 = 3,076 at most; 10,000 / 3,076.4 = 3.25 producers at least
    assert (rec["cr1"], rec["cr3"], rec["cr4"], rec["hhi"]) == (48.89, 79.89, 86.22, 3076)
    assert {rec[k] for k in ("cr1_bound", "cr3_bound", "cr4_bound", "hhi_bound",
                             "hhi_low_bound", "hhi_high_bound", "leader_share_bound")} == {"upper"}
    assert rec["n_equivalent"] == 3.25 and rec["n_equivalent_bound"] == "lower"
    assert rec["world_bound"] == "lower" and rec["world_as_published"] == ">90,000,000"
    assert "at most" in rec["bounds_note"] and ">90,000,000" in rec["bounds_note"]
    # R/P: world >90,000,000 / 390,000 = 230.8 years at least; China 44,000,000 / 270,000
    # = 163.0 years, exact (its reserves are printed exactly)
    assert rec["rp_years"]["World"] == 230.8 and rec["rp_years_bound"]["World"] == "lower"
    assert rec["rp_years"]["China"] == 163.0 and rec["rp_years_bound"]["China"] == "exact"
    assert rec["rp_years_bound"]["Burma"] is None
    # listed 90,884,500 t exceed the lower bound: said plainly, remainder ≥ −0.98 %
    assert rec["listed_excess"] == 884_500 and rec["unallocated_pct_bound"] == "lower"
    assert "lower bound and smaller than the listed sum" in rec["remainder_note"]


def test_must_show_csv_of_shares_carries_edition_year_unit_on_every_row(capsys):
    rows = list(csv.DictReader(io.StringIO(run(capsys, "shares", *RESERVES_2024, fmt="csv"))))
    assert len(rows) == 18
    for r in rows:
        assert (r["commodity"], r["statistic"], r["edition"], r["data_year"], r["unit"]) == (
            "Rare earths", "Reserves", "MCS2025", "2024", "metric tons")
        assert r["source"] == "USGS_MCS2025_PDF" and r["share_basis"] == "publisher's world total"
    china = next(r for r in rows if r["country"] == "China")
    assert (china["share_pct"], china["share_bound"]) == ("48.89", "upper")


def test_must_show_csv_of_concentration_carries_edition_year_unit_and_bounds(capsys):
    (rec,) = list(csv.DictReader(io.StringIO(run(capsys, "concentration", *RESERVES_2024,
                                                 fmt="csv"))))
    assert (rec["edition"], rec["data_year"], rec["unit"], rec["commodity"]) == (
        "MCS2025", "2024", "metric tons", "Rare earths")
    assert rec["cr1"] == "48.89" and rec["cr1_bound"] == "upper" and rec["hhi_bound"] == "upper"
    assert rec["source"] == "USGS_MCS2025_PDF"


def test_tables_print_where_the_figures_come_from(capsys):
    out = run(capsys, "shares", *RESERVES_2024, fmt="table")
    for line in ("commodity: Rare earths", "statistic: Reserves", "edition: MCS2025",
                 "data_year: 2024", "unit: metric tons", "source: USGS_MCS2025_PDF"):
        assert line in out.splitlines()
    assert "share_bound" in out and "upper bound: the true value is at most this" in out
    conc = run(capsys, "concentration", *RESERVES_2024, fmt="table")
    cr1 = next(line for line in conc.splitlines() if line.startswith("cr1 "))
    assert cr1.split() == ["cr1", "48.89", "upper"]
    assert "World" in conc and "unit: years" in conc


def test_rounded_world_below_the_listed_sum_and_the_listed_basis(capsys):
    sel = ["--year", "2024", "--edition", "MCS2026"]
    rec = run(capsys, "concentration", *sel)
    # rows 384,000 t against a printed 380,000 t: 4,000 t = 1.05 % of the world total
    assert rec["listed_excess"] == 4000 and rec["unallocated_pct"] == -1.05
    assert "rounded and smaller than the listed sum" in rec["remainder_note"]
    assert "not a negative share" in rec["remainder_note"]
    listed = run(capsys, "shares", *sel, "--basis", "listed")
    china = next(r for r in listed if r["country"] == "China")
    assert china["share_pct"] == 70.31 and china["share_bound"] == "exact"   # 270 / 384
    assert china["share_basis"].startswith("sum of the listed rows")
    assert listed[-1]["share_pct"] is None                 # the world row is not a share of it
    conc = run(capsys, "concentration", *sel, "--basis", "listed")
    assert conc["basis"] == "listed" and conc["unallocated_pct"] == 0 and conc["cr1"] == 70.31
    world = run(capsys, "shares", *sel)
    assert next(r for r in world if r["country"] == "China")["share_pct"] == 71.05  # 270 / 380


def test_bad_basis_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["market", "shares", "--basis", "sum"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--basis" in err and "listed" in err and "Traceback" not in err


def test_scenarios_carry_bounds(capsys):
    d = run(capsys, "scenario", "disruption", "--country", "China", "--cut", "50",
            *RESERVES_2024[2:])
    # 22,000,000 lost of ">90,000,000": 24.44 % at most; 68,000,000 remain, at least;
    # shortfall 22/68 = 32.35 % at most
    assert d["lost"] == 22e6 and d["lost_bound"] == "exact"
    assert d["lost_pct_of_world"] == 24.44 and d["lost_pct_of_world_bound"] == "upper"
    assert d["remaining_bound"] == "lower" and d["shortfall_pct_of_remaining"] == 32.35
    assert d["shortfall_pct_of_remaining_bound"] == "upper"
    r = run(capsys, "scenario", "rampup", "--country", "China", "--country-growth", "0",
            "--others-growth", "10", "--metric", "reserves", "--from", "2024",
            "--edition", "MCS2025")
    assert r["share_from_pct"] == 48.89 and r["share_bound"] == "upper"
    assert r["crossing_bound"] == "upper" and r["crossings"] == {"50": 2024, "65": 2024}
    rows = list(csv.DictReader(io.StringIO(run(
        capsys, "scenario", "rampup", "--country", "China", "--country-growth", "0",
        "--others-growth", "10", "--from", "2022", "--edition", "MCS2023", fmt="csv"))))
    assert [(r["threshold_pct"], r["first_year_below"]) for r in rows] == [("50", "2031"),
                                                                           ("65", "2025")]
    assert {(r["edition"], r["data_year"], r["unit"], r["first_year_bound"]) for r in rows} == {
        ("MCS2023", "2022", "metric tons", "exact")}


def test_share_rows_carry_iso3_and_chinese_country_names(capsys):
    rows = run(capsys, "shares", *RESERVES_2024)
    by_name = {r["country"]: r for r in rows}
    assert (by_name["China"]["iso3"], by_name["China"]["country_zh"]) == ("CHN", "中国")
    assert (by_name["Burma"]["iso3"], by_name["Burma"]["country_zh"]) == ("MMR", "缅甸")
    # aggregates have no ISO code; the published name stays in "country"
    assert by_name["Other countries"]["iso3"] is None
