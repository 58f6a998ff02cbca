"""Headless commands, run as a user runs them: in a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reetool import __version__

ROOT = Path(__file__).resolve().parents[2]


def run(*args, env=None):
    full_env = {**os.environ, **(env or {})}
    full_env.pop("QT_QPA_PLATFORM", None)  # headless commands must work without it
    return subprocess.run([sys.executable, "-m", "reetool", *args], capture_output=True,
                          text=True, cwd=ROOT, env=full_env, timeout=300)


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"reetool {__version__}"


def test_self_test_prints_ready():
    out = run("self-test")
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().splitlines()[-1] == "READY"
    assert "languages: en, zh" in out.stdout
    assert "Traceback" not in out.stderr


def test_screenshot_writes_png(tmp_path):
    target = tmp_path / "shot.png"
    out = run("screenshot", "sources", "--lang", "zh", "--size", "900x600", "--out", str(target))
    assert out.returncode == 0, out.stderr
    from PySide6.QtGui import QImage

    img = QImage(str(target))
    assert (img.width(), img.height()) == (900, 600)


def test_bad_size_is_a_clean_error(tmp_path):
    out = run("screenshot", "sources", "--size", "big", "--out", str(tmp_path / "x.png"))
    assert out.returncode == 2
    assert "--size must look like 1280x800" in out.stderr and "Traceback" not in out.stderr


def test_broken_bundled_data_is_reported_without_traceback(tmp_path):
    import shutil

    from reetool import resources

    fake = tmp_path / "pkg"
    shutil.copytree(ROOT / "reetool", fake / "reetool")
    shutil.copytree(resources.root(), fake / "resources")
    (fake / "resources" / "data" / "elements.csv").write_text("symbol,name\nLa,Lanthanum\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "reetool", "self-test"], capture_output=True, text=True,
                         cwd=fake, env={**os.environ, "PYTHONPATH": str(fake)}, timeout=300)
    assert out.returncode == 1
    assert "elements.csv, line 1, field 'atomic_number'" in out.stdout


def test_window_args_read_the_last_lang_like_argparse():
    from reetool.cli import window_args

    assert window_args([]) == (True, None)
    assert window_args(["--lang", "zh"]) == (True, "zh")
    assert window_args(["--lang=en"]) == (True, "en")
    assert window_args(["--lang", "en", "--lang=zh"]) == (True, "zh")
    assert window_args(["--lang", "fr"]) == (True, "fr")     # main() lets argparse refuse it
    assert window_args(["--lang", "zh", "self-test"]) == (False, None)
    assert window_args(["--lang"]) == (False, None)


def test_a_bad_window_language_is_refused_by_name(capsys):
    import pytest

    from reetool.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "fr"])
    assert exit_.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
