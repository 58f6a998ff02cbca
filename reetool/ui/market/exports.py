"""The Market page's CSV exports: the country table, the concentration figures, the live
scenario, the article's claims and the U.S. statistics, each with its provenance columns.
Files are written atomically (reetool.data.market_export.write_csv); without a path the
user is asked for one. A failed write is reported on the page, never raised."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from reetool.data.market_export import write_csv
from reetool.state.market_scenario import export_rows as scenario_rows

TABLE_COLUMNS = ["country", "value", "unit", "share_pct", "flags", "estimated", "edited",
                 "published_value", "value_as_published", "commodity", "statistic", "edition",
                 "edition_version", "data_year", "source", "notes", "share_bound", "share_basis"]
CONCENTRATION_COLUMNS = ["field", "value", "unit", "commodity", "statistic", "edition",
                         "edition_version", "data_year", "source", "includes_edits"]
CLAIMS_COLUMNS = ["claim_id", "claim", "article", "sourced", "usgs", "check", "verdict",
                  "explanation", "edition", "data_year", "unit", "source", "computed_from"]
US_COLUMNS = ["table", "edition", "data_year", "item", "unit", "value", "value_as_published",
              "flag", "comparator", "estimated", "notes", "source"]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()


class MarketExports(QObject):
    """Exports of ``page`` (a MarketPage: its model, panels and ``report_error``)."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page

    def table_rows(self) -> list[dict]:
        model = self.page.model
        t = model.table
        out = []
        for r in model.rows:
            out.append({"country": r.country, "value": r.value, "unit": t.unit,
                        "share_pct": model.share(r),
                        "flags": " ".join(model.flag_codes(r)), "estimated": r.estimated,
                        "edited": r.edited, "published_value": r.published if r.edited else None,
                        "value_as_published": r.value_raw, "commodity": t.commodity,
                        "statistic": t.statistic, "edition": t.edition,
                        "edition_version": t.edition_version, "data_year": t.data_year,
                        "source": ";".join(r.source_ids) if r.source_ids else "user edit",
                        "notes": r.notes, **model.export_fields(r)})
        return out

    def _default_name(self, what: str) -> str:
        t = self.page.model.table
        return f"{_slug(t.commodity)}_{_slug(t.statistic)}_{t.edition}_{t.data_year}_{what}.csv"

    def _ask_path(self, default_name: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.page, self.tr("Export CSV"),
                                              str(Path.home() / default_name),
                                              self.tr("CSV files (*.csv)"))
        return path or None

    def _write(self, rows, columns, path, default_name: str) -> Path | None:
        if not rows:
            return None
        path = path or self._ask_path(default_name)
        if not path:
            return None
        try:
            return write_csv(Path(path), rows, columns)
        except OSError as exc:
            self.page.report_error(self.tr("Cannot write {file}: {error}").format(
                file=path, error=exc.strerror))
            return None

    def _of_table(self, rows, columns, what, path) -> Path | None:
        if self.page.model.table is None:
            return None
        return self._write(rows, columns, path, self._default_name(what))

    def table(self, path: str | None = None) -> Path | None:
        return self._of_table(self.table_rows(), TABLE_COLUMNS, "table", path)

    def concentration(self, path: str | None = None) -> Path | None:
        return self._of_table(self.page.concentration.export_rows(), CONCENTRATION_COLUMNS,
                              "concentration", path)

    def claims(self, path: str | None = None) -> Path | None:
        return self._of_table(self.page.claims.export_rows(), CLAIMS_COLUMNS, "article-claims", path)

    def scenario(self, path: str | None = None) -> Path | None:
        state = self.page.state
        rows = scenario_rows(state.scenario_result.published)
        cols = list(dict.fromkeys(k for r in rows for k in r))
        return self._of_table(rows, cols, f"scenario-{state.scenario.kind}", path)

    def us(self, path: str | None = None) -> Path | None:
        us = self.page.us
        us.load()
        return self._write(us.export_rows(), US_COLUMNS, path,
                           f"united-states_{us.edition.currentText()}.csv")
