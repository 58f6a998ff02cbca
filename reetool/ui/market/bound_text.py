"""How a bounded figure reads on screen: "≤ 48.9 %", "≥ 230.8", and a tooltip that says why.

The bound comes from reetool.data.bounds; this module only words it, in the UI language.
Used by the Market page's table and concentration panel and by the share charts; other pages
can use it too::

    mark(text, bound) -> str          # "≤ 48.9 %", "≥ 230.8", "≶ 12.0 %"; text as is if exact
    tip(bound, reason="") -> str      # what the bound means, then why (may be "")
    note(bound, reason, note="") -> str   # the same on one line, before a chart datum's note
    marker(bound, estimated) -> str   # CSV marker words: "estimated; upper bound" (English)
    bounded_inputs(table) -> list[str]  # rows printed as bounds: "World total: >90,000,000 t …"
    share_reason(table) -> str        # why the shares of this table are bounds
    reason(table) -> str              # generic: "From figures printed as bounds: …"
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from reetool.data.bounds import Bound
from reetool.ui.market.texts import fmt_number, unit_text
from reetool.ui.names import country_name


def _bound(bound) -> Bound:
    return Bound(bound) if bound else Bound.EXACT


def mark(text: str, bound) -> str:
    """``text`` (a formatted figure) with its bound sign; unchanged when exact or missing."""
    b = _bound(bound)
    if b is Bound.UPPER:
        return Q.translate("BoundText", "≤ {value}").format(value=text)
    if b is Bound.LOWER:
        return Q.translate("BoundText", "≥ {value}").format(value=text)
    if b is Bound.UNKNOWN:
        return Q.translate("BoundText", "≶ {value}").format(value=text)
    return text


def meaning(bound) -> str:
    b = _bound(bound)
    if b is Bound.UPPER:
        return Q.translate("BoundText", "Upper bound (≤): the true value is at most this.")
    if b is Bound.LOWER:
        return Q.translate("BoundText", "Lower bound (≥): the true value is at least this.")
    if b is Bound.UNKNOWN:
        return Q.translate("BoundText", "Bounded, direction unknown (≶): it is computed from figures "
                                "bounded in opposite senses, so the true value may be higher "
                                "or lower.")
    return ""


def tip(bound, reason: str = "") -> str:
    """The tooltip of a bounded figure; "" when it is exact."""
    text = meaning(bound)
    if text and reason:
        text += "\n" + reason
    return text


def _printed(row, unit: str) -> str:
    kind = (Q.translate("BoundText", "lower bound") if row.comparator == ">"
            else Q.translate("BoundText", "upper bound"))
    return Q.translate("BoundText", "{name}: {value} {unit} ({kind})").format(
        name=country_name(row.country), value=row.comparator + fmt_number(row.value),
        unit=unit_text(unit), kind=kind)


def bounded_inputs(table) -> list[str]:
    """The rows of ``table`` printed as bounds (">", "<"), worded."""
    if table is None:
        return []
    rows = list(table.rows) + ([table.world] if table.world is not None else [])
    return [_printed(r, table.unit) for r in rows
            if r.value is not None and r.comparator in (">", "<")]


def reason(table) -> str:
    found = bounded_inputs(table)
    if not found:
        return ""
    return Q.translate("BoundText", "From figures the publisher prints as bounds: {list}.").format(
        list="; ".join(found))


def share_reason(table) -> str:
    """Why the shares of ``table`` are bounds (the world total's sign first)."""
    w = table.world if table is not None else None
    if w is not None and w.value is not None and w.comparator in (">", "<"):

        value = f"{w.comparator}{fmt_number(w.value)} {unit_text(table.unit)}"
        if w.comparator == ">":
            return Q.translate("BoundText", "The publisher prints the world total as a lower bound "
                                    "({value}), so a share of it is at most the figure "
                                    "shown.").format(value=value)
        return Q.translate("BoundText", "The publisher prints the world total as an upper bound "
                                "({value}), so a share of it is at least the figure "
                                "shown.").format(value=value)
    return reason(table)


def note(bound, reason: str, text: str = "") -> str:
    """A chart datum's note (tooltip and CSV): what the bound means and why, then ``text``."""
    if _bound(bound) in (Bound.EXACT, Bound.ESTIMATE):
        return text
    return " ".join(x for x in (meaning(bound), reason, text) if x)


def marker(bound, estimated: bool) -> str:
    """The CSV marker column: "estimated", "upper bound" … (English, like the data words)."""
    b = _bound(bound)
    words = ["estimated" if estimated else "",
             f"{b} bound" if b in (Bound.LOWER, Bound.UPPER) else
             "bound of unknown direction" if b is Bound.UNKNOWN else ""]
    return "; ".join(w for w in words if w)
