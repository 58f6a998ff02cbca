"""Bundled data: schema, provenance, and precise errors for broken files."""

from __future__ import annotations

import shutil

import pytest

from reetool import resources
from reetool.data import Bundle, DataError, bundle


def test_every_dataset_validates():
    counts = bundle().validate_all()
    assert counts["catalogue_items"] >= 14
    assert counts["market_world"] > 100
    assert counts["elements"] == 17


def test_every_row_names_a_resolvable_source():
    b = bundle()
    known = b.source_ids()
    for name in b.names:
        spec = b.spec(name)
        if name == "sources" or "source_ids" not in spec.column_names:
            continue
        for rec in b.records(name):
            assert rec["source_ids"], f"{name} line {rec['__line__']} has no source"
            assert set(rec["source_ids"]) <= known


def test_every_source_is_described():
    for src in bundle().records("sources"):
        for field in ("title", "publisher", "locator", "licence_note"):
            assert src[field].strip(), (src["source_id"], field)


def test_flags_are_kept_as_flags_not_numbers():
    rows = bundle().records("market_world")
    na = [r for r in rows if r["flag"] == "NA"]
    assert na, "the bundle has NA reserves (e.g. Burma) that must stay flagged"
    assert all(r["value"] is None for r in na)
    burma = [r for r in rows if r["country"] == "Burma" and r["statistic"] == "Reserves"
             and r["edition"] == "MCS2023"]
    assert burma and burma[0]["value"] is None and burma[0]["flag"] == "NA"
    lower_bounds = [r for r in rows if r["comparator"] == ">"]
    assert lower_bounds and all(r["value"] is not None for r in lower_bounds)


def test_frame_keeps_missing_as_missing():
    df = bundle().frame("market_world")
    assert str(df["value"].dtype) == "Float64"
    assert df["value"].isna().sum() == sum(1 for r in bundle().records("market_world") if r["value"] is None)


@pytest.fixture
def data_copy(tmp_path):
    dst = tmp_path / "data"
    shutil.copytree(resources.path("data"), dst)
    return dst


def _rewrite(path, line_no, old, new):
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[line_no - 1]
    lines[line_no - 1] = lines[line_no - 1].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")


def test_corrupt_number_names_file_line_and_field(data_copy):
    _rewrite(data_copy / "elements.csv", 3, ",39,", ",thirty-nine,")
    with pytest.raises(DataError) as err:
        Bundle(data_copy).records("elements")
    e = err.value
    assert e.file.endswith("elements.csv") and e.row == 3 and e.column == "atomic_number"
    assert "elements.csv, line 3, field 'atomic_number'" in str(e)


def test_missing_file_is_named(data_copy):
    (data_copy / "catalogue_points.csv").unlink()
    with pytest.raises(DataError) as err:
        Bundle(data_copy).validate_all()
    assert err.value.file.endswith("catalogue_points.csv") and err.value.code == "missing"


def test_missing_column_is_named(data_copy):
    path = data_copy / "sources.csv"
    text = path.read_text(encoding="utf-8").replace("licence_note", "licence", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        Bundle(data_copy).records("sources")
    assert err.value.row == 1 and err.value.column == "licence_note"


def test_unknown_source_id_is_caught(data_copy):
    path = data_copy / "elements.csv"
    text = path.read_text(encoding="utf-8").replace("PKG_MENDELEEV;REF_ELEMENTS", "PKG_NOWHERE", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        Bundle(data_copy).records("elements")
    assert err.value.code == "unknown_source" and err.value.row == 2 and err.value.column == "source_ids"


def test_code_suffix_must_agree_with_status(data_copy):
    path = data_copy / "catalogue_items.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(i for i, l in enumerate(lines) if l.startswith("2023,083201J,083201J,prohibited"))
    lines[n] = lines[n].replace(",prohibited,", ",restricted,", 1)
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError) as err:
        Bundle(data_copy).records("catalogue_items")
    assert err.value.code == "code_status" and err.value.row == n + 1 and err.value.column == "status"


def test_ragged_row_is_reported(data_copy):
    path = data_copy / "catalogue_versions.csv"
    path.write_text(path.read_text(encoding="utf-8") + "2030,catalogue\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        Bundle(data_copy).records("catalogue_versions")
    assert err.value.code == "field_count" and err.value.row == 6


def test_every_dataset_has_a_title_in_both_languages():
    for name in bundle().names:
        spec = bundle().spec(name)
        assert spec.title.strip() and spec.title_zh.strip(), name
        assert any("\u4e00" <= ch <= "\u9fff" for ch in spec.title_zh), name
