"""Formatting shared by the builders (numbers with units, ranges of years and editions)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Q


def fmt_num(v: float | None, digits: int = 0) -> str:
    if v is None:
        return "—"
    if digits == 0 and abs(v - round(v)) < 1e-9:
        return f"{v:,.0f}"
    return f"{v:,.{digits or 2}f}"


def tonnes(v: float | None, estimated: bool = False, comparator: str = "", flag: str = "") -> str:
    if v is None:
        return flag or Q.translate("Charts", "not available")
    text = Q.translate("Charts", "{value} t").format(value=comparator + fmt_num(v))
    return text + (Q.translate("Charts", " (estimated)") if estimated else "")


def pct(v: float | None, estimated: bool = False) -> str:
    """A percentage: one decimal, two below 0.1 % (so a small share never reads as 0.0 %)."""
    if v is None:
        return "—"
    text = f"{v:.2f} %" if 0 < abs(v) < 0.1 else f"{v:.1f} %"
    return text + (Q.translate("Charts", " (estimated)") if estimated else "")


def join(names) -> str:
    return Q.translate("Charts", ", ").join(names)


def year_span(years) -> str:
    ys = sorted({int(y) for y in years if y is not None})
    if not ys:
        return "—"
    return str(ys[0]) if ys[0] == ys[-1] else f"{ys[0]}–{ys[-1]}"


def edition_span(editions) -> str:
    eds = sorted({e for e in editions if e}, key=lambda e: (e[:3] != "DS1", e[:3] != "MCS", e))
    mcs = [e for e in eds if e.startswith("MCS")]
    rest = [e for e in eds if not e.startswith("MCS")]
    parts = [e for e in rest if e.startswith("DS")]
    if mcs:
        parts.append(mcs[0] if len(mcs) == 1 else f"{mcs[0]}–{mcs[-1]}")
    parts += [e for e in rest if not e.startswith("DS")]
    return ", ".join(parts)


# Country names as the bundled USGS tables print them (others stay as published).
COUNTRIES = {
    "Australia": QT_TRANSLATE_NOOP("Charts", "Australia"),
    "Brazil": QT_TRANSLATE_NOOP("Charts", "Brazil"),
    "Burma": QT_TRANSLATE_NOOP("Charts", "Burma"),
    "Burundi": QT_TRANSLATE_NOOP("Charts", "Burundi"),
    "Canada": QT_TRANSLATE_NOOP("Charts", "Canada"),
    "China": QT_TRANSLATE_NOOP("Charts", "China"),
    "Greenland": QT_TRANSLATE_NOOP("Charts", "Greenland"),
    "India": QT_TRANSLATE_NOOP("Charts", "India"),
    "Madagascar": QT_TRANSLATE_NOOP("Charts", "Madagascar"),
    "Malaysia": QT_TRANSLATE_NOOP("Charts", "Malaysia"),
    "Nigeria": QT_TRANSLATE_NOOP("Charts", "Nigeria"),
    "Other countries": QT_TRANSLATE_NOOP("Charts", "Other countries"),
    "Russia": QT_TRANSLATE_NOOP("Charts", "Russia"),
    "South Africa": QT_TRANSLATE_NOOP("Charts", "South Africa"),
    "Tanzania": QT_TRANSLATE_NOOP("Charts", "Tanzania"),
    "Thailand": QT_TRANSLATE_NOOP("Charts", "Thailand"),
    "United States": QT_TRANSLATE_NOOP("Charts", "United States"),
    "Vietnam": QT_TRANSLATE_NOOP("Charts", "Vietnam"),
    "World": QT_TRANSLATE_NOOP("Charts", "World"),
}


def country_name(name: str | None) -> str:
    """The country's name in the UI language (as published when not in the list)."""
    if not name:
        return "—"
    return Q.translate("Charts", COUNTRIES[name]) if name in COUNTRIES else name


COMMODITIES = {"Rare earths": QT_TRANSLATE_NOOP("Charts", "Rare earths")}


def commodity_name(name: str) -> str:
    return Q.translate("Charts", COMMODITIES[name]) if name in COMMODITIES else name


UNITS = {
    "metric tons": QT_TRANSLATE_NOOP("Charts", "metric tons"),
    "kilograms": QT_TRANSLATE_NOOP("Charts", "kilograms"),
}


def unit_name(unit: str) -> str:
    return Q.translate("Charts", UNITS[unit]) if unit in UNITS else unit
