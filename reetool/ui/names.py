"""Names of countries, commodities, statistics and units in the UI language, shared by every
page.

Data keep the names as USGS prints them; only what is shown is translated. The names come
from ``reetool.data.names`` (countries matched on their ISO 3166 code; Chinese country names
from pycountry's zh_CN ISO 3166 translations; commodity, statistic and unit names in Chinese
are reetool renderings). A name without a Chinese form is shown as published.
"""

from __future__ import annotations

from reetool.data import names as data_names


def _lang() -> str:
    from reetool.ui.i18n import current_language

    return current_language()


def country_name(name: str | None) -> str:
    """The country's name in the UI language (as published when not in the list)."""
    if not name:
        return "—"
    return data_names.localized("country", name, _lang())


def commodity_name(name: str) -> str:
    """The commodity in the UI language; in English with its capitalisation fixed."""
    return data_names.localized("commodity", name, _lang())


def statistic_name(statistic: str) -> str:
    """A statistic label ("Mine production", "Refinery production: concentrate") in the UI
    language."""
    return data_names.localized("statistic", statistic, _lang())


def unit_name(unit: str) -> str:
    """A unit ("thousand metric tons") in the UI language: one Chinese word per unit (吨)."""
    return data_names.localized("unit", unit, _lang())


def edition_name(edition: str, version: str = "") -> str:
    """"MCS2026 v1.0 data release" in the UI language (the edition code stays as published)."""
    version = data_names.localized("edition_version", version, _lang()) if version else ""
    return f"{edition} {version}".strip()


def edition_label(text: str) -> str:
    """An edition said as a whole ("MCS2026 v1.0 data release", "MCS2026 (production: v1.0
    data release; reserves: v1.0 data release + v1.3)") in the UI language: its known terms in
    Chinese (reetool renderings), codes and versions as published. For labels built from data
    that keep the published text (chart specs, CSV exports)."""
    if not text or _lang() != "zh":
        return text
    return data_names.edition_version_zh(text) or text


def is_chinese() -> bool:
    from reetool.ui.i18n import is_chinese

    return is_chinese()
