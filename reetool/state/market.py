"""The Market page's state: the selection, the table shown with the user's edits (undo/redo),
the highlighted country and the scenario. Qt-free; the page's widgets render it and write
user input back into it.

    st = MarketState()
    st.subscribe(lambda fields: ...)   # names: "selection", "table", "country", "scenario", "undo"
    st.load()                          # reads the data (the page does it when first shown)
    st.select(commodity="Rare earths", statistic="Mine production", year=2022, edition="MCS2023")
    st.edits.set_value("China", 150000.0); st.undo(); st.redo()
    st.set_scenario(kind="disruption", cut_pct=40)
    st.scenario_result.published      # the live scenario the Charts page draws
    st.params(); st.apply(params)     # serialisable selection + scenario (see ``params``)

"selection" covers commodity, metric, statistic, year, edition and the lists to choose
from (commodities, metrics, statistics, years, editions); "table" is sent whenever the
table shown changes (another table, an edit, an undo). Scenario arithmetic is
reetool.analysis'; edits live in reetool.state.market_edits, scenarios in
reetool.state.market_scenario.
"""

from __future__ import annotations

import datetime as _dt

from reetool import __version__
from reetool.data import market
from reetool.data.market_user import EditStore
from reetool.state.market_edits import Describe, TableEdits, describe_en
from reetool.state.market_scenario import (
    ScenarioParams, ScenarioResult, compute, leader, scenario_countries,
)
from reetool.state.observable import Observable

KEEP = object()       # "keep the current value" for select()
PREFERRED = {"production": "Mine production", "reserves": "Reserves"}

BASES = ("world", "listed")


class MarketState(Observable):
    def __init__(self, store: EditStore | None = None, describe: Describe = describe_en):
        super().__init__()
        self.store = store
        self.describe = describe
        self.loaded = False
        # selection, and what can be chosen
        self.commodities: list[str] = []
        self.metrics: list[str] = []
        self.statistics: list[str] = []
        self.years: list[int] = []          # ascending
        self.editions: list[str] = []       # newest first
        self.commodity = ""
        self.metric = "production"
        self.statistic = ""
        self.year: int | None = None
        self.edition: str | None = None     # None = the newest edition for the year
        # the table shown
        self.edits: TableEdits | None = None
        self.production: market.CountryTable | None = None   # reserves view: for R/P and gaps
        self.country: str | None = None
        self.basis = "world"                # shares of the publisher's world total | "listed" sum
        self.scenario = ScenarioParams()
        self.scenario_result = ScenarioResult()
        self._tables: dict[str, TableEdits] = {}

    # --- loading ---------------------------------------------------------------------
    def load(self, commodity: str | None = None, metric: str | None = None,
             year: int | None = None, edition: str | None = None) -> None:
        """Read the commodity list and the user's edits, then select (the default: the
        latest rare-earth mine production)."""
        if self.store is None:
            self.store = EditStore()
        self.loaded = True
        self.commodities = market.commodities()
        try:
            wanted = market.resolve_commodity(commodity or market.DEFAULT_COMMODITY)
        except market.MarketLookupError:
            wanted = self.commodities[0]
        self.select(commodity=wanted, metric=metric if metric in market.METRICS else None,
                    year=year, edition=edition)

    def reload(self) -> None:
        """Re-read the data after an import was added or removed; keep the selection where
        it still exists. Edits stay in the store; undo histories start afresh."""
        market.invalidate()
        self.commodities = market.commodities()
        self._tables.clear()
        self.edits = None
        current = self.commodity if self.commodity in self.commodities else self.commodities[0]
        self.commodity = ""                     # force the lists to be rebuilt
        self.select(commodity=current, metric=self.metric, statistic=self.statistic)

    # --- selection -------------------------------------------------------------------
    @property
    def table(self) -> market.CountryTable | None:
        """The table shown: the published figures with the user's edits applied."""
        return self.edits.table() if self.edits is not None else None

    @property
    def base(self) -> market.CountryTable | None:
        """The published table (without edits)."""
        return self.edits.base if self.edits is not None else None

    def stats_for(self, metric: str) -> list[str]:
        stats = market.statistics(self.commodity) if self.commodity else []
        reserves = [s for s in stats if "reserve" in s.casefold()]
        return reserves if metric == "reserves" else [s for s in stats if s not in reserves]

    def select(self, commodity: str | None = None, metric: str | None = None,
               statistic: str | None = None, year: int | None = None, edition=KEEP) -> None:
        """Choose what to show; anything not given is kept where it is still available, else
        the default (production before reserves, "Mine production"/"Reserves", the latest
        year, the newest edition). One table load and one notification. An unknown
        commodity raises MarketLookupError and changes nothing."""
        commodity = market.resolve_commodity(commodity) if commodity else self.commodity
        if statistic and metric is None:
            metric = "reserves" if "reserve" in statistic.casefold() else "production"
        old = self.selection()
        with self.batch():
            self.commodity = commodity
            self.metrics = [m for m in market.METRICS if self.stats_for(m)]
            wanted = metric or self.metric
            self.metric = wanted if wanted in self.metrics else (self.metrics or ["production"])[0]
            self.statistics = self.stats_for(self.metric)
            for pick in (statistic, self.statistic, PREFERRED[self.metric]):
                if pick in self.statistics:
                    self.statistic = pick
                    break
            else:
                self.statistic = self.statistics[0] if self.statistics else ""
            self.years = market.years(commodity, self.statistic) if self.statistic else []
            for pick in (year, self.year):
                if pick is not None and int(pick) in self.years:
                    self.year = int(pick)
                    break
            else:
                self.year = self.years[-1] if self.years else None
            self.editions = (market.editions(commodity, self.statistic, self.year)
                             if self.year is not None else [])
            wanted_ed = self.edition if edition is KEEP else edition
            self.edition = wanted_ed if wanted_ed in self.editions else None
            if self.selection() != old or self.edits is None:
                self._changed("selection")
                self._load_table()

    def selection(self) -> dict:
        return {"commodity": self.commodity, "metric": self.metric, "statistic": self.statistic,
                "year": self.year, "edition": self.edition}

    def _load_table(self) -> None:
        if not self.statistic or self.year is None:
            self.edits, self.production = None, None
            self._changed("table", "undo")
            self._rescenario()
            return
        base = market.country_table(self.commodity, self.statistic, self.year, self.edition)
        key = f"{base.commodity}|{base.statistic}|{base.edition}|{base.data_year}"
        if key not in self._tables:
            edits = TableEdits(base, self.store, describe=self.describe)
            edits.on_change = lambda e=edits: self._edited(e)
            edits.stack.subscribe(lambda _f, e=edits: self._stack_changed(e))
            self._tables[key] = edits
        self.edits = self._tables[key]
        self.production = self._production_table(base) if self.metric == "reserves" else None
        self._changed("table", "undo")
        self._rescenario(keep_countries=False)

    def _production_table(self, base) -> market.CountryTable | None:
        """The production table of the same year and edition (same unit) beside reserves."""
        try:
            stats = self.stats_for("production")
            stat = "Mine production" if "Mine production" in stats else (stats[0] if stats else None)
            if stat is None:
                return None
            eds = market.editions(base.commodity, stat, base.data_year)
            if not eds:
                return None
            prod = market.country_table(base.commodity, stat, base.data_year,
                                        base.edition if base.edition in eds else eds[0])
        except market.MarketLookupError:
            return None
        return prod if prod.unit == base.unit else None   # never mix units

    def revisions(self) -> dict:
        """Other editions' values for the rows of the published table (see market.revisions)."""
        return market.revisions(self.base) if self.base is not None else {}

    # --- edits -----------------------------------------------------------------------
    def _edited(self, edits: TableEdits) -> None:
        if edits is self.edits:
            self._changed("table")
            self._rescenario()

    def _stack_changed(self, edits: TableEdits) -> None:
        if edits is self.edits:
            self._changed("undo")

    def undo(self) -> bool:
        return self.edits is not None and self.edits.stack.undo()

    def redo(self) -> bool:
        return self.edits is not None and self.edits.stack.redo()

    # --- country, scenario ---------------------------------------------------------------
    def set_country(self, country: str | None) -> None:
        """Highlight a country (across pages); the scenarios follow it when they can."""
        with self.batch():
            self._set("country", country)
            if country in scenario_countries(self.table):
                self.set_scenario(dis_country=country, ramp_country=country)

    def set_scenario(self, **values) -> None:
        """Change scenario parameters (kind, dis_country, cut_pct, ramp_country,
        country_growth_pct, others_growth_pct, threshold_pct); ValueError when out of range."""
        new = self.scenario.changed(**values)
        if new != self.scenario:
            self.scenario = new
            self._rescenario()

    def apply_scenario(self, data: dict) -> None:
        """Scenario parameters in the saved format (ScenarioParams.to_dict)."""
        new = self.scenario.merged(data)
        if new != self.scenario:
            self.scenario = new
            self._rescenario()

    def _rescenario(self, keep_countries: bool = True) -> None:
        """Recompute the scenario; the countries fall back to the highlighted country, the
        current one or the largest when the table does not list them with a value."""
        names = set(scenario_countries(self.table))
        picks = {}
        for key in ("dis_country", "ramp_country"):
            current = getattr(self.scenario, key)
            preferred = current if keep_countries else self.country
            if names and preferred not in names:
                picks[key] = current if current in names else leader(self.table)
            elif names and preferred != current:
                picks[key] = preferred
        if picks:
            self.scenario = self.scenario.changed(**picks)
        self.scenario_result = compute(self.table, self.scenario)
        self._changed("scenario")

    # --- shared state, saving ---------------------------------------------------------------
    def shared_values(self) -> dict:
        """What the page publishes to the shared state (reetool.state.app)."""
        t = self.table
        if t is None:
            return {}
        return {"commodity": t.commodity, "metric": self.metric, "year": t.data_year,
                "edition": self.edition}

    def follow(self, commodity=None, metric=None, year=None, edition=None) -> bool:
        """Take over another page's selection; False when this data lacks it (nothing changes)."""
        try:
            commodity = market.resolve_commodity(commodity or self.commodity)
            metric = metric if metric in market.METRICS else self.metric
            if (commodity, metric, year, edition) == (self.commodity, self.metric, self.year,
                                                      self.edition):
                return True
            self.select(commodity=commodity, metric=metric,
                        year=int(year) if year is not None else None, edition=edition)
        except (market.MarketLookupError, ValueError, TypeError):
            return False
        return True

    def set_basis(self, basis: str) -> None:
        """What shares are of: "world" (the publisher's total) or "listed" (the listed rows'
        sum, where a rounded or lower-bound world total reads worse). Notifies "basis"."""
        if basis not in BASES:
            raise ValueError(f"basis must be one of {', '.join(BASES)}, not {basis!r}")
        self._set("basis", basis)

    def params(self) -> dict:
        """The selection and scenario as plain data (JSON-serialisable)::

            {"commodity", "metric", "statistic", "edition" (None = newest), "year",
             "country" (or None), "basis" ("world" | "listed"), "scenario": ScenarioParams.to_dict()}
        """
        return {**self.selection(), "country": self.country, "basis": self.basis,
                "scenario": self.scenario.to_dict()}

    def apply(self, params: dict) -> None:
        """Show what ``params()`` returned. MarketLookupError for data this installation
        lacks, ValueError for a scenario value out of range; one notification."""
        with self.batch():
            self.select(commodity=params.get("commodity"), metric=params.get("metric"),
                        statistic=params.get("statistic"), year=params.get("year"),
                        edition=params.get("edition"))
            if "country" in params:
                self.set_country(params["country"])
            if params.get("basis") in BASES:
                self.set_basis(params["basis"])
            if isinstance(params.get("scenario"), dict):
                self.apply_scenario(params["scenario"])

    def document(self) -> dict:
        """The scenario file's content (reetool.data.market_user.save_scenario)."""
        t = self.table
        return {"commodity": t.commodity, "statistic": t.statistic, "edition": t.edition,
                "edition_choice": self.edition, "year": t.data_year,
                "edits": dict(self.edits.edits), "added": list(self.edits.added),
                "scenario": self.scenario.to_dict(), "result": self.scenario_result.published,
                "saved_at": _dt.datetime.now().isoformat(timespec="seconds"),
                "reetool": __version__}

    def open_document(self, doc: dict) -> None:
        """Show a saved scenario (reetool.data.market_user.load_scenario): its table, its
        edits (undoable) and its parameters. MarketLookupError / ValueError / TypeError when
        this installation cannot show it; then nothing changes."""
        edits = {k: (float(v) if v is not None else None) for k, v in (doc.get("edits") or {}).items()}
        added = [a for a in doc.get("added") or [] if isinstance(a, str)]
        scenario = self.scenario.merged(doc["scenario"]) if isinstance(doc.get("scenario"), dict) \
            else self.scenario
        # the very table saved, or an error before anything changes (never another year)
        market.country_table(doc["commodity"], doc["statistic"], int(doc["year"]), doc.get("edition"))
        with self.batch():
            self.select(commodity=doc["commodity"], statistic=doc["statistic"],
                        year=int(doc["year"]), edition=doc.get("edition"))
            self.edits.load(edits, added)
            if scenario != self.scenario:
                self.scenario = scenario
                self._rescenario()
