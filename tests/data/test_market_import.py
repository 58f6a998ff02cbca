"""USGS data-release import: the example files reproduce their published numbers."""

from __future__ import annotations

import pytest

from reetool.data import DataError, market
from reetool.data.market_import import parse_file
from reetool.data.market_store import add_import, list_imports, remove_import
from tests.conftest import FIXTURES

MARKET = FIXTURES / "market"


def pick(result, country, year, statistic="Mine production"):
    (row,) = [r for r in result.rows if r["country"] == country and r["data_year"] == year
              and r["statistic"] == statistic]
    return row


def test_mcs2023_world_file_numbers():
    r = parse_file(MARKET / "mcs2023-raree_world.csv")
    assert (r.format, r.edition, r.commodities) == ("world", "MCS2023", ["Rare earths"])
    china = pick(r, "China", 2022)
    assert china["value"] == 210000 and china["estimated"] and china["unit"] == "metric tons"
    assert pick(r, "China", 2021)["value"] == 168000 and not pick(r, "China", 2021)["estimated"]
    assert pick(r, "Australia", 2021)["estimated"]            # "Estimated in 2021 also."
    assert pick(r, "World total (rounded)", 2022)["value"] == 300000
    # reserves go to the edition's latest data year (2022)
    assert pick(r, "China", 2022, "Reserves")["value"] == 44_000_000
    assert pick(r, "World total (rounded)", 2022, "Reserves")["value"] == 130_000_000
    burma = pick(r, "Burma", 2022, "Reserves")
    assert burma["value"] is None and burma["flag"] == "NA"
    assert "Joint Ore Reserves" in pick(r, "Australia", 2022, "Reserves")["notes"]
    assert len(r.rows) == 17 * 3


def test_mcs2022_world_file_numbers_bom_and_crlf():
    r = parse_file(MARKET / "mcs2022-raree_world.csv")
    assert r.edition == "MCS2022" and {x["statistic"] for x in r.rows} == {"Mine production"}
    assert pick(r, "China", 2020)["value"] == 140000
    assert pick(r, "China", 2021)["value"] == 168000 and pick(r, "China", 2021)["estimated"]
    assert pick(r, "World total (rounded)", 2021)["value"] == 280000
    assert pick(r, "Canada", 2021)["value"] == 0 and pick(r, "Canada", 2021)["flag"] == ""


def test_mcs2026_excerpt_world_sections_only():
    r = parse_file(MARKET / "MCS2026_Commodities_Data_excerpt.csv")
    assert r.format == "mcs2026" and r.edition == "MCS2026"
    rows = [x for x in r.rows if x["commodity"] == "Gallium" and x["data_year"] == 2025
            and x["statistic"] == "Primary production"]
    china = next(x for x in rows if x["country"] == "China")
    assert china["value"] == 900000 and china["unit"] == "kilograms" and china["estimated"]
    world = next(x for x in r.rows if x["commodity"] == "Rare Earths" and x["country"] == "World total"
                 and x["statistic"] == "Reserves")
    assert world["value"] == 85_000_000 and world["comparator"] == ">" and world["data_year"] == 2025
    israel = next(x for x in r.rows if x["commodity"] == "Bromine" and x["country"] == "Israel"
                  and x["statistic"] == "Reserves")
    assert israel["value"] is None and israel["flag"] == "text" and israel["value_raw"] == "Large"
    assert all(x["commodity"] != "Gallium" or x["statistic"] != "Production: Primary" for x in r.rows)
    assert not any("Salient" in x.get("notes", "") for x in r.rows)


def test_quirks_tolerated(tmp_path):
    f = tmp_path / "mcs2024-galli_world.csv"
    f.write_text("\ufeffSource,Country,Type,Prod_kg_2022,Prod_kg_est_2023,Prod_notes,,\r\n"
                 "\r\n"
                 "MCS2024,China,\"Gallium, primary production, kilograms\",\"600,000\",\"750,000\","
                 "Estimated.,,\r\n"
                 "MCS2024,Japan,\"Gallium, primary production, kilograms\",W,NA,,,\r\n"
                 "MCS2024,Other countries,\"Gallium, primary production, kilograms\",—,>10,,,\r\n",
                 encoding="utf-8")
    r = parse_file(f)
    assert r.commodities == ["Gallium"]
    china = pick(r, "China", 2023, "Primary production")
    assert china["value"] == 750000 and china["unit"] == "kilograms" and china["estimated"]
    japan = pick(r, "Japan", 2022, "Primary production")
    assert japan["value"] is None and japan["flag"] == "W"
    assert pick(r, "Japan", 2023, "Primary production")["flag"] == "NA"
    other = pick(r, "Other countries", 2023, "Primary production")
    assert other["value"] == 10 and other["comparator"] == ">"
    assert pick(r, "Other countries", 2022, "Primary production")["value"] == 0


def test_broken_value_names_file_line_and_field():
    with pytest.raises(DataError) as exc:
        parse_file(MARKET / "broken_value.csv")
    e = exc.value
    assert (e.row, e.column) == (2, "Prod_t_est_2022")
    assert "broken_value.csv" in str(e) and "2l0000" in str(e)


@pytest.mark.parametrize("name, content", [
    ("broken_header.csv", None), ("empty.csv", ""), ("binary.csv", b"\x00\x01PK")])
def test_not_a_usgs_file(tmp_path, name, content):
    path = MARKET / name if content is None else tmp_path / name
    if content is not None:
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(DataError) as exc:
        parse_file(path)
    assert name in str(exc.value) and exc.value.row == 1


def test_store_add_use_remove(tmp_path):
    f = tmp_path / "mcs2024-galli_world.csv"
    f.write_text("Source,Country,Type,Prod_kg_2022,Prod_kg_est_2023\n"
                 "MCS2024,China,\"Gallium, primary production, kilograms\",600000,750000\n"
                 "MCS2024,World total (rounded),\"Gallium, primary production, kilograms\","
                 "620000,760000\n", encoding="utf-8")
    stored = add_import(parse_file(f))
    assert [i["id"] for i in list_imports()] == [stored["id"]] and stored["rows"] == 4
    t = market.country_table("Gallium", "Primary production", 2023)
    assert t.edition == "MCS2024" and t.row("China").value == 750000
    assert t.world.value == 760000 and t.source_ids == (f"import:{stored['id']}",)
    remove_import(stored["id"])
    assert list_imports() == []
    with pytest.raises(market.MarketLookupError):
        market.country_table("Gallium", "Primary production", 2023)


def test_bundled_edition_wins_over_imported_copy():
    add_import(parse_file(MARKET / "mcs2023-raree_world.csv"))
    t = market.country_table("Rare earths", "Mine production", 2022, "MCS2023")
    assert t.source_ids == ("USGS_MCS2023_DR",)


def test_damaged_store_file_is_reported_not_fatal():
    from reetool.data.market_store import imports_dir

    imports_dir().mkdir(parents=True)
    (imports_dir() / "bad.json").write_text("{not json", encoding="utf-8")
    market.invalidate()
    assert market.commodities()[0] == "Rare earths"
    (entry,) = list_imports()
    assert "bad.json" in entry["error"]
