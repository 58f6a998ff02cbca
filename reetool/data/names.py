"""Names in two languages, matched on ISO 3166 codes. Qt-free.

Reads three bundled datasets (built by tools/build_names.py, see their provenance)::

    countries       iso3 -> English name (as USGS prints it) and Chinese name (pycountry zh_CN,
                    a few labelled reetool corrections)
    country_names   every country name of the bundled and importable USGS data, plus aliases,
                    -> iso3; aggregates ("World total", "Other countries") and lists of
                    countries ("China, Germany, and Russia") are marked as such
    names_zh        commodity, statistic and unit names in Chinese (reetool renderings) and the
                    English display form of commodity names (TiO2 pigment, Iron and steel …)

Data keep the names as published; these functions only say which country a name means and
how to show it. Public API::

    iso3(name) -> str | None                  # "Burma" -> "MMR"; aggregates -> None
    country_kind(name) -> "country" | "aggregate" | "group" | None (unknown)
    is_aggregate(name) -> bool                # "World total", "Other countries", "Other" …
    members(name) -> tuple[str, ...]          # iso3 codes of a group name
    country_zh(name_or_iso3) -> str | None    # None = no Chinese name (show it as published)
    country_en(iso3) -> str | None
    country_fields(name) -> {"iso3": …, "country_zh": …}   # for data outputs
    find_country(candidates, wanted) -> str | None  # match on codes: "Myanmar" finds "Burma"
    unmapped(names) -> list[str]              # names that are neither mapped nor aggregates
    commodity_display(name) -> str            # "Iron And Steel" -> "Iron and steel"
    commodity_zh(name) -> str | None
    statistic_zh(label) -> str | None         # whole label, or composed from its parts
    unit_zh(unit) -> str | None               # one Chinese word per unit: 吨, 千吨 …
    edition_version_zh(version) -> str | None # "v1.0 data release" -> "v1.0 数据发布版"
    localized(kind, name, lang) -> str        # the name to show in "en" or "zh"
"""

from __future__ import annotations

import re
from functools import lru_cache

CHINA = "CHN"
ROUNDED = ", rounded"


def normalize(name: str | None) -> str:
    """The matching key of a name: case, apostrophes, spaces and footnote digits ignored."""
    text = (name or "").replace("’", "'").replace("\u00a0", " ")
    text = re.sub(r"(?<=[A-Za-z)])\d+$", "", text.strip())       # "Australia1" (a footnote)
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=1)
def _tables():
    from reetool.data import bundle

    b = bundle()
    by_name: dict[str, dict] = {}
    for rec in b.records("country_names"):
        by_name.setdefault(normalize(rec["name"]), rec)
    countries = {rec["iso3"]: rec for rec in b.records("countries")}
    zh: dict[tuple[str, str], dict] = {}
    for rec in b.records("names_zh"):
        zh[(rec["kind"], rec["name"])] = rec
        zh.setdefault((rec["kind"], "\x00" + normalize(rec["name"])), rec)
    return by_name, countries, zh


def clear_cache() -> None:
    _tables.cache_clear()


def _name_rec(name: str | None) -> dict | None:
    return _tables()[0].get(normalize(name)) if name else None


def _zh_rec(kind: str, name: str | None) -> dict | None:
    if not name:
        return None
    zh = _tables()[2]
    return zh.get((kind, name)) or zh.get((kind, "\x00" + normalize(name)))


# --- countries ---------------------------------------------------------------------------

def iso3(name: str | None) -> str | None:
    """ISO 3166-1 alpha-3 code of a country name as any USGS table prints it (or an ISO code
    itself); None for aggregates, lists of countries and unknown names."""
    if name and re.fullmatch(r"[A-Z]{3}", name.strip()) and name.strip() in _tables()[1]:
        return name.strip()
    rec = _name_rec(name)
    return rec["iso3"] if rec and rec["kind"] == "country" else None


def country_kind(name: str | None) -> str | None:
    if name and name.strip() in _tables()[1]:
        return "country"
    rec = _name_rec(name)
    if rec is not None:
        return rec["kind"]
    low = normalize(name)
    if low.startswith("world") or low.startswith("other"):
        return "aggregate"
    return None


def is_aggregate(name: str | None) -> bool:
    return country_kind(name) == "aggregate"


def members(name: str | None) -> tuple[str, ...]:
    rec = _name_rec(name)
    if rec is None or rec["kind"] != "group":
        return ()
    return tuple(c for c in (rec["members"] or "").split(";") if c)


def country_en(code: str | None) -> str | None:
    rec = _tables()[1].get(code or "")
    return rec["name_en"] if rec else None


def country_zh(name: str | None) -> str | None:
    """The Chinese name of a country (by name as published, or by its ISO code), of an
    aggregate or of a list of countries; None when there is none."""
    if not name:
        return None
    code = iso3(name)
    if code is not None:
        rec = _tables()[1].get(code)
        return (rec or {}).get("name_zh") or None
    rec = _name_rec(name)
    if rec is not None and rec["kind"] == "aggregate":
        return rec["name_zh"] or None
    if rec is not None and rec["kind"] == "group":
        parts = [country_zh(c) for c in members(name)]
        if all(parts):
            return "、".join(parts[:-1]) + "和" + parts[-1]
    return None


def country_fields(name: str | None) -> dict:
    """``{"iso3": …, "country_zh": …}`` for a row of a data output (None when unknown)."""
    return {"iso3": iso3(name), "country_zh": country_zh(name)}


def find_country(candidates, wanted: str | None) -> str | None:
    """The name among ``candidates`` (names as published in one table) that means the same
    country as ``wanted``: the same name (any case), else the same ISO code ("Myanmar" or
    "MMR" finds "Burma"). None when no candidate is that country."""
    if not wanted:
        return None
    key = normalize(wanted)
    candidates = list(candidates)
    for c in candidates:
        if normalize(c) == key:
            return c
    code = iso3(wanted)
    if code is None:
        return None
    return next((c for c in candidates if iso3(c) == code), None)


def unmapped(names) -> list[str]:
    """The names that map to no country code and are not aggregates or lists of countries."""
    return sorted({n for n in names if n and country_kind(n) is None and iso3(n) is None})


# --- commodities, statistics, units ------------------------------------------------------

def commodity_display(name: str) -> str:
    """The commodity's English name with its capitalisation fixed (data keep USGS's form)."""
    rec = _zh_rec("commodity", name)
    return (rec and rec["display_en"]) or name


def commodity_zh(name: str | None) -> str | None:
    rec = _zh_rec("commodity", name)
    return rec["name_zh"] if rec else None


def _part_zh(text: str) -> str | None:
    rec = _zh_rec("statistic", text) or _zh_rec("statistic_part", text)
    return rec["name_zh"] if rec else None


def statistic_zh(label: str | None) -> str | None:
    """A statistic label in Chinese: the whole label, or "<head>: <detail>" / "<head>—<detail>"
    / "…, rounded" composed from translated parts; None when a part has no translation."""
    if not label:
        return None
    label = label.strip()
    whole = _part_zh(label)
    if whole:
        return whole
    if label.endswith(ROUNDED):
        base = statistic_zh(label[: -len(ROUNDED)])
        return f"{base}（取整）" if base else None
    for sep in (": ", "—"):
        if sep in label:
            head, detail = label.split(sep, 1)
            head_zh = statistic_zh(head)
            detail_zh = _part_zh(detail.strip()) or statistic_zh(detail.strip())
            if head_zh and detail_zh:
                return f"{head_zh}：{detail_zh}"
    return None


def unit_zh(unit: str | None) -> str | None:
    rec = _zh_rec("unit", (unit or "").strip())
    return rec["name_zh"] if rec else None


def edition_version_zh(version: str | None) -> str | None:
    """An edition's version ("v1.0 data release", "Table 8") in Chinese: its known terms
    replaced (reetool renderings); None when it has none to translate."""
    text = version or ""
    terms = sorted((n for (k, n) in _tables()[2] if k == "term" and not n.startswith("\x00")),
                   key=len, reverse=True)
    out = text
    for term in terms:
        if term in out:
            out = out.replace(term, _zh_rec("term", term)["name_zh"])
    return out if out != text else None


def localized(kind: str, name: str | None, lang: str) -> str:
    """``name`` to show in ``lang`` ("en" | "zh"): country, commodity, statistic, unit or
    edition_version.
    A name without a Chinese form is shown as published."""
    if not name:
        return "—"
    if kind == "commodity":
        zh = commodity_zh(name) if lang == "zh" else None
        return zh or commodity_display(name)
    if lang != "zh":
        return name
    found = {"country": country_zh, "statistic": statistic_zh, "unit": unit_zh,
             "edition_version": edition_version_zh}[kind](name)
    return found or name
