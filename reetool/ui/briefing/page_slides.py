"""Slides for "Add to briefing" from each page's current content (Qt-free dicts).

Each page's ``briefing_slides()`` is a few lines that pass its public values here, so the
texts live in the briefing translations and the pages stay small. Figures come from the
published tables (reetool.data.market, reetool.analysis), never from unsaved edits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from reetool.data import deck


def chart_slides(name: str, params, log_y: bool | None, title: str) -> list[dict]:
    """The Charts page's current chart with its parameters (drawn from the data when shown).
    The scenario chart becomes a scenario slide carrying the scenario and its result."""
    if name == "scenario" and params.scenario:
        return [deck.scenario_slide(params.scenario, caption=title)]
    return [deck.chart_slide(name, commodity=params.commodity, year=params.year,
                             edition=params.edition, country=params.country, log_y=log_y,
                             caption=title,
                             metric=params.metric if name == "world_map" else None)]


def source_slides(row: dict) -> list[dict]:
    """A slide that cites one source (Sources page)."""
    lines = [row.get("title") or ""]
    meta = " · ".join(x for x in (row.get("publisher"), row.get("edition"), row.get("date")) if x)
    if meta:
        lines.append(meta)
    if row.get("locator"):
        lines.append(row["locator"])
    return [deck.title_slide(row["source_id"], "\n".join(lines),
                             caption=Q.translate("Briefing", "Source"))]


def market_slides(commodity: str, statistic: str, year: int, edition: str,
                  scenario: dict | None = None, edited: bool = False) -> list[dict]:
    """The Market page: the leading country's share (a figure slide) and, when a scenario has
    a result, the scenario."""
    from reetool.analysis import concentration as conc
    from reetool.data import market
    from reetool.data.default_deck import share_figure
    from reetool.ui.charts.builders.market import statistic_name
    from reetool.ui.names import commodity_name, country_name

    table = market.country_table(commodity, statistic, year, edition)
    leader = conc.summarize(table).leader
    if leader is None:
        return []
    label = Q.translate("Briefing", "{country}'s share of world {statistic} ({commodity}), "
                                    "{year}").format(
        country=country_name(leader), statistic=statistic_name(statistic, lower=True),
        commodity=commodity_name(commodity), year=table.data_year)
    notes = Q.translate("Briefing", "Published figures; your edits on the Market page are not "
                                    "included.") if edited else ""
    out = [deck.figure_slide([share_figure(label, table, leader)], caption=label, notes=notes)]
    if scenario and scenario.get("kind") and (scenario.get("result") or scenario.get("series")):
        out.append(deck.scenario_slide(scenario))
    return out


def overview_slides(row: dict | None) -> list[dict]:
    """The Overview page's selected commodity: China's share (and the largest producer's, when
    that is another country) as a figure slide, and the world map of the same selection."""
    from reetool.data import market
    from reetool.data.default_deck import share_figure
    from reetool.ui.charts.builders.market import statistic_name
    from reetool.ui.names import commodity_name, country_name

    if not row or not row.get("statistic") or row.get("data_year") is None:
        return []
    table = market.country_table(row["commodity"], row["statistic"], row["data_year"],
                                 row.get("edition"))
    countries = ["China"] if table.row("China") is not None else []
    if row.get("leader") and row["leader"] not in countries:
        countries.append(row["leader"])
    figures = [share_figure(Q.translate("Briefing", "{country}'s share of world {statistic}")
                            .format(country=country_name(c),
                                    statistic=statistic_name(row["statistic"], lower=True)),
                            table, c) for c in countries]
    caption = Q.translate("Briefing", "{commodity}: who produces, {year}").format(
        commodity=commodity_name(row["commodity"]), year=table.data_year) \
        if row.get("metric") == "production" else \
        Q.translate("Briefing", "{commodity}: who holds the reserves, {year}").format(
            commodity=commodity_name(row["commodity"]), year=table.data_year)
    out = [deck.figure_slide(figures, caption=caption)] if figures else []
    out.append(deck.chart_slide("world_map", commodity=row["commodity"], year=table.data_year,
                                edition=table.edition, caption=caption,
                                metric=row.get("metric") or "production"))
    return out


def catalogue_slides(item) -> list[dict]:
    """The Catalogue page's selected item, in both languages."""
    if item is None:
        return []
    return [deck.catalogue_item_slide(item.version, item.item_id, item.code)]
