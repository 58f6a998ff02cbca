"""Overview: the whole all-commodity table against one commodity's concentration.

    python benchmarks/overview.py [--n 30] [--json]

Baseline, measured in the same run and process: ``summarize(country_table(...))`` for one
commodity (rare earths, mine production, 2024) — what the Market page computes for one table,
computed each time (the market module's cache of derived tables is cleared before each run).
Measured: ``overview_rows(records, "production", 2024)`` — every commodity and every statistic
of the year (concentration, China's share, R/P, changes, stages). Both run on the loaded
records (``market.records()``, cached by the app); the overview's pandas frame is built once
per set of records, and that one-time cost is printed separately. Target: the whole table
≤ 10× one commodity. With ``--json`` the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from bench_env import prepare  # noqa: E402  (checkout on sys.path, temp user folders)

prepare()


def timed(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=30)
    p.add_argument("--json", action="store_true", help="end with one JSON line")
    args = p.parse_args()
    from reetool.analysis import overview_frame
    from reetool.analysis.concentration import summarize
    from reetool.analysis.overview import overview_rows
    from reetool.data import market

    records = market.records()
    import pandas  # noqa: F401  (import cost is not the table's)

    t0 = time.perf_counter()
    overview_frame.frame(records)
    frame_ms = (time.perf_counter() - t0) * 1000.0

    def one():   # computed, not taken from the market module's cache of derived tables
        market._CACHE.pop("derived", None)
        return summarize(market.country_table("Rare earths", "Mine production", 2024))

    def whole():
        return overview_rows(records, "production", 2024)

    for fn in (one, whole):
        timed(fn, 3)                                   # warm-up
    # interleave the two so that load on a shared machine hits both alike
    base, table = [], []
    for _ in range(args.n):
        base += timed(one, 1)
        table += timed(whole, 1)
    b, t = statistics.median(base), statistics.median(table)
    rows = whole()
    n_with = sum(1 for r in rows if r.get("world") is not None)
    print(f"overview vs one commodity (n={args.n}, {sys.platform})")
    print(f"baseline: one commodity's concentration   median {b:8.3f} ms")
    print(f"whole table ({len(rows)} commodities, {n_with} with data)  median {t:8.3f} ms"
          f"  ×{t / b:.1f} baseline (target ≤ 10)")
    print(f"one-time frame build for these records          {frame_ms:8.1f} ms")
    if args.json:
        print(json.dumps({"benchmark": "overview", "n": args.n, "baseline_ms": round(b, 3),
                          "overview_ms": round(t, 3), "ratio": round(t / b, 2),
                          "target_ratio": 10, "frame_build_ms": round(frame_ms, 1),
                          "commodities": len(rows), "with_data": n_with}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
