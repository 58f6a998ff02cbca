"""Calculator fields refuse what is not a finite figure (issue 14): a typed 1e400 would be inf."""

from __future__ import annotations

import pytest

from reetool.ui.market.table_model import parse_value


@pytest.mark.parametrize("text", ["1e400", "1" + "0" * 400, "inf", "nan", "-5", "2e15", "abc"])
def test_value_entry_refuses_non_finite_negative_and_huge(text):
    with pytest.raises(ValueError):
        parse_value(text)


@pytest.mark.parametrize("text, value", [("12,000", 12000.0), ("1.5e4", 15000.0), ("", None),
                                         ("NA", None), ("1e15", 1e15)])
def test_value_entry_accepts_figures(text, value):
    assert parse_value(text) == value
