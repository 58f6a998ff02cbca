"""Presenting and exporting a briefing, as ratios against baselines measured in the same run.

    python benchmarks/briefing.py [--repeat 5] [--json]

1. Next slide: moving to the next slide in the presentation window (1024×768) and painting
   it, against a plain repaint of the same window showing the same kind of slide. The window
   prepares the next slide while the current one shows (as it does when presenting), so a
   move is a blit; the cold move (nothing prepared) is reported too.
2. PDF export of the ready-made deck (10 slides, charts drawn from the data) against one
   chart export: ``production_shares`` built and written as a 2× PNG, as ``reetool chart``
   does.

Prints a table, then with ``--json`` one JSON line with the ratios. No absolute thresholds:
compare ratios between commits on the same machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from bench_env import prepare  # noqa: E402  (checkout on sys.path, temp user folders)

prepare()


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def settle(ms: int) -> None:
    from reetool.commands.screenshot import settle as run_loop

    run_loop(ms)


def next_slide(deck, repeat: int) -> dict:
    from reetool.ui.briefing.present import PresentationWindow
    from reetool.ui.briefing.render import SlideRenderer

    pres = PresentationWindow(deck.slides, SlideRenderer("en", "projector"), 0,
                              full_screen=False)
    pres.resize(1024, 768)
    pres.show()
    settle(300)
    for i in range(len(deck.slides)):          # warm the chart caches once (first view)
        pres.pixmap(i, pres.size())
    pres._cache.clear()
    plain, warm, cold = [], [], []
    for _ in range(repeat):
        pres.go(0)
        settle(50)
        for _i in range(len(deck.slides) - 1):
            plain.append(timed(pres.repaint))      # baseline: the same window, repainted
            warm.append(timed(lambda: (pres.next(), pres.repaint())))
            settle(30)                              # the next slide is prepared meanwhile
        pres._cache.clear()
        pres.go(0)
        for _i in range(len(deck.slides) - 1):
            pres._prefetch.stop()
            cold.append(timed(lambda: (pres.next(), pres.repaint())))
            pres._prefetch.stop()
            pres._cache.clear()
    pres.close()
    return {"plain_ms": 1000 * statistics.median(plain),
            "next_ms": 1000 * statistics.median(warm),
            "cold_next_ms": 1000 * statistics.median(cold)}


def pdf_vs_chart(deck, repeat: int) -> dict:
    from reetool.ui.briefing.export_pdf import iter_pdf, write_all
    from reetool.ui.briefing.render import SlideRenderer
    from reetool.ui.charts import export
    from reetool.ui.charts.registry import ChartParams
    from reetool.ui.charts.view import ChartView

    out = Path(tempfile.mkdtemp(prefix="reetool-bench-out-"))

    def one_chart():
        view = ChartView("production_shares", ChartParams(), toolbar=False, follow_state=False)
        view.resize(1280, 800)
        export.write_png(view, out / "chart.png", scale=2.0)
        export.dispose(view)

    def deck_pdf():
        renderer = SlideRenderer("en", "light")      # cold: every chart built anew
        write_all(iter_pdf(deck.slides, renderer, out / "deck.pdf", "bench"))
        renderer.clear()

    one_chart(), deck_pdf()                           # warm imports and data caches
    chart = statistics.median(timed(one_chart) for _ in range(repeat))
    pdf = statistics.median(timed(deck_pdf) for _ in range(repeat))
    return {"chart_export_s": chart, "deck_pdf_s": pdf, "slides": len(deck.slides)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--json", action="store_true", help="end with one JSON line of ratios")
    args = p.parse_args()

    from reetool.data.default_deck import default_deck
    from reetool.ui.app import application

    application(lang="en")
    deck = default_deck()
    nav = next_slide(deck, args.repeat)
    exp = pdf_vs_chart(deck, args.repeat)
    ratios = {
        "next_slide_vs_repaint": nav["next_ms"] / nav["plain_ms"],
        "cold_next_slide_vs_repaint": nav["cold_next_ms"] / nav["plain_ms"],
        "deck_pdf_vs_one_chart_export": exp["deck_pdf_s"] / exp["chart_export_s"],
    }
    print("presentation window 1024×768, projector theme, the ready-made deck "
          f"({exp['slides']} slides); medians of {args.repeat} runs")
    print(f"{'what':<52} {'median':>10} {'ratio':>7}")
    print(f"{'baseline: plain repaint of the window':<52} {nav['plain_ms']:>8.2f} ms {1:>7.1f}")
    print(f"{'next slide (prepared while the last one showed)':<52} {nav['next_ms']:>8.2f} ms "
          f"{ratios['next_slide_vs_repaint']:>7.1f}")
    print(f"{'next slide, cold (rendered on the key press)':<52} {nav['cold_next_ms']:>8.2f} ms "
          f"{ratios['cold_next_slide_vs_repaint']:>7.1f}")
    print(f"{'baseline: one chart exported (2x PNG)':<52} {exp['chart_export_s']:>9.3f} s {1:>7.1f}")
    print(f"{'ready-made deck exported to PDF':<52} {exp['deck_pdf_s']:>9.3f} s "
          f"{ratios['deck_pdf_vs_one_chart_export']:>7.1f}")
    if args.json:
        print(json.dumps({"benchmark": "briefing", **{k: round(v, 2) for k, v in ratios.items()},
                          "next_slide_ms": round(nav["next_ms"], 2),
                          "plain_repaint_ms": round(nav["plain_ms"], 2),
                          "deck_pdf_s": round(exp["deck_pdf_s"], 3),
                          "chart_export_s": round(exp["chart_export_s"], 3)}))


if __name__ == "__main__":
    main()
