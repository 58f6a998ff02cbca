"""The Market menu in the menu bar (filled the first time it opens): imports, exports,
saving and opening scenarios, reset, undo and redo. Every action calls the page."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


class MarketMenu(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page = page

    def fill(self, menu) -> dict[str, QAction]:
        page = self.page
        acts = [
            ("market_act_import", self.tr("Import USGS data…"), lambda: page.import_usgs_data()),
            ("market_act_manage", self.tr("Manage imports…"), page.manage_imports),
            None,
            ("market_act_export_table", self.tr("Export country table as CSV…"),
             lambda: page.export_table_csv()),
            ("market_act_export_conc", self.tr("Export concentration as CSV…"),
             lambda: page.export_concentration_csv()),
            ("market_act_export_scn", self.tr("Export scenario as CSV…"),
             lambda: page.export_scenario_csv()),
            ("market_act_export_claims", self.tr("Export the article's claims as CSV…"),
             lambda: page.export_claims_csv()),
            ("market_act_export_us", self.tr("Export U.S. statistics as CSV…"),
             lambda: page.export_us_csv()),
            None,
            ("market_act_save_scn", self.tr("Save scenario…"), lambda: page.save_scenario_as()),
            ("market_act_open_scn", self.tr("Open scenario…"), lambda: page.open_scenario()),
            None,
            ("market_act_reset", self.tr("Reset table to published"), page.reset_table),
        ]
        actions = {}
        for item in acts:
            if item is None:
                menu.addSeparator()
                continue
            name, text, slot = item
            act = QAction(text, menu, objectName=name)
            act.triggered.connect(slot)
            menu.addAction(act)
            actions[name] = act
        menu.addAction(page.undo_action)
        menu.addAction(page.redo_action)
        return actions
