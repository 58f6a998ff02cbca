"""Build the country-name resources in resources/data/ (developer tool, run at build time).

    python tools/build_names.py [--reference ../shared/reference]

Writes
* ``countries.csv`` — one row per ISO 3166-1 alpha-3 code (pycountry's list): the English name
  USGS prints (else pycountry's common or official name) and the Chinese name from pycountry's
  zh_CN translation of ISO 3166-1 (the iso-codes project). The few rows whose Chinese name is
  corrected here are labelled ``zh_origin = reetool`` with a note saying what pycountry gives.
* ``country_names.csv`` — every country name found in the bundled and importable USGS data
  (resources/data, the raw data releases in the reference folder, tests/fixtures/market), plus
  pycountry's and country_converter's names as aliases, each mapped to its alpha-3 code with
  country_converter. Aggregates ("World total", "Other countries") carry no code; a list of
  countries ("China, Germany, and Russia") is a ``group`` with its members' codes.

Needs country_converter and pycountry (build time only; the app reads the CSV files). The
script stops, listing them, if any name found in the data maps to no code.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import logging
import re
import sys
from pathlib import Path

import pandas as pd

from build_common import DEFAULT_REFERENCE, OUT, write

ROOT = Path(__file__).resolve().parent.parent
AGGREGATES = {  # name as published -> Chinese (reetool rendering)
    "World": "世界", "World total": "世界合计", "World total (rounded)": "世界合计（取整）",
    "Other countries": "其他国家", "Other": "其他",
}
# Corrections of pycountry 26.2.16 zh_CN names (typos, or not the form used in mainland China).
ZH_FIXES = {
    "BOL": ("玻利维亚", "pycountry zh_CN gives 波利维亚 (common name) / 玻利维亚共和国"),
    "KHM": ("柬埔寨", "pycountry zh_CN gives 柬埔塞 (typo)"),
    "PYF": ("法属波利尼西亚", "pycountry zh_CN gives 法属玻利尼西亚 (typo)"),
    "GTM": ("危地马拉", "pycountry zh_CN gives 瓜地马拉 (the form used in Taiwan)"),
    "KGZ": ("吉尔吉斯斯坦", "pycountry zh_CN gives 吉尔吉斯坦"),
}
# Other spellings of USGS country names (other editions, other chapters): mapped by
# country_converter like the names found in the data, so imports of other years match too.
USGS_VARIANTS = (
    "Congo (Brazzaville)", "Cote d'Ivoire", "Côte d'Ivoire", "Czech Republic", "Macedonia",
    "North Macedonia", "Swaziland", "Eswatini", "Korea, South", "South Korea", "North Korea",
    "Bahamas, The", "Gambia, The", "Turkiye", "Türkiye", "Brunei", "Macau", "Hong Kong",
    "Timor-Leste", "East Timor", "Burma (Myanmar)", "Dem. Rep. of the Congo",
    "Democratic Republic of the Congo", "Republic of the Congo", "Russian Federation",
    "Kyrgyz Republic", "Slovak Republic", "Viet Nam", "Lao PDR", "Moldova", "Bosnia and Herzegovina",
)
SRC_PYCOUNTRY = "PKG_PYCOUNTRY"
SRC_COCO = "PKG_COUNTRY_CONVERTER"
SRC_NAMES = "REETOOL_NAMES_ZH"


def converter():
    """country_converter with its table read as text (pandas 3 reads Namibia's "NA" as missing
    when coco loads the file itself)."""
    import country_converter as coco
    from country_converter.country_converter import COUNTRY_DATA_FILE

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    df = pd.read_csv(COUNTRY_DATA_FILE, sep="\t", encoding="utf-8", dtype=str,
                     keep_default_na=False)
    for col in ("obsolete", "UNmember"):
        df[col] = pd.to_numeric(df[col].replace("", None)).astype("Int64")
    return coco.CountryConverter(country_data=df), df


def _csv_column(path: Path, column: str, encoding: str = "utf-8-sig") -> list[str]:
    try:
        with open(path, encoding=encoding, newline="") as fh:
            return [(r.get(column) or "").strip() for r in csv.DictReader(fh)]
    except UnicodeDecodeError:
        with open(path, encoding="cp1252", newline="") as fh:
            return [(r.get(column) or "").strip() for r in csv.DictReader(fh)]


def data_names(ref: Path) -> dict[str, str]:
    """Every country name in the bundled and importable USGS data -> where it was seen."""
    found: dict[str, str] = {}

    def add(names, where):
        for n in names:
            if n and n not in found:
                found[n] = where

    for name in ("market_world", "market_mcs2026", "market_us_imports"):
        path = OUT / f"{name}.csv"
        add(_csv_column(path, "country"), "bundle")
        if name != "market_us_imports":
            add(_csv_column(path, "country_std"), "bundle")
    raw = ref / "market" / "raw"
    add(_csv_column(raw / "MCS2026_Commodities_Data.csv", "Country", "cp1252"), "data release")
    for path in sorted(raw.glob("*_world.csv")):
        add(_csv_column(path, "Country"), "data release")
    add(_csv_column(ref / "market" / "rare_earths_mine_production_reserves_long.csv", "country"),
        "reference")
    for path in sorted((ROOT / "tests" / "fixtures" / "market").glob("*.csv")):
        add(_csv_column(path, "Country"), "test fixture")
    add(USGS_VARIANTS, "variant")
    return found


def zh_of(country, tr) -> tuple[str, str, str]:
    """(Chinese name, origin, note) for a pycountry country."""
    if country.alpha_3 in ZH_FIXES:
        zh, note = ZH_FIXES[country.alpha_3]
        return zh, "reetool", note
    common = getattr(country, "common_name", None)
    if common and tr.gettext(common) != common:
        return tr.gettext(common), "pycountry", "zh_CN translation of the common name"
    if tr.gettext(country.name) != country.name:
        return tr.gettext(country.name), "pycountry", "zh_CN translation of the ISO name"
    return "", "", "pycountry zh_CN has no translation of this name"


def split_group(name: str) -> list[str] | None:
    """'China, Germany, and Russia' -> ['China', 'Germany', 'Russia']; None if not a list."""
    if " and " not in name or "," not in name:
        return None
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", name) if p.strip()]
    return parts if len(parts) > 1 else None


def build(ref: Path) -> int:
    import pycountry

    cc, coco_df = converter()
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    seen = data_names(ref)

    def iso3(name: str) -> str | None:
        code = cc.convert(name, to="ISO3", not_found=None)
        return code if isinstance(code, str) and pycountry.countries.get(alpha_3=code) else None

    rows, unmapped = [], []
    usgs_name: dict[str, str] = {}
    for name, where in seen.items():
        row = {"name": name, "iso3": "", "kind": "country", "members": "", "name_zh": "",
               "seen_in": where, "source_ids": SRC_COCO}
        if name in AGGREGATES:
            row.update(kind="aggregate", name_zh=AGGREGATES[name], source_ids=SRC_NAMES)
        elif (parts := split_group(name)) and all(iso3(p) for p in parts):
            row.update(kind="group", members=";".join(iso3(p) for p in parts))
        elif (code := iso3(name)) is not None:
            row["iso3"] = code
            usgs_name.setdefault(code, name)
        else:
            unmapped.append(name)
            continue
        rows.append(row)
    if unmapped:
        print("unmapped country names:", ", ".join(sorted(unmapped)), file=sys.stderr)
        return 1

    countries = []
    known = {r["name"] for r in rows}
    for c in pycountry.countries:
        zh, origin, note = zh_of(c, tr)
        en = usgs_name.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
        countries.append({"iso3": c.alpha_3, "name_en": en, "name_zh": zh, "zh_origin": origin,
                          "zh_note": note,
                          "source_ids": SRC_PYCOUNTRY + (f";{SRC_NAMES}" if origin == "reetool"
                                                         else "")})
        # aliases: pycountry's and country_converter's names for the same code
        match = coco_df[coco_df["ISO3"] == c.alpha_3]
        aliases = [(a, SRC_PYCOUNTRY) for a in (c.name, getattr(c, "common_name", None),
                                                getattr(c, "official_name", None))]
        aliases += [(a, SRC_COCO) for col in ("name_short", "name_official") for a in match[col]]
        for alias, source in aliases:
            if alias and alias not in known:
                known.add(alias)
                rows.append({"name": alias, "iso3": c.alpha_3, "kind": "country", "members": "",
                             "name_zh": "", "seen_in": "alias", "source_ids": source})
    write(pd.DataFrame(countries), "countries.csv")
    write(pd.DataFrame(rows), "country_names.csv")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    return build(p.parse_args().reference)


if __name__ == "__main__":
    raise SystemExit(main())
