"""Table model of catalogue items and the proxy that filters them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from reetool.data.catalogue import Item
from reetool.data.catalogue_search import Matcher
from reetool.ui.catalogue import labels

COLUMNS = ("code", "status", "sector", "name", "quality")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT_COLUMNS = (0, 2, 3)
NAME_PARTS_ROLE = Qt.ItemDataRole.UserRole + 3   # (Chinese name, English text, English origin)


class CatalogueTableModel(QAbstractTableModel):
    def __init__(self, items: list[Item] = (), parent=None):
        super().__init__(parent)
        self.items: list[Item] = list(items)

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def sector_text(self, item: Item) -> str:
        if item.sector_zh and item.sector_en:
            return f"{item.sector_zh} / {item.sector_en}"
        return item.sector_zh or item.sector_en or "—"

    def name_en_text(self, item: Item) -> str:
        if not item.name_en:
            return "—"
        if item.name_en_origin == "reetool":
            return self.tr("{name} [reetool]").format(name=item.name_en)
        return item.name_en

    def quality_text(self, item: Item) -> str:
        if item.origin == "import":
            return self.tr("imported")
        conf = labels.confidence(item.confidence)
        return self.tr("⚠ partial\n{confidence}").format(confidence=conf) if item.partial else conf

    def name_sort_key(self, item: Item) -> str:
        return item.name_zh or item.name_en

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "code": item.code or "—", "status": labels.status(item.status),
                "sector": self.sector_text(item),
                "name": f"{item.name_zh or '—'}\n{self.name_en_text(item)}",
                "quality": self.quality_text(item),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "name":
                en = f"{item.name_en} ({labels.origin(item.name_en_origin)})" if item.name_en else "—"
                return f"{item.name_zh or '—'}\n{en}"
            if col == "quality":
                return item.completeness or None
            if col == "code" and not item.code:
                return self.tr("Code not seen (reetool id {id})").format(id=item.item_id)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ITEM_ROLE:
            return item
        if role == SORT_ROLE:   # strings, ties broken by code, so sorting needs no Python lessThan
            code = item.code or "~" + item.item_id
            if col == "code":
                return code
            if col == "status":
                return f"{item.status}|{code}"
            if col == "quality":
                return f"{ {'high': 0, 'medium': 1, 'low': 2}.get(item.confidence, 3)}|{code}"
            if col == "name":
                return f"{self.name_sort_key(item)}|{code}"
            return f"{self.data(index, Qt.ItemDataRole.DisplayRole)}|{code}"
        if role == NAME_PARTS_ROLE and col == "name":
            return (item.name_zh or "—", self.name_en_text(item), item.name_en_origin)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == "status":
            return labels.status(item.status)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "code": self.tr("Code"), "status": self.tr("Status"), "sector": self.tr("Sector"),
            "name": self.tr("Name (Chinese / English)"),
            "quality": self.tr("Completeness"),
        }[COLUMNS[section]]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(COLUMNS) - 1))


class CatalogueFilterProxy(QSortFilterProxyModel):
    """Filters by version, status, sector, rare-earth tag, stage and search text.

    Each change computes the accepted rows once, in Python, over precomputed folded
    haystacks (incrementally while typing); filterAcceptsRow then only looks the row up.
    """

    ALL = None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.version: str | None = None
        self.status: str | None = None
        self.sector: str | None = None      # "" = sector not seen
        self.stage: str | None = None
        self.rare_earth_only = False
        self.query = ""
        self._matcher = Matcher([])
        self._search_rows: set[int] | None = None
        self._accepted: list[bool] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._reindex)
        self._reindex()

    def _reindex(self) -> None:
        items = self.sourceModel().items
        self._matcher = Matcher([it.search_text() for it in items])
        rows = self._matcher.match(self.query)
        self._search_rows = None if rows is None else set(rows)
        self._refresh()

    def _compute(self) -> list[bool]:
        search = self._search_rows
        out = []
        for row, it in enumerate(self.sourceModel().items):
            out.append(
                (self.version is None or it.version == self.version)
                and (self.status is None or it.status == self.status)
                and (self.sector is None or (it.sector_zh or it.sector_en) == self.sector)
                and (not self.rare_earth_only or it.rare_earth)
                and (self.stage is None or self.stage in it.stages)
                and (search is None or row in search))
        return out

    def _refresh(self) -> None:
        self.beginFilterChange()
        self._accepted = self._compute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(self, **values) -> None:
        for key, value in values.items():
            if not hasattr(self, key):
                raise AttributeError(key)
            setattr(self, key, value)
        self._refresh()

    def set_query(self, text: str) -> None:
        self.query = text
        rows = self._matcher.match(text)
        self._search_rows = None if rows is None else set(rows)
        self._refresh()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        return source_row < len(self._accepted) and self._accepted[source_row]

    def item(self, proxy_row: int) -> Item:
        return self.index(proxy_row, 0).data(ITEM_ROLE)

    def visible_items(self) -> list[Item]:
        return [self.item(r) for r in range(self.rowCount())]
