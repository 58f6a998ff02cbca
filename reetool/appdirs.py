"""Where the user's own data and settings live.

``REETOOL_DATA_DIR`` overrides the data folder (portable use from a USB stick, and tests);
``REETOOL_CONFIG_DIR`` overrides the settings folder. With only ``REETOOL_DATA_DIR`` set,
settings are kept beside the data, so a portable copy carries its settings along.
Otherwise the platform's application-data location (QStandardPaths) is used.
"""

from __future__ import annotations

import os
from pathlib import Path

from reetool import APP_NAME, ORG_NAME


def user_data_dir(create: bool = True) -> Path:
    env = os.environ.get("REETOOL_DATA_DIR")
    if env:
        path = Path(env).expanduser()
    else:
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path | None:
    """Folder for the settings file, or None for the platform's native place."""
    env = os.environ.get("REETOOL_CONFIG_DIR") or os.environ.get("REETOOL_DATA_DIR")
    return Path(env).expanduser() if env else None
