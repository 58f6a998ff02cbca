"""Render the screenshots README.md shows (docs/screenshot-*.png), small enough to keep in
the repository: 1280×800, light theme, reduced to a 256-colour palette (no pngquant needed;
the text stays sharp) and at most 300 KB each.

    QT_QPA_PLATFORM=offscreen REETOOL_DATA_DIR=/tmp/x REETOOL_CONFIG_DIR=/tmp/x \\
        python tools/docs_screenshots.py

Each shot runs in its own process (a fresh window, as `reetool screenshot` does), with the
bundled data only: point REETOOL_DATA_DIR and REETOOL_CONFIG_DIR at an empty folder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SIZE = "1280x800"
LIMIT = 300 * 1024
SHOTS = {   # file name → (page, language)
    "screenshot-catalogue.png": ("catalogue", "en"),
    "screenshot-catalogue-zh.png": ("catalogue", "zh"),
    "screenshot-market.png": ("market", "en"),
    "screenshot-charts.png": ("charts", "en"),
    "screenshot-overview.png": ("overview", "en"),
    "screenshot-briefing.png": ("briefing", "en"),
    "screenshot-reference.png": ("reference", "en"),
}


def palette(image) -> list[int]:
    """256 colours for the screenshot: its colours grouped into buckets (each channel to a
    step of 16), the 256 fullest buckets, each stood for by its most frequent colour. Flat
    interface colours stay exact and a text colour keeps its own entry (its anti-aliased
    edges fill its bucket), so green stays green."""
    import numpy as np

    pixels = np.frombuffer(image.constBits(), dtype=np.uint32,
                           count=image.width() * image.height()) & 0xFFFFFF
    colours, counts = np.unique(pixels, return_counts=True)
    buckets = colours & 0xF0F0F0
    order = np.lexsort((-counts, buckets))          # by bucket, the most frequent first
    firsts = np.unique(buckets[order], return_index=True)[1]
    totals = np.add.reduceat(counts[order], firsts)
    best = colours[order][firsts]
    return [int(c) | 0xFF000000 for c in best[np.argsort(totals)[::-1][:256]]]


def shoot(name: str, page: str, lang: str) -> None:
    """One screenshot (run in a child process)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from reetool.commands.screenshot import parse_size, render_window
    from reetool.data.textio import atomic_write_bytes
    from reetool.ui.charts.export import png_bytes

    pixmap = render_window(page, parse_size(SIZE), lang, "light")
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    image = image.convertToFormat(QImage.Format.Format_Indexed8, palette(image),
                                  Qt.ImageConversionFlag.ThresholdDither
                                  | Qt.ImageConversionFlag.AvoidDither)
    data = png_bytes(image)
    if len(data) > LIMIT:
        raise SystemExit(f"{name}: {len(data) // 1024} KB, over {LIMIT // 1024} KB")
    atomic_write_bytes(DOCS / name, data, export=True)
    print(f"{name}: {image.width()}x{image.height()}, {len(data) // 1024} KB")


def main(argv: list[str]) -> int:
    if len(argv) == 3:
        shoot(argv[0], argv[1], argv[2])
        return 0
    for name, (page, lang) in SHOTS.items():
        subprocess.run([sys.executable, __file__, name, page, lang], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
