"""Texts of the market widgets: numbers and percentages as shown, the publisher's flags and
units in the interface language, and the parser of a value the user types."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject

from reetool.data.textio import MAX_NUMBER

MISSING = "—"


def fmt_number(v: float | None, digits: int = 0) -> str:
    if v is None:
        return MISSING
    if digits == 0 and not float(v).is_integer() and abs(v) < 1000:
        return f"{v:,.3g}" if abs(v) < 1 else f"{v:,.1f}"
    return f"{v:,.{digits}f}"


def fmt_pct(v: float | None, digits: int = 1) -> str:
    if v is None:
        return MISSING
    if 0 < abs(v) < 0.1 and digits < 2:
        digits = 2          # 0.03 %, not a misleading 0.0 %
    return f"{v:.{digits}f} %"


class MarketTexts(QObject):
    """Translated labels shared by the market widgets (flag meanings, units)."""

    def flags(self) -> dict[str, str]:
        return {
            "NA": self.tr("NA — not available"),
            "W": self.tr("W — withheld to avoid disclosing company data"),
            "XX": self.tr("XX — not applicable"),
            "E": self.tr("E — net exporter"),
            "text": self.tr("published as text (qualitative or a range), not a number"),
            ">": self.tr("> — lower bound"),
            "<": self.tr("< — upper bound"),
            "e": self.tr("e — estimated"),
            "edited": self.tr("edited by you — not the published figure"),
            "r": self.tr("r — another edition gives a different value (revised; see the tooltip)"),
        }

    def units(self) -> dict[str, str]:
        return {
            "metric tons": self.tr("metric tons"),
            "thousand metric tons": self.tr("thousand metric tons"),
            "million metric tons": self.tr("million metric tons"),
            "thousand metric dry tons": self.tr("thousand metric dry tons"),
            "kilograms": self.tr("kilograms"),
            "million carats": self.tr("million carats"),
            "thousands of carats": self.tr("thousands of carats"),
            "million cubic meters": self.tr("million cubic meters"),
            "million liters": self.tr("million liters"),
        }

    def bases(self) -> dict[str, str]:
        """What a table's quantities are measured as (the data's ``basis``)."""
        return {"rare-earth-oxide (REO) equivalent": self.tr("rare-earth-oxide (REO) equivalent")}


def basis_text(basis: str) -> str:
    """A table's basis in the interface language (as published when reetool has no rendering)."""
    return MarketTexts().bases().get((basis or "").strip(), basis)


def flag_texts() -> dict[str, str]:
    return MarketTexts().flags()


def unit_text(unit: str) -> str:
    """The unit in the interface language (exports keep the unit as published)."""
    return MarketTexts().units().get((unit or "").strip(), unit)


def parse_value(text: str) -> float | None:
    """A user's entry: '12,000', '1.5e4' → number; '', '—', 'NA' → missing. ValueError else."""
    t = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if t in ("", MISSING, "-", "NA", "na"):
        return None
    t = t.replace(",", "")
    if not re.fullmatch(r"[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", t):
        raise ValueError(text)
    value = float(t)
    if not math.isfinite(value) or value > MAX_NUMBER:   # "1e400" is inf: refused, never stored
        raise ValueError(text)
    return value
