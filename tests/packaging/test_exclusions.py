"""What the spec leaves out (packaging/exclusions.py) is really not needed by the app.

The app's code paths (every module imported, self-test, the main window with every page,
what the pages do with pandas and pyqtgraph) run in a subprocess, once with the excluded
modules made unimportable as in the bundle, once normally. Fast; no PyInstaller needed.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.packaging.conftest import ROOT, load_packaging_module

exclusions = load_packaging_module("exclusions")


def exercise(*flags: str) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "packaging" / "exercise_app.py"), *flags],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.stdout.strip(), f"no report from the exercise run:\n{out.stderr[-3000:]}"
    report = json.loads(out.stdout.strip().splitlines()[-1])
    report["stderr"] = out.stderr
    return report


@pytest.fixture(scope="module")
def blocked():
    return exercise("--block")


@pytest.fixture(scope="module")
def normal():
    return exercise()


def test_app_runs_with_the_excluded_modules_missing(blocked):
    assert blocked["exit"] == 0, f"the app failed without the excluded modules:\n{blocked['stderr'][-3000:]}"
    assert "READY" in blocked["stderr"]  # self-test's output, echoed to stderr


def test_only_guarded_optional_imports_are_attempted(blocked):
    unexpected = sorted(set(blocked["attempted"]) - set(exclusions.GUARDED_IMPORTS))
    assert unexpected == [], f"excluded but imported (remove from exclusions.py or stop importing): {unexpected}"


def test_unfrozen_app_loads_no_excluded_module(normal):
    assert normal["exit"] == 0, normal["stderr"][-3000:]
    unexpected = sorted(m for m in normal["loaded"]
                        if not any(m == g or m.startswith(g + ".") for g in exclusions.GUARDED_IMPORTS))
    assert unexpected == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_no_dropped_qt_library_or_plugin_is_loaded(normal):
    libs = normal["qt_libraries"]
    assert "Qt/lib/libQt6Widgets.so.6" in libs  # the check sees what Qt loads
    dropped = {lib: exclusions.drop_file("PySide6/" + lib) for lib in libs}
    assert {lib: why for lib, why in dropped.items() if why} == {}


@pytest.mark.parametrize("dest, dropped", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", False),       # Windows wheel layout
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False),
    ("PySide6\\plugins\\printsupport\\windowsprintersupport.dll", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/assistant_zh_CN.qm", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", False),
    ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", False),  # pyqtgraph imports it
    ("resources/i18n/app_zh_CN.ts", True),
    ("resources/i18n/app_zh_CN.qm", False),
    ("resources/fonts/NotoSansSC-reetool-Regular.otf", False),
    ("numpy.libs/libscipy_openblas64_-ff651d7f.so", False),
])
def test_drop_rules(dest, dropped):
    assert bool(exclusions.drop_file(dest)) is dropped


def test_module_exclusion_covers_submodules_only():
    assert exclusions.is_excluded("PySide6.QtNetwork")
    assert exclusions.is_excluded("pandas.tests.frame")
    assert not exclusions.is_excluded("PySide6.QtNetworkish")
    assert not exclusions.is_excluded("pandas._testing")  # pandas/__init__ imports it
    assert not exclusions.is_excluded("PySide6.QtOpenGLWidgets")
    assert not exclusions.is_excluded("PySide6.QtSvg")


def test_spec_uses_the_shared_lists():
    spec = (ROOT / "packaging" / "reetool.spec").read_text(encoding="utf-8")
    assert "excludes=list(exclusions.EXCLUDED_MODULES)" in spec
    assert "exclusions.drop_file(" in spec
    assert "upx=False" in spec and "upx=True" not in spec
