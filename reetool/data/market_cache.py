"""Results derived from the market records, kept until the records change. Qt-free.

    _derived = derived(cache, refresh)      # refresh() clears ``cache`` when records change
    @_derived
    def years(commodity, statistic): ...

The bundled data never changes while the program runs and an import bumps the store's
generation, so a result stays valid exactly as long as the records it came from. Lists
are handed out as copies (a caller changing its list cannot change the cache); other
values (frozen tables, strings) are shared.
"""

from __future__ import annotations

from functools import wraps
from typing import Callable


def derived(cache: dict, refresh: Callable[[], object]):
    """A decorator caching a function's results in ``cache["derived"]`` per arguments."""
    def decorate(fn):
        @wraps(fn)
        def cached(*args, **kwargs):
            refresh()
            memo = cache.setdefault("derived", {})
            key = (fn.__name__, args, tuple(sorted(kwargs.items())))
            if key not in memo:
                memo[key] = fn(*args, **kwargs)
            value = memo[key]
            return list(value) if isinstance(value, list) else value

        return cached

    return decorate
