"""The text parser on what PDF viewers and extractors make of the official text: a code cut
across lines or pages, new numbering styles, table headers, radicals. Expected values by hand."""

from __future__ import annotations

import pytest

from reetool.data import bundle
from reetool.data.catalogue_import import parse_bytes, split_points


def parse(text, version="2023"):
    return parse_bytes(text.encode("utf-8"), "quirks.txt", version, bundle().records("catalogue_versions"))


def summary(result):
    return [(i.code, i.name_zh, [(p.number, p.zh) for p in i.points]) for i in result.items]


@pytest.mark.parametrize("cut", [
    "1．编号：990101\nJ\n",                                 # "083201" then "J"
    "1．编号：990101\n\n— 4 —\n页眉\n页眉\n页眉\nJ\n",          # … with a page break between
    "1．编号：\n990101J\n",                                 # the label alone on its line
])
def test_a_code_cut_across_lines_is_joined(cut):
    text = "一、禁止出口部分\n" + cut + "技术名称：测试用禁止技术甲\n控制要点：1．测试要点一\n"
    assert summary(parse(text)) == [("990101J", "测试用禁止技术甲", [("1", "测试要点一")])]


def test_a_six_digit_number_before_an_x_ray_line_is_not_a_code():
    text = ("一、禁止出口部分\n1．编号：990101J\n技术名称：测试用禁止技术甲\n"
            "控制要点：1．频率为100000\nX射线测试要点\n")
    assert summary(parse(text)) == [("990101J", "测试用禁止技术甲", [("1", "频率为100000 X射线测试要点")])]


@pytest.mark.parametrize("text, expected", [
    ("⑴甲⑵乙", [("1", "甲"), ("2", "乙")]),          # parenthesised digits U+2474…
    ("⒈甲⒉乙", [("1", "甲"), ("2", "乙")]),          # digit full stops U+2488…
    ("1．甲（含⑴小项）2．乙", [("1", "甲（含⑴小项）"), ("2", "乙")]),   # ⑴ is paren style, not 1.
])
def test_more_numbering_styles(text, expected):
    assert split_points(text) == (expected, "")


def test_table_header_lines_are_not_text_of_the_previous_item():
    text = ("一、禁止出口部分\n序号 编号 技术名称 控制要点\n1 990101J 测试用禁止技术甲 1.测试要点一\n"
            "2.测试要点二\n序号 编号 技术名称 控制要点\n2 990102J 测试用禁止技术乙 1.测试要点\n")
    assert summary(parse(text)) == [
        ("990101J", "测试用禁止技术甲", [("1", "测试要点一"), ("2", "测试要点二")]),
        ("990102J", "测试用禁止技术乙", [("1", "测试要点")])]


def test_text_copied_from_a_pdf_viewer_with_radicals_parses_like_the_clean_text():
    clean = "一、禁止出口部分\n1．编号：990101J\n技术名称：测试用禁止技术甲\n控制要点：1．测试要点一\n"
    copied = clean.replace("一", "\u2f00").replace("止", "\u2f4c").replace("术", "术 ")
    assert summary(parse(copied)) == summary(parse(clean)) == [
        ("990101J", "测试用禁止技术甲", [("1", "测试要点一")])]
