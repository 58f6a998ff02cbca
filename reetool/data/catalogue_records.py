"""The app's own catalogue CSV and JSON schema (what reetool exports, and what a user can
prepare by hand): one row or object per item, control points joined with " | "."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

from reetool.data.catalogue import SUFFIX_STATUS, Item, Point
from reetool.data.catalogue_import_result import ParseResult, ParseWarning
from reetool.data.catalogue_text import half_width_int
from reetool.data.errors import DataError
from reetool.data.textio import csv_rows, load_json

CSV_COLUMNS = ("version", "status", "code", "sector_zh", "name_zh", "control_points_zh",
               "name_en", "control_points_en", "completeness")


def _split_joined(text: str) -> list[tuple[str, str]]:
    out = []
    for part in re.split(r"\s*\|\s*", text.strip()) if text and text.strip() else []:
        m = re.match(r"^\s*([0-9０-９]{1,2})\s*[.．、]\s*(.*)$", part)
        out.append((str(half_width_int(m.group(1))), m.group(2).strip()) if m else ("", part.strip()))
    return out


def _item_from_fields(rec: dict, where: str, line: int | None, file: str, version: str | None,
                      points: list[dict]) -> Item:
    def bad(column, message):
        raise DataError(file, f"{where}: {message}", row=line, column=column, code="bad_value")

    code = unicodedata.normalize("NFKC", str(rec.get("code") or "")).strip().upper()
    if code and not re.fullmatch(r"\d{6}[JX]", code):
        bad("code", f"'{code}' is not a catalogue code (six digits and J or X)")
    status = str(rec.get("status") or "").strip()
    if status not in SUFFIX_STATUS.values():
        if code:
            status = SUFFIX_STATUS[code[-1]]
        else:
            bad("status", f"status '{status}' is not prohibited or restricted")
    if code and SUFFIX_STATUS[code[-1]] != status:
        bad("status", f"code {code} ends in {code[-1]} ({SUFFIX_STATUS[code[-1]]}) but status is '{status}'")
    ver = str(version or rec.get("version") or "").strip()
    if not re.fullmatch(r"\d{4}", ver):
        bad("version", "version is missing (give one, e.g. --version 2023)")
    name_zh = str(rec.get("name_zh") or "").strip()
    name_en = str(rec.get("name_en") or "").strip()
    if not (code or name_zh or name_en):
        bad("code", "needs a code or a name")
    pts = tuple(Point(seq=k, number=str(p.get("number") or ""), zh=str(p.get("zh") or "").strip(),
                      en=str(p.get("en") or "").strip(),
                      en_origin="import" if p.get("en") else "")
                for k, p in enumerate(points, start=1))
    sources = rec.get("sources") or ()
    return Item(version=ver, item_id=code, status=status, code=code,
                sector_zh=str(rec.get("sector") or rec.get("sector_zh") or "").strip(),
                name_zh=name_zh, name_en=name_en, name_en_origin="import" if name_en else "",
                completeness=str(rec.get("completeness") or "imported").strip(),
                confidence="", origin="import", line=line, points=pts,
                evidence="; ".join(map(str, sources)) if isinstance(sources, list) else str(sources))


def parse_csv(text: str, file: str, version: str | None = None) -> ParseResult:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    if "status" not in header or not ({"code", "name_zh"} & set(header)):
        raise DataError(file, "is not a catalogue CSV: the header needs at least the columns status "
                        "and code or name_zh (" + ", ".join(CSV_COLUMNS) + ")", row=1, code="csv_header")
    items = []
    for rec in csv_rows(reader, file):     # a cell over the csv limit: DataError with its line
        line = reader.line_num
        if not any((v or "").strip() for v in rec.values() if isinstance(v, str)):
            continue
        zh = _split_joined(rec.get("control_points_zh") or "")
        en = _split_joined(rec.get("control_points_en") or "")
        n = max(len(zh), len(en))
        points = [{"number": (zh[k][0] if k < len(zh) else en[k][0]),
                   "zh": zh[k][1] if k < len(zh) else "", "en": en[k][1] if k < len(en) else ""}
                  for k in range(n)]
        items.append(_item_from_fields(rec, f"row {line}", line, file, version, points))
    if not items:
        raise DataError(file, "has a header but no items", row=2, code="empty")
    return _finish(items, "csv", version)


def parse_json(text: str, file: str, version: str | None = None) -> ParseResult:
    data = load_json(text, file)    # depth-limited, NaN/inf refused (reetool.data.textio)
    if isinstance(data, dict):
        data = data.get("items")
    if not isinstance(data, list) or not data or not all(isinstance(d, dict) for d in data):
        raise DataError(file, "is not a catalogue JSON file: expected a list of items "
                        "(version, code, status, name_zh, control_points …)", row=1, code="json_shape")
    items = []
    for k, rec in enumerate(data, start=1):
        pts = rec.get("control_points") or []
        if not isinstance(pts, list):
            raise DataError(file, f"item {k}: control_points must be a list of {{zh, en}}", code="bad_value")
        pts = [p if isinstance(p, dict) else {"zh": str(p)} for p in pts]
        items.append(_item_from_fields(rec, f"item {k}", None, file, version, pts))
    return _finish(items, "json", version)


def _finish(items: list[Item], fmt: str, version: str | None) -> ParseResult:
    warnings, seen, out = [], {}, []
    for it in items:
        key = (it.version, it.code or it.name_zh or it.name_en)
        if key in seen:
            warnings.append(ParseWarning(it.line, "duplicate", {"code": it.code or it.name_zh, "first": seen[key]}))
            continue
        seen[key] = it.line
        out.append(it)
    versions = {it.version for it in out}
    return ParseResult(out, warnings, fmt, "", version or (versions.pop() if len(versions) == 1 else None))
