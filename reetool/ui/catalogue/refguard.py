"""Guard against a reference-count bug of PySide6 6.12 on CPython 3.11.

Measured here (tests/ui/catalogue/test_refguard.py): every call of a PySide method that
returns nothing (``QLineEdit.setText``, ``QSortFilterProxyModel.invalidate``,
``QCoreApplication.processEvents`` …), every invalid QVariant handed back to Python, and
every ``QStyledItemDelegate.initStyleOption`` releases one reference to ``None`` that it
never took; bools suffer the same way less often. On CPython < 3.12 these objects are not
immortal, so after enough calls the interpreter aborts with "Fatal Python error:
none_dealloc" (or bool_dealloc) — the crash the stack notes attribute to processEvents loops.

``top_up()`` adds a large number of references to None, True and False whenever their count
falls below a floor. Extra references to these singletons are harmless (they are never
freed), so the guard is safe even once PySide is fixed; on CPython 3.12+ it does nothing.
The catalogue page calls it while it works and from a timer; the application should call
it app-wide (reported to the lead).
"""

from __future__ import annotations

import ctypes
import sys

FLOOR = 1 << 20
TOP_UP = 1 << 24
ACTIVE = sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def top_up() -> None:
    if not ACTIVE:
        return
    for obj in (None, True, False):
        if sys.getrefcount(obj) < FLOOR:
            ctypes.c_ssize_t.from_address(id(obj)).value += TOP_UP
