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


# Chinese line breaking (the simple rule of GB/T 15834 and JIS X 4051 "kinsoku"): a line
# does not start with closing punctuation nor end with opening punctuation
NO_LINE_START = frozenset("。，、；：！？）」』】》〉’”…%,.;:!?)]")
NO_LINE_END = frozenset("（「『【《〈‘“([")


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap by display width (CJK counts double). A word holding CJK breaks next
    to a Chinese character (not inside MCS2026): it first fills the line it starts on, no line
    starts with a closing mark (。，、）…) or ends with an opening one (（「《…), and the text
    does not end with one Chinese character alone on its line."""
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
        if display_width(word) > len(word):          # CJK in it: break inside the word
            lines, line = _wrap_cjk(lines, f"{line} " if line else "", word, width)
            continue
        if line:
            lines.append(line)
        while display_width(word) > width:  # a long word with no CJK (a URL): cut it
            cut = _fits(word, width)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return _no_orphan(lines, text)


def _no_orphan(lines: list[str], text: str) -> list[str]:
    """A Chinese text does not end with one character alone on its line (孤字): the line
    before gives it a companion, where a line may break there."""
    if len(lines) < 2:
        return lines
    prev, last = lines[-2], lines[-1]
    alone = len(last) == 1 or (len(last) == 2 and last[1] in NO_LINE_START)
    if (alone and _wide(last[0]) and len(prev) >= 3 and prev + last in text
            and _break_before(prev + last, len(prev) - 1)):
        lines[-2:] = [prev[:-1], prev[-1] + last]
    return lines


def _fits(word: str, width: int, prefix: str = "") -> int:
    """How many characters of ``word`` fit after ``prefix`` in ``width`` (at least one when
    nothing comes before them)."""
    cut = 0
    while cut < len(word) and display_width(prefix + word[:cut + 1]) <= width:
        cut += 1
    return cut if cut or prefix else 1


def _wide(ch: str) -> bool:
    return display_width(ch) == 2


def _break_before(word: str, i: int) -> bool:
    """Whether a line may end before ``word[i]``: next to a Chinese character (not inside a
    run of Latin letters and digits such as MCS2026), and not before a closing mark or
    after an opening one."""
    return ((_wide(word[i - 1]) or _wide(word[i]))
            and word[i] not in NO_LINE_START and word[i - 1] not in NO_LINE_END)


def _wrap_cjk(lines: list[str], prefix: str, word: str, width: int) -> tuple[list[str], str]:
    """Lay ``word`` out after ``prefix`` (the line so far): returns the lines and the last,
    unfinished line."""
    while True:
        fits = _fits(word, width, prefix)
        if fits >= len(word):
            return lines, prefix + word
        cut = next((i for i in range(fits, 0, -1) if _break_before(word, i)), 0)
        if cut == 0 and prefix:                      # no break fits after the line so far
            lines.append(prefix.rstrip())
            prefix = ""
            continue
        cut = cut or fits                            # no allowed break at all: cut anyway
        lines.append(prefix + word[:cut])
        prefix, word = "", word[cut:]


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
