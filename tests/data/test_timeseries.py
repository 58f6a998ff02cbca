"""Time series for the charts (no Qt): values, editions, revisions, gaps — checked by hand
against the reference files."""

from __future__ import annotations

from reetool.data import timeseries as ts


def _at(points, year, edition=None):
    found = [p for p in points if p.year == year and (edition is None or p.edition == edition)]
    assert len(found) == 1, (year, edition, found)
    return found[0]


def test_ds140_world_production_1900_to_2020():
    world = ts.ds140_world()
    assert [p.year for p in world][:2] == [1900, 1901] and world[-1].year == 2020
    assert len(world) == 121
    assert _at(world, 1900).value == 1040
    assert _at(world, 2010).value == 101000      # SOURCES.md: DS140 2010 = 101,000 t
    assert _at(world, 2020).value == 243000      # vs 250,000 t in MYB2022 T8
    assert all(p.source_ids == ("USGS_DS140",) for p in world)


def test_ds140_us_withheld_and_missing_years_stay_missing():
    us = ts.ds140_us()
    missing = [p for p in us if p.value is None]
    assert missing, "DS140 has NA/W years for US production"
    assert all(p.flag in ("NA", "W") for p in missing)
    assert {p.flag for p in missing} == {"NA", "W"}


def test_newest_edition_wins_and_older_figures_are_marked_revised():
    china = ts.market_series("China")
    # 2023: MCS2024 printed 240,000 (first two quota batches); MCS2025 255,000 (final quota)
    old, new = _at(china, 2023, "MCS2024"), _at(china, 2023, "MCS2025")
    assert (old.value, new.value) == (240000, 255000)
    assert new.latest and not old.latest and old.revised
    # 2022: MYB2022 (published 2025-03) supersedes MCS2023/MCS2024, same 210,000 -> not revised
    assert _at(china, 2022, "MYB2022").latest
    assert not _at(china, 2022, "MCS2024").revised


def test_world_2022_newest_is_the_yearbook_final_figure():
    world = ts.latest(ts.market_series("World"))
    assert _at(world, 2022).value == 297000 and _at(world, 2022).edition == "MYB2022"


def test_china_share_is_china_over_world_of_the_same_edition():
    share = ts.share_series("China")
    # MCS2023, 2022: 210,000 / 300,000 = 70.0 %
    assert abs(_at(share, 2022, "MCS2023").value - 70.0) < 1e-9
    # MYB2022, 2022 (newest): 210,000 / 297,000 = 70.707… %
    p = _at(share, 2022, "MYB2022")
    assert p.latest and abs(p.value - 70.70707) < 1e-4
    assert set(p.source_ids) == {"USGS_MYB2022_T8"}


def test_quotas_use_full_year_figures_and_mark_batches():
    q = {(x.year, x.quota_type, x.ore_type): x for x in ts.quotas()}
    assert q[(2023, "mining", "total")].value == 255000
    assert q[(2023, "smelting_separation", "total")].value == 243850
    assert q[(2023, "mining", "total")].batch == "full_year"
    first = q[(2015, "mining", "total")]       # only the first batch was found
    assert (first.value, first.batch) == (52500, "first")
    assert q[(2016, "mining", "light")].value + q[(2016, "mining", "medium_heavy")].value == 105000
    not_published = q[(2025, "mining", "total")]
    assert not_published.value is None and not not_published.published
    assert all(x.quota_type != "export" for x in q.values())
    assert (2014, "mining", "total") not in q   # a gap, not a zero


def test_every_quota_cites_one_publication():
    from reetool.data import bundle

    sources = {s["source_id"]: s for s in bundle().records("sources")}
    for x in ts.quotas():
        assert len(x.source_ids) == 1
        assert sources[x.source_ids[0]]["locator"].startswith("http")


def test_prices_newest_edition_per_year_and_ranges():
    nd = next(s for s in ts.price_series(("Nd",)))
    latest = {p.year: p for p in ts.latest(nd.points)}
    assert latest[2021].value == 98 and latest[2021].edition == "MCS2026"
    revised = [p for p in nd.points if p.year == 2021 and p.edition == "MCS2022"]
    assert revised[0].value == 49 and revised[0].revised
    r2011 = latest[2011]                          # MCS2016 year-end range 190–200
    assert (r2011.value, r2011.low, r2011.high) == (None, 190, 200)
    assert r2011.note == "year_end_range"
