"""The words around a chart: line wrapping by display width, the subtitle (unit, data year,
edition), the source line, and fitting a text into a fixed number of lines so a chart that
follows a slider keeps its layout while its numbers change."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication as Q

from reetool.textwidth import display_width
from reetool.ui.charts.spec import ChartSpec
from reetool.ui.names import edition_label

ELLIPSIS = "…"
_NUMBER = re.compile(r"\d[\d,.]*")


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap by display width (CJK counts double); CJK text may break anywhere."""
    lines, line = [], ""
    for word in text.replace("\n", " \n ").split(" "):
        if word == "\n":
            lines.append(line)
            line = ""
            continue
        cand = f"{line} {word}" if line else word
        if display_width(cand) <= width:
            line = cand
            continue
        if line:
            lines.append(line)
        while display_width(word) > width:  # long CJK runs
            cut = 1
            while cut < len(word) and display_width(word[:cut + 1]) <= width:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def reserve(text: str, width: int) -> int:
    """Lines to reserve for ``text`` at ``width`` with room for its numbers to grow by two
    digits (5.0 % → 100.0 %, 13,500 t → 270,000 t), as they do while a slider moves."""
    return max(1, len(wrap(_NUMBER.sub(lambda m: m.group(0) + "00", text), width)))


def fit(text: str, width: int, lines: int) -> tuple[list[str], bool]:
    """``text`` wrapped at ``width`` into exactly ``lines`` lines: padded with empty lines,
    or cut with an ellipsis (then the second value is True: show the whole in a tooltip)."""
    out = wrap(text, width)
    if len(out) <= lines:
        return out + [""] * (lines - len(out)), False
    out = out[:lines]
    last = out[-1]
    while last and display_width(last + ELLIPSIS) > width:
        last = last[:-1]
    out[-1] = last.rstrip() + ELLIPSIS
    return out, True


def subtitle_text(spec: ChartSpec) -> str:
    sub = [Q.translate("Charts", "Unit: {unit}").format(unit=spec.unit),
           Q.translate("Charts", "Data year: {year}").format(year=spec.data_year)]
    if spec.edition:
        sub.append(Q.translate("Charts", "Edition: {edition}").format(edition=edition_label(spec.edition)))
    if spec.subtitle:
        sub.append(spec.subtitle)
    return "  ·  ".join(sub)


def source_text(spec: ChartSpec) -> str:
    ids = spec.all_sources()
    if len(ids) > 8:  # group numbered publications: CNQ-01 … CNQ-28 (28 publications)
        groups: dict[str, list[str]] = {}
        for sid in ids:
            groups.setdefault(sid.rsplit("-", 1)[0] if sid[-1:].isdigit() and "-" in sid else sid,
                              []).append(sid)
        parts = []
        for prefix, members in groups.items():
            if len(members) > 2:
                parts.append(Q.translate("Charts", "{first}…{last} ({n} publications)").format(
                    first=members[0], last=members[-1], n=len(members)))
            else:
                parts.extend(members)
        id_text = "; ".join(parts)
    else:
        id_text = "; ".join(ids)
    return Q.translate("Charts", "Source: {ids}").format(ids=id_text)


def footer_text(spec: ChartSpec) -> str:
    """The footnote (if any) over the source line."""
    return (spec.footnote + "\n" if spec.footnote else "") + source_text(spec)
