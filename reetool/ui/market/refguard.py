"""Work around a PySide6 6.12 reference-count bug (measured on this stack, CPython 3.11).

Every call of a void Qt method from Python (``label.setText(…)``, ``widget.repaint()``, …)
returns ``None`` without owning a reference to it, and every Python-side ``Signal.emit()``
does the same with ``True``. Each call leaves the singleton one reference short; a fresh
window holds ≈6,000 references to None and ≈1,000 to True, and one move of a scenario slider
costs ≈9 — so after a few hundred slider moves the process died with "Fatal Python error:
none_dealloc" (or bool_dealloc), at the latest when it exits.

``make_singletons_immortal()`` gives None, True and False a reference count so large that it
can never reach zero — what CPython 3.12+ does for them natively ("immortal objects",
PEP 683). These objects are never freed anyway, so this changes nothing else. Idempotent;
called when the market page is imported. (The right place is application start-up; see the
report of issue 4.)
"""

from __future__ import annotations

import ctypes
import sys

IMMORTAL = 1 << 40
_done: list[bool] = []


def make_singletons_immortal() -> None:
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(obj)).value += IMMORTAL
    _done.append(True)
