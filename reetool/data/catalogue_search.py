"""Search normalisation for the catalogue: NFKC + casefold, so that full-width and
half-width forms (ＡＢＣ／ABC, １．/1.) and upper/lower case all match each other.

``fold`` is what the haystacks and queries are compared in; ``find_spans`` maps a match
back to positions in the original text (for highlighting).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Sequence

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Text in the form searches compare: NFKC, casefolded, runs of white space as one."""
    if not text:
        return ""
    if text.isascii():
        return _SPACES.sub(" ", text.lower())
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    return unicodedata.normalize("NFKC", ch).casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded character, the index of its source character."""
    out: list[str] = []
    index: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        if f == " ":
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, length) in ``text`` of every match of ``query`` (folded comparison)."""
    q = fold(query).strip()
    if not q or not text:
        return []
    folded, index = fold_with_map(text)
    spans, start = [], folded.find(q)
    while start >= 0:
        end = start + len(q) - 1
        a, b = index[start], index[end] + 1
        spans.append((a, b - a))
        start = folded.find(q, start + len(q))
    return spans


class Matcher:
    """Which rows contain a query, narrowing incrementally as the user types.

    ``haystacks`` are already folded. When the new query extends the previous one, only
    the rows that matched before are scanned again (typing gets cheaper, not dearer).
    ``within`` (ascending row numbers) limits every search to those rows, e.g. the rows the
    other filters let through; the result keeps their order.
    """

    def __init__(self, haystacks: Sequence[str], within: Sequence[int] | None = None):
        self.haystacks = haystacks if isinstance(haystacks, list) else list(haystacks)
        self.within = within
        self._query = ""
        self._rows: list[int] | None = None  # None: every row

    def match(self, query: str) -> list[int] | None:
        """Matching row numbers, or None when the query is empty (every row matches)."""
        q = fold(query).strip()
        if not q:
            self._query, self._rows = "", None
            return None
        hay = self.haystacks
        if self._rows is not None and self._query and q.startswith(self._query):
            rows = [r for r in self._rows if q in hay[r]]
        elif self.within is not None:
            rows = [r for r in self.within if q in hay[r]]
        else:
            rows = [r for r, h in enumerate(hay) if q in h]
        self._query, self._rows = q, rows
        return rows


def haystack(parts: Iterable[str]) -> str:
    return fold("\n".join(p for p in parts if p))
