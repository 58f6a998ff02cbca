"""Damaged user files are moved aside and named; stale temp files are cleaned (issue 14)."""

from __future__ import annotations

import json
import os
import time

import pytest

from reetool.data import DataError, user_files
from reetool.data.market_user import EditStore, load_scenario, save_scenario, scenarios_dir
from reetool.data.textio import atomic_write_text


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_set_aside_keeps_the_bytes_under_a_time_stamped_name(isolated_user_folders):
    path = write(isolated_user_folders["data"] / "decks" / "talk.json", "{broken")
    seen = []
    unsubscribe = user_files.subscribe(seen.append)
    try:
        entry = user_files.set_aside(path, "is not valid JSON")
    finally:
        unsubscribe()
    assert not path.exists() and entry.moved_to.read_text(encoding="utf-8") == "{broken"
    assert user_files.DAMAGED.search(entry.moved_to.name)
    assert entry.moved_to.name.startswith("talk.damaged-") and entry.moved_to.suffix == ".json"
    assert user_files.original_of(entry.moved_to) == path
    assert seen == [entry] and user_files.recent() == [entry]
    assert "talk.json" in entry.describe() and entry.moved_to.name in entry.describe()
    # the store's listing skips it; the folder scan finds it
    assert user_files.store_files(path.parent) == []
    assert user_files.set_aside_files() == [entry.moved_to]


def test_two_damaged_versions_in_one_second_both_kept(isolated_user_folders):
    folder = isolated_user_folders["data"]
    first = user_files.set_aside(write(folder / "a.json", "1"), "bad").moved_to
    second = user_files.set_aside(write(folder / "a.json", "2"), "bad").moved_to
    assert first != second and {first.read_text(), second.read_text()} == {"1", "2"}


def test_files_outside_the_user_folder_are_never_moved(tmp_path):
    path = write(tmp_path / "elsewhere" / "scenario.json", "{broken")
    with pytest.raises(DataError) as err:
        load_scenario(path)
    assert path.read_text(encoding="utf-8") == "{broken" and "moved aside" not in str(err.value)
    assert user_files.recent() == []


@pytest.mark.parametrize("text, why", [
    ("[" * 100_000 + "]" * 100_000, "nested more than"),
    ('{"tables": {"k": {"edits": {"China": NaN}}}}', "not a finite number"),
    ('{"tables": {"k": {"edits": {"China": 1e400}}}}', "not a finite number"),
    ('{"tables": {"k": {"edits": {"China": -5}}}}', "out of range"),
    ('{"tables": {"k": {"edits": {"China": "lots"}}}}', "not a number"),
    ('{"tables": []}', "not a reetool edits file"),
])
def test_damaged_edits_are_set_aside_and_the_store_starts_empty(text, why):
    store = EditStore()
    write(store.path, text)
    again = EditStore()
    assert why in again.load_error and "moved aside" in again.load_error
    assert again.tables == {} and not again.path.exists()
    (kept,) = again.path.parent.glob("edits.damaged-*.json")
    assert kept.read_text(encoding="utf-8") == text
    again.put("k", {"China": 1.0}, [])           # the next save starts a fresh file
    assert EditStore().get("k") == ({"China": 1.0}, [])
    assert kept.read_text(encoding="utf-8") == text


def test_symlink_store_to_dev_zero_is_set_aside_without_reading(isolated_user_folders):
    store = EditStore()
    store.path.parent.mkdir(parents=True)
    store.path.symlink_to("/dev/zero")
    again = EditStore()
    assert "not a regular file" in again.load_error
    (kept,) = again.path.parent.glob("edits.damaged-*.json")
    assert kept.is_symlink() and os.readlink(kept) == "/dev/zero"


def test_scenario_out_of_range_is_refused_not_clamped():
    path = save_scenario("s", {"commodity": "Rare earths", "statistic": "Mine production",
                               "year": 2022, "edits": {},
                               "scenario": {"disruption": {"cut_pct": 150}}})
    with pytest.raises(DataError) as err:
        load_scenario(path)
    assert err.value.column == "scenario.disruption.cut_pct" and "0 to 100" in str(err.value)
    assert [p.name for p in scenarios_dir().iterdir()][0].startswith("s.damaged-")


def test_scenario_of_a_newer_format_is_left_where_it_is():
    path = save_scenario("future", {"commodity": "x", "statistic": "y", "year": 2022})
    data = json.loads(path.read_text(encoding="utf-8"))
    data["format"] = 2
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_scenario(path)
    assert "format 2" in str(err.value) and path.exists() and user_files.recent() == []


def test_stale_temp_files_are_cleaned_only_when_ours_and_old(isolated_user_folders):
    folder = isolated_user_folders["data"] / "market"
    old = write(folder / ".edits.json.ab12cd_9.tmp", "half")       # our pattern, old
    fresh = write(folder / ".edits.json.zz12cd_9.tmp", "in progress")  # our pattern, new
    other = write(folder / "notes.tmp", "user's own file")        # not our pattern
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    link = folder / ".x.json.abcdefgh.tmp"
    link.symlink_to(other)
    os.utime(link, (hour_ago, hour_ago), follow_symlinks=False)
    removed = user_files.clean_stale_temps()
    assert removed == [old]
    assert fresh.exists() and other.exists() and link.is_symlink()


def test_atomic_write_temp_names_match_the_cleanup_pattern(isolated_user_folders, monkeypatch):
    seen = []
    real = os.replace

    def spy(src, dst):
        seen.append(os.path.basename(src))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    atomic_write_text(isolated_user_folders["data"] / "market" / "edits.json", "{}")
    assert seen and all(user_files.TEMP.match(n) for n in seen)


def test_check_stores_reports_each_store(isolated_user_folders):
    write(isolated_user_folders["data"] / "catalogue" / "imports.json", '{"imports": 5}')
    EditStore().put("Rare earths|Mine production|MCS2023|2022", {"China": 1.0}, [])
    out = {c["store"]: c for c in user_files.check_stores()}
    assert "moved aside" in out["check_catalogue"]["error"]
    assert out["check_market_edits"]["summary"].startswith("market edits: 1 edited tables")
    assert out["check_market_imports"]["summary"] == "market imports: 0 (0 rows)"
    assert [e.original.name for e in user_files.recent()] == ["imports.json"]
