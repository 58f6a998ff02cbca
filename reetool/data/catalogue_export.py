"""Catalogue items out of the app: CSV (UTF-8 with BOM, re-importable) and citations."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reetool.data.catalogue import Item
from reetool.data.csv_safety import safe_cell
from reetool.data.textio import atomic_write_bytes

EXPORT_COLUMNS = ("version", "status", "code", "sector_zh", "name_zh", "control_points_zh",
                  "name_en", "control_points_en", "name_en_origin", "completeness", "confidence",
                  "rare_earth", "stages", "sources", "origin", "carried_from", "item_id")


def _joined(points, attr: str) -> str:
    return " | ".join((f"{p.number}." if p.number else "") + getattr(p, attr) for p in points
                      if getattr(p, attr))


def export_rows(items: list[Item]) -> list[dict]:
    return [{
        "version": it.version, "status": it.status, "code": it.code, "sector_zh": it.sector_zh,
        "name_zh": it.name_zh, "control_points_zh": _joined(it.points, "zh"), "name_en": it.name_en,
        "control_points_en": _joined(it.points, "en"), "name_en_origin": it.name_en_origin,
        "completeness": it.completeness, "confidence": it.confidence,
        "rare_earth": "yes" if it.rare_earth else "no", "stages": ";".join(it.stages),
        "sources": ";".join(it.sources), "origin": it.origin, "carried_from": it.carried_from,
        "item_id": it.item_id,
    } for it in items]


def csv_bytes(items: list[Item]) -> bytes:
    """CSV with a UTF-8 BOM, so spreadsheet programs show the Chinese correctly."""
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, EXPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in export_rows(items))
    return buf.getvalue().encode("utf-8-sig")


def write_csv(path: Path, items: list[Item]) -> None:
    atomic_write_bytes(Path(path), csv_bytes(items), export=True)


def citation(item: Item, version_info: dict, sources: dict[str, dict], accessed: str) -> str:
    """A plain-text citation of one item with its provenance (bilingual, as the catalogue is)."""
    ident = item.code or f"(code not seen; reetool id {item.item_id})"
    name = " / ".join(n for n in (item.name_zh, item.name_en) if n)
    if item.name_en and item.name_en_origin == "reetool":
        name += " [English: reetool rendering, unofficial]"
    elif item.name_en and item.name_en_origin == "third-party":
        name += " [English: third-party translation]"
    lines = [
        f"中国禁止出口限制出口技术目录 / Catalogue of Technologies Prohibited and Restricted from Export, "
        f"{version_info['instrument_zh']} / {version_info['instrument_en']} ({version_info['date']})"
        + (f", as amending the {version_info['base_version']} catalogue" if version_info["kind"] == "amendment" else "")
        + f", {item.status} item {ident}: {name}.",
    ]
    if item.carried_from:
        lines.append(f"Listed in the {item.carried_from} catalogue and not named among the deletions "
                     f"of this amendment.")
    if item.partial or item.origin == "import":
        lines.append(f"Completeness: {item.completeness}.")
    refs = []
    for sid in item.sources:
        src = sources.get(sid)
        refs.append(f"{sid}: {src['title']}, {src['publisher']}, {src['locator']}" if src else sid)
    lines.append("Attested by: " + "; ".join(refs) + ".")
    lines.append(f"Via reetool (offline catalogue browser), accessed {accessed}.")
    return "\n".join(lines)
