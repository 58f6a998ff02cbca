"""Saving and opening scenarios from the Market page: the dialogs around
reetool.data.market_user (atomic files in the user data folder) and the page's state
(``MarketState.document`` / ``open_document``). A file that cannot be read or shown is
reported on the page; the page stays as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from reetool.data import DataError, market
from reetool.data.market_user import list_scenarios, load_scenario, safe_name, save_scenario, scenarios_dir


class ScenarioFiles(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page = page

    def save_as(self, name: str | None = None) -> Path | None:
        page, state = self.page, self.page.state
        if state.table is None:
            return None
        if name is None:
            default = f"{state.table.commodity} {state.table.data_year}"
            name, ok = QInputDialog.getText(page, self.tr("Save scenario"),
                                            self.tr("Scenario name:"), text=default)
            if not ok or not name.strip():
                return None
            target = scenarios_dir() / f"{safe_name(name)}.json"
            if target.exists() and QMessageBox.question(
                    page, self.tr("Save scenario"),
                    self.tr("A scenario named {name} exists. Replace it?").format(name=target.name)
            ) != QMessageBox.StandardButton.Yes:
                return None
        try:
            path = save_scenario(name, state.document())
        except OSError as exc:
            page.report_error(self.tr("Cannot save the scenario: {error}").format(error=str(exc)))
            return None
        page.scenario_status.setText(self.tr("Saved to {file}").format(file=str(path)))
        return path

    def open(self, path: str | None = None) -> bool:
        page = self.page
        if path is None:
            start = str(scenarios_dir()) if list_scenarios() else str(Path.home())
            path, _ = QFileDialog.getOpenFileName(page, self.tr("Open scenario"), start,
                                                  self.tr("Scenarios (*.json)"))
            if not path:
                return False
        try:
            page.ensure_loaded()
            page.state.open_document(load_scenario(Path(path)))
        except DataError as exc:
            page.report_error(self.tr("Cannot open the scenario: {error}").format(error=exc.describe()))
            return False
        except (market.MarketLookupError, ValueError, TypeError, KeyError) as exc:
            page.report_error(self.tr("Cannot open the scenario {file}: {error}").format(
                file=str(path), error=str(exc)))
            return False
        page.tabs.setCurrentIndex(page.SCENARIO_TAB)
        page.scenario_status.setText(self.tr("Opened {file}").format(file=str(path)))
        return True
