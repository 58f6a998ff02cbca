"""The Market page's what-if scenarios as data: parameters in, results out. Qt-free.

The arithmetic is reetool.analysis.scenarios'; this module picks the countries' values from
a country table, runs both scenarios (the page shows both tabs' results) and builds the
live-scenario dict the Charts page draws (``ScenarioResult.published``, the current kind).

``ScenarioParams.to_dict()`` is the format saved in scenario files and returned by
``MarketState.params()["scenario"]``::

    {"kind": "disruption" | "rampup",
     "disruption": {"country": str, "cut_pct": float},
     "rampup": {"country": str, "country_growth_pct": float, "others_growth_pct": float,
                "threshold_pct": float}}
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from reetool.analysis.scenarios import EU_CRMA_BENCHMARK, Disruption, Rampup, disruption, rampup
from reetool.data.bounds import of_row

KINDS = ("disruption", "rampup")
# allowed ranges (the page's sliders and spin boxes offer the same)
LIMITS = {"cut_pct": (0.0, 100.0), "country_growth_pct": (-20.0, 30.0),
          "others_growth_pct": (-20.0, 30.0), "threshold_pct": (1.0, 99.0)}


@dataclass(frozen=True)
class ScenarioParams:
    kind: str = "disruption"
    dis_country: str = ""
    cut_pct: float = 50.0
    ramp_country: str = ""
    country_growth_pct: float = 0.0
    others_growth_pct: float = 10.0
    threshold_pct: float = 50.0

    def changed(self, **values) -> ScenarioParams:
        """A copy with ``values``; ValueError names a value outside its allowed range."""
        known = {f.name for f in fields(self)}
        for key, value in values.items():
            if key not in known:
                raise KeyError(key)
            if key == "kind" and value not in KINDS:
                raise ValueError(f"scenario kind must be one of {', '.join(KINDS)}, not {value!r}")
            if key in LIMITS:
                lo, hi = LIMITS[key]
                if not isinstance(value, (int, float)) or not lo <= value <= hi:
                    raise ValueError(f"{key} must be a number from {lo:g} to {hi:g}, not {value!r}")
                values[key] = float(value)
        return replace(self, **values)

    def to_dict(self) -> dict:
        return {"disruption": {"country": self.dis_country, "cut_pct": self.cut_pct},
                "rampup": {"country": self.ramp_country,
                           "country_growth_pct": self.country_growth_pct,
                           "others_growth_pct": self.others_growth_pct,
                           "threshold_pct": self.threshold_pct},
                "kind": self.kind}

    def merged(self, data: dict) -> ScenarioParams:
        """These parameters with those ``data`` (the ``to_dict`` format) gives; missing keys
        keep their value. ValueError for a value of the wrong type or outside its range."""
        d, r = data.get("disruption") or {}, data.get("rampup") or {}
        values = {"kind": "rampup" if data.get("kind") == "rampup" else "disruption"}
        for key, source, name in (("cut_pct", d, "cut_pct"),
                                  ("country_growth_pct", r, "country_growth_pct"),
                                  ("others_growth_pct", r, "others_growth_pct"),
                                  ("threshold_pct", r, "threshold_pct")):
            if source.get(name) is not None:
                values[key] = source[name]
        if d.get("country"):
            values["dis_country"] = str(d["country"])
        if r.get("country"):
            values["ramp_country"] = str(r["country"])
        return self.changed(**values)


@dataclass(frozen=True)
class ScenarioResult:
    disruption: Disruption | None = None     # for the Disruption tab's figures
    rampup: Rampup | None = None             # for the Ramp-up tab's figures
    published: dict | None = None            # the live scenario of the current kind


def scenario_countries(table) -> list[str]:
    """Countries a scenario can be about: listed (not "Other countries"), with a value."""
    if table is None:
        return []
    return [r.country for r in table.rows if not r.is_other and r.value is not None]


def leader(table) -> str:
    """The largest of the scenario countries ('' when there is none)."""
    rows = [r for r in table.rows if not r.is_other and r.value is not None] if table else []
    return max(rows, key=lambda r: r.value).country if rows else ""


def compute(table, p: ScenarioParams) -> ScenarioResult:
    """Both scenarios on ``table`` (with the user's edits, if any)."""
    world = table.world.value if (table is not None and table.world is not None) else None
    if table is None or not world:
        return ScenarioResult()
    base = {"commodity": table.commodity, "statistic": table.statistic, "edition": table.edition,
            "year": table.data_year, "unit": table.unit, "source_ids": list(table.source_ids),
            "edited": table.edited}
    published = None
    dis = ramp = None
    drow = table.row(p.dis_country) if p.dis_country else None
    if drow is not None and drow.value is not None:
        dis = disruption(of_row(drow), of_row(table.world), p.cut_pct)
        if p.kind == "disruption":
            published = {**base, "kind": "disruption", "country": drow.country,
                         "params": {"cut_pct": dis.cut_pct},
                         "result": {"lost": dis.lost, "remaining": dis.remaining,
                                    "lost_pct_of_world": dis.lost_pct_of_world,
                                    "shortfall_pct": dis.shortfall_pct,
                                    "country_share_before_pct": dis.country_share_before,
                                    "country_share_after_pct": dis.country_share_after,
                                    "world": world},
                         "bounds": {k: str(v) for k, v in dis.bounds.items()}}
    rrow = table.row(p.ramp_country) if p.ramp_country else None
    if rrow is not None and rrow.value is not None:
        th = p.threshold_pct
        ramp = rampup(of_row(rrow), of_row(table.world), p.country_growth_pct, p.others_growth_pct,
                      table.data_year, thresholds=(th, EU_CRMA_BENCHMARK))
        if p.kind == "rampup":
            published = {**base, "kind": "rampup", "country": rrow.country,
                         "params": {"country_growth_pct": p.country_growth_pct,
                                    "others_growth_pct": p.others_growth_pct,
                                    "base_year": table.data_year, "threshold_pct": th},
                         "result": {"share_base_pct": ramp.share_pct[0],
                                    "crossings": {f"{k:g}": v for k, v in ramp.crossings.items()}},
                         "bounds": {"share_base_pct": str(ramp.share_bound),
                                    "crossings": str(ramp.crossing_bound)},
                         "series": {"years": list(ramp.years), "share_pct": list(ramp.share_pct)}}
    return ScenarioResult(dis, ramp, published)


def export_rows(published: dict | None) -> list[dict]:
    """The live scenario as CSV rows with provenance (a ramp-up: one row per year)."""
    s = published
    if not s:
        return []
    base = {"kind": s["kind"], "commodity": s["commodity"], "statistic": s["statistic"],
            "edition": s["edition"], "data_year": s["year"], "unit": s["unit"],
            "country": s["country"], "source": ";".join(s["source_ids"]),
            "includes_edits": s["edited"]}
    if s["kind"] == "rampup":
        return [{**base, "year": y, "share_pct": v, **s["params"]}
                for y, v in zip(s["series"]["years"], s["series"]["share_pct"])]
    return [{**base, **s["params"], "field": k, "value": v} for k, v in s["result"].items()]
