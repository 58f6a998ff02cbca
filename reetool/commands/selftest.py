"""``reetool self-test``: load all data, build every page offscreen, render every chart."""

from __future__ import annotations

import os
import tempfile
import time
import traceback

SANDBOX_VARS = ("REETOOL_DATA_DIR", "REETOOL_CONFIG_DIR")


def register(sub) -> None:
    p = sub.add_parser("self-test", help="check data, pages and charts offscreen; prints READY")
    p.add_argument("--lang", choices=("en", "zh"), default="en")
    p.set_defaults(func=run)


def run(args) -> int:
    from reetool.ui.app import use_offscreen

    use_offscreen()
    lines: list[str] = []
    failures: list[str] = []
    started = time.perf_counter()

    def step(name: str, fn):
        try:
            result = fn()
        except Exception as exc:  # a self-test reports every failure, then exits non-zero
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            detail = traceback.format_exc().strip().splitlines()
            failures.extend("    " + d for d in detail[-6:])
            return None
        return result

    user_lines = user_data_report()
    # Everything below checks the bundled data as published: the user's imports, edits and
    # settings are kept out by pointing the app at an empty folder for the rest of the run.
    sandbox = tempfile.TemporaryDirectory(prefix="reetool-self-test-")
    saved = {k: os.environ.get(k) for k in SANDBOX_VARS}
    for k in SANDBOX_VARS:
        os.environ[k] = sandbox.name
    try:
        return _checks(args, lines, failures, step, started, user_lines)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        sandbox.cleanup()


def user_data_report() -> list[str]:
    """The user's own data, reported apart from the checks: what each store holds, stale temp
    files removed, and every damaged file (set aside now or earlier), named."""
    from reetool.data import user_files

    lines = []
    try:
        removed = user_files.clean_stale_temps()
        stores = user_files.check_stores()
        earlier = user_files.set_aside_files()
    except Exception as exc:  # the user's data must never stop the check of the bundle
        return [f"user data: could not be checked ({type(exc).__name__}: {exc})"]
    for s in stores:
        if s["error"] is None:
            lines.append(f"user data: {s['summary']}")
        elif not any(e.describe() in s["error"] for e in user_files.recent()):
            lines.append(f"user data: {s['store']}: {s['error']}")
    if removed:
        lines.append(f"user data: {len(removed)} stale temporary file(s) from an interrupted save "
                     "removed")
    now = {e.moved_to for e in user_files.recent()}
    for e in user_files.recent():
        lines.append(f"user data: DAMAGED, set aside: {e.describe()}")
    for path in earlier:
        if path not in now:
            lines.append(f"user data: DAMAGED, set aside earlier: {user_files.describe_set_aside(path)}")
    return lines


def _checks(args, lines, failures, step, started, user_lines) -> int:
    from reetool.data import bundle

    counts = step("data", lambda: bundle().validate_all())
    if counts:
        lines.append("data: " + ", ".join(f"{k} {v}" for k, v in counts.items()))

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    from reetool.ui import i18n
    from reetool.ui.app import application
    from reetool.ui.main_window import MainWindow
    from reetool.ui.pages import PAGE_IDS, page_title

    app = application(lang=args.lang)
    window = step("main window", lambda: MainWindow(persist=False))
    if window is not None:
        window.resize(1280, 800)
        window.show()
        for page_id in PAGE_IDS:
            def visit(pid=page_id):
                page = window.show_page(pid)
                QCoreApplication.processEvents()
                image = QImage(window.size(), QImage.Format.Format_ARGB32)
                window.render(image)
                if image.isNull():
                    raise RuntimeError("rendered an empty image")
                return page.self_test() if hasattr(page, "self_test") else []
            checked = step(f"page {page_id}", visit)
            if checked is not None:
                lines.append(f"page {page_id}: ok" + ("".join(f"\n  {c}" for c in checked)))

        def languages():
            for lang in ("zh", "en"):
                i18n.set_language(lang)
                title = page_title("catalogue")
                if (lang == "zh") == (title == "Catalogue"):
                    raise RuntimeError(f"translations for {lang!r} not loaded (title {title!r})")
            i18n.set_language(args.lang)
            return "en, zh"
        langs = step("languages", languages)
        if langs:
            lines.append(f"languages: {langs}")
        window.close()
    app.processEvents()

    for line in lines:
        print(line)
    print("bundled data checked as published (your imports, edits and settings left out)")
    for line in user_lines:
        print(line)
    elapsed = time.perf_counter() - started
    if failures:
        problems = [f for f in failures if not f.startswith('    ')]
        print(f"FAILED ({len(problems)} problem(s), {elapsed:.1f} s):")
        for f in failures:
            print("  " + f)
        return 1
    print(f"all checks passed in {elapsed:.1f} s")
    print("READY")
    return 0
