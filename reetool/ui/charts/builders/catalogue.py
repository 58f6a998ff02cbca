"""Chart 9: composition of China's export-technology catalogue, with reetool's coverage."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication as Q

from reetool.data import bundle
from reetool.ui import i18n
from reetool.ui.charts.spec import ChartSpec, Datum, Panel, SeriesSpec


def _status(code: str) -> str:
    return {"prohibited": Q.translate("Charts", "prohibited"),
            "restricted": Q.translate("Charts", "restricted")}[code]


def catalogue_composition(params) -> ChartSpec:
    b = bundle()
    versions = b.records("catalogue_versions")
    items = b.records("catalogue_items")
    attested = Counter((r["version"], r["status"]) for r in items)
    labels = [v["version"] for v in versions]
    series = []
    for n, status in enumerate(("prohibited", "restricted")):
        att, rest = [], []
        for i, v in enumerate(versions):
            official = v[f"{status}_official"]
            a = attested[(v["version"], status)]
            basis = Q.translate("Charts", "official count stated") if v["counts_basis"] == "stated" \
                else Q.translate("Charts", "count derived from official changes")
            x = i + (-0.21 if status == "prohibited" else 0.21)
            common = dict(label=v["version"], source_ids=v["source_ids"], edition=v["version"])
            att.append(Datum(x, a, value_text=Q.translate(
                "Charts", "{status}: {a} of {n} items attested in reetool").format(
                    status=_status(status), a=a, n=official),
                note=basis, csv={"value": a, "marker": "attested"},
                **{**common, "source_ids": tuple(dict.fromkeys(
                    sid for r in items if r["version"] == v["version"] and r["status"] == status
                    for sid in r["source_ids"])) or v["source_ids"]}))
            rest.append(Datum(x, official, base=a, value_text=Q.translate(
                "Charts", "{status}: {n} items (official); {m} not attested").format(
                    status=_status(status), n=official, m=official - a),
                note=basis, csv={"value": official - a, "marker": "official minus attested"},
                hollow=v["counts_basis"] == "derived", **common))
        series.append(SeriesSpec(f"{status}_attested", Q.translate(
            "Charts", "{status}: attested in reetool").format(status=_status(status)), "bar", att,
            color=3 if status == "prohibited" else 0, pattern=0, width=0.4, stacked=True))
        series.append(SeriesSpec(f"{status}_official", Q.translate(
            "Charts", "{status}: official count, not attested").format(status=_status(status)),
            "bar", rest, color=3 if status == "prohibited" else 0, pattern=1 + n * 2, width=0.4,
            labels=False))
    for s in series:  # print the official total on top of each bar, coverage inside
        s.labels = True
        for d in s.data:
            d.tag = str(int(d.y)) if s.key.endswith("_official") else \
                (str(int(d.y)) if d.y else "")
    panel1 = Panel(series, x_label=Q.translate("Charts", "Catalogue version (left: prohibited; "
                                                         "right: restricted)"),
                   y_label=Q.translate("Charts", "Items"), categories=labels)
    # panel 2: attested items by sector and version
    zh = i18n.current_language() == "zh"
    sector_of = lambda r: ((r["sector_zh"] if zh else r["sector_en"]) or r["sector_en"]) or \
        Q.translate("Charts", "sector not seen")
    sectors = sorted({sector_of(r) for r in items}, key=lambda s: (s == Q.translate(
        "Charts", "sector not seen"), s))
    counts = Counter((sector_of(r), r["version"]) for r in items)
    stack = Counter()
    series2 = []
    for n, v in enumerate(labels):
        data = []
        for i, sec in enumerate(sectors):
            c = counts[(sec, v)]
            if not c:
                continue
            srcs = tuple(dict.fromkeys(sid for r in items if sector_of(r) == sec
                                       and r["version"] == v for sid in r["source_ids"]))
            data.append(Datum(i, stack[sec] + c, base=stack[sec], label=sec, value_text=Q.translate(
                "Charts", "{n} attested items in version {v}").format(n=c, v=v),
                source_ids=srcs, edition=v, csv={"value": c}))
            stack[sec] += c
        series2.append(SeriesSpec(f"sector_{v}", Q.translate("Charts", "version {v}").format(v=v),
                                  "bar", data, color=n + 4, pattern=n, width=0.6))
    panel2 = Panel(series2, x_label=Q.translate("Charts", "Attested items"),
                   orientation="h", categories=sectors)
    base = [v for v in versions if v["kind"] == "catalogue"][-1]  # amendments list no items
    panel1.y_range = (0, max(v["restricted_official"] for v in versions) * 1.15)
    panel2.series = [s for s in series2 if s.data]  # versions without attested items
    return ChartSpec(
        "catalogue_composition",
        Q.translate("Charts", "Catalogue of technologies prohibited or restricted from export"),
        Q.translate("Charts", "items"), ", ".join(labels),
        sorted({s for v in versions for s in v["source_ids"]}), "", [panel1, panel2],
        subtitle=Q.translate("Charts", "coverage: reetool attests {a} of {n} items of version "
                                       "{v}").format(a=sum(attested[(base["version"], s)]
                                                           for s in ("prohibited", "restricted")),
                                                     n=base["total_official"], v=base["version"]),
        footnote=Q.translate(
            "Charts", "Bar height = official item count (dashed outline where derived from the "
                      "official changes, not stated); solid part = items whose text reetool has seen in a "
                      "cited source. Lower panel: attested items by sector."))
