"""Property-based tests of every reader (issue 14): arbitrary bytes or text into both importers
and every stored-file reader → parsed, or a clean DataError naming the file. Never another
exception, never an accepted non-finite or negative figure."""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reetool.data import DataError, bundle, user_files  # noqa: E402
from reetool.data.textio import MAX_NUMBER  # noqa: E402
from tests.conftest import FIXTURES  # noqa: E402

FIX_CAT = FIXTURES / "catalogue"
FIX_MARKET = FIXTURES / "market"
SHARED = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# JSON-like values, including what Python's json accepts but a store must refuse
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12),
                    st.floats(allow_nan=True, allow_infinity=True))
JSONISH = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=5)),
    max_leaves=25)


def mutate(data: bytes, cuts: list[tuple[int, bytes]]) -> bytes:
    """``data`` with pieces replaced at positions (drawn by hypothesis)."""
    out = bytearray(data)
    for pos, piece in cuts:
        pos %= max(len(out), 1)
        out[pos:pos + len(piece)] = piece
    return bytes(out)


CUTS = st.lists(st.tuples(st.integers(min_value=0, max_value=10_000),
                          st.one_of(st.binary(max_size=8),
                                    st.sampled_from([b"\xef\xbb\xbf", b",", b"\"", b"\n", b"NaN",
                                                     b"inf", b"1e400", b"-5", b"=cmd", b"9" * 400,
                                                     b"[[[[", b"\x00"]))),
                max_size=4)


def known_versions():
    return bundle().records("catalogue_versions")


def check_items(result):
    for it in result.items:
        assert isinstance(it.code, str) and isinstance(it.name_zh, str)
        assert it.status in ("prohibited", "restricted")


# --- the catalogue importer ----------------------------------------------------------------
@given(st.binary(max_size=2000), st.sampled_from(["x.txt", "x.csv", "x.json"]))
def test_catalogue_import_arbitrary_bytes(data, name):
    from reetool.data.catalogue_import import parse_bytes

    try:
        check_items(parse_bytes(data, name, "2023", known_versions()))
    except DataError as exc:
        assert exc.file == name


@SHARED
@given(st.sampled_from(["inline.txt", "items.csv", "items.json", "labels.txt", "table.txt"]), CUTS)
def test_catalogue_import_mutated_fixtures(name, cuts):
    from reetool.data.catalogue_import import parse_bytes

    data = mutate((FIX_CAT / name).read_bytes(), cuts)
    try:
        check_items(parse_bytes(data, name, None, known_versions()))
    except DataError as exc:
        assert exc.file == name


@given(JSONISH)
def test_catalogue_import_arbitrary_json(value):
    from reetool.data.catalogue_import import parse_bytes

    text = json.dumps({"items": value} if isinstance(value, list) else value, allow_nan=True)
    try:
        check_items(parse_bytes(text.encode(), "x.json", "2023", known_versions()))
    except DataError as exc:
        assert exc.file == "x.json"


# --- the market importer -------------------------------------------------------------------
def check_market(result):
    for r in result.rows:
        v = r["value"]
        assert v is None or (math.isfinite(v) and 0 <= v <= MAX_NUMBER)   # accepted-bad: none
        assert isinstance(r["country"], str) and isinstance(r["data_year"], int)


def parse_market_bytes(data: bytes, name: str):
    from reetool.data.market_import import parse_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            check_market(parse_file(path))
        except DataError as exc:
            assert Path(exc.file).name == name


@given(st.binary(max_size=2000))
def test_market_import_arbitrary_bytes(data):
    parse_market_bytes(data, "mcs2023-raree_world.csv")


@SHARED
@given(st.sampled_from(["mcs2023-raree_world.csv", "mcs2022-raree_world.csv",
                        "mcs2023-raree_salient.csv", "MCS2026_Commodities_Data_excerpt.csv"]), CUTS)
def test_market_import_mutated_fixtures(name, cuts):
    parse_market_bytes(mutate((FIX_MARKET / name).read_bytes(), cuts), name)


# --- stored user files ------------------------------------------------------------------------
def mostly(proper):
    """``proper`` nine times in ten, anything JSON-like otherwise (so rows get accepted too)."""
    return st.integers(min_value=0, max_value=9).flatmap(lambda k: SCALARS if k == 9 else proper)


MARKET_ROW = st.fixed_dictionaries({
    "commodity": mostly(st.sampled_from(["Rare earths", "Gallium", "Zz"])),
    "statistic": mostly(st.sampled_from(["Mine production", "Reserves"])),
    "edition": mostly(st.sampled_from(["MCS2023", "MCS2099", "MCS"])),
    "country": mostly(st.sampled_from(["China", "World", "=cmd"])),
    "country_std": mostly(st.sampled_from(["China", "World", "Other countries"])),
    "unit": mostly(st.sampled_from(["metric tons", "kilograms"])),
    "value": mostly(st.one_of(st.none(), st.floats(min_value=0, max_value=1e15))),
    "data_year": mostly(st.integers(min_value=1790, max_value=2210)),
}, optional={"kind": mostly(st.sampled_from(["salient", "world"])),
             "item_key": mostly(st.text(max_size=6)),
             "source_ids": mostly(st.lists(st.text(max_size=4), max_size=2)),
             "flag": mostly(st.sampled_from(["", "NA", "W"])), "comparator": mostly(st.just(""))})


def stored_bytes():
    return st.one_of(st.binary(max_size=500),
                     JSONISH.map(lambda v: json.dumps(v, allow_nan=True).encode()),
                     st.builds(lambda rows: json.dumps({"rows": rows}, allow_nan=True).encode(),
                               st.lists(MARKET_ROW, max_size=4)),
                     st.builds(lambda t: json.dumps({"tables": t}, allow_nan=True).encode(),
                               st.dictionaries(st.text(max_size=5), JSONISH, max_size=3)))


def write_store(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


@SHARED
@given(stored_bytes())
def test_catalogue_store_reader(isolated_user_folders, data):
    from reetool.data.catalogue_store import ImportStore

    store = ImportStore()
    write_store(store.path, data)
    try:
        items = store.items()
        assert all(isinstance(i.name_zh, str) and isinstance(i.points, tuple) for i in items)
        store.imports()
    except DataError as exc:
        assert "imports.json" in str(exc) and not store.path.exists()   # set aside
    for p in store.path.parent.iterdir():
        p.unlink()


@SHARED
@given(stored_bytes())
def test_market_import_store_reader(isolated_user_folders, data):
    from reetool.data import market
    from reetool.data.market_store import imports_dir, imported_records, list_imports

    path = imports_dir() / "fuzz.json"
    write_store(path, data)
    market.invalidate()
    recs = imported_records()
    for r in recs:
        assert r["value"] is None or (math.isfinite(r["value"]) and 0 <= r["value"] <= MAX_NUMBER)
    market.commodities()                    # the merged records are usable
    for c in {r["commodity"] for r in recs if r.get("kind") != "salient"}:
        market.statistics(c)
        for stat, ed, year in market.choices(c):
            market.country_table(c, stat, year, ed)
    entries = list_imports()
    assert len(entries) == 1 and (entries[0].get("error") is None) == path.exists()
    for p in imports_dir().iterdir():
        p.unlink()
    market.invalidate()


@SHARED
@given(stored_bytes())
def test_edit_store_reader(isolated_user_folders, data):
    from reetool.data.market_user import EditStore

    store = EditStore()
    write_store(store.path, data)
    again = EditStore()
    if again.load_error is None:
        for key in again.tables:
            edits, added = again.get(key)
            assert all(v is None or (math.isfinite(v) and v >= 0) for v in edits.values())
            assert all(isinstance(a, str) for a in added)
    else:
        assert "edits.json" in again.load_error and not again.path.exists()
        for p in again.path.parent.glob("edits.damaged-*"):
            p.unlink()


@SHARED
@given(stored_bytes(), JSONISH)
def test_scenario_reader(isolated_user_folders, data, params):
    from reetool.data.market_user import load_scenario, scenarios_dir

    base = {"format": 1, "commodity": "Rare earths", "statistic": "Mine production", "year": 2022,
            "scenario": params}
    for n, blob in enumerate((data, json.dumps(base, allow_nan=True).encode())):
        path = scenarios_dir() / f"s{n}.json"
        write_store(path, blob)
        try:
            doc = load_scenario(path)
            assert isinstance(doc["commodity"], str) and isinstance(doc["year"], int)
        except DataError as exc:
            assert f"s{n}.json" in str(exc)
    for p in scenarios_dir().iterdir():
        p.unlink()
    user_files.reset()
