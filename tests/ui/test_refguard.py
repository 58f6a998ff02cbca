"""None/True/False survive the PySide6 6.12 reference leaks of void calls and emits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from reetool.ui.refguard import IMMORTAL, make_singletons_immortal


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


def test_application_start_up_installs_the_guard():
    """A process that only went through reetool's start-up survives many emits."""
    import subprocess

    code = ("from PySide6.QtWidgets import QApplication\n"
            "from PySide6.QtCore import QObject, Signal\n"
            "from reetool.ui.app import configure\n"
            "configure(QApplication([]), lang='en')\n"
            "class S(QObject):\n    sig = Signal(int)\n"
            "s = S()\n"
            "for i in range(5000):\n    s.sig.emit(i)\n"
            "print('alive')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "alive", out.stderr[-500:]
