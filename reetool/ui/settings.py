"""The application's QSettings, honouring REETOOL_CONFIG_DIR / REETOOL_DATA_DIR.

The settings file is checked once per run before Qt reads it: a file that is not a regular
file, is over 1 MB, is not UTF-8 text or that Qt reports as malformed is moved aside
(reetool.data.user_files) and reetool starts with default settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from reetool import APP_NAME, ORG_NAME
from reetool.appdirs import config_dir

MAX_SETTINGS_BYTES = 1024 * 1024
_checked: set[str] = set()


def settings_path() -> Path:
    folder = config_dir()
    if folder is not None:
        return folder / "reetool.ini"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / ORG_NAME / f"{APP_NAME}.ini"


def _problem(path: Path) -> tuple[str, str] | None:
    from reetool.data import DataError
    from reetool.data.textio import decode_utf8, read_bytes

    try:
        decode_utf8(read_bytes(path, MAX_SETTINGS_BYTES), path)
    except DataError as exc:
        return None if exc.code == "unreadable" else (exc.message, exc.code)
    if QSettings(str(path), QSettings.Format.IniFormat).status() != QSettings.Status.NoError:
        return "is not a valid settings file", "format"
    return None


def check_settings_file(path: Path) -> None:
    """Move a damaged settings file aside (once per run and file)."""
    key = str(path)
    if key in _checked:
        return
    _checked.add(key)
    if not os.path.lexists(path):
        return
    problem = _problem(path)
    if problem:
        from reetool.data import user_files

        user_files.set_aside(path, problem[0], ours=True, code=problem[1])


def settings() -> QSettings:
    folder = config_dir()
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    path = settings_path()
    check_settings_file(path)
    if folder is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
