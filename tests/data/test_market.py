"""Selection of country tables from the bundled market data (expected values from the
USGS files, read by hand)."""

from __future__ import annotations

import pytest

from reetool.data import market


def test_commodities_rare_earths_first_and_mcs2026_all_there():
    names = market.commodities()
    assert names[0] == "Rare earths"
    for c in ("Gallium", "Graphite (Natural)", "Antimony", "Tungsten"):  # (no world table for germanium in MCS2026)
        assert c in names
    assert "Rare Earths" not in names  # one rare-earths entry, not two spellings


def test_commodity_names_are_case_insensitive_and_unknown_lists_available():
    assert market.resolve_commodity("GALLIUM") == "Gallium"
    assert market.resolve_commodity("rare EARTHS") == "Rare earths"
    with pytest.raises(market.MarketLookupError) as exc:
        market.resolve_commodity("unobtainium")
    assert "Gallium" in str(exc.value) and "Rare earths" in str(exc.value)


def test_mcs2023_2022_production_table():
    t = market.country_table("Rare earths", "Mine production", 2022, "MCS2023")
    assert (t.edition, t.data_year, t.unit) == ("MCS2023", 2022, "metric tons")
    china = t.row("China")
    assert china.value == 210000 and china.estimated and not china.edited
    assert "undocumented" in china.notes
    assert t.world.value == 300000
    other = [r for r in t.rows if r.is_other]
    assert len(other) == 1 and other[0].value == 80
    assert t.source_ids == ("USGS_MCS2023_DR",)


def test_reserves_missing_is_none_with_flag_never_zero():
    t = market.country_table("rare earths", "Reserves", 2022, "MCS2023")
    burma = t.row("Burma")
    assert burma.value is None and burma.flag == "NA"
    assert t.row("China").value == 44_000_000 and t.world.value == 130_000_000


def test_latest_edition_for_a_year_is_the_newest_publication():
    # 2022 production is in MCS2023 (estimate), MCS2024 and MYB2022 (final, 2025-03-19).
    assert market.editions("Rare earths", "Mine production", 2022)[0] == "MYB2022"
    t = market.country_table("Rare earths", "Mine production", 2022)
    assert t.edition == "MYB2022" and t.world.value == 297000


def test_year_none_is_latest_year_and_v13_corrections_override_v10():
    t = market.country_table("Rare earths", "Reserves")
    assert (t.edition, t.data_year) == ("MCS2026", 2025)
    assert t.row("Brazil").value == 11_000_000            # v1.3, not 21,000,000 (v1.0)
    assert t.row("Brazil").source_ids == ("USGS_MCS2026_PDF_v1.3",)
    assert t.world.value == 75_000_000 and t.world.comparator == ">"
    assert t.row("China").source_ids == ("USGS_MCS2026_DR",)
    assert "v1.3" in t.edition_version


def test_gallium_in_kilograms_and_statistics_kept_apart():
    stats = market.statistics("gallium")
    assert stats == ["Primary production", "Production capacity"]
    assert market.statistic_for_metric("Gallium", "production") == "Primary production"
    t = market.country_table("Gallium", "Primary production", 2025)
    assert t.unit == "kilograms" and t.row("China").value == 900000 and t.world.value == 900000
    cap = market.country_table("Gallium", "Production capacity", 2025)
    assert cap.world.value == 1_700_000


def test_choices_and_unknown_year_lists_years():
    ch = market.choices("Rare earths")
    assert ("Mine production", "MCS2023", 2022) in ch and ("Reserves", "MCS2023", 2022) in ch
    assert ("Reserves", "MCS2022", 2021) not in ch   # MCS2022's world file has no reserves
    with pytest.raises(market.MarketLookupError, match="2018"):
        market.country_table("Rare earths", "Mine production", 1990)
    with pytest.raises(market.MarketLookupError, match="MCS2023"):
        market.country_table("Rare earths", "Mine production", 2022, "MCS2026")


def test_apply_edits_marks_rows_and_keeps_published_value():
    t = market.country_table("Rare earths", "Mine production", 2022, "MCS2023")
    e = market.apply_edits(t, {"China": 150000, "Atlantis": 5000}, added=["Atlantis"])
    china = e.row("China")
    assert china.value == 150000 and china.edited and china.published == 210000
    assert e.row("Atlantis").added and e.row("Atlantis").value == 5000
    assert not e.row("Australia").edited and e.edited and not t.edited


def test_revisions_lists_other_editions():
    t = market.country_table("Rare earths", "Mine production", 2022, "MCS2023")
    revs = market.revisions(t)
    assert revs["United States"] == [("MYB2022", 42500, ""), ("MCS2024", 42000, "")]
    assert revs["World"] == [("MYB2022", 297000, ""), ("MCS2024", 300000, "")]


def test_commodity_names_match_without_parenthetical_or_by_unique_prefix():
    from reetool.data.market import MarketLookupError, resolve_commodity

    assert resolve_commodity("graphite") == "Graphite (Natural)"
    assert resolve_commodity("  RARE   earths ") == "Rare earths"
    assert resolve_commodity("tungs") == "Tungsten"
    with pytest.raises(MarketLookupError, match="ambiguous"):
        resolve_commodity("iron")          # Iron And Steel, Iron Ore, Iron Oxide Pigments …
