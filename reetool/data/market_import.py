"""Parse USGS Mineral Commodity Summaries data releases into market records. Qt-free.

Two formats::

    parse_file(path, commodity=None) -> ImportResult

* ``world``: the per-commodity "world" CSV of MCS2022–2024 (``mcs2023-raree_world.csv``):
  columns ``Source, Country, Type, <Stat>_<unit>[_est]_<year>…, [Prod_notes], [Reserves_t],
  [Reserves_notes]``. Reserves are attributed to the edition's latest data year.
* ``mcs2026``: the all-commodity long file (``MCS2026_Commodities_Data.csv``, cp1252); only its
  "World …" sections are read.

Tolerated: a BOM, UTF-8 or cp1252, trailing empty columns, blank rows, thousands separators,
"NA" / "W" / "XX" / "E" (kept as flags), "—" (zero), ">" / "<" (comparator), notes.
Anything else that is not a number raises DataError naming file, line and field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reetool.data.errors import DataError
from reetool.data.market_cells import csv_records, mcs_edition, parse_cell, row_cells
from reetool.data.market_salient import is_salient_header, parse_salient
from reetool.data.textio import read_bytes, strip_boms

# Prod_t_2021, Prod_t_Est_2021, Prod_t_est_2022, Cap_kt_2023, Prod_2021 …
YEAR_COL = re.compile(r"^(?P<stat>[A-Za-z]+(?:_[A-Za-z]+)*?)_(?P<unit>t|kt|kg|mt)?_?"
                      r"(?P<est>est_?)?(?P<year>(19|20)\d\d)$", re.IGNORECASE)
UNIT_OF_SUFFIX = {"t": "metric tons", "kt": "thousand metric tons", "kg": "kilograms",
                  "mt": "million metric tons"}
STAT_WORDS = re.compile(r"\b(mine|refinery|smelter|plant|primary|mill)?\s*(production|capacity)\b",
                        re.IGNORECASE)
UNITS_IN_TEXT = ("thousand metric tons", "million metric tons", "metric tons", "kilograms",
                 "million cubic meters", "carats")

# Short names in USGS data-release file names (mcs2023-<code>_world.csv).
FILE_CODES = {
    "raree": "Rare earths", "galli": "Gallium", "germa": "Germanium", "graph": "Graphite (Natural)",
    "antim": "Antimony", "tungs": "Tungsten", "cobal": "Cobalt", "lithi": "Lithium",
    "nicke": "Nickel", "manga": "Manganese", "vanad": "Vanadium", "tanta": "Tantalum",
    "niobi": "Niobium (Columbium)", "indiu": "Indium", "tin": "Tin", "zinc": "Zinc",
    "coppe": "Copper", "bismu": "Bismuth", "fluor": "Fluorspar", "magne": "Magnesium Metal",
    "molyb": "Molybdenum", "chrom": "Chromium", "plati": "Platinum-Group Metals",
    "tellu": "Tellurium", "titan": "Titanium Mineral Concentrates", "zirco": "Zirconium",
    "barit": "Barite", "beryl": "Beryllium", "alumi": "Aluminum", "scand": "Scandium",
    "yttri": "Yttrium", "hafni": "Hafnium", "arsen": "Arsenic", "silic": "Silicon",
}


@dataclass
class ImportResult:
    file: str
    format: str                      # "world" | "mcs2026" | "salient"
    edition: str
    rows: list = field(default_factory=list)       # market records
    warnings: list = field(default_factory=list)

    @property
    def commodities(self) -> list[str]:
        return sorted({r["commodity"] for r in self.rows})

    def summary(self) -> dict:
        return {"file": self.file, "format": self.format, "edition": self.edition,
                "commodities": self.commodities, "rows": len(self.rows),
                "years": sorted({r["data_year"] for r in self.rows}),
                "statistics": sorted({r["statistic"] for r in self.rows})}


def read_text(path: Path) -> str:
    data = read_bytes(path)
    if not data.strip():
        raise DataError(path, "file is empty", row=1, code="empty")
    if b"\x00" in data[:4096]:
        raise DataError(path, "is not a text (CSV) file", row=1, code="binary")
    try:
        return strip_boms(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return strip_boms(data.decode("cp1252", errors="replace"))  # USGS 2026 files are cp1252


def _std_country(name: str) -> str:
    n = name.strip()
    low = n.casefold()
    if low.startswith("world"):
        return "World"
    if low.startswith("other"):
        return "Other countries"
    return n


def _stat_from_type(type_text: str, prefix: str) -> str:
    if prefix.lower().startswith("res"):
        return "Reserves"
    m = STAT_WORDS.search(type_text or "")
    if m:
        words = " ".join(w for w in m.groups() if w).lower()
        return words[0].upper() + words[1:]
    if prefix.lower().startswith("cap"):
        return "Production capacity"
    return "Production"


def _unit(suffix: str | None, type_text: str) -> str:
    low = (type_text or "").lower()
    for u in UNITS_IN_TEXT:
        if u in low:
            return u
    if suffix and suffix.lower() in UNIT_OF_SUFFIX:
        return UNIT_OF_SUFFIX[suffix.lower()]
    return "metric tons"


def _commodity_of(path: Path, type_text: str, override: str | None) -> str:
    if override:
        return override.strip()
    m = re.search(r"mcs\d{4}-([a-z]+)_world", path.name.lower())
    if m and m.group(1) in FILE_CODES:
        return FILE_CODES[m.group(1)]
    head = (type_text or "").split(",")[0].strip()
    if head and not STAT_WORDS.search(head):
        return head[0].upper() + head[1:].lower()
    raise DataError(path, "cannot tell which commodity this file covers; name it "
                          "(--commodity in the command line)", row=2, column="Type",
                    code="commodity")


def _estimated_years(notes: str) -> set[int]:
    return {int(y) for y in re.findall(r"Estimated in ((?:19|20)\d\d) also", notes or "")}


def parse_world(path: Path, text: str, commodity: str | None = None) -> ImportResult:
    header, rows = csv_records(text, path)
    for need in ("Source", "Country"):
        if need not in header:
            raise DataError(path, f"column '{need}' is missing from the header (a USGS world "
                                  "data release has Source, Country, Type, Prod_t_YYYY…)",
                            row=1, column=need, code="missing_column")
    year_cols = [(c, YEAR_COL.match(c)) for c in header]
    year_cols = [(c, m) for c, m in year_cols if m]
    reserve_cols = [c for c in header if re.fullmatch(r"Reserves?_(t|kt|kg|mt)", c, re.IGNORECASE)]
    if not year_cols:
        raise DataError(path, "no yearly value column (such as Prod_t_2021) in the header",
                        row=1, code="missing_column")
    latest = max(int(m.group("year")) for _, m in year_cols)
    result = ImportResult(file=str(path), format="world", edition="")
    editions = set()
    for line, values in rows:
        cells = row_cells(header, values, line, path)
        edition = mcs_edition(cells["Source"], path, line, "Source")
        editions.add(edition)
        country = cells["Country"].strip()
        if not country:
            raise DataError(path, "country is empty", row=line, column="Country", code="bad_value")
        type_text = cells.get("Type", "")
        name = _commodity_of(Path(path), type_text, commodity)
        prod_notes = next((cells[c].strip() for c in header
                           if c.lower().startswith("prod") and c.lower().endswith("notes")), "")
        est_years = _estimated_years(prod_notes)
        base = {"commodity": name, "edition": edition, "edition_version": "data release (import)",
                "country": country, "country_std": _std_country(country),
                "basis": type_text.strip(), "source_ids": (), "__line__": line}
        for col, m in year_cols:
            parsed = parse_cell(cells[col], path, line, col)
            year = int(m.group("year"))
            result.rows.append({**base, **parsed,
                                "statistic": _stat_from_type(type_text, m.group("stat")),
                                "data_year": year, "unit": _unit(m.group("unit"), type_text),
                                "estimated": bool(m.group("est")) or year in est_years,
                                "notes": prod_notes, "column": col})
        for col in reserve_cols:
            parsed = parse_cell(cells[col], path, line, col)
            notes_col = next((c for c in header if c.lower() == "reserves_notes"), None)
            suffix = col.split("_")[-1]
            result.rows.append({**base, **parsed, "statistic": "Reserves", "data_year": latest,
                                "unit": UNIT_OF_SUFFIX.get(suffix.lower(), "metric tons"),
                                "estimated": False,
                                "notes": cells[notes_col].strip() if notes_col else "",
                                "column": col})
    if not result.rows:
        raise DataError(path, "has a header but no data rows", row=2, code="empty")
    if len(editions) > 1:
        result.warnings.append("several editions in one file: " + ", ".join(sorted(editions)))
    result.edition = ", ".join(sorted(editions))
    return result


def parse_mcs2026(path: Path, text: str) -> ImportResult:
    header, rows = csv_records(text, path)
    need = ("Section", "Commodity", "Country", "Statistics", "Statistics_detail", "Unit", "Year",
            "Value")
    for col in need:
        if col not in header:
            raise DataError(path, f"column '{col}' is missing from the header", row=1, column=col,
                            code="missing_column")
    result = ImportResult(file=str(path), format="mcs2026", edition="")
    m = re.search(r"MCS\s*(\d{4})", Path(path).name, re.IGNORECASE)
    edition = f"MCS{m.group(1)}" if m else "MCS2026"
    result.edition = edition
    for line, values in rows:
        cells = row_cells(header, values, line, path)
        if not cells["Section"].startswith("World"):
            continue
        detail = cells["Statistics_detail"].replace(": rounded", "").strip()
        if not detail or len(detail) > 90 or " were " in detail:
            detail = cells["Statistics"].strip()
        year = cells["Year"].strip()
        if not re.fullmatch(r"(19|20)\d\d", year):
            raise DataError(path, f"'{year}' is not a year", row=line, column="Year",
                            code="bad_value", value=year)
        notes = cells.get("Notes", "").strip()
        country = cells["Country"].strip()
        commodity = cells["Commodity"].strip()
        result.rows.append({
            "commodity": commodity, "edition": edition, "edition_version": "data release (import)",
            "statistic": detail, "data_year": int(year), "country": country,
            "country_std": _std_country(country), "unit": cells["Unit"].strip(),
            **parse_cell(cells["Value"], path, line, "Value"),
            "estimated": any(p.strip().startswith("Estimated") for p in notes.split(" -- ")),
            "notes": notes, "basis": "", "source_ids": (), "column": "Value", "__line__": line})
    if not result.rows:
        raise DataError(path, "has no 'World …' section rows", row=2, column="Section",
                        code="empty")
    return result


def parse_salient_file(path: Path, text: str) -> ImportResult:
    header, rows = csv_records(text, path)
    recs = parse_salient(path, header, rows)
    editions = sorted({r["edition"] for r in recs})
    result = ImportResult(file=str(path), format="salient", edition=", ".join(editions), rows=recs)
    if len(editions) > 1:
        result.warnings.append("several editions in one file: " + ", ".join(editions))
    return result


def parse_file(path, commodity: str | None = None) -> ImportResult:
    """Parse a USGS data release; DataError (file, line, field) on anything unreadable."""
    path = Path(path)
    text = read_text(path)
    first = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    if "Statistics_detail" in first and "Section" in first:
        return parse_mcs2026(path, text)
    if "Source" in first and "Country" in first:
        return parse_world(path, text, commodity)
    if is_salient_header([c.strip() for c in first.lstrip("\ufeff").split(",")]):
        return parse_salient_file(path, text)
    if first.lstrip("\ufeff").lstrip().startswith("<"):
        raise DataError(path, "is the metadata (XML) of a data release, not its data: import the "
                              "CSV files it describes", row=1, code="format")
    raise DataError(path, "is not a USGS data release: expected a header with Source, Country, "
                          "Type, Prod_t_YYYY… (MCS2022–2024 world file), DataSource, Commodity, "
                          "Year, … (salient statistics) or MCS chapter, Section, Commodity, … "
                          "(MCS2026 all-commodity file)", row=1, code="format")
