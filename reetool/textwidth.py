"""Width of text in terminal columns, shared by the command line's tables and the charts'
line wrapping (CJK characters take two columns). No dependencies."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Terminal columns taken by ``text`` (CJK characters take two)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
