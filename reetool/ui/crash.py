"""Unexpected errors in the window: logged to the user data folder and shown, never silent.

Installed by ``reetool`` (the GUI) as ``sys.excepthook``. The traceback goes to
``<user data>/logs/errors.log`` (appended; a log is not user work, so no atomic rewrite);
the user sees a short message naming that file. The app keeps running.
"""

from __future__ import annotations

import datetime as _dt
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication

_showing: list[bool] = []


def log_path() -> Path:
    from reetool.appdirs import user_data_dir

    return user_data_dir() / "logs" / "errors.log"


def write_log(exc_type, exc, tb) -> Path | None:
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = _dt.datetime.now().isoformat(timespec="seconds")
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp}\n{''.join(traceback.format_exception(exc_type, exc, tb))}\n")
        return path
    except OSError:
        return None


def excepthook(exc_type, exc, tb) -> None:
    sys.__excepthook__(exc_type, exc, tb)
    path = write_log(exc_type, exc, tb)
    if _showing or QCoreApplication.instance() is None:
        return
    _showing.append(True)
    try:
        translate = QCoreApplication.translate
        text = translate("Crash", "Something went wrong: {error}").format(error=f"{exc_type.__name__}: {exc}")
        if path is not None:
            text += "\n\n" + translate("Crash", "The details were written to {file}. Your data is unchanged; "
                                         "you can keep working.").format(file=str(path))
        from PySide6.QtWidgets import QMessageBox   # only now: not on the start-up path

        QMessageBox.warning(None, translate("Crash", "reetool — unexpected error"), text)
    finally:
        _showing.clear()


def install() -> None:
    sys.excepthook = excepthook
