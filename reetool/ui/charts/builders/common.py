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


UNITS = {
    "metric tons": QT_TRANSLATE_NOOP("Charts", "metric tons"),
    "kilograms": QT_TRANSLATE_NOOP("Charts", "kilograms"),
}


def unit_name(unit: str) -> str:
    if unit in UNITS:
        return Q.translate("Charts", UNITS[unit])
    from reetool.ui.names import unit_name as shown   # every other unit, 吨-based in Chinese

    return shown(unit)
