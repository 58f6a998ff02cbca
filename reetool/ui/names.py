"""Names of countries and commodities in the UI language, shared by every page.

Data keep the names as USGS prints them; only what is shown is translated. A name not in
these tables is shown as published.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Q

# Country names as the bundled USGS tables print them.
COUNTRIES = {
    "Australia": QT_TRANSLATE_NOOP("Names", "Australia"),
    "Brazil": QT_TRANSLATE_NOOP("Names", "Brazil"),
    "Burma": QT_TRANSLATE_NOOP("Names", "Burma"),
    "Burundi": QT_TRANSLATE_NOOP("Names", "Burundi"),
    "Canada": QT_TRANSLATE_NOOP("Names", "Canada"),
    "China": QT_TRANSLATE_NOOP("Names", "China"),
    "Greenland": QT_TRANSLATE_NOOP("Names", "Greenland"),
    "India": QT_TRANSLATE_NOOP("Names", "India"),
    "Madagascar": QT_TRANSLATE_NOOP("Names", "Madagascar"),
    "Malaysia": QT_TRANSLATE_NOOP("Names", "Malaysia"),
    "Nigeria": QT_TRANSLATE_NOOP("Names", "Nigeria"),
    "Other countries": QT_TRANSLATE_NOOP("Names", "Other countries"),
    "Russia": QT_TRANSLATE_NOOP("Names", "Russia"),
    "South Africa": QT_TRANSLATE_NOOP("Names", "South Africa"),
    "Tanzania": QT_TRANSLATE_NOOP("Names", "Tanzania"),
    "Thailand": QT_TRANSLATE_NOOP("Names", "Thailand"),
    "United States": QT_TRANSLATE_NOOP("Names", "United States"),
    "Vietnam": QT_TRANSLATE_NOOP("Names", "Vietnam"),
    "World": QT_TRANSLATE_NOOP("Names", "World"),
    "World total": QT_TRANSLATE_NOOP("Names", "World total"),
    "World total (rounded)": QT_TRANSLATE_NOOP("Names", "World total (rounded)"),
}

COMMODITIES = {"Rare earths": QT_TRANSLATE_NOOP("Names", "Rare earths")}


def country_name(name: str | None) -> str:
    """The country's name in the UI language (as published when not in the list)."""
    if not name:
        return "—"
    return Q.translate("Names", COUNTRIES[name]) if name in COUNTRIES else name


def commodity_name(name: str) -> str:
    return Q.translate("Names", COMMODITIES[name]) if name in COMMODITIES else name
