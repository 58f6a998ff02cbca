"""A damaged settings file is moved aside and reetool starts with defaults (issue 14)."""

from __future__ import annotations

import os

import pytest

from reetool.data import user_files
from reetool.ui import settings as settings_mod


@pytest.fixture(autouse=True)
def fresh_check():
    settings_mod._checked.clear()
    yield
    settings_mod._checked.clear()


def test_binary_settings_file_is_set_aside(app, isolated_user_folders):
    path = settings_mod.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(range(256)) * 8)
    s = settings_mod.settings()
    assert s.value("language") is None           # defaults
    (kept,) = path.parent.glob("reetool.damaged-*.ini")
    assert kept.read_bytes() == bytes(range(256)) * 8
    assert user_files.recent()[-1].moved_to == kept and "UTF-8" in user_files.recent()[-1].reason


def test_malformed_ini_is_set_aside_but_a_good_one_is_kept(app, isolated_user_folders):
    path = settings_mod.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[window]\npage=market\n[[[[\n", encoding="utf-8")
    settings_mod.settings()
    assert list(path.parent.glob("reetool.damaged-*.ini"))
    settings_mod._checked.clear()
    s = settings_mod.settings()
    s.setValue("language", "zh")
    s.sync()
    settings_mod._checked.clear()
    assert settings_mod.settings().value("language") == "zh" and path.exists()


def test_fifo_settings_file_does_not_hang_the_start(app, isolated_user_folders):
    path = settings_mod.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    settings_mod.settings()                        # would block forever if Qt opened the FIFO
    assert not path.exists() and list(path.parent.glob("reetool.damaged-*.ini"))
