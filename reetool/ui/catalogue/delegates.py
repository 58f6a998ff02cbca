"""Painting of the catalogue table: status badges and highlighted search matches."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QFontMetrics, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reetool.data.catalogue_search import find_spans
from reetool.ui.catalogue.model import COLUMNS, ITEM_ROLE, NAME_PARTS_ROLE
from reetool.ui.theme_colors import qtone, tone

# Badges differ by shape and word as well as colour (readable on a projector, and by
# anyone who does not tell red from amber).
BADGES = {
    "prohibited": ("■", QColor("#9b1c1c"), QColor("#ffffff"), QColor("#9b1c1c")),
    "restricted": ("▲", QColor("#fde68a"), QColor("#3d2a00"), QColor("#a16207")),
}
NAME_COLUMN = COLUMNS.index("name")


def _italic(font: QFont, origin: str) -> QFont:
    """English written by reetool is set in italics."""
    if origin != "reetool":
        return font
    italic = QFont(font)
    italic.setItalic(True)
    return italic


def _elide(text: str, font: QFont, width: int) -> str:
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 10))


class StatusBadgeDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        item = index.data(ITEM_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if item is None:
            return
        shape, fill, text_colour, border = BADGES[item.status]
        text = f"{shape} {index.data()}"
        font = QFont(option.font)
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        w = min(metrics.horizontalAdvance(text) + 14, option.rect.width() - 6)
        h = min(metrics.height() + 6, option.rect.height() - 4)
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - h / 2, w, h)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(text_colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 30, max(size.height(), option.fontMetrics.height() + 10))


class HighlightDelegate(QStyledItemDelegate):
    """Draws the cell text with every match of the current query highlighted. The name
    column shows the Chinese name over the English one (italic when reetool wrote it)."""

    def __init__(self, query_source, parent=None):
        super().__init__(parent)
        self.query_source = query_source   # callable returning the current query

    @staticmethod
    def marked(text: str, query: str) -> str:
        spans = find_spans(text, query) if query else []
        parts, pos = [], 0
        for start, length in spans:
            parts.append(html.escape(text[pos:start]))
            parts.append(f"<span style='background-color:{tone('match_bg')}; color:{tone('match_fg')}'>"
                         f"{html.escape(text[start:start + length])}</span>")
            pos = start + length
        parts.append(html.escape(text[pos:]))
        return "".join(parts)

    def paint(self, painter, option, index) -> None:
        query = self.query_source()
        # Ask for the name parts only where they exist: an absent value would come back from
        # C++ as an unowned None (PySide6 6.12), see combos.py.
        name_parts = index.data(NAME_PARTS_ROLE) if index.column() == NAME_COLUMN else None
        text = (index.data() or "") if name_parts is None else ""
        if name_parts is None and not (query and find_spans(text, query)):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).width() - 6
        if name_parts is not None:     # too long for the column: cut with "…" (the tooltip has all)
            zh, en, origin = name_parts
            name_parts = (_elide(zh, opt.font, width), _elide(en, _italic(opt.font, origin), width),
                          origin)
        else:
            text = "\n".join(_elide(line, opt.font, width) for line in text.split("\n"))
        if name_parts is not None and not (query and (find_spans(name_parts[0], query)
                                                      or find_spans(name_parts[1], query))):
            self._paint_name(painter, opt, style, name_parts, selected)
            return
        if name_parts is not None:
            zh, en, origin = name_parts
            en_html = self.marked(en, query)
            if origin == "reetool":
                en_html = f"<i>{en_html}</i>"
            grey = "" if selected else f" style='color:{tone('muted')}'"
            body = f"{self.marked(zh, query)}<br><span{grey}>{en_html}</span>"
        else:
            body = self.marked(text, query).replace("\n", "<br>")
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(f"<div style='white-space:pre'>{body}</div>")
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        top = text_rect.top() + max(0.0, (text_rect.height() - doc.size().height()) / 2)
        painter.translate(text_rect.left() + 3, top)
        clip = QRectF(0, 0, text_rect.width() - 3, text_rect.height())
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        group = QPalette.ColorGroup.Normal
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group, role))
        ctx.clip = clip
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    @staticmethod
    def _paint_name(painter, opt, style, name_parts, selected: bool) -> None:
        """The two-line name without a match to mark: drawn directly (a QTextDocument per
        cell is the slow part of painting the table, e.g. at start-up)."""
        zh, en, origin = name_parts
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        group = QPalette.ColorGroup.Normal
        text = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text)
        fm = opt.fontMetrics
        top = rect.top() + max(0, (rect.height() - 2 * fm.lineSpacing()) // 2)
        painter.save()
        painter.setClipRect(rect)
        painter.setFont(opt.font)
        painter.setPen(text)
        painter.drawText(rect.left() + 3, top + fm.ascent(), zh)
        painter.setFont(_italic(opt.font, origin))
        painter.setPen(text if selected else qtone("muted"))
        painter.drawText(rect.left() + 3, top + fm.lineSpacing() + fm.ascent(), en)
        painter.restore()
