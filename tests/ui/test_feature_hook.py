"""The window's start switches PySide6's __feature__ import hook off (it reads the source of
every module imported after PySide6); reetool must therefore never use __feature__."""

from __future__ import annotations

import builtins
import re
from pathlib import Path

import reetool
from reetool.ui import feature_hook

FEATURE_IMPORT = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)


def test_no_reetool_module_uses_feature():
    root = Path(reetool.__file__).parent
    users = [str(p.relative_to(root)) for p in root.rglob("*.py")
             if FEATURE_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert users == []


def test_switch_off_restores_the_plain_import_and_imports_still_work():
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    hooked = builtins.__import__
    assert hooked is builtins.__feature_import__
    try:
        assert feature_hook.switch_off() is True
        assert builtins.__import__ is builtins.__orig_import__       # PySide6's lazy import
        assert feature_hook.switch_off() is False                    # once is enough
        namespace: dict = {}
        exec("from PySide6.QtCore import QPoint\nfrom PySide6.QtGui import *", namespace)
        assert namespace["QPoint"](1, 2).x() == 1 and "QColor" in namespace  # star import too
    finally:
        builtins.__import__ = hooked
