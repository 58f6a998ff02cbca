"""Spreadsheet formula injection: the one rule every CSV/TSV export applies. Qt-free.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (and a
leading tab or carriage return can hide such a start), so an imported country name like
``=cmd|' /C calc'!A0`` would run when a user opens our export. ``safe_cell`` prefixes such
text with an apostrophe (the usual rule: the spreadsheet shows the text, runs nothing).
Numbers are never changed: an int or float passes through, and so does text that is a plain
number (``-12.5``, ``+3``, ``-1.2e5``), so a negative value stays a number.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value):
    """``value`` made safe for a spreadsheet cell (see the module docstring)."""
    if not isinstance(value, str) or not value.startswith(FORMULA_START):
        return value
    if PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(values) -> list:
    return [safe_cell(v) for v in values]
