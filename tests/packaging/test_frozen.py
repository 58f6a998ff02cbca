"""Smoke test of the PyInstaller executable (marker ``frozen``; not in the default run).

    pip install ".[build]" && python -m pytest -m frozen

Builds dist/reetool/ with packaging/build.py unless a build newer than every source,
resource and spec file is already there, then runs it the way a user's machine would:
no Python on PATH, no network (when the kernel lets us unshare it), a fresh HOME and
data folder, offscreen Qt.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.catalogue.pdf_fixture import catalogue_pdfs  # noqa: F401  (PDFs drawn by the tests)
from tests.packaging.conftest import ROOT, load_packaging_module

pytestmark = pytest.mark.frozen

# Headless commands whose JSON must be identical frozen and unfrozen.
JSON_COMMANDS = (
    ["catalogue", "coverage", "--format", "json"],
    ["market", "concentration", "--commodity", "rare earths", "--metric", "production",
     "--year", "2022", "--edition", "MCS2023", "--format", "json"],
)
FATAL = ("Traceback", "ModuleNotFoundError", "ImportError", "FileNotFoundError",
         "could not find or load", "error while loading shared libraries")

build = load_packaging_module("build")


@pytest.fixture(scope="module")
def exe() -> Path:
    return build.ensure_built()


@pytest.fixture(scope="module")
def minimal_env(tmp_path_factory) -> dict[str, str]:
    """PATH = /usr/bin and /bin without any python or pip; nothing else inherited."""
    root = tmp_path_factory.mktemp("frozen")
    bin_dir = root / "bin"
    bin_dir.mkdir()
    for folder in (Path("/usr/bin"), Path("/bin")):
        for tool in (folder.iterdir() if folder.is_dir() else ()):
            if not tool.name.startswith(("python", "pip", "pydoc", "idle")) and not (bin_dir / tool.name).exists():
                (bin_dir / tool.name).symlink_to(tool)
    env = {"PATH": str(bin_dir), "HOME": str(root / "home"), "QT_QPA_PLATFORM": "offscreen",
           "REETOOL_DATA_DIR": str(root / "data")}
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return env


@pytest.fixture(scope="module")
def offline() -> list[str]:
    """A command prefix running the executable without network, where possible."""
    for prefix in (["unshare", "--net"], ["unshare", "--map-root-user", "--net"]):
        try:
            if subprocess.run([*prefix, "true"], capture_output=True, timeout=20).returncode == 0:
                return prefix
        except (OSError, subprocess.TimeoutExpired):
            pass
    return []  # no namespaces here: the app still must not try (tests/packaging excludes QtNetwork)


def run_frozen(exe, env, prefix, *args) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, str(exe), *args], env=env, cwd=env["HOME"] if Path(env["HOME"]).is_dir() else None,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def run_unfrozen(env, *args) -> subprocess.CompletedProcess:
    full = dict(os.environ, **{k: v for k, v in env.items() if k != "PATH"}, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "reetool", *args], env=full, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def assert_no_fatal(out: subprocess.CompletedProcess) -> None:
    text = out.stdout + out.stderr
    found = [marker for marker in FATAL if marker in text]
    assert found == [], f"fatal markers {found} in the output:\n{text[-4000:]}"


def test_self_test_runs_frozen_in_a_minimal_environment(exe, minimal_env, offline):
    out = run_frozen(exe, minimal_env, offline, "self-test")
    assert_no_fatal(out)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().splitlines()[-1] == "READY"
    assert "languages: en, zh" in out.stdout  # the bundled .qm files were found


def test_the_window_opens_frozen_on_the_first_page(exe, minimal_env, offline):
    """The same executable without a command opens the GUI (quits after its first paint)."""
    out = run_frozen(exe, dict(minimal_env, REETOOL_EXIT_AFTER_PAINT="1"), offline)
    assert_no_fatal(out)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "REETOOL_FIRST_PAINT" in out.stdout and " page=catalogue " in out.stdout


def test_self_test_sees_the_same_data_and_pages_as_unfrozen(exe, minimal_env, offline):
    def checked(out):  # every line but the timing one
        return [line for line in out.stdout.splitlines() if not line.startswith("all checks passed")]
    frozen = run_frozen(exe, minimal_env, offline, "self-test")
    unfrozen = run_unfrozen(minimal_env, "self-test")
    assert unfrozen.returncode == 0, unfrozen.stderr
    assert checked(frozen) == checked(unfrozen)


@pytest.mark.parametrize("command", JSON_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_headless_command_gives_the_same_output_frozen_and_unfrozen(exe, minimal_env, offline, command):
    unfrozen = run_unfrozen(minimal_env, *command)
    frozen = run_frozen(exe, minimal_env, offline, *command)
    assert_no_fatal(frozen)
    assert unfrozen.returncode == 0 and frozen.returncode == 0, frozen.stderr + unfrozen.stderr
    assert frozen.stdout.strip(), f"{command}: no output"
    assert json.loads(frozen.stdout) == json.loads(unfrozen.stdout)


def test_pdf_import_reads_the_same_items_frozen_and_refuses_a_scan(exe, minimal_env, offline, catalogue_pdfs):
    """pdfplumber, pdfminer's CMaps and cryptography made it into the bundle, and what the
    bundle leaves out (page rendering) is not needed to read a PDF's text."""
    command = ["catalogue", "import", str(catalogue_pdfs["official_blocks"]), "--dry-run", "--format", "json"]
    frozen = run_frozen(exe, minimal_env, offline, *command)
    unfrozen = run_unfrozen(minimal_env, *command)
    assert_no_fatal(frozen)
    assert frozen.returncode == 0 and unfrozen.returncode == 0, frozen.stderr + unfrozen.stderr
    assert [i["code"] for i in json.loads(frozen.stdout)] == ["083201J", "990101J", "990102J", "990201X", "990202X"]
    assert json.loads(frozen.stdout) == json.loads(unfrozen.stdout)
    scan = run_frozen(exe, minimal_env, offline, "catalogue", "import", str(catalogue_pdfs["scan"]), "--version", "2023")
    assert scan.returncode == 2 and len(scan.stderr.strip().splitlines()) == 1 and "OCR" in scan.stderr


def test_briefing_exports_pdf_and_powerpoint_frozen(exe, minimal_env, offline, tmp_path):
    """python-pptx (with lxml and Pillow) and the PDF writer made it into the bundle."""
    from pptx import Presentation
    from pypdf import PdfReader

    pptx, pdf = tmp_path / "deck.pptx", tmp_path / "zh.pdf"
    for out, extra in ((pptx, []), (pdf, ["--lang", "zh"])):
        done = run_frozen(exe, minimal_env, offline, "briefing", "export", *extra, "--out", str(out))
        assert_no_fatal(done)
        assert done.returncode == 0, done.stdout + done.stderr
    assert len(Presentation(str(pptx)).slides) >= 8
    assert len(PdfReader(str(pdf)).pages) >= 8


def test_the_executable_never_writes_into_its_own_folder(exe, minimal_env, offline):
    """The folder may be read-only (USB stick, /opt): user data goes to REETOOL_DATA_DIR."""
    built = exe.stat().st_mtime
    run_frozen(exe, minimal_env, offline, "self-test")
    run_frozen(exe, minimal_env, offline, "--version")
    changed = [p.relative_to(exe.parent).as_posix() for p in exe.parent.rglob("*")
               if p.is_file() and p != exe and p.stat().st_mtime > built]
    assert changed == []


def test_bundle_holds_resources_and_leaves_out_what_is_excluded(exe):
    exclusions = load_packaging_module("exclusions")
    internal = exe.parent / "_internal"
    assert (internal / "resources" / "data" / "manifest.json").is_file()
    assert sorted(p.name for p in (internal / "resources" / "fonts").glob("*.otf"))
    assert list((internal / "resources" / "i18n").glob("*.qm")) and not list((internal / "resources" / "i18n").glob("*.ts"))
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()]
    assert [f for f in files if exclusions.drop_file(f)] == []
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"
    # the modules PyInstaller put in the executable's archive (its build record)
    toc = (build.work_dir() / "reetool" / "PYZ-00.toc").read_text(encoding="utf-8")
    modules = {m for m in __import__("re").findall(r"\('([\w.]+)',", toc)}
    assert "reetool.cli" in modules and "pandas" in modules and "pyqtgraph" in modules
    leaked = sorted(m for m in modules if exclusions.is_excluded(m))
    assert leaked == []


def test_spec_options_keep_numpy_pandas_and_pyqtgraph_working(minimal_env, offline):
    """The hello baseline (pandas + pyqtgraph, same spec options) runs frozen: so the
    excludes and dropped files cut nothing numpy, pandas or pyqtgraph need, whatever
    the app's pages import yet. (Stripping binaries once broke numpy's OpenBLAS here.)"""
    hello = build.ensure_built("hello")
    env = dict(minimal_env, REETOOL_EXIT_AFTER_PAINT="1")
    out = run_frozen(hello, env, offline)
    assert_no_fatal(out)
    assert out.returncode == 0 and "REETOOL_FIRST_PAINT" in out.stdout, out.stdout + out.stderr
