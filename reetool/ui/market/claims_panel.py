"""The Market page's claims tab: the article's claims on production and reserves — the rows
of ``reetool.data.reference.claims()`` whose topic is the market, as on the Reference page's
"The article's claims" (same texts, same verdicts) — each beside the USGS figure recomputed
live from the bundled MCS2023 table (data year 2022) with what that figure says of the
claim. A link opens all of the article's claims on the Reference page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from reetool.data import market
from reetool.ui.market.table_model import fmt_number, fmt_pct
from reetool.ui.names import country_name
from reetool.ui.reference import labels
from reetool.ui.reference.claims_table import VERDICT_TONES
from reetool.ui.theme_colors import qtone

EDITION, YEAR = "MCS2023", 2022
TOPIC = "market"
COLUMNS = ("claim", "article", "usgs", "verdict")
SHOWN = {"article": "article_shown", "usgs": "usgs_shown"}   # cells in the interface language


def usgs_figures() -> dict:
    """The USGS numbers the claims are checked against (MCS2023, data year 2022)."""
    prod = market.country_table("Rare earths", "Mine production", YEAR, EDITION)
    res = market.country_table("Rare earths", "Reserves", YEAR, EDITION)

    def largest(table) -> str:
        return max(table.rows, key=lambda r: r.value or 0).country

    return {"china_prod": prod.row("China").value, "world_prod": prod.world.value,
            "china_res": res.row("China").value, "world_res": res.world.value,
            "prod_leader": largest(prod), "res_leader": largest(res),
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
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        lay.addWidget(self.view, 1)
        self.explain = QLabel(objectName="claims_explain", wordWrap=True)
        lay.addWidget(self.explain)
        self.link = QLabel(objectName="claims_reference_link", wordWrap=True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.link.linkActivated.connect(lambda _url: self.open_reference())
        lay.addWidget(self.link)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit = QTimer(self, singleShot=True, interval=0)   # once the width is known
        self._fit.timeout.connect(self.fit_columns)
        self.rows: list[dict] = []
        self.loaded = False           # figures are read when the page first shows
        self.retranslate()

    def load(self) -> None:
        self.loaded = True
        self.retranslate()

    def open_reference(self) -> bool:
        """All of the article's claims: the Reference page's claims section."""
        window = self.window()
        if not hasattr(window, "show_page"):
            return False
        window.show_page("reference").show_section("claims")
        return True

    def _checks(self) -> tuple[dict[str, tuple[str, str]], str]:
        """claim id → (the USGS figure computed from the bundle, what it says of the claim);
        and the sources of the tables it was computed from."""
        f = usgs_figures()
        prod_share = 100 * f["china_prod"] / f["world_prod"]
        res_share = 100 * f["china_res"] / f["world_res"]
        ok, off = self.tr("matches"), self.tr("does not match")
        return {
            "CL-07": (self.tr("{v} t (estimate)").format(v=fmt_number(f["china_prod"])),
                      ok if f["china_prod"] == 210000 else off),
            "CL-08": (self.tr("{pct} ({china} of {world} t)").format(
                pct=fmt_pct(prod_share), china=fmt_number(f["china_prod"]),
                world=fmt_number(f["world_prod"])), ok if round(prod_share) == 70 else off),
            # 130,000,000 × 10 = 1.3e9: the article's "1,300 million" is ten times the file
            "CL-09": (self.tr("{v} t = {mt} Mt").format(v=fmt_number(f["world_res"]),
                                                        mt=fmt_number(f["world_res"] / 1e6)),
                      self.tr("10 × too high") if f["world_res"] * 10 == 1.3e9 else off),
            "CL-10": (self.tr("{v} t").format(v=fmt_number(f["china_res"])),
                      ok if f["china_res"] == 44e6 else off),
            # 44 / 130 = 33.8 %, which rounds to the article's 34 %
            "CL-11": (self.tr("{pct} ({china} of {world} Mt)").format(
                pct=fmt_pct(res_share), china=fmt_number(f["china_res"] / 1e6),
                world=fmt_number(f["world_res"] / 1e6)),
                self.tr("matches (rounded)") if round(res_share) == 34 else off),
            "CL-13": (self.tr("largest: {country}").format(country=country_name(f["res_leader"])),
                      ok if f["res_leader"] == "China" else off),
            "CL-14": (self.tr("largest: {country}").format(country=country_name(f["prod_leader"])),
                      ok if f["prod_leader"] == "China" else off),
        }, "; ".join(f["sources"])

    def _build_rows(self) -> list[dict]:
        from reetool.data.reference import claims
        from reetool.ui.reference.claims_table import article_text, sourced_text

        checks, usgs_sources = self._checks()
        zh = labels.zh_first()
        rows = []
        for c in claims():
            if c.topic != TOPIC:
                continue
            usgs, check = checks.get(c.claim_id, ("", ""))
            rows.append({"claim_id": c.claim_id, "claim": c.claim_zh if zh else c.claim_en,
                         "article": c.article_value, "sourced": c.sourced_value,
                         "usgs": usgs or c.sourced_value, "check": check,
                         "article_shown": article_text(c), "usgs_shown": usgs or sourced_text(c),
                         "verdict": labels.verdict(c.verdict), "verdict_key": c.verdict,
                         "explanation": c.explanation_zh if zh else c.explanation_en,
                         "edition": c.edition or EDITION, "data_year": c.data_year or YEAR,
                         "unit": c.unit, "source": "; ".join(c.sources),
                         "computed_from": usgs_sources if usgs else ""})
        return rows

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The article's claims on production and reserves beside USGS Mineral Commodity "
            "Summaries 2023 (data year 2022, metric tons of rare-earth-oxide equivalent; "
            "production 2022 is a USGS estimate), each figure computed from the bundled table."))
        self.explain.setText(self.tr(
            "“1,300 million tons” is not supported: the USGS file reads 130,000,000 t, i.e. 130 "
            "million tons (1.3亿吨 in Chinese). The figure is ten times too high — most likely "
            "1.3亿 was mistranslated (1 亿 = 100 million, not 1,000 million). China's 44 Mt of 130 "
            "Mt is 33.8 %, which the article rounds to 34 %."))
        self.link.setText("<a href='reference:claims'>" + self.tr(
            "All the article's claims — the catalogue, the measures and the supply chain too — "
            "on the Reference page") + " →</a>")
        if not self.loaded:
            return
        self.rows = self._build_rows()
        self.view.clear()
        self.view.setColumnCount(len(COLUMNS))
        self.view.setRowCount(len(self.rows))
        self.view.setHorizontalHeaderLabels([self.tr("Claim"), self.tr("Article"),
                                             self.tr("USGS MCS2023"), self.tr("Verdict")])
        for i, row in enumerate(self.rows):
            tip = "\n".join(t for t in (
                row["explanation"],
                self.tr("Computed from the bundled table: {check}").format(check=row["check"])
                if row["check"] else "",
                self.tr("Sources: {sources}").format(sources=row["source"])) if t)
            for j, key in enumerate(COLUMNS):
                item = QTableWidgetItem(row[SHOWN.get(key, key)])
                item.setToolTip(tip)
                if key == "verdict":
                    item.setForeground(QBrush(qtone(VERDICT_TONES[row["verdict_key"]])))
                self.view.setItem(i, j, item)
        self._fit.start()

    def fit_columns(self) -> None:
        """The claim takes the room; the figures and the verdict get what they need up to a
        share of the width (they wrap beyond it): no sideways scrolling in a narrow tab."""
        width = self.view.viewport().width()
        for col, share in ((1, 0.22), (2, 0.3), (3, 0.22)):
            self.view.resizeColumnToContents(col)
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), int(width * share)))
        self.view.resizeRowsToContents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit.start()

    def export_rows(self) -> list[dict]:
        return [{k: v for k, v in r.items() if k != "verdict_key" and not k.endswith("_shown")}
                for r in self.rows]
