"""Import parser: every layout in UTF-8, UTF-8 with BOM, GB18030 and UTF-16; expected values by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from reetool.data import DataError, bundle
from reetool.data.catalogue_import import parse_bytes, parse_file, split_points

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "catalogue"
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16")


def versions():
    return bundle().records("catalogue_versions")


def parse(name, encoding, version="2023"):
    data = (FIX / name).read_text(encoding="utf-8").encode(encoding)
    return parse_bytes(data, name, version, versions())


def summary(result):
    return [(i.code, i.status, i.sector_zh, i.name_zh, [(p.number, p.zh) for p in i.points])
            for i in result.items]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_labels_layout(encoding):
    result = parse("labels.txt", encoding)
    assert summary(result) == [
        ("083201J", "prohibited", "测试业", "测试条目（稀土）", [
            ("1", "稀土萃取分离工艺技术"), ("2", "稀土金属及合金材料的生产技术"),
            ("3", "钐钴、钕铁硼、铈磁体制备技术"), ("4", "稀土硼酸氧钙制备技术")]),
        ("990101J", "prohibited", "测试业", "测试用禁止技术甲", [
            ("1", "测试要点一，含（a）小项"), ("2", "测试要点二")]),
        ("990201X", "restricted", "测试制造业", "测试用限制技术乙", [
            ("1", "测试要点一"), ("2", "测试要点二：工艺参数（1）子项一（2）子项二"), ("3", "测试要点三")]),
    ]
    assert result.warnings == []
    assert [i.line for i in result.items] == [10, 21, 31]
    assert all(i.version == "2023" and i.origin == "import" for i in result.items)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_name_above_code_layout_with_run_together_points(encoding):
    result = parse("name_above.txt", encoding)
    assert summary(result) == [
        ("990301X", "restricted", "测试服务业", "测试用限制技术丙", [
            ("1", "测试要点一，纯度≥99.99%的产品"), ("2", "测试要点二"), ("3", "测试要点三")]),
        ("203912X", "restricted", "测试服务业", "无人机技术", [
            ("1", "测试要点一"), ("2", "测试要点二"), ("3", "测试要点三"), ("4", "测试要点四"),
            ("5", "无人机飞行控制系统（自主导航、路径及避障规划等相关的算法及软件）")]),
        ("990302X", "restricted", "测试服务业", "测试用限制技术丁（名称跨行）", [
            ("1", "测试要点，倍数为2.5倍"), ("2", "测试要点二"), ("3", "测试要点三")]),
    ]
    assert result.warnings == []


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_inline_layout_full_width_and_status_conflict(encoding):
    result = parse("inline.txt", encoding, version=None)
    assert result.version_detected == "2023" and result.version == "2023"
    assert summary(result) == [
        ("083201J", "prohibited", "", "测试条目（稀土）", [
            ("1", "稀土萃取分离工艺技术"), ("2", "稀土金属及合金材料的生产技术"),
            ("3", "钐钴、钕铁硼、铈磁体制备技术"), ("4", "稀土硼酸氧钙制备技术")]),
        ("990401X", "restricted", "", "测试用限制技术戊", [("1", "测试要点一"), ("2", "测试要点二")]),
        ("990402J", "prohibited", "", "测试用错放条目", [("1", "测试要点")]),
    ]
    assert [(w.line, w.code) for w in result.warnings] == [(8, "status_conflict")]
    assert "990402J" in result.warnings[0].describe() and "line 8" in result.warnings[0].describe()


def test_committed_gb18030_file_is_read(tmp_path):
    target = tmp_path / "gbk.txt"
    target.write_bytes((FIX / "labels.txt").read_text(encoding="utf-8").encode("gbk"))
    result = parse_file(target, "2020", versions())
    assert result.encoding == "gb18030"
    assert [i.code for i in result.items] == ["083201J", "990101J", "990201X"]
    assert {i.version for i in result.items} == {"2020"}


def test_encodings_are_reported():
    assert parse("labels.txt", "utf-8-sig").encoding == "utf-8 (BOM)"
    assert parse("labels.txt", "utf-16").encoding == "utf-16"
    assert parse("labels.txt", "utf-8").encoding == "utf-8"


def test_english_article_is_not_a_catalogue():
    with pytest.raises(DataError) as err:
        parse_file(FIX / "not_catalogue.txt", "2023", versions())
    assert err.value.code == "not_catalogue" and err.value.row == 1
    assert "not_catalogue.txt, line 1" in str(err.value)


def test_prose_naming_a_code_is_not_a_catalogue():
    with pytest.raises(DataError) as err:
        parse_file(FIX / "news_with_code.txt", "2023", versions())
    assert err.value.code == "no_labels" and err.value.row == 1


def test_undecodable_bytes_name_their_line():
    with pytest.raises(DataError) as err:
        parse_bytes(b"line one\nline two\n\xff\xff\n", "bad.txt", "2023", versions())
    assert err.value.code == "encoding" and err.value.row == 3


def test_version_must_be_known():
    with pytest.raises(DataError) as err:
        parse("labels.txt", "utf-8", version=None)
    assert err.value.code == "no_version"
    with pytest.raises(DataError) as err:
        parse("labels.txt", "utf-8", version="1999")
    assert err.value.code == "unknown_version"


def test_app_csv_schema():
    result = parse_file(FIX / "items.csv", None, versions())
    assert result.format == "csv"
    first, second = result.items
    assert (first.code, first.status, first.name_zh, first.name_en, first.line) == (
        "990501X", "restricted", "测试用CSV条目", "Test CSV item", 2)
    assert [(p.number, p.zh, p.en) for p in first.points] == [
        ("1", "测试要点一", "Test point one"), ("2", "测试要点二", "Test point two")]
    assert (second.code, second.status, second.points) == ("990502J", "prohibited", ())


def test_app_json_schema():
    result = parse_file(FIX / "items.json", None, versions())
    (item,) = result.items
    assert (item.version, item.code, item.sector_zh, item.name_en) == ("2023", "990601X", "测试业", "Test JSON item")
    assert [(p.zh, p.en) for p in item.points] == [("测试要点一", "Test point one"), ("测试要点二", "")]


def test_csv_with_a_code_contradicting_its_status_is_refused(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("version,status,code,name_zh\n2023,restricted,990701J,测试\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        parse_file(bad, None, versions())
    assert err.value.row == 2 and err.value.column == "status"


def test_json_that_is_not_a_list_of_items(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(DataError) as err:
        parse_file(bad, "2023", versions())
    assert err.value.code == "json_shape"
    bad.write_text('[\n {"code": "990801X",\n ]', encoding="utf-8")
    with pytest.raises(DataError) as err:
        parse_file(bad, "2023", versions())
    assert err.value.code == "json" and err.value.row == 3


@pytest.mark.parametrize("text, expected", [
    ("1.甲2.乙3.丙", [("1", "甲"), ("2", "乙"), ("3", "丙")]),
    ("1．甲\n2．乙", [("1", "甲"), ("2", "乙")]),
    ("1、甲；2、乙。", [("1", "甲"), ("2", "乙")]),
    ("１．甲 ２．乙", [("1", "甲"), ("2", "乙")]),
    ("（1）甲（2）乙", [("1", "甲"), ("2", "乙")]),
    ("(1) a\n(2) b", [("1", "a"), ("2", "b")]),
    ("①甲②乙③丙", [("1", "甲"), ("2", "乙"), ("3", "丙")]),
    ("1.纯度99.9%以上2.乙", [("1", "纯度99.9%以上"), ("2", "乙")]),
    ("1.甲：（1）子一（2）子二 2.乙", [("1", "甲：（1）子一（2）子二"), ("2", "乙")]),
    ("1.含3.5倍 3.不是第二点", [("1", "含3.5倍 3.不是第二点")]),
    ("1.line one\ncontinued 2.two", [("1", "line one continued"), ("2", "two")]),
])
def test_split_points(text, expected):
    points, intro = split_points(text)
    assert points == expected and intro == ""


def test_unnumbered_points_stay_one_point():
    assert split_points("甲\n乙") == ([("", "甲乙")], "")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_table_layout(encoding):
    result = parse("table.txt", encoding, version=None)
    assert result.version == "2023"
    assert summary(result) == [
        ("083201J", "prohibited", "", "测试条目（稀土）", [
            ("1", "稀土萃取分离工艺技术"), ("2", "稀土金属及合金材料的生产技术"),
            ("3", "钐钴、钕铁硼、铈磁体制备技术"), ("4", "稀土硼酸氧钙制备技术")]),
        ("990901X", "restricted", "", "测试用表格条目", [("1", "测试要点一"), ("2", "测试要点二")]),
        ("990902X", "restricted", "", "测试用表格条目二", [("1", "测试要点一"), ("2", "测试要点二")]),
        ("990903X", "restricted", "", "测试用先列名称", [("1", "测试要点")]),
    ]
    assert result.warnings == []
