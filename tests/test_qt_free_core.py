"""The model layers (reetool.data, reetool.analysis, reetool.state) must not import Qt or
pyqtgraph, and no layer imports upward: data and analysis never import state or ui, state
never imports ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph")


def test_importing_model_layers_loads_no_qt():
    code = (
        "import sys, reetool.data, reetool.analysis, reetool.state\n"
        "import pkgutil, importlib\n"
        "for pkg in (reetool.data, reetool.analysis, reetool.state):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "", f"model layers pulled in: {out.stdout.strip()}"


def test_model_sources_name_no_qt_module():
    offenders = []
    upward = {"data": ("reetool.ui", "reetool.state", "reetool.commands"),
              "analysis": ("reetool.ui", "reetool.state", "reetool.commands"),
              "state": ("reetool.ui", "reetool.commands")}
    for pkg, banned in upward.items():
        for f in (ROOT / "reetool" / pkg).rglob("*.py"):
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{f.relative_to(ROOT)}:{node.lineno} {n}" for n in names
                              if n.split(".")[0] in FORBIDDEN or n.startswith(banned)]
    assert offenders == []


def test_data_layer_loads_records_without_pandas():
    code = ("import sys\nfrom reetool.data import bundle\nbundle().records('catalogue_items')\n"
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
