"""Build and render time of every chart, as a ratio against a baseline measured in the same
run: a bare pyqtgraph PlotWidget with one 121-point line, rendered at the same size.

    /work/venv/bin/python benchmarks/charts_render.py [--repeat 5]

Prints one line per chart: build ratio, render ratio (an export, median of the repeats) and
repaint ratio: the shown chart's plot painted again on screen, what every crosshair move,
hover and slider step costs (the baseline: the bare PlotWidget's own repaint). No absolute
thresholds: compare ratios between commits on the same machine. With ``--json`` it ends with
one JSON line: ``<chart>_build_ratio``, ``<chart>_render_ratio`` (1x), ``<chart>_repaint_ratio``
and ``<chart>_repaint_ms`` for every chart and the baseline's absolute times.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from bench_env import prepare  # noqa: E402  (checkout on sys.path, temp user folders)

prepare()

SIZE = (1280, 800)


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--json", action="store_true", help="end with one JSON line of ratios")
    args = p.parse_args()

    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from reetool.ui.app import application
    from reetool.ui.charts import export
    from reetool.ui.charts.registry import CHARTS, ChartParams
    from reetool.ui.charts.view import ChartView

    application(lang="en")

    def baseline_build():
        w = pg.PlotWidget()
        w.plot(np.arange(1900, 2021), np.random.default_rng(0).random(121))
        w.resize(*SIZE)
        return w

    base = baseline_build()
    base.show()
    QApplication.processEvents()      # exposed: a repaint paints
    def baseline_render():
        img = QImage(*SIZE, QImage.Format.Format_ARGB32)
        painter = QPainter(img)
        base.render(painter)
        painter.end()

    b_build = median_time(lambda: baseline_build().deleteLater(), args.repeat)
    b_render = median_time(baseline_render, args.repeat)
    b_repaint = median_time(base.viewport().repaint, max(args.repeat, 20))
    print(f"baseline: bare PlotWidget, 121 points, {SIZE[0]}x{SIZE[1]} (build and render = 1.0)")
    summary = {"baseline_build_ms": round(b_build * 1e3, 2),
               "baseline_render_ms": round(b_render * 1e3, 2),
               "baseline_repaint_ms": round(b_repaint * 1e3, 2)}
    print(f"{'chart':<24} {'build':>7} {'render 1x':>10} {'render 2x':>10} {'repaint':>8} {'(ms)':>7}")
    for c in CHARTS:
        def build(name=c.name):
            v = ChartView(name, ChartParams(), toolbar=False, follow_state=False)
            export.dispose(v)
        view = ChartView(c.name, ChartParams(), toolbar=False, follow_state=False)
        view.resize(*SIZE)
        export.render_image(view, scale=1.0)  # lay out once
        t_build = median_time(build, args.repeat)
        t1 = median_time(lambda: export.render_image(view, scale=1.0), args.repeat)
        t2 = median_time(lambda: export.render_image(view, scale=2.0), args.repeat)
        view.show()
        QApplication.processEvents()
        t_rep = median_time(view.canvas.viewport().repaint, max(args.repeat, 20))
        view.hide()
        print(f"{c.name:<24} {t_build / b_build:>7.1f} {t1 / b_render:>10.1f} {t2 / b_render:>10.1f}"
              f" {t_rep / b_repaint:>8.1f} {t_rep * 1e3:>7.2f}")
        summary[f"{c.name}_build_ratio"] = round(t_build / b_build, 2)
        summary[f"{c.name}_render_ratio"] = round(t1 / b_render, 2)
        summary[f"{c.name}_repaint_ratio"] = round(t_rep / b_repaint, 2)
        summary[f"{c.name}_repaint_ms"] = round(t_rep * 1e3, 2)
        export.dispose(view)
    if args.json:
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
