"""Importing USGS data releases from the Market page: the preview-and-store dialog and the
dialog that removes imports (reetool.ui.market.import_dialog, opened only when asked for).
After a change the page re-reads the data (``MarketPage.reload_data``)."""

from __future__ import annotations


def import_usgs_data(page, path: str | None = None):
    """Preview ``path`` (or a file the user picks) and store it; returns the stored summary."""
    from reetool.ui.market.import_dialog import ImportDialog

    dlg = ImportDialog(page)
    if path:
        dlg.load_file(path)
    if dlg.exec() and dlg.stored:
        page.reload_data()
    return dlg.stored


def manage_imports(page) -> None:
    from reetool.ui.market.import_dialog import ManageImportsDialog

    dlg = ManageImportsDialog(page)
    dlg.exec()
    if dlg.removed:
        page.reload_data()
