"""Work the main window does right after its first paint instead of before it.

Start-up is measured to the end of the main window's first paint (reetool.ui.startup_probe);
what the first page does not show waits until then: the offer to restore a briefing, the check
of the user's stored files (reetool.ui.user_files_notice), … ::

    after = AfterFirstPaint(window)
    after.add(check_something)          # runs once the window has been painted

The tasks run in the order added, one per turn of the event loop (input and repaints are
handled between them), starting after the paint in progress has been flushed and the
callbacks the paint itself queued have run (``defer``). A task added after they ran runs
at the next such turn. ``settled`` is True once every task has run.

``FirstPaint`` tells when a window is first painted. It watches only the window's own events
and then its platform window's, never every event of the application: each event a filter
sees costs a call into Python (and the first event of each kind the creation of its Python
class), and a window being built and shown sees thousands.
"""

from __future__ import annotations

from collections import deque
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


def defer(context: QObject, fn: Callable[[], object]) -> None:
    """Run ``fn`` two turns of the event loop from now: after the paint being delivered and
    whatever it queued for the next turn (e.g. the start-up probe's report). Nothing runs if
    ``context`` has been deleted by then."""
    QTimer.singleShot(0, context, lambda: QTimer.singleShot(0, context, fn))


class FirstPaint(QObject):
    """Calls ``on_paint()`` once, from an event filter, when ``window`` is first exposed on the
    screen. Qt paints the window's widgets right then, within the same event, so a zero-delay
    timer that ``on_paint`` starts runs once the first paint has been flushed."""

    def __init__(self, window, on_paint: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.on_paint = on_paint
        self.painted = False
        self._handle = None
        window.installEventFilter(self)
        if window.isVisible():
            self._watch_handle()

    def _watch_handle(self) -> None:
        handle = self.window.windowHandle()     # the platform window: exists once shown
        if handle is not None and self._handle is None:
            self._handle = handle
            handle.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if self.painted:
            return False
        kind = event.type()
        if kind == QEvent.Type.Expose and obj is self._handle and obj.isExposed():
            self.painted = True
            self.window.removeEventFilter(self)
            obj.removeEventFilter(self)
            self.on_paint()
        elif kind == QEvent.Type.Show and obj is self.window:
            self._watch_handle()
        return False


class AfterFirstPaint(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.settled = False
        self._tasks: deque[Callable[[], object]] = deque()
        self._running = False
        self.watch = FirstPaint(window, self._start)

    @property
    def painted(self) -> bool:
        return self.watch.painted

    def add(self, task: Callable[[], object]) -> None:
        self._tasks.append(task)
        self.settled = False
        if self.painted and not self._running:
            self._start()

    def _start(self) -> None:
        self._running = True
        defer(self, self._next)

    def _next(self) -> None:
        if not self._tasks:
            self._running = False
            self.settled = True
            return
        task = self._tasks.popleft()
        try:
            task()
        finally:
            QTimer.singleShot(0, self, self._next)
