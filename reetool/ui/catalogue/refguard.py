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
# Release builds of CPython < 3.12 only: there ob_refcnt is the first field of every object
# (debug builds, which have sys.gettotalrefcount, put two list pointers before it).
ACTIVE = (sys.implementation.name == "cpython" and sys.version_info < (3, 12)
          and not hasattr(sys, "gettotalrefcount"))


def top_up() -> None:
    if not ACTIVE:
        return
    for obj in (None, True, False):
        count = sys.getrefcount(obj)
        if count < FLOOR:
            cell = ctypes.c_ssize_t.from_address(id(obj))
            if cell.value != count - 1:   # not the layout we expect: touch nothing
                return
            cell.value += TOP_UP
