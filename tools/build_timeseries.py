"""Build the time-series datasets in resources/data/ from the reference material.

    python tools/build_timeseries.py [--reference ../shared/reference]

Writes history_world.csv (USGS DS140, 1900–2020), china_quotas.csv (China's mining and
smelting/separation quotas) and oxide_prices.csv (USGS oxide/metal prices by edition).
Sources these rows cite are appended to the END of sources.csv when missing (never
rewritten): the USGS publications, and one source per quota publication (URL).
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from build_common import DEFAULT_REFERENCE, OUT, write

USGS_LICENCE = "US Government work (USGS): public domain"

USGS_SOURCES = [
    {"source_id": "USGS_DS140",
     "title": "Rare earths statistics, Data Series 140 (historical statistics for mineral and "
              "material commodities in the United States), 1900–2020",
     "publisher": "U.S. Geological Survey", "edition": "DS140 (2020)", "date": "2023-09-27",
     "locator": "ds140-rare-earths-2020.xlsx; mirror therealjameswilson/critical-minerals-records-"
                "stage-v3 @ 5e9dff46, data/raw/usgs_ds140_rare_earths_2020.xlsx, sha256 0aed33ac…",
     "licence_note": USGS_LICENCE, "kind": "official data release",
     "notes": "Compiled by DiFrancesco, Hedrick, Cordier, Gambogi. Revised historical series "
              "(world 2020 = 243,000 t here vs 250,000 t in MYB2022 T8); NA/W kept as flags."},
    {"source_id": "USGS_MYB2022_T3",
     "title": "Minerals Yearbook 2022, Rare Earths, advance data release tables, Table 3 "
              "(average rare-earth oxide prices 2021–2022)",
     "publisher": "U.S. Geological Survey", "edition": "MYB2022", "date": "2025-03-19",
     "locator": "myb1-2022-raree-ert.xlsx sheet T3, sha256 9f04f341…",
     "licence_note": USGS_LICENCE, "kind": "official data release",
     "notes": "China FOB, Argus; scandium oxide from Stanford Materials."},
    {"source_id": "USGS_MYB2022_T1",
     "title": "Minerals Yearbook 2022, Rare Earths, advance data release tables, Table 1 "
              "(salient statistics incl. prices)",
     "publisher": "U.S. Geological Survey", "edition": "MYB2022", "date": "2025-03-19",
     "locator": "myb1-2022-raree-ert.xlsx sheet T1, sha256 9f04f341…",
     "licence_note": USGS_LICENCE, "kind": "official data release",
     "notes": "Prints 'metric tons' on the mischmetal price row, an apparent typo (US$/kg)."},
    {"source_id": "USGS_MCS2016_docslib",
     "title": "Mineral Commodity Summaries 2016 — Rare Earths chapter, p. 134 (third-party text copy)",
     "publisher": "U.S. Geological Survey (text copy on docslib.org)", "edition": "MCS2016",
     "date": "2016", "locator": "https://docslib.org/doc/1659904/mineral-commodity-summaries-2016",
     "licence_note": USGS_LICENCE, "kind": "official publication (third-party text copy)",
     "notes": "Prices are year-end ranges. The copy drops some element names; rows identified by "
              "position in the alphabetical price block (see row notes)."},
    {"source_id": "USGS_MCS2019_docslib",
     "title": "Mineral Commodity Summaries 2019 — Rare Earths chapter, p. 132 (third-party text copy)",
     "publisher": "U.S. Geological Survey (text copy on docslib.org)", "edition": "MCS2019",
     "date": "2019", "locator": "https://docslib.org/doc/9890780/rare-earths1",
     "licence_note": USGS_LICENCE, "kind": "official publication (third-party text copy)",
     "notes": "Prices are annual averages. Some element names dropped in the copy (see row notes)."},
    {"source_id": "USGS_MCS2021_docslib",
     "title": "Mineral Commodity Summaries 2021 — Rare Earths chapter (third-party text copy)",
     "publisher": "U.S. Geological Survey (text copy on docslib.org)", "edition": "MCS2021",
     "date": "2021", "locator": "https://docslib.org/doc/10507567/rare-earths1",
     "licence_note": USGS_LICENCE, "kind": "official publication (third-party text copy)",
     "notes": "Prices are annual averages. Some element names dropped in the copy (see row notes)."},
]

EDITION_OF_PRICE_SOURCE = {
    "USGS_MCS2016_docslib": "MCS2016", "USGS_MCS2019_docslib": "MCS2019",
    "USGS_MCS2021_docslib": "MCS2021", "USGS_MCS2022_DR": "MCS2022", "USGS_MCS2023_DR": "MCS2023",
    "USGS_MCS2024_DR": "MCS2024", "USGS_MCS2025_PDF": "MCS2025", "USGS_MCS2026_DR": "MCS2026",
    "USGS_MYB2022_T3": "MYB2022", "USGS_MYB2022_T1": "MYB2022",
}

ORE_TYPE = (  # (pattern in the published ore type, standard ore type)
    (re.compile(r"^total$"), "total"),
    (re.compile(r"rock|^light"), "light"),
    (re.compile(r"ion|medium-heavy|^heavy"), "medium_heavy"),
)


def flag_from_notes(notes: str, column: str) -> str:
    m = re.search(rf"\b{column}=(NA|W)\b", notes or "")
    return m.group(1) if m else ""


def build_history(ref: Path) -> None:
    d = pd.read_csv(ref / "market" / "usgs_ds140_rare_earths_1900_2020.csv", dtype=str).fillna("")
    rows = []
    for r in d.to_dict("records"):
        rows.append({
            "year": r["year"],
            "world_production": r["world_production_t"],
            "world_flag": flag_from_notes(r["status_notes"], "world_production_t"),
            "us_production": r["us_production_t"],
            "us_flag": flag_from_notes(r["status_notes"], "us_production_t"),
            "unit": "metric tons",
            "basis": "rare-earth-oxide (REO) equivalent",
            "status_notes": r["status_notes"],
            "source_ids": "USGS_DS140",
        })
    write(pd.DataFrame(rows), "history_world.csv")


def ore_type_std(published: str) -> str:
    text = published.strip().lower()
    for pattern, std in ORE_TYPE:
        if pattern.search(text):
            return std
    raise ValueError(f"unknown ore type {published!r}")


def quota_sources(d: pd.DataFrame) -> dict[str, dict]:
    """One source per publication (URL), numbered in order of first appearance."""
    out: dict[str, dict] = {}
    for r in d.to_dict("records"):
        url = r["source_url"].strip()
        if url in out:
            continue
        host = urlparse(url).netloc.removeprefix("www.").removeprefix("m.")
        ref = r["document_ref"].strip()
        title = f"China's {r['year']} rare-earth quota" + (f" — {ref}" if ref else "") + \
            f"; {r['source_kind']}"
        out[url] = {
            "source_id": f"CNQ-{len(out) + 1:02d}", "title": title, "publisher": host,
            "edition": "", "date": "", "locator": url,
            "licence_note": "Third-party web page; quoted for the figure only, copyright of its publisher",
            "kind": "official notice (repost)" if re.search(r"notice|plan|gov\.cn", r["source_kind"])
                    else "news report",
            "notes": f"Issuing body as reported: {r['issuing_body']}. No official MIIT/MNR page "
                     "was reachable; figure as given by this publication.",
        }
    return out


def build_quotas(ref: Path) -> list[dict]:
    d = pd.read_csv(ref / "market" / "china_rare_earth_quotas.csv", dtype=str).fillna("")
    sources = quota_sources(d)
    rows = []
    for r in d.to_dict("records"):
        published = r["quota_t_REO"].strip() != ""
        rows.append({
            "year": r["year"], "batch": r["batch"], "quota_type": r["quota_type"],
            "ore_type": ore_type_std(r["ore_type"]), "ore_type_published": r["ore_type"],
            "value": r["quota_t_REO"], "unit": "metric tons REO",
            "published": "yes" if published else "no",
            "issuing_body": r["issuing_body"], "document_ref": r["document_ref"],
            "source_kind": r["source_kind"], "notes": r["notes"],
            "source_ids": sources[r["source_url"].strip()]["source_id"],
        })
    write(pd.DataFrame(rows), "china_quotas.csv")
    return list(sources.values())


def price_definition(basis: str) -> str:
    b = basis.lower()
    if "year-end" in b or "yearend" in b:
        return "year_end_range"
    if "range of average" in b:
        return "range_of_averages"
    return "average"


def build_prices(ref: Path) -> None:
    d = pd.read_csv(ref / "market" / "rare_earth_prices.csv", dtype=str).fillna("")
    rows = []
    for r in d.to_dict("records"):
        rows.append({
            "edition": EDITION_OF_PRICE_SOURCE[r["source_id"]],
            "data_year": r["data_year"], "product": r["product"], "element": r["element"],
            "purity": r["purity_as_published"], "definition": price_definition(r["basis"]),
            "basis": r["basis"], "value": r["value"], "value_low": r["value_low"],
            "value_high": r["value_high"], "unit": "US$/kg", "value_raw": r["value_raw"],
            "estimated": "yes" if r["estimated"] == "e" else "no",
            "notes": r["notes"], "source_ids": r["source_id"],
        })
    write(pd.DataFrame(rows), "oxide_prices.csv")


def append_sources(new: list[dict]) -> None:
    path = OUT / "sources.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames
        known = {r["source_id"] for r in reader}
    missing = [s for s in new if s["source_id"] not in known]
    if missing:
        with path.open("a", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
            writer.writerows(missing)
    print(f"sources.csv: {len(missing)} source(s) appended")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    args = p.parse_args()
    build_history(args.reference)
    quota_srcs = build_quotas(args.reference)
    build_prices(args.reference)
    append_sources(USGS_SOURCES + quota_srcs)


if __name__ == "__main__":
    main()
