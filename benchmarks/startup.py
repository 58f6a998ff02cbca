"""Start-up to the first painted main window, as a ratio to a bare PySide6 QMainWindow.

    python benchmarks/startup.py                 # unfrozen (python -m reetool), 7 runs each
    python benchmarks/startup.py --frozen        # also the frozen onedir (built if missing)
    python benchmarks/startup.py --onefile       # also the frozen one-file executable
    python benchmarks/startup.py --importtime    # plus: which imports the start-up pays for
    python benchmarks/startup.py --json          # end with one JSON line (unfrozen_ratio, …)

Every variant runs offscreen with REETOOL_EXIT_AFTER_PAINT=1 (reetool/ui/startup_probe.py):
the process prints the wall-clock time of the main window's first finished paint and quits.
Start-up = that time minus the time just before the process was launched. The app opens
on its default first page (catalogue); the probe reports the rows in the page's views, to
show it was populated when painted. Baselines, started the same way in the same run:
``packaging/baselines/bare.py`` (a bare QMainWindow, the denominator), ``hello.py`` (a
window importing pandas + pyqtgraph eagerly, for reference) and ``floor.py`` (the widgets
the catalogue page shows at its first paint, in plain Qt with no reetool code: how far the
first page alone, however it is coded, puts the start above the bare window); frozen ones
are built from the same spec (``python packaging/build.py --target bare|hello|floor``;
built here if missing or stale). Runs are interleaved round-robin after one discarded
warm-up round; medians are printed. "Settled" is when the work the window does right after
its first paint (reetool.ui.after_paint: the user-files check, the briefing recovery offer)
has run too: the probe waits for it before it quits, so that the time the window needs to settle is shown
beside the first paint (JSON: *_settled_s, *_settled_ratio). Peak memory is the process's
maximum resident set size (os.wait4), i.e. up to that moment. "CPU" is the processor time
the process had used at its first paint (reported by the probe): on a busy shared machine it
varies less than wall-clock time.
The JSON line holds unfrozen_ratio (first paint ÷ bare window, wall clock), unfrozen_cpu_ratio,
unfrozen_floor_ratio (the plain-Qt first page ÷ bare window) and unfrozen_vs_floor (reetool ÷
the plain-Qt first page), and the frozen_* figures when the frozen builds were measured.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("reetool_build", ROOT / "packaging" / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

MARKER = re.compile(r"REETOOL_FIRST_PAINT epoch=(\S+) since_start=\S+ page=(\S+) rows=(\d+)"
                    r"(?: cpu=(\S+))?(?: settled=(\S+) settled_cpu=(\S+))?")


def variants(frozen: bool, onefile: bool) -> list[tuple[str, list[str], str]]:
    """(name, command, baseline name)."""
    py = sys.executable
    out = [
        ("unfrozen bare QMainWindow", [py, str(ROOT / "packaging" / "baselines" / "bare.py")], ""),
        ("unfrozen hello (eager pandas+pyqtgraph)", [py, str(ROOT / "packaging" / "baselines" / "hello.py")],
         "unfrozen bare QMainWindow"),
        ("unfrozen first page in plain Qt (floor)", [py, str(ROOT / "packaging" / "baselines" / "floor.py")],
         "unfrozen bare QMainWindow"),
        ("unfrozen reetool (python -m reetool)", [py, "-m", "reetool"], "unfrozen bare QMainWindow"),
    ]
    if frozen:
        out += [
            ("frozen bare QMainWindow", [str(build.ensure_built("bare"))], ""),
            ("frozen hello", [str(build.ensure_built("hello"))], "frozen bare QMainWindow"),
            ("frozen first page in plain Qt (floor)", [str(build.ensure_built("floor"))],
             "frozen bare QMainWindow"),
            ("frozen reetool onedir", [str(build.ensure_built("reetool"))], "frozen bare QMainWindow"),
        ]
    if onefile:
        out += [("frozen reetool onefile", [str(build.ensure_built("reetool", onefile=True))],
                 "frozen bare QMainWindow")]
    return out


def run_once(cmd: list[str], env: dict[str, str]) -> dict:
    started = time.time()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stdout = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    m = MARKER.search(stdout)
    if proc.returncode != 0 or not m:
        raise RuntimeError(f"{cmd} exited {proc.returncode} without a first paint:\n{stdout[-2000:]}")
    paint = float(m.group(1)) - started
    return {"first_paint": paint, "page": m.group(2), "rows": int(m.group(3)),
            "cpu": float(m.group(4)) if m.group(4) else float("nan"),
            "settled": float(m.group(5)) - started if m.group(5) else paint,
            "peak_rss_mb": usage.ru_maxrss / 1024}  # ru_maxrss is in KiB on Linux


def importtime(env: dict[str, str], top: int) -> None:
    """python -X importtime of the unfrozen start-up: the biggest imports on the path."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "reetool"], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True)
    rows = []
    for line in out.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), int(m.group(1)), len(m.group(3)) // 2, m.group(4)))
    total = sum(cum for cum, _, depth, _ in rows if depth == 0)
    print(f"\nimports on the start-up path (python -X importtime -m reetool): {total / 1e6:.3f} s in total")
    print("top-level imports by cumulative time:")
    for cum, _, depth, name in sorted((r for r in rows if r[2] == 0), reverse=True)[:top]:
        print(f"  {cum / 1e3:8.1f} ms  {name}")
    print("modules by own (self) time:")
    for _, self_us, _, name in sorted(((r[1], r[1], r[2], r[3]) for r in rows), reverse=True)[:top]:
        print(f"  {self_us / 1e3:8.1f} ms  {name}")
    heavy = [n for n in ("pandas", "numpy", "pyqtgraph", "PySide6.QtOpenGL", "PySide6.QtSvg")
             if any(r[3] == n for r in rows)]
    print("heavy modules imported before the first paint: " + (", ".join(heavy) or "none"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", action="store_true", help="also measure the frozen onedir build")
    parser.add_argument("--onefile", action="store_true", help="also measure the one-file executable")
    parser.add_argument("--unfrozen-only", action="store_true",
                        help="the default now; kept so older command lines still work")
    parser.add_argument("--importtime", action="store_true")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="reetool-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REETOOL_EXIT_AFTER_PAINT="1",
               REETOOL_DATA_DIR=str(tmp / "data"), REETOOL_CONFIG_DIR=str(tmp / "config"),
               PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="0")
    todo = variants(frozen=(args.frozen or args.onefile) and not args.unfrozen_only,
                    onefile=args.onefile)
    results: dict[str, list[dict]] = {name: [] for name, _, _ in todo}
    for round_no in range(args.runs + 1):  # round 0 warms caches and is discarded
        for name, cmd, _ in todo:
            r = run_once(cmd, env)
            if round_no:
                results[name].append(r)

    med = {name: statistics.median(r["first_paint"] for r in rs) for name, rs in results.items()}
    cpu = {name: statistics.median(r["cpu"] for r in rs) for name, rs in results.items()}
    settled = {name: statistics.median(r["settled"] for r in rs) for name, rs in results.items()}
    print(f"start-up to first paint, offscreen, median of {args.runs} (python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores)")
    print(f"{'variant':42} {'first paint':>11} {'ratio':>7} {'CPU':>7} {'ratio':>6} {'settled':>8} "
          f"{'peak RSS':>9}  first page")
    summary = {"runs": args.runs}
    for name, cmd, base in todo:
        rs = results[name]
        ratio = f"{med[name] / med[base]:.2f}x" if base else "1 (base)"
        cpu_ratio = f"{cpu[name] / cpu[base]:.2f}x" if base else "1"
        rss = statistics.median(r["peak_rss_mb"] for r in rs)
        page = f"{rs[0]['page']} ({rs[0]['rows']} rows)" if rs[0]["page"] != "-" else "-"
        print(f"{name:42} {med[name]:10.3f}s {ratio:>8} {cpu[name]:6.3f}s {cpu_ratio:>6} "
              f"{settled[name]:7.3f}s {rss:7.0f} MB  {page}")
        kind = "frozen" if name.startswith("frozen") else "unfrozen"
        if name in ("unfrozen reetool (python -m reetool)", "frozen reetool onedir"):
            summary[f"{kind}_ratio"] = round(med[name] / med[base], 3)
            summary[f"{kind}_cpu_ratio"] = round(cpu[name] / cpu[base], 3)
            summary[f"{kind}_first_paint_s"] = round(med[name], 4)
            summary[f"{kind}_bare_s"] = round(med[base], 4)
            summary[f"{kind}_settled_s"] = round(settled[name], 4)
            summary[f"{kind}_settled_ratio"] = round(settled[name] / settled[base], 3)
            floor = f"{kind} first page in plain Qt (floor)"
            if floor in med:
                summary[f"{kind}_floor_ratio"] = round(med[floor] / med[base], 3)
                summary[f"{kind}_vs_floor"] = round(med[name] / med[floor], 3)
    if any(r["page"] == "catalogue" and r["rows"] == 0 for rs in results.values() for r in rs):
        print("note: the catalogue page showed no table rows at first paint")
    if args.importtime:
        importtime(env, args.top)
    if args.json:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
