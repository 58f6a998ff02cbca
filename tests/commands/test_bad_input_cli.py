"""Issue 14: each input defect a fuzzing run found is a clean message and a non-zero exit.

In-process through the real parser (``main``), so the messages are those a user sees;
one subprocess run proves the exit status and the absence of a traceback end to end.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from reetool.cli import main
from tests.conftest import FIXTURES, ROOT

MARKET = FIXTURES / "market"


def fails(capsys, *argv, status=2) -> str:
    with pytest.raises(SystemExit) as exc:    # argparse refuses the argument
        main(list(argv))
    assert exc.value.code == status
    return capsys.readouterr().err


def refused(capsys, *argv) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "unexpected error" not in err
    return err


# --- defect 8 and 9: numeric arguments ------------------------------------------------------
RAMPUP = ("market", "scenario", "rampup", "--country", "China", "--country-growth", "1",
          "--others-growth", "2")


@pytest.mark.parametrize("extra, needle", [
    (("--horizon", "-5"), "--horizon: must be a whole number from 1 to 200"),
    (("--horizon", "100000000"), "--horizon: must be a whole number from 1 to 200"),
    (("--threshold", "nan"), "--threshold: must be a finite number from 0 to 100"),
    (("--threshold", "inf"), "--threshold: must be a finite number from 0 to 100"),
    (("--from", "99999"), "--from: must be a whole number from 1900 to 2100"),
])
def test_rampup_arguments_are_checked(capsys, extra, needle):
    assert needle in fails(capsys, *RAMPUP, *extra)


@pytest.mark.parametrize("flag", ["--country-growth", "--others-growth"])
@pytest.mark.parametrize("value", ["1e308", "nan", "inf", "-101", "abc"])
def test_growth_must_be_finite_and_bounded(capsys, flag, value):
    argv = list(RAMPUP)
    argv[argv.index(flag) + 1] = value
    err = fails(capsys, *argv)
    assert f"{flag}: must be a" in err and "number from -100 to 1000" in err


@pytest.mark.parametrize("cut", ["-10", "150", "nan", "inf"])
def test_cut_out_of_range_is_refused_not_clamped(capsys, cut):
    err = fails(capsys, "market", "scenario", "disruption", "--country", "China", "--cut", cut)
    assert "--cut: must be a finite number from 0 to 100" in err and repr(cut) in err


def test_cut_at_its_bounds_still_works(capsys):
    for cut in ("0", "100"):
        assert main(["market", "scenario", "disruption", "--country", "China", "--cut", cut,
                     "--year", "2022", "--edition", "MCS2023", "--format", "json"]) == 0
        rec = json.loads(capsys.readouterr().out)
        assert rec["cut_pct"] == float(cut)


def test_extreme_but_valid_rampup_stays_finite(capsys):
    assert main([*RAMPUP[:6], "1000", "--others-growth", "-100", "--horizon", "200",
                 "--format", "json"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert len(rec["share_pct"]) == 201 and all(0 <= s <= 100 for s in rec["share_pct"])


@pytest.mark.parametrize("scale", ["nan", "inf", "0", "-1", "9"])
def test_chart_scale_is_checked(capsys, scale):
    err = fails(capsys, "chart", "production_shares", "--out", "x.png", "--scale", scale)
    assert "--scale: must be a finite number from 0.25 to 8" in err


def test_screenshot_size_is_bounded(capsys, tmp_path):
    err = refused(capsys, "screenshot", "sources", "--size", "99999x99999", "--out", str(tmp_path / "x.png"))
    assert "each side from 100 to 7680" in err and not (tmp_path / "x.png").exists()


# --- defects 1–5: import files ----------------------------------------------------------------
def test_deep_json_catalogue_import(capsys, tmp_path):
    f = tmp_path / "deep.json"
    f.write_text("[" * 100_000 + "]" * 100_000)
    assert "deep.json: is nested more than 64 levels deep" in refused(
        capsys, "catalogue", "import", str(f), "--dry-run")


def test_catalogue_csv_cell_over_the_csv_limit(capsys, tmp_path):
    f = tmp_path / "big.csv"
    f.write_text("version,status,code,name_zh\n2023,restricted,083201J," + "x" * 140_000 + "\n")
    err = refused(capsys, "catalogue", "import", str(f), "--dry-run")
    assert "big.csv, line 2: a field is longer than 131,072 characters" in err


def test_salient_file_with_several_boms_imports(capsys, tmp_path):
    f = tmp_path / "mcs2023-raree_salient.csv"
    f.write_bytes(b"\xef\xbb\xbf" * 3 + (MARKET / "mcs2023-raree_salient.csv").read_bytes())
    assert main(["market", "import", str(f), "--dry-run", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["edition"] for r in rows} == {"MCS2023"}


@pytest.mark.parametrize("cmd", [("market", "import"), ("catalogue", "import")])
@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom"])
def test_symlink_to_a_device_is_refused(capsys, tmp_path, cmd, target):
    link = tmp_path / "data.csv"
    link.symlink_to(target)
    assert "is a device, not a regular file" in refused(capsys, *cmd, str(link), "--dry-run")


def test_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    out = subprocess.run([sys.executable, "-m", "reetool", "market", "import", str(fifo), "--dry-run"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2 and "pipe (FIFO), not a regular file" in out.stderr
    assert "Traceback" not in out.stderr


def test_400_digit_number_is_refused_with_file_line_field(capsys, tmp_path):
    f = tmp_path / "mcs2023-raree_world.csv"
    lines = (MARKET / "mcs2023-raree_world.csv").read_text(encoding="utf-8-sig").splitlines()
    row = next(csv.reader([lines[1]]))
    row[3] = "9" * 400
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    f.write_text("\n".join([lines[0], buf.getvalue().rstrip("\n"), *lines[2:]]) + "\n", encoding="utf-8")
    err = refused(capsys, "market", "import", str(f), "--dry-run")
    assert "line 2, field 'Prod_t_2021'" in err and "not a finite number" in err


# --- defect 6: formula injection in exports ---------------------------------------------------
def test_formula_country_is_neutralised_in_csv_output(capsys, tmp_path):
    f = tmp_path / "mcs2023-raree_world.csv"
    text = (MARKET / "mcs2023-raree_world.csv").read_text(encoding="utf-8-sig")
    f.write_text(text.replace("United States", "\"=cmd|' /C calc'!A0\"", 1), encoding="utf-8")
    assert main(["market", "import", str(f), "--dry-run", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    countries = {r["country"] for r in rows}
    assert "'=cmd|' /C calc'!A0" in countries and "=cmd|' /C calc'!A0" not in countries
    assert not any(r["country"].startswith(("=", "+", "-", "@")) for r in rows)
    assert rows[0]["value"] == "42000"                    # numbers unchanged


def test_negative_numbers_stay_numbers_in_csv(capsys):
    from reetool.commands.output import emit

    emit([{"a": -5.5, "b": "-7", "c": "=1+1"}], "csv")
    assert capsys.readouterr().out.splitlines()[1] == "-5.5,-7,'=1+1"


# --- one run end to end: exit status, no traceback --------------------------------------------
def test_bad_argument_exit_status_and_no_traceback():
    out = subprocess.run([sys.executable, "-m", "reetool", *RAMPUP, "--horizon", "-5"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "--horizon: must be a whole number from 1 to 200, not '-5'" in out.stderr


# --- defect 10: exports respect the umask -------------------------------------------------------
def test_chart_and_screenshot_exports_get_the_umask_mode(app, tmp_path, capsys):
    import stat

    old = os.umask(0o022)
    try:
        for suffix in (".png", ".svg", ".csv"):
            assert main(["chart", "production_shares", "--out", str(tmp_path / f"c{suffix}")]) == 0
        assert main(["screenshot", "sources", "--size", "400x300", "--out", str(tmp_path / "s.png")]) == 0
        assert main(["market", "import", str(MARKET / "mcs2023-raree_world.csv")]) == 0
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {"c.png": 0o644, "c.svg": 0o644, "c.csv": 0o644, "s.png": 0o644}
    from reetool.data.market_store import imports_dir

    (stored,) = imports_dir().glob("*.json")              # user data stays private
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600


# --- defect 12: damaged stores are named by any command that reads them ---------------------
def test_damaged_stores_are_named_and_the_command_still_works(capsys, isolated_user_folders):
    data = isolated_user_folders["data"]
    (data / "market" / "imports").mkdir(parents=True)
    (data / "market" / "imports" / "old.json").write_text('{"rows": [{"value": NaN}]}')
    (data / "catalogue").mkdir()
    (data / "catalogue" / "imports.json").write_text("[" * 5000)
    from reetool.data import market

    market.invalidate()
    assert main(["market", "shares", "--year", "2022", "--edition", "MCS2023", "--format", "json"]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "old.json" in err and "old.damaged-" in err and "not a finite number" in err
    assert main(["catalogue", "list", "--format", "json"]) == 0
    out = capsys.readouterr()
    assert len(json.loads(out.out)) > 0
    assert "imports.json" in out.err and "imports.damaged-" in out.err
    assert main(["catalogue", "list", "--format", "json"]) == 0      # and quietly from then on
    assert "warning" not in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_not_a_traceback(capsys, monkeypatch):
    from reetool.data import market

    def boom(*_a, **_k):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(market, "country_table", boom)
    assert main(["market", "shares"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected error: RecursionError" in err
    monkeypatch.setenv("REETOOL_DEBUG", "1")        # developers can still see where
    with pytest.raises(RecursionError):
        main(["market", "shares"])
