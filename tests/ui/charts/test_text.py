"""Chart text wrapping by display width: Chinese fills its lines and follows the simple
line-breaking rule (no line starts with a closing mark or ends with an opening one)."""

from __future__ import annotations

from reetool.textwidth import display_width
from reetool.ui.charts.text import NO_LINE_END, NO_LINE_START, fit, wrap


def test_latin_text_wraps_at_spaces():
    assert wrap("Unit: t · Data year: 2024", 12) == ["Unit: t ·", "Data year:", "2024"]
    assert wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"]          # a long word is cut


def test_a_closing_mark_never_starts_a_line():
    # width 10 = five Chinese characters; cut there, the second line would start with 。
    assert wrap("这是参考线。并非评判", 10) == ["这是参考", "线。并非", "评判"]   # 判 not alone
    text = "参考线为美国并购指南针对企业的阈值，仅作比较尺度，并非对国家的评判。"
    for width in range(4, 40):
        lines = wrap(text, width)
        assert "".join(lines) == text
        assert all(display_width(ln) <= width for ln in lines)
        assert not any(ln[0] in NO_LINE_START for ln in lines), (width, lines)


def test_an_opening_mark_never_ends_a_line():
    # width 12 = six characters; cut there, the first line would end with （
    assert wrap("采用最新版（美国地质调查局）", 12) == ["采用最新版", "（美国地质调", "查局）"]
    text = "各年份采用最新版本（美国地质调查局《矿产品概要》）"
    for width in range(4, 40):
        lines = wrap(text, width)
        assert "".join(lines) == text
        assert not any(ln[-1] in NO_LINE_END for ln in lines), (width, lines)


def test_chinese_after_latin_fills_the_line_it_starts_on():
    # "各年份采用最新 USGS" then the rest: the Chinese run fills the first line, it is not
    # moved whole to the next one (which left the first line half empty)
    lines = wrap("各年份采用最新 USGS 版本；占比按公布的世界总量计算", 30)
    assert display_width(lines[0]) > 24
    assert "".join(ln.replace(" ", "") for ln in lines) == "各年份采用最新USGS版本；占比按公布的世界总量计算"


def test_fit_pads_or_cuts_with_an_ellipsis():
    assert fit("短", 10, 2) == (["短", ""], False)
    lines, cut = fit("一二三四五六七八九十", 6, 1)
    assert cut and lines[0].endswith("…") and display_width(lines[0]) <= 6


def test_latin_inside_chinese_is_not_cut():
    # the subtitle's "版本：MCS2026" holds no space: it may break after "：", not in MCS2026
    lines = wrap("单位：吨 · 数据年份：2025 · 版本：MCS2026", 30)
    assert any(ln.endswith("MCS2026") or ln.startswith("MCS2026") for ln in lines)
    assert not any(ln.endswith(("MCS", "MCS202")) for ln in lines)
    assert wrap("稀土氧化物REO当量", 12) == ["稀土氧化物", "REO当量"]


def test_a_chinese_text_does_not_end_with_one_character_alone():
    # 12 columns = six characters: 情景：中国停 / 止供应其产 / 量 would leave 量 alone
    text = "情景中国停止供应其产量"
    lines = wrap(text, 10)
    assert "".join(lines) == text and len(lines[-1]) >= 2
    assert wrap("情景 的产量", 8) == ["情景 的", "产量"]
    assert wrap("one two three", 5) == ["one", "two", "three"]                 # Latin untouched
    assert wrap("ab 量", 3) == ["ab", "量"]          # a word of its own after a space stays
