"""The page registry. Adding a page is one line here and one module.

Pages are imported and built only when first shown, so start-up pays only for the
first page.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


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
    PageInfo("charts", "reetool.ui.charts.page", "ChartsPage", "SP_DesktopIcon"),
    PageInfo("sources", "reetool.ui.sources_page", "SourcesPage", "SP_FileDialogInfoView"),
    PageInfo("briefing", "reetool.ui.briefing.page", "BriefingPage", "SP_MediaPlay"),
)

PAGE_IDS = tuple(p.page_id for p in PAGES)


def page_info(page_id: str) -> PageInfo:
    for p in PAGES:
        if p.page_id == page_id:
            return p
    raise KeyError(page_id)


def page_title(page_id: str) -> str:
    titles = {
        "catalogue": QCoreApplication.translate("Pages", "Catalogue"),
        "market": QCoreApplication.translate("Pages", "Market"),
        "charts": QCoreApplication.translate("Pages", "Charts"),
        "sources": QCoreApplication.translate("Pages", "Sources"),
        "briefing": QCoreApplication.translate("Pages", "Briefing"),
    }
    return titles[page_id]
