"""Build the market datasets in resources/data/ from the reference material.

    python tools/build_market.py [--reference ../shared/reference]
"""

from __future__ import annotations

import argparse
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


def build_elements(ref: Path) -> None:
    d = pd.read_csv(ref / "market" / "elements.csv", dtype=str).fillna("")
    d["source_ids"] = "PKG_MENDELEEV;REF_ELEMENTS"
    write(d, "elements.csv")




def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    args = p.parse_args()
    build_market(args.reference)
    build_elements(args.reference)


if __name__ == "__main__":
    main()
