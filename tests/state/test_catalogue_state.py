"""The Catalogue page's state without Qt: filters, search as you type, counts, selection and
parameters, on the bundled catalogue (2023: 16 attested items, 4 prohibited, 12 restricted —
the 14 of the reference set plus 2 restricted items named by a secondary source; 2008: 13)."""

from __future__ import annotations

import pytest

from reetool.data.catalogue import load_catalogue
from reetool.data.catalogue_search import fold
from reetool.state.catalogue import CatalogueState


@pytest.fixture(scope="module")
def items():
    return load_catalogue(include_imports=False).all_items()


@pytest.fixture
def st(items):
    s = CatalogueState(items)
    s.set_version("2023")
    return s


def codes(st):
    return sorted(it.code or it.name_zh for it in st.matches())


def test_version_and_filters(st):
    assert len(st) == 16 and st.total() == 16
    st.set_filters(status="restricted")
    assert len(st) == 12 and all(it.status == "restricted" for it in st.matches())
    st.set_filters(status=None, version="2008", rare_earth_only=True)
    assert codes(st) == ["053301J", "053302J", "053401X", "053707X"]
    st.set_filters(stage="mining")
    assert codes(st) == ["053301J", "053302J"]
    assert st.total("2008") == 13 and st.total() == 13
    with pytest.raises(KeyError):
        st.set_filters(colour="red")


@pytest.mark.parametrize("query", ["稀土", "rare earth", "ＲＡＲＥ　ＥＡＲＴＨ", "Samarium"])
def test_search_in_both_languages_and_widths(st, query):
    st.set_query(query)
    assert codes(st) == ["083201J"]


def test_typing_narrows_and_matches_a_fresh_scan_at_every_step(st, items):
    """The incremental search (only earlier matches rescanned) finds what a full scan finds."""
    for text in ("技术", "rare earth", "稀土金属", "xyz"):
        for k in range(1, len(text) + 1):
            st.set_query(text[:k])
            q = fold(text[:k]).strip()
            expected = [it for it in items if it.version == "2023" and q in it.search_text()]
            assert st.matches() == expected, text[:k]
    st.set_query("")
    assert len(st) == 16


def test_one_notification_per_keystroke(st):
    heard = []
    st.subscribe(lambda fields: heard.append(sorted(fields)))
    for k in range(1, 3):
        st.set_query("稀土"[:k])
    st.set_query("稀土")                          # unchanged: nothing to tell
    assert heard == [["matches", "query"], ["matches", "query"]]


def test_sorting_keeps_the_selected_item_in_view(st):
    first = st.item(0)
    st.select(first)
    st.sort(lambda it: it.code or "~" + it.item_id, reverse=True)
    assert st.selected_item() is first and st.item(st.selected_row()) is first
    st.set_query("xyz")
    assert st.selected_row() == -1 and st.selected_item() is None
    st.set_query("")
    assert st.selected_item() is first


def test_params_round_trip(st, items):
    st.set_filters(status="prohibited")
    st.set_query("稀土")
    st.select(st.item(0))
    p = st.params()
    assert p == {"version": "2023", "query": "稀土",
                 "filters": {"status": "prohibited", "sector": None, "stage": None,
                             "rare_earth_only": False},
                 "selected": "083201J"}
    other = CatalogueState(items)
    other.apply(p)
    assert other.params() == p and codes(other) == ["083201J"]
