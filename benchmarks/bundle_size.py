"""Size of the executable: onedir folder, download archive, ratio to a hello world.

    python benchmarks/bundle_size.py            # builds what is missing or stale
    python benchmarks/bundle_size.py --no-archive

The baseline is ``packaging/baselines/hello.py`` (PySide6-Essentials + pandas + pyqtgraph,
a plot in a window) built from the same spec with the same options
(``python packaging/build.py --target hello``). The archive is what a user downloads:
the onedir folder as tar.xz (``python packaging/build.py --archive`` makes the same file).
MB = 10^6 bytes.
"""

from __future__ import annotations

import argparse
import json
import importlib.util
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("reetool_build", ROOT / "packaging" / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def by_component(folder: Path) -> Counter:
    """Bytes per component: the top-level entry of _internal, Qt libraries one by one."""
    sizes: Counter = Counter()
    internal = folder / "_internal"
    for f in folder.rglob("*"):
        if not f.is_file() or f.is_symlink():
            continue
        rel = f.relative_to(internal if internal in f.parents else folder).parts
        if rel[:3] == ("PySide6", "Qt", "lib"):
            key = "PySide6/Qt/lib/" + (rel[3] if "icu" in rel[3] or "Qt6" in rel[3] else "other")
        elif rel[:3] == ("PySide6", "Qt", "plugins"):
            key = "PySide6/Qt/plugins"
        elif rel[0] == "PySide6":
            key = "PySide6 (bindings)"
        elif f.parent == folder:
            key = "executable (bootloader + Python module archive)"
        elif len(rel) == 1 and rel[0].startswith("lib"):
            key = "system libraries (" + rel[0] + ")" if f.stat().st_size > 3e6 else "system libraries (small)"
        else:
            key = rel[0]
        sizes[key] += f.stat().st_size
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-archive", action="store_true")
    parser.add_argument("--top", type=int, default=14)
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    args = parser.parse_args(argv)

    build.ensure_built("reetool")
    build.ensure_built("hello")
    app, app_files = build.folder_size(build.bundle_dir("reetool"))
    hello, hello_files = build.folder_size(build.bundle_dir("hello"))
    print(f"onedir dist/reetool:            {app / 1e6:7.1f} MB, {app_files} files")
    print(f"onedir hello (same spec):       {hello / 1e6:7.1f} MB, {hello_files} files")
    print(f"ratio reetool / hello:          {app / hello:7.2f}x")
    summary = {"onedir_mb": round(app / 1e6, 1), "onedir_files": app_files,
               "hello_mb": round(hello / 1e6, 1), "size_ratio": round(app / hello, 3)}
    onefile = build.executable("reetool", onefile=True)
    if onefile.is_file():
        print(f"onefile dist/onefile/reetool:   {onefile.stat().st_size / 1e6:7.1f} MB"
              + ("" if build.is_fresh("reetool", onefile=True) else "  (stale build)"))
    if not args.no_archive:
        started = time.perf_counter()
        archive = build.make_archive("reetool")
        summary["archive_mb"] = round(archive.stat().st_size / 1e6, 1)
        print(f"download {archive.name}: {archive.stat().st_size / 1e6:.1f} MB "
              f"(xz -9, made in {time.perf_counter() - started:.0f} s)")

    mine, theirs = by_component(build.bundle_dir("reetool")), by_component(build.bundle_dir("hello"))
    print("\nlargest components of dist/reetool (MB; hello in brackets):")
    for key, size in mine.most_common(args.top):
        print(f"  {size / 1e6:7.1f}  [{theirs.get(key, 0) / 1e6:6.1f}]  {key}")
    extra = {k: mine[k] - theirs.get(k, 0) for k in mine if mine[k] - theirs.get(k, 0) > 2e5}
    print("reetool minus hello, by component (MB): "
          + ", ".join(f"{k} {v / 1e6:+.1f}" for k, v in sorted(extra.items(), key=lambda kv: -kv[1])))
    if args.json:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
