"""Names in two languages, matched on ISO codes (reetool.data.names, no Qt)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reetool.data import bundle, market, names

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "market"


def _fixture_countries() -> set[str]:
    found = set()
    for path in FIXTURES.glob("*.csv"):
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        rows = list(csv.DictReader(text.splitlines()))
        found |= {(r.get("Country") or "").strip() for r in rows}
    return found - {""}


def _bundled_countries() -> set[str]:
    found = set()
    for name in ("market_world", "market_mcs2026", "market_us_imports"):
        for rec in bundle().records(name):
            found.add(rec["country"])
            found.add(rec.get("country_std") or rec["country"])
    return found


def test_every_country_name_in_the_bundled_and_importable_data_maps_to_a_code():
    # aggregates ("Other countries", "World total") and lists of countries are excepted
    assert names.unmapped(_bundled_countries() | _fixture_countries()) == []


@pytest.mark.parametrize("name, code", [
    ("Burma", "MMR"), ("Congo (Kinshasa)", "COD"), ("Korea, Republic of", "KOR"),
    ("Korea, North", "PRK"), ("Côte d’Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"),
    ("United States", "USA"), ("Russia", "RUS"), ("Turkey", "TUR"), ("  china ", "CHN"),
    ("Congo (Brazzaville)", "COG"), ("CHN", "CHN"),
])
def test_usgs_spellings_map_to_iso_codes(name, code):
    assert names.iso3(name) == code


def test_aggregates_and_groups_have_no_code_but_a_kind():
    for name in ("World", "World total", "World total (rounded)", "Other countries", "Other"):
        assert names.iso3(name) is None and names.is_aggregate(name), name
    assert names.country_kind("China, Germany, and Russia") == "group"
    assert names.members("China, Germany, and Russia") == ("CHN", "DEU", "RUS")
    assert names.country_kind("Atlantis") is None
    assert names.unmapped(["Atlantis", "Burma", "World total"]) == ["Atlantis"]


def test_chinese_country_names_come_from_pycountry_and_corrections_are_labelled():
    rows = {r["iso3"]: r for r in bundle().records("countries")}
    assert rows["CHN"]["name_zh"] == "中国" and rows["CHN"]["zh_origin"] == "pycountry"
    assert rows["KOR"]["name_zh"] == "韩国"                     # the common name's translation
    assert rows["BOL"]["name_zh"] == "玻利维亚" and rows["BOL"]["zh_origin"] == "reetool"
    assert "波利维亚" in rows["BOL"]["zh_note"]                   # what pycountry gives
    reetool = [r for r in rows.values() if r["zh_origin"] == "reetool"]
    assert all("REETOOL_NAMES_ZH" in r["source_ids"] and r["zh_note"] for r in reetool)
    assert names.country_zh("Burma") == "缅甸"
    assert names.country_zh("Other countries") == "其他国家"
    assert names.country_zh("China, Germany, and Russia") == "中国、德国和俄罗斯"
    assert names.country_zh("Atlantis") is None


def test_country_fields_for_data_outputs():
    assert names.country_fields("Congo (Kinshasa)") == {"iso3": "COD", "country_zh": "刚果民主共和国"}
    assert names.country_fields("Other countries") == {"iso3": None, "country_zh": "其他国家"}


def test_every_commodity_statistic_and_unit_of_the_bundle_has_a_chinese_name():
    missing = []
    for commodity in market.commodities():
        if not names.commodity_zh(commodity):
            missing.append(("commodity", commodity))
        for statistic in market.statistics(commodity):
            if not names.statistic_zh(statistic):
                missing.append(("statistic", statistic))
    for name in ("market_world", "market_mcs2026"):
        for rec in bundle().records(name):
            if not names.unit_zh(rec["unit"]):
                missing.append(("unit", rec["unit"]))
    assert sorted(set(missing)) == []


def test_composed_statistic_labels():
    assert names.statistic_zh("Mine production") == "矿山产量"
    assert names.statistic_zh("Mine production: Bentonite, rounded") == "矿山产量：膨润土（取整）"
    assert names.statistic_zh("Production—ulexite") == "产量：钠硼解石"
    assert names.statistic_zh("Mine production: something new") is None


@pytest.mark.parametrize("published, shown", [
    ("Tio2 Pigment", "TiO2 pigment"), ("TiO2 Pigment", "TiO2 pigment"),
    ("Iron And Steel", "Iron and steel"),
    ("Feldspar And Nepheline Syenite", "Feldspar and nepheline syenite"),
    ("Graphite (Natural)", "Graphite (natural)"), ("Rare earths", "Rare earths"),
    ("Platinum-Group Metals", "Platinum-group metals"), ("Unknown Thing", "Unknown Thing"),
])
def test_commodity_display_names_fix_capitalisation(published, shown):
    assert names.commodity_display(published) == shown


def test_commodity_renderings_are_labelled_as_reetool():
    recs = [r for r in bundle().records("names_zh")]
    assert recs and all(r["zh_origin"] == "reetool" and "REETOOL_NAMES_ZH" in r["source_ids"]
                        for r in recs)


def test_one_chinese_word_per_unit_everywhere():
    """吨 (the legal unit in mainland China), never 公吨, in data and in every translation."""
    offenders = []
    for pattern in ("resources/data/*.csv", "resources/i18n/*.ts"):
        for path in ROOT.glob(pattern):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if "公吨" in line and "<source>" not in line:
                    offenders.append(f"{path.name}:{n}")
    assert offenders == []
    assert names.unit_zh("metric tons") == "吨" and names.unit_zh("thousand metric tons") == "千吨"


def test_localized_falls_back_to_the_published_name():
    assert names.localized("country", "Burma", "zh") == "缅甸"
    assert names.localized("country", "Burma", "en") == "Burma"
    assert names.localized("commodity", "Iron And Steel", "en") == "Iron and steel"
    assert names.localized("commodity", "Iron And Steel", "zh") == "钢铁"
    assert names.localized("statistic", "Totally new label", "zh") == "Totally new label"
    assert names.localized("unit", "", "zh") == "—"


def test_find_country_matches_on_codes_not_strings():
    table = ["Burma", "Congo (Kinshasa)", "Korea, Republic of", "Other countries", "China"]
    assert names.find_country(table, "Myanmar") == "Burma"
    assert names.find_country(table, "MMR") == "Burma"
    assert names.find_country(table, "Democratic Republic of the Congo") == "Congo (Kinshasa)"
    assert names.find_country(table, "South Korea") == "Korea, Republic of"
    assert names.find_country(table, "china") == "China"
    assert names.find_country(table, "India") is None
    assert names.find_country(table, "Atlantis") is None
    assert names.find_country(table, "other countries") == "Other countries"
