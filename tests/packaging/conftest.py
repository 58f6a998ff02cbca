"""Helpers for the packaging tests: packaging/build.py and packaging/exclusions.py by path."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_packaging_module(name: str):
    """Import packaging/<name>.py (packaging/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"reetool_packaging_{name}", ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
