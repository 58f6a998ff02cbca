"""The Market page's state without Qt: selection, edits with undo/redo, scenarios, the
serialisable parameters. Expected values are USGS MCS2023 figures for data year 2022
(China 210,000 t of a world 300,000 t), arithmetic in the comments."""

from __future__ import annotations

import pytest

from reetool.data import market
from reetool.data.market_user import EditStore
from reetool.state.market import MarketState


@pytest.fixture
def store(tmp_path):
    return EditStore(tmp_path / "edits.json")


@pytest.fixture
def st(store):
    s = MarketState(store)
    s.load()
    return s


def mcs2023(st):
    st.select(commodity="Rare earths", statistic="Mine production", year=2022, edition="MCS2023")


def heard(st):
    """The notifications ``st`` sends, as a list of sorted field lists."""
    out = []
    st.subscribe(lambda fields: out.append(sorted(fields)))
    return out


# --- selection -------------------------------------------------------------------------

def test_defaults_are_the_latest_rare_earth_mine_production(st):
    assert st.commodities[0] == "Rare earths"
    assert (st.commodity, st.metric, st.statistic) == ("Rare earths", "production", "Mine production")
    assert st.year == st.years[-1] == 2025 and st.edition is None
    assert st.editions[0] == "MCS2026" and st.table.edition == "MCS2026"
    assert st.metrics == ["production", "reserves"]


def test_nothing_is_read_before_load(store):
    s = MarketState(store)
    assert s.table is None and s.commodities == [] and not s.loaded


def test_one_select_loads_one_table_and_notifies_once(st):
    events = heard(st)
    mcs2023(st)
    assert events == [["scenario", "selection", "table", "undo"]]
    assert st.table.row("China").value == 210000 and st.table.world.value == 300000
    mcs2023(st)                                   # the same again: nothing to tell
    assert len(events) == 1


def test_switching_metric_keeps_year_and_edition_and_pairs_production(st):
    mcs2023(st)
    st.select(metric="reserves")
    assert (st.statistic, st.year, st.edition) == ("Reserves", 2022, "MCS2023")
    assert st.table.row("Burma").value is None           # missing, never 0
    assert st.production is not None and st.production.row("China").value == 210000
    st.select(metric="production")
    assert st.statistic == "Mine production" and st.production is None


def test_other_commodity_falls_back_to_its_own_statistic_and_latest_year(st):
    mcs2023(st)
    st.select(commodity="gallium")
    assert (st.commodity, st.statistic) == ("Gallium", "Primary production")
    assert st.table.unit == "kilograms" and st.edition is None
    with pytest.raises(market.MarketLookupError):
        st.select(commodity="unobtainium")
    assert st.commodity == "Gallium"                        # unchanged


def test_an_edition_without_data_for_the_year_falls_back_to_the_newest(st):
    st.select(year=2022, edition="MCS2016")
    assert st.year == 2022 and st.edition is None and st.table.edition == st.editions[0]


# --- edits, undo/redo ------------------------------------------------------------------

def test_edit_undo_redo_reset_and_the_store_keeps_them(st, store):
    mcs2023(st)
    events = heard(st)
    assert st.edits.set_value("China", 150000.0)
    assert st.table.row("China").value == 150000 and st.table.row("China").edited
    assert ["table"] in events and ["undo"] in events
    # disruption of 50 % now on 150,000 t: 75,000 t lost
    assert st.scenario_result.disruption.lost == 75000
    assert st.scenario_result.published["edited"] is True
    assert not st.edits.set_value("China", 150000.0)      # no change, no undo step
    assert st.undo() and st.table.row("China").value == 210000 and not st.table.edited
    assert st.redo() and st.table.row("China").value == 150000
    assert st.edits.reset() and not st.table.edited
    assert st.undo() and st.table.row("China").value == 150000   # a reset is undoable too
    assert st.edits.stack.redo_text() == "Reset to published"
    assert store.get("Rare earths|Mine production|MCS2023|2022") == ({"China": 150000.0}, [])


def test_edits_survive_a_new_state_on_the_same_store_and_world_edits(st, store):
    mcs2023(st)
    assert st.edits.add_country("Atlantis", 3000.0)
    assert not st.edits.add_country("atlantis ", 1.0)           # listed already (any case)
    assert not st.edits.add_country("World total", 1.0)
    assert st.edits.set_value("World", 350000.0)
    other = MarketState(EditStore(store.path))
    other.load()
    mcs2023(other)
    assert other.table.row("Atlantis").value == 3000 and other.table.row("Atlantis").added
    assert other.table.world.value == 350000 and other.table.world.edited
    assert other.edits.set_value("World", 300000.0)        # the published value: edit removed
    assert "World" not in other.edits.edits


def test_each_table_has_its_own_undo_history(st):
    mcs2023(st)
    st.edits.set_value("China", 1.0)
    st.select(metric="reserves")
    assert not st.edits.stack.can_undo()
    st.select(metric="production")
    assert st.edits.stack.can_undo() and st.undo()


# --- scenarios --------------------------------------------------------------------------

def test_disruption_figures(st):
    mcs2023(st)
    st.set_scenario(kind="disruption", cut_pct=50)
    d = st.scenario_result.disruption
    assert st.scenario.dis_country == "China"               # the largest producer
    assert d.lost == 105000                                 # 210,000 × 50 %
    assert round(d.lost_pct_of_world, 1) == 35.0            # 105,000 / 300,000
    assert round(d.shortfall_pct, 1) == 53.8                # 105,000 / 195,000
    s = st.scenario_result.published
    assert s["kind"] == "disruption" and s["params"] == {"cut_pct": 50.0}
    assert s["result"]["world"] == 300000 and s["source_ids"] == ["USGS_MCS2023_DR"]


def test_rampup_crossings(st):
    mcs2023(st)
    st.set_scenario(kind="rampup", country_growth_pct=0, others_growth_pct=10, threshold_pct=50)
    # share(t) = 210 / (210 + 90 × 1.1^t): below 50 % once 1.1^t > 2.333 (t = 9 → 2031),
    # below 65 % once 1.1^t > 1.2564 (t = 3 → 2025)
    s = st.scenario_result.published
    assert s["kind"] == "rampup" and s["result"]["crossings"] == {"50": 2031, "65": 2025}
    assert s["series"]["years"][:2] == [2022, 2023] and round(s["series"]["share_pct"][0], 1) == 70.0
    assert st.scenario_result.disruption is not None        # both tabs keep their figures


def test_scenarios_on_a_lower_bound_world_carry_their_bounds(st):
    # MCS2025 reserves 2024: China 44,000,000 t (exact) of a world printed ">90,000,000" t
    st.select(commodity="Rare earths", metric="reserves", year=2024, edition="MCS2025")
    st.set_scenario(kind="disruption", cut_pct=50)
    d = st.scenario_result.disruption
    assert st.scenario.dis_country == "China"
    assert d.lost == 22_000_000                             # 44 Mt × 50 %: exact
    assert round(d.lost_pct_of_world, 2) == 24.44           # 22 / 90: at most, the world is larger
    b = st.scenario_result.published["bounds"]
    assert (b["lost"], b["lost_pct_of_world"]) == ("exact", "upper")
    # after: 22 / (90 − 22) = 32.35 % of a remainder that is itself at least 68 Mt: at most
    assert round(d.country_share_after, 2) == 32.35 and b["country_share_after"] == "upper"
    st.set_scenario(kind="rampup")
    assert st.scenario_result.published["bounds"]["share_base_pct"] == "upper"
    mcs2023(st)                                             # an exact world: exact figures
    st.set_scenario(kind="disruption")
    assert set(st.scenario_result.published["bounds"].values()) == {"exact"}


def test_share_basis_is_state_and_a_parameter(st):
    heard_ = heard(st)
    st.set_basis("listed")
    assert st.basis == "listed" and heard_ == [["basis"]] and st.params()["basis"] == "listed"
    with pytest.raises(ValueError, match="basis"):
        st.set_basis("rows")
    st.apply({"basis": "world"})
    assert st.basis == "world"


def test_out_of_range_scenario_values_are_refused_not_clamped(st):
    with pytest.raises(ValueError, match="cut_pct must be a number from 0 to 100"):
        st.set_scenario(cut_pct=150)
    with pytest.raises(ValueError, match="threshold_pct"):
        st.set_scenario(threshold_pct=0)
    assert st.scenario.cut_pct == 50.0


def test_highlighting_a_country_moves_both_scenarios_to_it(st):
    mcs2023(st)
    st.set_country("Australia")
    assert st.country == "Australia"
    assert (st.scenario.dis_country, st.scenario.ramp_country) == ("Australia", "Australia")
    st.set_country("Atlantis")                             # not in the table: highlight only
    assert st.scenario.dis_country == "Australia"


# --- parameters, shared state, files ------------------------------------------------------

def test_params_round_trip_into_a_fresh_state(st, store):
    mcs2023(st)
    st.set_country("Australia")
    st.set_scenario(kind="rampup", others_growth_pct=5.5)
    p = st.params()
    assert set(p) == {"commodity", "metric", "statistic", "edition", "year", "country", "basis",
                      "scenario"}
    assert p["scenario"]["rampup"] == {"country": "Australia", "country_growth_pct": 0.0,
                                       "others_growth_pct": 5.5, "threshold_pct": 50.0}
    other = MarketState(EditStore(store.path))
    other.load()
    other.apply(p)
    assert other.params() == p
    assert other.scenario_result.published == st.scenario_result.published


def test_follow_another_pages_selection(st):
    assert st.follow(commodity="tungsten")
    assert st.commodity == "Tungsten"
    assert st.shared_values() == {"commodity": "Tungsten", "metric": "production",
                                  "year": st.year, "edition": None}
    assert not st.follow(commodity="unobtainium") and st.commodity == "Tungsten"


def test_document_and_open_document(st):
    mcs2023(st)
    st.edits.set_value("China", 100000.0)
    st.set_scenario(cut_pct=40)
    doc = st.document()
    assert doc["edits"] == {"China": 100000.0} and doc["year"] == 2022
    st.edits.reset()
    st.set_scenario(cut_pct=10)
    st.select(commodity="Gallium")
    st.open_document(doc)
    assert (st.commodity, st.table.edition) == ("Rare earths", "MCS2023")
    assert st.table.row("China").value == 100000 and st.scenario.cut_pct == 40
    assert st.undo() and not st.table.edited                  # opening is undoable
    bad = {**doc, "year": 1850}
    with pytest.raises(market.MarketLookupError):
        st.open_document(bad)
    assert st.table.data_year == 2022                           # nothing changed
