"""Filter latency per keystroke of the catalogue table (search as you type).

    python benchmarks/catalogue_filter.py [--repeat 5]

For 134 items (the size of the 2023 catalogue) and 100,000 synthetic items, types several
queries one character at a time into the page's filter proxy (with a table view attached and
sorting on, as on the page) and prints the median and 90th percentile latency per keystroke.
Baseline, measured in the same run over the same rows: a plain Python substring scan of the
rows' lower-cased text, without Qt. The ratio is proxy latency / baseline latency.
Synthetic items reuse the attested items' texts with made-up codes (99xxxx); they never
leave this script.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ("稀土金属", "rare earth", "ＲＡＲＥ", "无人机飞行", "technology", "xyz")


def synthetic_items(n: int):
    from reetool.data.catalogue import load_catalogue

    base = [it for it in load_catalogue(include_imports=False).all_items() if not it.carried_from]
    out = []
    for i in range(n):
        src = base[i % len(base)]
        suffix = "J" if src.status == "prohibited" else "X"
        out.append(replace(src, version="2023", item_id=f"S{i:06d}", code=f"99{i % 10000:04d}{suffix}",
                           name_en=f"{src.name_en} {i}"))
    return out


def per_keystroke(fn, queries, repeat):
    times = []
    for _ in range(repeat):
        for q in queries:
            for k in range(1, len(q) + 1):
                t0 = time.perf_counter()
                fn(q[:k])
                times.append(time.perf_counter() - t0)
            fn("")
    return times


def measure(n: int, repeat: int) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from reetool.data.catalogue_search import fold
    from reetool.ui.catalogue.model import CatalogueFilterProxy, CatalogueTableModel

    items = synthetic_items(n)
    model = CatalogueTableModel(items)
    proxy = CatalogueFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(version="2023")
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    view.resize(900, 600)
    view.show()

    plain = ["\n".join([it.code, it.name_zh, it.name_en, *(p.zh for p in it.points),
                        *(p.en for p in it.points)]).lower() for it in items]

    def baseline(q):
        q = q.lower()
        return [r for r, h in enumerate(plain) if q in h]

    proxy_times = per_keystroke(proxy.set_query, QUERIES, repeat)
    base_times = per_keystroke(baseline, QUERIES, repeat)
    # sanity: both find the same rows for a plain ASCII query
    proxy.set_query("rare earth")
    assert proxy.rowCount() == len(baseline("rare earth")), "proxy and baseline disagree"
    assert fold("ＲＡＲＥ") == "rare"
    view.close()
    p = sorted(proxy_times)
    return {"n": n, "keystrokes": len(proxy_times), "median_ms": statistics.median(proxy_times) * 1e3,
            "p90_ms": p[int(0.9 * (len(p) - 1))] * 1e3, "baseline_ms": statistics.median(base_times) * 1e3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from reetool.ui.app import application

    application(lang="en")
    print(f"{'items':>8}  {'keystrokes':>10}  {'median ms':>10}  {'p90 ms':>8}  {'baseline ms':>11}  {'ratio':>6}")
    for n in (134, 100_000):
        r = measure(n, args.repeat if n < 10_000 else max(1, args.repeat // 3))
        ratio = r["median_ms"] / r["baseline_ms"] if r["baseline_ms"] else float("nan")
        print(f"{r['n']:>8}  {r['keystrokes']:>10}  {r['median_ms']:>10.3f}  {r['p90_ms']:>8.3f}  "
              f"{r['baseline_ms']:>11.3f}  {ratio:>6.2f}")


if __name__ == "__main__":
    main()
