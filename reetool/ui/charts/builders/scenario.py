"""Chart 8, the supply scenario: the Market page's live scenario (reetool.state.market
publishes it to the shared state) or, without one, a default ramp-up of the rest of the
world. The figures come from reetool.analysis.scenarios; this module only arranges them.

The chart is built to be updated in place while a slider moves: the same series, categories
and reference lines for every value of a scenario kind, only figures and texts change.
``params.compact`` (the chart embedded under the Market page's controls) leaves out what the
controls beside it already say: the share sentence and the years of crossing, "live from the
Market page", the disruption's reading note and the one-line legend. Source, edition, data
year, unit, the "your edits" mark and the ramp-up's "not a forecast" stay.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from reetool.analysis import concentration as conc
from reetool.analysis import scenarios
from reetool.data import market
from reetool.ui.charts.builders.common import fmt_num, pct, unit_name, year_span
from reetool.ui.charts.builders.market import amount_text, statistic_of
from reetool.ui.charts.spec import ChartSpec, Datum, Panel, RefLine, SeriesSpec
from reetool.ui.names import country_name


def default_scenario(commodity: str = "Rare earths") -> dict:
    """Shown when the Market page has published no scenario: a ramp-up of the rest of the
    world (+10 %/yr) against a flat leader, from the latest year."""
    table = market.country_table(commodity, statistic_of(commodity, "production"))
    c = conc.summarize(table)
    country = c.leader
    row = table.row(country)
    params = {"country_growth_pct": 0.0, "others_growth_pct": 10.0, "horizon": 15}
    r = scenarios.rampup(row.value, c.world, 0.0, 10.0, table.data_year, horizon=15)
    return {"kind": "rampup", "commodity": commodity, "country": country,
            "year": table.data_year, "params": params,
            "result": {"crossings": r.crossings}, "series": {"years": r.years,
                                                            "share_pct": r.share_pct},
            "unit": table.unit, "source_ids": list(table.source_ids), "edition": table.edition,
            "default": True}


def _disruption_result(sc: dict) -> dict:
    """The published result (the Market page's, which includes the user's edits); only when
    figures are missing are they recomputed from the bundled table of the same edition."""
    res = dict(sc.get("result") or {})
    for key in ("country_share_before", "country_share_after"):   # Market page: "…_pct"
        if key not in res and f"{key}_pct" in res:
            res[key] = res[f"{key}_pct"]
    needed = ("world", "lost", "remaining", "country_share_before")
    if all(k in res for k in needed):
        return res
    commodity = sc.get("commodity") or "Rare earths"
    table = market.country_table(commodity, sc.get("statistic") or statistic_of(commodity, "production"),
                                 year=sc.get("year"), edition=sc.get("edition"))
    c = conc.summarize(table)
    row = table.row(sc["country"])
    cut = float((sc.get("params") or {}).get("cut_pct", 0.0))
    d = scenarios.disruption(row.value, c.world, cut)
    return {**d.__dict__, **res}


def scenario(params) -> ChartSpec:
    sc = params.scenario or default_scenario(params.commodity or "Rare earths")
    kind = sc.get("kind", "rampup")
    unit = sc.get("unit", "metric tons")
    sources = tuple(sc.get("source_ids") or ())
    country, year = country_name(sc.get("country")), sc.get("year")
    p = sc.get("params") or {}
    edition = sc.get("edition", "")
    notes = []
    if sc.get("default"):
        notes.append(Q.translate("Charts", "default scenario (no scenario set on the Market page)"))
    elif not params.compact:
        notes.append(Q.translate("Charts", "live from the Market page"))
    if sc.get("edited"):
        notes.append(Q.translate("Charts", "includes your edits to the published figures"))
    label = "; ".join(notes)
    if kind == "disruption":
        r = _disruption_result(sc)
        cats = [Q.translate("Charts", "Supply before"), Q.translate("Charts", "Supply after"),
                Q.translate("Charts", "Lost")]
        vals = [r["world"], r["remaining"], r["lost"]]
        data = [Datum(i, v, label=cats[i], year=year, value_text=amount_text(v, unit),
                      tag=amount_text(v, unit), source_ids=sources, edition=edition,
                      country=(sc.get("country") or "") if i == 2 else "", csv={"value": v})
                for i, v in enumerate(vals)]
        after = r.get("country_share_after")
        panel = Panel([SeriesSpec("supply", Q.translate("Charts", "World supply"), "bar", data[:2],
                                  color=0, pattern=0, width=0.6, labels=True),
                       SeriesSpec("lost", Q.translate("Charts", "Lost"), "bar", data[2:],
                                  color=1, pattern=1, width=0.6, labels=True)],
                      y_label="", x_label=unit_name(unit), orientation="h", categories=cats,
                      y_range=(0, max(vals) * 1.25), legend=False)
        title = Q.translate("Charts", "Scenario: {country} withholds {cut} % of its output").format(
            country=country, cut=fmt_num(float(p.get("cut_pct", r.get("cut_pct", 0))), 1))
        sub = Q.translate("Charts", "{country}'s share: {before} before, {after} of the remaining "
                                    "supply after").format(country=country,
                                                           before=pct(r["country_share_before"]),
                                                           after=pct(after))
        if params.compact:
            return ChartSpec("scenario", title, unit_name(unit), str(year), list(sources), edition,
                             [panel], subtitle=label)
        return ChartSpec("scenario", title, unit_name(unit), str(year), list(sources), edition,
                         [panel],
                         subtitle=sub + "; " + label,
                         footnote=Q.translate("Charts", "Simplest reading: the country's whole "
                                                        "output was on the world market."))
    series = sc.get("series") or {}
    years, shares = list(series.get("years") or []), list(series.get("share_pct") or [])
    if not years:
        d = default_scenario(params.commodity or "Rare earths")
        years, shares = d["series"]["years"], d["series"]["share_pct"]
    data = [Datum(y, s, year=y, value_text=pct(s), source_ids=sources, edition=edition,
                  csv={"value": s}) for y, s in zip(years, shares)]
    threshold = float(p.get("threshold_pct", 50.0))
    refs = [RefLine(threshold, Q.translate("Charts", "{t} %").format(t=fmt_num(threshold))),
            RefLine(scenarios.EU_CRMA_BENCHMARK,
                    Q.translate("Charts", "65 %: EU CRMA benchmark") if params.compact else
                    Q.translate("Charts", "65 %: EU Critical Raw Materials Act benchmark"))]
    panel = Panel([SeriesSpec("share", Q.translate("Charts", "{country}'s share of world supply").format(
        country=country), "line", data, color=1, symbol=None if params.compact else "o")],
        x_label=Q.translate("Charts", "Year"), y_label=Q.translate("Charts", "% of world supply"),
        time=True, ref_lines=refs, y_range=(0, 100), legend=not params.compact)
    title = Q.translate("Charts", "Scenario: {country} {h} %/yr, rest of world {g} %/yr").format(
        country=country, h=fmt_num(float(p.get("country_growth_pct", 0)), 1),
        g=fmt_num(float(p.get("others_growth_pct", 0)), 1))
    crossings = (sc.get("result") or {}).get("crossings") or {}
    cross = "; ".join(Q.translate("Charts", "below {t} % in {y}").format(
        t=fmt_num(float(t)), y=y if y is not None else "—") for t, y in crossings.items())
    return ChartSpec("scenario", title, Q.translate("Charts", "% of world supply"),
                     year_span(years), list(sources), edition, [panel],
                     subtitle="; ".join(x for x in (cross if not params.compact else "", label) if x),
                     footnote=Q.translate("Charts", "Compound growth from the base year "
                                                    "{y}; a what-if, not a forecast.").format(
                         y=year if year is not None else (years[0] if years else "—")))
