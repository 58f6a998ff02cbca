"""Market page: latency from a scenario slider change to recomputed, repainted results.

    python benchmarks/market_slider.py [--n 200]

Prints the median (and p90) of: slider.setValue() → scenario recompute → labels updated →
shared state published → synchronous repaint of the page, for the disruption slider and the
ramp-up growth slider (50-year series). The baseline, measured in the same run and process,
is a bare QSlider driving one QLabel, repainted the same way; figures are printed as ratios
to it (timings on a shared machine vary; the ratio is what to compare between runs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from bench_env import prepare  # noqa: E402  (checkout on sys.path, temp user folders)

prepare()


def measure(slider, repaint, n: int) -> list[float]:
    lo, hi = slider.minimum(), slider.maximum()
    out = []
    for i in range(n):
        value = lo + (i * 7) % (hi - lo + 1)
        if value == slider.value():
            value = lo if value != lo else hi
        t0 = time.perf_counter()
        slider.setValue(value)
        repaint()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def summary(name: str, ms: list[float], base: float | None) -> str:
    med = statistics.median(ms)
    p90 = sorted(ms)[int(len(ms) * 0.9) - 1]
    ratio = f"  ×{med / base:.1f} baseline" if base else ""
    return f"{name:<38} median {med:7.3f} ms  p90 {p90:7.3f} ms{ratio}"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=200)
    args = p.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QSlider, QVBoxLayout, QWidget

    from reetool.commands.screenshot import settle
    from reetool.ui.app import application
    from reetool.ui.main_window import MainWindow

    import reetool.ui.market.page  # noqa: F401  (same process conditions for both measurements)

    application(lang="en")
    # baseline: a bare slider → label
    base = QWidget()
    base.resize(600, 200)
    lay = QVBoxLayout(base)
    slider, label = QSlider(Qt.Orientation.Horizontal), QLabel()
    slider.setRange(0, 100)
    slider.valueChanged.connect(lambda v: label.setText(f"{v * 2100:,} t"))
    lay.addWidget(slider)
    lay.addWidget(label)
    base.show()
    settle(50)
    measure(slider, base.repaint, 20)                      # warm-up
    baseline = measure(slider, base.repaint, args.n)

    window = MainWindow(start_page="market", persist=False)
    window.resize(1280, 800)
    window.show()
    settle(100)
    page = window.page("market")
    page.select(commodity="Rare earths", statistic="Mine production", year=2022, edition="MCS2023")
    page.tabs.setCurrentIndex(1)
    scn = page.scenarios
    scn.tabs.setCurrentIndex(0)
    settle(50)
    measure(scn.cut.slider, page.repaint, 20)
    cut = measure(scn.cut.slider, page.repaint, args.n)
    scn.tabs.setCurrentIndex(1)
    settle(50)
    measure(scn.g.slider, page.repaint, 20)
    growth = measure(scn.g.slider, page.repaint, args.n)

    b = statistics.median(baseline)
    print(f"market slider → recompute + repaint (n={args.n}, {sys.platform}, offscreen)")
    print(summary("baseline: bare slider → label", baseline, None))
    print(summary("disruption cut slider → results", cut, b))
    print(summary("ramp-up growth slider → 50-yr series", growth, b))
    window.close()
    base.close()
    window.deleteLater()
    base.deleteLater()
    settle(50)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
