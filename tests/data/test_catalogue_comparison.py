"""Comparison rows shared by the CLI, the Compare dialog and slides; CSV export."""

from __future__ import annotations

from pathlib import Path

from reetool.data import bundle
from reetool.data.catalogue import Catalogue, load_catalogue
from reetool.data.catalogue_comparison import COLUMNS, comparison_rows, csv_bytes, write_csv
from reetool.data.catalogue_import import parse_file

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "catalogue"


def test_rows_2020_to_2023_in_group_order_with_provenance():
    summary, rows = comparison_rows(load_catalogue(include_imports=False), "2023", "2020")
    assert (summary["from_version"], summary["to_version"], summary["steps"]) == ("2020", "2023", ["2023"])
    assert summary["official"] == {"added": 4, "deleted": 34, "amended": 37}
    # 4 added, 3 deleted, 4 amended attested (C2023-01…11); 050304J and five items added in 2020
    # (English names only) attested in 2020 only; 7 only in 2023
    assert summary["rows"] == {"added": 4, "deleted": 3, "amended": 4, "only_in_from": 6, "only_in_to": 7}
    assert [r["group"] for r in rows] == ["added"] * 4 + ["deleted"] * 3 + ["amended"] * 4 + \
        ["only_in_from"] * 6 + ["only_in_to"] * 7
    first = rows[0]
    assert list(first) == list(COLUMNS)
    assert (first["name_zh"], first["basis"], first["revision"], first["sources"], first["confidence"]) == (
        "用于人的细胞克隆和基因编辑技术", "attested", "2023", ["CAT-S7", "CAT-S9", "CAT-S8"], "medium")
    assert first["name_en_origin"] == "reetool" and (first["version"], first["item_id"]) == ("2023", "U2023-01")
    assert rows[11]["code"] == "050304J" and rows[11]["basis"] == "attested"


def test_after_an_import_the_comparison_uses_the_imported_items():
    base = load_catalogue(include_imports=False)
    imported = parse_file(FIX / "official_blocks.txt", None, bundle().records("catalogue_versions")).items
    cat = Catalogue(base.version_records, base.bundled, bundle().records("catalogue_changes"), imported)
    _summary, rows = comparison_rows(cat, "2020", "2023")
    only_new = [(r["code"], r["basis"]) for r in rows if r["group"] == "only_in_to" and r["code"].startswith("99")]
    assert only_new == [("990101J", "import"), ("990102J", "import"), ("990201X", "import"), ("990202X", "import")]
    imported_083201J = next(r for r in rows if r["code"] == "083201J")
    assert imported_083201J["name_zh"] == "测试条目（稀土）" and imported_083201J["basis"] == "import"


def test_csv_has_a_bom_every_column_and_joined_sources(tmp_path):
    _summary, rows = comparison_rows(load_catalogue(include_imports=False), "2023", "2025")
    data = csv_bytes(rows)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == ",".join(COLUMNS) and len(lines) == 1 + len(rows)
    assert "CAT-S11;CAT-S10" in data.decode("utf-8-sig")     # the 2025 amendment of 有色金属冶金技术
    target = tmp_path / "cmp.csv"
    write_csv(target, rows)
    assert target.read_bytes() == data
