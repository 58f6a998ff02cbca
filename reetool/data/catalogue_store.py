"""Catalogue items the user imported, kept in the user data folder (never in the bundle).

One JSON file, ``<user data>/catalogue/imports.json``, written atomically. Each import keeps
its file name, date and items; items carry "file name, import date" as their source and
can be removed again (a whole import, or single items).
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import replace
from pathlib import Path

from reetool.data.catalogue_items import Item, Point
from reetool.data.errors import DataError
from reetool.data import store_checks
from reetool.data.textio import atomic_write_text
from reetool.data.user_files import read_store_json

FORMAT = 1


def _item_to_store(it: Item) -> dict:
    return {
        "version": it.version, "code": it.code, "status": it.status, "sector_zh": it.sector_zh,
        "name_zh": it.name_zh, "name_en": it.name_en, "name_en_origin": it.name_en_origin,
        "completeness": it.completeness, "line": it.line,
        "points": [{"number": p.number, "zh": p.zh, "en": p.en, "en_origin": p.en_origin}
                   for p in it.points],
    }


def _item_from_store(rec: dict, imp: dict, n: int) -> Item:
    label = f"{imp['file']}, {imp['date'][:10]}"
    code = rec.get("code") or ""
    return Item(
        version=rec["version"], item_id=code or f"I{imp['id'][:6]}-{n:03d}", status=rec["status"],
        code=code, sector_zh=rec.get("sector_zh") or "", name_zh=rec.get("name_zh") or "",
        name_en=rec.get("name_en") or "", name_en_origin=rec.get("name_en_origin") or "",
        completeness=rec.get("completeness") or "", confidence="", origin="import",
        import_id=imp["id"], source_label=label, sources=(f"import: {label}",), line=rec.get("line"),
        evidence=f"Imported by the user from {imp['file']} on {imp['date'][:10]}.",
        points=tuple(Point(seq=k, number=p.get("number") or "", zh=p.get("zh") or "", en=p.get("en") or "",
                           en_origin=p.get("en_origin") or "")
                     for k, p in enumerate(rec.get("points") or [], start=1)))


class ImportStore:
    def __init__(self, folder: Path | None = None):
        if folder is None:
            from reetool.appdirs import user_data_dir

            folder = user_data_dir(create=False) / "catalogue"
        self.path = Path(folder) / "imports.json"

    def load(self) -> dict:
        """The stored imports; a damaged file is moved aside (reetool.data.user_files) and
        DataError raised once, naming both files; the store then starts empty."""
        data = read_store_json(self.path, store_checks.catalogue_imports)
        return data if data is not None else {"format": FORMAT, "imports": []}

    def imports(self) -> list[dict]:
        """Summary of each import: id, file, date, versions, item count."""
        return [{"id": imp["id"], "file": imp["file"], "date": imp["date"],
                 "versions": sorted({r["version"] for r in imp["items"]}), "items": len(imp["items"])}
                for imp in self.load()["imports"]]

    def items(self) -> list[Item]:
        """Every imported item; a later import of the same version and code wins."""
        out: dict[tuple, Item] = {}
        for imp in self.load()["imports"]:
            for n, rec in enumerate(imp["items"], start=1):
                it = _item_from_store(rec, imp, n)
                out.pop((it.version, it.code or it.item_id), None)
                out[(it.version, it.code or it.item_id)] = it
        return list(out.values())

    def add(self, items: list[Item], file_name: str, when: _dt.datetime | None = None) -> str:
        """Save the items of one import; returns the import id."""
        if not items:
            raise ValueError("nothing to import")
        data = self.load()
        when = when or _dt.datetime.now().replace(microsecond=0)
        import uuid

        imp_id = uuid.uuid4().hex[:12]
        data["imports"].append({"id": imp_id, "file": Path(file_name).name, "date": when.isoformat(),
                                "items": [_item_to_store(it) for it in items]})
        self._write(data)
        return imp_id

    def remove(self, import_id: str | None = None, keys: list[tuple[str, str]] = ()) -> int:
        """Remove a whole import, or the items with these (version, code) keys. Returns the count."""
        data = self.load()
        removed = 0
        kept_imports = []
        for imp in data["imports"]:
            if import_id is not None and imp["id"] == import_id:
                removed += len(imp["items"])
                continue
            before = len(imp["items"])
            imp["items"] = [r for r in imp["items"] if (r["version"], r["code"]) not in set(keys)]
            removed += before - len(imp["items"])
            if imp["items"]:
                kept_imports.append(imp)
        data["imports"] = kept_imports
        if removed:
            self._write(data)
        return removed

    def _write(self, data: dict) -> None:
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def with_import_source(items: list[Item], file_name: str, date: str) -> list[Item]:
    """Items of a preview labelled as they will be once saved (for dry runs)."""
    label = f"{Path(file_name).name}, {date}"
    return [replace(it, sources=(f"import: {label}",), source_label=label) for it in items]
