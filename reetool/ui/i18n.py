"""Run-time language switching (English / 简体中文) with Qt translators.

Every area of the UI has its own ``resources/i18n/<area>_zh_CN.qm``; all are loaded
together. Switching installs or removes the translators; Qt then sends LanguageChange
to every widget, and each widget re-reads its strings in ``retranslate()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from reetool import resources

LANGUAGES = {"en": "English", "zh": "简体中文"}
QM_SUFFIX = {"zh": "zh_CN"}

_installed: list[QTranslator] = []
_current = ["en"]


def system_language() -> str:
    """'zh' when the system locale is Chinese, else 'en'."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_language() -> str:
    return _current[0]


def is_chinese() -> bool:
    """Whether the interface is in 简体中文 (data is then shown in Chinese where it can be)."""
    return _current[0] == "zh"


def set_language(lang: str) -> str:
    """Install the translators for ``lang`` ('en' or 'zh') in the running application."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang != "en":
        suffix = QM_SUFFIX[lang]
        files = sorted(resources.path("i18n").glob(f"*_{suffix}.qm"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for qm in files:
            tr = QTranslator(app)
            if tr.load(str(qm)):
                app.installTranslator(tr)
                _installed.append(tr)
        qt_tr = QTranslator(app)  # Qt's own dialogs and buttons, where the wheel ships them
        if qt_tr.load(f"qtbase_{suffix}", qt_dir):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _current[0] = lang
    # Deliver the LanguageChange events now, so every widget is retranslated on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang
