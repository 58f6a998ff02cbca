"""Charts 1, 2 and 5, built on the market API (reetool.data.market, reetool.analysis).

Shares, concentration and scenarios are computed by ``reetool.analysis`` against the
publisher's world total; these builders only arrange the results for drawing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Q

from reetool.analysis import concentration as conc
from reetool.data import market
from reetool.data.bounds import Bound, combine, flip
from reetool.ui.charts.builders.common import fmt_num, join, pct, unit_name, year_span
from reetool.ui.market.bound_text import mark, marker, note, share_reason
from reetool.ui.market.source_notes import usgs_note
from reetool.ui.names import commodity_name, country_name, is_chinese
from reetool.ui.names import statistic_name as names_statistic
from reetool.ui.charts.spec import ChartSpec, Datum, Panel, RefLine, SeriesSpec

# The labels of reetool.analysis.concentration.HHI_REFERENCES, for translation.
HHI_LABELS = (
    QT_TRANSLATE_NOOP("Charts", "2010 US merger guidelines: moderately concentrated"),
    QT_TRANSLATE_NOOP("Charts", "2023 US merger guidelines: highly concentrated"),
    QT_TRANSLATE_NOOP("Charts", "2010 US merger guidelines: highly concentrated"),
)


def statistic_of(commodity: str, metric: str) -> str:
    return market.statistic_for_metric(commodity, metric)


STATISTICS = {
    "Mine production": (QT_TRANSLATE_NOOP("Charts", "Mine production"),
                        QT_TRANSLATE_NOOP("Charts", "mine production")),
    "Reserves": (QT_TRANSLATE_NOOP("Charts", "Reserves"), QT_TRANSLATE_NOOP("Charts", "reserves")),
}


def statistic_name(statistic: str, lower: bool = False) -> str:
    """A statistic's name in the UI language (others as the publisher prints them)."""
    if statistic in STATISTICS:
        return Q.translate("Charts", STATISTICS[statistic][1 if lower else 0])
    shown = names_statistic(statistic)          # Chinese in the Chinese interface
    return statistic[:1].lower() + statistic[1:] if lower and shown == statistic else shown


def amount_text(value, unit: str, comparator: str = "", estimated: bool = False) -> str:
    if value is None:
        return "—"
    # "t" in English; in Chinese the unit's one word (吨, 千吨 …) as everywhere else
    short = "t" if unit == "metric tons" and not is_chinese() else unit_name(unit)
    text = f"{comparator}{fmt_num(value)} {short}"
    return text + (Q.translate("Charts", " (estimated)") if estimated else "")


def _world_text(table) -> str:
    w = table.world
    if w is None:
        return Q.translate("Charts", "no published world total (shares of the listed rows)")
    return Q.translate("Charts", "world {value}").format(
        value=amount_text(w.value, table.unit, w.comparator, w.estimated))


def _bounds_footnote(c, table) -> str:
    bounded = any(b is not Bound.EXACT for b in c.share_bounds.values())
    return share_reason(table) + " " if bounded else ""


def production_shares(params) -> ChartSpec:
    commodity = params.commodity or "Rare earths"
    statistic = statistic_of(commodity, "production")
    table = market.country_table(commodity, statistic, year=params.year, edition=params.edition)
    c = conc.summarize(table)
    rows = [r for r in table.rows if not r.is_other and r.value]
    zeros = [r for r in table.rows if not r.is_other and r.value == 0]
    rows.sort(key=lambda r: c.shares.get(r.country, 0.0), reverse=True)
    missing = [r for r in table.rows if not r.is_other and r.value is None]
    others = [r for r in table.rows if r.is_other]
    cats = [country_name(r.country) for r in rows + others + missing]
    data = []
    for i, r in enumerate(rows):
        share, bound = c.shares[r.country], c.share_bounds[r.country]
        data.append(Datum(share, None, label=country_name(r.country), country=r.country))
        d = data[-1]
        d.x, d.y = i, share
        d.year = table.data_year
        d.value_text = Q.translate("Charts", "{share} of world ({amount})").format(
            share=mark(pct(share), bound),
            amount=amount_text(r.value, table.unit, r.comparator, r.estimated))
        d.tag = mark(pct(share), bound)
        d.source_ids, d.edition, d.hollow = r.source_ids, table.edition, r.estimated
        d.note = note(bound, share_reason(table), usgs_note(r.notes))
        d.csv = {"value": share, "marker": marker(bound, r.estimated)}
    other_data = []
    for j, r in enumerate(others):
        if r.value is None or c.world is None:
            continue
        share, bound = 100.0 * r.value / c.world, c.bound("other_pct")
        other_data.append(Datum(len(rows) + j, share, label=country_name(r.country),
                                year=table.data_year,
                                value_text=Q.translate("Charts", "{share} of world ({amount})").format(
                                    share=mark(pct(share), bound),
                                    amount=amount_text(r.value, table.unit, r.comparator)),
                                tag=mark(pct(share), bound), source_ids=r.source_ids,
                                edition=table.edition, hollow=r.estimated,
                                note=note(bound, share_reason(table), usgs_note(r.notes)),
                                csv={"value": share, "marker": marker(bound, r.estimated)}))
    notes = [(0.0, len(rows) + len(others) + k, r.flag or "NA") for k, r in enumerate(missing)]
    series = [SeriesSpec("countries", Q.translate("Charts", "Countries"), "bar", data, color=0,
                         pattern=0, width=0.7, labels=True)]
    if other_data:
        series.append(SeriesSpec("other", Q.translate("Charts", "Other countries (not one "
                                                      "producer)"), "bar", other_data, color=7,
                                 pattern=2, width=0.7, labels=True))
    top = max([d.y for d in data + other_data] + [10.0])
    panel = Panel(series, y_label="", x_label=Q.translate("Charts", "% of world total: {statistic}").format(
                      statistic=statistic_name(statistic)),
                  orientation="h", categories=cats, y_range=(0, top * 1.14 + 6),
                  legend=False, notes=[(x + 1.0, y, t) for x, y, t in notes])
    return ChartSpec(
        "production_shares",
        Q.translate("Charts", "{commodity}: shares of world {statistic}, {year}").format(
            commodity=commodity_name(commodity), statistic=statistic_name(statistic, lower=True),
            year=table.data_year),
        Q.translate("Charts", "% of the published world total"), str(table.data_year),
        list(table.source_ids), f"{table.edition} {table.edition_version}".strip(), [panel],
        subtitle=_world_text(table) + ("; " + Q.translate("Charts", "CR3 {cr3}, HHI {hhi}").format(
            cr3=mark(pct(c.cr3), c.bound("cr3")),
            hhi=mark(fmt_num(round(c.hhi)), c.bound("hhi"))) if c.hhi else ""),
        footnote=(Q.translate("Charts", "Zero output in this edition: {countries}. ").format(
            countries=join(country_name(r.country) for r in zeros)) if zeros else "") +
        _bounds_footnote(c, table) +
        Q.translate("Charts", "Shares of the world total printed by the publisher "
                                       "(rounded; rows need not add up). Dashed outline = estimated. "
                                       "Click a bar to highlight the country in every chart."))


def _paired_tables(params):
    commodity = params.commodity or "Rare earths"
    prod_stat, res_stat = statistic_of(commodity, "production"), statistic_of(commodity, "reserves")
    combos = market.choices(commodity)
    prod = {(e, y) for s, e, y in combos if s == prod_stat}
    res = {(e, y) for s, e, y in combos if s == res_stat}
    both = sorted(prod & res, key=lambda ey: (ey[1], ey[0]))
    if params.edition or params.year:
        pick = [ey for ey in both if (not params.edition or ey[0] == params.edition)
                and (not params.year or ey[1] == params.year)]
        both = pick or both
    if not both:
        raise market.MarketLookupError(f"no edition of {commodity} has both production and reserves")
    edition, year = both[-1]
    return (market.country_table(commodity, prod_stat, year=year, edition=edition),
            market.country_table(commodity, res_stat, year=year, edition=edition))


def _edition_text(prod, res) -> str:
    if prod.edition_version == res.edition_version:
        return f"{prod.edition} {prod.edition_version}".strip()
    return Q.translate("Charts", "{edition} (production: {pv}; reserves: {rv})").format(
        edition=prod.edition, pv=prod.edition_version, rv=res.edition_version)


def production_vs_reserves(params) -> ChartSpec:
    prod, res = _paired_tables(params)
    cp, cr = conc.summarize(prod), conc.summarize(res)
    ranked = sorted(cp.shares, key=cp.shares.get, reverse=True)[:5]
    for country in sorted(cr.shares, key=cr.shares.get, reverse=True)[:3]:
        if country not in ranked:
            ranked.append(country)
    cats = [statistic_name(prod.statistic), statistic_name(res.statistic)]
    base = [0.0, 0.0]
    shown = [[], []]            # the bounds of the shares stacked so far, per bar
    series = []
    for n, country in enumerate(ranked):
        data = []
        for i, (table, cc) in enumerate(((prod, cp), (res, cr))):
            share = cc.shares.get(country)
            row = table.row(country)
            if share is None or row is None:
                continue
            bound = cc.share_bounds[country]
            data.append(Datum(i, base[i] + share, base=base[i], label=cats[i], country=country,
                              year=table.data_year, edition=table.edition,
                              value_text=Q.translate("Charts", "{share} of world ({amount})").format(
                                  share=mark(pct(share), bound),
                                  amount=amount_text(row.value, table.unit, row.comparator,
                                                 row.estimated)),
                              tag=f"{country_name(country)} {mark(f'{share:.0f} %', bound)}"
                              if share >= 9 else "", source_ids=row.source_ids,
                              hollow=row.estimated,
                              note=note(bound, share_reason(table), usgs_note(row.notes)),
                              csv={"value": share, "marker": marker(bound, row.estimated)}))
            base[i] += share
            shown[i].append(bound)
        series.append(SeriesSpec(f"c_{country}", country_name(country), "bar", data, color=n,
                                 pattern=n,
                                 width=0.6, labels=True, stacked=True))
    rest = []
    for i, (table, cc) in enumerate(((prod, cp), (res, cr))):
        share = 100.0 - base[i]
        bound = flip(combine(*shown[i]))          # 100 − upper-bound shares: a lower bound
        rest.append(Datum(i, 100.0, base=base[i], label=cats[i], year=table.data_year,
                          edition=table.edition, source_ids=tuple(table.source_ids),
                          value_text=Q.translate("Charts", "{share} of world (all other countries, "
                                                           "incl. unallocated)").format(
                              share=mark(pct(share), bound)),
                          note=note(bound, Q.translate(
                              "Charts", "The shares stacked before it are upper bounds, so "
                                        "what remains is at least this.") if bound is Bound.LOWER
                              else share_reason(table)),
                          tag=mark(f"{share:.0f} %", bound) if share >= 6 else "",
                          csv={"value": share, "marker": marker(bound, False)}))
    series.append(SeriesSpec("rest", Q.translate("Charts", "Rest of world"), "bar", rest, color=7,
                             pattern=6, width=0.6, labels=True, stacked=True))
    panel = Panel(series, x_label=Q.translate("Charts", "% of world total"), orientation="h",
                  categories=cats, y_range=(0, 100))
    world_res = res.world
    lower = world_res is not None and world_res.comparator == ">"
    return ChartSpec(
        "production_vs_reserves",
        Q.translate("Charts", "{commodity}: share of {p} vs share of {r}, {year}").format(
            commodity=commodity_name(prod.commodity), p=statistic_name(prod.statistic, lower=True),
            r=statistic_name(res.statistic, lower=True), year=prod.data_year),
        Q.translate("Charts", "% of the published world totals"), str(prod.data_year),
        sorted(set(prod.source_ids) | set(res.source_ids)),
        _edition_text(prod, res), [panel],
        subtitle=Q.translate("Charts", "production: {p}; reserves: {r}").format(
            p=_world_text(prod), r=_world_text(res)),
        footnote=(Q.translate("Charts", "The world reserves total is printed as a lower bound "
                                        "(\">\"), so reserve shares are upper bounds. ")
                  if lower else "") + Q.translate(
            "Charts", "Countries: the five largest producers and three largest reserve holders."))


def concentration(params) -> ChartSpec:
    commodity = params.commodity or "Rare earths"
    statistic = statistic_of(commodity, "production")
    hhi, hhi_low, cr3, cr1 = [], [], [], []
    sources, editions = [], []
    for year in market.years(commodity, statistic):
        table = market.country_table(commodity, statistic, year=year)
        c = conc.summarize(table)
        if c.hhi is None:
            continue
        common = dict(year=year, source_ids=tuple(table.source_ids), edition=table.edition,
                      hollow=bool(table.world and table.world.estimated))
        hhi.append(Datum(year, c.hhi_high, value_text=Q.translate(
            "Charts", "HHI {v} (\"Other\" as one producer)").format(v=fmt_num(round(c.hhi_high))),
            **common))
        hhi_low.append(Datum(year, c.hhi_low, value_text=Q.translate(
            "Charts", "HHI {v} (\"Other\" fully fragmented)").format(v=fmt_num(round(c.hhi_low))),
            **common))
        cr3.append(Datum(year, c.cr3, value_text=Q.translate("Charts", "top 3: {v}").format(
            v=pct(c.cr3)), **common))
        cr1.append(Datum(year, c.cr1, value_text=Q.translate("Charts", "largest ({c}): {v}").format(
            c=country_name(c.leader), v=pct(c.cr1)), **common))
        sources += list(table.source_ids)
        editions.append(table.edition)
    refs = [RefLine(v, Q.translate("Charts", label)) for v, label in conc.HHI_REFERENCES]
    p1 = Panel([SeriesSpec("hhi", Q.translate("Charts", "HHI (upper bound)"), "line", hhi,
                           color=0, symbol="o"),
                SeriesSpec("hhi_low", Q.translate("Charts", "HHI (lower bound)"), "line", hhi_low,
                           color=5, symbol="s", dashed=True)],
               y_label=Q.translate("Charts", "HHI (0–10,000)"), time=True, ref_lines=refs,
               y_range=(0, 10000))
    p2 = Panel([SeriesSpec("cr3", Q.translate("Charts", "Top-3 share (CR3)"), "line", cr3,
                           color=1, symbol="t"),
                SeriesSpec("cr1", Q.translate("Charts", "Largest producer (CR1)"), "line", cr1,
                           color=2, symbol="d", dashed=True)],
               x_label=Q.translate("Charts", "Year"), y_label="%", time=True, y_range=(0, 100))
    years = [d.year for d in hhi]
    return ChartSpec(
        "concentration",
        Q.translate("Charts", "{commodity}: concentration of {statistic}").format(
            commodity=commodity_name(commodity), statistic=statistic_name(statistic, lower=True)),
        Q.translate("Charts", "HHI (0–10,000) and % of world"), year_span(years),
        list(dict.fromkeys(sources)), ", ".join(dict.fromkeys(editions)), [p1, p2],
        footnote=Q.translate(
            "Charts", "Newest USGS edition for each year; shares of the published world total. "
                      "Reference lines are US merger-guideline thresholds for firms — a yardstick, "
                      "not a verdict on countries."))
