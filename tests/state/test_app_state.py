"""The shared state without Qt: values, change callbacks, batching."""

from __future__ import annotations

import pytest

from reetool.state.app import DEFAULTS, AppState


def test_set_notifies_real_changes_only_and_batches():
    st = AppState()
    heard = []
    st.subscribe(lambda fields: heard.append(sorted(fields)))
    assert st.set("year", 2022) and st.get("year") == 2022
    assert not st.set("year", 2022)
    with st.batch():
        st.set("year", None)
        st.set("commodity", "Gallium")
    assert heard == [["year"], ["commodity", "year"]]
    with pytest.raises(KeyError):
        st.set("colour", "red")


def test_reset_restores_every_default_in_one_notification():
    st = AppState()
    st.set("theme", "dark")
    st.set("country", "China")
    heard = []
    st.subscribe(lambda fields: heard.append(sorted(fields)))
    st.reset()
    assert st.values() == DEFAULTS and heard == [["country", "theme"]]
