"""The pages of the main window, as plain data: id, the module and class that build the page,
and its navigation icon (a QStyle standard pixmap name). Adding a page is one line here (its
title goes in reetool.ui.pages) and one module.

Qt-free, so headless commands (``reetool screenshot PAGE``) learn the page ids without
importing the interface. Pages are imported and built only when first shown.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    page_id: str
    module: str
    cls: str
    icon: str  # a QStyle standard pixmap name

    def create(self, parent=None):
        return getattr(importlib.import_module(self.module), self.cls)(parent)


PAGES = (
    PageInfo("catalogue", "reetool.ui.catalogue.page", "CataloguePage", "SP_FileDialogDetailedView"),
    PageInfo("market", "reetool.ui.market.page", "MarketPage", "SP_ComputerIcon"),
    PageInfo("overview", "reetool.ui.overview.page", "OverviewPage", "SP_FileDialogListView"),
    PageInfo("charts", "reetool.ui.charts.page", "ChartsPage", "SP_DesktopIcon"),
    PageInfo("briefing", "reetool.ui.briefing.page", "BriefingPage", "SP_MediaPlay"),
    PageInfo("reference", "reetool.ui.reference.page", "ReferencePage", "SP_FileDialogContentsView"),
    PageInfo("sources", "reetool.ui.sources_page", "SourcesPage", "SP_FileDialogInfoView"),
)

PAGE_IDS = tuple(p.page_id for p in PAGES)


def page_info(page_id: str) -> PageInfo:
    for p in PAGES:
        if p.page_id == page_id:
            return p
    raise KeyError(page_id)
