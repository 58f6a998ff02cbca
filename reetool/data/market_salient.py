"""Import of a USGS "salient statistics" data release (e.g. ``mcs2023-raree_salient.csv``).

These files hold one row per data year of U.S. statistics for one commodity: production,
trade, apparent consumption, prices, employment and net import reliance. Rows become
records shaped like the bundled ``market_us_salient`` dataset (item_key, item_label,
unit, value, comparator, flag, estimated), so the United States tab can show an imported
edition beside the bundled ones; they never enter the country tables (they have no world
total and no other countries). Qt-free.

Column names follow the data release's metadata (``mcs2023-raree_meta.xml``). Units come
from the suffix: ``_t`` metric tons (REO for rare earths), ``_dkg`` US$/kg, ``_num`` number,
``_pct`` percent; ``NIR_…`` columns are percentages whatever their suffix (MCS2022 names
them ``_t``). The most recent year of a release is an estimate, as USGS marks it.
"""

from __future__ import annotations

import re
from pathlib import Path

from reetool.data.errors import DataError
from reetool.data.market_cells import mcs_edition, parse_cell, row_cells

# data-release column → (item_key of the bundled dataset, label as USGS prints it)
KNOWN_COLUMNS = {
    "USprod_Concentrate_t": ("us_production_mineral_concentrates_t", "Production: Mineral concentrates"),
    "USprod_Compounds-Metals_t": ("us_production_compounds_metals_t", "Production: Compounds and metals"),
    "Imports_Compounds_t": ("us_imports_compounds_t", "Imports: Compounds"),
    "Imports_Alloys_t": ("us_imports_ferrocerium_alloys_t", "Imports: Metals: Ferrocerium, alloys"),
    "Imports_Metals_t": ("us_imports_re_metals_t",
                         "Imports: Metals: Rare-earth metals, scandium, and yttrium"),
    "Exports_Ores-Compounds_t": ("us_exports_ores_compounds_t", "Exports: Ores and compounds"),
    "Exports_Alloys_t": ("us_exports_ferrocerium_alloys_t", "Exports: Metals: Ferrocerium, alloys"),
    "Exports_Metals_t": ("us_exports_re_metals_t",
                         "Exports: Metals: Rare-earth metals, scandium, and yttrium"),
    "Consump_Compounds-Metals_t": ("us_apparent_consumption_compounds_metals_t",
                                   "Consumption: Apparent, compounds and metals"),
    "Employment_num": ("employment_mine_mill_number", "Employment, mine and mill, annual average"),
    "NIR_Compounds-Metals": ("nir_compounds_metals_pct",
                             "Net import reliance as a percentage of apparent consumption: "
                             "Compounds and metals"),
    "NIR_Concentrate": ("nir_mineral_concentrates_pct",
                        "Net import reliance as a percentage of apparent consumption: "
                        "Mineral concentrates"),
}
PRICE = re.compile(r"^Price_(?P<what>.+)_dkg$")
# Price columns by formula, named as the release metadata names them.
PRICE_NAMES = {"CeO2": "Cerium oxide", "Dy2O3": "Dysprosium oxide", "Eu2O3": "Europium oxide",
               "La2O3": "Lanthanum oxide", "Mischmetal": "Mischmetal", "Nd2O3": "Neodymium oxide",
               "TbO2": "Terbium oxide", "Pr6O11": "Praseodymium oxide", "Y2O3": "Yttrium oxide"}
SUFFIX_UNIT = {"t": "metric tons", "dkg": "US$/kg", "num": "number", "pct": "percent"}
ID_COLUMNS = ("DataSource", "Commodity", "Year")


def is_salient_header(header: list[str]) -> bool:
    return all(c in header for c in ID_COLUMNS)


def _item(column: str, commodity: str) -> tuple[str, str, str]:
    """(item_key, label, unit) of a statistic column."""
    stem, _, suffix = column.rpartition("_")
    if column.startswith("NIR_"):
        key, label = KNOWN_COLUMNS.get(stem, (f"nir_{_slug(stem[4:])}_pct",
                                              f"Net import reliance: {stem[4:]}"))
        return key, label, "percent"
    m = PRICE.match(column)
    if m:
        what = m.group("what")
        return f"price_{_slug(what)}_usd_per_kg", f"Price: {PRICE_NAMES.get(what, what)}", "US$/kg"
    unit = SUFFIX_UNIT.get(suffix, "")
    if unit == "metric tons" and commodity.casefold().startswith("rare earth"):
        unit = "metric tons REO"
    if column in KNOWN_COLUMNS:
        key, label = KNOWN_COLUMNS[column]
        return key, label, unit
    return _slug(column), column.replace("_", " "), unit


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")


def parse_salient(path: Path, header: list[str], rows: list[tuple[int, list[str]]]) -> list[dict]:
    """Records of a salient-statistics file (header and rows as read by csv_records)."""
    columns = [c for c in header if c and c not in ID_COLUMNS]
    if not columns:
        raise DataError(path, "has no statistic columns after DataSource, Commodity, Year",
                        row=1, code="missing_column")
    parsed = []
    for line, values in rows:
        row = row_cells(header, values, line, path)
        edition = mcs_edition(row["DataSource"], path, line, "DataSource")
        year = row["Year"].strip()
        if not re.fullmatch(r"(19|20)\d\d", year):
            raise DataError(path, f"'{year}' is not a year", row=line, column="Year",
                            code="bad_value", value=year)
        parsed.append((line, edition, int(year), row))
    if not parsed:
        raise DataError(path, "has a header but no data rows", row=2, code="empty")
    latest = max(year for _l, _e, year, _c in parsed)
    out = []
    for line, edition, year, cells in parsed:
        commodity = cells["Commodity"].strip() or "Rare Earths"
        commodity = "Rare earths" if commodity.casefold() == "rare earths" else commodity
        for col in columns:
            key, label, unit = _item(col, commodity)
            out.append({
                "kind": "salient", "commodity": commodity, "edition": edition,
                "edition_version": "data release (import)", "data_year": year,
                "country": "United States", "country_std": "United States",
                "statistic": label, "item_key": key, "unit": unit,
                **parse_cell(cells[col], path, line, col),
                "estimated": year == latest, "notes": "", "basis": "", "source_ids": (),
                "column": col, "__line__": line})
    return out
