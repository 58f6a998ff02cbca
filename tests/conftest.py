"""Test isolation: no test touches the real user settings or data folders.

Every test runs with REETOOL_DATA_DIR and REETOOL_CONFIG_DIR pointing into its own
temporary folder, HOME and XDG folders redirected too, offscreen Qt, and English
as the starting language.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

try:   # property-based tests: no example database in the repository, no timing flakiness;
    from hypothesis import settings as _hyp_settings   # REETOOL_FUZZ_EXAMPLES scales them

    _hyp_settings.register_profile("reetool", database=None, deadline=None, print_blob=True,
                                   max_examples=int(os.environ.get("REETOOL_FUZZ_EXAMPLES", "100")))
    _hyp_settings.load_profile("reetool")
except ImportError:  # hypothesis is in the test extra; the property tests skip without it
    pass


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    data = home / "reetool-data"
    config = home / "reetool-config"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("REETOOL_DATA_DIR", str(data))
    monkeypatch.setenv("REETOOL_CONFIG_DIR", str(config))
    from reetool.data import user_files

    user_files.reset()   # files set aside belong to the folder they were found in
    yield {"home": home, "data": data, "config": config}


def delete_left_over_widgets() -> None:
    """Delete the widgets pytest-qt closed and scheduled for deletion (``deleteLater``) and
    every other top-level reetool widget a test left behind (e.g. the window of a command run
    in-process, or a hidden chart kept alive by a lambda connected to its own child). The
    parentless menus pyqtgraph makes for its plots are left to Python's garbage collector
    (deleting them under a live plot crashes)."""
    qtwidgets = sys.modules.get("PySide6.QtWidgets")
    app = qtwidgets.QApplication.instance() if qtwidgets is not None else None
    if app is None:
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(10_000):   # one at a time: deleting one may delete others with it
        left = [w for w in app.topLevelWidgets()
                if w.parent() is None and type(w).__module__.startswith("reetool.")]
        if not left:
            break
        shiboken6.delete(left[0])


@pytest.fixture(autouse=True)
def no_widgets_left_over():
    """Each test starts without the widgets of the tests before it: left alive, each one
    would receive every application-wide change of every later test (a theme, the font, the
    language), which made the suite several times slower."""
    yield
    delete_left_over_widgets()


@pytest.fixture
def app(qapp):
    """The QApplication configured like reetool's (font, identity), in English."""
    from reetool.ui import i18n
    from reetool.ui.app import configure

    from reetool.ui.state import app_state

    configure(qapp, lang="en")
    app_state().reset()
    yield qapp
    delete_left_over_widgets()     # before the language is reset: they need no retranslating
    i18n.set_language("en")
    app_state().reset()


@pytest.fixture
def window(app, qtbot):
    """A fresh main window (settings in the test's temporary folder)."""
    from reetool.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.after_paint.settled, timeout=5000)   # what follows the paint
    return win


@pytest.fixture
def zh_window(window):
    """The main window in 简体中文 (switched back to English afterwards)."""
    window.set_language("zh")
    yield window
    window.set_language("en")
