"""What a chart shows, independent of how it is drawn.

A builder (``reetool.ui.charts.builders``) turns the data into a ``ChartSpec``: title,
unit, data year, sources, edition and one or more panels of series. The view draws any
spec the same way (hover, legend, selection, export), and the CSV export writes the spec's
points, so the screen, PNG, SVG and CSV always carry the same figures and provenance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Datum:
    """One bar or point. ``x`` is a year or a category index; bars span ``base``→``y``."""

    x: float
    y: float | None
    label: str = ""             # category (country, version …) or "" for a year axis
    year: int | None = None
    value_text: str = ""        # exact value as shown in the tooltip (with unit)
    source_ids: tuple[str, ...] = ()
    edition: str = ""
    base: float = 0.0
    note: str = ""
    country: str = ""           # selecting this bar selects the country
    low: float | None = None    # ranges (drawn as an error bar)
    high: float | None = None
    hollow: bool = False        # estimated / earlier edition: drawn hollow
    tag: str = ""               # text printed on the bar (default: value_text)
    csv: dict = field(default_factory=dict)   # extra CSV columns


@dataclass
class SeriesSpec:
    key: str
    label: str
    kind: str                   # bar | line | scatter | range
    data: list[Datum]
    color: int = 0              # index into the palette
    pattern: int = 0            # index into the fill patterns (bars)
    symbol: str = "o"           # points
    dashed: bool = False
    width: float = 0.7          # bar width (in x units)
    labels: bool = False        # print the value on/next to each bar
    stacked: bool = False       # segments of a stacked bar: labels go inside or nowhere
    follows: str = ""           # key of the series whose legend entry also shows/hides this


@dataclass
class RefLine:
    value: float
    label: str
    horizontal: bool = True


@dataclass
class Panel:
    series: list[SeriesSpec]
    x_label: str = ""
    y_label: str = ""
    orientation: str = "v"      # v: categories/years on x; h: categories on y (horizontal bars)
    categories: list[str] = field(default_factory=list)
    time: bool = False          # x is a year: crosshair
    log_y: bool = False
    ref_lines: list[RefLine] = field(default_factory=list)
    y_range: tuple[float, float] | None = None
    legend: bool = True
    notes: list[tuple[float, float, str]] = field(default_factory=list)  # (x, y, text)


@dataclass
class ChartSpec:
    name: str
    title: str
    unit: str
    data_year: str
    source_ids: list[str]
    edition: str
    panels: list[Panel]
    subtitle: str = ""
    footnote: str = ""
    log_option: bool = False

    def all_sources(self) -> list[str]:
        seen = dict.fromkeys(self.source_ids)
        for p in self.panels:
            for s in p.series:
                for d in s.data:
                    seen.update(dict.fromkeys(d.source_ids))
        return sorted(seen, key=lambda sid: re.sub(r"\d+", lambda m: m.group(0).zfill(6), sid))
