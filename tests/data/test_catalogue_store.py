"""User imports: kept in the user data folder, atomic, overriding bundled items, removable."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from reetool.data import DataError, bundle
from reetool.data.catalogue import load_catalogue
from reetool.data.catalogue_import import parse_file
from reetool.data.catalogue_store import ImportStore

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "catalogue"


def imported_items():
    return parse_file(FIX / "inline.txt", None, bundle().records("catalogue_versions")).items


def test_store_lives_in_the_user_data_folder(isolated_user_folders):
    store = ImportStore()
    assert store.path == isolated_user_folders["data"] / "catalogue" / "imports.json"


def test_import_overrides_bundled_item_and_can_be_removed(isolated_user_folders):
    store = ImportStore()
    imp_id = store.add(imported_items(), "inline.txt", when=dt.datetime(2026, 11, 29, 8, 0))
    cat = load_catalogue()
    items = cat.items("2023")
    assert len(items) == 18   # 16 bundled, 083201J replaced, 990401X and 990402J added
    (rare,) = [i for i in items if i.code == "083201J"]
    assert rare.origin == "import" and rare.name_zh == "测试条目（稀土）"
    assert rare.sources == ("import: inline.txt, 2026-11-29",)
    # the bundled third-party English is kept where the Chinese point is the same
    assert rare.points[0].en == "technologies for rare earth extraction and separation"
    assert rare.points[0].en_origin == "third-party"
    assert cat.coverage("2023")["imported"] == 3
    # 2025 carries the imported items over too
    assert "990401X" in [i.code for i in cat.items("2025")]

    assert store.remove(import_id=imp_id) == 3
    again = load_catalogue().items("2023")
    assert len(again) == 16
    assert next(i for i in again if i.code == "083201J").origin == "bundle"


def test_remove_single_items():
    store = ImportStore()
    store.add(imported_items(), "inline.txt")
    assert store.remove(keys=[("2023", "990402J")]) == 1
    assert sorted(i.code for i in store.items()) == ["083201J", "990401X"]


def test_store_file_is_valid_json_and_no_temp_files_are_left():
    store = ImportStore()
    store.add(imported_items(), "/some/where/inline.txt")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["imports"][0]["file"] == "inline.txt"
    assert [p.name for p in store.path.parent.iterdir()] == ["imports.json"]


def test_damaged_store_is_moved_aside_named_and_never_overwritten():
    # issue 14: a damaged store is moved aside with a time stamp (never overwritten, never
    # deleted), the error names both files, and the store starts empty so the app goes on
    from reetool.data import user_files

    store = ImportStore()
    store.path.parent.mkdir(parents=True)
    store.path.write_text('{"imports": [', encoding="utf-8")
    with pytest.raises(DataError) as err:
        store.items()
    (kept,) = store.path.parent.glob("imports.damaged-*.json")
    assert "imports.json" in str(err.value) and f"moved aside to {kept.name}" in str(err.value)
    assert kept.read_text(encoding="utf-8") == '{"imports": ['
    assert user_files.recent()[-1].moved_to == kept
    assert store.items() == []
    store.add(imported_items(), "inline.txt")
    assert len(store.items()) == 3
    assert kept.read_text(encoding="utf-8") == '{"imports": ['
