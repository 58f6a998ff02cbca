"""Create the QApplication with fonts, translations and identity set up."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from reetool import APP_NAME, ORG_NAME, __version__, resources
from reetool.ui import fonts, i18n
from reetool.ui.refguard import make_singletons_immortal


# what the offscreen platform says about every window it shows: true, harmless, and noise
# on a headless command's stderr
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",)
_HANDLER: list = []                  # the installed message handler, kept alive


def use_offscreen() -> None:
    """Headless commands render offscreen unless the user chose a platform; the offscreen
    platform's notes about window hints are dropped, every other Qt message goes to stderr."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        from PySide6.QtCore import qInstallMessageHandler

        def handler(_mode, _context, message: str) -> None:
            if message not in OFFSCREEN_NOISE:
                sys.stderr.write(message + "\n")

        _HANDLER[:] = [handler]
        qInstallMessageHandler(handler)


def configure(app: QApplication, lang: str | None = None) -> QApplication:
    """Identity, font, icon and language of an existing application (tests use this)."""
    make_singletons_immortal()  # PySide6 6.12 leaks references to None/True: see refguard
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    fonts.apply_app_font(app)
    icon = resources.path("icons", "reetool.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if lang is None:
        from reetool.ui.settings import settings

        lang = str(settings().value("language", i18n.system_language()))
    i18n.set_language(lang if lang in i18n.LANGUAGES else "en")
    return app


def application(lang: str | None = None, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    return configure(app, lang)
