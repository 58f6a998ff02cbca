"""Lists derived from the (immutable) bundled market data are computed once, handed out as
copies, and recomputed only when an import is added or removed."""

from __future__ import annotations

from reetool.data import market
from reetool.data.market_import import parse_file
from reetool.data.market_store import add_import, remove_import


def test_derived_lists_are_served_from_the_cache_not_rescanned():
    market.invalidate()
    names = market.commodities()
    years = market.years("Rare earths", "Mine production")
    table = market.country_table("Rare earths", "Mine production", 2022, "MCS2023")
    records = market._CACHE["records"]
    market._CACHE["records"] = []            # a rescan would now find nothing
    try:
        assert market.commodities() == names and "Gallium" in names
        assert market.years("Rare earths", "Mine production") == years and 2022 in years
        assert market.country_table("Rare earths", "Mine production", 2022, "MCS2023") is table
    finally:
        market._CACHE["records"] = records


def test_callers_get_copies_of_cached_lists():
    first = market.commodities()
    first.clear()
    assert market.commodities()[0] == "Rare earths"
    eds = market.editions("Rare earths", "Mine production", 2022)
    eds.reverse()
    assert market.editions("Rare earths", "Mine production", 2022) != eds


def test_an_import_refreshes_the_cached_lists_without_invalidate(tmp_path):
    assert 2023 not in market.years("Gallium", "Primary production") or \
        "MCS2030" not in market.editions("Gallium", "Primary production", 2023)
    f = tmp_path / "mcs2030-galli_world.csv"
    f.write_text("Source,Country,Type,Prod_kg_2022,Prod_kg_est_2023\n"
                 "MCS2030,China,\"Gallium, primary production, kilograms\",600000,750000\n"
                 "MCS2030,World total (rounded),\"Gallium, primary production, kilograms\","
                 "620000,760000\n", encoding="utf-8")
    stored = add_import(parse_file(f))
    assert "MCS2030" in market.editions("Gallium", "Primary production", 2023)
    remove_import(stored["id"])
    assert 2023 not in market.years("Gallium", "Primary production") or \
        "MCS2030" not in market.editions("Gallium", "Primary production", 2023)
