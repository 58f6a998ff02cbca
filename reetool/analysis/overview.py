"""Every commodity at a glance: one row per commodity for a metric and year. Pure, no Qt;
pandas/numpy (imported on first use), vectorised over all records.

    concentration_arrays(fr, idx) -> dict of per-group numpy arrays
    overview_rows(records, metric="production", year=None, edition=None) -> list[dict]
    overview(records, …) -> pandas DataFrame (the same rows)

Conventions are those of ``reetool.analysis.concentration`` (the same figures for one table;
tests compare them): shares, CR1/CR3 and China's share are percentages of the publisher's world
total (of the sum of the rows when none is published: ``world_from_rows``); HHI (0–10,000)
counts "Other countries" as one producer (``hhi`` = ``hhi_high``), ``hhi_low`` treats it as
fragmented; ``n_equivalent`` = 10,000 / HHI. Missing values stay missing (None), never 0; the
publisher's flags (e, W, NA, >, <) carry over. Countries are matched on ISO codes (China = CHN).

Bounds: a share of a lower-bound (">") total is an upper bound; a share whose numerator is a
lower bound is a lower bound (the reverse for "<"). ``china_share_bound`` and ``cr_bound`` are
"exact", "upper" or "lower" ("unknown" when numerator and total pull opposite ways).

Where USGS publishes several statistics of the metric (mine, refinery, smelter, primary,
secondary, capacity …), ``stages`` lists each with its concentration, side by side.
"""

from __future__ import annotations

import math

from reetool.analysis.overview_frame import (  # noqa: F401 - stage_of is public here too
    COUNTRY_ROLE, OTHER_ROLE, WORLD_ROLE, frame, stage_of,
)

METRICS = ("production", "reserves")


def bound(num_cmp: str, den_cmp: str) -> str:
    """Bound of a share from the comparators of its numerator and its total."""
    num = {">": "lower", "<": "upper"}.get(num_cmp, "exact")
    den = {">": "upper", "<": "lower"}.get(den_cmp, "exact")
    if num == "exact":
        return den
    return num if den in ("exact", num) else "unknown"


def concentration_arrays(fr, idx) -> dict:
    """Per group (index = group id): world total, shares and concentration of the rows ``idx``."""
    import numpy as np

    G = fr.n_groups
    g, v, role = fr.gid[idx], fr.value[idx], fr.role[idx]
    a = {"present": np.bincount(g, minlength=G) > 0}
    w = role == WORLD_ROLE
    world = np.full(G, np.nan)
    world[g[w]] = v[w]
    world_row = np.full(G, -1)
    world_row[g[w]] = idx[w]
    c = (role == COUNTRY_ROLE) & ~np.isnan(v)
    gc, vc, ic = g[c], v[c], idx[c]
    rows_sum = np.bincount(gc, vc, G)
    n = np.bincount(gc, minlength=G)
    o = (role == OTHER_ROLE) & ~np.isnan(v)
    other = np.bincount(g[o], v[o], G)
    has_other = np.bincount(g[o], minlength=G) > 0
    from_rows = np.isnan(world)
    total = np.where(from_rows, rows_sum + other, world)
    total = np.where(total > 0, total, np.nan)
    share = 100.0 * vc / total[gc]
    s = np.lexsort((fr.order[ic], -share, gc))
    gs, shs = gc[s], share[s]
    starts = np.r_[0, np.nonzero(gs[1:] != gs[:-1])[0] + 1] if len(gs) else np.zeros(0, int)
    rank = np.arange(len(gs)) - np.repeat(starts, np.diff(np.r_[starts, len(gs)]))
    top1, top3 = rank == 0, rank < 3
    leader_row = np.full(G, -1)
    leader_row[gs[top1]] = ic[s][top1]
    other_pct = np.where(has_other, 100.0 * other / total, np.nan)
    hhi_low = np.bincount(gc, share * share, G)
    hhi = hhi_low + np.nan_to_num(other_pct) ** 2
    valid = ~np.isnan(total)
    nan = np.full(G, np.nan)
    a.update(
        world=total, world_from_rows=from_rows, world_row=world_row, n_countries=n,
        cr1=np.where(valid, np.bincount(gs[top1], shs[top1], G), nan),
        cr3=np.where(valid, np.bincount(gs[top3], shs[top3], G), nan),
        cr4=np.where(valid, np.bincount(gs[rank < 4], shs[rank < 4], G), nan),
        hhi=np.where(valid, hhi, nan), hhi_low=np.where(valid, hhi_low, nan),
        n_equivalent=np.where(valid & (hhi > 0), 10000.0 / np.where(hhi > 0, hhi, 1), nan),
        other_pct=other_pct,
        unallocated_pct=100.0 * (total - rows_sum - other) / total,
        leader_row=leader_row,
        top_gt=np.bincount(gs[top3], fr.cmp_gt[ic][s][top3], G) > 0,
        top_lt=np.bincount(gs[top3], fr.cmp_lt[ic][s][top3], G) > 0)
    ch = (role == COUNTRY_ROLE) & fr.china[idx]
    china_row = np.full(G, -1)
    china_row[g[ch]] = idx[ch]
    a["china_row"] = china_row
    a["china_share"] = np.where(china_row >= 0, 100.0 * fr.value[china_row] / total, np.nan)
    return a


def _metric_statistic(fr, metric: str) -> dict:
    """commodity -> statistic the metric means (``market.statistic_for_metric``'s rule:
    "Mine production" / "Reserves", else the first published statistic naming the metric)."""
    preferred, word = (("Mine production", "production") if metric == "production"
                       else ("Reserves", "reserve"))
    out: dict = {}
    for gid, (commodity, statistic) in enumerate(zip(fr.group_commodity, fr.group_statistic)):
        if statistic == preferred:
            out[commodity] = gid
        elif word in statistic.casefold():
            out.setdefault(commodity, gid)
    return out


def overview_rows(records: list[dict], metric: str = "production", year: int | None = None,
                  edition: str | None = None) -> list[dict]:
    """One record per commodity, every commodity in published order."""
    if metric not in METRICS:
        raise ValueError(f"unknown metric '{metric}'; use production or reserves")
    import numpy as np

    fr = frame(records)
    idx = fr.select(year, edition)
    a = concentration_arrays(fr, idx)
    by_gid = idx[np.argsort(fr.gid[idx], kind="stable")]
    cuts = np.nonzero(np.diff(fr.gid[by_gid]))[0] + 1
    members = {int(fr.gid[part[0]]): part for part in np.split(by_gid, cuts) if len(part)}
    chosen = _metric_statistic(fr, metric)
    paired = _metric_statistic(fr, "reserves" if metric == "production" else "production")
    family: dict = {}
    for gid, (commodity, statistic) in enumerate(zip(fr.group_commodity, fr.group_statistic)):
        if (fr.group_stage[gid] == "reserves") == (metric == "reserves") \
                and not statistic.endswith(", rounded") and a["present"][gid]:
            family.setdefault(commodity, []).append(gid)
    rows = []
    for commodity in dict.fromkeys(fr.group_commodity):
        gid = chosen.get(commodity)
        row = _group_row(fr, a, gid, commodity, metric, year, members.get(gid))
        row["rp_years"] = _rp(fr, a, gid, paired.get(commodity), metric)
        row.update(_changes(fr, a, gid))
        stages = family.get(commodity, [])
        row["stages"] = ([_stage(fr, a, s) for s in stages] if len(stages) > 1 else [])
        rows.append(row)
    return rows


def overview(records: list[dict], metric: str = "production", year: int | None = None,
             edition: str | None = None):
    import pandas as pd

    return pd.DataFrame(overview_rows(records, metric, year, edition))


def _f(x):
    """A float, or None for NaN (missing)."""
    x = float(x)
    return None if math.isnan(x) else x


def _group_row(fr, a, gid, commodity: str, metric: str, year, rows) -> dict:
    row = {"commodity": commodity, "metric": metric, "statistic": None, "stage": None}
    if gid is None:
        statistics = list(fr.groups.loc[fr.groups["commodity"] == commodity, "statistic"])
        row["note"] = f"no {metric} statistic published (only: {', '.join(statistics)})"
        row["note_key"], row["note_published"] = "no_statistic", statistics
        return row
    statistic = fr.group_statistic[gid]
    row.update(statistic=statistic, stage=fr.group_stage[gid])
    if not a["present"][gid]:
        row["note"] = f"no {statistic} data for {year}"
        return row
    wr, lr, cr = a["world_row"][gid], a["leader_row"][gid], a["china_row"][gid]
    any_row = wr if wr >= 0 else (lr if lr >= 0 else cr)
    world_cmp = fr.s_comparator[wr] if wr >= 0 else ""
    china_cmp = fr.s_comparator[cr] if cr >= 0 else ""
    top_cmp = ("?" if a["top_gt"][gid] and a["top_lt"][gid] else ">" if a["top_gt"][gid]
               else "<" if a["top_lt"][gid] else "")
    row.update({
        "unit": fr.s_unit[any_row] if any_row >= 0 else None,
        "data_year": int(fr.data_year[any_row]) if any_row >= 0 else None,
        "edition": fr.s_edition[any_row] if any_row >= 0 else None,
        "world": _f(a["world"][gid]), "world_published": wr >= 0 and _f(fr.value[wr]) is not None,
        "world_from_rows": bool(a["world_from_rows"][gid]),
        "world_flags": fr.s_flags[wr] if wr >= 0 else "",
        "leader": fr.s_country[lr] if lr >= 0 else None,
        "leader_iso3": fr.s_iso3[lr] if lr >= 0 else None,
        "leader_share_pct": _f(a["cr1"][gid]) if lr >= 0 else None,
        "china_listed": bool(cr >= 0),
        "china_value": _f(fr.value[cr]) if cr >= 0 else None,
        "china_flags": fr.s_flags[cr] if cr >= 0 else "",
        "china_share_pct": _f(a["china_share"][gid]),
        "china_share_bound": bound(china_cmp, world_cmp),
        "cr1": _f(a["cr1"][gid]), "cr3": _f(a["cr3"][gid]), "cr4": _f(a["cr4"][gid]),
        "cr_bound": "unknown" if top_cmp == "?" else bound(top_cmp, world_cmp),
        "hhi": _f(a["hhi"][gid]), "hhi_low": _f(a["hhi_low"][gid]),
        "hhi_high": _f(a["hhi"][gid]), "n_equivalent": _f(a["n_equivalent"][gid]),
        "other_pct": _f(a["other_pct"][gid]), "unallocated_pct": _f(a["unallocated_pct"][gid]),
        "n_countries": int(a["n_countries"][gid]),
    })
    row["flags"] = " ".join(sorted({f for x in fr.s_flags[rows] for f in x.split()}))
    row["sources"] = ";".join(dict.fromkeys(
        s for x in fr.s_sources[rows] for s in x.split(";") if s))
    versions = dict.fromkeys(v for v in fr.s_edition_version[rows] if v)
    row["edition_version"] = " + ".join(versions)
    row["note_key"] = ("world_from_rows" if row["world_from_rows"] and row["world"] is not None
                       else "" if row["world"] is not None else "no_world")
    row["note"] = {"world_from_rows": "no published world total: shares of the sum of the listed rows",
                   "no_world": "no world total and no values to add up"}.get(row["note_key"], "")
    return row


def _stage(fr, a, gid) -> dict:
    lr = a["leader_row"][gid]
    statistic = fr.group_statistic[gid]
    any_row = a["world_row"][gid] if a["world_row"][gid] >= 0 else lr
    return {"statistic": statistic, "stage": fr.group_stage[gid],
            "data_year": int(fr.data_year[any_row]) if any_row >= 0 else None,
            "unit": fr.s_unit[any_row] if any_row >= 0 else None,
            "world": _f(a["world"][gid]), "cr1": _f(a["cr1"][gid]), "cr3": _f(a["cr3"][gid]),
            "hhi": _f(a["hhi"][gid]), "china_share_pct": _f(a["china_share"][gid]),
            "leader": fr.s_country[lr] if lr >= 0 else None,
            "leader_iso3": fr.s_iso3[lr] if lr >= 0 else None}


def _rp(fr, a, gid, other_gid, metric: str):
    """World reserves ÷ world production, same edition and data year (units converted)."""
    from reetool.data.market import tonnes_factor

    if gid is None or other_gid is None or not a["present"][gid] or not a["present"][other_gid]:
        return None
    res, prod = (other_gid, gid) if metric == "production" else (gid, other_gid)
    rows = [a["world_row"][res], a["world_row"][prod]]
    if min(rows) < 0 or a["world_from_rows"][res] or a["world_from_rows"][prod]:
        return None
    r, p = (fr.value[i] for i in rows)
    if fr.s_edition[rows[0]] != fr.s_edition[rows[1]] or \
            fr.data_year[rows[0]] != fr.data_year[rows[1]] or not p:
        return None
    ur, up = fr.s_unit[rows[0]], fr.s_unit[rows[1]]
    if ur != up:
        fa, fb = tonnes_factor(ur), tonnes_factor(up)
        if not (fa and fb):
            return None
        r, p = r * fa, p * fb
    return _f(r / p)


def _changes(fr, a, gid) -> dict:
    """The world total against the previous year (same edition) and the previous edition
    (same year), in %."""
    out = {"change_prev_year_pct": None, "prev_edition": None, "change_prev_edition_pct": None}
    if gid is None or a["world_row"][gid] < 0:
        return out
    wr = a["world_row"][gid]
    now, year, unit, rank = fr.value[wr], fr.data_year[wr], fr.unit_id[wr], fr.ed_rank[wr]
    for r, _ed, val in fr.worlds.get((gid, year - 1, unit), []):
        if r == rank and val:
            out["change_prev_year_pct"] = _f(100.0 * (now - val) / val)
    older = [(r, ed, val) for r, ed, val in fr.worlds.get((gid, year, unit), []) if r < rank]
    if older:
        _r, ed, val = older[-1]
        out["prev_edition"] = ed
        out["change_prev_edition_pct"] = _f(100.0 * (now - val) / val) if val else None
    return out
