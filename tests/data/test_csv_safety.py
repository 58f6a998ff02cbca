"""Spreadsheet formula injection: one rule for every CSV export (issue 14, defect 6)."""

from __future__ import annotations

import pytest

from reetool.data.csv_safety import safe_cell, safe_row


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1)", "\t=1",
                                  "\r=1", "=HYPERLINK(\"http://x\")", "-", "+"])
def test_formula_starts_get_an_apostrophe(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", [-12.5, 0, 3, -7, 1e-9, "-12.5", "+3", "-1,234.5", "-1.2e5",
                                   "China", "", None, "a=b", " =1", "稀土"])
def test_numbers_and_plain_text_are_unchanged(value):
    assert safe_cell(value) == value


def test_safe_row():
    assert safe_row(["=1", -4.0, "x"]) == ["'=1", -4.0, "x"]
