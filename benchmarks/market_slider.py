"""Market page: latency from a scenario slider step to recomputed, redrawn, repainted results.

    python benchmarks/market_slider.py [--n 200] [--size 1280x800] [--json]

One step = slider.setValue() → MarketState recomputes the scenario (reetool.analysis) →
the result labels are redrawn → the live scenario is published to the shared state → the
embedded scenario chart is updated in place (the once-per-frame redraw is forced with
``flush()``, so every step pays for it) → every event Qt posted for the change is delivered
(``sendPostedEvents`` until none is left): the chart's scene processes its changed items,
and Qt paints what changed, the chart's plot and the panel's changed labels. That is the
step "to the screen", what a user waits for. "Forced" adds a synchronous repaint of the
whole page and of the chart's plot to every step (the worst case, a step that changed
everything). Measured for the disruption cut slider and the ramp-up growth slider (50-year
series), with the Charts page's own scenario chart opened beforehand (it is hidden, so it
only marks itself stale). Baseline, same run and process: a forced repaint of the same page,
unchanged, and of its chart's plot, timed right after every step so both see the same load
on a shared machine.

``page.repaint()`` alone does not paint the chart: pyqtgraph's view is painted through
its own viewport, which a repaint of the page leaves alone (a paint-event spy counts no
paint of it). Until 2026-12-03 the step and the baseline were both measured that way and
left out the chart's paint (15 ms then, mostly semi-transparent grid lines, see
reetool/ui/charts/axes.py). Wall-clock and thread CPU time are both printed (on a loaded
machine the CPU time is the steadier figure). The last line with ``--json`` is one JSON
object: disruption_median_ms, rampup_median_ms (to the screen), repaint_median_ms (wall
clock), their p90s and ratios, the forced figures, and the CPU medians (goal: each step
≤ 3× the repaint and ≤ 8 ms).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from bench_env import prepare  # noqa: E402  (checkout on sys.path, temp user folders)

prepare()


def timed(n: int, step, repaint) -> tuple[list, list]:
    """``n`` steps, each followed by a forced repaint of the unchanged page (the baseline,
    so both see the same machine load). Returns (wall ms, thread CPU ms) for steps and for
    repaints: [steps_wall, steps_cpu, repaints_wall, repaints_cpu]."""
    out = ([], [], [], [])
    for i in range(n):
        for fn, wall, cpu in ((lambda: step(i), out[0], out[1]), (repaint, out[2], out[3])):
            c0, t0 = time.thread_time(), time.perf_counter()
            fn()
            wall.append((time.perf_counter() - t0) * 1000.0)
            cpu.append((time.thread_time() - c0) * 1000.0)
    return out


def p90(ms: list[float]) -> float:
    return sorted(ms)[max(0, int(len(ms) * 0.9) - 1)]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=200)
    p.add_argument("--size", default="1280x800")
    p.add_argument("--json", action="store_true", help="end with one JSON line")
    args = p.parse_args()
    from reetool.commands.screenshot import parse_size, settle
    from reetool.ui.app import application
    from reetool.ui.main_window import MainWindow

    size = parse_size(args.size)
    application(lang="en")
    window = MainWindow(start_page="charts", persist=False)
    window.resize(*size)
    window.show()
    window.page("charts").show_chart("scenario")     # the Charts page's scenario chart, opened
    settle(100)
    page = window.show_page("market")
    settle(100)
    page.select(commodity="Rare earths", statistic="Mine production", year=2022, edition="MCS2023")
    page.tabs.setCurrentIndex(page.SCENARIO_TAB)
    scn = page.scenarios
    scn.tabs.setCurrentIndex(0)
    settle(100)

    from PySide6.QtCore import QCoreApplication

    plot_area = page.scenario_chart.canvas.viewport()

    def repaint():
        """The whole page, unchanged, and the chart's plot (which page.repaint() leaves)."""
        page.repaint()
        plot_area.repaint()

    def to_screen():
        for _ in range(3):     # the scene's changed items, then the paint they ask for
            QCoreApplication.sendPostedEvents()

    def slider_step(slider, forced=False):
        lo, hi = slider.minimum(), slider.maximum()

        def step(i):
            value = lo + (i * 7) % (hi - lo + 1)
            if value == slider.value():
                value = lo if value != lo else hi
            slider.setValue(value)
            page.scenario_chart.flush()
            to_screen()
            if forced:
                repaint()
        return step

    to_screen()
    runs = {}
    for tab, slider in ((0, scn.cut.slider), (1, scn.g.slider)):
        scn.tabs.setCurrentIndex(tab)
        settle(50)
        for forced in (False, True):
            timed(20, slider_step(slider, forced), repaint)           # warm-up
            runs[tab, forced] = timed(args.n, slider_step(slider, forced), repaint)
    cut, growth = runs[0, False], runs[1, False]
    cut_forced, growth_forced = runs[0, True], runs[1, True]
    charts_stale = window.page("charts").view("scenario")._stale

    med = statistics.median
    repaint = cut[2] + growth[2] + cut_forced[2] + growth_forced[2]
    repaint_cpu = cut[3] + growth[3] + cut_forced[3] + growth_forced[3]
    base, base_cpu = med(repaint), med(repaint_cpu)
    result = {"n": args.n, "size": args.size, "platform": sys.platform,
              "repaint_median_ms": round(base, 3), "repaint_p90_ms": round(p90(repaint), 3),
              "disruption_median_ms": round(med(cut[0]), 3), "disruption_p90_ms": round(p90(cut[0]), 3),
              "rampup_median_ms": round(med(growth[0]), 3), "rampup_p90_ms": round(p90(growth[0]), 3),
              "disruption_ratio": round(med(cut[0]) / base, 2),
              "rampup_ratio": round(med(growth[0]) / base, 2),
              "repaint_cpu_median_ms": round(base_cpu, 3),
              "disruption_cpu_median_ms": round(med(cut[1]), 3),
              "rampup_cpu_median_ms": round(med(growth[1]), 3),
              "disruption_forced_median_ms": round(med(cut_forced[0]), 3),
              "rampup_forced_median_ms": round(med(growth_forced[0]), 3),
              "disruption_forced_ratio": round(med(cut_forced[0]) / base, 2),
              "rampup_forced_ratio": round(med(growth_forced[0]) / base, 2),
              "charts_page_chart_stale": charts_stale}
    print(f"market slider → recompute + chart in place + painted (n={args.n}, {args.size}, offscreen; "
          f"Charts page scenario chart opened, hidden: stale={charts_stale})")
    print(f"{'':44} {'wall median':>11} {'p90':>9} {'ratio':>6}   {'CPU median':>10} {'ratio':>6}")
    for name, wall, cpu in (("baseline: repaint of the unchanged page", repaint, repaint_cpu),
                            ("disruption cut step, to the screen", cut[0], cut[1]),
                            ("ramp-up growth step (50 yr), to the screen", growth[0], growth[1]),
                            ("disruption cut step + forced repaint", cut_forced[0], cut_forced[1]),
                            ("ramp-up step + forced repaint", growth_forced[0], growth_forced[1])):
        print(f"{name:<44} {med(wall):8.3f} ms {p90(wall):6.3f} ms {med(wall) / base:5.2f}x"
              f"   {med(cpu):7.3f} ms {med(cpu) / base_cpu:5.2f}x")
    if args.json:
        print(json.dumps(result))
    window.close()
    window.deleteLater()
    settle(50)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
