"""Edited tables and scenarios in the user data folder."""

from __future__ import annotations

import json

import pytest

from reetool.data import DataError
from reetool.data.market_user import (
    EditStore, list_scenarios, load_scenario, save_scenario, scenarios_dir, table_key)


def test_edits_survive_a_new_store():
    key = table_key("Rare earths", "Mine production", "MCS2023", 2022)
    EditStore().put(key, {"China": 150000.0}, ["Atlantis"])
    assert EditStore().get(key) == ({"China": 150000.0}, ["Atlantis"])
    EditStore().put(key, {}, [])
    assert EditStore().get(key) == ({}, [])


def test_damaged_edits_file_is_kept_aside_not_overwritten():
    store = EditStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{broken", encoding="utf-8")
    again = EditStore()
    assert "edits.json" in again.load_error
    (kept,) = again.path.parent.glob("edits.damaged-*.json")
    assert kept.read_text(encoding="utf-8") == "{broken"


def test_scenario_round_trip_with_chinese_name():
    path = save_scenario("中国 减产/50%", {"commodity": "Rare earths", "statistic": "Mine production",
                                       "year": 2022, "edits": {"China": 1.0}})
    assert path.parent == scenarios_dir() and "/" not in path.name[:-5]
    assert list_scenarios() == [path]
    data = load_scenario(path)
    assert data["name"] == "中国 减产/50%" and data["edits"] == {"China": 1.0}


@pytest.mark.parametrize("text, needle", [
    ("{not json", "line 1"), ("[1, 2]", "JSON object"), (json.dumps({"format": 9}), "format"),
    (json.dumps({"format": 1, "commodity": "x", "statistic": "y", "year": 1,
                 "edits": {"China": "lots"}}), "China"),
])
def test_corrupt_scenario_names_the_file(tmp_path, text, needle):
    path = tmp_path / "bad scenario.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_scenario(path)
    assert "bad scenario.json" in str(exc.value) and needle in str(exc.value)
