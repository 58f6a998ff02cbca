"""The production stages of the selected commodity, side by side (mine, refinery, smelter,
primary, capacity …), each with its concentration — "processing is where concentration
bites" needs them next to each other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from reetool.ui.charts.builders.common import fmt_num, pct
from reetool.ui.names import commodity_name, country_name, statistic_name, unit_name

STAGE_KEYS = ("stage", "statistic", "data_year", "world", "leader", "china_share_pct", "cr1",
              "cr3", "hhi")


class StagesPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("overview_stages")
        self.row: dict | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        self.title = QLabel(objectName="overview_stages_title", wordWrap=True)
        self.table = QTableWidget(0, len(STAGE_KEYS), objectName="overview_stages_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        row = self.fontMetrics().height() + 10      # header and three stages stay readable
        self.table.verticalHeader().setDefaultSectionSize(row)
        self.table.setMinimumHeight(4 * row + 6)
        lay.addWidget(self.title)
        lay.addWidget(self.table, 1)

    def stage_names(self) -> dict[str, str]:
        return {"mine": self.tr("mine"), "refinery": self.tr("refinery"),
                "smelter": self.tr("smelter"), "plant": self.tr("plant"),
                "primary": self.tr("primary"), "secondary": self.tr("secondary"),
                "mill": self.tr("mill"), "capacity": self.tr("capacity"),
                "reserves": self.tr("reserves"), "production": self.tr("production")}

    def show_row(self, row: dict | None) -> None:
        self.row = row
        self.retranslate()

    def retranslate(self) -> None:
        heads = (self.tr("Stage"), self.tr("Statistic"), self.tr("Year"), self.tr("World total"),
                 self.tr("Largest producer"), self.tr("China"), self.tr("CR1"), self.tr("CR3"),
                 self.tr("HHI"))
        self.table.setHorizontalHeaderLabels(list(heads))
        row = self.row
        stages = (row or {}).get("stages") or []
        if row is None:
            self.title.setText(self.tr("Select a commodity to see its production stages side "
                                       "by side."))
        elif not stages:
            self.title.setText(self.tr("{commodity}: USGS publishes one statistic of this "
                                       "metric.").format(commodity=commodity_name(row["commodity"])))
        else:
            self.title.setText(self.tr("{commodity}: {n} statistics published by USGS, side by "
                                       "side").format(commodity=commodity_name(row["commodity"]),
                                                      n=len(stages)))
        self.table.setRowCount(len(stages))
        names = self.stage_names()
        for r, s in enumerate(stages):
            texts = {
                "stage": names.get(s["stage"], s["stage"]),
                "statistic": statistic_name(s["statistic"]),
                "data_year": str(s["data_year"] or "—"),
                "world": "—" if s["world"] is None else
                f"{fmt_num(s['world'])} {unit_name(s['unit'] or '')}",
                "leader": "—" if not s["leader"] else
                f"{country_name(s['leader'])} {pct(s['cr1'])}",
                "china_share_pct": pct(s["china_share_pct"]),
                "cr1": pct(s["cr1"]), "cr3": pct(s["cr3"]),
                "hhi": "—" if s["hhi"] is None else fmt_num(s["hhi"]),
            }
            for c, key in enumerate(STAGE_KEYS):
                item = QTableWidgetItem(texts[key])
                item.setToolTip(s["statistic"])
                if key not in ("stage", "statistic", "leader"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
