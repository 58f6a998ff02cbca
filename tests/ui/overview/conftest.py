"""Fixtures for the Overview page tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def page(window, qtbot):
    """The Overview page, shown (first shown → figures computed)."""
    p = window.show_page("overview")
    qtbot.waitUntil(lambda: p.state.loaded and p.model.rowCount() > 0, timeout=10000)
    return p


def column_texts(page, key: str) -> list[str]:
    from reetool.ui.overview.model import COLUMNS

    col = COLUMNS.index(key)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def row_index(page, commodity: str) -> int:
    return next(i for i, r in enumerate(page.model.rows) if r["commodity"] == commodity)
