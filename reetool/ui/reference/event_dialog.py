"""Add or edit one of the user's own timeline events (bundled events are read-only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from reetool.data import DataError
from reetool.data.timeline import KINDS
from reetool.data.timeline_store import event_fields, event_from_fields
from reetool.state.reference import ReferenceState
from reetool.ui.reference import error_texts, labels
from reetool.ui.theme_colors import set_tone

TEXT = ("date", "country", "title_en", "title_zh", "instrument", "effective", "suspended_from",
        "suspended_until", "lapses", "ended", "commodities", "elements", "source", "notes")


class EventDialog(QDialog):
    def __init__(self, state: ReferenceState, event=None, parent=None):
        super().__init__(parent)
        self.setObjectName("event_dialog")
        self.state = state
        self.editing = event
        self.result_event = None
        self.setWindowTitle(self.tr("Edit your event") if event else self.tr("Add your event"))
        # room for a title or a source in the fields (a Chinese dialog sized itself ~320 px)
        self.setMinimumWidth(min(640, 46 * self.fontMetrics().averageCharWidth()))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        names = {
            "date": self.tr("Announced (YYYY-MM-DD)"), "country": self.tr("Country"),
            "title_en": self.tr("Title (English)"), "title_zh": self.tr("Title (Chinese)"),
            "instrument": self.tr("Instrument / number"), "effective": self.tr("Effective"),
            "suspended_from": self.tr("Suspended from"), "suspended_until": self.tr("Suspended until"),
            "lapses": self.tr("Lapses after"), "ended": self.tr("Ended"),
            "commodities": self.tr("Commodities (; separated)"),
            "elements": self.tr("Element symbols (; separated)"), "source": self.tr("Your source"),
            "notes": self.tr("Notes")}
        self.kind = QComboBox(objectName="event_kind")
        for k in KINDS:
            self.kind.addItem(labels.kind(k), k)
        for name in TEXT:
            edit = QLineEdit(objectName=f"event_{name}")
            self.fields[name] = edit
            form.addRow(names[name], edit)
            if name == "country":
                form.addRow(self.tr("Kind"), self.kind)
        self.error = QLabel(objectName="event_error", wordWrap=True)
        set_tone(self.error, "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("Your events are marked as yours and stored apart from the bundled "
                              "sources, in your data folder."), wordWrap=True)
        lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        if event is not None:
            values = event_fields(event)
            for name, edit in self.fields.items():
                edit.setText(str(values.get(name) or ""))
            self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
        else:
            self.kind.setCurrentIndex(KINDS.index("export_control"))

    def values(self) -> dict:
        return {**{n: e.text() for n, e in self.fields.items()}, "kind": self.kind.currentData()}

    def accept(self) -> None:
        try:
            event = event_from_fields(self.values(), file=self.tr("your event"))
        except DataError as exc:
            self.error.setText(error_texts.save_error(exc))
            return
        if self.editing is not None:
            self.result_event = self.state.edit_event(self.editing.event_id, event)
        else:
            self.result_event = self.state.add_event(event)
        super().accept()
