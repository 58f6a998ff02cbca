"""Opening the window imports only what its first page needs: no command modules, no pandas,
no pyqtgraph (the start-up to first paint is measured by benchmarks/startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reetool.cli import COMMAND_MODULES, opens_window

ROOT = Path(__file__).resolve().parents[2]

PROBE = (
    "import atexit, json, sys\n"
    "atexit.register(lambda: sys.stderr.write('\\nMODULES=' + json.dumps(sorted(sys.modules)) + '\\n'))\n"
    "from reetool.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.mark.parametrize("argv, window", [
    ([], True), (["--lang", "zh"], True), (["--lang=en"], True),
    (["--lang"], False), (["--help"], False), (["--version"], False),
    (["catalogue", "list"], False), (["--lang", "zh", "self-test"], False),
])
def test_which_command_lines_open_the_window(argv, window):
    assert opens_window(argv) is window


def test_the_window_starts_without_commands_pandas_or_pyqtgraph(isolated_user_folders):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REETOOL_EXIT_AFTER_PAINT": "1"}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=300)
    assert out.returncode == 0 and "REETOOL_FIRST_PAINT" in out.stdout and "page=catalogue" in out.stdout
    line = next(x for x in reversed(out.stderr.splitlines()) if x.startswith("MODULES="))
    modules = json.loads(line[len("MODULES="):])
    assert "reetool.ui.catalogue.page" in modules                  # the probe saw the real start
    loaded = [m for m in modules if m in COMMAND_MODULES or m.split(".")[0] in
              ("pandas", "pyqtgraph", "numpy")]
    assert loaded == []
