"""``reetool self-test``: load all data, build every page offscreen, render every chart."""

from __future__ import annotations

import time
import traceback


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
