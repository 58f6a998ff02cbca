"""Image baselines of the key charts (pyqtgraph's image-test pattern: render at a fixed size,
compare with a stored PNG within a per-pixel threshold and a tolerated share of differing
pixels).

Regenerate the baselines after an intended visual change, then LOOK at them:

    REETOOL_UPDATE_BASELINES=1 /work/venv/bin/python -m pytest tests/ui/charts/test_baselines.py

A failing comparison writes the rendered image next to the baseline as NAME.actual.png
(ignored by git) so the two can be compared by eye.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from reetool.ui.charts import export
from reetool.ui.charts.registry import ChartParams
from reetool.ui.charts.view import ChartView

BASELINES = Path(__file__).resolve().parent / "baselines"
SIZE = (800, 500)
PX_THRESHOLD = 50        # a pixel differs when a channel differs by more than this (0–255)
MAX_DIFFERING = 0.01     # tolerated share of differing pixels (antialiasing, font hinting)

KEY_CHARTS = {
    "production_shares": {"edition": "MCS2023", "year": 2022},
    "china_quotas": {},
    "oxide_prices": {},
}


def as_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, :image.width()].copy()


def render(name: str, params: dict) -> QImage:
    view = ChartView(name, ChartParams(**params), toolbar=False, follow_state=False)
    view.resize(*SIZE)
    try:
        return export.render_image(view, scale=1.0)
    finally:
        export.dispose(view)


def differing_share(a: np.ndarray, b: np.ndarray) -> float:
    diff = np.abs(a.astype(np.int16) - b.astype(np.int16)).max(axis=2)
    return float((diff > PX_THRESHOLD).mean())


@pytest.mark.parametrize("name", sorted(KEY_CHARTS))
def test_chart_matches_its_baseline(app, name):
    image = render(name, KEY_CHARTS[name])
    path = BASELINES / f"{name}.png"
    if os.environ.get("REETOOL_UPDATE_BASELINES") or not path.exists():
        BASELINES.mkdir(exist_ok=True)
        image.save(str(path), "PNG")
        if not os.environ.get("REETOOL_UPDATE_BASELINES"):
            pytest.fail(f"no baseline for {name}: wrote {path.name}; look at it and commit it")
        return
    expected = QImage(str(path))
    assert (image.width(), image.height()) == (expected.width(), expected.height())
    share = differing_share(as_array(image), as_array(expected))
    if share > MAX_DIFFERING:
        image.save(str(BASELINES / f"{name}.actual.png"), "PNG")
    assert share <= MAX_DIFFERING, f"{name}: {share:.2%} of pixels differ from the baseline"


def test_the_comparison_catches_a_real_change(app):
    """A baseline test that cannot fail is a defect: a different chart must not match."""
    a = as_array(render("china_quotas", {}))
    b = as_array(render("china_quotas", {"theme": "dark"}))
    assert differing_share(a, b) > MAX_DIFFERING
    assert differing_share(a, a) == 0.0
