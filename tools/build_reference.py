"""Build the reference datasets in resources/data/ from the curated tables in tools/reference/.

    python tools/build_reference.py

tools/reference/ holds what was researched for issue 13, each row with its source ids:
timeline.csv and timeline_links.csv (dated measures 2001–2026 and what they name),
supply_chain.csv (stages and applications, China's share where a cited figure exists),
claims.csv (every figure and claim of the seed article beside the sourced figure) and
sources.csv (the sources they cite). Columns ending in ``_zh`` hold the project's own Chinese
renderings of English texts (reetool renderings, labelled as such where shown). This script checks every cross-reference (source ids,
event ids, catalogue versions and items, element symbols, kinds, dates), writes the
datasets, appends missing sources to the END of resources/data/sources.csv (never
rewriting a row), writes reference_meta.csv (the date the bundle is current to) and adds
the dataset schemas to manifest.json when missing. It stops with a message naming the
file, line and field on the first fault.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reetool.data.timeline import KINDS, LINKS, parse_date  # noqa: E402

SRC = Path(__file__).resolve().parent / "reference"
OUT = ROOT / "resources" / "data"
CURRENT_TO = ("2026-01-06", "Newest measure found in the public copies searched when the "
              "timeline was compiled (MOFCOM Announcement 2026 No. 1); later measures are not "
              "in the bundle.", "REF-HK01-2026-1")
DATES = ("announced", "effective", "suspended_from", "suspended_until", "lapses", "ended")

S, R, D, SID = ({"type": "str"}, {"type": "str", "required": True}, {"type": "date"},
                {"type": "source_ids", "required": True})
SCHEMAS = {
    "timeline": {
        "file": "timeline.csv", "key": ["event_id"],
        "title": "Timeline of measures (export controls, catalogues, quotas, disputes)",
        "title_zh": "措施时间线（出口管制、技术目录、配额、争端）",
        "columns": {
            "event_id": {"type": "str", "required": True, "pattern": "^EV-[A-Za-z0-9-]+$"},
            "announced": {"type": "date", "required": True}, "country": R,
            "kind": {"type": "enum", "choices": list(KINDS), "required": True},
            "instrument": S, "title_en": R,
            "title_en_origin": {"type": "enum", "choices": ["official", "third-party", "reetool"],
                                "required": True},
            "title_zh": S,
            "title_zh_origin": {"type": "enum", "choices": ["official", "third-party", "reetool", ""]},
            "summary_en": S, "summary_zh": S, "effective": D, "suspended_from": D,
            "suspended_until": D, "suspended_by": S, "lapses": D, "ended": D, "superseded_by": S,
            "notes": S, "source_ids": SID, "suspended_part": S,
            "instrument_zh": S, "notes_zh": S, "suspended_part_zh": S}},
    "timeline_links": {
        "file": "timeline_links.csv", "key": ["event_id", "link", "target", "version"],
        "title": "What each measure names: commodities, elements, catalogue versions and items",
        "title_zh": "各项措施涉及的矿种、元素、目录版本与条目",
        "columns": {"event_id": R, "link": {"type": "enum", "choices": list(LINKS), "required": True},
                    "target": R, "version": {"type": "str", "pattern": "^(\\d{4})?$"},
                    "source_ids": SID}},
    "supply_chain": {
        "file": "supply_chain.csv", "key": ["row_id"],
        "title": "Rare-earth supply chain: stages, applications and China's share",
        "title_zh": "稀土产业链：环节、应用与中国份额",
        "columns": {"row_id": R, "level": {"type": "enum", "choices": ["stage", "application"],
                                           "required": True},
                    "stage": {"type": "enum", "required": True, "choices": [
                        "mining", "separation", "metal_alloy", "magnet", "application"]},
                    "seq": {"type": "int", "required": True}, "name_en": R, "name_zh": R,
                    "description_en": S, "description_zh": S, "china_share_pct": {"type": "float"},
                    "share_basis": {"type": "enum", "choices": ["computed", "estimate", ""]},
                    "share_year": {"type": "int"}, "share_note": S, "elements": S,
                    "source_ids": SID, "share_note_zh": S}},
    "claims": {
        "file": "claims.csv", "key": ["claim_id"],
        "title": "The article's claims beside the sourced figures",
        "title_zh": "文章的说法与有出处的数据对照",
        "columns": {"claim_id": R, "seq": {"type": "int", "required": True},
                    "topic": {"type": "enum", "choices": ["timeline", "catalogue", "market", "chain"],
                              "required": True},
                    "claim_en": R, "claim_zh": R, "article_value": R, "sourced_value": R,
                    "verdict": {"type": "enum", "choices": ["confirmed", "corrected", "unsourced"],
                                "required": True},
                    "explanation_en": R, "explanation_zh": R, "edition": S,
                    "data_year": {"type": "int"}, "unit": S, "source_ids": SID,
                    "article_value_zh": R, "sourced_value_zh": R, "edition_zh": S, "unit_zh": S}},
    "reference_meta": {
        "file": "reference_meta.csv", "key": ["key"],
        "title": "Reference bundle facts (the date it is current to)",
        "title_zh": "参考资料包信息（资料截止日期）",
        "columns": {"key": R, "value": R, "notes": S, "source_ids": SID}},
}


def fail(file: str, line: int, field: str, message: str) -> None:
    raise SystemExit(f"{file}, line {line}, field '{field}': {message}")


def read(name: str) -> list[dict]:
    with (SRC / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for n, r in enumerate(rows, start=2):
        r["__line__"] = n
        if None in r or any(v is None for v in r.values()):
            fail(name, n, "", "wrong number of fields")
    return rows


def write(name: str, rows: list[dict]) -> None:
    fields = [k for k in rows[0] if k != "__line__"]
    with (OUT / name).open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {name}: {len(rows)} rows")


def known_sources(new: list[dict]) -> set[str]:
    with (OUT / "sources.csv").open(encoding="utf-8", newline="") as fh:
        return {r["source_id"] for r in csv.DictReader(fh)} | {s["source_id"] for s in new}


def check_sources(name: str, rows: list[dict], known: set[str]) -> None:
    for r in rows:
        for sid in (s.strip() for s in r["source_ids"].split(";")):
            if sid not in known:
                fail(name, r["__line__"], "source_ids", f"unknown source id '{sid}'")


def check(events, links, chain, claims, known) -> None:
    with (OUT / "catalogue_items.csv").open(encoding="utf-8", newline="") as fh:
        items = {(r["version"], r["code"] or r["item_id"]) for r in csv.DictReader(fh)} | \
            {(r["version"], r["item_id"]) for r in csv.DictReader((OUT / "catalogue_items.csv").open(encoding="utf-8"))}
    with (OUT / "elements.csv").open(encoding="utf-8", newline="") as fh:
        symbols = {r["symbol"] for r in csv.DictReader(fh)}
    versions = {v for v, _ in items}
    ids = {e["event_id"] for e in events}
    for e in events:
        for f in DATES:
            if e[f]:
                try:
                    parse_date(e[f])
                except ValueError as exc:
                    fail("timeline.csv", e["__line__"], f, str(exc))
        if e["kind"] not in KINDS:
            fail("timeline.csv", e["__line__"], "kind", f"unknown kind {e['kind']!r}")
        for f in ("superseded_by", "suspended_by"):
            if e[f] and e[f] not in ids:
                fail("timeline.csv", e["__line__"], f, f"unknown event {e[f]!r}")
    for ln in links:
        where = ("timeline_links.csv", ln["__line__"])
        if ln["event_id"] not in ids:
            fail(*where, "event_id", f"unknown event {ln['event_id']!r}")
        if ln["link"] == "element" and ln["target"] not in symbols:
            fail(*where, "target", f"unknown element {ln['target']!r}")
        if ln["link"] == "catalogue_version" and ln["target"] not in versions:
            fail(*where, "target", f"unknown catalogue version {ln['target']!r}")
        if ln["link"] == "catalogue_item" and (ln["version"], ln["target"]) not in items:
            fail(*where, "target", f"no catalogue item {ln['target']!r} in {ln['version']}")
    for r in chain:
        for sym in filter(None, (s.strip() for s in r["elements"].split(";"))):
            if sym not in symbols:
                fail("supply_chain.csv", r["__line__"], "elements", f"unknown element {sym!r}")
    for name, rows in (("timeline.csv", events), ("timeline_links.csv", links),
                       ("supply_chain.csv", chain), ("claims.csv", claims)):
        check_sources(name, rows, known)


def append_sources(new: list[dict]) -> None:
    path = OUT / "sources.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields, have = reader.fieldnames, {r["source_id"] for r in reader}
    missing = [s for s in new if s["source_id"] not in have]
    if missing:
        with path.open("a", encoding="utf-8", newline="") as fh:
            csv.DictWriter(fh, fieldnames=fields, lineterminator="\n",
                           extrasaction="ignore").writerows(missing)
    print(f"sources.csv: {len(missing)} source(s) appended")


def add_schemas() -> None:
    """Add the datasets missing from manifest.json, and the columns missing from a dataset
    already there (appended; nothing else in the manifest is rewritten)."""
    path = OUT / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    added = [n for n in SCHEMAS if n not in manifest["datasets"]]
    for n in added:
        manifest["datasets"][n] = SCHEMAS[n]
    columns = 0
    for n, schema in SCHEMAS.items():
        have = manifest["datasets"][n]["columns"]
        for col, spec in schema["columns"].items():
            if col not in have:
                have[col] = spec
                columns += 1
    if added or columns:
        path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"manifest.json: {len(added)} dataset(s) added, {columns} column(s) added")


def main() -> None:
    sources = read("sources.csv")
    events, links = read("timeline.csv"), read("timeline_links.csv")
    chain, claims = read("supply_chain.csv"), read("claims.csv")
    known = known_sources(sources)
    check(events, links, chain, claims, known)
    if CURRENT_TO[2] not in known:
        fail("build_reference.py", 0, "CURRENT_TO", "its source is unknown")
    append_sources(sources)
    write("timeline.csv", events)
    write("timeline_links.csv", links)
    write("supply_chain.csv", chain)
    write("claims.csv", claims)
    write("reference_meta.csv", [{"key": "bundle_current_to", "value": CURRENT_TO[0],
                                  "notes": CURRENT_TO[1], "source_ids": CURRENT_TO[2]}])
    add_schemas()


if __name__ == "__main__":
    main()
