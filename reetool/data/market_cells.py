"""Reading the cells of a USGS data-release CSV: rows, field counts, and what one
published cell means (number, zero, flag, comparator, range or text). Qt-free; shared by
the world, MCS2026 and salient-statistics importers."""

from __future__ import annotations

import csv
import io
import re

from reetool.data.errors import DataError
from reetool.data.textio import csv_rows, finite_number

FLAGS = {"NA", "W", "XX", "E"}
ZERO = {"—", "–", "--", "-"}
QUALITATIVE = {"large", "moderate", "small", "very small", "moderate to large", "s"}
RANGE = re.compile(r"[\d,.]+\s*[-–]\s*[\d,.]+")
NUMBER = re.compile(r"\d[\d,]*(\.\d+)?|\.\d+")
GROUPED = re.compile(r"\d{1,3}(,\d{3})*(\.\d+)?")


def mcs_edition(raw: str, file, line: int, column: str) -> str:
    """'MCS2023' from a Source/DataSource cell; DataError (file, line, field) otherwise."""
    edition = (raw or "").strip().upper().replace(" ", "")
    if not re.fullmatch(r"MCS\d{4}", edition):
        raise DataError(file, f"'{raw}' is not an MCS edition (such as MCS2023)",
                        row=line, column=column, code="bad_value", value=raw)
    return edition


def parse_cell(text: str, file, line: int, column: str) -> dict:
    """value / comparator / flag of one published cell (flags are never numbers)."""
    raw = (text or "").strip()
    out = {"value": None, "comparator": "", "flag": "", "value_raw": raw}
    if raw == "":
        out["flag"] = "NA"
    elif raw in ZERO:
        out["value"] = 0.0
    elif raw.upper() in FLAGS:
        out["flag"] = raw.upper()
    elif raw.casefold() in QUALITATIVE or RANGE.fullmatch(raw):
        out["flag"] = "text"
    else:
        body = raw
        if body[0] in "<>":
            out["comparator"], body = body[0], body[1:].strip()
        body = body.replace("\u00a0", "").replace(" ", "")
        if not NUMBER.fullmatch(body) or ("," in body and not GROUPED.fullmatch(body)):
            raise DataError(file, f"'{raw}' is not a number, a range or a USGS flag (NA, W, XX, E)",
                            row=line, column=column, code="bad_value", value=raw)
        # finite and within bounds: a 400-digit number is refused, never stored as inf
        out["value"] = finite_number(body.replace(",", ""), file, line, column, low=0.0)
    return out


def csv_records(text: str, file) -> tuple[list[str], list[tuple[int, list[str]]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = []
    header = None
    for values in csv_rows(reader, file):   # csv.Error (e.g. a huge cell): DataError with line
        if not any(v.strip() for v in values):
            continue
        if header is None:
            header = [h.strip() for h in values]
            while header and header[-1] == "":
                header.pop()              # trailing empty columns
            continue
        rows.append((reader.line_num, values))
    if header is None:
        raise DataError(file, "file is empty", row=1, code="empty")
    return header, rows


def row_cells(header, values, line, file) -> dict:
    extra = values[len(header):]
    if any(v.strip() for v in extra):
        raise DataError(file, f"has {len(values)} fields, the header has {len(header)}",
                        row=line, code="field_count")
    if len(values) < len(header):
        raise DataError(file, f"has {len(values)} fields, the header has {len(header)}",
                        row=line, column=header[len(values)], code="field_count")
    return dict(zip(header, values))
