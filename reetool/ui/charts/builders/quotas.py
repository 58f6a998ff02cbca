"""Chart 6: China's mining and smelting/separation quotas by year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from reetool.data import timeseries as ts
from reetool.ui.charts.builders.common import join, tonnes, year_span
from reetool.ui.charts.spec import ChartSpec, Datum, Panel, SeriesSpec

OFFSET = {"mining": -0.21, "smelting_separation": 0.21}
WIDTH = 0.4


def ore_type_text(published: str) -> str:
    """The ore type as the quota table words it (English, some with the published Chinese
    term), in the interface language; an unknown wording as written."""
    return {
        "light": Q.translate("Charts", "light"),
        "light (轻稀土)": Q.translate("Charts", "light (轻稀土)"),
        "rock-type (light)": Q.translate("Charts", "rock-type (light)"),
        "rock-type (mainly light)": Q.translate("Charts", "rock-type (mainly light)"),
        "rock-type (岩矿型, light)": Q.translate("Charts", "rock-type (岩矿型, light)"),
        "medium-heavy": Q.translate("Charts", "medium-heavy"),
        "medium-heavy (中重稀土)": Q.translate("Charts", "medium-heavy (中重稀土)"),
        "heavy": Q.translate("Charts", "heavy"),
        "ion-adsorption": Q.translate("Charts", "ion-adsorption"),
        "ion-adsorption (mainly medium-heavy)": Q.translate("Charts", "ion-adsorption (mainly medium-heavy)"),
        "ion-adsorption (离子型, mainly medium-heavy)": Q.translate(
            "Charts", "ion-adsorption (离子型, mainly medium-heavy)"),
    }.get(published, published)


def _batch_note(q: ts.Quota) -> str:
    if q.batch == "full_year":
        return ""
    return {"first": Q.translate("Charts", "first batch only — full-year total not found"),
            "second": Q.translate("Charts", "up to the second batch only"),
            "third": Q.translate("Charts", "up to the third batch only")}[q.batch]


def _datum(q: ts.Quota, base: float = 0.0, top: float | None = None) -> Datum:
    return Datum(q.year + OFFSET[q.quota_type], top if top is not None else q.value, base=base,
                 year=q.year, value_text=tonnes(q.value), source_ids=q.source_ids,
                 hollow=q.batch != "full_year",
                 note="; ".join(n for n in (ore_type_text(q.ore_type_published) if q.ore_type != "total" else "",
                                            _batch_note(q)) if n),
                 csv={"value": q.value, "marker": q.batch})


def china_quotas(params) -> ChartSpec:
    qs = ts.quotas()
    by = {(q.year, q.quota_type, q.ore_type): q for q in qs}
    years = sorted({q.year for q in qs})
    light, heavy, mining_total, separation = [], [], [], []
    notes = []
    for y in years:
        total = by.get((y, "mining", "total"))
        lt, hv = by.get((y, "mining", "light")), by.get((y, "mining", "medium_heavy"))
        split = (lt and hv and total and lt.batch == hv.batch == total.batch == "full_year"
                 and lt.value is not None and hv.value is not None and total.value is not None
                 and abs(lt.value + hv.value - total.value) < 1)
        if split:
            light.append(_datum(lt))
            heavy.append(_datum(hv, base=lt.value, top=lt.value + hv.value))
        elif total is not None and total.value is not None:
            mining_total.append(_datum(total))
        sep = by.get((y, "smelting_separation", "total"))
        if sep is not None and sep.value is not None:
            separation.append(_datum(sep))
        if total is not None and not total.published:
            notes.append((y, 6000.0, Q.translate("Charts", "not\npublished")))
    no_sep = [y for y in years if by.get((y, "mining", "total")) is not None
              and by[(y, "mining", "total")].value is not None
              and (by.get((y, "smelting_separation", "total")) is None
                   or by[(y, "smelting_separation", "total")].value is None)]
    found = set(years)
    for y in range(years[0], years[-1] + 1):
        if y not in found:
            notes.append((y, 6000.0, Q.translate("Charts", "not\nfound")))
    series = [
        SeriesSpec("mining_light", Q.translate("Charts", "Mining: light (rock-type)"), "bar",
                   light, color=0, pattern=0, width=WIDTH),
        SeriesSpec("mining_heavy",
                   Q.translate("Charts", "Mining: medium-heavy (ion-adsorption)"), "bar",
                   heavy, color=4, pattern=1, width=WIDTH),
        SeriesSpec("mining_total", Q.translate("Charts", "Mining: total (no split published)"),
                   "bar", mining_total, color=5, pattern=2, width=WIDTH),
        SeriesSpec("separation", Q.translate("Charts", "Smelting and separation"), "bar",
                   separation, color=1, pattern=3, width=WIDTH),
    ]
    panel = Panel(series, x_label=Q.translate("Charts", "Year (left bar: mining; right bar: "
                                                        "smelting/separation)"),
                  y_label=Q.translate("Charts", "Quota (t REO)"), time=True, notes=notes)
    shown = [q.year for q in qs if q.value is not None]
    return ChartSpec(
        "china_quotas", Q.translate("Charts", "China's rare-earth production quotas"),
        Q.translate("Charts", "metric tons of rare-earth oxide (REO)"), year_span(shown), [],
        "", [panel],
        subtitle=Q.translate("Charts", "full-year totals; dashed outline = batch only"),
        footnote=(Q.translate("Charts", "No smelting/separation quota found for {years}. ").format(
            years=join(str(y) for y in no_sep)) if no_sep else "") + Q.translate(
            "Charts", "Figures from reposts of the MIIT/MNR notices and from news reports (one "
                      "source per publication; each bar's source is in its tooltip and the CSV). "
                      "Export quotas (2012–2013) are a different instrument and are not shown."))
