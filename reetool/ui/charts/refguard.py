"""Work around a reference-count leak on ``None`` (and ``True``) in PySide6 6.12 (CPython 3.11).

Measured here: every call Qt makes into a Python ``paint()`` override of a QGraphicsItem
(pyqtgraph overrides paint in all its items) drops one reference to ``None`` too many, so
each repaint of a chart takes ~50–300 references away. On CPython 3.11 ``None`` is not
immortal: once its count reaches zero the process aborts with "Fatal Python error:
none_dealloc" (the crash noted in /work/shared/notes/qt-practice.md). Reproduce with a
QGraphicsScene of ten items whose ``paint`` does nothing: ten renders lose ~100 references.
Mouse handling leaks references to ``True`` the same way (bool_dealloc at exit).

``top_up()`` adds references to ``None`` when its count runs low, straight into the
object header (``ob_refcnt``, the first field of every CPython object), so they are never
given back (a list of Nones would be freed at interpreter shutdown and the deficit would
crash the exit). It is cheap (one ``sys.getrefcount`` call) and is called on every chart
build, hover and render, and every few seconds by a timer while any chart exists. On
CPython ≥ 3.12 ``None`` is immortal and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys

LOW_WATER = 1_000_000
TOP_UP = 10_000_000
_TIMER: list = []
_NEEDED = sys.implementation.name == "cpython" and sys.version_info < (3, 12)


GUARDED = (None, True, False)


def top_up() -> int:
    """Add references to None, True and False when they run low; returns None's count."""
    if _NEEDED:
        for obj in GUARDED:
            if sys.getrefcount(obj) < LOW_WATER:
                ctypes.c_ssize_t.from_address(id(obj)).value += TOP_UP
    return sys.getrefcount(None)


def start_timer(interval_ms: int = 3000) -> None:
    """Top up periodically (interactive repaints happen outside our own calls)."""
    if _TIMER:
        return
    from PySide6.QtCore import QCoreApplication, QTimer

    timer = QTimer(QCoreApplication.instance())
    timer.setInterval(interval_ms)
    timer.timeout.connect(top_up)
    timer.start()
    _TIMER.append(timer)
