"""Notes that come with the USGS figures ("Estimated.", "See Appendix C for resource and
reserve definitions …"), shown as written: they are the publisher's words (or the compiler's
notes on its files), not translated. In the Chinese interface a label says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q


def usgs_note(text: str | None) -> str:
    """``text`` as written, labelled in Chinese as the USGS data's English note ("" if none)."""
    if not text:
        return ""
    from reetool.ui.i18n import current_language

    if current_language() != "zh":
        return text
    return Q.translate("SourceNotes", "USGS data note (English original): {note}").format(note=text)
