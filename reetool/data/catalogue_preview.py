"""What an import would do, before anything is saved (Qt-free; the Import dialog and
``reetool catalogue import`` show it, the user decides).

For each catalogue version in the parsed file:
- every item, matched by code (or, for a bundled item whose code was not seen, by its
  Chinese name) with what the installation already holds, and classed as
  ``adds`` (not held yet), ``completes`` (fills in what the held text lacks and agrees with
  what it has), ``contradicts`` (disagrees with held text a source attests: name, status or
  a control point), ``replaces`` (an item of an earlier import) or ``same``;
- the file's counts against the official ones (e.g. 24 prohibited / 110 restricted for 2023);
- the coverage before and after saving (what the banner will say);
- the items the parser could not read cleanly, with why (its warnings, and text that looks
  swallowed: an unusually long name or control point, no control points).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reetool.data.catalogue import STATUSES, Catalogue, Item
from reetool.data.catalogue_import_result import ParseResult
from reetool.data.catalogue_search import fold

KINDS = ("adds", "completes", "contradicts", "replaces", "same")
LONG_NAME = 60        # characters; official item names are short ("稀土的提炼、加工、利用技术")
LONG_POINT = 400      # characters; a longer control point has probably swallowed the next item
ITEM_WARNINGS = ("no_points", "unnumbered_points", "text_before_points", "no_name", "status_conflict")


@dataclass
class PreviewEntry:
    kind: str
    item: Item                                  # as imported
    held: Item | None = None                    # what the installation holds for it
    reasons: list[tuple[str, str, str]] = field(default_factory=list)   # (what, held text, file text)


@dataclass
class VersionPreview:
    version: str
    entries: list[PreviewEntry]
    file_counts: dict[str, int]                 # status -> items in the file
    official: dict[str, int | None]             # status -> official count
    counts_basis: str                           # stated | derived
    coverage_before: dict
    coverage_after: dict
    unclean: list[tuple[Item, list[str]]]       # item, reason codes (see UNCLEAN_REASONS)

    def of_kind(self, kind: str) -> list[PreviewEntry]:
        return [e for e in self.entries if e.kind == kind]

    def shortfall(self) -> dict[str, int]:
        """Status -> official count minus the file's (negative: the file has more)."""
        return {s: self.official[s] - self.file_counts[s] for s in STATUSES if self.official[s] is not None}

    def to_json(self) -> dict:
        return {
            "version": self.version,
            "counts": {s: {"file": self.file_counts[s], "official": self.official[s]} for s in STATUSES},
            "counts_basis": self.counts_basis,
            "coverage_before": {k: self.coverage_before[k] for k in ("held", "official", "imported")},
            "coverage_after": {k: self.coverage_after[k] for k in ("held", "official", "imported")},
            "items": [{"code": e.item.code or None, "name_zh": e.item.name_zh or None, "kind": e.kind,
                       "held": (e.held.code or e.held.item_id) if e.held else None,
                       "reasons": [{"what": w, "held": h, "file": f} for w, h, f in e.reasons]}
                      for e in self.entries],
            "unclean": [{"code": it.code or None, "reasons": reasons} for it, reasons in self.unclean],
        }


UNCLEAN_REASONS = ITEM_WARNINGS + ("long_name", "long_point")


def _held_match(item: Item, held: list[Item]) -> Item | None:
    for other in held:
        if item.code and other.code == item.code:
            return other
    for other in held:
        if not other.code and other.name_zh and fold(other.name_zh) == fold(item.name_zh):
            return other
    return None


def _compare(item: Item, held: Item) -> tuple[str, list[tuple[str, str, str]]]:
    """Kind and reasons for an imported item matched with a held one."""
    if held.origin == "import":
        return "replaces", []
    reasons = []
    if held.status != item.status:
        reasons.append(("status", held.status, item.status))
    if held.name_zh and item.name_zh and fold(held.name_zh) != fold(item.name_zh):
        reasons.append(("name", held.name_zh, item.name_zh))
    file_points = [fold(p.zh) for p in item.points if p.zh]
    for p in held.points:
        if p.zh and not any(fold(p.zh) in q or q in fold(p.zh) for q in file_points if q):
            reasons.append(("point", p.zh, ""))
    if reasons:
        return "contradicts", reasons
    fills = []
    if item.name_zh and not held.name_zh:
        fills.append(("name", "", item.name_zh))
    if item.code and not held.code:
        fills.append(("code", "", item.code))
    if len([p for p in item.points if p.zh]) > len([p for p in held.points if p.zh]):
        fills.append(("points", str(len([p for p in held.points if p.zh])), str(len(item.points))))
    if item.sector_zh and not held.sector_zh:
        fills.append(("sector", "", item.sector_zh))
    return ("completes", fills) if fills else ("same", [])


def _unclean(result: ParseResult, items: list[Item]) -> list[tuple[Item, list[str]]]:
    by_code: dict[str, list[str]] = {}
    for w in result.warnings:
        if w.code in ITEM_WARNINGS and w.params.get("code"):
            by_code.setdefault(w.params["code"], []).append(w.code)
    out = []
    for it in items:
        reasons = list(dict.fromkeys(by_code.get(it.code, [])))
        if len(it.name_zh) > LONG_NAME:
            reasons.append("long_name")
        if any(len(p.zh) > LONG_POINT for p in it.points):
            reasons.append("long_point")
        if reasons:
            out.append((it, reasons))
    return out


def _after(catalogue: Catalogue, data, items: list[Item]) -> Catalogue:
    """The catalogue as it will be once ``items`` are saved (a later import of the same
    version and code replaces the earlier one, as in reetool.data.catalogue_store)."""
    new_keys = {(it.version, it.code or it.name_zh) for it in items}
    kept = [it for it in catalogue.imported if (it.version, it.code or it.name_zh) not in new_keys]
    return Catalogue(data.records("catalogue_versions"), catalogue.bundled,
                     data.records("catalogue_changes"), kept + list(items))


def preview_import(result: ParseResult, catalogue: Catalogue, data=None) -> list[VersionPreview]:
    """One VersionPreview per catalogue version in ``result`` (sorted). ``data`` defaults to
    the bundle."""
    if data is None:
        from reetool.data import bundle

        data = bundle()
    after = _after(catalogue, data, result.items)
    out = []
    for version in sorted({it.version for it in result.items if it.version in catalogue.versions}):
        items = [it for it in result.items if it.version == version]
        held = catalogue.own_items(version)
        entries = []
        for it in items:
            match = _held_match(it, held)
            kind, reasons = _compare(it, match) if match is not None else ("adds", [])
            entries.append(PreviewEntry(kind, it, match, reasons))
        info = catalogue.info(version)
        out.append(VersionPreview(
            version=version, entries=entries,
            file_counts={s: sum(1 for it in items if it.status == s) for s in STATUSES},
            official={s: info[f"{s}_official"] for s in STATUSES}, counts_basis=info["counts_basis"],
            coverage_before=catalogue.coverage(version), coverage_after=after.coverage(version),
            unclean=_unclean(result, items)))
    return out
