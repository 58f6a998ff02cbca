"""Start-up measurement hook: quit right after the main window is first painted.

With ``REETOOL_EXIT_AFTER_PAINT=1`` in the environment, ``install(window)`` makes the app
print one line and exit as soon as the main window's first paint has finished:

    REETOOL_FIRST_PAINT epoch=<time.time()> since_start=<s or nan> page=<id> rows=<n> cpu=<s>
        settled=<time.time()> settled_cpu=<s>

``epoch`` lets a benchmark that noted the time before launching the process compute
launch -> first paint (benchmarks/startup.py does); ``since_start`` is the same measured
from the kernel's process start time where /proc exists (Linux), else ``nan``. ``page`` is
the page shown and ``rows`` the rows in its item views, to prove the first page was
populated when it was painted; ``cpu`` the processor time the process used until then
(steadier than wall-clock time on a busy machine). ``settled`` and ``settled_cpu`` are the same
once the work the window does after its first paint (reetool.ui.after_paint: the user-files
check, the briefing recovery offer) has run too; the line is printed then (on one line).
Without the variable ``install`` does nothing and costs
nothing (no import beyond ``os``).
"""

from __future__ import annotations

import os

ENV = "REETOOL_EXIT_AFTER_PAINT"
MARKER = "REETOOL_FIRST_PAINT"


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


def install(window) -> None:
    """Arm the probe on ``window`` (a top-level widget) when the variable is set."""
    if not enabled():
        return
    from PySide6.QtCore import QCoreApplication, QObject, QTimer

    from reetool.ui.after_paint import FirstPaint

    class Probe(QObject):
        def __init__(self):
            super().__init__(window)
            # after the whole paint cycle (all children, backing-store flush)
            self.watch = FirstPaint(window, lambda: QTimer.singleShot(0, self.finish))

        def finish(self):
            import time

            painted = f"epoch={time.time():.6f} since_start={_since_process_start():.4f}"
            cpu = f"cpu={time.process_time():.4f}"
            page, rows = _first_page(window)
            self.line = f"{MARKER} {painted} page={page} rows={rows} {cpu}"
            after = getattr(window, "after_paint", None)
            if after is not None:      # queued last: runs once the work before it has run
                after.add(self.report)
            else:
                self.report()

        def report(self):
            import time

            print(f"{self.line} settled={time.time():.6f} settled_cpu={time.process_time():.4f}",
                  flush=True)
            QCoreApplication.exit(0)

    Probe()


def _first_page(window) -> tuple[str, int]:
    """The page shown and the rows in its item views (tables, lists, trees)."""
    from PySide6.QtWidgets import QAbstractItemView

    page_id = window.current_page_id() if hasattr(window, "current_page_id") else "-"
    widget = window.page(page_id) if hasattr(window, "page") else window.centralWidget()
    rows = 0
    for view in (widget.findChildren(QAbstractItemView) if widget is not None else []):
        model = view.model()
        rows += model.rowCount() if model is not None else 0
    return page_id, rows


def _since_process_start() -> float:
    """Seconds since the kernel started this process (Linux /proc), else nan."""
    import time

    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat", encoding="ascii") as f:
            btime = next(int(line.split()[1]) for line in f if line.startswith("btime"))
        return time.time() - (btime + start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, StopIteration):
        return float("nan")
