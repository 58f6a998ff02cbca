"""Comparing two versions of the catalogue: what was added, deleted or amended.

Qt-free. A change is either attested (a source names it) or derived (both texts are
complete, so the difference is known), and says which; items seen in one version only,
when a text is incomplete, are listed as "fate unknown" instead of guessed.
``compare(catalogue, a, b)`` is what ``Catalogue.compare`` calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reetool.data.catalogue_items import CHANGE_KINDS, Change, Item
from reetool.data.catalogue_search import fold


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


def compare(catalogue, a: str, b: str) -> Comparison:
    """Changes from version ``a`` to version ``b`` (a older than b)."""
    if a == b:
        raise ValueError("pick two different versions")
    if a > b:
        a, b = b, a
    catalogue.info(a), catalogue.info(b)
    result = Comparison(a, b)
    items_a, items_b = catalogue.items(a), catalogue.items(b)
    spans = [v for v in catalogue.versions if a < v <= b]
    official = {k: 0 for k in CHANGE_KINDS}
    known = True
    for v in spans:
        info = catalogue.info(v)
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
            hit = next((i for i in catalogue.own_items(version) if i.item_id == item_id), None)
        return hit

    matched_a, matched_b = set(), set()
    for c in catalogue.changes:
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
            before = next((i for i in items_a if catalogue.same_item(i, before)), before)
            matched_a.add(before.key)
        if after is not None:
            after = next((i for i in items_b if catalogue.same_item(i, after)), after)
            matched_b.add(after.key)
        result.entries.append(CompareEntry(c.change, "attested", c.status, before, after, c))

    complete_a = catalogue.coverage(a)["held"] >= catalogue.info(a)["total_official"] and \
        all(not i.partial for i in items_a)
    complete_b = catalogue.coverage(b)["held"] >= catalogue.info(b)["total_official"] and \
        all(not i.partial for i in items_b)
    for ib in items_b:
        if ib.key in matched_b:
            continue
        ia = next((i for i in items_a if catalogue.same_item(i, ib)), None)
        if ia is not None:
            matched_a.add(ia.key)
            if not ia.partial and not ib.partial and _texts_differ(ia, ib):
                result.entries.append(CompareEntry("amended", "derived", ib.status, ia, ib))
        elif complete_a:
            result.entries.append(CompareEntry("added", "derived", ib.status, None, ib))
        else:
            result.only_b.append(ib)
    for ia in items_a:
        if ia.key in matched_a or any(catalogue.same_item(ia, ib) for ib in items_b):
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
