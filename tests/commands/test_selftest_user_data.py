"""``self-test`` checks the bundle as published and reports the user's data apart (issue 14,
defects 7 and 12): a legitimate edit never fails it; damaged files are named, set aside, and
the check still passes."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tests.conftest import ROOT


def test_self_test_ignores_edits_and_names_damaged_files(isolated_user_folders):
    from reetool.data.market_user import EditStore, table_key

    data = isolated_user_folders["data"]
    # a legitimate edit of the very table the self-test checks (MCS2023, 2022: China 70.0 %)
    EditStore().put(table_key("Rare earths", "Mine production", "MCS2023", 2022),
                    {"China": 10.0}, [])
    imports = data / "market" / "imports"
    imports.mkdir(parents=True)
    (imports / "broken.json").write_text('{"rows": [{"value": Infinity}]}', encoding="utf-8")
    (data / "catalogue").mkdir()
    (data / "catalogue" / "imports.json").write_text("[" * 100_000, encoding="utf-8")
    stale = data / "market" / ".edits.json.q1w2e3r4.tmp"
    stale.write_text("half a save", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))

    out = subprocess.run([sys.executable, "-m", "reetool", "self-test"], capture_output=True,
                         text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[-1] == "READY" and "Traceback" not in out.stderr
    assert "  market: MCS2023 2022 China 70.0 %, HHI 5,167, CR3 90.3 %" in lines
    assert "user data: market edits: 1 edited tables; scenarios: 0" in lines
    assert "user data: 1 stale temporary file(s) from an interrupted save removed" in lines
    damaged = [x for x in lines if x.startswith("user data: DAMAGED, set aside:")]
    assert len(damaged) == 2
    assert any("broken.json" in x and "not a finite number" in x for x in damaged)
    assert any("imports.json" in x and "nested more than 64" in x for x in damaged)
    assert not stale.exists()
    assert len(list(imports.glob("broken.damaged-*.json"))) == 1
    assert len(list((data / "catalogue").glob("imports.damaged-*.json"))) == 1
    # the edit itself is untouched
    assert "China" in (data / "market" / "edits.json").read_text(encoding="utf-8")
