"""Robustness runs shared by the tests (small counts) and ``benchmarks/stress.py`` (large).

* ``kill_during_save``: a child process saves a user file over and over (the real store,
  atomic writes); the parent SIGKILLs it at random moments. After every kill the file must
  be the complete old or complete new version and load; leftover temp files are counted and
  then cleaned by ``user_files.clean_stale_temps``.
* ``fuzz_inputs``: malformed import files and stored files through the real readers; each
  must be accepted (and then hold only finite, in-range figures) or refused with a DataError.
  Counted: tracebacks (any other exception), hangs (over ``timeout`` s), accepted-bad (an
  input built to be invalid that was accepted).
* ``damaged_starts``: the window started (offscreen) over a user folder holding one damaged
  store file; it must paint, set the file aside and name it in its notice.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
def _versions(size: int = 400) -> list[dict]:
    """Two edit tables of ~40 KB each that differ everywhere."""
    return [{f"Commodity {n}|Mine production|MCS2023|2022": {"edits": {"China": float(v + n)},
                                                              "added": [f"C{v}-{n}"]}
             for n in range(size)} for v in (1, 2)]


def _save_forever(path: Path, versions: list[dict]) -> None:
    """The child: save the two versions in turn through the real store until killed."""
    try:
        from reetool.data.market_user import EditStore

        store = EditStore(path)
        k = 0
        while True:
            store.tables = versions[k % 2]
            store.save()
            k += 1
    finally:
        os._exit(1)       # never return into the parent's code (pytest) from a forked child


def kill_during_save(kills: int, folder: Path, seed: int = 14, max_delay: float = 0.04) -> dict:
    """Fork a saving child ``kills`` times and SIGKILL it after a random delay."""
    from reetool.data import user_files
    from reetool.data.market_user import EditStore

    rng = random.Random(seed)
    path = Path(folder) / "market" / "edits.json"
    versions = _versions()
    store = EditStore(path)
    store.tables = versions[0]
    store.save()
    expected = [json.dumps({"format": 1, "tables": v}, ensure_ascii=False, indent=1)
                for v in versions]
    out = {"kills": 0, "corrupt": 0, "complete_a": 0, "complete_b": 0, "temps_seen": 0}
    for _ in range(kills):
        pid = os.fork()
        if pid == 0:
            _save_forever(path, versions)
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        out["kills"] += 1
        text = path.read_text(encoding="utf-8")   # before loading: a bad file would be moved
        loaded = EditStore(path)
        if text == expected[0] and loaded.tables == versions[0]:
            out["complete_a"] += 1
        elif text == expected[1] and loaded.tables == versions[1]:
            out["complete_b"] += 1
        else:
            out["corrupt"] += 1
        for p in path.parent.iterdir():          # killed between the temp file and the rename
            if user_files.TEMP.match(p.name) and p.stat().st_mtime > 0:
                out["temps_seen"] += 1
                os.utime(p, (0, 0))              # as if left by an earlier run
    out["temps_cleaned"] = len(user_files.clean_stale_temps(folder))
    out["temps_left"] = sum(1 for p in path.parent.iterdir() if user_files.TEMP.match(p.name))
    out["store_intact"] = EditStore(path).load_error is None
    return out


# --- fuzzing -------------------------------------------------------------------------------
BAD_CELLS = ["NaN", "inf", "-5", "1" + "0" * 400, "1e400", "12abc", "=cmd|' /C calc'!A0",
             "x" * 140_000, "\x00", "\"unclosed"]


def _bad_market_files(rng: random.Random, fixture: Path) -> tuple[bytes, bool]:
    """A world/salient file with one value cell replaced; (bytes, built_to_be_bad)."""
    raw = fixture.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")        # the MCS2026 release is cp1252
    lines = text.splitlines()
    import csv
    import io

    header = next(csv.reader([lines[0]]))
    section = header.index("Section") if "Section" in header else None
    rows = [k for k in range(1, len(lines)) if section is None   # MCS2026: only "World …" is read
            or next(csv.reader([lines[k]]))[section].startswith("World")]
    n = rng.choice(rows)
    row = next(csv.reader([lines[n]]))
    numeric = [i for i, v in enumerate(row) if v.replace(",", "").replace(".", "").isdigit()]
    cell = rng.choice(BAD_CELLS)      # every one of them is refused in a value cell
    if not numeric:
        return b"\xef\xbb\xbf" * rng.randrange(1, 4) + raw.lstrip(b"\xef\xbb\xbf"), False
    row[rng.choice(numeric)] = cell
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    lines[n] = buf.getvalue().rstrip("\n")
    return ("\n".join(lines) + "\n").encode("utf-8"), True


def _random_bytes(rng: random.Random, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(rng.randrange(1, 6)):
        pos = rng.randrange(len(data) or 1)
        piece = rng.choice([bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8))),
                            b"\xef\xbb\xbf", b"\"", b",", b"\n", b"[[[[[[", b"\x00"])
        data[pos:pos + len(piece)] = piece
    return bytes(data)


def _deep(n: int) -> bytes:
    return b"[" * n + b"]" * n


def fuzz_inputs(n: int, folder: Path, seed: int = 14, timeout: float = 10.0) -> dict:
    """``n`` malformed inputs through the importers and stored-file readers, in-process."""
    from reetool.data import DataError, bundle
    from reetool.data.catalogue_import import parse_bytes
    from reetool.data.market_import import parse_file
    from reetool.data.market_user import EditStore, load_scenario
    from reetool.data.catalogue_store import ImportStore
    from reetool.data.textio import MAX_NUMBER

    rng = random.Random(seed)
    fixtures = ROOT / "tests" / "fixtures"
    market_fixtures = [fixtures / "market" / n for n in
                       ("mcs2023-raree_world.csv", "mcs2022-raree_world.csv",
                        "mcs2023-raree_salient.csv", "MCS2026_Commodities_Data_excerpt.csv")]
    cat_fixtures = [p for p in (fixtures / "catalogue").iterdir() if p.suffix in (".txt", ".csv", ".json")]
    versions = bundle().records("catalogue_versions")
    folder = Path(folder)
    stats = {"inputs": 0, "tracebacks": 0, "hangs": 0, "accepted_bad": 0, "refused": 0,
             "accepted": 0, "examples": []}

    def alarm(_sig, _frame):
        raise TimeoutError

    old = signal.signal(signal.SIGALRM, alarm)
    try:
        for k in range(n):
            kind = k % 5
            path = folder / f"in{k % 7}"
            bad = False
            if kind == 0:
                fx = rng.choice(market_fixtures)
                data, bad = _bad_market_files(rng, fx)
                path = path.with_name(fx.name)
            elif kind == 1:
                fx = rng.choice(market_fixtures + cat_fixtures)
                data, path = _random_bytes(rng, fx.read_bytes()), path.with_name(fx.name)
            elif kind == 2:
                fx = rng.choice(cat_fixtures)
                data, path = _random_bytes(rng, fx.read_bytes()), path.with_name(fx.name)
                if rng.random() < 0.3:
                    data, path, bad = _deep(rng.choice([100, 10_000, 100_000])), path.with_suffix(".json"), True
            else:   # a stored file: edits, scenario or catalogue import store
                which = rng.choice(["edits", "scenario", "imports"])
                value = rng.choice(["NaN", "Infinity", "-1", "1e400", "1" + "0" * 400, "\"x\"", "[]"])
                blob = {"edits": '{"format": 1, "tables": {"k": {"edits": {"China": %s}}}}' % value,
                        "scenario": '{"format": 1, "commodity": "Rare earths", "statistic": "Mine '
                                    'production", "year": 2022, "edits": {"China": %s}}' % value,
                        "imports": '{"imports": [{"id": "a", "file": "f", "date": "d", "items": %s}]}'
                                   % value}[which].encode()
                bad = not (which == "imports" and value == "[]")   # an empty item list is fine
                if rng.random() < 0.3:
                    blob, bad = _random_bytes(rng, blob), False     # unknown: counted either way
                elif rng.random() < 0.2:
                    blob, bad = _deep(rng.choice([1000, 100_000])), True
                data = blob
                path = folder / "user" / {"edits": "market/edits.json", "scenario": "market/scenarios/s.json",
                                          "imports": "catalogue/imports.json"}[which]
            path.parent.mkdir(parents=True, exist_ok=True)
            for p in path.parent.glob("*.damaged-*"):
                p.unlink()
            path.write_bytes(data)
            stats["inputs"] += 1
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                if kind in (0, 1) and path.name.startswith(("mcs", "MCS")):
                    res = parse_file(path)
                    if any(r["value"] is not None and not (0 <= r["value"] <= MAX_NUMBER)
                           for r in res.rows):
                        bad = True
                        raise AssertionError("non-finite or out-of-range value accepted")
                elif kind in (1, 2):
                    parse_bytes(path.read_bytes(), path.name, None, versions)
                elif path.name == "edits.json":
                    err = EditStore(path).load_error
                    if err:
                        raise DataError(path, err)
                elif path.parent.name == "scenarios":
                    load_scenario(path)
                else:
                    ImportStore(path.parent).items()
                stats["accepted"] += 1
                if bad:
                    stats["accepted_bad"] += 1
                    stats["examples"].append(f"accepted bad input {path.name}")
            except DataError:
                stats["refused"] += 1
            except TimeoutError:
                stats["hangs"] += 1
                stats["examples"].append(f"hang on {path.name}")
            except AssertionError as exc:
                stats["accepted_bad"] += 1
                stats["examples"].append(f"{path.name}: {exc}")
            except Exception as exc:  # noqa: BLE001 — counting exactly these is the point
                stats["tracebacks"] += 1
                stats["examples"].append(f"{path.name}: {type(exc).__name__}: {exc}"[:200])
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, old)
    stats["examples"] = stats["examples"][:10]
    return stats


# --- starts over damaged files -------------------------------------------------------------
START_DRIVER = r"""
import sys
from PySide6.QtCore import QTimer
from reetool.ui import crash
from reetool.ui.app import application
from reetool.ui.main_window import MainWindow
from reetool.ui import user_files_notice
app = application(lang="en")
crash.install()
window = MainWindow()
notice = user_files_notice.install(window)
real = notice.after_first_paint
def after():
    real()
    text = notice.box.text() if notice.box is not None else ""
    print("PAINTED", notice.painted, "NOTICE", text.replace("\n", " | "), flush=True)
    QTimer.singleShot(0, app.quit)
notice.after_first_paint = after
QTimer.singleShot(20000, lambda: (print("TIMEOUT", flush=True), app.exit(3)))
window.show()
sys.exit(app.exec())
"""

DAMAGE = {
    "deep JSON": lambda p: p.write_bytes(_deep(100_000)),
    "NaN": lambda p: p.write_text('{"imports": NaN, "rows": NaN, "tables": NaN}'),
    "400 digits": lambda p: p.write_text('{"tables": {"k": {"edits": {"China": 1%s}}}, "rows": '
                                         '[{"value": 1%s}], "imports": [1%s]}' % (("0" * 400,) * 3)),
    "binary": lambda p: p.write_bytes(bytes(range(256)) * 4),
    "wrong shape": lambda p: p.write_text('{"imports": {}, "rows": {}, "tables": []}'),
    "symlink to /dev/zero": lambda p: p.symlink_to("/dev/zero"),
    "FIFO": lambda p: os.mkfifo(p),
    "truncated": lambda p: p.write_text('{"imports": [{"id": "a", "fi'),
}
STORES = {"catalogue imports": "catalogue/imports.json", "market import": "market/imports/x.json",
          "edits": "market/edits.json"}


def damaged_starts(cases: list[tuple[str, str]] | None = None, timeout: float = 60.0) -> dict:
    """Start the window over each (damage, store) case; count starts that failed."""
    cases = cases or [(d, s) for s in STORES for d in DAMAGE]
    out = {"damaged_files": 0, "failed_starts": 0, "named": 0, "set_aside": 0, "failures": []}
    for damage, store in cases:
        with tempfile.TemporaryDirectory(prefix="reetool-stress-") as tmp:
            data = Path(tmp) / "data"
            target = data / STORES[store]
            target.parent.mkdir(parents=True)
            DAMAGE[damage](target)
            env = {**os.environ, "REETOOL_DATA_DIR": str(data), "REETOOL_CONFIG_DIR": str(Path(tmp) / "cfg"),
                   "QT_QPA_PLATFORM": "offscreen",
                   "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
            out["damaged_files"] += 1
            try:
                run = subprocess.run([sys.executable, "-c", START_DRIVER], env=env, cwd=ROOT,
                                     capture_output=True, text=True, timeout=timeout)
            except subprocess.TimeoutExpired:
                out["failed_starts"] += 1
                out["failures"].append(f"{damage} in {store}: hung")
                continue
            line = next((x for x in run.stdout.splitlines() if x.startswith("PAINTED")), "")
            ok = run.returncode == 0 and line.startswith("PAINTED True") and "Traceback" not in run.stderr
            if not ok:
                out["failed_starts"] += 1
                out["failures"].append(f"{damage} in {store}: exit {run.returncode} "
                                       f"{(run.stderr.strip().splitlines() or [''])[-1][:160]}")
                continue
            out["named"] += target.name in line
            out["set_aside"] += any(".damaged-" in p.name for p in target.parent.iterdir())
    return out
