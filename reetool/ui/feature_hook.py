"""PySide6's ``__feature__`` import hook, switched off for the window's start.

PySide6 replaces ``builtins.__import__`` with ``__feature_import__`` so that a module can say
``from __feature__ import snake_case, true_property``. For every module imported after it,
the hook reads the module's source (``inspect.getsource``) to find whether it uses PySide6:
``typing``, ``inspect``, ``dataclasses``, ``json`` … and every reetool module, 95 modules and
about 19 ms before the window's first paint (measured 2026-12-03). reetool uses no
``__feature__`` (a test keeps it so), so the window's start restores the import PySide6 keeps
underneath (``__orig_import__``, its lazy-loading import, which stays in place).
"""

from __future__ import annotations

import builtins


def switch_off() -> bool:
    """Restore PySide6's plain import; True if the feature hook was in place."""
    feature = getattr(builtins, "__feature_import__", None)
    plain = getattr(builtins, "__orig_import__", None)
    if feature is None or plain is None or builtins.__import__ is not feature:
        return False
    builtins.__import__ = plain
    return True
