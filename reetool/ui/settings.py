"""The application's QSettings, honouring REETOOL_CONFIG_DIR / REETOOL_DATA_DIR."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reetool import APP_NAME, ORG_NAME
from reetool.appdirs import config_dir


def settings() -> QSettings:
    folder = config_dir()
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / "reetool.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
