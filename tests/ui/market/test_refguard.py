"""None/True/False survive the PySide6 6.12 reference leaks of void calls and emits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from reetool.ui.market.refguard import IMMORTAL, make_singletons_immortal


class Sender(QObject):
    sig = Signal(object)


def test_singletons_cannot_reach_zero(app):
    make_singletons_immortal()
    make_singletons_immortal()                      # idempotent
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > IMMORTAL // 2 and sys.getrefcount(True) > IMMORTAL // 2
        assert sys.getrefcount(None) < IMMORTAL * 2  # added once only
    label, s = QLabel(), Sender()
    for i in range(2000):                           # would have killed the process before
        label.setText(str(i))
        s.sig.emit(i)
    assert label.text() == "1999"
