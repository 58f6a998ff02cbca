"""The market records as one pandas frame with integer codes, and the vectorised choice of one
country table per (commodity, statistic) — what ``reetool.data.market.country_table`` does for
one table, done for all at once over numpy arrays. No Qt; pandas is imported on first use.

    frame(records) -> Frame                 # cached while ``records`` is the same list
    Frame.select(year=None, edition=None) -> numpy index array of the chosen rows

The selection follows ``country_table``: ``year=None`` is each statistic's latest year;
``edition=None`` is the newest edition (by publication date) with data for that year; a later
version of an edition (corrections) overrides the first release for the same country; a table
never mixes units (the world total's unit, else the commonest one). Missing values stay NaN
(never 0) with their publisher flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KEYS = ("commodity", "statistic", "edition", "edition_version", "edition_date", "data_year",
        "country", "country_std", "value", "unit", "comparator", "estimated", "flag", "basis",
        "section")
WORLD, OTHER = "World", "Other countries"
COUNTRY_ROLE, WORLD_ROLE, OTHER_ROLE = 0, 1, 2
CHINA = "CHN"

STAGES = ("capacity", "reserve", "refinery", "smelter", "mine", "plant", "primary", "secondary",
          "mill")

_CACHE: dict = {}


def stage_of(statistic: str, section: str = "") -> str:
    """The production stage a statistic label names: "mine", "refinery", "capacity",
    "reserves" …, else "production" (or "capacity" when the label names none and the USGS
    section is a "Production Capacity" table)."""
    low = statistic.casefold()
    for word in STAGES:
        if word in low:
            return "reserves" if word == "reserve" else word
    return "capacity" if "production capacity" in (section or "").casefold() else "production"


@dataclass
class Frame:
    df: object                       # pandas DataFrame of the records (+ helper columns)
    groups: object                   # one row per (commodity, statistic): first order, stage
    arrays: dict = field(default_factory=dict)   # numpy columns by name
    worlds: dict = field(default_factory=dict)   # (gid, year, unit) -> [(ed_rank, edition, value)]
    group_commodity: list = field(default_factory=list)   # by group id
    group_statistic: list = field(default_factory=list)
    group_stage: list = field(default_factory=list)

    def __getattr__(self, name):
        try:
            return self.__dict__["arrays"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def n_groups(self) -> int:
        return len(self.groups)

    def select(self, year: int | None = None, edition: str | None = None):
        """Row indices of the chosen table of every group (sorted in published order)."""
        import numpy as np

        gid, G = self.gid, self.n_groups
        if year is not None:
            m = self.data_year == int(year)
        else:
            latest = np.full(G, -1)
            np.maximum.at(latest, gid, self.data_year)
            m = self.data_year == latest[gid]
        if edition:
            m &= self.edition_cf == str(edition).strip().casefold()
        else:
            best = np.full(G, -1)
            np.maximum.at(best, gid[m], self.ed_rank[m])
            m &= self.ed_rank == best[gid]
        idx = np.nonzero(m)[0]
        # corrections: per (group, country, unit) keep the latest version (then published order)
        key = self.row_key[idx]
        s = idx[np.lexsort((self.order[idx], self.corr_rank[idx], key))]
        key = self.row_key[s]
        last = np.r_[key[1:] != key[:-1], True]
        idx = s[last]
        idx = idx[np.argsort(self.order[idx], kind="stable")]
        return self._one_unit(idx)

    def _one_unit(self, idx):
        import numpy as np

        g, u = self.gid[idx], self.unit_id[idx]
        pairs = np.unique(g * 1000 + u)
        gs = pairs // 1000
        mixed = np.unique(gs[np.r_[False, gs[1:] == gs[:-1]]])
        if not len(mixed):
            return idx
        keep = np.ones(len(idx), dtype=bool)
        for gm in mixed:
            rows = idx[g == gm]
            world = rows[self.role[rows] == WORLD_ROLE]
            unit = (self.unit_id[world[0]] if len(world)
                    else np.bincount(self.unit_id[rows]).argmax())
            keep &= ~((g == gm) & (u != unit))
        return idx[keep]


def frame(records: list[dict]) -> Frame:
    """The records as a Frame (built once per records list: ``market.records()`` is cached
    until an import changes it)."""
    if _CACHE.get("records") is records:
        return _CACHE["frame"]
    import numpy as np
    import pandas as pd

    from reetool.data import names

    data = {k: [r.get(k) for r in records] for k in KEYS}
    data["value"] = np.array(data["value"], dtype=float)          # None -> NaN (missing)
    data["sources"] = [";".join(r.get("source_ids") or ()) for r in records]
    df = pd.DataFrame(data)
    for col in ("comparator", "flag", "edition_version", "edition_date", "basis", "section"):
        df[col] = df[col].fillna("")
    df["estimated"] = df["estimated"].fillna(False).astype(bool)
    df["flags"] = (df["flag"] + " " + df["comparator"] + " " +
                   np.where(df["estimated"], "e", "")).str.split().str.join(" ")
    std = df["country_std"]
    df["iso3"] = std.map({n: names.iso3(n) for n in std.unique()})
    gid, group_index = pd.factorize(df["commodity"] + "\x00" + df["statistic"])
    ed_date = df.groupby(["commodity", "edition"])["edition_date"].transform("max")
    country_id = pd.factorize(std)[0]
    unit_id = pd.factorize(df["unit"])[0]
    arrays = {
        "gid": gid, "value": df["value"].to_numpy(),
        "data_year": df["data_year"].to_numpy(dtype=int),
        "order": np.arange(len(df)),
        "role": np.where(std == WORLD, WORLD_ROLE, np.where(std == OTHER, OTHER_ROLE,
                                                            COUNTRY_ROLE)),
        "china": (df["iso3"] == CHINA).to_numpy(),
        "cmp_gt": (df["comparator"] == ">").to_numpy(),
        "cmp_lt": (df["comparator"] == "<").to_numpy(),
        "unit_id": unit_id,
        "ed_rank": pd.factorize(ed_date + "|" + df["edition"], sort=True)[0],
        "corr_rank": pd.factorize(df["edition_date"] + "\x00" + df["edition_version"],
                                  sort=True)[0],
        "edition_cf": df["edition"].str.casefold().to_numpy(),
        **{f"s_{c}": df[c].to_numpy(dtype=object) for c in (
            "country", "unit", "edition", "flags", "sources", "edition_version", "iso3",
            "comparator")},
        "row_key": (gid.astype(np.int64) * (country_id.max() + 1) + country_id) * 1000 + unit_id,
    }
    first = np.unique(gid, return_index=True)[1]
    groups = pd.DataFrame({"commodity": df["commodity"].to_numpy()[first],
                           "statistic": df["statistic"].to_numpy()[first],
                           "section": df["section"].to_numpy()[first],
                           "order": first})
    fr = Frame(df=df, groups=groups, arrays=arrays)
    fr.group_commodity = list(groups["commodity"])
    fr.group_statistic = list(groups["statistic"])
    fr.group_stage = [stage_of(st, sec) for st, sec in zip(groups["statistic"], groups["section"])]
    fr.worlds = _world_totals(fr)
    _CACHE.clear()
    _CACHE.update(records=records, frame=fr)
    return fr


def _world_totals(fr: Frame) -> dict:
    """(gid, data year, unit id) -> [(edition rank, edition, world total)], corrections applied,
    oldest edition first: for the changes against the previous year and the previous edition."""
    import numpy as np

    rows = np.nonzero(fr.role == WORLD_ROLE)[0]
    rows = rows[np.lexsort((fr.order[rows], fr.corr_rank[rows]))]
    latest: dict = {}
    editions = fr.s_edition
    for r in rows:   # later versions overwrite earlier ones
        latest[(fr.gid[r], fr.ed_rank[r], fr.data_year[r], fr.unit_id[r])] = r
    out: dict = {}
    for (g, rank, year, unit), r in sorted(latest.items(), key=lambda kv: kv[0][1]):
        out.setdefault((g, year, unit), []).append((rank, editions[r], fr.value[r]))
    return out
