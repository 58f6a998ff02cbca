"""``reetool reference …`` headless: rows, formats, import with a bad row, no Qt/pandas."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reetool.cli import main

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "reference"
ROOT = Path(__file__).resolve().parent.parent.parent


def test_timeline_json_rows_carry_the_fields_and_status(capsys):
    assert main(["reference", "timeline", "--as-of", "2026-06-01", "--format", "json"]) == 0
    out = capsys.readouterr()
    rows = json.loads(out.out)
    row = next(r for r in rows if r["event_id"] == "EV-2025-62")
    assert row["date"] == "2025-10-09" and row["status"] == "suspended"
    assert row["title_zh"].startswith("商务部公告2025年第62号") and row["kind"] == "export_control"
    assert row["sources"] and "bundled sources end on 2026-01-06" in out.err


def test_timeline_filters_and_bad_arguments(capsys):
    assert main(["reference", "timeline", "--country", "wto", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "date,country,kind,title_en,title_zh,status,sources" and len(lines) == 4
    assert main(["reference", "timeline", "--kind", "embargo"]) == 2
    assert "--kind 'embargo' is not one of" in capsys.readouterr().err


def test_elements_chain_claims(capsys):
    assert main(["reference", "elements", "--format", "json"]) == 0
    els = json.loads(capsys.readouterr().out)
    assert [e["symbol"] for e in els][-1] == "Lu" and len(els) == 17
    assert "EV-2025-18" in next(e for e in els if e["symbol"] == "Dy")["measures"]
    assert main(["reference", "chain", "--format", "json"]) == 0
    chain = json.loads(capsys.readouterr().out)
    assert chain[0]["stage"] == "mining" and "2023 083201J" not in chain[0]["items"]
    assert main(["reference", "claims", "--format", "csv"]) == 0
    assert "CL-09" in capsys.readouterr().out


def test_import_dry_run_then_real_and_bad_row(capsys, isolated_user_folders):
    assert main(["reference", "timeline", "import", str(FIX / "events_good.csv"), "--dry-run"]) == 0
    assert "nothing saved" in capsys.readouterr().err
    assert not (isolated_user_folders["data"] / "reference" / "events.json").exists()
    assert main(["reference", "timeline", "import", str(FIX / "events_good.csv")]) == 0
    capsys.readouterr()
    assert (isolated_user_folders["data"] / "reference" / "events.json").exists()
    assert main(["reference", "timeline", "import", str(FIX / "events_bad.csv")]) == 2
    assert "events_bad.csv, line 3, field 'date'" in capsys.readouterr().err


def test_the_command_imports_no_qt_and_no_pandas():
    # building the parser already loads QtCore (the screenshot command lists the pages);
    # the reference commands must add no Qt module and never load pandas or pyqtgraph
    code = ("import sys, io, contextlib\nfrom reetool.cli import build_parser, main\nbuild_parser()\n"
            "heavy = lambda: {m for m in sys.modules if m.split('.')[0] in ('PySide6','pandas','pyqtgraph')}\n"
            "before = heavy()\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main(['reference','chain']); main(['reference','timeline']); main(['reference','elements'])\n"
            "print(sorted(heavy() - before), any(m.startswith(('pandas','pyqtgraph')) for m in heavy()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[] False"
