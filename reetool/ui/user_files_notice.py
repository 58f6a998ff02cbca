"""After the window's first paint (reetool.ui.after_paint): clean stale temp files, check the
user's stores, and name every damaged file in ONE non-blocking notice (never a modal before
the window shows).

The data layer (reetool.data.user_files) moves damaged files aside and records them; this
module only tells the user. Files set aside later in the session (a store read when a page
opens) are announced the same way, a moment after they are found.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from reetool.data import user_files
from reetool.ui.after_paint import FirstPaint, defer


def reason_text(entry) -> str:
    """Why the file was set aside, in the current language where the fault is known."""
    translate = QCoreApplication.translate
    known = {
        "json": translate("UserFiles", "is not valid JSON (cut short, or edited by hand)"),
        "too_deep": translate("UserFiles", "is nested too deeply to be a file reetool wrote"),
        "not_finite": translate("UserFiles", "holds a number that is not finite (NaN, infinity or "
                                             "too many digits)"),
        "not_regular": translate("UserFiles", "is not a regular file (a link to a device, a pipe "
                                              "or a folder)"),
        "too_large": translate("UserFiles", "is too large to be a file reetool wrote"),
        "encoding": translate("UserFiles", "is not UTF-8 text"),
        "format": translate("UserFiles", "does not hold what reetool wrote (a field is missing "
                                         "or of the wrong kind)"),
        "bad_value": translate("UserFiles", "holds a value of the wrong kind"),
        "out_of_range": translate("UserFiles", "holds a value out of its range"),
    }
    if entry.code not in known:     # a finer code of a bad field (e.g. a stored event's)
        from reetool.data.timeline_store import FIELD_CODES

        if entry.code in FIELD_CODES:
            return known["bad_value"]
    return known.get(entry.code, entry.reason)


def _shown_path(path, root) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def notice_text(entries) -> str:
    translate = QCoreApplication.translate
    root = user_files.user_root()
    lines = [translate("UserFiles", "Some of your saved files could not be read. They were moved "
                                    "aside (nothing was deleted) and reetool started without them:")]
    for e in entries:
        name = _shown_path(e.original, root)
        if e.moved_to is not None:
            lines.append("• " + translate("UserFiles", "{file}: {reason}. Kept as {kept}.").format(
                file=name, reason=reason_text(e), kept=e.moved_to.name))
        else:
            lines.append("• " + translate("UserFiles", "{file}: {reason}.").format(
                file=name, reason=reason_text(e)))
    lines.append(translate("UserFiles", "Folder: {folder}").format(folder=str(root)))
    return "\n".join(lines)


class Notice(QObject):
    """Watches the window for its first paint, then checks and announces."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.pending: list = []
        self.shown: list = []          # entries already announced
        self.box: QMessageBox | None = None
        self._unsubscribe = user_files.subscribe(self._found)
        window.destroyed.connect(self._unsubscribe)
        run = lambda: self.after_first_paint()   # noqa: E731 (looked up when it runs)
        after = getattr(window, "after_paint", None)     # the main window's queue
        if after is not None:
            after.add(run)
            self.watch = after
        else:                                            # any other window
            self.watch = FirstPaint(window, lambda: defer(self, run))

    @property
    def painted(self) -> bool:
        return self.watch.painted

    def after_first_paint(self) -> None:
        user_files.clean_stale_temps()
        user_files.check_stores()       # damaged files are set aside and reach _found
        self._flush()

    def _found(self, entry) -> None:
        self.pending.append(entry)
        if self.painted:
            QTimer.singleShot(0, self._flush)

    def _flush(self) -> None:
        entries = [e for e in user_files.recent() if e not in self.shown]
        self.pending.clear()
        if not entries:
            return
        self.shown.extend(entries)
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("UserFiles", "reetool — damaged files set aside"),
                          notice_text(entries), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("user_files_notice")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.box = box


def install(window) -> Notice:
    return Notice(window)
