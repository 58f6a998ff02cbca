"""The page registry for the interface: the pages themselves are listed, Qt-free, in
reetool.pages (re-exported here); this module adds their translated titles.

Pages are imported and built only when first shown, so start-up pays only for the
first page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reetool.pages import PAGE_IDS, PAGES, PageInfo, page_info

__all__ = ["PAGE_IDS", "PAGES", "PageInfo", "page_info", "page_title"]


def page_title(page_id: str) -> str:
    titles = {
        "catalogue": QCoreApplication.translate("Pages", "Catalogue"),
        "market": QCoreApplication.translate("Pages", "Market"),
        "charts": QCoreApplication.translate("Pages", "Charts"),
        "sources": QCoreApplication.translate("Pages", "Sources"),
        "reference": QCoreApplication.translate("Pages", "Reference"),
        "overview": QCoreApplication.translate("Pages", "Overview"),
        "briefing": QCoreApplication.translate("Pages", "Briefing"),
    }
    return titles[page_id]
