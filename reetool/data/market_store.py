"""The user's imported USGS data releases, kept in the user data folder. Qt-free.

Each import is one JSON file ``<user data>/market/imports/<id>.json`` written atomically:
``{"id", "file_name", "imported_at", "format", "edition", "commodities", "rows": [...]}``.
Rows are market records (see reetool.data.market_import). Removing an import deletes only its
file. A damaged import file is skipped by ``imported_records`` and reported by ``list_imports``.

``generation()`` counts the imports added or removed in this process: reetool.data.market
compares it with the generation its cache was built from, so this module never needs to
reach back into the market model (no import circle).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path

from reetool.data.errors import DataError
from reetool.data import store_checks
from reetool.data.textio import atomic_write_text
from reetool.data.user_files import (
    describe_set_aside, read_store_json, set_aside_files, store_files,
)

_GENERATION = [0]


def generation() -> int:
    """How many times the stored imports changed in this process (caches compare it)."""
    return _GENERATION[0]


def _stored_changed() -> None:
    _GENERATION[0] += 1


def imports_dir() -> Path:
    """The folder of stored imports (not created by merely looking: reads never write)."""
    from reetool.appdirs import user_data_dir

    return user_data_dir(create=False) / "market" / "imports"


def _load(path: Path) -> dict:
    """One stored import; a damaged file is moved aside (user_files) and DataError raised."""
    data = read_store_json(path, store_checks.market_import)
    if data is None:
        raise DataError(path, "file is missing", code="missing")
    return data


def list_imports() -> list[dict]:
    """Summaries of stored imports, oldest first; damaged files carry an 'error'."""
    folder = imports_dir()
    out = []
    for path in store_files(folder):
        try:
            data = _load(path)
        except DataError:
            continue       # moved aside: listed below with the reason
        out.append({"id": data.get("id", path.stem), "file_name": data.get("file_name", ""),
                    "imported_at": data.get("imported_at", ""), "format": data.get("format", ""),
                    "edition": data.get("edition", ""),
                    "commodities": data.get("commodities", []), "rows": len(data["rows"]),
                    "path": str(path)})
    for path in set_aside_files(folder) if folder.is_dir() else []:
        out.append({"id": path.stem, "file_name": path.name, "rows": 0, "path": str(path),
                    "error": describe_set_aside(path)})
    return out


def imported_records() -> list[dict]:
    out = []
    folder = imports_dir()
    for path in store_files(folder):
        try:
            data = _load(path)
        except DataError:
            continue      # moved aside and recorded (user_files.recent): named at start
        for rec in data["rows"]:
            rec = dict(rec)
            rec["source_ids"] = tuple(rec.get("source_ids") or (f"import:{path.stem}",))
            out.append(rec)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:40] or "import"


def add_import(result) -> dict:
    """Store a parsed import (reetool.data.market_import.ImportResult); returns its summary."""
    folder = imports_dir()
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"{stamp}-{_slug(Path(result.file).stem)}"
    ident, n = base, 1
    while (folder / f"{ident}.json").exists():
        n += 1
        ident = f"{base}-{n}"
    rows = []
    for rec in result.rows:
        rec = {k: v for k, v in rec.items() if not k.startswith("__")}
        rec["source_ids"] = [f"import:{ident}"]
        rows.append(rec)
    data = {"id": ident, "file_name": Path(result.file).name,
            "imported_at": _dt.datetime.now().isoformat(timespec="seconds"),
            "format": result.format, "edition": result.edition,
            "commodities": sorted({r["commodity"] for r in rows}), "rows": rows}
    atomic_write_text(folder / f"{ident}.json",
                      json.dumps(data, ensure_ascii=False, indent=1))
    _stored_changed()
    return next(s for s in list_imports() if s["id"] == ident)


def remove_import(ident: str) -> None:
    path = next((p for p in imports_dir().glob("*") if p.stem == ident), None) \
        if imports_dir().is_dir() else None
    if path is None or path.parent != imports_dir():
        path = imports_dir() / f"{ident}.json"
        raise DataError(path, "no such import", code="missing")
    path.unlink()
    _stored_changed()
