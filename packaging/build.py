"""Build the reetool executable with PyInstaller (see packaging/README.md).

    python packaging/build.py                 # onedir: dist/reetool/reetool (+ _internal/)
    python packaging/build.py --onefile       # one file: dist/onefile/reetool (slower start)
    python packaging/build.py --archive       # onedir + dist/reetool-<version>-<os>-<arch>.tar.xz
    python packaging/build.py --target bare   # start-up baseline (bare QMainWindow)
    python packaging/build.py --target hello  # size baseline (PySide6 + pandas + pyqtgraph)
    python packaging/build.py --target floor  # start-up reference (the first page, plain Qt)

Needs the build extra in the running interpreter: ``pip install ".[build]"``. Every
target uses packaging/reetool.spec, so the baselines get exactly the app's options.
Tests and benchmarks import this file for the paths and to build what is missing.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "reetool.spec"
TARGETS = ("reetool", "bare", "hello", "floor")
# What a build depends on: if any of these is newer than the executable, rebuild.
INPUTS = ("reetool", "resources", "packaging")
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def dist_dir(target: str = "reetool", onefile: bool = False) -> Path:
    """Where PyInstaller writes the target (the baselines stay out of dist/)."""
    base = ROOT / "dist" if target == "reetool" else ROOT / "build" / "baselines" / "dist"
    return base / "onefile" if onefile else base


def work_dir(target: str = "reetool", onefile: bool = False) -> Path:
    return ROOT / "build" / "pyinstaller" / (target + ("-onefile" if onefile else ""))


def bundle_dir(target: str = "reetool") -> Path:
    """The onedir folder a user unpacks, e.g. dist/reetool."""
    return dist_dir(target) / target


def executable(target: str = "reetool", onefile: bool = False) -> Path:
    if onefile:
        return dist_dir(target, onefile=True) / (target + EXE_SUFFIX)
    return bundle_dir(target) / (target + EXE_SUFFIX)


def _newest_input() -> float:
    newest = 0.0
    for name in INPUTS:
        for f in (ROOT / name).rglob("*"):
            if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".md":
                newest = max(newest, f.stat().st_mtime)
    return newest


def is_fresh(target: str = "reetool", onefile: bool = False) -> bool:
    """True when the executable exists and is newer than every source, resource and spec."""
    exe = executable(target, onefile)
    return exe.is_file() and exe.stat().st_mtime >= _newest_input()


def version() -> str:
    text = (ROOT / "reetool" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, symlinks not followed."""
    total = files = 0
    for f in path.rglob("*"):
        if f.is_file() and not f.is_symlink():
            total += f.stat().st_size
            files += 1
    return total, files


def build(target: str = "reetool", onefile: bool = False, clean: bool = False,
          quiet: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the executable. Raises on failure."""
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}; one of {', '.join(TARGETS)}")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is missing: pip install \".[build]\"") from None
    env = dict(os.environ, REETOOL_TARGET=target, REETOOL_ONEFILE="1" if onefile else "0",
               PYTHONHASHSEED="0")
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
           "--distpath", str(dist_dir(target, onefile)), "--workpath", str(work_dir(target, onefile)),
           "--log-level", "WARN"]
    if clean:
        cmd.append("--clean")
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL if quiet else None)
    exe = executable(target, onefile)
    if not exe.is_file():
        raise RuntimeError(f"PyInstaller finished but {exe} is missing")
    exe.touch()  # the freshness check compares against this time
    elapsed = time.perf_counter() - started
    if onefile:
        size, files = exe.stat().st_size, 1
    else:
        size, files = folder_size(bundle_dir(target))
    print(f"built {exe.relative_to(ROOT)} in {elapsed:.0f} s: {size / 1e6:.1f} MB, {files} files")
    return exe


def ensure_built(target: str = "reetool", onefile: bool = False) -> Path:
    """The executable, rebuilt only when a source, resource or the spec changed."""
    return executable(target, onefile) if is_fresh(target, onefile) else build(target, onefile)


def archive_name() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    return f"reetool-{version()}-{system}-{platform.machine().lower()}.tar.xz"


def make_archive(target: str = "reetool") -> Path:
    """The download: the onedir folder as tar.xz, xz -9 (multi-threaded xz when installed)."""
    out = dist_dir(target) / archive_name()
    xz = shutil.which("xz")
    if xz:
        with open(out, "wb") as f:
            proc = subprocess.Popen([xz, "-9", "-T0", "--block-size=64MiB", "-c"], stdin=subprocess.PIPE, stdout=f)
            with tarfile.open(fileobj=proc.stdin, mode="w|") as tar:
                tar.add(bundle_dir(target), arcname=target)
            proc.stdin.close()
            if proc.wait() != 0:
                raise RuntimeError("xz failed")
    else:
        with tarfile.open(out, "w:xz", preset=9) as tar:
            tar.add(bundle_dir(target), arcname=target)
    print(f"archived {out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.1f} MB")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=TARGETS, default="reetool")
    parser.add_argument("--onefile", action="store_true", help="one self-unpacking file instead of a folder")
    parser.add_argument("--archive", action="store_true", help="also pack the onedir folder as tar.xz")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    parser.add_argument("--if-stale", action="store_true", help="build only when sources changed")
    args = parser.parse_args(argv)
    if args.if_stale:
        ensure_built(args.target, args.onefile)
    else:
        build(args.target, args.onefile, args.clean)
    if args.archive:
        if args.onefile:
            parser.error("--archive packs the onedir folder; build it without --onefile")
        make_archive(args.target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
