"""The bundle's English notes on catalogue items and changes, shown in the interface language.

The notes of resources/data/catalogue_*.csv (completeness "PARTIAL: …", evidence) are long
English texts as the reference compiled them. In the Chinese interface an item's completeness
is summed up in Chinese from its structured fields (what the bundle holds of it, its
confidence), with the English note kept below, labelled as the bundle's English; evidence is
shown in English under that label. A change's notes have a Chinese rendering
(``notes_zh``, reetool's own) with the English note kept beside it. In English everything is
shown as written. The data and their exports keep the English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from reetool.data.catalogue import Item
from reetool.ui.catalogue import labels
from reetool.ui.i18n import is_chinese as chinese


def english_original(note: str) -> str:
    """``note`` labelled as the bundle's note in English, as written (Chinese interface)."""
    return Q.translate("CatalogueNotes", "Note in the bundle (English original): {note}").format(note=note)


def holdings(item: Item) -> tuple[list[str], list[str]]:
    """What the bundle holds of ``item`` and what it lacks, as short phrases."""
    held, lacks = [], []
    (held if item.code else lacks).append(Q.translate("CatalogueNotes", "code"))
    (held if item.name_zh else lacks).append(Q.translate("CatalogueNotes", "Chinese name"))
    if item.name_en and not item.name_zh:
        held.append(Q.translate("CatalogueNotes", "an English name ({origin})").format(
            origin=labels.origin(item.name_en_origin) or Q.translate("CatalogueNotes", "origin not stated")))
    (held if item.sector_zh else lacks).append(Q.translate("CatalogueNotes", "sector"))
    if item.points:
        held.append(Q.translate("CatalogueNotes", "{n} control point(s)").format(n=len(item.points)))
    else:
        lacks.append(Q.translate("CatalogueNotes", "control points"))
    return held, lacks


def completeness_summary(item: Item) -> str:
    """What the bundle holds of the item and how sure it is, from its fields (reetool's words)."""
    if item.origin == "import":
        return Q.translate("CatalogueNotes", "Imported by you.")
    held, lacks = holdings(item)
    sep = Q.translate("CatalogueNotes", ", ")
    return Q.translate("CatalogueNotes", "The bundle holds: {held}; it lacks: {lacks} ({confidence}).").format(
        confidence=labels.confidence(item.confidence),
        held=sep.join(held) or Q.translate("CatalogueNotes", "nothing"),
        lacks=sep.join(lacks) or Q.translate("CatalogueNotes", "nothing"))


def completeness_lines(item: Item) -> list[str]:
    """The completeness note as shown: as written in English; in Chinese the summary, then
    the English note labelled as such."""
    if not item.completeness:
        return []
    if not chinese():
        return [item.completeness]
    if item.origin == "import":     # reetool's word for an import, or the user's own text
        own = item.completeness not in ("imported", "imported text")
        return [completeness_summary(item)] + ([item.completeness] if own else [])
    return [completeness_summary(item), english_original(item.completeness)]


def evidence_text(item: Item) -> str:
    """The item's evidence with its label (labelled as English in the Chinese interface)."""
    if not item.evidence:
        return ""
    if chinese():
        return Q.translate("CatalogueNotes", "Evidence (the bundle's English original): {text}").format(text=item.evidence)
    return Q.translate("CatalogueNotes", "Evidence: {text}").format(text=item.evidence)


def change_note(notes: str, notes_zh: str) -> str:
    """A change's notes as a cell shows them: in Chinese reetool's rendering (or the English
    labelled as such when there is none)."""
    if not notes or not chinese():
        return notes
    return notes_zh or english_original(notes)


def change_note_lines(notes: str, notes_zh: str) -> list[str]:
    """A change's notes in full: in Chinese the rendering marked as reetool's, then the
    English original labelled as such."""
    if not notes:
        return []
    if not chinese():
        return [notes]
    if not notes_zh:
        return [english_original(notes)]
    return [Q.translate("CatalogueNotes", "{text} (reetool rendering)").format(text=notes_zh), english_original(notes)]
