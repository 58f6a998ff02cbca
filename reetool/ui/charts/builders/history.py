"""Charts 3 and 4: world and China production since 1900; China's share over time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from reetool.data import timeseries as ts
from reetool.ui.charts.builders.common import edition_span, pct, tonnes, year_span
from reetool.ui.charts.spec import ChartSpec, Datum, Panel, SeriesSpec


def _revision_note(p: ts.Point) -> str:
    if p.revised:
        return Q.translate("Charts", "revised in a later edition")
    if not p.latest:
        return Q.translate("Charts", "confirmed by a later edition")
    return ""


def _data(points, fmt) -> list[Datum]:
    return [Datum(p.year, p.value, year=p.year, value_text=fmt(p), source_ids=p.source_ids,
                  edition=p.edition, hollow=p.estimated or not p.latest,
                  note=_revision_note(p),
                  csv={"marker": ";".join(m for m in (
                      "estimated" if p.estimated else "", "revised later" if p.revised else "",
                      "superseded edition" if not p.latest else "", p.flag) if m)})
            for p in points]


def _t(p: ts.Point) -> str:
    return tonnes(p.value, p.estimated, p.comparator, p.flag)


def production_history(params) -> ChartSpec:
    world_hist = ts.ds140_world()
    us_hist = ts.ds140_us()
    world = ts.market_series("World")
    china = ts.market_series("China")
    series = [
        SeriesSpec("world_ds140", Q.translate("Charts", "World (USGS DS140 historical series)"),
                   "line", _data(world_hist, _t), color=0, symbol=None),
        SeriesSpec("us_ds140", Q.translate("Charts", "United States (DS140)"), "line",
                   _data(us_hist, _t), color=4, symbol=None, dashed=True),
        SeriesSpec("world_latest", Q.translate("Charts", "World (newest USGS edition per year)"),
                   "line", _data(ts.latest(world), _t), color=5, symbol="s"),
        SeriesSpec("china_latest", Q.translate("Charts", "China (newest USGS edition per year)"),
                   "line", _data(ts.latest(china), _t), color=1, symbol="o"),
        SeriesSpec("revised", Q.translate("Charts", "Earlier edition, revised since"),
                   "scatter", _data([p for p in world + china if p.revised], _t),
                   color=3, symbol="t"),
        SeriesSpec("confirmed", Q.translate("Charts", "Earlier edition, unchanged since"),
                   "scatter", _data([p for p in world + china if not p.latest and not p.revised],
                                    _t), color=7, symbol="d"),
    ]
    years = [p.year for p in world_hist + world]
    editions = ["DS140"] + [p.edition for p in world + china]
    panel = Panel(series, x_label=Q.translate("Charts", "Year"),
                  y_label=Q.translate("Charts", "Mine production (t REO)"), time=True)
    return ChartSpec(
        "production_history",
        Q.translate("Charts", "World and China rare-earth mine production, {span}").format(
            span=year_span(years)),
        Q.translate("Charts", "metric tons, rare-earth-oxide (REO) equivalent"),
        year_span(years), ["USGS_DS140"], edition_span(editions), [panel],
        footnote=Q.translate(
            "Charts", "DS140 is a revised historical series; USGS editions print first estimates "
                      "that are revised later (hollow = estimated or superseded). No country "
                      "breakdown is bundled before 2018. China's figures are its official "
                      "mining quotas (undocumented output excluded)."),
        log_option=True)


def china_share(params) -> ChartSpec:
    share = ts.share_series("China")
    # the data's note reads "120,000 / 190,000 t": its tonnes said in the interface language
    fmt = lambda p: pct(p.value, p.estimated) + "  ({})".format(
        Q.translate("Charts", "{value} t").format(value=p.note[:-2]) if p.note.endswith(" t") else p.note)
    latest = ts.latest(share)
    series = [
        SeriesSpec("share_latest", Q.translate("Charts", "China's share (newest edition per year)"),
                   "line", _data(latest, fmt), color=1, symbol="o"),
        SeriesSpec("share_revised", Q.translate("Charts", "Earlier edition, revised since"),
                   "scatter", _data([p for p in share if p.revised], fmt), color=3, symbol="t"),
        SeriesSpec("share_confirmed", Q.translate("Charts", "Earlier edition, unchanged since"),
                   "scatter", _data([p for p in share if not p.latest and not p.revised], fmt),
                   color=7, symbol="d"),
    ]
    panel = Panel(series, x_label=Q.translate("Charts", "Year"),
                  y_label=Q.translate("Charts", "% of world mine production"), time=True,
                  y_range=(0, 100))
    panel.ref_lines = []
    years = [p.year for p in share]
    return ChartSpec(
        "china_share", Q.translate("Charts", "China's share of world rare-earth mine production"),
        Q.translate("Charts", "% of the world total of the same USGS edition"), year_span(years),
        [], edition_span(p.edition for p in share), [panel],
        footnote=Q.translate(
            "Charts", "Share = China ÷ world total printed in the same edition (world totals are "
                      "rounded). China's figure is its mining quota. Years before 2018: no "
                      "country data bundled (gap, not zero)."))
