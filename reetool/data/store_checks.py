"""The shape of each stored user file, checked before any of it is used. Qt-free.

Each validator takes parsed JSON (already depth-limited and free of NaN/inf, see
reetool.data.textio.load_json) and raises DataError naming the field at fault; the stores
pass them to ``reetool.data.user_files.read_store_json``, which moves a damaged file aside.
Each ``check_*`` loads one store and returns a one-line summary (``user_files.STORE_CHECKS``
lists them for start-up and ``self-test``).

Numbers are values the user or a USGS file gave: finite, never negative, at most
``textio.MAX_NUMBER``. A scenario's parameters must lie in the ranges the Market page offers
(``SCENARIO_RANGES``), so nothing is clamped silently when a scenario is opened.
"""

from __future__ import annotations

import re

from reetool.data.errors import DataError
from reetool.data.textio import MAX_NUMBER

STATUSES = ("prohibited", "restricted")
ITEM_TEXT = ("code", "sector_zh", "name_zh", "name_en", "name_en_origin", "completeness")
POINT_TEXT = ("number", "zh", "en", "en_origin")
SCENARIO_FORMAT = 1
SCENARIO_RANGES = {("disruption", "cut_pct"): (0.0, 100.0),
                   ("rampup", "country_growth_pct"): (-20.0, 30.0),
                   ("rampup", "others_growth_pct"): (-20.0, 30.0),
                   ("rampup", "threshold_pct"): (1.0, 99.0)}
MARKET_ROW_TEXT = ("commodity", "statistic", "edition", "country", "country_std", "unit")
YEAR = (1800, 2200)


def _bad(field: str, message: str, code: str = "format") -> DataError:
    return DataError("(stored file)", message, column=field, code=code)


def _is_num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _text_or_none(rec: dict, keys) -> bool:
    return all(rec.get(k) is None or isinstance(rec.get(k), str) for k in keys)


def _value(v, field: str) -> None:
    """None (missing) or a finite number within 0 … MAX_NUMBER."""
    if v is None:
        return
    if not _is_num(v):
        raise _bad(field, f"{v!r} is not a number", "bad_value")
    if v < 0 or v > MAX_NUMBER:
        raise _bad(field, f"{v:g} is out of range (0 to {MAX_NUMBER:g})", "out_of_range")


def _year(v, field: str) -> None:
    if not (isinstance(v, int) and not isinstance(v, bool) and YEAR[0] <= v <= YEAR[1]):
        raise _bad(field, f"{v!r} is not a year ({YEAR[0]}–{YEAR[1]})", "bad_value")


# --- catalogue imports (reetool.data.catalogue_store) ----------------------------------------
def _valid_item(r) -> bool:
    return (isinstance(r, dict) and isinstance(r.get("version"), str) and r.get("status") in STATUSES
            and _text_or_none(r, ITEM_TEXT)
            and (r.get("line") is None or (isinstance(r["line"], int) and not isinstance(r["line"], bool)))
            and isinstance(r.get("points") or [], list)
            and all(isinstance(p, dict) and _text_or_none(p, POINT_TEXT) for p in r.get("points") or []))


def catalogue_imports(data) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("imports"), list):
        raise _bad("imports", "is not a reetool import store (no 'imports' list)")
    for n, imp in enumerate(data["imports"]):
        if not (isinstance(imp, dict) and isinstance(imp.get("items"), list)
                and all(isinstance(imp.get(k), str) for k in ("id", "file", "date"))):
            raise _bad(f"imports[{n}]", "is not a reetool import (id, file, date, items)")
        for k, r in enumerate(imp["items"]):
            if not _valid_item(r):
                raise _bad(f"imports[{n}].items[{k}]", "is not a catalogue item (version, status "
                           "prohibited/restricted, text fields, points)")


# --- market imports (reetool.data.market_store) ----------------------------------------------
def market_import(data) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("rows"), list):
        raise _bad("rows", "is not a reetool market import (no 'rows' list)")
    for n, r in enumerate(data["rows"]):
        where = f"rows[{n}]"
        if not isinstance(r, dict):
            raise _bad(where, "is not a record")
        for k in MARKET_ROW_TEXT:
            if not isinstance(r.get(k), str):
                raise _bad(f"{where}.{k}", "is missing or not text")
        if not re.fullmatch(r"MCS\d{4}", r["edition"]):
            raise _bad(f"{where}.edition", f"'{r['edition'][:40]}' is not an MCS edition", "bad_value")
        _year(r.get("data_year"), f"{where}.data_year")
        _value(r.get("value"), f"{where}.value")
        if not _text_or_none(r, ("flag", "comparator", "value_raw", "notes", "basis", "kind",
                                 "item_key", "column", "edition_version")):
            raise _bad(where, "has a text field that is not text")
        if r.get("kind") == "salient" and not isinstance(r.get("item_key"), str):
            raise _bad(f"{where}.item_key", "is missing")
        ids = r.get("source_ids")
        if ids is not None and not (isinstance(ids, list) and all(isinstance(s, str) for s in ids)):
            raise _bad(f"{where}.source_ids", "is not a list of source ids")


# --- edits and scenarios (reetool.data.market_user) ------------------------------------------
def _edits(edits, added, where: str) -> None:
    if not isinstance(edits, dict):
        raise _bad(f"{where}.edits", "must map countries to values")
    for country, v in edits.items():
        _value(v, f"{where}.edits.{country}")
    if not (isinstance(added, list) and all(isinstance(a, str) for a in added)):
        raise _bad(f"{where}.added", "must list country names")


def market_edits(data) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
        raise _bad("tables", "is not a reetool edits file (no 'tables')")
    for key, entry in data["tables"].items():
        if not isinstance(entry, dict):
            raise _bad(f"tables.{key}", "is not an edited table")
        _edits(entry.get("edits") or {}, entry.get("added") or [], f"tables.{key}")


def scenario(data) -> None:
    if not isinstance(data, dict):
        raise _bad("(top level)", "is not a reetool scenario (expected a JSON object)")
    if data.get("format") != SCENARIO_FORMAT:
        raise _bad("format", f"has scenario format {data.get('format')!r}; this version reads "
                             f"format {SCENARIO_FORMAT}", "newer_format")
    for field in ("commodity", "statistic"):
        if not isinstance(data.get(field), str):
            raise _bad(field, f"has no '{field}'")
    _edits(data.get("edits") or {}, data.get("added") or [], "scenario")
    _year(data.get("year"), "year")
    if data.get("edition") is not None and not isinstance(data["edition"], str):
        raise _bad("edition", "is not text")
    params = data.get("scenario")
    if params is None:
        return
    if not isinstance(params, dict):
        raise _bad("scenario", "is not a set of scenario parameters")
    for (kind, name), (lo, hi) in SCENARIO_RANGES.items():
        part = params.get(kind)
        if part is None:
            continue
        if not isinstance(part, dict):
            raise _bad(f"scenario.{kind}", "is not a set of parameters")
        v = part.get(name)
        if v is not None and (not _is_num(v) or not lo <= v <= hi):
            raise _bad(f"scenario.{kind}.{name}", f"{v!r} is out of range ({lo:g} to {hi:g})",
                       "out_of_range")
        if part.get("country") is not None and not isinstance(part["country"], str):
            raise _bad(f"scenario.{kind}.country", "is not text")
