"""Catalogue records as values: items with their control points, attested changes, and
how an imported item is merged with the bundled one it replaces. Qt-free and pandas-free.

``Item``, ``Point``, ``Change`` and the constants are re-exported by
``reetool.data.catalogue``; the user's import store (reetool.data.catalogue_store) builds on
this module alone, so the store and the catalogue model no longer import each other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reetool.data.catalogue_search import fold, haystack

STATUSES = ("prohibited", "restricted")
STAGES = ("mining", "separation", "metal_alloy", "magnet", "application")
SUFFIX_STATUS = {"J": "prohibited", "X": "restricted"}
CHANGE_KINDS = ("added", "deleted", "amended")


@dataclass(frozen=True)
class Point:
    seq: int
    number: str = ""
    zh: str = ""
    en: str = ""
    en_origin: str = ""          # third-party | reetool | ""
    stage: str = ""
    sources: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"number": self.number or None, "zh": self.zh or None, "en": self.en or None,
                "en_origin": self.en_origin or None, "stage": self.stage or None}


@dataclass(frozen=True)
class Item:
    version: str
    item_id: str
    status: str
    code: str = ""
    sector_zh: str = ""
    sector_en: str = ""
    name_zh: str = ""
    name_en: str = ""
    name_en_origin: str = ""     # third-party | reetool | ""
    completeness: str = ""
    confidence: str = ""
    evidence: str = ""
    rare_earth: bool = False
    sources: tuple[str, ...] = ()
    points: tuple[Point, ...] = ()
    origin: str = "bundle"       # bundle | import
    carried_from: str = ""       # set on items of an amendment carried over from its base
    import_id: str = ""
    source_label: str = ""       # imports: "file name, import date"
    line: int | None = None      # imports: line of the item in the imported file

    @property
    def key(self) -> tuple[str, str]:
        return (self.version, self.item_id)

    @property
    def stages(self) -> tuple[str, ...]:
        return tuple(s for s in STAGES if any(p.stage == s for p in self.points))

    @property
    def partial(self) -> bool:
        return self.completeness.strip().upper().startswith("PARTIAL")

    @property
    def display_code(self) -> str:
        return self.code or "—"

    def search_text(self) -> str:
        parts = [self.code, self.item_id if not self.code else "", self.name_zh, self.name_en,
                 self.sector_zh, self.sector_en]
        for p in self.points:
            parts += [p.zh, p.en]
        return haystack(parts)

    def to_json(self) -> dict:
        return {
            "version": self.version, "code": self.code or None, "item_id": self.item_id,
            "status": self.status, "sector": self.sector_zh or None,
            "sector_en": self.sector_en or None,
            "sector_en_origin": "reetool" if self.sector_en else None,   # imports never carry one
            "name_zh": self.name_zh or None, "name_en": self.name_en or None,
            "name_en_origin": self.name_en_origin or None,
            "control_points": [p.to_json() for p in self.points],
            "sources": list(self.sources), "completeness": self.completeness or None,
            "confidence": self.confidence or None, "rare_earth": self.rare_earth,
            "stages": list(self.stages), "origin": self.origin,
            "carried_from": self.carried_from or None,
        }


@dataclass
class Change:
    version: str
    change_id: str
    change: str
    status: str
    code: str = ""
    from_item: str = ""
    to_item: str = ""
    name_zh: str = ""
    name_en: str = ""
    before_zh: str = ""
    after_zh: str = ""
    after_en: str = ""
    en_origin: str = ""
    confidence: str = ""
    sources: tuple[str, ...] = ()
    notes: str = ""
    from_version: str = ""
    notes_zh: str = ""           # reetool rendering of the notes in Chinese

    def to_json(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else (v if v != "" else None))
                for k, v in self.__dict__.items()}



def _points_by_item(point_records) -> dict[tuple[str, str], list[Point]]:
    out: dict[tuple[str, str], list[Point]] = {}
    for r in point_records:
        out.setdefault((r["version"], r["item_id"]), []).append(Point(
            seq=r["seq"], number=r["number"] or "", zh=r["text_zh"] or "", en=r["text_en"] or "",
            en_origin=r["en_origin"] or "", stage=r["stage"] or "", sources=tuple(r["source_ids"])))
    for pts in out.values():
        pts.sort(key=lambda p: p.seq)
    return out


def items_from_records(item_records, point_records) -> list[Item]:
    points = _points_by_item(point_records)
    return [Item(
        version=r["version"], item_id=r["item_id"], status=r["status"], code=r["code"] or "",
        sector_zh=r["sector_zh"] or "", sector_en=r["sector_en"] or "", name_zh=r["name_zh"] or "",
        name_en=r["name_en"] or "", name_en_origin=r["name_en_origin"] or "",
        completeness=r["completeness"] or "", confidence=r["confidence"] or "",
        evidence=r["evidence"] or "", rare_earth=bool(r["rare_earth"]),
        sources=tuple(r["source_ids"]), points=tuple(points.get((r["version"], r["item_id"]), ())),
    ) for r in item_records]


def same_name(a: Item, b: Item) -> bool:
    return bool(a.name_zh and b.name_zh and fold(a.name_zh) == fold(b.name_zh))


def merge_import(imported: Item, bundled: Item | None) -> Item:
    """An imported item, keeping the bundled English where the import has none."""
    if bundled is None:
        return imported
    en_by_zh = {fold(p.zh): p for p in bundled.points if p.zh and p.en}
    points = tuple(
        replace(p, en=en_by_zh[fold(p.zh)].en, en_origin=en_by_zh[fold(p.zh)].en_origin)
        if not p.en and fold(p.zh) in en_by_zh else p
        for p in imported.points)
    changes = {"points": points}
    if not imported.name_en and bundled.name_en:
        changes.update(name_en=bundled.name_en, name_en_origin=bundled.name_en_origin)
    if not imported.sector_en and bundled.sector_en and imported.sector_zh == bundled.sector_zh:
        changes["sector_en"] = bundled.sector_en
    if not imported.rare_earth and bundled.rare_earth:
        changes["rare_earth"] = True
    return replace(imported, **changes)
