"""U.S. salient statistics and import sources (values as printed by USGS)."""

from __future__ import annotations

import pytest

from reetool.data.market import MarketLookupError
from reetool.data.market_us import us_editions, us_import_sources, us_salient


def test_editions_newest_first():
    eds = us_editions()
    assert eds[0] == "MCS2026" and "MCS2016" in eds and "MYB2022" in eds


def test_mcs2026_salient_flags_and_values():
    s = us_salient("MCS2026")
    items = {i["item_key"]: i for i in s["items"]}
    prod = items["us_production_mineral_concentrates_t"]["cells"][2022]
    assert prod["value"] == 42500 and prod["estimated"]
    nir = items["nir_mineral_concentrates_pct"]["cells"][2022]
    assert nir["value"] is None and nir["flag"] == "E"             # net exporter, not a number
    comp = items["nir_compounds_metals_pct"]["cells"][2022]
    assert comp["value"] == 95 and comp["comparator"] == ">"
    assert "USGS_MCS2026_DR" in s["source_ids"]
    with pytest.raises(MarketLookupError, match="MCS2026"):
        us_salient("MCS1999")


def test_import_sources_shares():
    rows = us_import_sources("MCS2026")
    china = next(r for r in rows if r["material"] == "Rare-earth compounds and metals"
                 and r["country"] == "China")
    assert china["share_pct"] == 71 and china["period"] == "2021-24"
    assert {r["edition"] for r in us_import_sources()} == {"MCS2025", "MCS2026"}
