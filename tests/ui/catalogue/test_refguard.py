"""A long typing session in the catalogue search survives PySide6 6.12's None leak."""

from __future__ import annotations

import sys

from reetool.ui.refguard import IMMORTAL
from tests.helpers import type_text


def test_long_typing_session_keeps_references_safe(window, qtbot):
    page = window.show_page("catalogue")
    for _ in range(60):
        type_text(qtbot, page.search, "稀土")
        page.search.clear()
    window.grab()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > IMMORTAL // 2
    assert page.proxy.rowCount() == 16
