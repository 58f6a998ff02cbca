"""The export-technology catalogue as a model: items with their control points, versions
with official counts, coverage, history across versions and comparison of two versions.

Qt-free and pandas-free: built from ``bundle().records()`` plus the user's imports
(reetool.data.catalogue_store), so the first page can be populated quickly.

Honesty rules kept here: an item absent from the bundle is "not attested", never
"does not exist"; counts that are derived are marked so; changes are either attested by a
source or derived from two complete texts, and say which.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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

    def to_json(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else (v if v != "" else None))
                for k, v in self.__dict__.items()}


@dataclass
class CompareEntry:
    kind: str                    # added | deleted | amended
    basis: str                   # attested (a source names the change) | derived (two complete texts)
    status: str
    before: Item | None = None
    after: Item | None = None
    change: Change | None = None

    def _first(self, attr: str) -> str:
        """The field from the newer item, else the older one, else the change record."""
        for it in (self.after, self.before):
            if it is not None and getattr(it, attr):
                return getattr(it, attr)
        return getattr(self.change, attr) if self.change else ""

    @property
    def name_zh(self) -> str:
        return self._first("name_zh")

    @property
    def name_en(self) -> str:
        return self._first("name_en")

    @property
    def code(self) -> str:
        return self._first("code")

    def to_json(self) -> dict:
        return {"kind": self.kind, "basis": self.basis, "status": self.status, "code": self.code or None,
                "name_zh": self.name_zh or None, "name_en": self.name_en or None,
                "before": self.before.item_id if self.before else None,
                "after": self.after.item_id if self.after else None,
                "change": self.change.to_json() if self.change else None}


@dataclass
class Comparison:
    version_a: str
    version_b: str
    entries: list[CompareEntry] = field(default_factory=list)
    only_a: list[Item] = field(default_factory=list)   # attested in a only, fate unknown
    only_b: list[Item] = field(default_factory=list)
    official: dict = field(default_factory=dict)       # official counts of changes in (a, b]
    steps: list[str] = field(default_factory=list)     # the revisions between a and b (summed)

    def of_kind(self, kind: str) -> list[CompareEntry]:
        return [e for e in self.entries if e.kind == kind]


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


def _same_name(a: Item, b: Item) -> bool:
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


class Catalogue:
    """Every version of the catalogue known to this installation (bundle + user imports)."""

    def __init__(self, versions: list[dict], items: list[Item], changes: list[dict],
                 imported: list[Item] = ()):
        self.version_records = sorted(versions, key=lambda r: r["version"])
        self._info = {r["version"]: r for r in self.version_records}
        base = {r["version"]: r["base_version"] or "" for r in self.version_records}
        self.changes = [Change(
            version=c["version"], change_id=c["change_id"], change=c["change"], status=c["status"],
            code=c["code"] or "", from_item=c["from_item"] or "", to_item=c["to_item"] or "",
            name_zh=c["name_zh"] or "", name_en=c["name_en"] or "", before_zh=c["before_zh"] or "",
            after_zh=c["after_zh"] or "", after_en=c["after_en"] or "", en_origin=c["en_origin"] or "",
            confidence=c["confidence"] or "", sources=tuple(c["source_ids"]), notes=c["notes"] or "",
            from_version=base.get(c["version"], "")) for c in changes]
        self.bundled = list(items)
        self.imported = list(imported)
        self._own: dict[str, list[Item]] = {}
        self._consolidated: dict[str, list[Item]] = {}
        self._lineage: dict[tuple[str, str], int] | None = None

    # --- versions ------------------------------------------------------------------
    @property
    def versions(self) -> list[str]:
        return [r["version"] for r in self.version_records]

    def info(self, version: str) -> dict:
        try:
            return self._info[version]
        except KeyError:
            raise KeyError(f"unknown catalogue version {version!r}; known: {', '.join(self.versions)}") from None

    def default_version(self) -> str:
        """The latest full catalogue (not an amendment)."""
        full = [r["version"] for r in self.version_records if r["kind"] == "catalogue"]
        return full[-1] if full else self.versions[-1]

    # --- items ---------------------------------------------------------------------
    def own_items(self, version: str) -> list[Item]:
        """Items attested for ``version`` itself: bundled ones, overridden by imports."""
        if version not in self._own:
            imported = [i for i in self.imported if i.version == version]
            out = []
            for b in (i for i in self.bundled if i.version == version):
                if any((m.code and m.code == b.code) or (not b.code and _same_name(m, b)) for m in imported):
                    continue
                out.append(b)
            bundled_by_code = {b.code: b for b in self.bundled if b.version == version and b.code}
            bundled_by_name = {fold(b.name_zh): b for b in self.bundled
                               if b.version == version and b.name_zh and not b.code}
            for m in imported:
                match = bundled_by_code.get(m.code) or bundled_by_name.get(fold(m.name_zh))
                out.append(merge_import(m, match))
            self._own[version] = out
        return self._own[version]

    def items(self, version: str) -> list[Item]:
        """Items of ``version`` as in force: for an amendment, the base version's items it
        did not delete or replace are carried over (marked ``carried_from``)."""
        if version in self._consolidated:
            return self._consolidated[version]
        info = self.info(version)
        own = self.own_items(version)
        result = list(own)
        if info["kind"] == "amendment" and info["base_version"]:
            base = info["base_version"]
            deleted = {c.from_item for c in self.changes if c.version == version and c.change == "deleted"}
            for it in self.items(base):
                if it.item_id in deleted or any(self.same_item(it, o) for o in own):
                    continue
                result.append(replace(it, version=version, carried_from=it.carried_from or base))
        self._consolidated[version] = result
        return result

    def all_items(self) -> list[Item]:
        return [it for v in self.versions for it in self.items(v)]

    def find(self, code: str, version: str | None = None) -> list[Item]:
        """Items whose code (or item id) is ``code``, in ``version`` or in every version."""
        key = fold(code).strip().upper()
        versions = [version] if version else self.versions
        return [it for v in versions for it in self.items(v)
                if key in (it.code.upper(), it.item_id.upper())]

    def get(self, version: str, item_id: str) -> Item | None:
        for it in self.items(version):
            if it.item_id == item_id:
                return it
        return None

    def unnamed_deletions(self, version: str) -> dict[str, int]:
        """Deletions of ``version`` that name no item, by status (carried items may be one)."""
        out: dict[str, int] = {}
        for c in self.changes:
            if c.version == version and c.change == "deleted" and not c.from_item and not c.name_zh:
                out[c.status] = out.get(c.status, 0) + 1
        return out

    # --- coverage ------------------------------------------------------------------
    def coverage(self, version: str) -> dict:
        info = self.info(version)
        items = self.items(version)
        held = {s: sum(1 for i in items if i.status == s) for s in STATUSES}
        return {
            "version": version, "kind": info["kind"], "instrument_zh": info["instrument_zh"],
            "instrument_en": info["instrument_en"], "date": info["date"],
            "base_version": info["base_version"] or None,
            "held": sum(held.values()), "held_prohibited": held["prohibited"],
            "held_restricted": held["restricted"],
            "official": info["total_official"], "official_prohibited": info["prohibited_official"],
            "official_restricted": info["restricted_official"], "counts_basis": info["counts_basis"],
            "imported": sum(1 for i in items if i.origin == "import"),
            "carried": sum(1 for i in items if i.carried_from),
            "with_points": sum(1 for i in items if i.points),
            "complete": sum(1 for i in items if not i.partial),
            "sources": list(info["source_ids"]),
        }

    # --- lineage, history ----------------------------------------------------------
    def same_item(self, a: Item, b: Item) -> bool:
        """True when two items (in any versions) are the same catalogue entry, as far as known."""
        if a.carried_from or b.carried_from:
            a = self._origin_of(a)
            b = self._origin_of(b)
        if a.key == b.key:
            return True
        lineage = self._lineages()
        la, lb = lineage.get(a.key), lineage.get(b.key)
        return la is not None and la == lb

    def _origin_of(self, item: Item) -> Item:
        while item.carried_from:
            found = next((o for o in self.own_items(item.carried_from) if o.item_id == item.item_id), None)
            if found is None:
                break
            item = found
        return item

    def _lineages(self) -> dict[tuple[str, str], int]:
        """Union of items linked by the same code, the same Chinese name or a change record."""
        if self._lineage is not None:
            return self._lineage
        own = [it for v in self.versions for it in self.own_items(v)]
        parent = {it.key: it.key for it in own}

        def find(k):
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        def union(a, b):
            if a in parent and b in parent:
                parent[find(a)] = find(b)

        by_code: dict[str, tuple] = {}
        by_name: dict[str, tuple] = {}
        for it in own:
            if it.code:
                union(it.key, by_code.setdefault(it.code, it.key))
            if it.name_zh:
                union(it.key, by_name.setdefault(fold(it.name_zh), it.key))
        for c in self.changes:
            if c.from_item and c.to_item:
                union((c.from_version, c.from_item), (c.version, c.to_item))
        roots = {}
        self._lineage = {k: roots.setdefault(find(k), len(roots)) for k in parent}
        return self._lineage

    def changes_for(self, item: Item) -> list[Change]:
        origin = self._origin_of(item)
        out = []
        for c in self.changes:
            refs = []
            if c.from_item:
                refs.append((c.from_version, c.from_item))
            if c.to_item:
                refs.append((c.version, c.to_item))
            hit = False
            for v, iid in refs:
                other = next((o for o in self.own_items(v) if o.item_id == iid), None)
                if other is not None and self.same_item(origin, other):
                    hit = True
            if not hit and origin.code and c.code == origin.code:
                hit = True
            if hit:
                out.append(c)
        return out

    def history(self, item: Item) -> list[dict]:
        """The item across versions: where it is listed, and each attested change."""
        entries = []
        for v in self.versions:
            for it in self.own_items(v):
                if self.same_item(item, it):
                    entries.append({"version": v, "kind": "listed", "item": it, "change": None})
            for it in self.items(v):
                if it.carried_from and self.same_item(item, it):
                    entries.append({"version": v, "kind": "carried", "item": it, "change": None})
        for c in self.changes_for(item):
            entries.append({"version": c.version, "kind": c.change, "item": None, "change": c})
        order = {"deleted": 0, "amended": 1, "added": 1, "listed": 2, "carried": 2}
        entries.sort(key=lambda e: (e["version"], order[e["kind"]]))
        return entries

    # --- compare -------------------------------------------------------------------
    def compare(self, a: str, b: str) -> Comparison:
        """Changes from version ``a`` to version ``b`` (a older than b)."""
        if a == b:
            raise ValueError("pick two different versions")
        if a > b:
            a, b = b, a
        self.info(a), self.info(b)
        result = Comparison(a, b)
        items_a, items_b = self.items(a), self.items(b)
        spans = [v for v in self.versions if a < v <= b]
        official = {k: 0 for k in CHANGE_KINDS}
        known = True
        for v in spans:
            info = self.info(v)
            for k in CHANGE_KINDS:
                if info[k] is None:
                    known = False
                else:
                    official[k] += info[k]
        result.official = official if known else {}
        result.steps = spans

        def resolve(version, item_id, pool):
            if not item_id:
                return None
            hit = next((i for i in pool if i.item_id == item_id), None)
            if hit is None:
                hit = next((i for i in self.own_items(version) if i.item_id == item_id), None)
            return hit

        matched_a, matched_b = set(), set()
        for c in self.changes:
            if c.version not in spans:
                continue
            before = resolve(c.from_version, c.from_item, items_a)
            after = resolve(c.version, c.to_item, items_b)
            if before is None and c.change != "added":
                before = next((i for i in items_a if c.code and i.code == c.code), None)
            if after is None and c.change != "deleted":
                after = next((i for i in items_b if c.code and i.code == c.code), None)
            # map onto the items of the compared versions where the lineage allows
            if before is not None:
                before = next((i for i in items_a if self.same_item(i, before)), before)
                matched_a.add(before.key)
            if after is not None:
                after = next((i for i in items_b if self.same_item(i, after)), after)
                matched_b.add(after.key)
            result.entries.append(CompareEntry(c.change, "attested", c.status, before, after, c))

        complete_a = self.coverage(a)["held"] >= self.info(a)["total_official"] and \
            all(not i.partial for i in items_a)
        complete_b = self.coverage(b)["held"] >= self.info(b)["total_official"] and \
            all(not i.partial for i in items_b)
        for ib in items_b:
            if ib.key in matched_b:
                continue
            ia = next((i for i in items_a if self.same_item(i, ib)), None)
            if ia is not None:
                matched_a.add(ia.key)
                if not ia.partial and not ib.partial and _texts_differ(ia, ib):
                    result.entries.append(CompareEntry("amended", "derived", ib.status, ia, ib))
            elif complete_a:
                result.entries.append(CompareEntry("added", "derived", ib.status, None, ib))
            else:
                result.only_b.append(ib)
        for ia in items_a:
            if ia.key in matched_a or any(self.same_item(ia, ib) for ib in items_b):
                continue
            if complete_b:
                result.entries.append(CompareEntry("deleted", "derived", ia.status, ia, None))
            else:
                result.only_a.append(ia)
        return result


def _texts_differ(a: Item, b: Item) -> bool:
    if fold(a.name_zh) != fold(b.name_zh) or a.status != b.status:
        return True
    return [fold(p.zh) for p in a.points] != [fold(p.zh) for p in b.points]


def load_catalogue(include_imports: bool = True, data=None) -> Catalogue:
    """The catalogue from the bundle (``data`` defaults to ``reetool.data.bundle()``) plus,
    unless told otherwise, the items the user imported."""
    if data is None:
        from reetool.data import bundle

        data = bundle()
    items = items_from_records(data.records("catalogue_items"), data.records("catalogue_points"))
    imported: list[Item] = []
    if include_imports:
        from reetool.data.catalogue_store import ImportStore

        imported = ImportStore().items()
    return Catalogue(data.records("catalogue_versions"), items, data.records("catalogue_changes"), imported)
