import os

import pytest

from reetool.data.textio import atomic_write_text, read_csv_records


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "sub" / "scenario.json"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["scenario.json"]


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "settings.json"
    atomic_write_text(target, "precious")

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "half-written")
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_csv_with_bom_and_blank_lines(tmp_path):
    f = tmp_path / "x.csv"
    f.write_bytes("\ufeffa,b\n1,2\n\n3,4\n".encode("utf-8"))
    header, rows = read_csv_records(f)
    assert header == ["a", "b"]
    assert [(r["a"], r["__line__"]) for r in rows] == [("1", 2), ("3", 4)]


# --- issue 14: the one reader refuses what it must not read ---------------------------------
import json
import math
import stat
import threading

from reetool.data import DataError
from reetool.data import textio
from reetool.data.textio import (
    atomic_write_bytes, csv_rows, finite_number, load_json, read_bytes, read_json, strip_boms,
)


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    result = {}

    def read():
        try:
            read_bytes(fifo)
        except DataError as exc:
            result["error"] = exc

    t = threading.Thread(target=read, daemon=True)
    t.start()
    t.join(5)   # a blocking open() of a FIFO never returns: the thread would still be alive
    assert not t.is_alive()
    assert result["error"].code == "not_regular" and "pipe (FIFO)" in str(result["error"])


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_symlink_to_a_device_is_refused_without_reading(tmp_path, device):
    link = tmp_path / "data.csv"
    link.symlink_to(device)
    with pytest.raises(DataError) as err:
        read_bytes(link)
    assert err.value.code == "not_regular" and device in str(err.value) and "data.csv" in str(err.value)


def test_folder_is_refused(tmp_path):
    with pytest.raises(DataError) as err:
        read_bytes(tmp_path)
    assert "a folder" in str(err.value)


def test_size_limit_is_checked_before_reading(tmp_path):
    f = tmp_path / "big.csv"
    f.write_bytes(b"x" * 1001)
    with pytest.raises(DataError) as err:
        read_bytes(f, limit=1000)
    assert err.value.code == "too_large"
    assert read_bytes(f, limit=1001) == b"x" * 1001
    assert textio.MAX_INPUT_BYTES == 64 * 1024 * 1024   # the limit the README states


def test_several_boms_are_stripped(tmp_path):
    assert strip_boms("\ufeff\ufeff\ufeffa,b") == "a,b"
    f = tmp_path / "x.csv"
    f.write_bytes(b"\xef\xbb\xbf" * 3 + b"a,b\n1,2\n")
    header, rows = read_csv_records(f)
    assert header == ["a", "b"] and rows[0]["a"] == "1"


def test_deep_json_is_a_clean_error_not_recursion():
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(DataError) as err:
        load_json(deep, "deep.json")
    assert err.value.code == "too_deep" and "deep.json" in str(err.value)
    # 64 levels (our limit) are refused even where Python's own parser would manage
    with pytest.raises(DataError):
        load_json("[" * 65 + "]" * 65, "x.json")
    assert load_json("[" * 10 + "]" * 10, "x.json") == [[[[[[[[[[]]]]]]]]]]


@pytest.mark.parametrize("text, field", [
    ('{"rows": [{"value": NaN}]}', "rows[0].value"),
    ('{"a": Infinity}', "a"),
    ('{"a": [1, -Infinity]}', "a[1]"),
    ('{"v": 1' + "0" * 400 + '.5}', "v"),          # a 400-digit number parses to inf
    ('{"v": 1e400}', "v"),
])
def test_non_finite_json_numbers_are_refused_naming_the_field(text, field):
    with pytest.raises(DataError) as err:
        load_json(text, "store.json")
    assert err.value.code == "not_finite" and err.value.column == field


def test_json_integer_over_pythons_digit_limit_is_a_clean_error():
    with pytest.raises(DataError) as err:
        load_json('{"v": ' + "9" * 5000 + "}", "x.json")
    assert "x.json" in str(err.value)


def test_read_json_strips_boms(tmp_path):
    f = tmp_path / "x.json"
    f.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + json.dumps({"a": 1}).encode())
    assert read_json(f) == {"a": 1}


def test_finite_number_checks_range():
    assert finite_number("12.5", "f", 3, "Value", low=0) == 12.5
    for bad in ("nan", "inf", "-inf", "1" + "0" * 400):
        with pytest.raises(DataError) as err:
            finite_number(bad, "f", 3, "Value")
        assert (err.value.row, err.value.column) == (3, "Value")
    with pytest.raises(DataError):
        finite_number("-1", "f", 3, "Value", low=0)     # no negative tonnes
    with pytest.raises(DataError):
        finite_number("2e15", "f", 3, "Value")           # over MAX_NUMBER (1e15)
    assert math.isclose(finite_number(1e15, "f"), 1e15)


def test_huge_csv_cell_names_file_and_line():
    import csv as _csv
    import io as _io

    text = "a,b\n1,2\n3," + "x" * 140_000 + "\n"
    reader = _csv.reader(_io.StringIO(text, newline=""))
    with pytest.raises(DataError) as err:
        list(csv_rows(reader, "big.csv"))
    assert (err.value.file, err.value.row, err.value.code) == ("big.csv", 3, "csv_field_size")
    dict_reader = _csv.DictReader(_io.StringIO(text, newline=""))
    with pytest.raises(DataError) as err:
        list(csv_rows(dict_reader, "big.csv"))
    assert err.value.row == 3


def test_exports_respect_the_umask_and_user_data_stays_private(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "chart.png", b"png", export=True)
        atomic_write_bytes(tmp_path / "edits.json", b"{}")
        os.umask(0o077)
        atomic_write_bytes(tmp_path / "private.csv", b"x", export=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "chart.png").stat().st_mode) == 0o644   # 0666 & ~0022
    assert stat.S_IMODE((tmp_path / "edits.json").stat().st_mode) == 0o600  # user data: private
    assert stat.S_IMODE((tmp_path / "private.csv").stat().st_mode) == 0o600  # 0666 & ~0077
