"""Shared set-up of the benchmark scripts (run as ``python benchmarks/NAME.py``).

Puts the checkout on ``sys.path``, renders offscreen, and points the user data and
settings folders at a fresh temporary folder: benchmarks, like tests, never read or write
the user's real ones.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def prepare() -> Path:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="reetool-bench-"))
    os.environ["REETOOL_DATA_DIR"] = str(tmp / "data")
    os.environ["REETOOL_CONFIG_DIR"] = str(tmp / "config")
    return tmp
