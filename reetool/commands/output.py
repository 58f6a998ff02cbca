"""Print records as an aligned table, JSON or CSV (shared by every headless command)."""

from __future__ import annotations

import csv
import json
import sys
from typing import Iterable, Sequence, TextIO

from reetool.data.csv_safety import safe_row
from reetool.textwidth import display_width  # noqa: F401  (also used by callers of this module)

FORMATS = ("table", "json", "csv")


def _cell(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 1e15 else str(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def table(rows: Sequence[dict], columns: Sequence[str]) -> str:
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([display_width(c)] + [display_width(row[i]) for row in cells])
              for i, c in enumerate(columns)]

    def line(values: Iterable[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(columns), line("-" * w for w in widths)]
    out += [line(row) for row in cells]
    return "\n".join(out)


def emit(rows: Sequence[dict] | dict, fmt: str, columns: Sequence[str] | None = None,
         stream: TextIO | None = None, header: dict | None = None) -> None:
    """Write ``rows`` (a list of records, or one record) in ``fmt``.

    ``header`` names where the figures come from (commodity, statistic, edition, data year,
    unit, source …): a table prints it as "key: value" lines above the table; a CSV repeats
    it as columns on every row (so a spreadsheet keeps it with any row it copies); JSON
    records are expected to carry those fields themselves.
    """
    stream = stream or sys.stdout
    if fmt == "json":
        json.dump(rows, stream, ensure_ascii=False, indent=2, default=str)
        stream.write("\n")
        return
    records = [rows] if isinstance(rows, dict) else list(rows)
    columns = list(columns or (records[0].keys() if records else []))
    if header and fmt == "csv":
        columns += [k for k in header if k not in columns]
        records = [{**header, **r} for r in records]
    elif header:
        stream.write("".join(f"{k}: {_cell(v)}\n" for k, v in header.items()))
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(safe_row(columns))
        for r in records:   # cells a spreadsheet would run as formulas get a leading '
            writer.writerow(safe_row("; ".join(map(str, v)) if isinstance(v, (list, tuple)) else
                                     ("" if v is None else v) for v in (r.get(c) for c in columns)))
        return
    stream.write(table(records, columns) + "\n")
