"""Records printed by ``reetool market shares|concentration|scenario``: figures with their
bounds and where they come from. Qt-free; imported by reetool.commands.market when it runs.

Every share carries ``share_bound`` ("exact", "upper", "lower", or "unknown" when inputs are
bounded in opposite senses; reetool.data.bounds); every concentration and scenario figure X
has an ``X_bound`` beside it, and ``bounds_note`` says in words why. ``provenance(table)`` is
the header that table and CSV outputs repeat (commodity, statistic, edition, data year,
unit, source).
"""

from __future__ import annotations

from reetool.analysis.concentration import (
    HHI_CAVEAT, rp_years_bounded, share_rows, summarize,
)
from reetool.data.bounds import DESCRIPTIONS, Bound, of_row
from reetool.data.market import source_label, tonnes_factor
from reetool.data.names import country_fields

BASIS_TEXT = {
    "world": "publisher's world total",
    "listed": "sum of the listed rows with values (countries and Other countries)",
    "rows": "sum of the rows with values (no published world total)",
}
FIGURES = ("world", "leader_share", "cr1", "cr3", "cr4", "hhi", "hhi_low", "hhi_high",
           "n_equivalent", "other_pct", "unallocated_pct")


def num(v):
    """Whole numbers print as such (210000, not 210000.0); None stays None (missing)."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def rnd(x, nd=2):
    return None if x is None else round(x, nd)


def tonnes(value, unit):
    f = tonnes_factor(unit)
    return None if (f is None or value is None) else value * f


def provenance(t) -> dict:
    """Where a table's figures come from, for a header block or columns on every row."""
    return {"commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
            "edition_version": t.edition_version, "data_year": t.data_year, "unit": t.unit,
            "source": "; ".join(t.source_ids)}


def basis_key(conc) -> str:
    if conc.basis == "listed" and conc.published_world is None:
        return "rows"
    return conc.basis


def _fmt(v) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"


def bounds_note(t, conc) -> str:
    """In words: which printed figures are bounds and what that makes of the results."""
    parts = []
    bounded = [r for r in list(t.rows) + ([t.world] if t.world is not None else [])
               if of_row(r).bound in (Bound.LOWER, Bound.UPPER)]
    if bounded:
        parts.append("Printed as bounds: " + "; ".join(
            f"{r.country} {r.value_raw or r.comparator + _fmt(r.value)} "
            f"({'lower' if r.comparator == '>' else 'upper'} bound)" for r in bounded) + ".")
    world = conc.bound("world")
    if conc.basis == "world" and world is Bound.LOWER:
        parts.append("Shares of a lower-bound world total are upper bounds (the true share is "
                     "at most the figure); so are CR1/CR3/CR4 and the HHI; the equivalent "
                     "number of producers is a lower bound.")
    elif conc.basis == "world" and world is Bound.UPPER:
        parts.append("Shares of an upper-bound world total are lower bounds (at least the "
                     "figure); so are CR1/CR3/CR4 and the HHI; the equivalent number of "
                     "producers is an upper bound.")
    used = {conc.bound(k) for k in FIGURES} | set(conc.share_bounds.values())
    for b in (Bound.UPPER, Bound.LOWER, Bound.UNKNOWN):
        if b in used:
            parts.append(f"'{b}' = {DESCRIPTIONS[b]}.")
    return " ".join(parts)


def remainder_note(t, conc) -> str:
    """Says plainly when the publisher's total is smaller than the listed sum."""
    excess = conc.listed_excess
    if excess is None:
        return ""
    unit, pct = t.unit, 100 * excess / conc.published_world
    lower = t.world is not None and t.world.comparator == ">"
    head = (f"The publisher's world total (>{_fmt(conc.published_world)} {unit}) is a lower bound"
            if lower else f"The publisher's world total ({_fmt(conc.published_world)} {unit}) is "
                          f"rounded")
    why = ("the true world total is at least the listed sum" if lower
           else "a rounding difference")
    return (f"{head} and smaller than the listed sum ({_fmt(conc.listed_sum)} {unit}) by "
            f"{_fmt(excess)} {unit} ({pct:.2f} % of it): {why}, not a negative share. "
            f"Shares of the listed sum: --basis listed.")


def share_records(t, basis: str = "world") -> tuple[list[dict], dict]:
    """(rows, the concentration they were computed with) for ``market shares``."""
    conc = summarize(t, basis)
    tons = tonnes_factor(t.unit) is not None
    text = BASIS_TEXT[basis_key(conc)]
    rows = []
    for r in share_rows(t, basis):
        row = {"country": r["country"], **country_fields(r["country"]),
               "value": num(r["value"]), "unit": t.unit,
               "share_pct": rnd(r["share_pct"]), "share_bound": r["share_bound"],
               "flags": r["flags"], "source": r["source"]}
        if tons:
            row["value_t"] = num(tonnes(r["value"], t.unit))
        row.update({"value_as_published": r["value_raw"],
                    "name_as_published": r["name_as_published"], "share_basis": text,
                    "commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
                    "edition_version": t.edition_version, "data_year": t.data_year})
        rows.append(row)
    return rows, conc


def concentration_record(t, production=None, basis: str = "world") -> dict:
    """The concentration figures of one table as a flat record (CLI and exports); each figure
    X has X_bound beside it."""
    c = summarize(t, basis)
    world_raw = t.world.value_raw if t.world is not None else ""
    rec = {"commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
           "edition_version": t.edition_version, "data_year": t.data_year, "unit": t.unit,
           "share_basis": BASIS_TEXT[basis_key(c)], "basis": c.basis,
           "world": num(c.world), "world_t": num(tonnes(c.world, t.unit)),
           "world_bound": str(c.bound("world")), "world_t_bound": str(c.bound("world")), "world_as_published": world_raw or None,
           "world_from_rows": c.world_from_rows,
           "listed_sum": num(c.listed_sum), "listed_excess": num(c.listed_excess),
           "leader": c.leader, "leader_share_pct": rnd(c.shares.get(c.leader)) if c.leader else None,
           "leader_share_bound": str(c.bound("leader_share")) if c.leader else None,
           "cr1": rnd(c.cr1), "cr3": rnd(c.cr3), "cr4": rnd(c.cr4),
           "hhi": rnd(c.hhi, 0), "hhi_low": rnd(c.hhi_low, 0), "hhi_high": rnd(c.hhi_high, 0),
           "n_equivalent": rnd(c.n_equivalent), "other_pct": rnd(c.other_pct),
           "unallocated_pct": rnd(c.unallocated_pct)}
    for k in ("cr1", "cr3", "cr4", "hhi", "hhi_low", "hhi_high", "n_equivalent", "other_pct",
              "unallocated_pct"):
        rec[f"{k}_bound"] = str(c.bound(k)) if rec[k] is not None else None
    rec.update({
        "bounds_note": bounds_note(t, c), "remainder_note": remainder_note(t, c),
        "other_treatment": "HHI counts 'Other countries' as one producer (hhi = hhi_high); "
                           "hhi_low treats it as fully fragmented; CRn rank countries only",
        "hhi_references": {"us_2023": 1800, "us_2010_moderate": 1500, "us_2010_high": 2500,
                           "note": HHI_CAVEAT},
        "source": "; ".join(t.source_ids), "label": source_label(t)})
    if production is not None:
        res = {r.country: of_row(r) for r in t.rows}
        prod = {r.country: of_row(r) for r in production.rows}
        if t.world is not None and production.world is not None:
            res["World"], prod["World"] = of_row(t.world), of_row(production.world)
        rp = rp_years_bounded(res, prod)
        rec["rp_years"] = {k: rnd(v.value, 1) for k, v in rp.items()}
        rec["rp_years_bound"] = {k: (None if v.missing else str(v.bound)) for k, v in rp.items()}
        rec["rp_production_edition"] = production.edition
    return rec


def disruption_record(t, row, d) -> dict:
    rec = {"kind": "disruption", "commodity": t.commodity, "statistic": t.statistic,
           "edition": t.edition, "data_year": t.data_year, "unit": t.unit, "country": row.country,
           "cut_pct": d.cut_pct, "country_value": d.country_value, "world": d.world,
           "lost": d.lost, "lost_t": tonnes(d.lost, t.unit), "remaining": d.remaining,
           "lost_pct_of_world": rnd(d.lost_pct_of_world),
           "shortfall_pct_of_remaining": rnd(d.shortfall_pct),
           "country_share_before_pct": rnd(d.country_share_before),
           "country_share_after_pct": rnd(d.country_share_after)}
    names = {"world": "world", "lost": "lost", "remaining": "remaining",
             "lost_pct_of_world": "lost_pct_of_world",
             "shortfall_pct_of_remaining": "shortfall_pct",
             "country_share_before_pct": "country_share_before",
             "country_share_after_pct": "country_share_after"}
    for key, field in names.items():
        rec[f"{key}_bound"] = str(d.bound(field))
    if any(d.bound(f) is not Bound.EXACT for f in names.values()):
        rec["bounds_note"] = " ".join(f"'{b}' = {DESCRIPTIONS[b]}." for b in (
            Bound.UPPER, Bound.LOWER, Bound.UNKNOWN) if b in {d.bound(f) for f in names.values()})
    rec.update({"assumption": "the country's whole output was on the world market; the rest of "
                              "the world now gets world − withheld",
                "source": "; ".join(t.source_ids)})
    return rec
