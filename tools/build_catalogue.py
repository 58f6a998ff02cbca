"""Build the catalogue datasets in resources/data/ from the reference material.

    python tools/build_catalogue.py [--reference ../shared/reference]

English renderings written by the project (labelled 'reetool' in the data) come from
tools/catalogue_renderings.csv. The items that Announcement 2025 No. 28 names (not in the
reference CSVs) are kept by hand, with their sources, in tools/catalogue_amendment_2025.csv.
resources/data/catalogue_changes.csv and catalogue_versions.csv are hand-curated.

Of the reference's addendum_secondary.csv (items named only by secondary sources), the rows
that meet the bundle's standard are kept, with confidence, evidence and sources, in
tools/catalogue_addendum.csv: items whose version, status and name a source gives (English-only
names as third-party translations, garbled Chinese names at low confidence, as the partial
CSVs already do). Left out: rows whose status the source does not give (the status is
required and is not guessed), the control point whose item is not named, and a paraphrased
hint about an item already held.

catalogue_official_texts.csv (where MOFCOM and MOST publish the official texts) is taken from
the list "Official documents cited by the sources above" in the reference's SOURCES.md: every
address there must be one of OFFICIAL_TEXTS below, which says which version, publisher and
kind of document it is and which source cites it.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import pandas as pd

from build_common import DEFAULT_REFERENCE, write

SPLIT = re.compile(r"\s*\|\s*")
NUMBERED = re.compile(r"^\s*(\d+)\s*[.．、]\s*(.*)$")


def _points(text: str) -> list[tuple[str, str]]:
    """Split ' | '-joined control points into (published number or '', text)."""
    out = []
    for part in SPLIT.split(text.strip()) if text.strip() else []:
        m = NUMBERED.match(part)
        out.append((m.group(1), m.group(2).strip()) if m else ("", part.strip()))
    return out


def _addendum(ref: Path) -> pd.DataFrame:
    """The rows of the reference's addendum_secondary.csv that meet the bundle's standard, as
    kept in tools/catalogue_addendum.csv; each must name a row of the addendum (same version
    and status) in its addendum_name column."""
    kept = pd.read_csv(Path(__file__).with_name("catalogue_addendum.csv"), dtype=str).fillna("")
    # read with csv, not pandas: one row of the reference file has an unquoted comma in its
    # last column; the first five columns (version … name_zh) are sound in every row
    with open(ref / "catalogue" / "addendum_secondary.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if rows[0][:5] != ["version", "status", "code", "sector_zh", "name_zh"]:
        raise SystemExit(f"addendum_secondary.csv: unexpected header {rows[0]}")
    known = {(r[0], r[1], r[4]) for r in rows[1:] if len(r) >= 5}
    for r in kept.to_dict("records"):
        if (r["version"], r["status"], r["addendum_name"]) not in known:
            raise SystemExit(f"catalogue_addendum.csv: {r['addendum_name']!r} ({r['version']}, {r['status']}) "
                             "is not a row of addendum_secondary.csv")
    return kept


def build_catalogue(ref: Path) -> None:
    renderings = pd.read_csv(Path(__file__).with_name("catalogue_renderings.csv"), dtype=str).fillna("")
    rend = {(r["version"], r["item_id"]): r for r in renderings.to_dict("records")}
    items, points = [], []
    addendum = _addendum(ref)
    inputs = []
    for v in ("2008", "2020", "2023"):
        inputs.append((v, pd.read_csv(ref / "catalogue" / f"catalogue_{v}_partial.csv", dtype=str).fillna("")))
        inputs.append((v, addendum[addendum["version"] == v]))
    inputs.append(("2025", pd.read_csv(Path(__file__).with_name("catalogue_amendment_2025.csv"), dtype=str).fillna("")))
    uncoded: dict[str, int] = {}
    for version, d in inputs:
        for r in d.to_dict("records"):
            if r["code"]:
                item_id = r["code"]
            else:
                uncoded[version] = uncoded.get(version, 0) + 1
                item_id = f"U{version}-{uncoded[version]:02d}"
            sources = ";".join(f"CAT-{s.strip()}" for s in r["source_ids"].split(";") if s.strip())
            extra = rend.get((version, item_id))
            if extra is None:
                raise SystemExit(f"catalogue_renderings.csv has no row for {version} {item_id}")
            name_en, name_en_origin = r["name_en"], "third-party" if r["name_en"] else ""
            if not name_en:
                name_en, name_en_origin = extra["name_en"], "reetool"
            items.append({
                "version": version,
                "item_id": item_id,
                "code": r["code"],
                "status": r["status"],
                "sector_zh": r["sector_zh"],
                "sector_en": extra["sector_en"],
                "name_zh": r["name_zh"],
                "name_en": name_en,
                "name_en_origin": name_en_origin,
                "completeness": r["completeness"],
                "confidence": r["confidence"],
                "evidence": r["evidence"],
                "rare_earth": extra["rare_earth"] or "no",
                "source_ids": sources,
            })
            zh = _points(r["control_points_zh"])
            en = _points(r["control_points_en"])
            # Align by published number where both carry one, else by position.
            by_num_en = {n: t for n, t in en if n}
            seen_en: set[str] = set()
            stages = [s for s in extra["point_stages"].split("|")] if extra["point_stages"] else []
            en_renders = extra["points_en"].split(" | ") if extra["points_en"] else []
            seq = 0
            for i, (num, text) in enumerate(zh):
                seq += 1
                if num and num in by_num_en:
                    text_en, origin = by_num_en[num], "third-party"
                    seen_en.add(num)
                elif not num and i < len(en) and not en[i][0]:
                    text_en, origin = en[i][1], "third-party"
                    seen_en.add(f"#{i}")
                elif i < len(en_renders) and en_renders[i]:
                    text_en, origin = en_renders[i], "reetool"
                else:
                    text_en, origin = "", ""
                points.append({
                    "version": version, "item_id": item_id, "seq": seq, "number": num,
                    "text_zh": text, "text_en": text_en, "en_origin": origin,
                    "stage": stages[seq - 1] if seq - 1 < len(stages) else "",
                    "source_ids": sources,
                })
            for i, (num, text) in enumerate(en):
                key = num if num else f"#{i}"
                if key in seen_en:
                    continue
                seq += 1
                points.append({
                    "version": version, "item_id": item_id, "seq": seq, "number": num,
                    "text_zh": "", "text_en": text, "en_origin": "third-party",
                    "stage": stages[seq - 1] if seq - 1 < len(stages) else "",
                    "source_ids": sources,
                })
    write(pd.DataFrame(items), "catalogue_items.csv")
    write(pd.DataFrame(points), "catalogue_points.csv")


# SOURCES.md label -> (version, publisher, kind, cited by, what it is). Descriptions are the
# project's wording; the official titles were not seen.
OFFICIAL_TEXTS = {
    "MOST PDF": ("2023", "MOST", "pdf", "CAT-S1",
                 "The 2023 catalogue (Announcement 2023 No. 57) as a PDF; CAT-S1 says it checked its "
                 "text against this 30-page PDF."),
    "MOFCOM PDF": ("2023", "MOFCOM", "pdf", "CAT-S2",
                   "The 2023 catalogue (Announcement 2023 No. 57) as a PDF, cited by CAT-S2."),
    "MOFCOM announcement page": ("2023", "MOFCOM", "page", "",
                                 "Announcement page of Announcement 2023 No. 57, cited in a public GitHub "
                                 "note (repository not identified)."),
    "2025 adjustment page": ("2025", "MOFCOM", "page", "CAT-S11",
                             "Announcement page of Announcement 2025 No. 28 (the 2025 adjustment), cited by "
                             "CAT-S11."),
}
OFFICIAL_LINE = re.compile(r"^- (?P<label>[^:]+): `(?P<url>https?://[^`]+)`")


def build_official_texts(ref: Path) -> None:
    text = (ref / "catalogue" / "SOURCES.md").read_text(encoding="utf-8")
    section = text.split("Official documents cited by the sources above", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        m = OFFICIAL_LINE.match(line.strip())
        if not m:
            continue
        if m["label"] not in OFFICIAL_TEXTS:
            raise SystemExit(f"SOURCES.md lists an official document build_catalogue.py does not know: {line}")
        version, publisher, kind, cited_by, notes = OFFICIAL_TEXTS[m["label"]]
        rows.append({"version": version, "publisher": publisher, "kind": kind, "url": m["url"],
                     "notes": notes + " Not retrieved: reetool never opens it.",
                     "source_ids": ";".join(["CAT-OFFICIAL"] + ([cited_by] if cited_by else []))})
    if len(rows) != len(OFFICIAL_TEXTS):
        raise SystemExit(f"SOURCES.md lists {len(rows)} official documents, expected {len(OFFICIAL_TEXTS)}")
    write(pd.DataFrame(rows), "catalogue_official_texts.csv")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    args = p.parse_args()
    build_catalogue(args.reference)
    build_official_texts(args.reference)


if __name__ == "__main__":
    main()
