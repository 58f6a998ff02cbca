"""Test isolation: no test touches the real user settings or data folders.

Every test runs with REETOOL_DATA_DIR and REETOOL_CONFIG_DIR pointing into its own
temporary folder, HOME and XDG folders redirected too, offscreen Qt, and English
as the starting language.
"""

from __future__ import annotations

import os
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


@pytest.fixture
def app(qapp):
    """The QApplication configured like reetool's (font, identity), in English."""
    from reetool.ui import i18n
    from reetool.ui.app import configure

    from reetool.ui.state import app_state

    configure(qapp, lang="en")
    app_state().reset()
    yield qapp
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
    return win
