"""argparse ``type=`` helpers: every numeric argument is checked at the door.

A value that is not a number, not finite (nan, inf, 1e999) or outside its range is refused
by argparse with the argument's name and its allowed range, exit status 2, no traceback and
no silent clamping::

    p.add_argument("--cut", type=number(0, 100), help="…")
    p.add_argument("--horizon", type=integer(1, 200), help="…")
    p.add_argument("--year", type=YEAR)

The ranges used by reetool's commands are named here so help texts and tests can cite them.
"""

from __future__ import annotations

import argparse
import math
import re

CUT_PCT = (0.0, 100.0)             # a share of a country's output withheld
GROWTH_PCT = (-100.0, 1000.0)      # %/yr: below −100 % output would be negative; 1,000 %/yr
HORIZON_YEARS = (1, 200)           #   over 200 years stays within a float (11^200 ≈ 1e208)
THRESHOLD_PCT = (0.0, 100.0)       # a share threshold
YEARS = (1900, 2100)               # data years (USGS series start in the 1900s)
SCALE = (0.25, 8.0)                # PNG pixel ratio
MAX_PIXELS_SIDE = 16384            # an exported image's width or height (Qt's practical limit)


def _fmt(x: float) -> str:
    return f"{x:g}"


def number(lo: float, hi: float, *, lo_open: bool = False):
    """A finite float within [lo, hi] (or (lo, hi] with ``lo_open``)."""
    lo_text = f"more than {_fmt(lo)}" if lo_open else f"from {_fmt(lo)}"

    def parse(text: str) -> float:
        try:
            value = float(text)
        except (TypeError, ValueError):
            raise argparse.ArgumentTypeError(
                f"must be a number {lo_text} to {_fmt(hi)}, not {text!r}") from None
        if not math.isfinite(value) or value > hi or value < lo or (lo_open and value == lo):
            raise argparse.ArgumentTypeError(
                f"must be a finite number {lo_text} to {_fmt(hi)}, not {text!r}")
        return value

    parse.__name__ = "number"      # argparse names the type in some messages
    return parse


def integer(lo: int, hi: int):
    """A whole number within [lo, hi]."""

    def parse(text: str) -> int:
        if not re.fullmatch(r"\s*[+-]?\d{1,12}\s*", text or ""):
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {lo} to {hi}, not {text!r}")
        value = int(text)
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {lo} to {hi}, not {text!r}")
        return value

    parse.__name__ = "integer"
    return parse


YEAR = integer(*YEARS)

