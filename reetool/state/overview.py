"""State of the Overview page: every commodity at a glance. Qt-free (tests/state).

The model holds the parameters (metric, year, edition), the filters (text, "China share ≥ x %",
HHI band), the sort and the selected commodity; ``rows`` are the overview records of
``reetool.analysis.overview_output.output_rows`` (rounded, both languages), recomputed when a
parameter changes. ``visible()`` is what the table shows. Listeners hear the changed fields:
"rows" (new figures), "filter", "sort", "selected", "error".
"""

from __future__ import annotations

from typing import Callable

from reetool.state.observable import Observable

METRICS = ("production", "reserves")
# HHI bands (0–10,000), after the 2010 US merger guidelines' lines at 1,500 and 2,500
HHI_BANDS = {"all": (None, None), "low": (None, 1500.0), "moderate": (1500.0, 2500.0),
             "high": (2500.0, None)}
SORT_KEYS = ("commodity", "statistic", "data_year", "unit", "world", "leader",
             "china_share_pct", "cr1", "cr3", "hhi", "n_equivalent", "rp_years",
             "change_prev_year_pct", "change_prev_edition_pct", "flags")
Loader = Callable[[str, "int | None", "str | None"], list]


def default_loader(metric: str, year: int | None, edition: str | None) -> list[dict]:
    from reetool.analysis.overview_output import output_rows

    return output_rows(metric, year, edition)


class OverviewState(Observable):
    def __init__(self, loader: Loader | None = None) -> None:
        super().__init__()
        self._loader = loader or default_loader
        self.metric = "production"
        self.year: int | None = None           # None = each commodity's latest year
        self.edition: str | None = None        # None = newest edition for the year
        self.text = ""
        self.china_min: float | None = None    # "China share ≥ x %" (None = no filter)
        self.hhi_band = "all"
        self.hide_empty = False                # hide commodities without figures
        self.sort_key = "commodity"
        self.sort_desc = False
        self.selected: str | None = None       # commodity as published
        self.rows: list[dict] = []
        self.error = ""
        self.loaded = False

    # --- parameters -------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)compute the rows for the current metric, year and edition."""
        try:
            rows = self._loader(self.metric, self.year, self.edition)
            error = ""
        except (LookupError, ValueError) as exc:
            rows, error = [], str(exc)
        with self.batch():
            self.rows = rows
            self.loaded = True
            self._changed("rows")
            self._set("error", error)
            if self.selected and self.row(self.selected) is None:
                self._set("selected", None)

    def set_metric(self, metric: str) -> None:
        if metric not in METRICS:
            raise ValueError(f"unknown metric '{metric}'; use production or reserves")
        with self.batch():
            if self._set("metric", metric):
                self.load()

    def set_year(self, year: int | None) -> None:
        with self.batch():
            if self._set("year", None if year is None else int(year)):
                self.load()

    def set_edition(self, edition: str | None) -> None:
        with self.batch():
            if self._set("edition", edition or None):
                self.load()

    # --- filters and sort ---------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        with self.batch():
            if self._set("text", text or ""):
                self._changed("filter")

    def set_china_min(self, pct: float | None) -> None:
        if pct is not None and not 0 <= float(pct) <= 100:
            raise ValueError(f"China share threshold must be between 0 and 100 %, not {pct}")
        with self.batch():
            if self._set("china_min", None if pct is None else float(pct)):
                self._changed("filter")

    def set_hhi_band(self, band: str) -> None:
        if band not in HHI_BANDS:
            raise ValueError(f"unknown HHI band '{band}'; use one of {', '.join(HHI_BANDS)}")
        with self.batch():
            if self._set("hhi_band", band):
                self._changed("filter")

    def set_hide_empty(self, hide: bool) -> None:
        with self.batch():
            if self._set("hide_empty", bool(hide)):
                self._changed("filter")

    def sort_by(self, key: str, descending: bool | None = None) -> None:
        """Sort by ``key``; without ``descending``, the same key again reverses the order."""
        if key not in SORT_KEYS:
            raise ValueError(f"cannot sort by '{key}'")
        desc = (not self.sort_desc if key == self.sort_key else key != "commodity") \
            if descending is None else bool(descending)
        with self.batch():
            changed = self._set("sort_key", key) | self._set("sort_desc", desc)
            if changed:
                self._changed("sort")

    def select(self, commodity: str | None) -> None:
        self._set("selected", commodity or None)

    # --- what the table shows ---------------------------------------------------------------
    def row(self, commodity: str) -> dict | None:
        return next((r for r in self.rows if r["commodity"] == commodity), None)

    def _matches(self, r: dict) -> bool:
        if self.hide_empty and r.get("world") is None:
            return False
        if self.text.strip():
            needle = self.text.strip().casefold()
            hay = " ".join(str(r.get(k) or "") for k in (
                "commodity", "commodity_en", "commodity_zh", "statistic", "statistic_zh",
                "leader", "leader_zh", "leader_iso3")).casefold()
            if needle not in hay:
                return False
        if self.china_min is not None:
            share = r.get("china_share_pct")
            if share is None or share < self.china_min:     # unknown is not "≥ x"
                return False
        low, high = HHI_BANDS[self.hhi_band]
        if low is not None or high is not None:
            hhi = r.get("hhi")
            if hhi is None or (low is not None and hhi < low) or (high is not None and hhi >= high):
                return False
        return True

    def visible(self) -> list[dict]:
        """The filtered rows, sorted; missing values sort last either way."""
        rows = [r for r in self.rows if self._matches(r)]
        key = self.sort_key

        def value(r):
            v = r.get("commodity_en" if key == "commodity" else key)
            return v.casefold() if isinstance(v, str) else v

        present = [r for r in rows if value(r) not in (None, "")]
        missing = [r for r in rows if value(r) in (None, "")]
        present.sort(key=value, reverse=self.sort_desc)
        return present + missing

    def params(self) -> dict:
        """Everything that defines what the page shows (for a briefing slide or a link)."""
        return {"page": "overview", "metric": self.metric, "year": self.year,
                "edition": self.edition, "text": self.text, "china_min": self.china_min,
                "hhi_band": self.hhi_band, "hide_empty": self.hide_empty,
                "sort_key": self.sort_key, "sort_desc": self.sort_desc,
                "selected": self.selected}

    def apply_params(self, params: dict) -> None:
        """Restore ``params()`` (unknown keys are ignored; bad values raise ValueError)."""
        if params.get("metric", self.metric) not in METRICS:
            raise ValueError(f"unknown metric '{params.get('metric')}'")
        with self.batch():
            for key in ("metric", "year", "edition"):
                if key in params:
                    self._set(key, params[key] if key != "year" or params[key] is None
                              else int(params[key]))
            self.load()
            if "text" in params:
                self.set_text(params["text"])
            if "china_min" in params:
                self.set_china_min(params["china_min"])
            if "hhi_band" in params:
                self.set_hhi_band(params["hhi_band"])
            if "hide_empty" in params:
                self.set_hide_empty(params["hide_empty"])
            if params.get("sort_key"):
                self.sort_by(params["sort_key"], bool(params.get("sort_desc")))
            if "selected" in params:
                self.select(params["selected"])

    # --- choices for the selectors ------------------------------------------------------------
    def years(self) -> list[int]:
        """Data years of the metric's statistics, newest first."""
        from reetool.data import market

        reserves = self.metric == "reserves"
        return sorted({r["data_year"] for r in market.records()
                       if ("reserve" in r["statistic"].casefold()) == reserves}, reverse=True)

    def editions(self) -> list[str]:
        from reetool.data import market

        return sorted({r["edition"] for r in market.records()}, reverse=True)
