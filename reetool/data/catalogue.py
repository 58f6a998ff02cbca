"""The export-technology catalogue as a model: versions with official counts, the items in
force in each version, coverage, history across versions and comparison of two versions.

Qt-free and pandas-free: built from ``bundle().records()`` plus the user's imports
(reetool.data.catalogue_store), so the first page can be populated quickly. The record
types live in reetool.data.catalogue_items and the comparison in
reetool.data.catalogue_compare (loaded when first used); both are re-exported here.

Honesty rules kept here: an item absent from the bundle is "not attested", never
"does not exist"; counts that are derived are marked so; changes are either attested by a
source or derived from two complete texts, and say which.
"""

from __future__ import annotations

from dataclasses import replace

from reetool.data.catalogue_items import (  # noqa: F401  (re-exported: the public names)
    CHANGE_KINDS, STAGES, STATUSES, SUFFIX_STATUS, Change, Item, Point, items_from_records,
    merge_import, same_name,
)
from reetool.data.catalogue_search import fold

def __getattr__(name: str):
    """CompareEntry and Comparison, from reetool.data.catalogue_compare when first asked for."""
    if name in ("CompareEntry", "Comparison"):
        from reetool.data import catalogue_compare

        return getattr(catalogue_compare, name)
    raise AttributeError(f"module 'reetool.data.catalogue' has no attribute {name!r}")


__all__ = ["CHANGE_KINDS", "STAGES", "STATUSES", "SUFFIX_STATUS", "Catalogue", "Change",
           "CompareEntry", "Comparison", "Item", "Point", "items_from_records", "load_catalogue",
           "merge_import", "same_name"]


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
            from_version=base.get(c["version"], ""), notes_zh=c.get("notes_zh") or "") for c in changes]
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
                if any((m.code and m.code == b.code) or (not b.code and same_name(m, b)) for m in imported):
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
    def compare(self, a: str, b: str):
        """Changes from version ``a`` to version ``b`` (a older than b): a Comparison."""
        from reetool.data.catalogue_compare import compare   # not needed to show the catalogue

        return compare(self, a, b)


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
