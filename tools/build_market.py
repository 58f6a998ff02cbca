"""Build the market datasets in resources/data/ from the reference material.

    python tools/build_market.py [--reference ../shared/reference]

elements.csv also gets the Chinese of its English texts (main applications, the atomic-weight
note) from tools/reference/elements_zh.csv: reetool renderings, not published translations.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pandas as pd

from build_common import DEFAULT_REFERENCE, write

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


QUALITATIVE = {"Large", "Moderate", "Small", "Very small", "Moderate to large", "s"}
RANGE = re.compile(r"[\d,.]+\s*[-–]\s*[\d,.]+")
RARE_EARTHS_CHAPTER = "Rare Earths"  # bundled from the long file (with the v1.3 corrections)


def parse_mcs_value(raw: str) -> dict:
    """value / comparator / flag of one MCS2026 cell, kept apart (flags are never numbers)."""
    text = (raw or "").strip()
    out = {"value": "", "comparator": "", "flag": ""}
    if text == "":
        out["flag"] = "NA"
    elif text in {"—", "--", "-"}:
        out["value"] = "0"
    elif text in {"NA", "W", "XX", "E"}:
        out["flag"] = text
    elif text in QUALITATIVE or RANGE.fullmatch(text):
        out["flag"] = "text"   # qualitative or a range: shown as published, never computed
    else:
        if text[0] in "<>":
            out["comparator"], text = text[0], text[1:].strip()
        out["value"] = str(float(text.replace(",", ""))).removesuffix(".0")
    return out


def statistic_label(detail: str, statistics: str) -> str:
    """Statistics_detail minus ': rounded'; a sentence-long detail falls back to Statistics."""
    label = (detail or "").replace(": rounded", "").strip()
    if not label or len(label) > 90 or " were " in label:
        return statistics.strip()
    return label


def basis_of(other_notes: str) -> str:
    head = (other_notes or "").split(" -- ")[0].strip()
    return head[1:-1] if head.startswith("(") and head.endswith(")") else head


def is_estimated(notes: str) -> bool:
    return any(part.strip().startswith("Estimated") for part in (notes or "").split(" -- "))


def build_mcs2026_world(ref: Path) -> None:
    """The "World …" sections of the MCS2026 all-commodity data release, every commodity."""
    d = pd.read_csv(ref / "market" / "raw" / "MCS2026_Commodities_Data.csv", encoding="cp1252",
                    dtype=str, keep_default_na=False)
    d = d[d["Section"].str.startswith("World") & (d["Commodity"] != RARE_EARTHS_CHAPTER)]
    rows = []
    for r in d.to_dict("records"):
        country = r["Country"].strip()
        std = {"World total": "World", "Other countries": "Other countries"}.get(country, country)
        rows.append({
            "commodity": r["Commodity"].strip(),
            "section": r["Section"].strip().rstrip(":"),
            "basis": basis_of(r["Other notes"]),
            "statistic": statistic_label(r["Statistics_detail"], r["Statistics"]),
            "edition": "MCS2026",
            "edition_version": "v1.0 data release",
            "data_year": r["Year"].strip(),
            "country": country,
            "country_std": std,
            **parse_mcs_value(r["Value"]),
            "unit": r["Unit"].strip(),
            "value_raw": r["Value"].strip(),
            "estimated": "yes" if is_estimated(r["Notes"]) else "no",
            "notes": r["Notes"].strip(),
            "source_ids": "USGS_MCS2026_DR",
        })
    cols = ["commodity", "section", "basis", "statistic", "edition", "edition_version", "data_year",
            "country", "country_std", "value", "unit", "value_raw", "comparator", "estimated", "flag",
            "notes", "source_ids"]
    write(pd.DataFrame(rows, columns=cols), "market_mcs2026.csv")


EDITION_OF_US_SOURCE = {
    "USGS_MCS2016_docslib": "MCS2016", "USGS_MCS2019_docslib": "MCS2019",
    "USGS_MCS2021_docslib": "MCS2021", "USGS_MYB2022_T1": "MYB2022",
    **{sid: ed for sid, (ed, _v) in EDITION_OF_SOURCE.items()},
}


def build_us(ref: Path) -> None:
    """U.S. salient statistics (every edition) and U.S. import sources (MCS2025, MCS2026)."""
    d = pd.read_csv(ref / "market" / "usgs_us_salient_statistics.csv", dtype=str,
                    keep_default_na=False)
    rows = []
    for r in d.to_dict("records"):
        raw = r["value_raw"].strip()
        rows.append({
            "edition": EDITION_OF_US_SOURCE[r["source_id"]], "data_year": r["data_year"],
            "item_key": r["item_key"], "item_label": r["item_label_as_published"],
            "unit": r["unit"], "value": r["value"], "value_raw": raw,
            "comparator": r["comparator"], "estimated": "yes" if r["estimated"] == "e" else "no",
            "flag": flag_of(raw) if r["value"] == "" else "", "notes": r["notes"],
            "source_ids": r["source_id"]})
    write(pd.DataFrame(rows), "market_us_salient.csv")
    d = pd.read_csv(ref / "market" / "usgs_us_import_sources.csv", dtype=str, keep_default_na=False)
    rows = [{"edition": EDITION_OF_US_SOURCE[r["source_id"]], "period": r["period"],
             "material": r["material"], "country": r["country"], "share_pct": r["share_pct"],
             "notes": r["notes"], "source_ids": r["source_id"]} for r in d.to_dict("records")]
    write(pd.DataFrame(rows), "market_us_imports.csv")


ELEMENTS_ZH = Path(__file__).resolve().parent / "reference" / "elements_zh.csv"


def build_elements(ref: Path) -> None:
    d = pd.read_csv(ref / "market" / "elements.csv", dtype=str).fillna("")
    d["source_ids"] = "PKG_MENDELEEV;REF_ELEMENTS"
    zh = pd.read_csv(ELEMENTS_ZH, dtype=str).fillna("")
    if sorted(zh["symbol"]) != sorted(d["symbol"]):
        raise SystemExit(f"{ELEMENTS_ZH.name}: its symbols differ from elements.csv's")
    write(d.merge(zh, on="symbol", how="left"), "elements.csv")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    args = p.parse_args()
    build_market(args.reference)
    build_mcs2026_world(args.reference)
    build_us(args.reference)
    build_elements(args.reference)


if __name__ == "__main__":
    main()
