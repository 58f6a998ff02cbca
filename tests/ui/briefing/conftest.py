"""Briefing UI tests: every test leaves the theme and the zoom as it found them."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def restore_view(request):
    yield
    if "app" in request.fixturenames or "window" in request.fixturenames:
        from reetool.ui import theme, zoom

        zoom.set_zoom(1.0)
        theme.apply("light")


@pytest.fixture
def briefing(window, qtbot):
    """The Briefing page of a fresh window, on an empty deck."""
    page = window.show_page("briefing")
    page.state.new()
    return page


def slide_deck(*titles):
    from reetool.data import deck as d

    return d.Deck(title="Test", slides=[d.title_slide(t, notes=f"notes {t}") for t in titles])


def titles(state):
    from reetool.data import deck as d

    return [d.text(s.get("title")) or s["kind"] for s in state.slides]
