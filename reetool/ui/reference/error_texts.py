"""Why an event cannot be saved or an events file imported, in the interface language.

The data layer (reetool.data.timeline_store) raises DataError with an English message and a
code; the known codes are said here in the current language, with the field named as the
event dialog names it. An unknown code keeps the data layer's English message.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication as Q

from reetool.data import DataError
from reetool.data.timeline_events import KINDS
from reetool.data.timeline_store import MAX_ROWS, MAX_TEXT
from reetool.ui.reference import labels
from reetool.ui.user_files_notice import reason_text


def field_name(column: str | None) -> str:
    """A field of an event as the dialog and the CSV/JSON columns name it."""
    names = {
        "date": Q.translate("EventErrors", "Announced"), "country": Q.translate("EventErrors", "Country"),
        "kind": Q.translate("EventErrors", "Kind"), "title_en": Q.translate("EventErrors", "Title (English)"),
        "title_zh": Q.translate("EventErrors", "Title (Chinese)"),
        "instrument": Q.translate("EventErrors", "Instrument / number"),
        "effective": Q.translate("EventErrors", "Effective"),
        "suspended_from": Q.translate("EventErrors", "Suspended from"),
        "suspended_until": Q.translate("EventErrors", "Suspended until"),
        "lapses": Q.translate("EventErrors", "Lapses after"), "ended": Q.translate("EventErrors", "Ended"),
        "commodities": Q.translate("EventErrors", "Commodities"),
        "elements": Q.translate("EventErrors", "Element symbols"),
        "source": Q.translate("EventErrors", "Your source"), "notes": Q.translate("EventErrors", "Notes"),
        "summary_en": Q.translate("EventErrors", "Summary (English)"),
        "summary_zh": Q.translate("EventErrors", "Summary (Chinese)"),
        "superseded_by": Q.translate("EventErrors", "Superseded by"),
        "event_id": Q.translate("EventErrors", "Event id"),
    }
    return names.get(column or "", column or "")


def message(exc: DataError) -> str:
    """What is wrong with the field (or the file), without where."""
    value = exc.value or ""
    known = {
        "required": Q.translate("EventErrors", "is required but empty"),
        "not_text": Q.translate("EventErrors", "must be text"),
        "too_long": Q.translate("EventErrors", "is longer than {n} characters").format(n=MAX_TEXT),
        "unknown_kind": Q.translate("EventErrors", "“{value}” is not one of: {kinds}").format(
            value=value, kinds=Q.translate("EventErrors", ", ").join(
                f"{k} ({labels.kind(k)})" for k in KINDS)),
        "bad_date": Q.translate("EventErrors", "“{value}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").format(
            value=value),
        "needs_suspended_from": Q.translate("EventErrors", "is required when “Suspended until” is given"),
        "until_before_from": Q.translate("EventErrors", "is before “Suspended from”"),
        "unknown_element": Q.translate("EventErrors", "“{value}” is not one of the 17 rare-earth symbols").format(
            value=value),
        "missing_column": Q.translate("EventErrors", "the column “{column}” is missing from the header").format(
            column=exc.column or ""),
        "too_many": Q.translate("EventErrors", "holds more than {n} events").format(n=MAX_ROWS),
    }
    if exc.code == "format":
        return (Q.translate("EventErrors", "this record is not an object") if exc.row is not None
                else Q.translate("EventErrors", "does not hold a list of events"))
    if exc.code in known:
        return known[exc.code]
    return reason_text(SimpleNamespace(code=exc.code, reason=exc.message))   # encoding, size, JSON …


def save_error(exc: DataError) -> str:
    """Why the dialog did not save the event, the field named as the dialog names it."""
    return Q.translate("EventErrors", "Not saved: {field}: {message}").format(
        field=field_name(exc.column), message=message(exc))


def import_error(exc: DataError) -> str:
    """Why an events file was not imported: the file, the row (CSV line or JSON record) and
    the column as the file names it. In English the data layer's own words."""
    if not labels.zh_first():
        return exc.describe()
    where = exc.file
    if exc.row is not None and exc.code != "missing_column":
        where = (Q.translate("EventErrors", "{file}, record {row}") if exc.file.lower().endswith(".json")
                 else Q.translate("EventErrors", "{file}, line {row}")).format(file=exc.file, row=exc.row)
    if exc.column and exc.code != "missing_column":
        where = Q.translate("EventErrors", "{where}, field “{field}”").format(where=where, field=exc.column)
    return Q.translate("EventErrors", "{where}: {message}").format(where=where, message=message(exc))
