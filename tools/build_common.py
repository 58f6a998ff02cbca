"""Shared helpers of the developer scripts that build resources/data/ from the reference
material (tools/build_catalogue.py, tools/build_market.py). The product never reads the
reference folder; it reads only what these scripts write plus the hand-curated files
(sources.csv, catalogue_versions.csv, manifest.json), which they never overwrite.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent.parent / "resources" / "data"


def _find_reference() -> Path:
    """The nearest ``shared/reference`` folder above the checkout (works in worktrees too)."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "shared" / "reference").is_dir():
            return folder / "shared" / "reference"
    return Path(__file__).resolve().parents[2] / "shared" / "reference"


DEFAULT_REFERENCE = _find_reference()


def write(df: pd.DataFrame, name: str) -> None:
    df = df.fillna("")
    df.to_csv(OUT / name, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    print(f"wrote {name}: {len(df)} rows")
