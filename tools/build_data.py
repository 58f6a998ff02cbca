"""Build the tidy data files in resources/data/ from the reference material.

Developer tool, run by hand when the reference material changes:

    python tools/build_data.py --reference ../shared/reference

The product never reads the reference folder; it reads only what this script writes
(plus hand-curated files in resources/data/ that this script does not touch, listed in
HAND_CURATED). Every row written names its source ids.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent.parent / "resources" / "data"

# Files maintained by hand in resources/data (sources metadata, catalogue versions,
# schema); the English renderings live beside this script in catalogue_renderings.csv.
# This script never overwrites them.
HAND_CURATED = ("sources.csv", "catalogue_versions.csv", "manifest.json")

EDITION_OF_SOURCE = {
    "USGS_MCS2022_DR": ("MCS2022", "data release"),
    "USGS_MCS2023_DR": ("MCS2023", "data release"),
    "USGS_MCS2024_DR": ("MCS2024", "data release"),
    "USGS_MCS2025_PDF": ("MCS2025", "PDF"),
    "USGS_MCS2026_DR": ("MCS2026", "v1.0 data release"),
    "USGS_MCS2026_PDF_v1.3": ("MCS2026", "v1.3"),
    "USGS_MYB2022_T8": ("MYB2022", "Table 8"),
}

STAT_OF_METRIC = {"mine_production": "Mine production", "reserves": "Reserves"}


def write(df: pd.DataFrame, name: str) -> None:
    df = df.fillna("")
    df.to_csv(OUT / name, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    print(f"wrote {name}: {len(df)} rows")


def flag_of(raw: str) -> str:
    raw = (raw or "").strip()
    if raw in {"NA", "W", "XX", "E"}:
        return raw
    if raw == "":
        return "NA"
    return ""


def build_market(ref: Path) -> None:
    d = pd.read_csv(ref / "market" / "rare_earths_mine_production_reserves_long.csv", dtype=str)
    d = d[d["commodity"] == "Rare earths (REO equivalent)"]  # yttrium range goes elsewhere
    rows = []
    for r in d.fillna("").to_dict("records"):
        edition, version = EDITION_OF_SOURCE[r["source_id"]]
        value = r["value_t"]
        flag = flag_of(r["value_raw"]) if value == "" else ""
        rows.append({
            "commodity": "Rare earths",
            "basis": "rare-earth-oxide (REO) equivalent",
            "statistic": STAT_OF_METRIC[r["metric"]],
            "edition": edition,
            "edition_version": version,
            "data_year": r["data_year"],
            "country": r["country"],
            "country_std": r["country_std"],
            "value": value,
            "unit": "metric tons",
            "value_raw": r["value_raw"],
            "comparator": r["comparator"],
            "estimated": "yes" if r["estimated"] == "e" else "no",
            "flag": flag,
            "notes": r["notes"],
            "source_ids": r["source_id"],
        })
    write(pd.DataFrame(rows), "market_world.csv")


def build_elements(ref: Path) -> None:
    d = pd.read_csv(ref / "market" / "elements.csv", dtype=str).fillna("")
    d["source_ids"] = "PKG_MENDELEEV;REF_ELEMENTS"
    write(d, "elements.csv")


SPLIT = re.compile(r"\s*\|\s*")
NUMBERED = re.compile(r"^\s*(\d+)\s*[.．、]\s*(.*)$")


def _points(text: str) -> list[tuple[str, str]]:
    """Split ' | '-joined control points into (published number or '', text)."""
    out = []
    for part in SPLIT.split(text.strip()) if text.strip() else []:
        m = NUMBERED.match(part)
        out.append((m.group(1), m.group(2).strip()) if m else ("", part.strip()))
    return out


def build_catalogue(ref: Path) -> None:
    renderings = pd.read_csv(Path(__file__).with_name("catalogue_renderings.csv"), dtype=str).fillna("")
    rend = {(r["version"], r["item_id"]): r for r in renderings.to_dict("records")}
    items, points = [], []
    for version in ("2008", "2020", "2023"):
        d = pd.read_csv(ref / "catalogue" / f"catalogue_{version}_partial.csv", dtype=str).fillna("")
        uncoded = 0
        for r in d.to_dict("records"):
            if r["code"]:
                item_id = r["code"]
            else:
                uncoded += 1
                item_id = f"U{version}-{uncoded:02d}"
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


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "reference")
    args = p.parse_args()
    build_market(args.reference)
    build_elements(args.reference)
    build_catalogue(args.reference)


if __name__ == "__main__":
    main()
