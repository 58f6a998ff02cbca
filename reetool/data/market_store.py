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
from reetool.data.textio import atomic_write_text

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
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(path, f"is not valid JSON ({exc.msg})", row=exc.lineno, code="json") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(path, f"cannot be read ({exc})", code="unreadable") from None
    if not isinstance(data, dict) or not isinstance(data.get("rows"), list):
        raise DataError(path, "is not a reetool market import (no 'rows' list)", code="format")
    return data


def list_imports() -> list[dict]:
    """Summaries of stored imports, oldest first; damaged files carry an 'error'."""
    folder = imports_dir()
    out = []
    for path in sorted(folder.glob("*.json")) if folder.exists() else []:
        try:
            data = _load(path)
        except DataError as exc:
            out.append({"id": path.stem, "file_name": path.name, "error": exc.describe(),
                        "rows": 0, "path": str(path)})
            continue
        out.append({"id": data.get("id", path.stem), "file_name": data.get("file_name", ""),
                    "imported_at": data.get("imported_at", ""), "format": data.get("format", ""),
                    "edition": data.get("edition", ""),
                    "commodities": data.get("commodities", []), "rows": len(data["rows"]),
                    "path": str(path)})
    return out


def imported_records() -> list[dict]:
    out = []
    folder = imports_dir()
    for path in sorted(folder.glob("*.json")) if folder.exists() else []:
        try:
            data = _load(path)
        except DataError:
            continue
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
    path = imports_dir() / f"{ident}.json"
    if not path.exists() or path.parent != imports_dir():
        raise DataError(path, "no such import", code="missing")
    path.unlink()
    _stored_changed()
