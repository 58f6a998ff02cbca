"""The catalogue table: a Qt model over the page's CatalogueState (reetool.state.catalogue).

The state computes which items match (version, filters, search text) as a list of rows; the
model shows exactly that list and is reset once when it changes (one reset per keystroke),
so Qt never calls back into Python per row to filter. Sorting a column orders the state's
items by a precomputed key (the model's ``sort_key``), also without per-row callbacks.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from reetool.data.catalogue import Item
from reetool.state.catalogue import CatalogueState
from reetool.ui.catalogue import labels, note_texts

COLUMNS = ("code", "status", "sector", "name", "quality")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT_COLUMNS = (0, 2, 3)
NAME_PARTS_ROLE = Qt.ItemDataRole.UserRole + 3   # (Chinese name, English text, English origin)
ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ITEM_ROLE, SORT_ROLE,
                   NAME_PARTS_ROLE, Qt.ItemDataRole.AccessibleTextRole))


class CatalogueTableModel(QAbstractTableModel):
    """The matching items of ``state``, in the state's order."""

    def __init__(self, state: CatalogueState, parent=None):
        super().__init__(parent)
        self.state = state
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        self._items, self._rows = state.items, state.rows
        state.subscribe(self._reset, fields=("matches",))

    def _reset(self, _fields=None) -> None:
        # the state replaces its lists on every change, so the old ones stay valid until here
        self.beginResetModel()
        self._items, self._rows = self.state.items, self.state.rows
        self.endResetModel()

    # --- what the page and its tests read ------------------------------------------------
    @property
    def items(self) -> list[Item]:
        """Every item (all versions), matching or not."""
        return self.state.items

    @property
    def query(self) -> str:
        return self.state.query

    @property
    def version(self) -> str | None:
        return self.state.version

    def item(self, row: int) -> Item:
        return self._items[self._rows[row]]

    def visible_items(self) -> list[Item]:
        return [self._items[r] for r in self._rows]

    def set_items(self, items) -> None:
        self.state.set_items(items)

    def set_query(self, text: str) -> None:
        self.state.set_query(text)

    def set_filters(self, **values) -> None:
        self.state.set_filters(**values)

    # --- sorting -----------------------------------------------------------------------------
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

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Order the state's items by this column's key (computed once per item)."""
        self.sort_column, self.sort_order = column, order
        if column < 0:
            return
        col = COLUMNS[column]
        self.state.sort(lambda it: self.sort_key(it, col), order == Qt.SortOrder.DescendingOrder)

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

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
        if role not in ROLES or not index.isValid():   # Qt asks for many roles; answer few
            return None
        item = self._items[self._rows[index.row()]]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "code":
                return item.code or "—"
            if col == "status":
                return labels.status(item.status)
            if col == "sector":
                return self.sector_text(item)
            if col == "name":
                return f"{item.name_zh or '—'}\n{self.name_en_text(item)}"
            return self.quality_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "name":
                en = f"{item.name_en} ({labels.origin(item.name_en_origin)})" if item.name_en else "—"
                return f"{item.name_zh or '—'}\n{en}"
            if col == "quality":       # the cell (often cut short) and the whole note
                return "\n".join([self.quality_text(item)] + note_texts.completeness_lines(item))
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
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
