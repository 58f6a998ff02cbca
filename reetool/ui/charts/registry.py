"""The one registry of charts, used by the Charts page, ``reetool chart`` and the self-test."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Q


@dataclass
class ChartParams:
    commodity: str = "Rare earths"
    year: int | None = None
    edition: str | None = None
    country: str | None = None
    scenario: dict | None = None
    theme: str = "light"
    log_y: bool = False
    metric: str = "production"      # production | reserves (charts that offer both)
    compact: bool = False   # embedded beside its controls: smaller text, no repeated notes


@dataclass(frozen=True)
class ChartDef:
    name: str
    title_src: str          # English source text (context "Charts")
    description_src: str
    builder: str            # "module:function" in reetool.ui.charts.builders
    follows: tuple[str, ...] = ()   # app_state fields that rebuild the chart
    follows_country: bool = False
    log_option: bool = False
    log_default: bool = False

    @property
    def title(self) -> str:
        return Q.translate("Charts", self.title_src)

    @property
    def description(self) -> str:
        return Q.translate("Charts", self.description_src)

    def build(self, params: ChartParams):
        import importlib

        module, func = self.builder.split(":")
        return getattr(importlib.import_module(f"reetool.ui.charts.builders.{module}"), func)(params)


CHARTS: tuple[ChartDef, ...] = (
    ChartDef("production_shares",
             QT_TRANSLATE_NOOP("Charts", "Mine production shares by country"),
             QT_TRANSLATE_NOOP("Charts", "Share of world mine production by country for a "
                                         "commodity, edition and year (sorted horizontal bars)"),
             "market:production_shares", follows=("commodity", "edition", "year")),
    ChartDef("production_vs_reserves",
             QT_TRANSLATE_NOOP("Charts", "Production share vs reserves share"),
             QT_TRANSLATE_NOOP("Charts", "Each country's share of world mine production and of "
                                         "world reserves, side by side (100 % stacked bars)"),
             "market:production_vs_reserves", follows=("commodity", "edition", "year")),
    ChartDef("production_history",
             QT_TRANSLATE_NOOP("Charts", "World and China rare-earth production since 1900"),
             QT_TRANSLATE_NOOP("Charts", "World mine production 1900–2020 (USGS DS140) and every "
                                         "USGS edition since, with China; revised figures marked"),
             "history:production_history", log_option=True),
    ChartDef("china_share",
             QT_TRANSLATE_NOOP("Charts", "China's share of world mine production"),
             QT_TRANSLATE_NOOP("Charts", "China's mine production as a percentage of the world "
                                         "total, by year and USGS edition"),
             "history:china_share"),
    ChartDef("concentration",
             QT_TRANSLATE_NOOP("Charts", "Concentration of mine production over time"),
             QT_TRANSLATE_NOOP("Charts", "Herfindahl–Hirschman index and top-3 share by year, "
                                         "with the usual reference thresholds"),
             "market:concentration", follows=("commodity",)),
    ChartDef("china_quotas",
             QT_TRANSLATE_NOOP("Charts", "China's rare-earth production quotas"),
             QT_TRANSLATE_NOOP("Charts", "Annual mining and smelting/separation quotas; light vs "
                                         "medium-heavy (ion-adsorption) where published"),
             "quotas:china_quotas"),
    ChartDef("oxide_prices",
             QT_TRANSLATE_NOOP("Charts", "Rare-earth oxide prices"),
             QT_TRANSLATE_NOOP("Charts", "Oxide prices (Nd, Pr, NdPr, Dy, Tb, Ce) in US$/kg by "
                                         "year, newest USGS edition per year; log scale option"),
             "prices:oxide_prices", log_option=True, log_default=True),
    ChartDef("scenario",
             QT_TRANSLATE_NOOP("Charts", "Supply scenario"),
             QT_TRANSLATE_NOOP("Charts", "Result of the Market page's scenario (disruption or "
                                         "ramp-up), updated live"),
             "scenario:scenario", follows=("scenario", "commodity")),
    ChartDef("catalogue_composition",
             QT_TRANSLATE_NOOP("Charts", "Export-technology catalogue composition"),
             QT_TRANSLATE_NOOP("Charts", "Prohibited and restricted items by catalogue version "
                                         "(official counts) and how many reetool attests, by "
                                         "sector"),
             "catalogue:catalogue_composition"),
    ChartDef("world_map",
             QT_TRANSLATE_NOOP("Charts", "World map of shares"),
             QT_TRANSLATE_NOOP("Charts", "Where a commodity's production or reserves sit: each "
                                         "country shaded by its share of the world total, with "
                                         "class breaks; what is not drawn is named"),
             "world_map:world_map", follows=("commodity", "edition", "year", "metric")),
)

CHART_NAMES = tuple(c.name for c in CHARTS)


def chart(name: str) -> ChartDef:
    for c in CHARTS:
        if c.name == name:
            return c
    raise KeyError(name)
