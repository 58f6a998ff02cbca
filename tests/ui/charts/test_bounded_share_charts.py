"""The share charts mark bounded shares in their labels, tooltips and CSV (issue 16)."""

from __future__ import annotations

import csv
import io

from reetool.ui.charts import export
from reetool.ui.charts.builders import market as charts
from reetool.ui.charts.registry import ChartParams


def datum(spec, series_label, category):
    for panel in spec.panels:
        for s in panel.series:
            for d in s.data:
                if s.label == series_label and d.label == category:
                    return d
    raise AssertionError(f"{series_label} / {category} not in the chart")


def test_reserve_shares_of_a_lower_bound_world_are_marked(app):
    spec = charts.production_vs_reserves(ChartParams(edition="MCS2025", year=2024))
    china = datum(spec, "China", "Reserves")
    # 44,000,000 of ">90,000,000": at most 48.9 %
    assert china.value_text.startswith("≤ 48.9 % of world") and china.tag == "China ≤ 49 %"
    assert "at most" in china.note and ">90,000,000" in china.note
    assert china.csv["marker"] == "upper bound"
    prod = datum(spec, "China", "Mine production")            # 270,000 of 390,000: exact share
    assert prod.value_text.startswith("69.2 % of world") and "≤" not in prod.tag
    assert prod.csv["marker"] == "estimated"
    rest = datum(spec, "Rest of world", "Reserves")
    # 100 − shares that are each at most their figure: at least 11.7 %
    assert rest.value_text.startswith("≥ 11.7 %") and rest.csv["marker"] == "lower bound"
    rows = list(csv.DictReader(line for line in io.StringIO(export.csv_text(spec))
                               if not line.startswith("#")))
    china_row = next(r for r in rows if r["series"] == "China" and r["category"] == "Reserves")
    assert china_row["marker"] == "upper bound" and china_row["unit_or_text"].startswith("≤ 48.9 %")


def test_exact_production_shares_carry_no_marks(app):
    spec = charts.production_shares(ChartParams(edition="MCS2023", year=2022))
    china = datum(spec, "Countries", "China")
    assert china.tag == "70.0 %" and china.csv["marker"] == "estimated"
    assert "≤" not in spec.subtitle and "upper bound" not in spec.footnote


def test_production_shares_mark_a_bounded_world(app, monkeypatch):
    """A production table whose world total is printed "<": its shares are lower bounds."""
    from dataclasses import replace

    from reetool.data import market

    real = market.country_table

    def upper_world(*args, **kwargs):
        t = real(*args, **kwargs)
        return replace(t, world=replace(t.world, comparator="<"))

    monkeypatch.setattr(market, "country_table", upper_world)
    spec = charts.production_shares(ChartParams(edition="MCS2023", year=2022))
    china = datum(spec, "Countries", "China")
    # 210,000 of "<300,000": at least 70.0 %
    assert china.tag == "≥ 70.0 %" and china.csv["marker"] == "estimated; lower bound"
    assert "at least" in china.note
    assert "≥" in spec.subtitle                               # CR3 and HHI are lower bounds too
    assert "upper bound (<300,000" in spec.footnote
