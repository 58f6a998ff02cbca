"""Chinese text out of PDF text layers: radicals, whitespace. Expected strings written by hand."""

from __future__ import annotations

import pytest

from reetool.data.cjk_text import tidy_line, unify_radicals


@pytest.mark.parametrize("text, expected", [
    ("\u2f00\u3001\u7981\u2f4c\u51fa\u2f1d", "一、禁止出口"),       # Kangxi radicals ONE, STOP, MOUTH
    ("\u6d4b\u8bd5\u2eda\u7709", "测试页眉"),                      # ⻚ C-SIMPLIFIED LEAF -> 页
    ("\u540d\u79f0\u5f88\u2ed3", "名称很长"),                      # ⻓ C-SIMPLIFIED LONG -> 长
    ("\uf900", "\u8c48"),                                         # compatibility ideograph -> unified
    ("一二三 abc ①（1）", "一二三 abc ①（1）"),                    # nothing to change
])
def test_unify_radicals(text, expected):
    assert unify_radicals(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("控 制 要 点：\t1．甲", "控制要点：1．甲"),             # letters spread apart, a tab
    ("编\u3000号：  990202X", "编号：990202X"),             # ideographic space, a run of spaces
    ("1 083201J 测试条目 1.稀土", "1 083201J 测试条目 1.稀土"),   # spaces by digits stay
    ("测试条目（稀土） 1.稀土 ①甲", "测试条目（稀土）1.稀土①甲"),   # … but not by full-width punctuation or ①
    ("CRISPR 基因编辑  技术", "CRISPR 基因编辑技术"),       # by Latin letters it stays
    ("\u00a0 技术名称：\u2f00 ", "技术名称：一"),
])
def test_tidy_line(line, expected):
    assert tidy_line(line) == expected
