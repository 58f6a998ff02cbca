"""The user's own events: kept apart, atomic, validated imports that name file, row, field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reetool.data import DataError
from reetool.data.timeline import load_timeline
from reetool.data.timeline_store import UserEventStore, event_from_fields, parse_events_file

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "reference"


def test_add_edit_remove_are_saved_in_the_user_folder(isolated_user_folders):
    store = UserEventStore()
    e = store.add(event_from_fields({"date": "2026-02-01", "country": "China",
                                     "kind": "export_control", "title_en": "Mine"}))
    assert e.event_id == "U-0001" and e.origin == "user"
    assert store.path == isolated_user_folders["data"] / "reference" / "events.json"
    again = UserEventStore()
    assert [x.title_en for x in again.events] == ["Mine"]
    again.update("U-0001", event_from_fields({"date": "2026-02-01", "country": "China",
                                              "kind": "quota", "title_en": "Mine, edited"}))
    assert UserEventStore().get("U-0001").kind == "quota"
    tl = load_timeline()
    assert tl.get("U-0001").is_user and not tl.get("EV-2025-61").is_user
    assert UserEventStore().remove("U-0001") and UserEventStore().events == []


def test_good_csv_imports_and_round_trips_through_json(tmp_path):
    events = parse_events_file(FIX / "events_good.csv")
    assert [e.announced for e in events] == ["2026-03-02", "2026-04"]
    assert events[0].elements == ("Nd", "Dy") and events[0].sources == ("user: press release seen 2026-03-02",)
    store = UserEventStore(tmp_path / "s.json")
    store.import_events(events)
    out = store.export(tmp_path / "out.json")
    again = parse_events_file(out)
    assert [(e.title_en, e.elements) for e in again] == [(e.title_en, e.elements) for e in events]


def test_bad_csv_row_names_file_line_and_field_and_saves_nothing(tmp_path):
    store = UserEventStore(tmp_path / "s.json")
    with pytest.raises(DataError) as err:
        store.import_file(FIX / "events_bad.csv")
    e = err.value
    assert e.file.endswith("events_bad.csv") and e.row == 3 and e.column == "date"
    assert "events_bad.csv, line 3, field 'date'" in str(e)
    assert store.events == [] and not (tmp_path / "s.json").exists()


@pytest.mark.parametrize("fields, column", [
    ({"country": "China", "kind": "quota", "title_en": "x"}, "date"),
    ({"date": "2026", "country": "China", "kind": "ban", "title_en": "x"}, "kind"),
    ({"date": "2026", "country": "China", "kind": "quota", "title_en": "x", "elements": "Xx"}, "elements"),
    ({"date": "2026", "country": "China", "kind": "quota", "title_en": "x",
      "suspended_until": "2026-05"}, "suspended_from"),
])
def test_each_bad_field_is_named(fields, column):
    with pytest.raises(DataError) as err:
        event_from_fields(fields, file="f.csv", row=2)
    assert err.value.column == column and err.value.row == 2


def test_bad_json_record_is_named(tmp_path):
    path = tmp_path / "e.json"
    path.write_text(json.dumps([{"date": "2026", "country": "C", "kind": "quota", "title_en": "a"},
                                {"date": "2026", "country": "C", "kind": "quota"}]), encoding="utf-8")
    with pytest.raises(DataError) as err:
        parse_events_file(path)
    assert err.value.row == 2 and err.value.column == "title_en" and "record 2" in str(err.value)


def test_a_damaged_store_is_kept_aside(isolated_user_folders):
    # the store in the user data folder is moved aside by user_files, named, never overwritten
    folder = isolated_user_folders["data"] / "reference"
    folder.mkdir(parents=True)
    (folder / "events.json").write_text("{not json", encoding="utf-8")
    store = UserEventStore()
    assert store.events == [] and "events.damaged-" in store.load_error
    aside = list(folder.glob("events.damaged-*.json"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"
    assert not (folder / "events.json").exists()


def test_a_damaged_store_is_named_by_the_store_checks(isolated_user_folders):
    from reetool.data import user_files

    folder = isolated_user_folders["data"] / "reference"
    folder.mkdir(parents=True)
    (folder / "events.json").write_text('{"format": 1, "events": [[[1]]]}', encoding="utf-8")
    checks = {c["store"]: c for c in user_files.check_stores()}
    assert "events.json" in checks["check_timeline_events"]["error"]


def test_a_deeply_nested_store_is_refused_without_recursion(isolated_user_folders):
    folder = isolated_user_folders["data"] / "reference"
    folder.mkdir(parents=True)
    (folder / "events.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    store = UserEventStore()
    assert store.events == [] and store.load_error
