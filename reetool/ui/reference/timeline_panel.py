"""Timeline section: filters, the table of measures with their status on a day, the detail
with links, and the user's own events (add, edit, import, export). Renders ReferenceState."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QPushButton, QSpinBox, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from reetool.data import DataError
from reetool.data.timeline import DATE_FIELDS, KINDS
from reetool.state.reference import ReferenceState
from reetool.ui.flow_layout import flow_row
from reetool.ui.names import commodity_name
from reetool.ui.reference import error_texts, labels
from reetool.ui.theme_colors import qtone, set_tone, tone

COLUMNS = ("date", "country", "kind", "title", "status")
# status → the theme's semantic colour (announced: the normal text colour)
STATUS_TONES = {"in_force": "ok", "suspended": "warn", "unknown": "error",
                "lapsed": "muted", "superseded": "muted", "ended": "muted"}


def _pair(*widgets) -> QWidget:
    """Widgets kept together on one line of a wrapping row (a label and its fields)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for w in widgets:
        row.addWidget(w)
    return holder


class TimelineModel(QAbstractTableModel):
    def __init__(self, state: ReferenceState, parent=None):
        super().__init__(parent)
        self.state = state
        self.rows = state.visible()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self.state.visible()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def title(self, e) -> str:
        return (e.title_zh or e.title_en) if labels.zh_first() else e.title_en

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "date":
                return e.announced
            if col == "country":
                return labels.country(e.country)
            if col == "kind":
                return labels.kind(e.kind)
            if col == "title":
                mine = self.tr(" (your event)") if e.is_user else ""
                return self.title(e) + mine
            st = self.state.status_of(e.event_id)
            text = labels.status(st.key)
            return text + (self.tr(" (in part)") if st.partial else "")
        if role == Qt.ItemDataRole.ToolTipRole:     # an elided cell is whole on hover
            return self.title(e) if col == "title" else self.data(index)
        if role == Qt.ItemDataRole.ForegroundRole and col == "status":
            name = STATUS_TONES.get(self.state.status_of(e.event_id).key)
            return QBrush(qtone(name)) if name else None
        if role == Qt.ItemDataRole.BackgroundRole and e.is_user:
            return QBrush(qtone("user_bg"))
        if role == Qt.ItemDataRole.UserRole:
            return e.event_id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {"date": self.tr("Date"), "country": self.tr("Country"), "kind": self.tr("Kind"),
                "title": self.tr("Measure"), "status": self.tr("Status")}[COLUMNS[section]]


class TimelinePanel(QWidget):
    link_activated = Signal(QUrl)

    def __init__(self, state: ReferenceState, parent=None):
        super().__init__(parent)
        self.state = state
        self._syncing = False
        lo, hi = state.timeline.years()
        self.year_from = QSpinBox(objectName="timeline_year_from")
        self.year_to = QSpinBox(objectName="timeline_year_to")
        for box in (self.year_from, self.year_to):
            box.setRange(1990, 2100)
        self.country = QComboBox(objectName="timeline_country")
        self.kind = QComboBox(objectName="timeline_kind")
        self.commodity = QComboBox(objectName="timeline_commodity")
        self.status = QComboBox(objectName="timeline_status")
        self.as_of = QDateEdit(objectName="timeline_as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.clear_button = QPushButton(objectName="timeline_clear")
        self.as_of_label, self.years_label = QLabel(), QLabel()
        self.banner = QLabel(objectName="timeline_banner", wordWrap=True)
        set_tone(self.banner, "error")
        self.model = TimelineModel(state, self)
        self.table = QTableView(objectName="timeline_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        for col, width in zip(range(len(COLUMNS)), (86, 90, 120, 300, 110)):
            if COLUMNS[col] != "title":
                self.table.setColumnWidth(col, width)
        self.detail = QTextBrowser(objectName="timeline_detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self.link_activated.emit)
        self.add_button = QPushButton(objectName="timeline_add")
        self.edit_button = QPushButton(objectName="timeline_edit")
        self.remove_button = QPushButton(objectName="timeline_remove")
        self.import_button = QPushButton(objectName="timeline_import")
        self.export_button = QPushButton(objectName="timeline_export")
        self.count = QLabel(objectName="timeline_count")

        # filters and buttons wrap onto a second line on a narrow screen: every combo shows
        # its whole choice and the window keeps the width of a 1024-pixel projector
        for combo in (self.country, self.kind, self.commodity, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters = flow_row(_pair(self.years_label, self.year_from, self.year_to), self.country,
                           self.kind, self.commodity, self.status,
                           _pair(self.as_of_label, self.as_of), self.clear_button, spacing=4)
        buttons = flow_row(self.add_button, self.edit_button, self.remove_button,
                           self.import_button, self.export_button, self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([330, 230])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(filters)
        lay.addWidget(self.banner)
        lay.addWidget(split, 1)
        lay.addWidget(buttons)

        self.year_from.setValue(lo)
        self.year_to.setValue(hi)
        self.as_of.setDate(QDate(state.as_of.year, state.as_of.month, state.as_of.day))
        self.year_from.valueChanged.connect(self._years_chosen)
        self.year_to.valueChanged.connect(self._years_chosen)
        for combo, name in ((self.country, "country"), (self.kind, "kind"),
                            (self.commodity, "commodity"), (self.status, "status")):
            combo.currentIndexChanged.connect(lambda _i, c=combo, n=name: self._filter_chosen(n, c))
        self.as_of.dateChanged.connect(self._as_of_chosen)
        self.clear_button.clicked.connect(state.clear_filters)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.add_button.clicked.connect(lambda: self.open_editor())
        self.edit_button.clicked.connect(lambda: self.open_editor(self.state.selected))
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(lambda: self.import_events())
        self.export_button.clicked.connect(lambda: self.export_events())
        state.subscribe(self._on_state)
        self.retranslate()

    # --- widgets → state ------------------------------------------------------------------
    def _years_chosen(self, _value=None) -> None:
        if not self._syncing:
            self.state.set_years(self.year_from.value(), self.year_to.value())

    def _filter_chosen(self, name: str, combo: QComboBox) -> None:
        if not self._syncing:
            self.state.set_filter(name, combo.currentData())

    def _as_of_chosen(self, qdate: QDate) -> None:
        if not self._syncing:
            self.state.set_as_of(dt.date(qdate.year(), qdate.month(), qdate.day()))

    def _row_chosen(self, current: QModelIndex, _previous=None) -> None:
        if not self._syncing:
            self.state.select(current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None)

    # --- state → widgets ------------------------------------------------------------------
    def _on_state(self, fields: frozenset) -> None:
        if fields & {"year_from", "year_to", "country", "kind", "commodity", "status", "as_of", "events"}:
            self._sync_filters()
            self.model.refresh()
            self._reselect()
        elif "selected" in fields:
            self._reselect()
        self._update_texts()

    def _sync_filters(self) -> None:
        self._syncing = True
        try:
            self.year_from.setValue(self.state.year_from)
            self.year_to.setValue(self.state.year_to)
            for combo, name in ((self.country, "country"), (self.kind, "kind"),
                                (self.commodity, "commodity"), (self.status, "status")):
                combo.setCurrentIndex(max(0, combo.findData(getattr(self.state, name))))
            d = self.state.as_of
            self.as_of.setDate(QDate(d.year, d.month, d.day))
        finally:
            self._syncing = False

    def _reselect(self) -> None:
        self._syncing = True
        try:
            self.table.clearSelection()
            for row, e in enumerate(self.model.rows):
                if e.event_id == self.state.selected:
                    self.table.selectRow(row)
                    self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._syncing = False

    def _fill_combos(self) -> None:
        self._syncing = True
        try:
            tl = self.state.timeline
            for combo, values, label in (
                    (self.country, tl.countries(), labels.country),
                    (self.kind, list(KINDS), labels.kind),
                    (self.commodity, tl.commodities(), commodity_name),
                    (self.status, ["announced", "in_force", "suspended", "lapsed", "superseded",
                                   "ended", "unknown"], labels.status)):
                combo.clear()
                combo.addItem({self.country: self.tr("Any country"), self.kind: self.tr("Any kind"),
                               self.commodity: self.tr("Any commodity"),
                               self.status: self.tr("Any status")}[combo], None)
                for v in values:
                    combo.addItem(label(v), v)
        finally:
            self._syncing = False
        self._sync_filters()

    def _update_texts(self) -> None:
        self.count.setText(self.tr("{shown} of {total} measures · bundle current to {date}").format(
            shown=len(self.model.rows), total=len(self.state.timeline.events),
            date=self.state.current_to or "—"))
        self.banner.setText(labels.beyond(self.state.current_to) if self.state.beyond_bundle() else "")
        self.banner.setVisible(self.state.beyond_bundle())
        e = self.state.selected_event()
        self.edit_button.setEnabled(bool(e and e.is_user))
        self.remove_button.setEnabled(bool(e and e.is_user))
        self.detail.setHtml(self.detail_html(e) if e else "")

    def restyle(self) -> None:
        self._update_texts()               # the detail's HTML carries the theme's colours
        self.table.viewport().update()

    def detail_html(self, e) -> str:
        esc = html.escape
        st = self.state.status_of(e.event_id)
        zh = labels.zh_first()
        title = (e.title_zh or e.title_en) if zh else e.title_en
        other = e.title_en if zh else e.title_zh
        other_origin = e.title_en_origin if zh else e.title_zh_origin
        parts = [f"<h3>{esc(title)}</h3>"]
        if other:
            parts.append(f"<p>{esc(other)} <i>({esc(labels.origin(other_origin))})</i></p>")
        status = labels.status(st.key)
        if st.partial:
            part = (e.suspended_part_zh or st.partial) if zh and st.partial == e.suspended_part else st.partial
            status += " — " + self.tr("only {part}").format(part=part)
        if st.until:
            status += " " + self.tr("until {date}").format(date=st.until)
        parts.append("<p><b>" + esc(self.tr("Status on {day}: {status}").format(
            day=self.state.as_of.isoformat(), status=status)) + "</b></p>")
        if st.key == "unknown" or st.beyond_bundle:
            parts.append(f"<p style='color:{tone('error')}'>{esc(labels.beyond(self.state.current_to))}</p>")
        summary = (e.summary_zh or e.summary_en) if zh else e.summary_en
        if summary:
            parts.append(f"<p>{esc(summary)}</p>")
        if zh and (e.summary_zh or e.instrument_zh or e.notes_zh) and e.origin == "bundle":
            note = self.tr("Chinese summary, instrument and notes: reetool rendering")
            parts.append(f"<p><i>{esc(note)}</i></p>")
        instrument = (e.instrument_zh or e.instrument) if zh else e.instrument
        rows = [(self.tr("Instrument"), esc(instrument or "—")),
                (self.tr("Kind"), esc(labels.kind(e.kind))), (self.tr("Country"), esc(labels.country(e.country)))]
        rows += [(labels.date_field(f), esc(getattr(e, f))) for f in DATE_FIELDS if getattr(e, f)]
        for ref, label in ((e.suspended_by, self.tr("Suspended by")), (e.superseded_by, self.tr("Superseded by"))):
            if ref:
                rows.append((label, f"<a href='event:{esc(ref)}'>{esc(ref)}</a>"))
        cat_word = self.tr("Catalogue {v}")
        links = [f"<a href='catver:{esc(v)}'>{esc(cat_word.format(v=v))}</a>"
                 for v in e.catalogue_versions]
        links += [f"<a href='catitem:{esc(v)}/{esc(c)}'>{esc(c)} ({esc(v)})</a>" for v, c in e.catalogue_items]
        if links:
            rows.append((self.tr("Catalogue"), ", ".join(links)))
        if e.commodities:
            rows.append((self.tr("Commodities"), ", ".join(
                f"<a href='chart:{esc(c)}'>{esc(commodity_name(c))}</a>" for c in e.commodities)))
        if e.elements:
            rows.append((self.tr("Elements"), ", ".join(
                f"<a href='element:{esc(s)}'>{esc(s)}</a>" for s in e.elements)))
        if e.notes:     # the user's own notes as written
            rows.append((self.tr("Notes"), esc((e.notes_zh or e.notes) if zh else e.notes)))
        if e.is_user:
            rows.append((self.tr("Sources"), esc(self.tr("your own event: {s}").format(s="; ".join(e.sources)))))
        else:
            rows.append((self.tr("Sources"), ", ".join(
                f"<a href='source:{esc(s)}'>{esc(s)}</a>" for s in e.sources)))
        body = "".join(f"<tr><th align='left' valign='top'>{esc(k)}</th><td>{v}</td></tr>" for k, v in rows)
        return "".join(parts) + f"<table cellspacing='3'>{body}</table>"

    # --- the user's events ----------------------------------------------------------------
    def open_editor(self, event_id: str | None = None, exec_: bool = True):
        from reetool.ui.reference.event_dialog import EventDialog

        event = self.state.timeline.get(event_id) if event_id else None
        dlg = EventDialog(self.state, event, self)
        if exec_:
            dlg.exec()
        return dlg

    def remove_selected(self) -> bool:
        e = self.state.selected_event()
        return bool(e and e.is_user and self.state.remove_event(e.event_id))

    def import_events(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import events"), "",
                                                  self.tr("Events (*.csv *.json)"))
            if not path:
                return False
        try:
            added = self.state.import_file(path)
        except DataError as exc:
            self.last_error = exc.describe()
            QMessageBox.warning(self, self.tr("Import events"), self.tr(
                "Nothing was imported. {error}").format(error=error_texts.import_error(exc)))
            return False
        self.last_error = ""
        self.count.setText(self.tr("{n} events imported").format(n=len(added)))
        return True

    def export_events(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export your events"), "events.csv",
                                                  self.tr("Events (*.csv *.json)"))
            if not path:
                return None
        return str(self.state.store.export(path))

    def retranslate(self) -> None:
        self.years_label.setText(self.tr("Years"))
        self.as_of_label.setText(self.tr("Status on"))
        self.clear_button.setText(self.tr("Clear"))
        self.add_button.setText(self.tr("Add event…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.add_button.setToolTip(self.tr("Your own events are kept apart from the bundled ones"))
        self._fill_combos()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.model.refresh()
        self._reselect()
        self._update_texts()
