"""Import of USGS salient-statistics files (U.S. production, trade, prices, reliance)."""

from __future__ import annotations

import pytest

from reetool.data import DataError, market
from reetool.data.market_import import parse_file
from reetool.data.market_store import add_import, remove_import
from reetool.data.market_us import us_editions, us_salient
from tests.conftest import FIXTURES

MARKET = FIXTURES / "market"


def _cell(result, year, column):
    return next(r for r in result.rows if r["data_year"] == year and r["column"] == column)


def test_mcs2023_salient_file_numbers():
    result = parse_file(MARKET / "mcs2023-raree_salient.csv")
    assert result.format == "salient" and result.edition == "MCS2023"
    # 5 data years (2018–2022) × 19 statistic columns, as in the file
    assert len(result.rows) == 5 * 19
    conc = _cell(result, 2022, "USprod_Concentrate_t")
    assert (conc["value"], conc["unit"], conc["statistic"]) == (43000.0, "metric tons REO",
                                                                "Production: Mineral concentrates")
    assert conc["estimated"] and not _cell(result, 2021, "USprod_Concentrate_t")["estimated"]
    assert conc["item_key"] == "us_production_mineral_concentrates_t"  # same key as the bundle
    nir = _cell(result, 2021, "NIR_Compounds-Metals_pct")
    assert (nir["value"], nir["comparator"], nir["unit"]) == (95.0, ">", "percent")
    exporter = _cell(result, 2022, "NIR_Concentrate_pct")
    assert exporter["value"] is None and exporter["flag"] == "E"     # net exporter, not a number
    tb = _cell(result, 2022, "Price_TbO2_dkg")
    assert (tb["value"], tb["unit"], tb["statistic"]) == (2000.0, "US$/kg", "Price: Terbium oxide")
    assert all(r["country"] == "United States" for r in result.rows)


def test_mcs2022_salient_reads_misnamed_reliance_columns_as_percent():
    result = parse_file(MARKET / "mcs2022-raree_salient.csv")
    first = _cell(result, 2017, "NIR_Concentrate_t")
    assert first["flag"] == "XX" and first["unit"] == "percent"
    assert _cell(result, 2017, "Imports_Compounds_t")["value"] == 11000.0


def test_metadata_xml_gets_its_own_message():
    with pytest.raises(DataError) as err:
        parse_file(MARKET / "mcs2023-raree_meta.xml")
    assert err.value.row == 1 and "metadata (XML)" in str(err.value)


def test_bad_year_names_line_and_field(tmp_path):
    f = tmp_path / "x_salient.csv"
    f.write_text("DataSource,Commodity,Year,USprod_Concentrate_t\nMCS2030,Rare Earths,2029,1\n"
                 "MCS2030,Rare Earths,20x9,2\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        parse_file(f)
    assert (err.value.row, err.value.column) == (3, "Year")


def test_imported_salient_edition_shows_on_the_us_tab_not_in_country_tables(tmp_path):
    text = (MARKET / "mcs2023-raree_salient.csv").read_text(encoding="utf-8-sig")
    f = tmp_path / "mcs2030-raree_salient.csv"
    f.write_text(text.replace("MCS2023", "MCS2030"), encoding="utf-8")
    before = market.statistics("Rare earths")
    stored = add_import(parse_file(f))
    try:
        assert "MCS2030" in us_editions()
        table = us_salient("MCS2030")
        item = next(i for i in table["items"] if i["item_key"] == "us_production_mineral_concentrates_t")
        assert item["cells"][2022]["value"] == 43000.0
        assert table["source_ids"] == (f"import:{stored['id']}",)
        assert market.statistics("Rare earths") == before   # no "Price: …" statistics leak in
    finally:
        remove_import(stored["id"])
    assert "MCS2030" not in us_editions()


def test_bundled_salient_edition_wins():
    stored = add_import(parse_file(MARKET / "mcs2023-raree_salient.csv"))
    try:
        assert us_salient("MCS2023")["source_ids"] == ("USGS_MCS2023_DR",)
    finally:
        remove_import(stored["id"])
