"""World map (choropleth) of one commodity's shares of world production or reserves.

Countries are matched to their outlines on ISO 3166 codes (reetool.data.names), never on
name strings. Shares are of the publisher's world total (reetool.analysis.concentration);
what cannot be drawn — "Other countries", the unallocated remainder, a listed country too
small for a 1:110m map or without a code — is named in the footnote with its share.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from reetool.analysis import concentration as conc
from reetool.data import market
from reetool.data import names as data_names
from reetool.ui.charts import world_geometry
from reetool.ui.charts.builders.common import fmt_num, join, pct
from reetool.ui.charts.map_items import MISSING, NOT_LISTED, ZERO
from reetool.ui.charts.spec import ChartSpec, Datum, Panel, SeriesSpec
from reetool.ui.names import (
    commodity_name, country_name, statistic_name, unit_name,
)

BREAKS = (1.0, 5.0, 10.0, 25.0, 50.0)     # class edges, % of world; 6 classes


def share_class(share: float) -> int:
    """Index of the class of a share: < 1, 1–5, 5–10, 10–25, 25–50, ≥ 50 %."""
    return sum(share >= b for b in BREAKS)


def class_labels() -> list[str]:
    edges = ("0",) + tuple(fmt_num(b) for b in BREAKS)
    labels = [Q.translate("Charts", "under {b} %").format(b=edges[1])]
    labels += [Q.translate("Charts", "{a}–{b} %").format(a=a, b=b)
               for a, b in zip(edges[1:-1], edges[2:])]
    labels.append(Q.translate("Charts", "{b} % and more").format(b=edges[-1]))
    return labels


def _amount(row, unit: str) -> str:
    text = f"{row.comparator}{fmt_num(row.value)} {unit_name(unit)}"
    return text + (Q.translate("Charts", " (estimated)") if row.estimated else "")


def _whole(v):
    """1270000.0 -> 1270000 (so CSV prints it in full); None stays None."""
    return int(v) if v is not None and float(v).is_integer() else v


def _flag_note(row) -> str:
    parts = []
    if row.flag:
        parts.append(Q.translate("Charts", "flag: {flag}").format(flag=row.flag))
    if row.comparator:
        parts.append(Q.translate("Charts", "published as {c}{v}").format(
            c=row.comparator, v=fmt_num(row.value)))
    if row.estimated:
        parts.append(Q.translate("Charts", "estimated"))
    return "; ".join(parts)


def world_map(params) -> ChartSpec:
    commodity = params.commodity or "Rare earths"
    metric = getattr(params, "metric", None) or "production"
    statistic = market.statistic_for_metric(commodity, metric)
    table = market.country_table(commodity, statistic, year=params.year, edition=params.edition)
    c = conc.summarize(table)
    shapes = world_geometry.by_iso3()
    bound = "≤" if table.world is not None and table.world.comparator == ">" else ""
    classes: dict[int, list[Datum]] = {}
    drawn: set[str] = set()
    not_drawn: list[str] = []
    for r in table.rows:
        if r.is_other:
            continue
        code = data_names.iso3(r.country)
        share = c.shares.get(r.country)
        if r.value is None:
            klass, text = MISSING, r.flag or Q.translate("Charts", "not available")
        elif r.value == 0:
            klass, text = ZERO, Q.translate("Charts", "zero ({amount})").format(
                amount=_amount(r, table.unit))
        else:
            klass = share_class(share) if share is not None else MISSING
            text = Q.translate("Charts", "{share} of world ({amount})").format(
                share=(bound + " " if bound else "") + pct(share), amount=_amount(r, table.unit))
        if code is None or code not in shapes:
            if r.value:
                not_drawn.append(f"{country_name(r.country)} {pct(share)}")
            continue
        drawn.add(code)
        classes.setdefault(klass, []).append(Datum(
            0, share, label=country_name(r.country), year=table.data_year, value_text=text,
            source_ids=r.source_ids, edition=table.edition, note=_flag_note(r),
            country=r.country, hollow=r.estimated,
            csv={"value": share, "marker": r.flag or r.comparator, "iso3": code,
                 "country_as_published": r.country, "value_published": _whole(r.value),
                 "unit_published": table.unit}))
    labels = class_labels()
    series = [SeriesSpec(f"class_{k}", labels[k], "map", classes[k], color=k)
              for k in range(len(labels)) if k in classes]
    if ZERO in classes:
        series.append(SeriesSpec("zero", Q.translate("Charts", "zero output"), "map",
                                 classes[ZERO], color=ZERO))
    if MISSING in classes:
        series.append(SeriesSpec("missing", Q.translate("Charts", "listed, no figure (NA, W)"),
                                 "map", classes[MISSING], color=MISSING))
    listing = tuple(table.source_ids) + world_geometry.source_ids()   # "not in this table"
    rest = [Datum(0, None, label=country_name(data_names.country_en(s.iso3) or s.name),
                  value_text=Q.translate("Charts", "not listed by the publisher"),
                  year=table.data_year, edition=table.edition, source_ids=listing,
                  csv={"marker": "not listed", "iso3": s.iso3})
            for s in world_geometry.countries() if s.iso3 and s.iso3 not in drawn]
    series.append(SeriesSpec("not_listed", Q.translate("Charts", "not listed"), "map", rest,
                             color=NOT_LISTED))
    notes = []
    other = [r for r in table.rows if r.is_other and r.value]
    if other and c.world:
        notes.append(Q.translate("Charts", "“Other countries” {share}").format(
            share=pct(100.0 * sum(r.value for r in other) / c.world)))
    if c.unallocated_pct and abs(c.unallocated_pct) >= 0.05:
        notes.append(Q.translate("Charts", "unallocated {share}").format(
            share=pct(c.unallocated_pct)))
    notes += not_drawn
    footnote = []
    if notes:
        footnote.append(Q.translate("Charts", "Not on the map: {items}.").format(items=join(notes)))
    if bound:
        footnote.append(Q.translate("Charts", "The world total is a lower bound (>), so shares "
                                              "are upper bounds (≤)."))
    if c.world_from_rows:
        footnote.append(Q.translate("Charts", "No published world total: shares of the listed "
                                              "rows."))
    footnote.append(Q.translate("Charts", "Boundaries: Natural Earth 1:110m (public domain), no "
                                          "position on any border; Equal Earth projection."))
    panel = Panel(series, orientation="v", legend=True)
    world_text = (Q.translate("Charts", "world {value}").format(
        value=(table.world.comparator or "") + fmt_num(table.world.value) + " "
        + unit_name(table.unit)) if table.world is not None and table.world.value is not None
        else Q.translate("Charts", "no published world total"))
    return ChartSpec(
        "world_map",
        Q.translate("Charts", "{commodity}: {statistic} by country, {year}").format(
            commodity=commodity_name(commodity), statistic=statistic_name(statistic),
            year=table.data_year),
        Q.translate("Charts", "% of the published world total"), str(table.data_year),
        list(table.source_ids) + list(world_geometry.source_ids()),
        f"{table.edition} {table.edition_version}".strip(), [panel],   # as published (CSV); shown translated
        subtitle=world_text + ("; " + Q.translate("Charts", "HHI {hhi}").format(
            hhi=fmt_num(round(c.hhi))) if c.hhi else ""),
        footnote=" ".join(footnote))
