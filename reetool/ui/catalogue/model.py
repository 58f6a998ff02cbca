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
        self.haystacks: list[str] = [it.search_text() for it in self.items]
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        self.reordered_hooks = []   # called with the permutation while the layout changes

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.haystacks = [it.search_text() for it in self.items]
        if self.sort_column >= 0:
            order = self._order(self.sort_column, self.sort_order)
            self.items = [self.items[i] for i in order]
            self.haystacks = [self.haystacks[i] for i in order]
        self.endResetModel()

    def sort_key(self, item: Item, col: str) -> str:
        code = item.code or "~" + item.item_id
        if col == "code":
            return code
        if col == "status":
            return f"{item.status}|{code}"
        if col == "quality":
            return f"{ {'high': 0, 'medium': 1, 'low': 2}.get(item.confidence, 3)}|{code}"
        if col == "name":
            return f"{self.name_sort_key(item)}|{code}"
        return f"{self.sector_text(item)}|{code}"

    def _order(self, column: int, order) -> list[int]:
        col = COLUMNS[column]
        keys = [self.sort_key(it, col) for it in self.items]
        return sorted(range(len(keys)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python with precomputed keys (the proxy itself stays unsorted,
        so filtering never pays for sorting)."""
        self.sort_column, self.sort_order = column, order
        if column < 0 or not self.items:
            return
        perm = self._order(column, order)
        if perm == list(range(len(perm))):
            return
        self.layoutAboutToBeChanged.emit()
        new_row = [0] * len(perm)
        for new, old in enumerate(perm):
            new_row[old] = new
        self.items = [self.items[i] for i in perm]
        self.haystacks = [self.haystacks[i] for i in perm]
        old_persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            old_persistent, [self.index(new_row[i.row()], i.column()) for i in old_persistent])
        for hook in self.reordered_hooks:
            hook(perm)
        self.layoutChanged.emit()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def sector_text(self, item: Item) -> str:
        return labels.sector(item.sector_zh, item.sector_en) or "—"

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
        if role == SORT_ROLE:
            return self.sort_key(item, col)
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
    Sorting is delegated to the source model (Python sort on precomputed keys), so the
    proxy never calls back into Python for comparisons.
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
        self._base: list[bool] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._reindex)
        model.reordered_hooks.append(self._reordered)
        self._reindex()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def _reindex(self) -> None:
        self._matcher = Matcher(self.sourceModel().haystacks)
        rows = self._matcher.match(self.query)
        self._search_rows = None if rows is None else set(rows)
        self._base = self._compute_base()
        self._apply()

    def _reordered(self, perm: list[int]) -> None:
        """The source model reordered its rows (perm[new] = old): follow it, before the
        proxy rebuilds its mapping."""
        self._base = [self._base[i] for i in perm]
        self._accepted = [self._accepted[i] for i in perm]
        self._matcher = Matcher(self.sourceModel().haystacks)
        rows = self._matcher.match(self.query)
        self._search_rows = None if rows is None else set(rows)

    def _compute_base(self) -> list[bool]:
        """Rows passing every filter except the search text."""
        version, status, sector, stage = self.version, self.status, self.sector, self.stage
        re_only = self.rare_earth_only
        return [(version is None or it.version == version)
                and (status is None or it.status == status)
                and (sector is None or (it.sector_zh or it.sector_en) == sector)
                and (not re_only or it.rare_earth)
                and (stage is None or stage in it.stages)
                for it in self.sourceModel().items]

    def _combine(self) -> list[bool]:
        if self._search_rows is None:
            return list(self._base)
        base, out = self._base, [False] * len(self._base)
        for r in self._search_rows:
            out[r] = base[r]
        return out

    def _apply(self) -> None:
        # One layout change rather than incremental row removals/insertions: a keystroke that
        # hides thousands of scattered rows would otherwise emit thousands of signals.
        self._accepted = self._combine()
        self.invalidate()

    def set_filters(self, **values) -> None:
        for key, value in values.items():
            if not hasattr(self, key):
                raise AttributeError(key)
            setattr(self, key, value)
        self._base = self._compute_base()
        self._apply()

    def set_query(self, text: str) -> None:
        self.query = text
        rows = self._matcher.match(text)
        self._search_rows = None if rows is None else set(rows)
        self._apply()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        return source_row < len(self._accepted) and self._accepted[source_row]

    def item(self, proxy_row: int) -> Item:
        return self.index(proxy_row, 0).data(ITEM_ROLE)

    def visible_items(self) -> list[Item]:
        return [self.item(r) for r in range(self.rowCount())]
