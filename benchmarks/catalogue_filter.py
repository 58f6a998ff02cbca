"""Latency per keystroke of the catalogue search (search as you type).

    python benchmarks/catalogue_filter.py [--repeat 3] [--json]

For 134 items (the size of the 2023 catalogue) and 100,000 synthetic items, types several
queries one character at a time (a) into a CatalogueState alone (the Qt-free filter:
narrowing search + filters) and (b) into the real page's search box (filter, table model
reset, count, selection and detail pane), sorted by status as on start-up, and prints the
median latency per keystroke (and the 90th percentile for the page). Baseline, measured in
the same run over the same rows: a plain Python substring scan of the rows' lower-cased
text, without Qt. Goal: a page keystroke over 100,000 items ≤ 1.5× that scan.
With ``--json`` the last line is one JSON object: page_median_ms_N, scan_median_ms_N,
filter_median_ms_N, page_p90_ms_N and page_ratio_N for N = 134 and 100000.
Synthetic items reuse the attested items' texts with made-up codes (99xxxx); they never
leave this script.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import replace

from bench_env import prepare  # noqa: E402  (checkout on sys.path, temp user folders)

prepare()

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

    from reetool.state.catalogue import CatalogueState
    from reetool.ui.catalogue.page import CataloguePage

    items = synthetic_items(n)
    page = CataloguePage()           # the real page: model, delegates, detail pane, counts
    page.resize(1100, 700)
    page.show()
    page.state.set_items(items)
    page.set_version("2023")
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    alone = CatalogueState(items)    # the filter without any widget
    alone.set_version("2023")

    plain = ["\n".join([it.code, it.name_zh, it.name_en, *(p.zh for p in it.points),
                        *(p.en for p in it.points)]).lower() for it in items]

    def baseline(q):
        q = q.lower()
        return [r for r, h in enumerate(plain) if q in h]

    filter_times = per_keystroke(alone.set_query, QUERIES, repeat)
    page_times = per_keystroke(page.search.setText, QUERIES, repeat)
    base_times = per_keystroke(baseline, QUERIES, repeat)
    # sanity: both find the same rows for a plain ASCII query
    page.search.setText("rare earth")
    assert page.model.rowCount() == len(baseline("rare earth")), "page and baseline disagree"
    page.close()
    return {"n": n, "keystrokes": len(page_times),
            "filter_ms": statistics.median(filter_times) * 1e3,
            "page_ms": statistics.median(page_times) * 1e3,
            "page_p90_ms": sorted(page_times)[int(0.9 * (len(page_times) - 1))] * 1e3,
            "baseline_ms": statistics.median(base_times) * 1e3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    args = parser.parse_args()
    from reetool.ui.app import application

    application(lang="en")
    print("median latency per keystroke; baseline = plain Python substring scan of the same rows")
    print(f"{'items':>8}  {'keys':>5}  {'filter ms':>9}  {'page ms':>8}  {'page p90':>8}  {'baseline ms':>11}  "
          f"{'filter/base':>11}  {'page/base':>9}")
    out = {}
    for n in (134, 100_000):
        r = measure(n, args.repeat if n < 10_000 else 1)
        print(f"{r['n']:>8}  {r['keystrokes']:>5}  {r['filter_ms']:>9.3f}  {r['page_ms']:>8.3f}  "
              f"{r['page_p90_ms']:>8.3f}  {r['baseline_ms']:>11.3f}  {r['filter_ms'] / r['baseline_ms']:>11.2f}  "
              f"{r['page_ms'] / r['baseline_ms']:>9.2f}")
        out.update({f"page_median_ms_{n}": round(r["page_ms"], 3),
                    f"scan_median_ms_{n}": round(r["baseline_ms"], 3),
                    f"filter_median_ms_{n}": round(r["filter_ms"], 3),
                    f"page_p90_ms_{n}": round(r["page_p90_ms"], 3),
                    f"page_ratio_{n}": round(r["page_ms"] / r["baseline_ms"], 2),
                    f"keystrokes_{n}": r["keystrokes"]})
    if args.json:
        print(json.dumps(out))


if __name__ == "__main__":
    main()
