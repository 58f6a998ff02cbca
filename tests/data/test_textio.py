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
