"""The rows and tables of the market data, the user's edits applied to a table, and units.

Qt-free. reetool.data.market selects the tables and re-exports every name here, so callers
keep importing them from there.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

WORLD = "World"
OTHER = "Other countries"


@dataclass(frozen=True)
class CountryRow:
    country: str
    value: float | None            # None = missing (shown as missing, never 0)
    flag: str = ""                 # publisher flag: "NA", "W", "XX", "E", "text" or ""
    comparator: str = ""           # ">" / "<" or ""
    estimated: bool = False
    edited: bool = False           # changed by the user (not the published figure)
    is_other: bool = False         # the publisher's "Other countries" line
    source_ids: tuple = ()
    notes: str = ""
    value_raw: str = ""
    published: float | None = None  # the published value (kept when edited)
    added: bool = False            # a country the user added
    name_as_published: str = ""    # as printed ("Other" → country "Other countries")


@dataclass(frozen=True)
class CountryTable:
    commodity: str
    statistic: str
    unit: str
    basis: str
    edition: str
    edition_version: str
    data_year: int
    rows: list = field(default_factory=list)      # list[CountryRow], incl. Other countries
    world: CountryRow | None = None               # the publisher's world total
    source_ids: tuple = ()

    @property
    def edited(self) -> bool:
        return any(r.edited for r in self.rows) or bool(self.world and self.world.edited)

    def row(self, country: str) -> CountryRow | None:
        for r in self.rows:
            if r.country.casefold() == country.casefold():
                return r
        return None

    def countries(self) -> list[str]:
        return [r.country for r in self.rows if not r.is_other]


# --- user edits ------------------------------------------------------------------------

def apply_edits(table: CountryTable, edits: Mapping[str, float | None],
                added: Iterable[str] = ()) -> CountryTable:
    """The table with the user's values; edited rows (and added countries) are marked.

    ``edits`` maps a country (or "World") to its new value (None = missing). ``added`` lists
    countries the user added (their value comes from ``edits``; absent means missing).
    """
    rows = []
    for r in table.rows:
        # edits saved before the aggregate row had one name are keyed by its printed name
        key = r.country if r.country in edits else r.name_as_published
        if key in edits and edits[key] != r.published:
            rows.append(replace(r, value=edits[key], edited=True, flag="",
                                comparator="", estimated=False))
        else:
            rows.append(r)
    known = {r.country.casefold() for r in rows}
    for name in added:
        if name.casefold() in known:
            continue
        known.add(name.casefold())
        rows.append(CountryRow(country=name, value=edits.get(name), edited=True, added=True,
                               flag="" if edits.get(name) is not None else "NA"))
    world = table.world
    if world is not None and WORLD in edits and edits[WORLD] != world.published:
        world = replace(world, value=edits[WORLD], edited=True, comparator="", estimated=False)
    elif world is None and WORLD in edits:
        world = CountryRow(country="World total", value=edits[WORLD], edited=True)
    return replace(table, rows=rows, world=world)


def source_label(table: CountryTable) -> str:
    """"USGS MCS2023 (data release), data year 2022, metric tons" — for captions and exports."""
    version = f" ({table.edition_version})" if table.edition_version else ""
    return f"USGS {table.edition}{version}, data year {table.data_year}, {table.unit}"


TONNE_FACTORS = {"metric tons": 1.0, "thousand metric tons": 1e3, "million metric tons": 1e6,
                 "kilograms": 1e-3, "metric tons reo": 1.0}


def tonnes_factor(unit: str) -> float | None:
    """Multiplier from ``unit`` to metric tons; None for units that are not a plain mass
    (carats, cubic meters, dry tons, "tons" of unstated kind)."""
    return TONNE_FACTORS.get((unit or "").strip().casefold())
