"""The one place that knows where the bundled resources live.

Works in a source checkout (``<repo>/resources``), an installed wheel
(``reetool/_resources``, force-included by the build) and a PyInstaller bundle
(``<_MEIPASS>/resources``). Nothing else in the code builds resource paths.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


class ResourcesNotFound(RuntimeError):
    pass


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found = []
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        found.append(Path(meipass) / "resources")
    found.append(here / "_resources")          # installed wheel
    found.append(here.parent / "resources")    # source checkout / editable install
    return found


@lru_cache(maxsize=1)
def root() -> Path:
    for candidate in _candidates():
        if (candidate / "data" / "manifest.json").is_file():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise ResourcesNotFound(f"reetool resources not found (looked in: {tried})")


def path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``path("data", "sources.csv")``."""
    return root().joinpath(*parts)
