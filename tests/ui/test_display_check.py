"""Without a usable display the app says so in one line and exits non-zero: no core dump
(issue 14, defect 11). The probe imports no Qt."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reetool.ui import display_check
from tests.conftest import ROOT


def env_without_display(**extra):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


def test_no_display_one_clear_line_no_core_dump():
    out = subprocess.run([sys.executable, "-m", "reetool"], capture_output=True, text=True,
                         cwd=ROOT, env=env_without_display(), timeout=120)
    assert out.returncode == 1                      # not 134 (SIGABRT, core dump)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "no display found" in lines[0] and "headless commands work" in lines[0]


def test_unreachable_display_is_named():
    out = subprocess.run([sys.executable, "-m", "reetool"], capture_output=True, text=True,
                         cwd=ROOT, env=env_without_display(DISPLAY=":97"), timeout=120)
    assert out.returncode == 1 and "cannot connect to the display ':97'" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_headless_commands_still_work_without_display():
    out = subprocess.run([sys.executable, "-m", "reetool", "catalogue", "coverage"],
                         capture_output=True, text=True, cwd=ROOT, env=env_without_display(),
                         timeout=120)
    assert out.returncode == 0 and "2023" in out.stdout


def test_missing_libraries_are_named_with_their_packages():
    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    msg = display_check.problem({"DISPLAY": ":0"}, loadable=lambda name: name not in absent,
                                connect=lambda d: True, platform="linux")
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in msg
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in msg
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" in msg


@pytest.mark.parametrize("env, platform", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),   # the user chose a platform
    ({}, "win32"), ({}, "darwin"),                  # not probed
    ({"DISPLAY": ":0"}, "linux"),                   # all there
])
def test_no_problem_when_the_platform_is_usable_or_chosen(env, platform):
    assert display_check.problem(env, loadable=lambda n: True, connect=lambda d: True,
                                 platform=platform) is None


def test_probe_imports_no_qt():
    code = ("import sys, reetool.ui.display_check as d; d.problem({'DISPLAY': ':0'}); "
            "print(any(m.startswith('PySide6.Qt') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env=env_without_display(), timeout=60)
    assert out.stdout.strip() == "False"


@pytest.mark.skipif(not __import__("shutil").which("Xvfb"), reason="needs Xvfb")
def test_a_real_x_display_passes_the_probe_and_the_window_paints(tmp_path):
    import time

    xvfb = subprocess.Popen(["Xvfb", ":94", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):                      # wait for the server's socket
            if os.path.exists("/tmp/.X11-unix/X94"):
                break
            time.sleep(0.1)
        env = env_without_display(DISPLAY=":94", REETOOL_EXIT_AFTER_PAINT="1",
                                  REETOOL_DATA_DIR=str(tmp_path / "d"), REETOOL_CONFIG_DIR=str(tmp_path / "c"))
        assert display_check.problem(env) is None
        out = subprocess.run([sys.executable, "-m", "reetool"], capture_output=True, text=True,
                             cwd=ROOT, env=env, timeout=120)
        assert out.returncode == 0 and "REETOOL_FIRST_PAINT" in out.stdout, out.stderr
    finally:
        xvfb.terminate()
        xvfb.wait(10)
