"""The user's stored files: damaged ones are moved aside, stale temp files cleaned. Qt-free.

Every store of user data (catalogue imports, market imports, edits, scenarios, settings,
decks, …) reads its files through ``read_store_json`` (or calls ``set_aside`` itself), so:

* a damaged file (bad JSON, too deep, NaN/inf, wrong shape, not a regular file, too large)
  inside the user data folder is **moved aside** to ``<stem>.damaged-<YYYYmmdd-HHMMSS><suffix>``
  in the same folder (never deleted, never overwritten), and a DataError is raised whose
  message names both files; the next read finds no file and the store starts empty;
* every move is recorded for this process (``recent()``) and announced to subscribers
  (``subscribe(fn)``): the window shows one non-blocking notice after its first paint, the
  command line prints a warning, ``self-test`` lists them;
* ``store_files(folder, "*.json")`` lists a store's live files, skipping set-aside and temp files;
* ``clean_stale_temps()`` removes temp files an interrupted atomic save left behind: only
  names of our own pattern (``.<name>.<8 random>.tmp``), only regular files, only older than
  this process (minus a minute's grace, so another running reetool's save is never touched);
* ``check_stores()`` runs every store's ``check()`` (listed in ``STORE_CHECKS``; add a line for
  a new store) and returns one summary line per store, for start-up and ``self-test``.

Files outside the user data folder (a scenario opened from elsewhere) are never moved.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import os
import re
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reetool.data.errors import DataError
from reetool.data.textio import MAX_STORE_BYTES, read_json

# "module:function" of each store's check(); each returns a one-line summary of what it holds
STORE_CHECKS = (
    "reetool.data.store_summaries:check_catalogue",
    "reetool.data.store_summaries:check_market_imports",
    "reetool.data.store_summaries:check_market_edits",
    "reetool.data.store_summaries:check_timeline_events",
    "reetool.data.store_summaries:check_decks",
)
# errors that are not damage: the file stays where it is (permissions, a newer app's format)
NOT_DAMAGE = ("unreadable", "newer_format")
DAMAGED = re.compile(r"\.damaged-\d{8}-\d{6}(-\d+)?(\.|$)")
TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")   # tempfile.mkstemp in textio.atomic_write_bytes
GRACE_SECONDS = 60.0


@dataclass(frozen=True)
class SetAside:
    original: Path
    moved_to: Path | None      # None if the move itself failed (the file is then left alone)
    reason: str
    code: str = ""             # the DataError code of the fault (the window translates it)

    def describe(self) -> str:
        if self.moved_to is None:
            return f"{self.original}: {self.reason}; it could not be moved aside and was left as it is"
        return f"{self.original}: {self.reason}; it was moved aside to {self.moved_to.name}"


_recent: list[SetAside] = []
_listeners: list[Callable[[SetAside], None]] = []
_STARTED = time.time()


def user_root() -> Path:
    from reetool.appdirs import user_data_dir

    return user_data_dir(create=False)


def inside_user_data(path: Path) -> bool:
    try:
        Path(os.path.abspath(path)).relative_to(os.path.abspath(user_root()))
        return True
    except ValueError:
        return False


def is_set_aside(path: Path) -> bool:
    return bool(DAMAGED.search(Path(path).name))


def original_of(path: Path) -> Path:
    """The name a set-aside file had (``bad.damaged-20250101-120000.json`` → ``bad.json``)."""
    path = Path(path)
    return path.with_name(DAMAGED.sub(lambda m: m.group(2), path.name, count=1))


def describe_set_aside(path: Path) -> str:
    """What is known about a set-aside file: this run's reason, or that it was set aside."""
    path = Path(path)
    entry = next((e for e in reversed(_recent) if e.moved_to == path), None)
    if entry is not None:
        return entry.describe()
    return (f"{original_of(path)}: was damaged; it was moved aside to {path.name} (repair it and "
            "give it its name back, or delete it)")


def store_files(folder: Path, pattern: str = "*.json") -> list[Path]:
    """The live files of a store folder (sorted), without set-aside or temp files."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(pattern)
                  if not is_set_aside(p) and not TEMP.match(p.name))


def _aside_name(path: Path) -> Path:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    stem, suffix = (path.stem, path.suffix) if path.suffix else (path.name, "")
    target, n = path.with_name(f"{stem}.damaged-{stamp}{suffix}"), 1
    while os.path.lexists(target):
        n += 1
        target = path.with_name(f"{stem}.damaged-{stamp}-{n}{suffix}")
    return target


def set_aside(path: Path, reason: str, ours: bool = False, code: str = "") -> SetAside:
    """Move a damaged user file aside (same folder, time-stamped name) and record it.

    Only files inside the user data folder are moved, or any file the caller vouches is
    reetool's own (``ours=True``: the settings file, which may live elsewhere)."""
    path = Path(path)
    moved: Path | None = None
    if (ours or inside_user_data(path)) and os.path.lexists(path):
        target = _aside_name(path)
        try:
            os.rename(path, target)     # moves a symlink itself, never what it points to
            moved = target
        except OSError:
            moved = None
    entry = SetAside(path, moved, reason, code)
    _recent.append(entry)
    for fn in list(_listeners):
        try:
            fn(entry)
        except Exception:  # a notice must never break the store that reported it
            pass
    return entry


def read_store_json(path: Path, validate: Callable[[object], None] | None = None,
                    limit: int = MAX_STORE_BYTES):
    """A stored JSON file, or None if it does not exist.

    A damaged file (unreadable, not regular, too large, bad JSON, too deep, NaN/inf, or
    refused by ``validate``, which raises DataError) is moved aside and DataError raised,
    naming the file and where it went.
    """
    path = Path(path)
    if not os.path.lexists(path):
        return None
    try:
        data = read_json(path, limit)
        if validate is not None:
            validate(data)
        return data
    except DataError as exc:
        if (exc.code in NOT_DAMAGE and Path(path).is_file()) or not inside_user_data(path):
            # not damage (permissions, a newer format), or not ours to move: left where it is
            raise DataError(path, exc.message, row=exc.row, column=exc.column, code=exc.code,
                            value=exc.value) from None
        entry = set_aside(path, exc.message, code=exc.code)
        raise DataError(path, entry.describe().split(": ", 1)[1], row=exc.row, column=exc.column,
                        code="damaged", value=exc.value) from None


def recent() -> list[SetAside]:
    """Files set aside by this process, oldest first."""
    return list(_recent)


def reset() -> None:
    """Forget this process's record (tests; a new user data folder)."""
    _recent.clear()


def subscribe(fn: Callable[[SetAside], None]) -> Callable[[], None]:
    """Call ``fn(entry)`` whenever a file is set aside; returns a function that unsubscribes."""
    _listeners.append(fn)
    return lambda: _listeners.remove(fn) if fn in _listeners else None


def set_aside_files(root: Path | None = None) -> list[Path]:
    """Every set-aside file under the user data folder (kept until the user deletes them)."""
    root = Path(root) if root else user_root()
    return sorted(p for p in _walk(root) if is_set_aside(p))


def _walk(root: Path, depth: int = 4):
    if depth < 0 or not root.is_dir() or root.is_symlink():
        return
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for e in entries:
        if e.is_dir(follow_symlinks=False):
            yield from _walk(Path(e.path), depth - 1)
        else:
            yield Path(e.path)


def clean_stale_temps(root: Path | None = None, before: float | None = None) -> list[Path]:
    """Delete our own temp files older than ``before`` (default: this process's start less a
    minute's grace) under the user data folder; returns what was removed."""
    root = Path(root) if root else user_root()
    before = (_STARTED - GRACE_SECONDS) if before is None else before
    removed = []
    for p in _walk(root):
        if not TEMP.match(p.name):
            continue
        try:
            st = os.lstat(p)
            if stat.S_ISREG(st.st_mode) and st.st_mtime < before:
                os.unlink(p)
                removed.append(p)
        except OSError:
            continue
    return removed


def check_stores() -> list[dict]:
    """Each store's check: ``{"store", "summary", "error"}``; damaged files are set aside."""
    out = []
    for spec in STORE_CHECKS:
        module, _, func = spec.partition(":")
        try:
            summary, error = getattr(importlib.import_module(module), func)(), None
        except DataError as exc:
            summary, error = "", exc.describe()
        out.append({"store": func, "summary": summary, "error": error})
    return out
