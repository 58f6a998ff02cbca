"""Country outlines for the world map, projected (Equal Earth) into painter paths.

Reads the bundled ``world_110m`` dataset (Natural Earth 1:110m admin-0, public domain; see
tools/build_world_map.py) the first time a map is drawn, never at start-up. Equal Earth
(Šavrič, Patterson & Jenny 2018) keeps areas true, so a large country does not look larger
than it is — what a choropleth of shares needs. y grows northwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
QUANTUM = 100.0   # the dataset stores 1/100 degree


def equal_earth(lon_deg, lat_deg):
    """Equal Earth projection of longitudes/latitudes in degrees (numpy arrays) → x, y in
    units of the Earth's radius."""
    import numpy as np

    lam, phi = np.radians(lon_deg), np.radians(lat_deg)
    m = np.sqrt(3.0) / 2.0
    theta = np.arcsin(m * np.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * np.cos(theta) / (m * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def decode(rings: str) -> list:
    """"x0 y0 dx dy …|…" (1/100 degree deltas) → list of (lon, lat) numpy arrays."""
    import numpy as np

    out = []
    for ring in rings.split("|"):
        nums = np.array(ring.split(), dtype=float).reshape(-1, 2)
        out.append(np.cumsum(nums, axis=0) / QUANTUM)
    return out


@dataclass(frozen=True)
class Country:
    iso3: str          # "" for pieces without an ISO 3166 code (Somaliland, N. Cyprus, Kosovo)
    name: str          # Natural Earth's name
    path: object       # QPainterPath in projected coordinates


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QPainterPath, QPolygonF

    from reetool.data import bundle

    out = []
    for rec in bundle().records("world_110m"):
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)     # holes (Lesotho in South Africa)
        for ring in decode(rec["rings"]):
            x, y = equal_earth(ring[:, 0], ring[:, 1])
            path.addPolygon(QPolygonF([QPointF(a, b) for a, b in zip(x.tolist(), y.tolist())]))
            path.closeSubpath()
        out.append(Country(rec["iso3"] or "", rec["name_ne"], path))
    return tuple(out)


def by_iso3() -> dict[str, Country]:
    return {c.iso3: c for c in countries() if c.iso3}


def source_ids() -> tuple[str, ...]:
    from reetool.data import bundle

    return tuple(dict.fromkeys(s for r in bundle().records("world_110m") for s in r["source_ids"]))
