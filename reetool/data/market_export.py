"""CSV exports of market tables: UTF-8 with BOM (opens correctly in Excel), written atomically.
Every row carries its own provenance columns (source, edition, data year, unit, edited).
A figure's bound is never dropped: the columns in ``KEPT`` (share_bound, bound, basis …) are
written whenever the rows carry them, even if the caller did not list them."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Sequence

from reetool.data.csv_safety import safe_row
from reetool.data.textio import atomic_write_text


KEPT = ("share_bound", "share_basis", "bound", "basis", "commodity", "statistic", "edition",
        "data_year", "unit", "source")


def csv_text(rows: Sequence[dict], columns: Sequence[str]) -> str:
    columns = list(columns) + [c for c in KEPT if c not in columns and any(c in r for r in rows)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(safe_row(columns))
    for r in rows:
        out = []
        for c in columns:
            v = r.get(c)
            if v is None:
                out.append("")
            elif isinstance(v, bool):
                out.append("yes" if v else "no")
            elif isinstance(v, float):
                out.append(str(int(v)) if v.is_integer() else repr(round(v, 6)))
            elif isinstance(v, (list, tuple)):
                out.append(";".join(map(str, v)))
            else:
                out.append(str(v))
        w.writerow(safe_row(out))   # no cell runs as a spreadsheet formula
    return buf.getvalue()


def write_csv(path: Path, rows: Sequence[dict], columns: Sequence[str]) -> Path:
    path = Path(path)
    atomic_write_text(path, "\ufeff" + csv_text(rows, columns), encoding="utf-8", export=True)
    return path
