"""Reference data beside the timeline: the 17 elements, the supply chain and the article's
claims, each row with its sources. Qt-free, no pandas.

    elements() -> list[ElementInfo]          # periodic order, with bundled price products
    chain() -> list[ChainRow]                # stages then applications; mining share computed
    claims() -> list[Claim]                  # the article's figures beside the sourced ones
    mining_share() -> dict                   # China's share of world mine production (USGS)
    items_naming(symbol, catalogue) -> list  # catalogue items whose text names the element
"""

from __future__ import annotations

from dataclasses import dataclass, field

# How catalogue text names an element (Chinese characters, English words). Used to find the
# items that mention an element (e.g. Nd, Sm and Ce in 083201J: 钐钴、钕铁硼、铈磁体).
ELEMENT_WORDS = {
    "Sc": ("钪", "scandium"), "Y": ("钇", "yttrium"), "La": ("镧", "lanthanum"),
    "Ce": ("铈", "cerium"), "Pr": ("镨", "praseodymium"), "Nd": ("钕", "neodymium"),
    "Pm": ("钷", "promethium"), "Sm": ("钐", "samarium"), "Eu": ("铕", "europium"),
    "Gd": ("钆", "gadolinium"), "Tb": ("铽", "terbium"), "Dy": ("镝", "dysprosium"),
    "Ho": ("钬", "holmium"), "Er": ("铒", "erbium"), "Tm": ("铥", "thulium"),
    "Yb": ("镱", "ytterbium"), "Lu": ("镥", "lutetium"),
}


def _data(data):
    if data is None:
        from reetool.data import bundle

        return bundle()
    return data


@dataclass(frozen=True)
class ElementInfo:
    symbol: str
    name: str
    atomic_number: int
    atomic_weight: float
    atomic_weight_note: str
    groups: dict                  # scheme name -> group, each scheme named by its source
    crust_abundance: float | None  # mg/kg
    crust_abundance_source: str
    radioactive: str
    applications: str
    applications_source: str
    applications_quality: str
    sources: tuple[str, ...]
    price_products: tuple[str, ...] = ()
    applications_zh: str = ""          # reetool renderings in Chinese
    atomic_weight_note_zh: str = ""

    def to_json(self) -> dict:
        return {"symbol": self.symbol, "name": self.name, "atomic_number": self.atomic_number,
                "atomic_weight": self.atomic_weight, "groups": dict(self.groups),
                "crust_abundance_mg_per_kg": self.crust_abundance,
                "applications": self.applications or None,
                "applications_zh": self.applications_zh or None,
                "applications_source": self.applications_source or None,
                "price_products": list(self.price_products), "sources": list(self.sources)}


GROUP_SCHEMES = {   # column -> the source that names the grouping
    "group_usgs_light_heavy": "USGS (light/heavy)",
    "group_two_cerium_yttrium": "cerium/yttrium groups (textbook)",
    "group_three_geochem_LREE_MREE_HREE": "geochemistry LREE/MREE/HREE",
    "group_three_china_separation": "Chinese industry light/medium/heavy",
}


def elements(data=None) -> list[ElementInfo]:
    data = _data(data)
    prices: dict[str, list[str]] = {}
    for r in data.records("oxide_prices"):
        if r["element"] and r["product"] not in prices.setdefault(r["element"], []):
            prices[r["element"]].append(r["product"])
    out = []
    for r in data.records("elements"):
        out.append(ElementInfo(
            r["symbol"], r["name"], r["atomic_number"], r["atomic_weight"],
            r["atomic_weight_note"] or "", {label: r[col] for col, label in GROUP_SCHEMES.items()},
            r["crust_abundance_mg_per_kg"], r["crust_abundance_source"] or "", r["radioactive"],
            r["main_applications"] or "", r["applications_source"] or "",
            r["applications_source_quality"] or "", tuple(r["source_ids"]),
            tuple(prices.get(r["symbol"], ())), r.get("main_applications_zh") or "",
            r.get("atomic_weight_note_zh") or ""))
    return sorted(out, key=lambda e: e.atomic_number)


def price_series(symbol: str, data=None) -> list[dict]:
    """Bundled price rows of the element's products (every edition), oldest year first."""
    rows = [r for r in _data(data).records("oxide_prices") if r["element"] == symbol]
    return sorted(rows, key=lambda r: (r["product"], r["data_year"], r["edition"]))


def items_naming(symbol: str, catalogue) -> list:
    """Catalogue items whose name or control points name the element."""
    zh, en = ELEMENT_WORDS[symbol]
    out = []
    for item in catalogue.all_items():
        texts = [item.name_zh, item.name_en] + [t for p in item.points for t in (p.zh, p.en)]
        if any(zh in (t or "") or en in (t or "").lower() for t in texts):
            out.append(item)
    return out


@dataclass(frozen=True)
class ChainRow:
    row_id: str
    level: str                     # stage | application
    stage: str                     # catalogue stage tag (mining … application)
    name_en: str
    name_zh: str
    description_en: str
    description_zh: str
    share_pct: float | None        # China's share, None = not available
    share_basis: str               # computed | estimate | ""
    share_year: int | None
    share_note: str
    elements: tuple[str, ...]
    sources: tuple[str, ...]
    share_sources: tuple[str, ...] = ()
    share_note_zh: str = ""        # the note's Chinese (reetool rendering), without the figures
    share_figures: dict | None = None   # computed share: edition, year, china, world, estimated

    def to_json(self) -> dict:
        return {"row_id": self.row_id, "level": self.level, "stage": self.stage,
                "name_en": self.name_en, "name_zh": self.name_zh,
                "description_en": self.description_en, "china_share_pct": self.share_pct,
                "share_basis": self.share_basis or None, "share_year": self.share_year,
                "share_note": self.share_note or None,
                "share_note_zh": self.share_note_zh or None, "elements": list(self.elements),
                "sources": list(self.sources)}


def mining_share(data=None) -> dict:
    """China's share of world mine production in the newest bundled USGS edition."""
    from reetool.data import market

    table = market.country_table("Rare earths", "Mine production")
    china, world = table.row("China"), table.world
    pct = None
    if china and world and china.value is not None and world.value:
        pct = 100 * china.value / world.value
    return {"pct": pct, "china": china.value if china else None,
            "world": world.value if world else None, "edition": table.edition,
            "year": table.data_year, "estimated": bool(world and world.estimated),
            "world_comparator": world.comparator if world else "",
            "sources": tuple(table.source_ids)}


def chain(data=None) -> list[ChainRow]:
    data = _data(data)
    out = []
    for r in data.records("supply_chain"):
        pct, year, basis, note = r["china_share_pct"], r["share_year"], r["share_basis"] or "", r["share_note"] or ""
        sources = tuple(r["source_ids"])
        share_sources = sources
        figures = None
        if basis == "computed":
            m = mining_share(data)
            pct, year = m["pct"], m["year"]
            share_sources = m["sources"]
            sources = tuple(dict.fromkeys(sources + m["sources"]))
            if pct is not None:
                figures = {k: m[k] for k in ("edition", "year", "china", "world", "estimated")}
                note = (f"{note} USGS {m['edition']}, data year {m['year']}: "
                        f"{m['china']:,.0f} of {m['world']:,.0f} t"
                        + (" (estimates)" if m["estimated"] else "") + ".")
        out.append(ChainRow(
            r["row_id"], r["level"], r["stage"], r["name_en"], r["name_zh"], r["description_en"],
            r["description_zh"], pct, basis, year, note,
            tuple(s.strip() for s in (r["elements"] or "").split(";") if s.strip()), sources,
            share_sources, r.get("share_note_zh") or "", figures))
    return out


@dataclass(frozen=True)
class Claim:
    claim_id: str
    topic: str
    claim_en: str
    claim_zh: str
    article_value: str
    sourced_value: str
    verdict: str                   # confirmed | corrected | unsourced
    explanation_en: str
    explanation_zh: str
    edition: str
    data_year: int | None
    unit: str
    sources: tuple[str, ...] = field(default_factory=tuple)
    # reetool renderings in Chinese of the two figures, the edition and the unit
    article_value_zh: str = ""
    sourced_value_zh: str = ""
    edition_zh: str = ""
    unit_zh: str = ""

    def to_json(self) -> dict:
        return {"claim_id": self.claim_id, "topic": self.topic, "claim_en": self.claim_en,
                "claim_zh": self.claim_zh, "article": self.article_value,
                "article_zh": self.article_value_zh or None,
                "sourced": self.sourced_value, "sourced_zh": self.sourced_value_zh or None,
                "verdict": self.verdict,
                "explanation_en": self.explanation_en, "explanation_zh": self.explanation_zh,
                "edition": self.edition or None,
                "data_year": self.data_year, "unit": self.unit or None,
                "sources": list(self.sources)}


VERDICTS = ("confirmed", "corrected", "unsourced")


def claims(data=None) -> list[Claim]:
    recs = sorted(_data(data).records("claims"), key=lambda r: r["seq"])
    return [Claim(r["claim_id"], r["topic"], r["claim_en"], r["claim_zh"], r["article_value"],
                  r["sourced_value"], r["verdict"], r["explanation_en"], r["explanation_zh"],
                  r["edition"] or "", r["data_year"], r["unit"] or "", tuple(r["source_ids"]),
                  r.get("article_value_zh") or "", r.get("sourced_value_zh") or "",
                  r.get("edition_zh") or "", r.get("unit_zh") or "")
            for r in recs]
