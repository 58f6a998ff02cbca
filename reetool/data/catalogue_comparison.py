"""The comparison of two catalogue versions as plain rows: one function shared by
``reetool catalogue compare``, the Compare dialog (table, CSV, clipboard) and briefing slides.

Rows keep values as published (Chinese names, source ids, English marked with its origin),
with ``notes_zh`` the reetool rendering of a change's English notes; the dialog translates
the words it shows. Groups, in this order: ``added``, ``deleted``,
``amended`` (changes a source names, or derived from two complete texts), then
``only_in_from`` / ``only_in_to`` (attested in one version only: whether kept, deleted or new
is not known while the texts are incomplete).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reetool.data.catalogue import CHANGE_KINDS, Catalogue, CompareEntry, Comparison, Item
from reetool.data.textio import atomic_write_bytes

GROUPS = (*CHANGE_KINDS, "only_in_from", "only_in_to")
COLUMNS = ("from_version", "to_version", "group", "code", "status", "name_zh", "name_en",
           "name_en_origin", "basis", "revision", "sources", "confidence", "what_changed",
           "what_changed_en", "what_changed_en_origin", "notes", "version", "item_id", "notes_zh")


def _name_en_origin(e: CompareEntry) -> str:
    """Origin of the English name the entry shows (the same precedence as CompareEntry.name_en)."""
    for it in (e.after, e.before):
        if it is not None and it.name_en:
            return it.name_en_origin
    return e.change.en_origin if e.change is not None and e.change.name_en else ""


def _entry_row(e: CompareEntry) -> dict:
    c = e.change if e.basis == "attested" else None
    target = e.after or e.before
    return {"group": e.kind, "code": e.code, "status": e.status, "name_zh": e.name_zh,
            "name_en": e.name_en, "name_en_origin": _name_en_origin(e), "basis": e.basis,
            "revision": c.version if c else "",
            "sources": list(c.sources) if c else sorted({s for it in (e.before, e.after) if it for s in it.sources}),
            "confidence": c.confidence if c else "", "what_changed": (c.after_zh or c.notes) if c else "",
            "what_changed_en": c.after_en if c else "",
            "what_changed_en_origin": c.en_origin if c and c.after_en else "", "notes": c.notes if c else "",
            "notes_zh": c.notes_zh if c else "",
            "version": target.version if target else "", "item_id": target.item_id if target else ""}


def _item_row(group: str, it: Item) -> dict:
    return {"group": group, "code": it.code, "status": it.status, "name_zh": it.name_zh,
            "name_en": it.name_en, "name_en_origin": it.name_en_origin,
            "basis": "import" if it.origin == "import" else "attested", "revision": "",
            "sources": list(it.sources), "confidence": it.confidence, "what_changed": "",
            "what_changed_en": "", "what_changed_en_origin": "", "notes": "", "notes_zh": "",
            "version": it.version, "item_id": it.item_id}


def rows_of(result: Comparison) -> list[dict]:
    rows = []
    for kind in CHANGE_KINDS:
        rows += [_entry_row(e) for e in result.of_kind(kind)]
    rows += [_item_row("only_in_from", it) for it in result.only_a]
    rows += [_item_row("only_in_to", it) for it in result.only_b]
    for r in rows:
        r["from_version"], r["to_version"] = result.version_a, result.version_b
    return [{k: r[k] for k in COLUMNS} for r in rows]


def comparison_rows(catalogue: Catalogue, version_from: str, version_to: str) -> tuple[dict, list[dict]]:
    """(summary, rows) of the comparison of two versions (in either order: the older one is
    ``from``). The summary holds from/to, the revisions between them and the official
    counts of changes ({} when not known), and how many rows each group has."""
    result = catalogue.compare(version_from, version_to)
    rows = rows_of(result)
    summary = {"from_version": result.version_a, "to_version": result.version_b, "steps": list(result.steps),
               "official": dict(result.official),
               "counts_basis": catalogue.info(result.version_b)["counts_basis"],
               "rows": {g: sum(1 for r in rows if r["group"] == g) for g in GROUPS}}
    return summary, rows


def csv_bytes(rows: list[dict]) -> bytes:
    """The rows as CSV, UTF-8 with BOM (spreadsheet programs then show the Chinese)."""
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({**r, "sources": ";".join(r["sources"])})
    return buf.getvalue().encode("utf-8-sig")


def write_csv(path: Path, rows: list[dict]) -> None:
    atomic_write_bytes(Path(path), csv_bytes(rows))
