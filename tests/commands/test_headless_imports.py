"""Headless commands that draw nothing import no Qt, pyqtgraph or pandas: each is run in a
fresh process and the modules it loaded are listed when it exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "shiboken6", "pyqtgraph", "pandas")

PROBE = (
    "import atexit, json, sys\n"
    "def report():\n"
    "    heavy = sorted({m.split('.')[0] for m in sys.modules} & set(json.loads(sys.argv[1])))\n"
    "    sys.stderr.write('\\nHEAVY=' + json.dumps(heavy) + '\\n')\n"
    "atexit.register(report)\n"
    "from reetool.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


def loaded_heavy(*args: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run([sys.executable, "-c", PROBE, json.dumps(HEAVY), *args],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    line = next(x for x in reversed(out.stderr.splitlines()) if x.startswith("HEAVY="))
    return out, json.loads(line[len("HEAVY="):])


@pytest.mark.parametrize("args, expect", [
    (("--version",), "reetool "),
    (("catalogue", "list", "--version", "2023"), "083201J"),
    (("market", "shares", "--commodity", "rare earths", "--metric", "production",
      "--year", "2022", "--edition", "MCS2023"), "China"),
])
def test_headless_command_imports_no_qt_pyqtgraph_or_pandas(args, expect):
    out, heavy = loaded_heavy(*args)
    assert out.returncode == 0, out.stderr
    assert expect in out.stdout            # the command really ran
    assert heavy == [], f"reetool {' '.join(args)} imported {heavy}"


def test_the_probe_sees_a_command_that_draws():
    out, heavy = loaded_heavy("screenshot", "sources", "--size", "big", "--out", "unused.png")
    assert out.returncode == 2             # bad size: refused before anything is drawn
    assert heavy == []                     # even the screenshot command stays light until it draws
    out, heavy = loaded_heavy("chart", "--list")
    assert out.returncode == 0
    assert "PySide6" in heavy              # the chart registry's translated titles need Qt
