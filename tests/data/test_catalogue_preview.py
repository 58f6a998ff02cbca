"""The import preview (Qt-free): adds / completes / contradicts / replaces / same, counts
against the official ones, coverage before and after, items not read cleanly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reetool.data import bundle
from reetool.data.catalogue import Catalogue, load_catalogue
from reetool.data.catalogue_import import parse_bytes, parse_file
from reetool.data.catalogue_preview import preview_import

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "catalogue"


def versions():
    return bundle().records("catalogue_versions")


def cat():
    return load_catalogue(include_imports=False)


def kinds(preview):
    return [(e.item.code or e.item.name_zh, e.kind) for e in preview.entries]


def test_blocks_file_adds_four_and_completes_083201J():
    (p,) = preview_import(parse_file(FIX / "official_blocks.txt", None, versions()), cat())
    assert p.version == "2023"
    assert kinds(p) == [("083201J", "completes"), ("990101J", "adds"), ("990102J", "adds"),
                        ("990201X", "adds"), ("990202X", "adds")]
    # the bundle has no Chinese name or sector for 083201J; its four points are all in the file
    assert p.entries[0].reasons == [("name", "", "测试条目（稀土）"), ("sector", "", "测试业")]
    assert p.file_counts == {"prohibited": 3, "restricted": 2}
    assert p.official == {"prohibited": 24, "restricted": 110}
    assert p.shortfall() == {"prohibited": 21, "restricted": 108}      # 24 - 3, 110 - 2
    held = cat().coverage("2023")["held"]
    assert (p.coverage_before["held"], p.coverage_after["held"]) == (held, held + 4)   # + 5 - 083201J replaced
    assert p.coverage_after["imported"] == 5 and p.unclean == []


def test_contradictions_name_what_the_held_text_says():
    text = ("二、限制出口部分\n编号：203912X\n技术名称：无人机系统技术\n"
            "控制要点：1.测试要点一\n2.测试要点二\n")
    (p,) = preview_import(parse_bytes(text.encode(), "c.txt", "2023", versions()), cat())
    (entry,) = p.entries
    assert entry.kind == "contradicts" and entry.held.code == "203912X"
    assert entry.reasons == [("name", "无人机技术", "无人机系统技术"),
                             ("point", "无人机飞行控制系统（自主导航、路径及避障规划等相关的算法及软件）", "")]


def test_an_item_matched_by_name_with_nothing_new_is_the_same():
    text = "version,status,code,name_zh\n2023,restricted,,激光雷达系统\n"
    (p,) = preview_import(parse_bytes(text.encode(), "same.csv", None, versions()), cat())
    assert kinds(p) == [("激光雷达系统", "same")] and p.entries[0].held.item_id == "U2023-06"
    assert p.coverage_after["held"] == p.coverage_before["held"] == cat().coverage("2023")["held"]


def test_an_earlier_import_is_replaced():
    first = parse_file(FIX / "inline.txt", None, versions()).items
    base = cat()
    with_import = Catalogue(base.version_records, base.bundled, bundle().records("catalogue_changes"), first)
    (p,) = preview_import(parse_file(FIX / "inline.txt", None, versions()), with_import)
    assert [e.kind for e in p.entries] == ["replaces"] * 3
    assert p.coverage_before["held"] == p.coverage_after["held"] == base.coverage("2023")["held"] + 2   # 3 - 083201J


def test_items_not_read_cleanly_are_listed_with_why():
    result = parse_file(FIX / "inline.txt", None, versions())
    long_name = replace(result.items[1], name_zh="测" * 61)
    result.items[1] = long_name
    (p,) = preview_import(result, cat())
    assert [(it.code, reasons) for it, reasons in p.unclean] == [
        ("990401X", ["long_name"]), ("990402J", ["status_conflict"])]
    assert p.to_json()["unclean"] == [{"code": "990401X", "reasons": ["long_name"]},
                                      {"code": "990402J", "reasons": ["status_conflict"]}]
