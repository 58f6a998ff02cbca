"""Robustness figures for issue 14: fuzzed inputs, kills during saves, starts over damaged files.

    python benchmarks/stress.py [--inputs 10000] [--kills 1000] [--json]

Prints, then one JSON line (``--json``: only the JSON line):

    inputs fuzzed N, tracebacks 0, hangs 0, accepted-bad 0
    kills N, corrupt 0
    damaged files N, failed starts 0

The baseline in the same run is a plain (non-atomic) ``write_text`` save of the same file,
killed the same way: it shows how often an interrupted save WOULD corrupt the file, so
"corrupt 0" for the atomic store means something. Everything runs in a temporary user
folder (benchmarks never touch the user's own). Linux only (fork, FIFOs, SIGKILL).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_env import prepare  # noqa: E402


def plain_write_corruption(kills: int, folder: Path, seed: int = 14) -> dict:
    """Baseline: the same kills against a plain, non-atomic write of the same bytes."""
    from tests.stress.harness import _versions

    rng = random.Random(seed)
    path = folder / "plain" / "edits.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    blobs = [json.dumps({"format": 1, "tables": v}, indent=1) for v in _versions()]
    path.write_text(blobs[0], encoding="utf-8")
    corrupt = 0
    for _ in range(kills):
        pid = os.fork()
        if pid == 0:
            try:
                k = 0
                while True:
                    path.write_text(blobs[k % 2], encoding="utf-8")
                    k += 1
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        corrupt += path.read_text(encoding="utf-8") not in blobs
    return {"kills": kills, "corrupt": corrupt}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=10_000)
    ap.add_argument("--kills", type=int, default=1000)
    ap.add_argument("--json", action="store_true", help="print only the JSON line")
    args = ap.parse_args()
    tmp = prepare()
    from tests.stress import harness

    data = Path(os.environ["REETOOL_DATA_DIR"])
    t0 = time.perf_counter()
    fuzz = harness.fuzz_inputs(args.inputs, data)
    t1 = time.perf_counter()
    kill = harness.kill_during_save(args.kills, data)
    baseline = plain_write_corruption(args.kills, tmp)
    t2 = time.perf_counter()
    starts = harness.damaged_starts()
    t3 = time.perf_counter()
    result = {
        "inputs_fuzzed": fuzz["inputs"], "tracebacks": fuzz["tracebacks"], "hangs": fuzz["hangs"],
        "accepted_bad": fuzz["accepted_bad"], "refused": fuzz["refused"], "accepted": fuzz["accepted"],
        "kills": kill["kills"], "corrupt": kill["corrupt"],
        "interrupted_saves": kill["temps_seen"], "stale_temps_cleaned": kill["temps_cleaned"],
        "baseline_plain_write_corrupt": baseline["corrupt"],
        "damaged_files": starts["damaged_files"], "failed_starts": starts["failed_starts"],
        "damaged_named_in_notice": starts["named"], "damaged_set_aside": starts["set_aside"],
        "seconds": {"fuzz": round(t1 - t0, 1), "kills": round(t2 - t1, 1), "starts": round(t3 - t2, 1)},
        "problems": fuzz["examples"] + starts["failures"],
    }
    if not args.json:
        print(f"inputs fuzzed {result['inputs_fuzzed']}, tracebacks {result['tracebacks']}, "
              f"hangs {result['hangs']}, accepted-bad {result['accepted_bad']} "
              f"(refused {result['refused']}, accepted {result['accepted']})")
        print(f"kills {result['kills']}, corrupt {result['corrupt']} "
              f"({result['interrupted_saves']} kills inside a save, {result['stale_temps_cleaned']} stale temp "
              f"files cleaned; baseline plain write_text: {baseline['corrupt']} corrupt of {baseline['kills']})")
        print(f"damaged files {result['damaged_files']}, failed starts {result['failed_starts']} "
              f"(named in the notice {result['damaged_named_in_notice']}, set aside {result['damaged_set_aside']})")
    print(json.dumps(result))
    bad = (result["tracebacks"] or result["hangs"] or result["accepted_bad"] or result["corrupt"]
           or result["failed_starts"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
