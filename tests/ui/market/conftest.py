"""Fixtures for the market page tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def page(window, qtbot):
    """The market page, shown and loaded (first shown → data loaded)."""
    p = window.show_page("market")
    qtbot.waitUntil(lambda: p.model.table is not None, timeout=5000)
    return p


def choose(combo, text: str) -> None:
    """Pick an entry the way a user does (by its visible text)."""
    idx = combo.findText(text)
    assert idx >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(idx)


def cell(page, country: str, column: int) -> str:
    for i, r in enumerate(page.model.rows):
        if r.country == country:
            return page.model.index(i, column).data()
    raise AssertionError(f"{country} not in the table")


def row_of(page, country: str) -> int:
    return next(i for i, r in enumerate(page.model.rows) if r.country == country)
