"""The bundled timeline, elements, supply chain and claims: sourced, linked, complete."""

from __future__ import annotations

import pytest

from reetool.data import bundle
from reetool.data import reference
from reetool.data.catalogue import load_catalogue
from reetool.data.timeline import first_day, last_day, load_timeline, parse_date


def test_at_least_20_sourced_events_from_2001_to_2025_with_resolving_sources():
    tl = load_timeline(include_user=False)
    known = bundle().source_ids()
    in_range = [e for e in tl.events if 2001 <= e.year <= 2025]
    assert len(in_range) >= 20
    assert min(e.year for e in in_range) == 2001
    for e in tl.events:
        assert e.sources and set(e.sources) <= known, e.event_id
        assert e.title_en and e.title_zh and e.title_zh_origin in ("official", "reetool")
    assert tl.current_to == "2026-01-06"


def test_the_october_and_november_2025_measures_are_there_with_their_dates():
    tl = load_timeline(include_user=False)
    no61, no70, no72 = tl.get("EV-2025-61"), tl.get("EV-2025-70"), tl.get("EV-2025-72")
    assert no61.announced == "2025-10-09" and no61.suspended_until == "2026-11-10"
    assert no61.suspended_by == "EV-2025-70"
    assert no70.announced == "2025-11-07" and no70.lapses == "2026-11-10"
    assert no72.announced == "2025-11-09" and tl.get("EV-2024-46").suspended_until == "2026-11-27"
    assert set(tl.get("EV-2025-18").elements) == {"Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"}


def test_links_resolve_to_catalogue_versions_and_items():
    tl = load_timeline(include_user=False)
    cat = load_catalogue(include_imports=False)
    for e in tl.events:
        for v in e.catalogue_versions:
            assert v in cat.versions
        for v, code in e.catalogue_items:
            assert cat.find(code, v), (e.event_id, v, code)
    assert ("2023", "083201J") in tl.get("EV-2023-CAT").catalogue_items


def test_every_element_chain_row_and_claim_has_resolving_sources():
    known = bundle().source_ids()
    els = reference.elements()
    assert [e.symbol for e in els][:3] == ["Sc", "Y", "La"] and len(els) == 17
    for row in list(els) + reference.chain() + reference.claims():
        assert row.sources and set(row.sources) <= known


def test_elements_named_in_083201j_are_found_by_their_characters():
    cat = load_catalogue(include_imports=False)
    for sym in ("Nd", "Sm", "Ce"):
        codes = {(i.version, i.code) for i in reference.items_naming(sym, cat)}
        assert ("2023", "083201J") in codes, sym
    assert reference.items_naming("Tm", cat) == []


def test_mining_share_is_computed_from_usgs_and_refining_is_an_estimate():
    m = reference.mining_share()
    # MCS2026, data year 2025: 270,000 / 390,000 = 69.23 %
    assert m["edition"] == "MCS2026" and m["year"] == 2025
    assert m["pct"] == pytest.approx(100 * 270000 / 390000)
    rows = {r.row_id: r for r in reference.chain()}
    assert rows["mining"].share_basis == "computed"
    assert rows["separation"].share_basis == "estimate" and rows["separation"].share_pct == 92
    assert rows["metal_alloy"].share_pct is None          # not available, never 0


def test_claims_hold_the_issue_examples_with_verdicts():
    by_id = {c.claim_id: c for c in reference.claims()}
    assert by_id["CL-07"].verdict == "confirmed" and by_id["CL-07"].article_value == "210000 t"
    assert by_id["CL-09"].verdict == "corrected" and "130 million" in by_id["CL-09"].sourced_value
    assert by_id["CL-11"].verdict == "confirmed"
    assert {c.verdict for c in by_id.values()} == {"confirmed", "corrected", "unsourced"}


def test_partial_dates_span_their_period():
    assert parse_date("2025-10") == (2025, 10, None)
    assert first_day("2001").isoformat() == "2001-01-01"
    assert last_day("2024-02").isoformat() == "2024-02-29"
    with pytest.raises(ValueError):
        parse_date("2025-02-30")
