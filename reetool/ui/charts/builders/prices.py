"""Chart 7: rare-earth oxide prices over time (log scale option)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Q

from reetool.data import timeseries as ts
from reetool.ui.charts.builders.common import edition_span, fmt_num, year_span
from reetool.ui.charts import palette
from reetool.ui.charts.spec import ChartSpec, Datum, Panel, SeriesSpec


NAMES = {
    "Nd": QT_TRANSLATE_NOOP("Charts", "Neodymium oxide"),
    "Pr": QT_TRANSLATE_NOOP("Charts", "Praseodymium oxide"),
    "Nd+Pr": QT_TRANSLATE_NOOP("Charts", "NdPr oxide"),
    "Dy": QT_TRANSLATE_NOOP("Charts", "Dysprosium oxide"),
    "Tb": QT_TRANSLATE_NOOP("Charts", "Terbium oxide"),
    "Ce": QT_TRANSLATE_NOOP("Charts", "Cerium oxide"),
}


def _definition(code: str) -> str:
    return {"average": Q.translate("Charts", "annual average"),
            "year_end_range": Q.translate("Charts", "year-end range"),
            "range_of_averages": Q.translate("Charts", "range of averages")}.get(code, code)


def _price(p: ts.Point) -> str:
    est = Q.translate("Charts", " (estimated)") if p.estimated else ""
    if p.value is None and p.low is not None:
        return Q.translate("Charts", "{low}–{high} US$/kg").format(
            low=fmt_num(p.low), high=fmt_num(p.high)) + est
    return Q.translate("Charts", "{value} US$/kg").format(value=fmt_num(p.value, 2)) + est


def oxide_prices(params) -> ChartSpec:
    panel = Panel([], x_label=Q.translate("Charts", "Year"),
                  y_label=Q.translate("Charts", "US$ per kg"), time=True)
    years, editions = [], []
    for n, s in enumerate(ts.price_series()):
        pts = ts.latest(s.points)
        values = [p for p in pts if p.value is not None]
        ranges = [p for p in pts if p.value is None and p.low is not None]
        label = Q.translate("Charts", NAMES[s.key]) if s.key in NAMES else s.label
        mk = lambda p: Datum(p.year, p.value, year=p.year, value_text=_price(p),
                             source_ids=p.source_ids, edition=p.edition, hollow=p.estimated,
                             low=p.low, high=p.high, note=_definition(p.note),
                             csv={"marker": p.note + (";estimated" if p.estimated else "")})
        panel.series.append(SeriesSpec(f"price_{s.key}", label, "line", [mk(p) for p in values],
                                       color=n, symbol=palette.symbol(n)))
        if ranges:
            panel.series.append(SeriesSpec(
                f"range_{s.key}", Q.translate("Charts", "{name}: year-end range").format(
                    name=label), "range", [mk(p) for p in ranges], color=n,
                follows=f"price_{s.key}"))
        years += [p.year for p in pts]
        editions += [p.edition for p in pts]
    return ChartSpec(
        "oxide_prices", Q.translate("Charts", "Rare-earth oxide prices"),
        Q.translate("Charts", "US$ per kg (nominal)"), year_span(years), [],
        edition_span(editions), [panel],
        footnote=Q.translate(
            "Charts", "Newest USGS edition per year (Argus; FOB China where stated). The "
                      "definition changes: 2011–2013 are year-end ranges (MCS2016, drawn as "
                      "vertical bars), later years annual averages; editions also revise earlier "
                      "years (e.g. Nd oxide 2021: 49 → 98). Hollow = estimated."),
        log_option=True)
