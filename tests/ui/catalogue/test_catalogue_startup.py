"""The catalogue page is the first page: importing it must stay light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_page_import_pulls_in_no_pandas_pyqtgraph_or_dialogs():
    code = ("import sys\nimport reetool.ui.catalogue.page\n"
            "heavy = ['pandas', 'pyqtgraph', 'reetool.ui.catalogue.compare_dialog',\n"
            "         'reetool.ui.catalogue.import_dialog', 'reetool.data.catalogue_import']\n"
            "print(','.join(m for m in heavy if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == ""

