"""Seed claims: the article's figures beside USGS MCS2023 (data year 2022), computed live
from the bundled tables, with a verdict for each."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from reetool.data import market
from reetool.ui.market.table_model import fmt_number, fmt_pct

EDITION, YEAR = "MCS2023", 2022


def usgs_figures() -> dict:
    """The USGS numbers the claims are checked against (MCS2023, data year 2022)."""
    prod = market.country_table("Rare earths", "Mine production", YEAR, EDITION)
    res = market.country_table("Rare earths", "Reserves", YEAR, EDITION)
    return {"china_prod": prod.row("China").value, "world_prod": prod.world.value,
            "china_res": res.row("China").value, "world_res": res.world.value,
            "sources": sorted(set(prod.source_ids) | set(res.source_ids))}


class ClaimsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("market_claims")
        lay = QVBoxLayout(self)
        self.intro = QLabel(objectName="claims_intro", wordWrap=True)
        lay.addWidget(self.intro)
        self.view = QTableWidget(objectName="seed_claims_table")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.view, 1)
        self.explain = QLabel(objectName="claims_explain", wordWrap=True)
        lay.addWidget(self.explain)
        self.rows: list[dict] = []
        self.loaded = False           # figures are read when the page first shows
        self.retranslate()

    def load(self) -> None:
        self.loaded = True
        self.retranslate()

    def _build_rows(self) -> list[dict]:
        f = usgs_figures()
        prod_share = 100 * f["china_prod"] / f["world_prod"]
        res_share = 100 * f["china_res"] / f["world_res"]
        ok, off = self.tr("matches"), self.tr("does not match")
        src = "; ".join(f["sources"])
        return [
            {"claim": self.tr("China's mine production, 2022"), "article": "210,000 t",
             "usgs": self.tr("{v} t (estimate)").format(v=fmt_number(f["china_prod"])),
             "verdict": ok if f["china_prod"] == 210000 else off, "source": src},
            {"claim": self.tr("China's share of world production, 2022"), "article": "70 %",
             "usgs": self.tr("{pct} ({china} of {world} t)").format(
                 pct=fmt_pct(prod_share), china=fmt_number(f["china_prod"]),
                 world=fmt_number(f["world_prod"])),
             "verdict": ok if round(prod_share) == 70 else off, "source": src},
            {"claim": self.tr("China's reserves"), "article": self.tr("44 Mt"),
             "usgs": self.tr("{v} t").format(v=fmt_number(f["china_res"])),
             "verdict": ok if f["china_res"] == 44e6 else off, "source": src},
            {"claim": self.tr("China's share of world reserves"), "article": "34 %",
             "usgs": self.tr("{pct} ({china} of {world} Mt)").format(
                 pct=fmt_pct(res_share), china=fmt_number(f["china_res"] / 1e6),
                 world=fmt_number(f["world_res"] / 1e6)),
             "verdict": self.tr("matches (rounded)") if round(res_share) == 34 else off,
             "source": src},
            {"claim": self.tr("World reserves"), "article": self.tr("1,300 million tons"),
             "usgs": self.tr("{v} t = {mt} Mt").format(v=fmt_number(f["world_res"]),
                                                       mt=fmt_number(f["world_res"] / 1e6)),
             "verdict": self.tr("10 × too high") if f["world_res"] * 10 == 1.3e9 else off,
             "source": src},
        ]

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The article's figures beside USGS Mineral Commodity Summaries 2023 (data year 2022, "
            "metric tons of rare-earth-oxide equivalent; production 2022 is a USGS estimate)."))
        self.explain.setText(self.tr(
            "“1,300 million tons” is not supported: the USGS file reads 130,000,000 t, i.e. 130 "
            "million tons (1.3亿吨 in Chinese). The figure is ten times too high — most likely "
            "1.3亿 was mistranslated (1 亿 = 100 million, not 1,000 million). China's 44 Mt of 130 "
            "Mt is 33.8 %, which the article rounds to 34 %."))
        if not self.loaded:
            return
        self.rows = self._build_rows()
        headers = [self.tr("Claim"), self.tr("Article"), self.tr("USGS MCS2023"), self.tr("Verdict"),
                   self.tr("Source")]
        keys = ["claim", "article", "usgs", "verdict", "source"]
        self.view.clear()
        self.view.setColumnCount(len(keys))
        self.view.setRowCount(len(self.rows))
        self.view.setHorizontalHeaderLabels(headers)
        for i, row in enumerate(self.rows):
            for j, k in enumerate(keys):
                self.view.setItem(i, j, QTableWidgetItem(row[k]))
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()

    def export_rows(self) -> list[dict]:
        return [{**r, "edition": EDITION, "data_year": YEAR, "unit": "metric tons"} for r in self.rows]
